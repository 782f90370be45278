#include <CLI/CLI.hpp>

#include "cli_support.h"

namespace cagescope::app {
void add_numbers_command(CLI::App& app) { app.add_subcommand("numbers", "(not yet built)"); }
}  // namespace cagescope::app
