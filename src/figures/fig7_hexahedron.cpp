// Fig. 7 (and 8-10 by preset): the equilateral hexahedron of edge a = 1 + d_L*
// whose four lateral faces are a0's magic interfaces, the concentric 2Δd cage
// inside it, the tilt Ω_z, the base angle Ω_xy, the lean ψ and the torsion
// ∠Tors (MODEL.md §6; Sec. III.G, IV.D.3).
#include <cmath>
#include <glm/geometric.hpp>
#include <string>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "figures/parts.h"
#include "model/constants.h"
#include "model/hexahedron.h"
#include "model/materials.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;

// Lateral faces 2..5 (u = +½, v = +½, u = -½, v = -½) face b0, c0, d0, e0:
// the magic interfaces of spaces α, β, γ, δ.
constexpr model::Space kFaceSpace[4] = {model::Space::alpha, model::Space::beta, model::Space::gamma,
                                        model::Space::delta};

// A lateral face bends under torsion: fill it as a grid of small quads.
void add_face_fill(SceneBuilder& b, const model::Hexahedron& hex, int face, scene::Color color) {
    constexpr int kCells = 6;
    const auto at = [&](double s, double t) {
        // (s, t) in [-½, ½]² across the face; the face's fixed coordinate is ±½.
        switch (face) {
            case 2: return hex.map({0.5, s, t});
            case 3: return hex.map({-s, 0.5, t});
            case 4: return hex.map({-0.5, -s, t});
            default: return hex.map({s, -0.5, t});
        }
    };
    for (int i = 0; i < kCells; ++i)
        for (int j = 0; j < kCells; ++j) {
            const double s0 = -0.5 + static_cast<double>(i) / kCells, s1 = s0 + 1.0 / kCells;
            const double t0 = -0.5 + static_cast<double>(j) / kCells, t1 = t0 + 1.0 / kCells;
            b.polygon("hexahedron.face." + std::to_string(face) + ".cell." + std::to_string(i * kCells + j),
                      {at(s0, t0), at(s1, t0), at(s1, t1), at(s0, t1)}, color);
        }
}

std::string face_name(int face) {
    static const char* kNames[] = {"bottom", "top", "+x", "+y", "-x", "-y"};
    return kNames[face];
}
}  // namespace

// The caption's general equilateral hexahedron: "the two diagonals of each
// face (square or rhombus) ... are orthogonal". Tilted by PP's Ω_z =
// acos(195/263) = 42.1° (Sec. III.G.3), the two faces that hold e1 and e3
// are rhombi; untwisted, every diagonal is straight. Ω_z = 0 is the PE cube
// of Fig. 8c; the magic torsion is a slider and a preset.
void fig7_defaults(FigureParams& params) {
    params.omega_z_deg = model::polypropylene().omega_z_deg();
    params.torsion_deg = 0.0;
}

scene::Scene build_fig7_hexahedron(const FigureParams& params) {
    scene::Scene s;
    SceneBuilder b(s);
    const double a = model::lattice_spacing();
    const double drawn_torsion = params.torsion_deg * params.exaggeration;
    const model::HexahedronParams shape{params.omega_z_deg, params.omega_xy_deg, params.psi_deg, params.torsion_deg};
    const model::Hexahedron hex = model::make_drawn_hexahedron(shape, a, params.exaggeration);
    const model::Hexahedron cage = model::make_drawn_hexahedron(shape, model::cage_side(), params.exaggeration);
    const model::Hexahedron untwisted =
        model::make_hexahedron({params.omega_z_deg, params.omega_xy_deg, params.psi_deg, 0.0}, a);

    b.set_layer("faces", "Sec. III.G.1");
    for (int face = 2; face < model::kHexFaces; ++face)
        add_face_fill(b, hex, face, palette::with_alpha(palette::space_color(kFaceSpace[face - 2]), 0.08f));

    b.set_layer("hexahedron", "Sec. III.G.1, Fig. 7");
    add_box_edges(b, "hexahedron", hex.corners, palette::ink, 2.0f);

    b.set_layer("diagonals", "Sec. III.G.1, Fig. 7 caption");
    for (int face = 0; face < model::kHexFaces; ++face) {
        const auto diagonals = hex.face_diagonals(face, 33);
        const bool lateral = face >= 2;
        const auto color = lateral ? palette::space_color(kFaceSpace[face - 2]) : palette::muted;
        for (int d = 0; d < 2; ++d)
            b.polyline("hexahedron.face." + face_name(face) + ".diagonal." + std::to_string(d + 1),
                       diagonals[static_cast<std::size_t>(d)], color, lateral ? 2.5f : 1.5f, false, !lateral);
    }

    b.set_layer("cage", "Sec. IV.D.2");
    add_box_edges(b, "cage", cage.corners, palette::muted, 1.2f);
    // The PCP loop 9 → 10 → 11 → 12 on the concentric cage, same tilt and torsion.
    const dvec3 loop_uvw[4] = {{0.5, -0.5, 0.5}, {0.5, 0.5, -0.5}, {-0.5, 0.5, 0.5}, {-0.5, -0.5, -0.5}};
    for (int i = 0; i < 4; ++i) {
        std::vector<dvec3> curve;
        for (int k = 0; k <= 16; ++k) {
            const double t = k / 16.0;
            curve.push_back(cage.map(loop_uvw[i] * (1.0 - t) + loop_uvw[(i + 1) % 4] * t));
        }
        b.polyline("cage.loop." + std::string(model::space_name(kFaceSpace[i])), curve,
                   palette::space_color(kFaceSpace[i]), 2.0f);
    }
    b.sphere("centre.a0", {0, 0, 0}, 0.012 * a, palette::ink);

    // Angle marks. Ω_z at the front bottom corner (u = +½, v = -½), where
    // the tilted lateral edge e3 meets a vertical reference; the centre is
    // left to the cage.
    b.set_layer("angles", "Sec. III.G, Eq. 11");
    const dvec3 foot = hex.corners[1];
    const dvec3 axial = glm::normalize(hex.e3);
    b.line("axis.z", foot, foot + dvec3(0, 0, 0.75 * a), palette::faint, 1.5f, true);
    b.label("label.axis.z", foot + dvec3(0, 0, 0.75 * a), "z", palette::muted, 17.0f, scene::LabelPlacement::above);
    b.line("axis.e3", foot, foot + axial * a, palette::highlight, 3.0f);
    if (params.omega_z_deg > 0.05)
        b.arc("angle.omega_z", foot, {0, 0, 1}, axial, 0.3 * a, palette::highlight, 2.0f);
    const dvec3 bisector = glm::normalize(dvec3(0, 0, 1) + axial);
    b.label("label.omega_z", foot + bisector * (0.33 * a), "Ω_z = " + fixed(params.omega_z_deg, 1) + "°",
            palette::highlight, 19.0f, scene::LabelPlacement::right, {6.0f, 0.0f});

    const dvec3 corner0 = hex.corners[0];
    b.arc("angle.omega_xy", corner0, hex.e1, hex.e2, 0.16 * a, palette::ink, 1.5f);
    b.label("label.omega_xy", corner0 + glm::normalize(glm::normalize(hex.e1) + glm::normalize(hex.e2)) * (0.2 * a),
            "Ω_{xy} = " + fixed(params.omega_xy_deg, 1) + "°", palette::ink, 16.0f, scene::LabelPlacement::center);

    if (params.omega_z_deg > 0.05 && std::abs(params.psi_deg) > 0.05) {
        const dvec3 lean = glm::normalize(dvec3(axial.x, axial.y, 0.0));
        const dvec3 base = hex.map({0, 0, -0.5});  // centre of the bottom face
        b.arc("angle.psi", base, {1, 0, 0}, lean, 0.25 * a, palette::muted, 1.5f);
        b.label("label.psi", base + lean * (0.27 * a), "ψ = " + fixed(params.psi_deg, 1) + "°", palette::muted,
                16.0f, scene::LabelPlacement::right);
    }

    // Torsion: the untwisted top face dashed, the turn marked at a top corner.
    b.set_layer("torsion", "Sec. IV.D.3, Fig. 11");
    if (params.torsion_deg > 0.0) {
        const std::vector<dvec3> top_untwisted{untwisted.corners[4], untwisted.corners[5], untwisted.corners[7],
                                               untwisted.corners[6]};
        b.polyline("torsion.untwisted_top", top_untwisted, palette::highlight, 1.5f, true, true);
        const dvec3 top = hex.map({0, 0, 0.5});
        b.arc("angle.torsion", top, untwisted.corners[7] - top, hex.corners[7] - top,
              glm::length(hex.corners[7] - top), palette::highlight, 2.5f);
        std::string text = "∠Tors = " + fixed(params.torsion_deg, 3) + "°";
        if (params.exaggeration != 1.0) text += " (drawn ×" + fixed(params.exaggeration, 0) + ")";
        // Anchored just outside the arc's middle, clear of the edges meeting at the corner.
        const dvec3 mid = (untwisted.corners[7] + hex.corners[7]) * 0.5;
        b.label("label.torsion", top + (mid - top) * 1.08, text, palette::highlight, 17.0f,
                scene::LabelPlacement::right, {8.0f, 0.0f});
    }

    const double volume = hex.volume;
    s.title = "Fig. 7  The magic-interface equilateral hexahedron round a_0, with its concentric 2Δd cage";
    s.caption = "a = 1 + d_L^* = " + with_paper(fixed(a, 4) + " σ", "1.1046") + "   V = a^3·sinΩ_{xy}·cosΩ_z = " +
                fixed(volume, 4) + " σ^3 (PE cube " + fixed(model::cube_volume(), 4) +
                "; paper \"1.35 times\")   Eq. 11: T_g^° = T_g·cosΩ_z = " +
                fixed(std::cos(params.omega_z_deg * M_PI / 180.0), 4) + "·T_g   ∠Tors = " +
                fixed(params.torsion_deg, 4) + "° (magic 60·trap = " + fixed(model::magic_torsion_deg(), 4) +
                "°; paper 1.14°-1.17°)";
    const bool twisted = params.torsion_deg > 0.0;
    if (twisted && params.exaggeration != 1.0)
        s.caption += "   twist drawn ×" + fixed(params.exaggeration, 0) + " = " + fixed(drawn_torsion, 2) + "°";
    if (!params.material.empty()) {
        const model::Material m = model::material_preset(params.material);
        s.title = "Fig. 7  " + formula_markup(m.name) + ": the hexahedron tilted by Ω_z = acos(T_g^°/T_g) = " +
                  fixed(m.omega_z_deg(), 1) + "°";
        s.caption = formula_markup(m.name) + ": T_g = " + fixed(m.tg, 0) + " K, T_g^° = " + fixed(m.tg0, 0) + " K (" +
                    temperature_markup(m.tg0_rule) +
                    ")   " + s.caption;
    }
    constexpr double kSphere = M_PI / 6.0;  // the volume of a sphere of diameter σ, in σ^3
    s.drawn_note = "Ω_z read as the axial edge's tilt away from z (MODEL.md §8)";
    if (twisted && params.exaggeration != 1.0) s.drawn_note += "; the twist ×" + fixed(params.exaggeration, 0);
    s.notes = {
        "Ω_z is read as the tilt of the axial edge away from z (MODEL.md §6): then Eq. 11 gives T_g^° = T_g for "
        "flexible chains and the volume a^3·sinΩ_{xy}·cosΩ_z gives PE 1.35 and PP ≈ 1, as the paper says.",
        "V is compared with an HSM volume of σ^3 = 1, the only reading under which the paper's PE \"1.35 times\" "
        "and PP \"approximately equal to its HSM volume\" both hold; a sphere of diameter σ has π/6 = " +
            fixed(kSphere, 4) + " σ^3, against which PE's cube would be " + fixed(model::cube_volume() / kSphere, 2) +
            " and this V " + fixed(volume / kSphere, 2) + " HSM volumes.",
        "The magic angle 60·trap = " + fixed(model::magic_torsion_deg(), 3) +
            "° lies outside the paper's 1.14°-1.17° (60 × 0.019° to 60 × 0.0195°): the paper truncates the trap.",
    };
    if (!twisted) {
        const auto angle = [](const dvec3& u, const dvec3& v) {
            return std::acos(glm::dot(glm::normalize(u), glm::normalize(v))) * 180.0 / M_PI;
        };
        s.notes.push_back("No torsion: each face is a square or a rhombus with straight, orthogonal diagonals (Fig. 7 "
                          "caption); face angles: top and bottom " + fixed(angle(hex.e1, hex.e2), 1) + "°, ±x " +
                          fixed(angle(hex.e2, hex.e3), 1) + "°, ±y " + fixed(angle(hex.e1, hex.e3), 1) +
                          "°. ∠Tors is a slider with the magic angle " + fixed(model::magic_torsion_deg(), 3) +
                          "° as a preset (--torsion); Ω_z = 0 (--material PE) is the cube of Fig. 8c.");
    }
    if (twisted && params.exaggeration != 1.0)
        s.notes.push_back("The twist is drawn " + fixed(params.exaggeration, 0) +
                          " times larger than ∠Tors so that it can be seen.");
    s.sections = {"III.G", "IV.D.2", "IV.D.3", "Eq. 11", "Fig. 7 caption"};
    return s;
}

}  // namespace cagescope::figures
