// The figure options every command that builds a figure takes (render,
// scene, view, tour): --spacing, --material and one option per
// figures::param_fields() entry, parsed and range-checked the same way
// everywhere, and refused for a figure that does not read them.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "figures/figure_params.h"
#include "figures/figures.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace cagescope::app {

struct FigureOptionValues {
    std::string spacing = "equal-angle";
    std::string material;
    std::map<std::string, double> params;  // only those given on the command line
    std::vector<std::string> given;        // option names given ("spacing", "omega-z"), in order, once each
};

// The options' group in --help.
inline constexpr const char* kFigureOptionGroup = "Figure parameters";

// Adds the options to cmd, in the group kFigureOptionGroup, each saying which
// figures read it; returns them.
std::vector<CLI::Option*> add_figure_options(CLI::App& cmd, const std::shared_ptr<FigureOptionValues>& values);

// The figure --figure ID names; throws UsageError listing the ids there are.
const figures::FigureInfo& figure_from_option(const std::string& id);

// Throws UsageError for a given option that no figure of `drawn` reads: for
// one figure naming the options it reads, for several saying none reads it.
void check_options_read(const FigureOptionValues& values, const std::vector<const figures::FigureInfo*>& drawn);

// The parameters the options give, over the figure's defaults
// (figures::default_params(figure)), checked: throws UsageError for a bad
// --spacing and model::ParameterError for a value out of range or an unknown
// material.
figures::FigureParams figure_params_from(const FigureOptionValues& values, const figures::FigureInfo& figure);

// The given options over `params` (a state file's, a tour step's), checked
// as figure_params_from does.
void apply_figure_options(const FigureOptionValues& values, figures::FigureParams& params);

}  // namespace cagescope::app
