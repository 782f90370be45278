// Runs any program as a real process, with what the hardening tests need
// beyond tests/support/process.h: a command in front of cagescope (setpriv to
// drop root), and a file size limit that makes writes fail like a full disk.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "support/process.h"

namespace cagescope::test {

struct Spawn {
    std::vector<std::string> argv;     // argv[0] is the program (searched on PATH)
    std::vector<std::string> env;      // "NAME=value" replaces or adds; "NAME" alone removes
    long max_file_bytes = -1;          // RLIMIT_FSIZE in the child (SIGXFSZ ignored); -1 = none
};

ProcessResult run_process(const Spawn& spawn);

// cagescope with args (the built binary), through run_process.
ProcessResult run_cagescope_with(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                                 long max_file_bytes = -1);

// A scratch directory removed with everything in it.
struct TempDir {
    std::filesystem::path path{make_temp_dir()};
    TempDir() = default;
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();
    std::string operator/(const std::string& name) const { return (path / name).string(); }
    // Names of the entries, sorted ("" when empty): what a failed command left.
    std::string listing() const;
};

std::string read_file(const std::filesystem::path& path);
// A PNG's bytes without its iTXt chunks (cagescope's copy of the sidecar):
// what must match when two renders differ only in how they were asked for.
std::string png_without_text(const std::string& png);
void write_file(const std::filesystem::path& path, const std::string& bytes);

}  // namespace cagescope::test
