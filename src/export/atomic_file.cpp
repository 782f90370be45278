#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cagescope::output {

namespace fs = std::filesystem;

namespace {
[[noreturn]] void fail(const fs::path& path, const std::string& what, int err) {
    throw WriteError("cannot write " + path.string() + ": " + what + " (" + std::strerror(err) + ")");
}
}  // namespace

StagedFile::StagedFile(fs::path path, std::span<const std::uint8_t> bytes) : path_(std::move(path)) {
    std::error_code ec;
    if (fs::is_directory(path_, ec)) throw WriteError("cannot write " + path_.string() + ": it is a directory");

    const fs::path dir = path_.has_parent_path() ? path_.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + path_.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = mkstemp(tmpl.data());
    if (fd < 0) fail(path_, "cannot create a file in " + dir.string(), errno);

    const auto abandon = [&](const std::string& what, int err) {
        ::close(fd);
        ::unlink(tmpl.c_str());
        fail(path_, what, err);
    };
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            abandon("write failed", errno);
        }
        written += static_cast<std::size_t>(n);
    }
    // mkstemp makes 0600 files; outputs should be readable like any other.
    if (::fchmod(fd, 0644) != 0) abandon("chmod failed", errno);
    if (::fsync(fd) != 0) abandon("flush to disk failed", errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        fail(path_, "close failed", err);
    }
    temp_path_ = tmpl;
}

StagedFile::~StagedFile() {
    if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
}

void StagedFile::commit() {
    if (temp_path_.empty()) return;
    if (::rename(temp_path_.c_str(), path_.c_str()) != 0) fail(path_, "rename into place failed", errno);
    temp_path_.clear();
}

void write_file_atomically(const fs::path& path, std::span<const std::uint8_t> bytes) {
    StagedFile(path, bytes).commit();
}

void ensure_writable_directory(const fs::path& dir) {
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw WriteError("output directory " + dir.string() + " exists and is not a directory");
    if (!fs::exists(dir, ec)) {
        fs::create_directories(dir, ec);
        if (ec) throw WriteError("cannot create output directory " + dir.string() + ": " + ec.message());
    }
    if (::access(dir.c_str(), W_OK) != 0)
        throw WriteError("output directory " + dir.string() + " is not writable (" + std::strerror(errno) + ")");
}

}  // namespace cagescope::output
