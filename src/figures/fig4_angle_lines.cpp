// Fig. 4: the 64 cluster-contact angle lines of a0 (MODEL.md §2; Fig. 4
// caption, Sec. III.C.2): from 0* out to the contact circle of radius σ = 1 in
// the plane z = 0, the contact positions 0_1..0_16 of each space, ΔΩ between
// two adjacent lines, the four trap wedges (magnified) and the cage in the
// middle for reference.
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

namespace cagescope::figures {

namespace {
using glm::dvec3;

// The drawn trap wedges: the true 0.0198° times this.
constexpr double kTrapMagnification = 100.0;
// The radius of ΔΩ's arc (the contact circle is 1).
constexpr double kDeltaOmegaArcRadius = 0.55;

double radians(double deg) { return deg * std::numbers::pi / 180.0; }

std::string space_id(model::Space s) { return std::string(model::space_name(s)); }

void add_cage(SceneBuilder& b, double h) {
    b.set_layer("cage", "Sec. II.B.2, Fig. 3b");
    add_box_edges(b, "cage", cube_corners(dvec3(0.0), h), palette::muted, 1.0f);
    b.set_layer("loops", "Sec. III.C.2, Fig. 3b");
    for (const auto& edge : model::loop_edges())
        b.line("loop.diagonal." + space_id(edge.space), edge.from, edge.to, palette::space_color(edge.space), 2.0f);
}
}  // namespace

scene::Scene build_fig4_angle_lines(const FigureParams& params) {
    scene::Scene s;
    SceneBuilder b(s);
    const auto mode = params.spacing;
    const double h = model::cage_half_side();
    const auto lines = model::angle_lines(mode);

    // --- the contact circle σ = 1, dashed (the "dotted circle" of the caption) ---
    b.set_layer("contact_circle", "Sec. III.C.2, Fig. 4 caption");
    {
        std::vector<dvec3> ring;
        for (int i = 0; i < 360; ++i) ring.push_back(horizontal(i));
        b.polyline("contact_circle", ring, palette::muted, 1.2f, true, true);
        b.label("label.contact_circle", horizontal(-62.0, 1.02), "contact circle, radius σ = 1", palette::muted, 15.0f,
                scene::LabelPlacement::right, {6.0f, 6.0f});
    }

    // --- the 64 angle lines and contact positions ---
    for (const auto& l : lines) {
        const std::string id = space_id(l.space) + "." + std::to_string(l.lambda);
        const auto color = palette::space_color(l.space);
        b.set_layer("angle_lines", "Sec. III.C.2 (definition), Fig. 4 caption");
        b.line("angle_line." + id, l.origin, l.contact, palette::with_alpha(color, 0.85f),
               l.lambda == 1 || l.lambda == 16 ? 1.8f : 1.2f);
        b.set_layer("contacts", "Fig. 4 caption");
        b.sphere("contact." + id, l.contact, 0.009, color);
    }

    // Contact positions 0_1, 0_2 and 0_16 of β-space (the caption's example: z-c0).
    const auto beta = [&](int lambda) { return lines[static_cast<std::size_t>(model::kPointsPerSpace + lambda - 1)]; };
    const auto beta_color = palette::space_color(model::Space::beta);
    b.set_layer("contacts", "Fig. 4 caption");
    b.label("label.contact.beta.1", horizontal(beta(1).azimuth_deg - 1.5, 1.05), "0" + subscript(1), beta_color, 17.0f,
            scene::LabelPlacement::right);
    b.label("label.contact.beta.2", horizontal(beta(2).azimuth_deg + 1.0, 1.06), "0" + subscript(2), beta_color, 17.0f,
            scene::LabelPlacement::above);
    b.label("label.contact.beta.16", horizontal(beta(16).azimuth_deg - 2.0, 1.06), "0" + subscript(16), beta_color,
            17.0f, scene::LabelPlacement::above);

    // --- λ numbers: λ = 1 and λ = 16 of each space, inside the circle ---
    b.set_layer("lambda_labels", "Fig. 4 caption");
    for (model::Space sp : model::kSpaces) {
        const auto first = lines[static_cast<std::size_t>(static_cast<int>(sp) * model::kPointsPerSpace)];
        const auto last = lines[static_cast<std::size_t>(static_cast<int>(sp) * model::kPointsPerSpace + 15)];
        const auto color = palette::space_color(sp);
        b.label("label.lambda." + space_id(sp) + ".1", horizontal(first.azimuth_deg + 4.0, 0.86), "λ=1", color, 14.0f,
                scene::LabelPlacement::center);
        b.label("label.lambda." + space_id(sp) + ".16", horizontal(last.azimuth_deg - 4.0, 0.86), "λ=16", color,
                14.0f, scene::LabelPlacement::center);
        // Space name and neighbour just outside the circle, in the middle of the space.
        const double mid = model::angle_line_azimuth_deg(sp, 1) + 45.0;
        const auto placement = std::abs(std::cos(radians(mid))) > 0.5
                                   ? (std::cos(radians(mid)) > 0 ? scene::LabelPlacement::right
                                                                 : scene::LabelPlacement::left)
                                   : (std::sin(radians(mid)) > 0 ? scene::LabelPlacement::above
                                                                 : scene::LabelPlacement::below);
        b.label("label.space." + space_id(sp), horizontal(mid, 1.04),
                std::string(model::space_symbol(sp)) + "-space → " + hsm_label(model::loop_edge(sp).neighbour), color,
                18.0f, placement);
    }

    // --- ΔΩ between β λ = 1 and λ = 2: the filled sector between the two
    // angle lines, its arc, and the chord 0_1-0_2 ---
    b.set_layer("delta_omega", "Fig. 4 caption, Sec. III.C.1");
    const double measured = beta(2).azimuth_deg - beta(1).azimuth_deg;
    {
        std::vector<dvec3> sector{dvec3{0.0}};
        for (int k = 0; k <= 8; ++k)
            sector.push_back(horizontal(beta(1).azimuth_deg + measured * k / 8.0));
        b.polygon("delta_omega.sector", sector, palette::with_alpha(palette::ink, 0.2f));
    }
    b.arc("delta_omega.arc", {0, 0, 0}, horizontal(beta(1).azimuth_deg), horizontal(beta(2).azimuth_deg),
          kDeltaOmegaArcRadius, palette::ink, 4.0f);
    b.line("delta_omega.chord", beta(1).contact, beta(2).contact, palette::ink, 3.0f);
    // Inside the circle, right of the arc: clear of the λ numbers at 0.86 and
    // the contact labels outside the circle.
    b.label("label.delta_omega",
            horizontal(0.5 * (beta(1).azimuth_deg + beta(2).azimuth_deg), kDeltaOmegaArcRadius),
            "ΔΩ = " + fixed(measured, 4) + "°", palette::ink, 18.0f, scene::LabelPlacement::right, {12.0f, 6.0f});
    const double chord = glm::length(beta(2).contact - beta(1).contact);
    b.label("label.chord", 0.5 * (beta(1).contact + beta(2).contact) * 1.13, "|0_10_2| = " + fixed(chord, 4),
            palette::ink, 15.0f, scene::LabelPlacement::right, {4.0f, 0.0f});

    // --- the red dot θ_λ (Sec. III.A.3 (iii)): on angle line λ of β-space at the
    // contact circle, where the two electrons of the two orbitals would meet ---
    b.set_layer("theta", "Sec. III.A.3 (iii), Fig. 4");
    {
        model::require_integer_in_range("lambda", params.lambda, model::parameter_spec("lambda").range);
        const auto t = beta(params.lambda);
        b.sphere("theta." + std::to_string(t.lambda), t.contact, 0.024, palette::red);
        b.label("label.theta", t.contact, "θ" + subscript(t.lambda) + " (red dot)", palette::red, 16.0f,
                scene::LabelPlacement::left, {-10.0f, -12.0f});
    }

    // --- the four trap wedges, magnified ---
    b.set_layer("trap", "Sec. III.D.4, Fig. 4 caption");
    for (const auto& w : model::trap_wedges(mode)) {
        const double mid = 0.5 * (w.from_deg + w.to_deg);
        const double half = 0.5 * w.width_deg() * kTrapMagnification;
        b.polygon("trap.wedge." + space_id(w.space), {dvec3{0.0}, horizontal(mid - half), horizontal(mid + half)},
                  palette::with_alpha(palette::ink, 0.5f));
    }
    {
        const auto w = model::trap_wedge(model::Space::beta, mode);
        b.label("label.trap", horizontal(w.to_deg, 0.45),
                "trap " + fixed(w.width_deg(), 4) + "° (drawn ×" + fixed(kTrapMagnification, 0) + ")",
                palette::ink, 15.0f, scene::LabelPlacement::left, {-6.0f, 0.0f});
    }

    // --- the cage in the middle, and 0* ---
    add_cage(b, h);
    b.set_layer("centre", "Sec. III.C.2");
    b.sphere("centre.0star", {0, 0, 0}, 0.012, palette::ink);
    b.label("label.0star", {0, 0, 0}, "0^*", palette::ink, 16.0f, scene::LabelPlacement::below, {0.0f, 8.0f});

    // --- title, caption, notes ---
    const auto w = model::trap_wedge(model::Space::beta, mode);
    const double sweep = beta(16).azimuth_deg - beta(1).azimuth_deg;
    s.title = "Fig. 4  The 64 angle lines of a_0 from 0^* to the contact circle: ΔΩ, 0_1…0_{16} and the trap wedges";
    s.caption = "ΔΩ = 2·asin(d_L^*/2) = " + with_paper(fixed(model::delta_omega_deg(), 4) + "°", "5.9987°") +
                "   |0_10_2| = d_L^* = " + fixed(model::d_l_star(), 5) + ", the chord that gives ΔΩ (paper: d_L = "
                "109.5°/90°·d_L^* = " + fixed(model::fig4_d_l(), 5) + ", differs)   15 steps: " +
                with_paper(fixed(sweep, 4) + "°", "90 - 0.019°") + "   trap " +
                with_paper(fixed(w.width_deg(), 4) + "°", "0.019°") + ", drawn ×" + fixed(kTrapMagnification, 0);
    const std::string spacing = mode == model::SpacingMode::equal_angle ? "equal angle" : "equal step";
    s.drawn_note = "the contact circle in z = 0 (the paper: z = q_0); the trap wedges ×" + fixed(kTrapMagnification, 0);
    s.notes = {
        "The contact circle is drawn in the plane z = 0 through 0^*; the paper puts its x-y projection plane at "
        "z = q_0 (Sec. III.C.2). Seen from +z (the default view) the two agree.",
        "ΔΩ is the angle whose chord on the σ = 1 circle is d_L^*: 2·asin(d_L^*/2) = " +
            fixed(model::delta_omega_deg(), 4) + "°, the paper's 5.9987°. The caption calls the distance 0_1-0_2 "
            "d_L = 109.5°/90°·d_L^* = " + fixed(model::fig4_d_l(), 5) + " (row d_L of `cagescope numbers`, status "
            "differs); that chord would give " + fixed(model::fig4_chord_angle_deg(), 4) +
            "° instead, so the figure draws d_L^*.",
        "\"ΔΩ ≡ d_L^* in radians\" (Sec. III.C.2) would be " + fixed(model::d_l_star() * 180.0 / std::numbers::pi, 4) +
            "°, close to but not the 5.9987° the paper computes.",
        "The four trap wedges (" + fixed(w.width_deg(), 4) + "° each) are drawn ×" + fixed(kTrapMagnification, 0) +
            ", centred on the true wedge; at true scale λ = 16 and the next λ = 1 coincide on screen.",
        "The red dot θ_λ (Sec. III.A.3) is drawn where angle line λ of β-space meets the contact circle "
        "(MODEL.md §11), for --lambda; the text says only that it lies on the angle line.",
        "Point spacing: " + spacing + ". In equal-step mode the lines are not ΔΩ apart; the ΔΩ label then shows the "
            "measured angle between 0_1 and 0_2 (" + fixed(measured, 4) + "°).",
    };
    s.sections = {"III.C.2", "III.D.4", "Fig. 4 caption"};
    return s;
}

}  // namespace cagescope::figures
