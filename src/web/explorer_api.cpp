#include "web/explorer_api.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "figures/figures.h"
#include "model/clusters.h"
#include "model/constants.h"
#include "model/derivation_table.h"
#include "model/materials.h"
#include "model/parameters.h"
#include "web/figure_data.h"
#include "web/numbers_json.h"

namespace cagescope::web {

namespace {
using nlohmann::json;

std::string error(const std::string& message) { return json{{"error", message}}.dump(); }

json parse_object(const std::string& text, const char* what) {
    if (text.empty()) return json::object();
    json in = json::parse(text, nullptr, false);
    if (in.is_discarded() || !in.is_object()) throw std::invalid_argument(std::string(what) + " must be a JSON object");
    return in;
}

double number(const json& value, const std::string& name) {
    if (!value.is_number()) throw std::invalid_argument(name + " must be a number");
    return value.get<double>();
}

// The option values as the command line would set them.
figures::FigureParams parameters_for(const figures::FigureInfo& figure, const json& in) {
    figures::FigureParams params = figures::default_params(figure);
    for (const auto& [name, value] : in.items()) {
        if (!figures::reads_option(figure, name))
            throw std::invalid_argument("fig. " + std::string(figure.id) + " does not read " + name);
        if (name == "material") {
            if (!value.is_string()) throw std::invalid_argument("material must be a string");
            params.material = value.get<std::string>();
        } else if (name == "spacing") {
            const auto mode = value.is_string() ? figures::spacing_from_string(value.get<std::string>()) : std::nullopt;
            if (!mode) throw std::invalid_argument("spacing must be \"equal-angle\" or \"equal-step\"");
            params.spacing = *mode;
        } else if (const figures::ParamField* field = figures::find_param_field(name)) {
            field->set(params, number(value, name));
        } else {
            throw std::invalid_argument("no option " + name);
        }
    }
    figures::resolve_and_check(params);
    return params;
}

// What the sliders are built from.
json catalogue() {
    json figures = json::array();
    for (const auto& f : figures::figure_list()) {
        const figures::FigureParams defaults = figures::default_params(f);
        json options = json::array();
        json values = json::object();
        for (const auto option : figures::options_read(f)) {
            options.push_back(std::string(option));
            if (const figures::ParamField* field = figures::find_param_field(option))
                values[std::string(option)] = field->get(defaults);
        }
        figures.push_back({{"id", std::string(f.id)},
                           {"title", std::string(f.title)},
                           {"steps", f.animation_steps},
                           {"in_paper", f.in_paper},
                           {"options", std::move(options)},
                           {"defaults", std::move(values)}});
    }
    json parameters = json::array();
    for (const auto& spec : model::parameter_specs())
        parameters.push_back({{"name", std::string(spec.name)},
                              {"symbol", std::string(spec.symbol)},
                              {"description", std::string(spec.description)},
                              {"integer", spec.integer},
                              {"min", spec.range.min},
                              {"max", spec.range.max},
                              {"unit", std::string(spec.range.unit)},
                              {"default", spec.default_value}});
    json materials = json::array();
    for (const auto& m : model::material_presets())
        materials.push_back({{"name", m.name}, {"tg", m.tg}, {"tg0", m.tg0}, {"omega_z", m.omega_z_deg()}});
    return json{{"figures", std::move(figures)},
                {"magic_torsion_deg", model::magic_torsion_deg()},
                {"parameters", std::move(parameters)},
                {"materials", std::move(materials)},
                {"spacing", {"equal-angle", "equal-step"}}};
}

}  // namespace

std::string explorer_catalogue() {
    try {
        return catalogue().dump();
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

std::string explorer_figure(const std::string& figure_id, const std::string& parameters_json) {
    try {
        const figures::FigureInfo* figure = figures::find_figure(figure_id);
        if (!figure) return error("no figure " + figure_id + ": the figures are " + figures::figure_ids());
        const figures::FigureParams params = parameters_for(*figure, parse_object(parameters_json, "the parameters"));
        return figure_data(*figure, params).dump(-1, ' ', false, json::error_handler_t::replace);
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

std::string explorer_numbers(const std::string& inputs_json) {
    try {
        const json in = parse_object(inputs_json, "the inputs");
        model::DerivationInputs inputs;
        for (const auto& [name, value] : in.items()) {
            if (name == "tube-n") inputs.tube_n = number(value, name);
            else if (name == "tg-over-tm") inputs.tg_over_tm = number(value, name);
            else if (name == "tg-over-eps0") inputs.tg_over_eps0 = number(value, name);
            else throw std::invalid_argument("no input " + name + ": the inputs are tube-n, tg-over-tm, tg-over-eps0");
        }
        return derivation_json(model::derivation_table(inputs)).dump();
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

std::string explorer_table1() {
    try {
        return table1_json(model::table1()).dump();
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

}  // namespace cagescope::web
