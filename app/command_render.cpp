#include <CLI/CLI.hpp>

#include "cli_support.h"

namespace cagescope::app {
void add_render_command(CLI::App& app) { app.add_subcommand("render", "(not yet built)"); }
}  // namespace cagescope::app
