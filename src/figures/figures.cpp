#include "figures/figures.h"

#include <algorithm>
#include <array>

#include "scene/caption.h"

namespace cagescope::figures {

namespace {
// Every figure of the paper, in its order. `parameters` lists the options a
// figure reads (the viewer shows those sliders); `layers` what it draws (the
// names --hide-layer takes; all_figures_test checks them against the
// builders); `animation_steps` is the length of its clock (0: a still figure).
const std::vector<std::string_view> kHexahedronLayers{"faces", "hexahedron", "diagonals", "cage", "angles",
                                                      "torsion"};
// Figures 8 and 10: the panels' layers, and the composite's (all of them and
// the panel letters).
const std::vector<std::string_view> kChainUnitLayers{"bonds", "carbons", "hydrogens", "labels", "axis", "legend"};
const std::vector<std::string_view> kChainUnitHsmLayers{"bonds", "carbons", "hydrogens", "axis", "sphere", "labels"};
const std::vector<std::string_view> kChainUnitLatticeLayers{"hexahedron", "cage", "axis", "labels", "hydrogens",
                                                            "paths"};
const std::vector<std::string_view> kChainUnitPanelsLayers{"bonds", "carbons", "hydrogens", "labels", "axis",
                                                           "legend", "sphere", "hexahedron", "cage", "paths",
                                                           "panels"};
const std::array<FigureInfo, 22> kFigures{{
    {"1a", "V_0(a0), its loop, the MIEV S_1 and the four neighbours' V_0 clusters", {},
     {"hsms", "loop", "centres", "miev", "labels"}, 0, scene::ViewPreset::top, &build_fig1a_v0_neighbours},
    {"1b", "The -z V_1(a0) cluster: 12-arrow loop, 4 centre arrows, 8 jamming particles", {},
     {"hsms", "jamming", "centres", "arrows", "loop", "labels"}, kFig1bSteps, scene::ViewPreset::top,
     &build_fig1b_v1_cluster},
    {"1c", "The cluster V_i with an HSM outside each loop arrow (Table 1)", {"cluster"},
     {"hsms", "jamming", "centres", "arrows", "loop", "labels"}, 0, scene::ViewPreset::top, &build_fig1c_cluster},
    {"2", "Two HSMs a0 and c0 and their magic interface 2-3-3*-2*", {"spacing"},
     {"spheres", "cages", "loops", "paths", "pcp", "interface", "diagonal_plane", "pairs", "interface_detail",
      "orbitals", "moments", "trap", "angle_lines"},
     kFig2Steps, scene::ViewPreset::iso, &build_fig2_interface},
    {"3a", "The Lennard-Jones potential: q_L, q0, q_R, the 1/16 line and d_L*", {},
     {"axes", "potential", "levels", "points", "span", "inset"}, 0, scene::ViewPreset::front, &build_fig3a_lj_plot,
     scene::Projection::orthographic},
    {"3b", "The 2Δd cage and its 4×16 equipotential points", {"spacing"},
     {"cage", "faces", "beta_space", "loop", "corners", "points", "axis", "pcp", "sigma0"}, kFig3bSteps,
     scene::ViewPreset::iso,
     &build_fig3b_cage},
    {"3c", "The rejected spherical cage: the 1/16 equipotential sphere round a0", {},
     {"sphere", "circle", "cage", "labels"}, 0, scene::ViewPreset::iso, &build_fig3c_spherical_cage},
    {"4", "The 64 angle lines from 0* to the contact circle, ΔΩ and the trap wedges", {"lambda", "spacing"},
     {"contact_circle", "angle_lines", "contacts", "theta", "lambda_labels", "delta_omega", "trap", "cage", "loops",
      "centre"},
     0, scene::ViewPreset::top, &build_fig4_angle_lines},
    {"5", "One eigenvector: the coupled λ and λ* angle lines of a0 and c0", {"lambda", "spacing"},
     {"contact_circle", "angle_lines", "theta", "angles", "cages", "paths", "pcp", "interface", "orbitals", "moments",
      "pairs"},
     kFig5Steps, scene::ViewPreset::iso, &build_fig5_eigenvector},
    {"6", "The soft-matrix tube of N chain units jumping n_z", {"tube-n", "tg-over-tm", "tube-hsms"},
     {"chain", "loop", "hsms", "neighbours", "vacancy", "detail", "labels"}, kFig6Steps, scene::ViewPreset::iso,
     &build_fig6_tube},
    {"7", "The equilateral hexahedron: Ω_z, Ω_xy, ψ and ∠Tors",
     {"omega-z", "omega-xy", "psi", "torsion", "exaggeration", "material"}, kHexahedronLayers, 0,
     scene::ViewPreset::iso, &build_fig7_hexahedron, scene::Projection::perspective, true, &fig7_defaults},
    {"8", "Polyethylene: (a) the chain unit, (b) its HSM, (c) its four H-PCPs on the larger lattice", {},
     kChainUnitPanelsLayers, kChainUnitSteps, scene::ViewPreset::front, &build_fig8_pe, scene::Projection::orthographic},
    {"8a", "Polyethylene: the chain unit -CH₂-CH₂- in ball and stick", {}, kChainUnitLayers, 0,
     scene::ViewPreset::iso, &build_fig8a_pe_unit},
    {"8b", "Polyethylene: the chain unit inside its hard sphere, σ = 1", {}, kChainUnitHsmLayers, 0,
     scene::ViewPreset::iso, &build_fig8b_pe_hsm},
    {"8c", "Polyethylene: the four H-PCPs at the starting positions of the larger cube", {}, kChainUnitLatticeLayers,
     kChainUnitSteps, scene::ViewPreset::iso, &build_fig8c_pe_lattice},
    {"9", "Two adjacent PE chain units clustering on the coupled λ-λ* angle lines", {"lambda", "spacing"},
     {"bonds", "carbons", "hydrogens", "spheres", "cages", "diagonals", "electrons", "angle_lines", "charges", "interface", "pairs"}, 0,
     scene::ViewPreset::iso, &build_fig9_clustering},
    {"10", "Polypropylene: (a) the chain unit, (b) its HSM, (c) its four H-PCPs on the tilted hexahedron", {},
     kChainUnitPanelsLayers, kChainUnitSteps, scene::ViewPreset::front, &build_fig10_pp,
     scene::Projection::orthographic},
    {"10a", "Polypropylene: the chain unit -CH₂-CH(CH₃)- in ball and stick, ⊕ on the axis", {}, kChainUnitLayers, 0,
     scene::ViewPreset::iso, &build_fig10a_pp_unit},
    {"10b", "Polypropylene: the chain unit inside its hard sphere, σ = 1", {}, kChainUnitHsmLayers, 0,
     scene::ViewPreset::iso, &build_fig10b_pp_hsm},
    {"10c", "Polypropylene: the four H-PCPs on the hexahedron tilted to Ω_z = 42.1°", {}, kChainUnitLatticeLayers,
     kChainUnitSteps, scene::ViewPreset::iso, &build_fig10c_pp_lattice},
    {"11", "Torsion detail: the arc from q_β-16 to 11 on a twisted face", {"torsion", "exaggeration"},
     {"cage", "face", "corners", "torsion", "sphere_turn", "trap", "pcp", "magnifier", "arc"}, kFig11Steps,
     scene::ViewPreset::iso, &build_fig11_torsion},
    // Not a figure of the paper: the large scene of docs/performance.md.
    {"glass", "A glass region: K×K×K HSMs, each with its cage and 4×16 points", {"region-k", "spacing"},
     {"cages", "centres", "points", "labels"}, 0, scene::ViewPreset::iso, &build_glass_region,
     scene::Projection::perspective, false},
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

std::vector<std::string> hideable_layers(const FigureInfo& figure) {
    std::vector<std::string> out(figure.layers.begin(), figure.layers.end());
    out.emplace_back(scene::kCaptionLayer);
    return out;
}

std::string hideable_layer_names(const FigureInfo& figure) {
    std::string out;
    for (const auto& layer : hideable_layers(figure)) out += (out.empty() ? "" : ", ") + layer;
    return out;
}

std::vector<std::string_view> options_read(const FigureInfo& figure) {
    std::vector<std::string_view> out = figure.parameters;
    if (figure.animation_steps > 0) out.emplace_back("time");
    return out;
}

bool reads_option(const FigureInfo& figure, std::string_view option) {
    const auto read = options_read(figure);
    return std::find(read.begin(), read.end(), option) != read.end();
}

FigureParams default_params(const FigureInfo& figure) {
    FigureParams p = default_params();
    if (figure.defaults) figure.defaults(p);
    return p;
}

void carry_params(const FigureInfo& from, const FigureInfo& to, FigureParams& params) {
    if (&from == &to) return;
    const FigureParams old_defaults = default_params(from), new_defaults = default_params(to);
    for (const ParamField& field : param_fields()) {
        if (field.name == "time" || !reads_option(to, field.name)) continue;
        if (field.name == "omega-z" && !params.material.empty()) continue;  // the material's, not a default
        if (field.get(params) == field.get(old_defaults)) field.set(params, field.get(new_defaults));
    }
}

scene::Scene build_figure(const FigureInfo& figure, const FigureParams& params) {
    return figure.build(params);
}

}  // namespace cagescope::figures
