// Fig. 5: one eigenvector (MODEL.md §3; Fig. 5 caption, Sec. III.A.3): the
// coupled λ and λ* angle lines of a0 and c0, their orbitals touching the magic
// interface at p_λ and p*_λ, the z-parallel pair p-p*, the interface
// rectangle 2-3-3*-2*, and Φ ≈ 4.21° (stated) beside ΔΩ and ΔΩ/√2.
#include <cmath>
#include <glm/geometric.hpp>
#include <numbers>
#include <string>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "figures/parts.h"
#include "model/cage.h"
#include "model/constants.h"
#include "model/parameters.h"
#include "model/two_hsm.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;

constexpr int kStates = model::kPointsPerSpace;  // 16


// R maps a0's cage onto the cube of the same size round c0.
void add_cage(SceneBuilder& b, const std::string& hsm, double h, bool c0) {
    add_box_edges(b, hsm + ".cage", cube_corners(c0 ? model::c0_centre() : dvec3(0.0), h), palette::muted, 1.0f);
}

std::vector<dvec3> circle_points(const model::Orbital& o, int samples) {
    std::vector<dvec3> out;  // in the plane x = centre.x
    for (int i = 0; i < samples; ++i) {
        const double t = 2.0 * std::numbers::pi * i / samples;
        out.push_back(o.centre + o.radius * dvec3{0.0, std::cos(t), std::sin(t)});
    }
    return out;
}
}  // namespace

scene::Scene build_fig5_eigenvector(const FigureParams& params) {
    // λ comes from --lambda at rest; the animation clock walks it 1..16, then the trap pause.
    model::require_integer_in_range("lambda", params.lambda, model::parameter_spec("lambda").range);
    const bool animating = params.time >= 0.0;
    const int step = animating ? static_cast<int>(std::floor(params.time)) % kFig5Steps : -1;
    const int lambda = animating ? std::min(step + 1, kStates) : params.lambda;
    const bool trap_pause = animating && step >= kStates;

    scene::Scene s;
    SceneBuilder b(s);
    const model::TwoHsm m = model::make_two_hsm(params.spacing);
    const double h = model::cage_half_side();
    const auto li = static_cast<std::size_t>(lambda - 1);
    const auto& P = m.a0_path[li];
    const dvec3 Pstar = m.c0_path[li];
    const auto& pair = m.pairs[li];
    const scene::Color faint_a0 = palette::with_alpha(palette::a0, 0.3f);
    const scene::Color faint_c0 = palette::with_alpha(palette::c0, 0.35f);

    // --- the β-space arcs of both contact circles, with the 16 contact positions ---
    b.set_layer("contact_circle", "Sec. III.C.2, Fig. 4 caption");
    {
        std::vector<dvec3> arc_a, arc_c;
        const double from = model::angle_line_azimuth_deg(model::Space::beta, 1);
        for (int i = 0; i <= 90; ++i) {
            arc_a.push_back(horizontal(from + i));
            arc_c.push_back(model::rotate_to_c0(horizontal(from + i)));
        }
        b.polyline("a0.contact_arc", arc_a, faint_a0, 1.2f, false, true);
        b.polyline("c0.contact_arc", arc_c, faint_c0, 1.2f, false, true);
        for (int l = 1; l <= kStates; ++l) {
            const dvec3 c = model::contact_position(model::Space::beta, l, params.spacing);
            const bool now = l == lambda;
            b.sphere("a0.contact." + std::to_string(l), c, now ? 0.012 : 0.006, now ? palette::a0 : faint_a0);
            b.sphere("c0.contact." + std::to_string(l), model::rotate_to_c0(c), now ? 0.012 : 0.006,
                     now ? palette::c0 : faint_c0);
        }
    }

    // --- the eigenvector: the coupled λ and λ* angle lines ---
    b.set_layer("angle_lines", "Sec. III.A.3 (iii), Eq. 1, Fig. 5 caption");
    const dvec3 contact = model::contact_position(model::Space::beta, lambda, params.spacing);
    const dvec3 contact_star = model::rotate_to_c0(contact);
    b.line("a0.angle_line." + std::to_string(lambda), m.a0_centre, contact, palette::a0, 3.0f);
    b.line("c0.angle_line." + std::to_string(lambda), m.c0_centre, contact_star, palette::c0, 3.0f);
    // Through the equipotential point (the definition of Sec. III.C.2).
    b.line("a0.angle_line.to_point", m.a0_centre, P.position, palette::a0, 1.5f, true);
    b.line("c0.angle_line.to_point", m.c0_centre, Pstar, palette::c0, 1.5f, true);
    b.label("label.a0.contact", contact, "0" + subscript(lambda) + " (λ = " + std::to_string(lambda) + ")",
            palette::a0, 17.0f, scene::LabelPlacement::right, {10.0f, 0.0f});
    b.label("label.c0.contact", contact_star, "0^*" + subscript(lambda) + " (λ^* = " + std::to_string(lambda) + ")",
            palette::c0, 17.0f, scene::LabelPlacement::right, {10.0f, 0.0f});

    // --- the red dot θ_λ (Sec. III.A.3 (iii)): where the two electrons of the two
    // orbitals would meet, on angle line λ at the contact circle; θ_λ^* is its
    // image on c0's λ^* line ---
    b.set_layer("theta", "Sec. III.A.3 (iii), Fig. 5");
    b.sphere("theta." + std::to_string(lambda), contact, 0.02, palette::red);
    b.sphere("theta_star." + std::to_string(lambda), contact_star, 0.014, palette::red);
    b.label("label.theta", contact, "θ" + subscript(lambda) + " (red dot)", palette::red, 17.0f,
            scene::LabelPlacement::below, {0.0f, 12.0f});
    b.label("label.theta_star", contact_star, "θ_{" + std::to_string(lambda) + "^*}", palette::red, 17.0f,
            scene::LabelPlacement::below, {0.0f, 10.0f});

    // --- Φ ≈ 4.21° (stated) at 0*, beside ΔΩ and ΔΩ/√2 ---
    b.set_layer("angles", "Fig. 5 caption, Fig. 4 caption");
    {
        const double phi = P.azimuth_deg;
        // Toward the next angle line of β (toward the previous one at λ = 16).
        const double sense = lambda < kStates ? 1.0 : -1.0;
        const int neighbour = lambda < kStates ? lambda + 1 : lambda - 1;
        const double phi_n = model::equipotential_point(model::Space::beta, neighbour, params.spacing).azimuth_deg;
        const double big_phi = model::overlap_angle_deg();
        b.line("angle_line.neighbour", m.a0_centre, horizontal(phi_n), faint_a0, 1.2f, true);
        b.line("angle.phi.ray", horizontal(phi + sense * big_phi, 0.5), horizontal(phi + sense * big_phi, 0.84),
               palette::highlight, 1.5f, true);
        b.arc("angle.phi", m.a0_centre, horizontal(phi), horizontal(phi + sense * big_phi), 0.78, palette::highlight,
              3.0f);
        b.arc("angle.delta_omega", m.a0_centre, horizontal(phi), horizontal(phi_n), 0.97, palette::ink, 2.5f);
        // Labels outside the contact circle, clear of the interface and the cages.
        b.label("label.phi", horizontal(phi + sense * big_phi * 0.5, 0.78), "Φ ≈ " + fixed(big_phi, 2) + "° (stated)",
                palette::highlight, 16.0f, scene::LabelPlacement::right, {14.0f, 22.0f});
        b.label("label.delta_omega", horizontal(0.5 * (phi + phi_n), 0.97),
                "ΔΩ = " + fixed(std::abs(phi_n - phi), 4) + "°,  ΔΩ/√2 = " +
                    fixed(model::delta_omega_deg() / std::sqrt(2.0), 2) + "°",
                palette::ink, 16.0f, scene::LabelPlacement::right, {14.0f, -26.0f});
    }

    // --- cages, paths and PCPs ---
    b.set_layer("cages", "Sec. II.B.2");
    add_cage(b, "a0", h, false);
    add_cage(b, "c0", h, true);
    b.sphere("a0.centre", m.a0_centre, 0.005, palette::ink);
    b.sphere("c0.centre", m.c0_centre, 0.005, palette::ink);
    b.label("label.a0", m.a0_centre + dvec3{0, -h, -h}, "a_0 (0^*)", palette::a0, 18.0f, scene::LabelPlacement::below,
            {0.0f, 6.0f});
    b.label("label.c0", m.c0_centre + dvec3{0, h, h}, "c_0", palette::c0, 18.0f, scene::LabelPlacement::above,
            {0.0f, -6.0f});
    b.set_layer("paths", "Sec. III.A.3 (i)-(iii)");
    b.line("a0.path", m.a0_corners[1], m.a0_corners[2], palette::a0, 2.0f);
    b.line("c0.path", m.c0_corners[1], m.c0_corners[2], palette::c0, 2.0f);
    b.set_layer("pcp", "Sec. III.A.3 (i)");
    b.sphere("a0.pcp", P.position, 0.007, palette::pcp);
    b.sphere("c0.pcp", Pstar, 0.007, palette::pcp);

    // --- the interface rectangle ---
    b.set_layer("interface", "Sec. III.A.3 (i), Fig. 5 caption");
    const auto& ir = m.interface;
    add_interface_rectangle(b, ir, 0.5f, 15.0f);

    // --- the orbitals touching the interface, and the pair ---
    b.set_layer("orbitals", "Sec. III.A.3 (iii), III.D.2");
    b.polyline("a0.orbital." + std::to_string(lambda), circle_points(m.a0_orbitals[li], 96), palette::a0, 2.5f, true);
    b.polyline("c0.orbital." + std::to_string(lambda), circle_points(m.c0_orbitals[li], 96), palette::c0, 2.5f, true);
    b.set_layer("moments", "Sec. III.D.2");
    {
        const double len = 1.2 * h;
        const auto& ma = m.a0_moments[li];
        const auto& mc = m.c0_moments[li];
        b.arrow("a0.moment." + std::to_string(lambda), ma.origin, ma.origin + ma.direction * len, palette::a0, 2.5f,
                0.3 * len, 0.1 * len);
        b.arrow("c0.moment." + std::to_string(lambda), mc.origin, mc.origin + mc.direction * len, palette::c0, 2.5f,
                0.3 * len, 0.1 * len);
    }
    b.set_layer("pairs", "Sec. III.A.3 (iii), Eq. 1");
    // The pairs already reached in the animation, faint; the current one bold.
    const int shown_from = animating ? 1 : lambda;
    for (int l = shown_from; l <= lambda; ++l) {
        const auto& pr = m.pairs[static_cast<std::size_t>(l - 1)];
        const bool now = l == lambda;
        b.line("pair." + std::to_string(l), pr.p, pr.p_star,
               now ? palette::highlight : palette::with_alpha(palette::highlight, 0.45f), now ? 3.5f : 1.2f);
    }
    b.sphere("pair.p", pair.p, 0.005, palette::a0);
    b.sphere("pair.p_star", pair.p_star, 0.005, palette::c0);
    b.label("label.pair.p", pair.p, "p" + subscript(lambda), palette::highlight, 17.0f, scene::LabelPlacement::right,
            {8.0f, 0.0f});
    b.label("label.pair.p_star", pair.p_star, "p^*" + subscript(lambda), palette::highlight, 17.0f,
            scene::LabelPlacement::right, {8.0f, 0.0f});

    // --- title, caption, notes ---
    s.title = "Fig. 5  One eigenvector: the coupled λ = " + std::to_string(lambda) + " and λ^* angle lines of a_0 and c_0";
    const double length = glm::length(pair.p_star - pair.p);
    std::string state = "λ = " + std::to_string(lambda) + (trap_pause ? " (trap pause)" : "");
    s.caption = state + "   φ = " + fixed(P.azimuth_deg, 2) + "°   pair |p p^*| = " + fixed(length, 4) +
                " σ   Φ ≈ 4.21° (stated, paper)   ΔΩ = " + with_paper(fixed(model::delta_omega_deg(), 4) + "°", "5.9987°") +
                "   ΔΩ/√2 = " + fixed(model::delta_omega_deg() / std::sqrt(2.0), 4) + "°";
    s.notes = {
        "Φ ≈ 4.21° is stated in the Fig. 5 caption, not derived; where it is measured is not said. It is drawn at 0^* "
        "from angle line λ, beside ΔΩ; ΔΩ/√2 = " + fixed(model::delta_omega_deg() / std::sqrt(2.0), 4) +
            "° comes close (MODEL.md §1).",
        "The angle lines lie in the plane z = 0 from 0^* (and 0^{**} of c_0) to the contact positions on the σ = 1 "
        "circle; the dashed lines show them through the equipotential points P and P^* (definition, Sec. III.C.2).",
        "c_0's λ^* line is the image of a_0's λ line under the 180° turn about {y = a/2, z = 0}, so the pair p-p^* is "
        "parallel to z; its length passes through zero between λ = 8 and λ = 9, where no state lies: the pair never "
        "meets.",
        "The red dot θ_λ (where the two electrons of the two orbitals would meet, Sec. III.A.3) is drawn on angle "
        "line λ at the contact circle (MODEL.md §11), θ_{λ^*} at its image on c_0's λ^* line; the text says only "
        "that it lies on the angle line.",
        "Animation: step k = 0..15 shows λ = k+1 (overriding --lambda) with the pairs reached so far; steps 16-19 "
        "are the trap pause at λ = 16.",
    };
    s.sections = {"III.A.3", "III.C.2", "III.D", "Fig. 5 caption"};
    return s;
}

}  // namespace cagescope::figures
