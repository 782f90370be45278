// The figure options every command that builds a figure takes (render,
// scene): --spacing, --material and one option per figures::param_fields()
// entry, parsed and range-checked the same way everywhere.
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
};

// Adds the options to cmd; returns them (render makes each exclude --from).
std::vector<CLI::Option*> add_figure_options(CLI::App& cmd, const std::shared_ptr<FigureOptionValues>& values);

// The figure --figure ID names; throws UsageError listing the ids there are.
const figures::FigureInfo& figure_from_option(const std::string& id);

// The parameters the options give, over the defaults, checked: throws
// UsageError for a bad --spacing and model::ParameterError for a value out
// of range or an unknown material.
figures::FigureParams figure_params_from(const FigureOptionValues& values);

}  // namespace cagescope::app
