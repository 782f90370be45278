// Running another program (ffmpeg, or cagescope itself for `bench`): no
// shell, stdin and stdout to /dev/null, and the exit status with the child's
// resource usage.
#pragma once

#include <sys/resource.h>

#include <string>
#include <vector>

namespace cagescope::app {

struct ChildExit {
    int exit_code = -1;  // -1 when it did not exit normally (a signal)
    rusage usage{};      // the child's own, e.g. its peak resident memory
};

// Runs `program` (looked up on PATH unless it holds a '/') with `args`,
// stderr to stderr_path (/dev/null when empty), and waits for it. Throws
// RuntimeFailure if it cannot be started.
ChildExit run_program(const std::string& program, const std::vector<std::string>& args,
                      const std::string& stderr_path = "");

}  // namespace cagescope::app
