// Figures 8 (PE) and 10 (PP): the chain unit (MODEL.md §9; Sec. IV.D.2,
// IV.D.3). (a) its ball-and-stick structure from textbook geometry, the four
// selected H in the colours of the spaces α, β, γ, δ; (b) the unit inside its
// hard sphere of diameter σ = 1 round 0*; (c) the four H-PCPs appearing one
// per step at the starting positions 9, 10, 11, 12 of the larger lattice (the
// hexahedron of edge a, tilted to the material's Ω_z), the 2Δd cage
// concentric inside. Figures 8 and 10 are the three panels side by side.
#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <string>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "figures/panels.h"
#include "figures/parts.h"
#include "model/chain_unit.h"
#include "model/constants.h"
#include "model/hexahedron.h"
#include "model/materials.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;
using model::Polymer;

std::string polymer_long_name(Polymer p) { return p == Polymer::polyethylene ? "Polyethylene" : "Polypropylene"; }
std::string figure_number(Polymer p) { return p == Polymer::polyethylene ? "8" : "10"; }

// "-CH2-CH(CH3)-" with subscript digits: -CH₂-CH(CH₃)-.
std::string formula_text(const model::ChainUnit& unit) {
    std::string out;
    for (char c : unit.formula) out += (c >= '0' && c <= '9') ? subscript(c - '0') : std::string(1, c);
    return out;
}

// Panel (a)'s names: C₁, C₂, C₃ above the carbons, the space of each selected H beside it.
void add_atom_labels(SceneBuilder& b, const model::ChainUnit& unit) {
    b.set_layer("labels", "Sec. IV.D.2");
    for (const auto& atom : unit.atoms) {
        if (atom.element == model::Element::carbon) {
            const std::string text = "C" + subscript(std::stoi(atom.name.substr(1)));
            b.label("label." + atom.name, atom.position, text, palette::ink, 16.0f,
                    scene::LabelPlacement::above, {0.0f, -4.0f});
        } else if (atom.space) {
            b.label("label." + atom.name, atom.position, std::string(model::space_symbol(*atom.space)),
                    palette::space_color(*atom.space), 18.0f, scene::LabelPlacement::right, {8.0f, 0.0f});
        }
    }
}

// The z axis through the centre of mass (0* of the HSM), and PP's ⊕ on it.
void add_axis(SceneBuilder& b, Polymer polymer, double half_length) {
    b.set_layer("axis", "Sec. IV.D.3, Fig. 10 caption");
    b.line("axis.z", {0, 0, -half_length}, {0, 0, half_length}, palette::muted, 1.5f, true);
    b.label("label.axis.z", {0, 0, half_length}, "z", palette::muted, 16.0f, scene::LabelPlacement::above);
    b.sphere("centre_of_mass", dvec3(0.0), 0.012 * half_length, palette::ink);
    if (polymer == Polymer::polypropylene)
        b.label("label.centre_of_mass", dvec3(0.0), "⊕", palette::ink, 34.0f, scene::LabelPlacement::center);
}

// Legend: C, H and the four spaces, as coloured balls in a column.
void add_legend(SceneBuilder& b, const dvec3& top, double step, double ball) {
    struct Entry {
        std::string id, text;
        scene::Color color;
    };
    std::vector<Entry> entries{{"carbon", "C", palette::carbon}, {"hydrogen", "H", palette::hydrogen}};
    for (const auto sp : model::kSpaces)
        entries.push_back({std::string(model::space_name(sp)),
                           "H-PCP → " + std::string(model::space_symbol(sp)) + "-space",
                           palette::space_color(sp)});
    b.set_layer("legend", "Sec. IV.D.2");
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const dvec3 at = top - dvec3(0, 0, step * static_cast<double>(i));
        b.sphere("legend." + entries[i].id, at, ball, entries[i].color);
        b.label("label.legend." + entries[i].id, at, entries[i].text, palette::ink, 15.0f,
                scene::LabelPlacement::left, {-12.0f, 0.0f});
    }
}

std::string composition(const model::ChainUnit& unit) {
    int c = 0, h = 0;
    for (const auto& atom : unit.atoms) (atom.element == model::Element::carbon ? c : h) += 1;
    return std::to_string(c) + " C, " + std::to_string(h) + " H";
}

std::vector<std::string> chemistry_notes(const model::ChainUnit& unit) {
    std::vector<std::string> notes{
        "The chain unit's geometry is textbook, not the paper's: C-C " + fixed(model::kCarbonCarbonBond, 2) +
            " Å, C-H " + fixed(model::kCarbonHydrogenBond, 2) + " Å, every bond angle tetrahedral, acos(-1/3) = " +
            fixed(model::tetrahedral_angle_deg(), 2) + "°, the backbone a planar zig-zag along z.",
        "Each selected H takes the colour of the space whose start corner (9, 10, 11, 12) lies nearest its azimuth "
        "round the z axis, so panel (c) reads against panel (a).",
    };
    if (unit.polymer == Polymer::polypropylene)
        notes.push_back("The paper selects the H-PCP \"most likely to escape an electron\": the tertiary H on CH, then "
                        "the two secondary H on CH_2, then one methyl H (C-H bonds strengthen in that order). Which "
                        "methyl H is ours: the one anti to the tertiary H. The other two methyl H are drawn plain.");
    else
        notes.push_back("All four H of -CH_2-CH_2- are secondary; the paper marks them \"at different chemical "
                        "positions\" with different colours.");
    return notes;
}

scene::Scene panel_a(const model::ChainUnit& unit) {
    const Polymer polymer = unit.polymer;
    scene::Scene s;
    SceneBuilder b(s);
    add_ball_and_stick(b, unit, {});
    add_atom_labels(b, unit);
    double extent = 0.0;
    for (const auto& atom : unit.atoms) extent = std::max(extent, glm::length(atom.position));
    add_axis(b, polymer, extent + 0.6);
    // Beside the unit, to the left in the default (iso) view, the text further left.
    const dvec3 right = horizontal(-60.0 + 90.0);
    add_legend(b, -right * (extent + 0.4) + dvec3(0, 0, 1.0), 0.42, 0.12);

    const dvec3 com = dvec3(0.0) - unit.atoms[0].position;  // from C₁ (the origin is the centre of mass; no -0)
    s.title = "Fig. " + figure_number(polymer) + "a  " + polymer_long_name(polymer) + ": the chain unit " +
              formula_text(unit) + " in ball and stick";
    s.caption = composition(unit) + "   C-C " + fixed(model::kCarbonCarbonBond, 2) + " Å, C-H " +
                fixed(model::kCarbonHydrogenBond, 2) + " Å, angles " + fixed(model::tetrahedral_angle_deg(), 2) +
                "° (textbook)   centre of mass from C_1: (" + fixed(com.x, 3) + ", " + fixed(com.y, 3) + ", " +
                fixed(com.z, 3) + ") Å (C " + fixed(model::atomic_mass(model::Element::carbon), 3) + " u, H " +
                fixed(model::atomic_mass(model::Element::hydrogen), 3) + " u)";
    if (polymer == Polymer::polypropylene) s.caption += "   ⊕ the z axis through it";
    s.notes = chemistry_notes(unit);
    s.sections = {"IV.D.2", "IV.D.3", polymer == Polymer::polyethylene ? "Fig. 8 caption" : "Fig. 10 caption"};
    return s;
}

scene::Scene panel_b(const model::ChainUnit& unit) {
    const Polymer polymer = unit.polymer;
    const double k = unit.angstrom_to_sigma;
    scene::Scene s;
    SceneBuilder b(s);
    add_ball_and_stick(b, unit, {.scale = k});
    add_axis(b, polymer, 0.62);
    b.set_layer("sphere", "Sec. II.B, IV.D.2");
    b.sphere("hsm.sphere", dvec3(0.0), 0.5, palette::with_alpha(palette::hsm, 0.22f));
    b.set_layer("labels", "Sec. IV.D.2");
    b.label("label.centre", dvec3(0.0), "0^*", palette::ink, 18.0f, scene::LabelPlacement::right, {10.0f, 12.0f});
    b.label("label.sphere", {0.0, 0.0, -0.5}, "HSM, diameter σ = 1", palette::muted, 16.0f,
            scene::LabelPlacement::below, {0.0f, 8.0f});

    s.title = "Fig. " + figure_number(polymer) + "b  " + polymer_long_name(polymer) +
              ": the chain unit as a hard-sphere molecule (HSM) in the mean field";
    s.caption = "Hard sphere of diameter σ = 1 round the mean position 0^* (the centre of mass)   scale 1 Å = " +
                fixed(k, 4) + " σ (not in the paper: the farthest atom centre at " +
                fixed(model::ChainUnit::kFitRadius, 2) + " σ)";
    s.notes = chemistry_notes(unit);
    s.notes.push_back("The paper gives no scale from Å to σ; the unit is fitted inside its sphere and the factor "
                      "printed.");
    s.drawn_note = "the Å-to-σ scale is ours: the unit fitted inside its sphere";
    s.sections = {"II.B", "IV.D.2", polymer == Polymer::polyethylene ? "Fig. 8 caption" : "Fig. 10 caption"};
    return s;
}

scene::Scene panel_c(const model::ChainUnit& unit, const FigureParams& params) {
    const Polymer polymer = unit.polymer;
    const model::Material material =
        polymer == Polymer::polyethylene ? model::polyethylene() : model::polypropylene();
    const double omega_z = material.omega_z_deg();
    const double a = model::lattice_spacing();
    const model::Hexahedron lattice = model::make_hexahedron({omega_z, 90.0, 0.0, 0.0}, a);
    const model::Hexahedron cage = model::make_hexahedron({omega_z, 90.0, 0.0, 0.0}, model::cage_side());
    // Step k shows the first k + 1 H-PCPs; the resting state shows all four.
    const int shown = params.time < 0.0 ? 4 : static_cast<int>(std::floor(params.time)) % kChainUnitSteps + 1;

    scene::Scene s;
    SceneBuilder b(s);
    b.set_layer("hexahedron", "Sec. IV.D.2, III.G");
    add_box_edges(b, "lattice", lattice.corners, palette::ink, 1.8f);
    b.set_layer("cage", "Sec. IV.D.2");
    add_box_edges(b, "cage", cage.corners, palette::muted, 1.2f);
    b.sphere("centre", dvec3(0.0), 0.012, palette::ink);
    // The z axis through 0*, the unit's centre of mass, and PP's ⊕ on it.
    b.set_layer("axis", "Sec. IV.D.3, Fig. 10 caption");
    b.line("axis.z", {0, 0, -0.62 * a}, {0, 0, 0.62 * a}, palette::muted, 1.5f, true);
    if (polymer == Polymer::polypropylene)
        b.label("label.centre_of_mass", dvec3(0.0), "⊕", palette::ink, 34.0f, scene::LabelPlacement::center);

    const auto edges = model::loop_edges();
    for (std::size_t i = 0; i < 4; ++i) {
        const auto& edge = edges[i];
        const dvec3 uvw = model::cage_corner(edge.from_label) / model::cage_side();
        const dvec3 start = lattice.map(uvw);
        const std::string corner = std::to_string(edge.from_label);
        const auto color = palette::space_color(edge.space);
        // The cage's loop edge of this space, in its colour (as in Fig. 7).
        b.set_layer("cage", "Sec. III.C.2");
        b.line("cage.loop." + std::string(model::space_name(edge.space)), cage.map(uvw),
               cage.map(model::cage_corner(edge.to_label) / model::cage_side()), color, 2.0f);
        const bool appeared = static_cast<int>(i) < shown;
        b.set_layer("labels", "Sec. IV.D.2, Fig. 3b, Fig. 7");
        b.label("label.corner." + corner, start, corner, palette::ink, 18.0f,
                uvw.z > 0 ? scene::LabelPlacement::above : scene::LabelPlacement::below,
                {0.0f, uvw.z > 0 ? -12.0f : 12.0f});
        if (!appeared) continue;
        b.set_layer("hydrogens", "Sec. IV.D.2, IV.D.3");
        b.sphere("pcp." + std::string(model::space_name(edge.space)), start, 0.045, color);
        b.set_layer("paths", "Sec. IV.D.2");
        // "Concentric and synchronous": from the cage's corner to the larger lattice's.
        b.line("path." + std::string(model::space_name(edge.space)), cage.map(uvw), start,
               palette::with_alpha(color, 0.6f), 1.5f, true);
        b.set_layer("labels", "Sec. IV.D.2, Fig. 3b, Fig. 7");
        b.label("label.pcp." + std::string(model::space_name(edge.space)), start,
                "H-PCP " + std::string(model::space_symbol(edge.space)), color, 16.0f,
                scene::LabelPlacement::right, {12.0f, 0.0f});
    }

    s.title = "Fig. " + figure_number(polymer) + "c  " + polymer_long_name(polymer) +
              ": the four H-PCPs appear at the starting positions 9, 10, 11, 12 of the larger lattice";
    s.caption = std::to_string(shown) + " of 4 H-PCPs   larger lattice: the hexahedron of edge a = 1 + d_L^* = " +
                with_paper(fixed(a, 4) + " σ", "1.1046") + ", Ω_z = acos(T_g^°/T_g) = " +
                with_paper(fixed(omega_z, 1) + "°", polymer == Polymer::polyethylene ? "0°, the cube" : "≈ 42°") +
                " (" + formula_markup(material.name) + ", Eq. 11)   the 2Δd = " + with_paper(fixed(model::cage_side(), 4) + " σ", "0.1103") +
                " cage concentric inside";
    s.notes = {
        "The \"four starting positions of the larger cube lattice\" are read as the start corners 9, 10, 11, 12 of "
        "the four loop edges, carried from the 2Δd cage to the hexahedron of edge a by the same centre and "
        "directions (MODEL.md §9).",
        "Dashed: from each start corner of the 2Δd cage to the same corner of the larger lattice.",
        "Animation: step k = 0..3 shows the first k + 1 H-PCPs in loop order α, β, γ, δ; the resting state shows all "
        "four.",
    };
    if (polymer == Polymer::polypropylene) s.drawn_note = "Ω_z read as the axial edge's tilt away from z (MODEL.md §8)";
    if (polymer == Polymer::polypropylene)
        s.notes.push_back("Ω_z is read as the tilt of the axial edge away from z (MODEL.md §8), so PP's Ω_z = " +
                          fixed(omega_z, 1) + "° = acos(T_g^°/T_g).");
    s.sections = {"IV.D.2", "IV.D.3", "III.G", polymer == Polymer::polyethylene ? "Fig. 8 caption" : "Fig. 10 caption"};
    return s;
}

scene::Scene all_panels(const model::ChainUnit& unit, const FigureParams& params) {
    const Polymer polymer = unit.polymer;
    std::vector<Panel> panels{
        {"a", "the chain unit " + formula_text(unit), panel_a(unit), scene::ViewPreset::iso},
        {"b", "its HSM, σ = 1", panel_b(unit), scene::ViewPreset::iso},
        {"c", "four H-PCPs on the larger lattice", panel_c(unit, params), scene::ViewPreset::iso},
    };
    scene::Scene s = side_by_side(std::move(panels));
    s.title = "Fig. " + figure_number(polymer) + "  " + polymer_long_name(polymer) + " " + formula_text(unit) +
              ": (a) the chain unit, (b) its HSM, (c) its four H-PCPs on the larger lattice";
    return s;
}

model::ChainUnit pe() { return model::make_chain_unit(Polymer::polyethylene); }
model::ChainUnit pp() { return model::make_chain_unit(Polymer::polypropylene); }
}  // namespace

scene::Scene build_fig8a_pe_unit(const FigureParams&) { return panel_a(pe()); }
scene::Scene build_fig8b_pe_hsm(const FigureParams&) { return panel_b(pe()); }
scene::Scene build_fig8c_pe_lattice(const FigureParams& params) { return panel_c(pe(), params); }
scene::Scene build_fig8_pe(const FigureParams& params) { return all_panels(pe(), params); }
scene::Scene build_fig10a_pp_unit(const FigureParams&) { return panel_a(pp()); }
scene::Scene build_fig10b_pp_hsm(const FigureParams&) { return panel_b(pp()); }
scene::Scene build_fig10c_pp_lattice(const FigureParams& params) { return panel_c(pp(), params); }
scene::Scene build_fig10_pp(const FigureParams& params) { return all_panels(pp(), params); }

}  // namespace cagescope::figures
