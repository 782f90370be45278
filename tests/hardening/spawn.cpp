#include "spawn.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace cagescope::test {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
}

std::string TempDir::listing() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(path)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : " ") + n;
    return out;
}

ProcessResult run_process(const Spawn& spawn) {
    const std::string dir = make_temp_dir();
    const std::string out_path = dir + "/stdout";
    const std::string err_path = dir + "/stderr";

    std::vector<std::string> args = spawn.argv;
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> env_storage;
    for (const auto& e : spawn.env)
        if (e.find('=') != std::string::npos) env_storage.push_back(e);
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        const std::string name = entry.substr(0, entry.find('='));
        const bool mine = std::any_of(spawn.env.begin(), spawn.env.end(), [&](const std::string& m) {
            return m == name || m.rfind(name + "=", 0) == 0;
        });
        if (!mine) env_storage.push_back(entry);
    }
    std::vector<char*> envp;
    for (auto& e : env_storage) envp.push_back(e.data());
    envp.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        if (spawn.max_file_bytes >= 0) {
            // Writes past the limit fail with EFBIG instead of killing the
            // process: as on a full disk, the write call reports the error.
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{static_cast<rlim_t>(spawn.max_file_bytes), static_cast<rlim_t>(spawn.max_file_bytes)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        ::execvpe(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ProcessResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(out_path);
    r.err = read_file(err_path);
    std::error_code ec;
    fs::remove_all(dir, ec);
    return r;
}

ProcessResult run_cagescope_with(const std::vector<std::string>& args, const std::vector<std::string>& env,
                                 long max_file_bytes) {
    Spawn s;
    s.argv = {CAGESCOPE_EXE};
    s.argv.insert(s.argv.end(), args.begin(), args.end());
    s.env = env;
    s.max_file_bytes = max_file_bytes;
    return run_process(s);
}

std::string png_without_text(const std::string& png) {
    if (png.size() < 8) return png;
    std::string out = png.substr(0, 8);
    for (std::size_t at = 8; at + 12 <= png.size();) {
        std::size_t length = 0;
        for (int i = 0; i < 4; ++i) length = (length << 8) | static_cast<unsigned char>(png[at + static_cast<std::size_t>(i)]);
        if (length > png.size() - at - 12) return png;  // not a PNG we can walk: compare as is
        if (png.compare(at + 4, 4, "iTXt") != 0) out += png.substr(at, 12 + length);
        at += 12 + length;
    }
    return out;
}

}  // namespace cagescope::test
