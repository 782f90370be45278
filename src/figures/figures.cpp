#include "figures/figures.h"

#include <array>

namespace cagescope::figures {

namespace {
const std::array<FigureInfo, 2> kFigures{{
    {"3b", "The 2Δd cage and its 4×16 equipotential points",
     {"time"}, 64, scene::ViewPreset::iso, &build_fig3b_cage},
    {"7", "The equilateral hexahedron: Ω_z, Ω_xy, ψ and ∠Tors",
     {"omega-z", "omega-xy", "psi", "torsion", "exaggeration"}, 0, scene::ViewPreset::iso,
     &build_fig7_hexahedron},
}};
}  // namespace

std::span<const FigureInfo> figure_list() { return kFigures; }

const FigureInfo* find_figure(std::string_view id) {
    for (const auto& f : kFigures)
        if (f.id == id) return &f;
    return nullptr;
}

std::string figure_ids() {
    std::string out;
    for (const auto& f : kFigures) {
        if (!out.empty()) out += ", ";
        out += f.id;
    }
    return out;
}

scene::Scene build_figure(const FigureInfo& figure, const FigureParams& params) {
    return figure.build(params);
}

}  // namespace cagescope::figures
