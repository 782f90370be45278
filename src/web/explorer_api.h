// What the WebAssembly explorer asks of the model, as JSON text in and out,
// so the embind layer (web/explorer_bindings.cpp) is a few lines of glue and
// the same calls are tested on the host. Errors come back as
// {"error": "..."}, never as exceptions across the JavaScript boundary.
#pragma once

#include <string>

namespace cagescope::web {

// {"figures": [{"id", "title", "steps", "in_paper", "options": [...], "defaults": {option: value}}],
//  "parameters": [{"name", "symbol", "description", "integer", "min", "max", "unit", "default"}],
//  "materials": [{"name", "tg", "tg0", "omega_z"}], "spacing": ["equal-angle", "equal-step"],
//  "magic_torsion_deg"}
std::string explorer_catalogue();

// The figure's page data (figure_data) for parameters given as
// {"omega-z": 42.1, "material": "PP", "spacing": "equal-step", ...} over the
// figure's defaults; an option the figure does not read is an error, as on
// the command line.
std::string explorer_figure(const std::string& figure_id, const std::string& parameters_json);

// The derivation table for {"tube-n", "tg-over-tm", "tg-over-eps0"} (each
// optional): the JSON of `cagescope numbers --json`.
std::string explorer_numbers(const std::string& inputs_json);

// Table 1: the JSON of `cagescope table1 --json`.
std::string explorer_table1();

}  // namespace cagescope::web
