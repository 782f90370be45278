// Runs the built program as a real process and captures what it says, so
// tests exercise the command line exactly as a user does.
#pragma once

#include <string>
#include <vector>

namespace cagescope::test {

struct ProcessResult {
    int exit_code = -1;  // -1 if it did not exit normally (crashed)
    std::string out;
    std::string err;
};

// Runs CAGESCOPE_EXE with args (no shell); stdin is /dev/null.
ProcessResult run_cagescope(const std::vector<std::string>& args);

// A fresh empty directory under the system temp dir, removed by the caller.
std::string make_temp_dir();

}  // namespace cagescope::test
