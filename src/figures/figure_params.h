// Everything a figure depends on besides the camera: the model's parameters,
// the drawing choices (spacing mode, torsion exaggeration) and the animation
// time. Parsed once (command line, sidecar or state file) and passed in.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model/cage.h"

namespace cagescope::figures {

struct FigureParams {
    double omega_z_deg = 0.0;       // Ω_z, hexahedron tilt (omega-z), degrees; 0 = PE cube; Fig. 7's own default: PP's 42.1°
    double omega_xy_deg = 90.0;     // Ω_xy, base angle (omega-xy), degrees
    double psi_deg = 0.0;           // ψ, azimuth the tilt leans toward (psi), degrees
    double torsion_deg = 0.0;       // ∠Tors (torsion), degrees; default_params() sets 60·trap; Fig. 7's own: 0
    double exaggeration = 10.0;     // drawn twist = ∠Tors × this (exaggeration); 1 = true scale
    int lambda = 5;                 // eigenvector λ of Fig. 5 (lambda), 1..16
    int cluster = 1;                // V_i of Fig. 1 (cluster), 0..8
    int tube_n = 200;               // chain units N of Fig. 6 (tube-n)
    double tg_over_tm = 2.0 / 3.0;  // Tg/Tm of Fig. 6 (tg-over-tm)
    int tube_hsms = 0;              // Fig. 6 draws 0 = the four tip HSMs, 1 = every HSM of each V_8 loop (tube-hsms)
    int region_k = 20;              // K of the glass region: K×K×K HSMs (region-k)
    model::SpacingMode spacing = model::SpacingMode::equal_angle;  // (spacing)
    std::string material;           // "" or a preset "PE", "PP", "As2S3": sets Ω_z (material)
    double time = -1.0;             // animation step (time); < 0 = the figure's resting state
};

// The defaults, with the derived ones (the magic torsion angle) computed. A
// figure may lay its own over them: figures::default_params(figure).
FigureParams default_params();

// One numeric field of FigureParams, bound by the name the command line and
// the JSON files use. Model parameters take their range from the model's
// table; the drawing ones carry their own.
struct ParamField {
    std::string_view name;         // "omega-z"
    std::string_view description;  // one line, for --help and tooltips
    bool integer = false;
    double FigureParams::*real = nullptr;
    int FigureParams::*whole = nullptr;
    double get(const FigureParams& p) const;
    // Checks the value against the field's range (ParameterError) and sets it.
    void set(FigureParams& p, double value) const;
};
std::span<const ParamField> param_fields();
const ParamField* find_param_field(std::string_view name);

std::string_view to_string(model::SpacingMode mode);  // "equal-angle", "equal-step"
std::optional<model::SpacingMode> spacing_from_string(std::string_view name);

// Applies the material preset (Ω_z = acos(Tg°/Tg)) if one is named; throws
// ParameterError for an unknown name. Checks every field's range.
void resolve_and_check(FigureParams& params);

}  // namespace cagescope::figures
