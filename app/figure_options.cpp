#include "figure_options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

#include "cli_support.h"

namespace cagescope::app {

namespace {

void mark_given(FigureOptionValues& values, const std::string& name) {
    if (std::find(values.given.begin(), values.given.end(), name) == values.given.end()) values.given.push_back(name);
}

// "Fig. 2, 3b, 4 and glass": the figures that read the option, for --help.
std::string readers(std::string_view option) {
    std::vector<std::string> ids;
    for (const auto& f : figures::figure_list())
        if (figures::reads_option(f, option)) ids.emplace_back(f.id);
    if (ids.empty()) return "no figure";
    std::string out = "Fig. ";
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + ids[i];
    return out;
}

std::string option_list(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::string_view n : names) out += (out.empty() ? "--" : ", --") + std::string(n);
    return out;
}

}  // namespace

std::vector<CLI::Option*> add_figure_options(CLI::App& cmd, const std::shared_ptr<FigureOptionValues>& values) {
    std::vector<CLI::Option*> out;
    out.push_back(cmd.add_option_function<std::string>(
                         "--spacing",
                         [values](const std::string& v) {
                             values->spacing = v;
                             mark_given(*values, "spacing");
                         },
                         "Point spacing on a diagonal: equal-angle or equal-step; read by " + readers("spacing"))
                      ->default_str(values->spacing));
    out.push_back(cmd.add_option_function<std::string>(
        "--material",
        [values](const std::string& v) {
            values->material = v;
            mark_given(*values, "material");
        },
        "Material preset setting Ω_z: PE, PP or As2S3; read by " + readers("material")));
    const figures::FigureParams defaults = figures::default_params();
    for (const auto& field : figures::param_fields()) {
        const std::string name(field.name);
        // The default of the figures that read it; one with its own (Fig. 7: no
        // torsion) is named with it.
        std::vector<std::pair<std::string_view, double>> own;
        for (const auto& f : figures::figure_list())
            if (figures::reads_option(f, field.name)) own.emplace_back(f.id, field.get(figures::default_params(f)));
        double common = field.get(defaults);
        if (!own.empty() && std::none_of(own.begin(), own.end(), [&](const auto& o) { return o.second == common; }))
            common = own.front().second;
        char default_text[32];
        std::snprintf(default_text, sizeof default_text, "%g", common);
        std::string default_help = std::string("default ") + default_text;
        for (const auto& [id, value] : own) {
            if (value == common) continue;
            std::snprintf(default_text, sizeof default_text, "%g", value);
            default_help += "; Fig. " + std::string(id) + ": " + default_text;
        }
        const std::string help =
            std::string(field.description) + " (" + default_help + "); read by " + readers(field.name);
        out.push_back(cmd.add_option_function<double>(
            "--" + name,
            [values, name](const double& v) {
                values->params[name] = v;
                mark_given(*values, name);
            },
            help));
    }
    for (CLI::Option* opt : out) opt->group(kFigureOptionGroup);
    return out;
}

const figures::FigureInfo& figure_from_option(const std::string& id) {
    const figures::FigureInfo* info = figures::find_figure(id);
    if (!info) throw UsageError("--figure " + id + ": no such figure; available: " + figures::figure_ids());
    return *info;
}

void check_options_read(const FigureOptionValues& values, const std::vector<const figures::FigureInfo*>& drawn) {
    for (const std::string& name : values.given) {
        const bool read = std::any_of(drawn.begin(), drawn.end(),
                                      [&](const figures::FigureInfo* f) { return figures::reads_option(*f, name); });
        if (read) continue;
        if (drawn.size() == 1) {
            const figures::FigureInfo& f = *drawn.front();
            const auto own = figures::options_read(f);
            throw UsageError("--" + name + ": figure " + std::string(f.id) + " does not read it; " +
                             (own.empty() ? "figure " + std::string(f.id) + " reads no figure option"
                                          : "it reads " + option_list(own)));
        }
        throw UsageError("--" + name + ": none of the figures drawn reads it (it is read by " + readers(name) + ")");
    }
}

void apply_figure_options(const FigureOptionValues& values, figures::FigureParams& params) {
    const auto given = [&](const char* name) {
        return std::find(values.given.begin(), values.given.end(), name) != values.given.end();
    };
    if (given("spacing")) {
        const auto spacing = figures::spacing_from_string(values.spacing);
        if (!spacing) throw UsageError("--spacing " + values.spacing + ": expected equal-angle or equal-step");
        params.spacing = *spacing;
    }
    if (given("material")) params.material = values.material;
    for (const auto& [name, value] : values.params) {
        figures::find_param_field(name)->set(params, value);
        // A hand-set tilt is no longer a preset's.
        if (name == "omega-z" && !given("material")) params.material.clear();
    }
    figures::resolve_and_check(params);
}

figures::FigureParams figure_params_from(const FigureOptionValues& values, const figures::FigureInfo& figure) {
    figures::FigureParams params = figures::default_params(figure);
    apply_figure_options(values, params);
    return params;
}

}  // namespace cagescope::app
