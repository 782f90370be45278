// Tours: an ordered list of steps, each a view (figure, parameters, camera,
// layers) and a caption, read from JSON (assets/tours/, embedded in the
// binary). Captions may quote the model's numbers as {SYMBOL} or
// {SYMBOL:DECIMALS}, filled from the derivation table, never typed in.
#pragma once

#include <functional>
#include <utility>
#include <string>
#include <vector>

#include "figures/figure_params.h"
#include "model/derivation_table.h"
#include "render_request.h"

namespace cagescope::viewer {

struct TourStep {
    std::string figure;                        // an id of figures::figure_list()
    figures::FigureParams params = figures::default_params();
    app::CameraChoice camera;                  // preset fitted to the scene, or exact
    std::vector<std::string> hidden_layers;
    std::string caption;                       // with {SYMBOL} placeholders
    bool play = false;                         // start the figure's animation
};

struct Tour {
    std::string title;
    std::vector<TourStep> steps;  // at least one
};

// Parses a tour; throws app::UsageError "file:line:column: what" for syntax
// errors and for values that would change what a step shows (an unknown
// figure, parameter or placeholder, a value out of range). Unknown keys are
// reported through `warn` ("file:line:column: unknown key 'zoom' ignored
// (...)") and ignored.
Tour parse_tour(const std::string& text, const std::string& file, const std::function<void(const std::string&)>& warn);

// Every problem of a tour (`cagescope tour --check`), each "file:line:column:
// message": syntax, the first error of each step, unknown keys and layers,
// and captions that type a decimal number instead of a {SYMBOL} from the
// derivation table or cite no section of the paper ("Sec. III.C.1").
// Empty when the tour is clean.
std::vector<std::string> check_tour(const std::string& text, const std::string& file);
// The text of a tour file, or of an embedded tour by name; and the name
// messages give it.
std::pair<std::string, std::string> tour_text(const std::string& path_or_name);

// A tour from a file path, or an embedded tour by name ("cage-to-interface").
Tour load_tour(const std::string& path_or_name, const std::function<void(const std::string&)>& warn);
std::vector<std::string> embedded_tour_names();

// Replaces {SYMBOL} / {SYMBOL:N} with the row's value (N decimals, default
// the row's) and unit. Throws std::out_of_range naming an unknown symbol.
std::string expand_caption(const std::string& caption, const std::vector<model::Derivation>& table);

// True when the '{' at `open` groups notation (`q_{β-16}`, `T_g^{°}`) rather
// than opening a {SYMBOL} placeholder: it follows an unescaped _ or ^.
bool markup_brace(const std::string& text, std::size_t open);

// The derivation inputs a figure's parameters set (N, Tg/Tm).
model::DerivationInputs derivation_inputs(const figures::FigureParams& params);

}  // namespace cagescope::viewer
