#include "model/parameters.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace cagescope::model {

namespace {
std::string format_value(double v, std::string_view unit) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(buf) + std::string(unit);
}

// Ranges are chosen so every figure stays drawable: Ω_z stops short of 90°
// (the hexahedron would be flat), torsion goes to 10° (the magic angle is
// 1.187°; more than a few degrees is no longer a small twist), Ω_xy keeps the
// base a clear rhombus.
constexpr std::array kSpecs{
    ParameterSpec{"omega-z", "Ω_z", {0.0, 89.0, "°"}, 0.0, false,
                  "tilt of the hexahedron's axial edge away from z (0° = cube of PE)"},
    ParameterSpec{"omega-xy", "Ω_xy", {30.0, 150.0, "°"}, 90.0, false,
                  "angle between the two base edges of the hexahedron"},
    ParameterSpec{"psi", "ψ", {-180.0, 180.0, "°"}, 0.0, false,
                  "azimuth toward which the axial edge tilts"},
    ParameterSpec{"torsion", "∠Tors", {0.0, 10.0, "°"}, 0.0, false,
                  "turn of the hexahedron's top face about its axial edge (magic angle 1.187°)"},
    ParameterSpec{"exaggeration", "×", {1.0, 100.0, "×"}, 10.0, false,
                  "drawn twist = ∠Tors × this, so that about 1° can be seen (1 = true scale)"},
    ParameterSpec{"lambda", "λ", {1.0, 16.0, ""}, 1.0, true,
                  "equipotential point / angle line / electron pair index in one 90° space"},
    ParameterSpec{"cluster", "i", {0.0, 8.0, ""}, 0.0, true, "cluster V_i, 0 (V_0) to 8 (the soft matrix)"},
    ParameterSpec{"tube-n", "N", {1.0, 2000.0, ""}, 200.0, true, "chain units N in the soft-matrix tube"},
    ParameterSpec{"tg-over-tm", "Tg/Tm", {0.01, 0.99, ""}, 2.0 / 3.0, false,
                  "ratio of glass to melting temperature (Eq. 10)"},
    ParameterSpec{"tube-hsms", "HSMs", {0.0, 1.0, ""}, 0.0, true,
                  "Fig. 6: 0 = the four tip HSMs of each V_8 loop, 1 = all of its HSMs"},
    ParameterSpec{"region-k", "K", {1.0, 30.0, ""}, 20.0, true,
                  "side of the glass region in HSMs (K³ HSMs, 64 K³ equipotential points)"},
    ParameterSpec{"tg-over-eps0", "k_B·Tg/ε0", {0.1, 100.0, ""}, 20.0 / 3.0, false,
                  "glass temperature in units of the well depth (Eq. 8; ≈ 20/3 for flexible chains)"},
    ParameterSpec{"tg", "Tg", {1.0, 5000.0, " K"}, 195.0, false, "glass transition temperature"},
    ParameterSpec{"tm", "Tm", {1.0, 5000.0, " K"}, 583.0, false, "melting temperature"},
    ParameterSpec{"tk", "Tk", {1.0, 5000.0, " K"}, 370.0, false, "Kauzmann temperature"},
    ParameterSpec{"tg0", "Tg°", {1.0, 5000.0, " K"}, 195.0, false,
                  "ordering temperature of the soft matrix (Eq. 11: Tg·cos Ω_z = Tg°)"},
};
}  // namespace

std::string describe(const Range& range) {
    return format_value(range.min, range.unit) + " to " + format_value(range.max, range.unit);
}

double require_in_range(std::string_view parameter, double value, const Range& range) {
    if (std::isfinite(value) && value >= range.min && value <= range.max) return value;
    throw ParameterError(std::string(parameter) + " = " + format_value(value, range.unit) +
                         " is out of range: allowed " + describe(range));
}

int require_integer_in_range(std::string_view parameter, double value, const Range& range) {
    require_in_range(parameter, value, range);
    if (std::trunc(value) != value)
        throw ParameterError(std::string(parameter) + " = " + format_value(value, range.unit) +
                             " is not a whole number: allowed " + describe(range));
    return static_cast<int>(value);
}

std::span<const ParameterSpec> parameter_specs() { return kSpecs; }

const ParameterSpec& parameter_spec(std::string_view name) {
    for (const auto& spec : kSpecs)
        if (spec.name == name) return spec;
    throw std::out_of_range("no model parameter named " + std::string(name));
}

double check_parameter(std::string_view name, double value) {
    const auto& spec = parameter_spec(name);
    if (spec.integer) return require_integer_in_range(name, value, spec.range);
    return require_in_range(name, value, spec.range);
}

}  // namespace cagescope::model
