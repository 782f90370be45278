#include "figure_options.h"

#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli_support.h"

namespace cagescope::app {

std::vector<CLI::Option*> add_figure_options(CLI::App& cmd, const std::shared_ptr<FigureOptionValues>& values) {
    std::vector<CLI::Option*> out;
    out.push_back(cmd.add_option("--spacing", values->spacing, "Point spacing on a diagonal: equal-angle or equal-step")
                      ->capture_default_str());
    out.push_back(cmd.add_option("--material", values->material, "Material preset setting Ω_z: PE, PP or As2S3"));
    const figures::FigureParams defaults = figures::default_params();
    for (const auto& field : figures::param_fields()) {
        const std::string name(field.name);
        char default_text[32];
        std::snprintf(default_text, sizeof default_text, "%g", field.get(defaults));
        const std::string help = std::string(field.description) + " (default " + default_text + ")";
        out.push_back(cmd.add_option_function<double>(
            "--" + name, [values, name](const double& v) { values->params[name] = v; }, help));
    }
    return out;
}

const figures::FigureInfo& figure_from_option(const std::string& id) {
    const figures::FigureInfo* info = figures::find_figure(id);
    if (!info) throw UsageError("--figure " + id + ": no such figure; available: " + figures::figure_ids());
    return *info;
}

figures::FigureParams figure_params_from(const FigureOptionValues& values) {
    figures::FigureParams params = figures::default_params();
    const auto spacing = figures::spacing_from_string(values.spacing);
    if (!spacing) throw UsageError("--spacing " + values.spacing + ": expected equal-angle or equal-step");
    params.spacing = *spacing;
    params.material = values.material;
    for (const auto& [name, value] : values.params) figures::find_param_field(name)->set(params, value);
    figures::resolve_and_check(params);
    return params;
}

}  // namespace cagescope::app
