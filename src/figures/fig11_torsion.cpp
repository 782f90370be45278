// Fig. 11: the torsion detail (Sec. IV.D.3). The a0 cage twisted by ∠Tors
// about its Ω_z axis (the red arrow), and the arc whose radius is the
// distance from q_{β-16} (the PCP's place in the trap) to corner 11. That
// distance is about 5·10⁻⁵ σ, a two-thousandth of the cage, so it is drawn in
// a magnifier beside the cage with the factor stated. Animation: the twist
// relaxes as the PCP leaves the trap past 11 into γ-space.
#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>
#include <string>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "figures/parts.h"
#include "model/cage.h"
#include "model/constants.h"
#include "model/hexahedron.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;

constexpr int kRelaxSteps = kFig11Steps - 1;  // steps over which the twist relaxes to 0
constexpr double kTrapMagnification = 500.0;  // the drawn ∠Trap wedge: the true 0.0198° times this

dvec3 rotate_z(const dvec3& v, double deg) {
    const double t = glm::radians(deg);
    return {v.x * std::cos(t) - v.y * std::sin(t), v.x * std::sin(t) + v.y * std::cos(t), v.z};
}

// Untwisted cage coordinates → uvw of the unit hexahedron.
dvec3 uvw(const dvec3& p) { return p / model::cage_side(); }

std::string sci(double v) {
    const int exponent = static_cast<int>(std::floor(std::log10(v)));
    return fixed(v / std::pow(10.0, exponent), 2) + "·10" + superscript(exponent);
}
}  // namespace

scene::Scene build_fig11_torsion(const FigureParams& params) {
    scene::Scene s;
    SceneBuilder b(s);
    const double h = model::cage_half_side();
    const int step = params.time < 0.0 ? 0 : std::clamp(static_cast<int>(std::floor(params.time)), 0, kRelaxSteps);
    const double relaxed = 1.0 - static_cast<double>(step) / kRelaxSteps;
    const double torsion = params.torsion_deg * relaxed;  // the twist at this step
    const model::Hexahedron cage =
        model::make_drawn_hexahedron({0.0, 90.0, 0.0, torsion}, model::cage_side(), params.exaggeration);

    b.set_layer("cage", "Sec. IV.D.3");
    add_box_edges(b, "cage", cage.corners, palette::muted, 1.5f);
    // The twisted β face (y = +h, the face c0 sits beyond) and its diagonal 10 → 11, now an arc.
    b.set_layer("face", "Sec. IV.D.3, Fig. 11");
    std::vector<dvec3> diagonal;
    const dvec3 p10 = model::cage_corner(10), p11 = model::cage_corner(11);
    for (int k = 0; k <= 32; ++k) diagonal.push_back(cage.map(uvw(p10 + (p11 - p10) * (k / 32.0))));
    b.polyline("face.beta.diagonal", diagonal, palette::space_color(model::Space::beta), 3.0f);
    const auto face = cage.face_corners(3);
    b.polygon("face.beta", {face.begin(), face.end()}, palette::with_alpha(palette::space_color(model::Space::beta), 0.12f));

    const dvec3 c11 = cage.map(uvw(p11)), c10 = cage.map(uvw(p10));
    const dvec3 q16 = cage.map(uvw(model::equipotential_point(model::Space::beta, 16).position));
    b.set_layer("corners", "Sec. III.C.2");
    b.sphere("cage.corner.11", c11, 0.06 * h, palette::ink);
    b.sphere("cage.corner.10", c10, 0.06 * h, palette::ink);
    b.label("label.corner.11", c11, "11", palette::ink, 20.0f, scene::LabelPlacement::above);
    b.label("label.corner.10", c10, "10", palette::ink, 20.0f, scene::LabelPlacement::below);

    // The red arrow: the twist about the Ω_z axis, above the top face.
    b.set_layer("torsion", "Sec. IV.D.3, Fig. 11 caption");
    b.line("axis.omega_z", {0, 0, -1.3 * h}, {0, 0, 1.9 * h}, palette::faint, 1.5f, true);
    b.label("label.axis", {0, 0, 1.9 * h}, "Ω_z axis", palette::muted, 16.0f, scene::LabelPlacement::above);
    // The twist's sense as a circular arrow round the axis (a symbol, not to
    // scale); the twist itself shows as the top face turned from its dashed
    // untwisted outline.
    const double drawn = torsion * params.exaggeration;
    if (drawn > 0.05) {
        const double r = 0.75 * h;
        std::vector<dvec3> arc;
        for (int k = 0; k <= 32; ++k) arc.push_back(rotate_z({r, 0, 1.45 * h}, -100.0 + 150.0 * k / 32.0));
        b.polyline("torsion.arrow.arc", arc, palette::red, 3.0f);
        const dvec3 tip = arc.back();
        const dvec3 dir = glm::normalize(tip - arc[arc.size() - 2]);
        b.arrow("torsion.arrow.head", tip, tip + dir * (0.25 * h), palette::red, 3.0f, 0.25 * h, 0.1 * h);
        const model::Hexahedron untwisted = model::make_hexahedron({0.0, 90.0, 0.0, 0.0}, model::cage_side());
        b.polyline("torsion.untwisted_top",
                   {untwisted.corners[4], untwisted.corners[5], untwisted.corners[7], untwisted.corners[6]},
                   palette::highlight, 1.5f, true, true);
    }
    std::string tors = "∠Tors = " + fixed(torsion, 3) + "°";
    if (params.exaggeration != 1.0) tors += " (drawn ×" + fixed(params.exaggeration, 0) + ")";
    b.label("label.torsion", rotate_z({0.75 * h, 0, 1.45 * h}, 50.0), tors, palette::red, 18.0f,
            scene::LabelPlacement::above, {0.0f, -6.0f});

    // The yellow ∠Tors (Sec. IV.D.3): the a0 hard sphere turns by the same
    // angle the other way round z. The sphere (radius ≈ 0.55 σ, ten cages
    // wide) is not drawn; its turn is the yellow arrow below the cage, on the
    // same axis, sweeping back over the red one's angles.
    b.set_layer("sphere_turn", "Sec. IV.D.3");
    if (drawn > 0.05) {
        const double r = 0.75 * h;
        std::vector<dvec3> arc;
        for (int k = 0; k <= 32; ++k) arc.push_back(rotate_z({r, 0, -1.45 * h}, 50.0 - 150.0 * k / 32.0));
        b.polyline("sphere_turn.arrow.arc", arc, palette::yellow, 3.0f);
        const dvec3 tip = arc.back();
        const dvec3 dir = glm::normalize(tip - arc[arc.size() - 2]);
        b.arrow("sphere_turn.arrow.head", tip, tip + dir * (0.25 * h), palette::yellow, 3.0f, 0.25 * h, 0.1 * h);
    }
    b.label("label.sphere_turn", rotate_z({0.75 * h, 0, -1.45 * h}, -100.0),
            "a_0 sphere: ∠Tors = " + fixed(torsion, 3) + "° the other way", palette::yellow, 17.0f,
            scene::LabelPlacement::below, {0.0f, 8.0f});

    // The PCP: in the trap at q_{β-16}, then past 11 into γ-space.
    b.set_layer("pcp", "Sec. III.D.4");
    const dvec3 pcp = step == 0 ? q16
                                : cage.map(uvw(model::equipotential_point(model::Space::gamma, std::min(step, 16)).position));
    b.sphere("pcp", pcp, 0.08 * h, palette::pcp);
    b.label("label.pcp", pcp, step == 0 ? "PCP in the trap" : "PCP in γ-space", palette::pcp, 16.0f,
            scene::LabelPlacement::left, {-10.0f, 0.0f});

    // ∠Trap (Sec. III.D.4, IV.D.3): the wedge at the axis between the angle
    // lines through q_{β-16} (λ_β = 16) and 11 (λ_γ = 1), at the height of 11,
    // drawn ×kTrapMagnification (more than Fig. 4's ×100: this cage is small on screen).
    b.set_layer("trap", "Sec. III.D.4, IV.D.3");
    const auto azimuth = [](const dvec3& p) { return glm::degrees(std::atan2(p.y, p.x)); };
    // From 11's (twisted) azimuth back by the model's trap angle: measured on
    // the drawn cage, the exaggerated twist (less at q_{β-16}, a hair below
    // the top) would add to it.
    const double trap_to = azimuth(c11), trap_from = trap_to - model::trap_deg();
    {
        const double mid = 0.5 * (trap_from + trap_to);
        const double half = 0.5 * (trap_to - trap_from) * kTrapMagnification;
        const dvec3 apex{0.0, 0.0, c11.z};
        const double reach = glm::length(dvec3{c11.x, c11.y, 0.0});
        b.polygon("trap.wedge", {apex, apex + horizontal(mid - half, reach), apex + horizontal(mid + half, reach)},
                  palette::with_alpha(palette::ink, 0.45f));
        b.label("label.trap", apex + horizontal(mid, 0.45 * reach),
                "∠Trap = " + fixed(model::trap_deg(), 4) + "° (drawn ×" + fixed(kTrapMagnification, 0) + ")",
                palette::ink, 15.0f, scene::LabelPlacement::right, {10.0f, 0.0f});
    }

    // The magnifier: q_{β-16} and 11 magnified about their midpoint, beside the cage.
    b.set_layer("magnifier", "Fig. 11 caption");
    const double gap = glm::length(q16 - c11);
    const double magnification = std::pow(10.0, std::round(std::log10(0.5 * h / gap)));
    const dvec3 mid = 0.5 * (q16 + c11);
    const dvec3 centre = c11 + dvec3(-1.5 * h, 1.0 * h, 0.9 * h);
    const auto zoom = [&](const dvec3& p) { return centre + (p - mid) * magnification; };
    b.line("magnifier.lead", c11, centre, palette::faint, 1.2f, true);
    b.sphere("magnifier.lens", centre, 0.85 * h, palette::with_alpha(palette::interface_plane, 0.12f));
    // The straight part of the path: 15 jumps from 10 along the diagonal end at q_{β-16}.
    const dvec3 along = glm::normalize(q16 - c11);
    b.line("magnifier.beta", zoom(q16), zoom(q16) + along * (0.35 * h), palette::space_color(model::Space::beta), 3.0f);
    b.line("magnifier.chord", zoom(q16), zoom(c11), palette::faint, 1.2f, true);
    b.sphere("magnifier.corner.11", zoom(c11), 0.035 * h, palette::ink);
    b.sphere("magnifier.q_beta_16", zoom(q16), 0.035 * h, palette::pcp);
    b.label("label.magnifier.q16", zoom(q16), "q_{β-16}", palette::ink, 16.0f, scene::LabelPlacement::right, {8.0f, 0.0f});
    b.label("label.magnifier.11", zoom(c11), "11", palette::ink, 16.0f, scene::LabelPlacement::left, {-8.0f, 0.0f});
    b.label("label.magnifier.radius", centre - dvec3(0, 0, 0.9 * h),
            "|q_{β-16} − 11| = " + sci(gap) + " σ  (magnified ×" + fixed(magnification, 0) + ")", palette::ink, 15.0f,
            scene::LabelPlacement::below);

    // The red arc (Sec. IV.D.3): no longer the straight line from q_{β-16} to
    // 11 but an arc whose radius is |q_{β-16} − 11|. In the twisted face's
    // plane, the circle of that radius through both points has its centre at
    // the third corner of an equilateral triangle on them, so the arc spans
    // 60°. It bulges the way the top face turns (the text does not say).
    b.set_layer("arc", "Sec. IV.D.3, Fig. 11 caption");
    // Only while the face is twisted: relaxed, the path is the straight diagonal again.
    if (drawn > 0.05) {
        const auto fc = cage.face_corners(3);
        const dvec3 normal = glm::normalize(glm::cross(fc[1] - fc[0], fc[2] - fc[0]));
        dvec3 bulge = glm::normalize(glm::cross(normal, q16 - c11));
        if (glm::dot(bulge, dvec3{-c11.y, c11.x, 0.0}) < 0.0) bulge = -bulge;
        const dvec3 arc_centre = mid - bulge * (0.5 * std::sqrt(3.0) * gap);
        std::vector<dvec3> arc;
        for (const auto& p : arc_points(arc_centre, q16 - arc_centre, c11 - arc_centre, gap, 32)) arc.push_back(zoom(p));
        b.polyline("arc.red", arc, palette::red, 4.0f);
        b.line("arc.radius", zoom(arc_centre), zoom(q16), palette::red, 1.5f, true);
        b.line("arc.radius.11", zoom(arc_centre), zoom(c11), palette::red, 1.5f, true);
        b.sphere("arc.centre", zoom(arc_centre), 0.025 * h, palette::red);
        b.label("label.arc.radius", 0.5 * (zoom(arc_centre) + zoom(q16)), "r = |q_{β-16} − 11|", palette::red, 15.0f,
                scene::LabelPlacement::right, {8.0f, 0.0f});
        b.label("label.arc", arc[arc.size() / 2], "arc (red), 60°", palette::red, 15.0f, scene::LabelPlacement::left,
                {-10.0f, 0.0f});
    }

    s.title = "Fig. 11  Torsion of the a_0 cage against the PCP's loop: the arc from q_{β-16} to 11";
    s.caption = "∠Tors = 60·trap = " + with_paper(fixed(model::magic_torsion_deg(), 4) + "°", "1.14°-1.17°") +
                "   now " + fixed(torsion, 4) + "° (relaxes as the PCP leaves the trap)   trap = " +
                with_paper(fixed(model::trap_deg(), 4) + "°", "≈ 0.019°") + "   r = |q_{β-16} − 11| = " + sci(gap) + " σ";
    if (params.exaggeration != 1.0) s.caption += "   twist drawn ×" + fixed(params.exaggeration, 0);
    // The arc and the turns are drawn only while the face is twisted.
    s.drawn_note = drawn > 0.05 ? "the arc ×" + fixed(magnification, 0) + " in the magnifier, ∠Trap ×" +
                                      fixed(kTrapMagnification, 0) + "; the a_0 sphere's turn as an arrow; "
                                : "the magnifier ×" + fixed(magnification, 0) + ", ∠Trap ×" + fixed(kTrapMagnification, 0) + "; ";
    s.drawn_note += "the twist relaxing linearly (the text does not say how)";
    s.notes = {"The arc's radius |q_{β-16} − 11| is about a two-thousandth of the cage: it is drawn magnified ×" +
                   fixed(magnification, 0) + " in the magnifier.",
               "The red arc runs from q_{β-16} to 11 with radius |q_{β-16} − 11|, so it spans 60° (read: the "
               "paper's \"60°\" unit of Sec. IV.D.3); it lies in the twisted β face and bulges the way the top "
               "face turns, which the text does not say.",
               "The yellow ∠Tors is the a_0 hard sphere's turn the other way; the sphere itself (ten cages wide) "
               "is not drawn, its turn is the arrow below the cage. ∠Trap is drawn ×" +
                   fixed(kTrapMagnification, 0) + ".",
               "The paper does not say how the twist relaxes; here it falls linearly to 0 over " +
                   std::to_string(kRelaxSteps) + " steps as the PCP moves from the trap into γ-space."};
    s.sections = {"IV.D.3", "III.D.4", "Fig. 11 caption"};
    return s;
}

}  // namespace cagescope::figures
