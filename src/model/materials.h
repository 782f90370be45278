// Material presets of MODEL.md §6 (Sec. III.G.2-4). Each gives
// Ω_z = acos(Tg°/Tg) (Eq. 11), computed, never typed in.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cagescope::model {

struct Material {
    std::string name;              // "PE", "PP", "As2S3", "custom"
    double tg = 0;                 // K
    std::optional<double> tm;      // K, when known
    std::optional<double> tk;      // K, when known
    double tg0 = 0;                // Tg° in K
    std::string tg0_rule;          // how Tg° was obtained, for notes and tooltips
    double omega_z_deg() const;    // acos(Tg°/Tg)
    double volume() const;         // a³·cos Ω_z (Ω_xy = 90°), in σ³
};

// PE: Tg 195 K, Tg° = Tg (a flexible chain, Sec. III.G.5).
Material polyethylene();
// PP: Tg 263 K, Tg° = Tg(PE) = 195 K (Sec. III.G.3).
Material polypropylene();
// As2S3: Tk 370 K, Tg 448 K, Tm 583 K; Tg° = Tk + ε0 with ε0 = (Tm - Tg)/4
// rounded to whole kelvin as the paper does ("≈ 34 K ... take ε0 = 34 K").
Material arsenic_trisulfide();
std::vector<Material> material_presets();  // PE, PP, As2S3
// "PE", "PP", "As2S3" (case-insensitive); throws ParameterError otherwise.
Material material_preset(std::string_view name);

// A user's material from Tg and Tg° (range-checked: tg, tg0; Tg° <= Tg).
Material custom_material(double tg, double tg0);
// From Tg, Tm, Tk by the As2S3 rule (range-checked: tg, tm, tk; Tk < Tg < Tm).
Material custom_material_from_temperatures(double tg, double tm, double tk);

}  // namespace cagescope::model
