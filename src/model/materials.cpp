#include "model/materials.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>

#include "model/constants.h"
#include "model/parameters.h"

namespace cagescope::model {

double Material::omega_z_deg() const { return std::acos(tg0 / tg) * 180.0 / std::numbers::pi; }
double Material::volume() const { return cube_volume() * tg0 / tg; }  // a³·cos Ω_z, Eq. 11

namespace {
// Tg° = Tk + ε0 with ε0 = (Tm - Tg)/4 taken in whole kelvin (Sec. III.G.4:
// "(Tm - Tg) K / 4 ≈ 34 K, if we take ε0 = 34 k_B T").
Material from_temperatures(std::string name, double tg, double tm, double tk) {
    const double eps0 = std::round((tm - tg) / 4.0);
    return {std::move(name), tg, tm, tk, tk + eps0,
            "Tg° = Tk + ε0, ε0 = (Tm - Tg)/4 rounded to whole kelvin, as the paper does (Sec. III.G.4)"};
}
}  // namespace

Material polyethylene() { return {"PE", 195.0, {}, {}, 195.0, "Tg° = Tg for a flexible chain (Sec. III.G.5)"}; }

Material polypropylene() {
    return {"PP", 263.0, {}, {}, polyethylene().tg, "Tg° = Tg(PE) = 195 K: cos Ω_z ≈ Tg(PE)/Tg(PP) (Sec. III.G.3)"};
}

Material arsenic_trisulfide() { return from_temperatures("As2S3", 448.0, 583.0, 370.0); }

std::vector<Material> material_presets() { return {polyethylene(), polypropylene(), arsenic_trisulfide()}; }

Material material_preset(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (lower == "pe") return polyethylene();
    if (lower == "pp") return polypropylene();
    if (lower == "as2s3") return arsenic_trisulfide();
    throw ParameterError("material = " + std::string(name) + " is not known: allowed PE, PP, As2S3");
}

Material custom_material(double tg, double tg0) {
    check_parameter("tg", tg);
    check_parameter("tg0", tg0);
    // Ω_z = acos(Tg°/Tg) needs Tg° <= Tg.
    require_in_range("tg0", tg0, Range{parameter_spec("tg0").range.min, tg, " K"});
    return {"custom", tg, {}, {}, tg0, "Tg° entered by the user"};
}

Material custom_material_from_temperatures(double tg, double tm, double tk) {
    check_parameter("tg", tg);
    check_parameter("tm", tm);
    check_parameter("tk", tk);
    require_in_range("tk", tk, Range{parameter_spec("tk").range.min, tg, " K"});
    require_in_range("tm", tm, Range{tg, parameter_spec("tm").range.max, " K"});
    Material m = from_temperatures("custom", tg, tm, tk);
    // Tg° may not exceed Tg, or Ω_z is undefined.
    require_in_range("tg0", m.tg0, Range{parameter_spec("tg0").range.min, tg, " K"});
    return m;
}

}  // namespace cagescope::model
