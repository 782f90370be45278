#include <CLI/CLI.hpp>

#include "cli_support.h"

namespace cagescope::app {
void add_table1_command(CLI::App& app) { app.add_subcommand("table1", "(not yet built)"); }
}  // namespace cagescope::app
