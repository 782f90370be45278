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

constexpr int kRelaxSteps = 15;  // steps over which the twist relaxes to 0

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
        b.polyline("torsion.arrow.arc", arc, palette::highlight, 3.0f);
        const dvec3 tip = arc.back();
        const dvec3 dir = glm::normalize(tip - arc[arc.size() - 2]);
        b.arrow("torsion.arrow.head", tip, tip + dir * (0.25 * h), palette::highlight, 3.0f, 0.25 * h, 0.1 * h);
        const model::Hexahedron untwisted = model::make_hexahedron({0.0, 90.0, 0.0, 0.0}, model::cage_side());
        b.polyline("torsion.untwisted_top",
                   {untwisted.corners[4], untwisted.corners[5], untwisted.corners[7], untwisted.corners[6]},
                   palette::highlight, 1.5f, true, true);
    }
    std::string tors = "∠Tors = " + fixed(torsion, 3) + "°";
    if (params.exaggeration != 1.0) tors += " (drawn ×" + fixed(params.exaggeration, 0) + ")";
    b.label("label.torsion", rotate_z({0.75 * h, 0, 1.45 * h}, 50.0), tors, palette::highlight, 18.0f,
            scene::LabelPlacement::above, {0.0f, -6.0f});

    // The PCP: in the trap at q_{β-16}, then past 11 into γ-space.
    b.set_layer("pcp", "Sec. III.D.4");
    const dvec3 pcp = step == 0 ? q16
                                : cage.map(uvw(model::equipotential_point(model::Space::gamma, std::min(step, 16)).position));
    b.sphere("pcp", pcp, 0.08 * h, palette::pcp);
    b.label("label.pcp", pcp, step == 0 ? "PCP in the trap" : "PCP in γ-space", palette::pcp, 16.0f,
            scene::LabelPlacement::left, {-10.0f, 0.0f});

    // The magnifier: 11 and q_{β-16} magnified about 11, beside the cage.
    b.set_layer("magnifier", "Fig. 11 caption");
    const double gap = glm::length(q16 - c11);
    const double magnification = std::pow(10.0, std::round(std::log10(0.5 * h / gap)));
    const dvec3 centre = c11 + dvec3(-1.5 * h, 1.0 * h, 0.9 * h);
    const auto zoom = [&](const dvec3& p) { return centre + (p - c11) * magnification; };
    b.line("magnifier.lead", c11, centre, palette::faint, 1.2f, true);
    b.sphere("magnifier.lens", centre, 0.75 * h, palette::with_alpha(palette::interface_plane, 0.12f));
    const dvec3 along = glm::normalize(q16 - c11);
    b.line("magnifier.beta", centre, zoom(q16) + along * (0.25 * h), palette::space_color(model::Space::beta), 3.0f);
    b.sphere("magnifier.corner.11", centre, 0.05 * h, palette::ink);
    b.sphere("magnifier.q_beta_16", zoom(q16), 0.05 * h, palette::pcp);
    b.label("label.magnifier.q16", zoom(q16), "q_{β-16}", palette::ink, 16.0f, scene::LabelPlacement::right, {6.0f, 0.0f});
    b.label("label.magnifier.11", centre, "11", palette::ink, 16.0f, scene::LabelPlacement::left, {-6.0f, 0.0f});
    // The circle of radius |q_{β-16} − 11| round 11, and the arc the (drawn)
    // twist sweeps on it.
    std::vector<dvec3> circle, arc;
    const dvec3 radius = (q16 - c11) * magnification;
    for (int k = 0; k < 64; ++k) circle.push_back(centre + rotate_z(radius, 360.0 * k / 64.0));
    for (int k = 0; k <= 24; ++k) arc.push_back(centre + rotate_z(radius, drawn * k / 24.0));
    b.polyline("magnifier.circle", circle, palette::highlight, 1.2f, true, true);
    if (drawn > 0.05) b.polyline("magnifier.arc", arc, palette::highlight, 3.5f);
    b.label("label.magnifier.radius", centre - dvec3(0, 0, 0.8 * h),
            "r = |q_{β-16} − 11| = " + sci(gap) + " σ  (magnified ×" + fixed(magnification, 0) + ")", palette::ink, 15.0f,
            scene::LabelPlacement::below);

    s.title = "Fig. 11  Torsion of the a_0 cage against the PCP's loop: the arc from q_{β-16} to 11";
    s.caption = "∠Tors = 60·trap = " + with_paper(fixed(model::magic_torsion_deg(), 4) + "°", "1.14°-1.17°") +
                "   now " + fixed(torsion, 4) + "° (relaxes as the PCP leaves the trap)   trap = " +
                with_paper(fixed(model::trap_deg(), 4) + "°", "≈ 0.019°") + "   r = |q_{β-16} − 11| = " + sci(gap) + " σ";
    if (params.exaggeration != 1.0) s.caption += "   twist drawn ×" + fixed(params.exaggeration, 0);
    s.notes = {"The arc's radius |q_{β-16} − 11| is about a two-thousandth of the cage: it is drawn magnified ×" +
                   fixed(magnification, 0) + " in the magnifier.",
               "The paper does not say how the twist relaxes; here it falls linearly to 0 over " +
                   std::to_string(kRelaxSteps) + " steps as the PCP moves from the trap into γ-space."};
    s.sections = {"IV.D.3", "III.D.4", "Fig. 11 caption"};
    return s;
}

}  // namespace cagescope::figures
