#include "figures/figure_params.h"

#include <array>

#include "model/constants.h"
#include "model/materials.h"
#include "model/parameters.h"

namespace cagescope::figures {

namespace {
// The animation clock is the figures' own; every other range is the model's.
constexpr model::Range kTimeRange{-1.0, 1.0e6, ""};

const std::array<ParamField, 12> kFields{{
    {"omega-z", "Ω_z: tilt of the axial edge away from z (0 = PE cube)", false, &FigureParams::omega_z_deg, nullptr},
    {"omega-xy", "Ω_xy: angle between the base edges", false, &FigureParams::omega_xy_deg, nullptr},
    {"psi", "ψ: azimuth toward which the axial edge tilts", false, &FigureParams::psi_deg, nullptr},
    {"torsion", "∠Tors: turn of the top face about the axial edge (magic angle 60·trap)", false,
     &FigureParams::torsion_deg, nullptr},
    {"exaggeration", "drawn twist = ∠Tors × this, so ~1° is visible (1 = true scale)", false,
     &FigureParams::exaggeration, nullptr},
    {"lambda", "λ: the eigenvector (coupled angle lines) of Fig. 5, 9; the red dot θ_λ of Fig. 4", true, nullptr, &FigureParams::lambda},
    {"cluster", "i of the cluster V_i in Fig. 1", true, nullptr, &FigureParams::cluster},
    {"tube-n", "N: chain units in the tube of Fig. 6", true, nullptr, &FigureParams::tube_n},
    {"tg-over-tm", "Tg/Tm of the chain (sets n_z = N^(-Tg/Tm))", false, &FigureParams::tg_over_tm, nullptr},
    {"tube-hsms", "Fig. 6 draws 0 = the 4 tip HSMs, 1 = every HSM of each V_8 loop", true, nullptr,
     &FigureParams::tube_hsms},
    {"region-k", "K: the glass region is a K×K×K block of HSMs", true, nullptr, &FigureParams::region_k},
    {"time", "animation step; -1 = the resting state of the figure", false, &FigureParams::time, nullptr},
}};

model::Range range_of(std::string_view name) {
    if (name == "time") return kTimeRange;
    return model::parameter_spec(name).range;
}
}  // namespace

FigureParams default_params() {
    FigureParams p;
    p.torsion_deg = model::magic_torsion_deg();
    return p;
}

double ParamField::get(const FigureParams& p) const {
    return integer ? static_cast<double>(p.*whole) : p.*real;
}

void ParamField::set(FigureParams& p, double value) const {
    const model::Range range = range_of(name);
    if (integer)
        p.*whole = model::require_integer_in_range(name, value, range);
    else
        p.*real = model::require_in_range(name, value, range);
}

std::span<const ParamField> param_fields() { return kFields; }

const ParamField* find_param_field(std::string_view name) {
    for (const auto& f : kFields)
        if (f.name == name) return &f;
    return nullptr;
}

std::string_view to_string(model::SpacingMode mode) {
    return mode == model::SpacingMode::equal_angle ? "equal-angle" : "equal-step";
}

std::optional<model::SpacingMode> spacing_from_string(std::string_view name) {
    if (name == "equal-angle") return model::SpacingMode::equal_angle;
    if (name == "equal-step") return model::SpacingMode::equal_step;
    return std::nullopt;
}

void resolve_and_check(FigureParams& params) {
    if (!params.material.empty()) {
        const model::Material m = model::material_preset(params.material);
        params.material = m.name;
        params.omega_z_deg = m.omega_z_deg();
    }
    for (const auto& f : kFields) f.set(params, f.get(params));
}

}  // namespace cagescope::figures
