// What every subcommand shares: the exit codes and the error types that map
// to them, so each command only throws and main() decides how to exit.
#pragma once

#include <stdexcept>
#include <string>

namespace CLI {
class App;
}

namespace cagescope::app {

// Exit statuses: 0 success, 1 runtime failure, 2 usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Bad input from the user (an option's value, a file's content): exit 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Something that went wrong while doing the work (no GL, disk full): exit 1.
struct RuntimeFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Each subcommand adds itself to the app; its callback does the work.
void add_numbers_command(CLI::App& app);
void add_table1_command(CLI::App& app);
// What `render` does once its input is checked: the work, or nothing more
// (the command-line fuzzer: every check, no GL context, no file written).
enum class CommandMode { run, check_only };
void add_render_command(CLI::App& app, CommandMode mode = CommandMode::run);
void add_scene_command(CLI::App& app);  // command_scene.cpp: a figure's scene as a table or JSON
void add_bench_command(CLI::App& app);  // command_bench.cpp: frame, rebuild and export timings
void add_view_command(CLI::App& app);  // command_view.cpp: `view`, the default
void add_tour_command(CLI::App& app);
// command_completion.cpp: `completion bash|zsh`, the shell completion script
// made from the app's own subcommands and options (read when it runs).
void add_completion_command(CLI::App& app);

}  // namespace cagescope::app
