// Fig. 9: two adjacent PE chain units clustering (MODEL.md §10; Sec. IV.D.2).
// Fig. 5's HSMs a0 and c0 as PE chain units, c0's the image of a0's under R,
// on one coupled λ-λ* pair of angle lines. On a0's λth line sit the two
// positive charges of the C-H bond, a big red ball (the carbon's share,
// nearer 0*) and a small one (the H-PCP, at the equipotential point); c0 has
// the starred copies. The two ground-state electrons lie beside the
// orthogonal diagonals 10-11 and 10*-11*, each with an arrow along its
// diagonal; the magic interface and the pair p_λ-p*_λ are as in Fig. 5.
#include <cmath>
#include <glm/geometric.hpp>
#include <string>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "figures/parts.h"
#include "model/cage.h"
#include "model/chain_unit.h"
#include "model/constants.h"
#include "model/parameters.h"
#include "model/two_hsm.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;

// Where on the line 0* → P(β, λ) the two red balls sit (fractions of it):
// the text says only that both are on the angle line; MODEL.md §10.
constexpr double kCarbonShareAt = 0.5;
constexpr double kHydrogenPcpAt = 1.0;
// Ball radii as fractions of the cage's half side h.
constexpr double kBigBall = 0.45;
constexpr double kSmallBall = 0.25;

}  // namespace

scene::Scene build_fig9_clustering(const FigureParams& params) {
    model::require_integer_in_range("lambda", params.lambda, model::parameter_spec("lambda").range);
    const int lambda = params.lambda;
    const auto li = static_cast<std::size_t>(lambda - 1);
    const model::TwoHsm m = model::make_two_hsm(params.spacing);
    const model::ChainUnit unit = model::make_chain_unit(model::Polymer::polyethylene);
    const double h = model::cage_half_side();
    const auto R = [](const dvec3& p) { return model::rotate_to_c0(p); };
    const dvec3 P = m.a0_path[li].position;

    scene::Scene s;
    SceneBuilder b(s);
    // The units as in Fig. 8b, translucent so that the 0.11 σ cages inside them show.
    const BallAndStick style{.prefix = "a0.unit", .scale = unit.angstrom_to_sigma, .alpha = 0.25f, .bond_px = 4.0f};
    add_ball_and_stick(b, unit, style);
    add_ball_and_stick(b, unit, {.prefix = "c0.unit", .scale = style.scale, .mirrored = true, .alpha = style.alpha,
                                 .bond_px = style.bond_px});
    b.set_layer("spheres", "Abstract, Sec. II.B");
    b.sphere("a0.sphere", m.a0_centre, m.hsm_radius, palette::with_alpha(palette::a0, 0.06f));
    b.sphere("c0.sphere", m.c0_centre, m.hsm_radius, palette::with_alpha(palette::c0, 0.06f));

    b.set_layer("cages", "Sec. II.B.2");
    add_box_edges(b, "a0.cage", cube_corners(m.a0_centre, h), palette::muted, 1.0f);
    add_box_edges(b, "c0.cage", cube_corners(m.c0_centre, h), palette::muted, 1.0f);
    b.sphere("a0.centre", m.a0_centre, 0.005, palette::ink);
    b.sphere("c0.centre", m.c0_centre, 0.005, palette::ink);
    // Outside the spheres, so that no translucent sphere dims them.
    const double r = m.hsm_radius;
    b.label("label.a0", m.a0_centre - dvec3(0, 0, r), "a_0: a PE chain unit in its HSM", palette::a0, 18.0f,
            scene::LabelPlacement::below, {0.0f, 6.0f});
    b.label("label.c0", m.c0_centre + dvec3(0, 0, r), "c_0: its neighbour, turned by R", palette::c0, 18.0f,
            scene::LabelPlacement::above, {0.0f, -6.0f});

    // The two orthogonal diagonals 10-11 and 10*-11*, and the electron beside each.
    b.set_layer("diagonals", "Sec. III.A.3 (ii), IV.D.2");
    const dvec3 d10 = m.a0_corners[1], d11 = m.a0_corners[2];
    const dvec3 s10 = m.c0_corners[1], s11 = m.c0_corners[2];
    b.line("a0.diagonal.10-11", d10, d11, palette::space_color(model::Space::beta), 2.5f);
    b.line("c0.diagonal.10-11", s10, s11, palette::space_color(model::Space::beta), 2.5f);
    b.label("label.corner.10", d10, "10", palette::ink, 15.0f, scene::LabelPlacement::below, {0.0f, 4.0f});
    b.label("label.corner.11", d11, "11", palette::ink, 15.0f, scene::LabelPlacement::above, {0.0f, -4.0f});
    b.label("label.corner.10star", s10, "10^*", palette::ink, 15.0f, scene::LabelPlacement::above, {0.0f, -4.0f});
    b.label("label.corner.11star", s11, "11^*", palette::ink, 15.0f, scene::LabelPlacement::below, {0.0f, 4.0f});

    b.set_layer("electrons", "Sec. IV.D.2");
    {
        // Beside the diagonal's middle, inside the cage, pointing along it.
        const dvec3 e = (d10 + d11) * 0.5 - dvec3(0.0, 0.5 * h, 0.0);
        const dvec3 along = glm::normalize(d11 - d10) * (0.9 * h);
        b.sphere("a0.electron", e, 0.18 * h, palette::electron);
        b.arrow("a0.electron.arrow", e - along * 0.5, e + along * 0.5, palette::electron, 2.5f, 0.3 * h, 0.1 * h);
        b.sphere("c0.electron", R(e), 0.18 * h, palette::electron);
        b.arrow("c0.electron.arrow", R(e - along * 0.5), R(e + along * 0.5), palette::electron, 2.5f, 0.3 * h,
                0.1 * h);
        b.label("label.a0.electron", e - along * 0.5, "e^− (GS) ∥ 10-11", palette::electron, 15.0f,
                scene::LabelPlacement::left, {-8.0f, 0.0f});
        b.label("label.c0.electron", R(e - along * 0.5), "e^− (GS) ∥ 10^*-11^*", palette::electron, 15.0f,
                scene::LabelPlacement::right, {8.0f, 0.0f});
    }

    // The coupled λ and λ* angle lines, through the equipotential points.
    b.set_layer("angle_lines", "Sec. III.A.3 (iii), III.C.2, Fig. 5 caption");
    const dvec3 contact = model::contact_position(model::Space::beta, lambda, params.spacing);
    b.line("a0.angle_line." + std::to_string(lambda), m.a0_centre, contact, palette::a0, 2.0f);
    b.line("c0.angle_line." + std::to_string(lambda), m.c0_centre, R(contact), palette::c0, 2.0f);
    b.line("a0.angle_line.to_point", m.a0_centre, P, palette::a0, 1.5f, true);
    b.line("c0.angle_line.to_point", m.c0_centre, R(P), palette::c0, 1.5f, true);
    b.label("label.a0.angle_line", contact, "λ = " + std::to_string(lambda), palette::a0, 16.0f,
            scene::LabelPlacement::right, {8.0f, 0.0f});
    b.label("label.c0.angle_line", R(contact), "λ^* = " + std::to_string(lambda), palette::c0, 16.0f,
            scene::LabelPlacement::right, {8.0f, 0.0f});

    // The two positive charges of the C-H bond on the λth line: big (C) nearer 0*, small (H-PCP) outward.
    b.set_layer("charges", "Sec. IV.D.2, Fig. 9 caption");
    const dvec3 big = m.a0_centre + (P - m.a0_centre) * kCarbonShareAt;
    const dvec3 small = m.a0_centre + (P - m.a0_centre) * kHydrogenPcpAt;
    b.sphere("a0.charge.carbon", big, kBigBall * h, palette::red);
    b.sphere("a0.charge.hydrogen", small, kSmallBall * h, palette::red);
    b.sphere("c0.charge.carbon", R(big), kBigBall * h, palette::red);
    b.sphere("c0.charge.hydrogen", R(small), kSmallBall * h, palette::red);
    b.label("label.charges", small, "two red balls: C^+ (big), H-PCP (small)", palette::red, 15.0f,
            scene::LabelPlacement::right, {16.0f, 28.0f});

    b.set_layer("interface", "Sec. III.A.3 (i), Fig. 5 caption");
    add_interface_rectangle(b, m.interface, 0.45f, 14.0f);
    b.set_layer("pairs", "Sec. III.A.3 (iii), Eq. 1");
    const auto& pair = m.pairs[li];
    b.line("pair." + std::to_string(lambda), pair.p, pair.p_star, palette::highlight, 3.5f);
    b.sphere("pair.p", pair.p, 0.005, palette::a0);
    b.sphere("pair.p_star", pair.p_star, 0.005, palette::c0);
    b.label("label.pair", pair.p_star, "p" + subscript(lambda) + "-p^*" + subscript(lambda), palette::highlight, 15.0f,
            scene::LabelPlacement::right, {8.0f, 0.0f});

    s.title = "Fig. 9  Two adjacent PE chain units clustering on the coupled λ = " + std::to_string(lambda) +
              " and λ^* angle lines";
    s.caption = "λ = " + std::to_string(lambda) + " (--lambda 1..16)   φ = " + fixed(m.a0_path[li].azimuth_deg, 2) +
                "°   red balls on the line 0^* → P(β, λ): C^+ at " + fixed(glm::length(big), 4) + " σ, H-PCP at " +
                fixed(glm::length(small), 4) + " σ   10-11 · 10^*-11^* = " +
                fixed(glm::dot(glm::normalize(d11 - d10), glm::normalize(s11 - s10)), 4) +
                " (orthogonal)   chain units at 1 Å = " + fixed(unit.angstrom_to_sigma, 4) + " σ (as in Fig. 8b)";
    s.notes = {
        "The text puts \"two red balls, one big and one small\" on the λth angle line without saying where: the big one "
        "(the carbon's share of the C-H bond) is drawn half-way from 0^* to P(β, λ), the small one (the H-PCP) at P(β, "
        "λ) itself (MODEL.md §10).",
        "The ground-state electrons are \"parallel to two orthogonal diagonals\": drawn beside 10-11 and 10^*-11^*, each "
        "with an arrow along its diagonal.",
        "c_0's chain unit, charges and electron are the images of a_0's under the 180° turn R about {y = a/2, z = 0}.",
        "The chain units are drawn translucent, at Fig. 8b's scale, so the 0.11 σ cages inside them show.",
    };
    s.sections = {"IV.D.2", "III.A.3", "III.C.2", "Fig. 9 caption"};
    return s;
}

}  // namespace cagescope::figures
