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

// Runs CAGESCOPE_EXE with args (no shell); stdin is /dev/null. Entries of
// env ("NAME=value") replace or add to the inherited environment.
ProcessResult run_cagescope(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

// A fresh empty directory under the system temp dir, removed by the caller.
std::string make_temp_dir();

}  // namespace cagescope::test
