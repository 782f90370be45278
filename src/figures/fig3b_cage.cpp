// Fig. 3b: the 2Δd cubic cage of a0 (MODEL.md §2; Sec. II.B.2, III.C.2), its
// 4-diagonal loop 9 → 10 → 11 → 12 → 9, the 4×16 equipotential points
// coloured by space, and the PCP at its current state.
#include <cmath>
#include <glm/geometric.hpp>
#include <string>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "figures/parts.h"
#include "model/cage.h"
#include "model/constants.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;

constexpr int kLoopPoints = 4 * model::kPointsPerSpace;
static_assert(kLoopPoints == kFig3bSteps, "Fig. 3b steps through the loop's points");
// The PCP's resting place: λ = 1 of β-space, corner 10, where the Ω angle line
// of the Fig. 3b caption ends.
constexpr int kRestingIndex = model::kPointsPerSpace;
// The default oblique view (the iso preset for this figure), degrees.
constexpr float kIsoAzimuthDeg = -55.0f;
constexpr float kIsoElevationDeg = 50.0f;
// The σ0 sphere at point 9 at the loop's last step, in units of h (symbolic size).
constexpr double kSigma0DrawRadius = 0.45;

std::string point_id(const model::EquipotentialPoint& p) {
    return "a0.point." + std::string(model::space_name(p.space)) + "." + std::to_string(p.lambda);
}

dvec3 horizontal_unit(const dvec3& p) {
    return glm::normalize(dvec3{p.x, p.y, 0.0});
}

void add_cage_box(SceneBuilder& b, double h) {
    b.set_layer("cage", "Sec. II.B.2");
    add_box_edges(b, "cage", cube_corners(dvec3(0.0), h), palette::muted, 1.5f);

    // The four lateral faces are the 1/16 equipotential planes, one per space.
    b.set_layer("faces", "Sec. III.C.2");
    for (const auto& edge : model::loop_edges()) {
        const dvec3 n = horizontal_unit(edge.from + edge.to);  // the face's outward normal
        const dvec3 t{-n.y, n.x, 0.0};
        const dvec3 centre = n * h;
        b.polygon("cage.face." + std::string(model::space_name(edge.space)),
                  {centre - t * h - dvec3(0, 0, h), centre + t * h - dvec3(0, 0, h),
                   centre + t * h + dvec3(0, 0, h), centre - t * h + dvec3(0, 0, h)},
                  palette::with_alpha(palette::space_color(edge.space), 0.07f));
    }
}

void add_loop(SceneBuilder& b, double h) {
    b.set_layer("loop", "Sec. III.C.2, Fig. 3b");
    for (const auto& edge : model::loop_edges()) {
        const auto color = palette::space_color(edge.space);
        const std::string space = std::string(model::space_name(edge.space));
        b.line("loop.diagonal." + space, edge.from, edge.to, color, 2.5f);
        // A head at 70 % of the diagonal shows the sense of the loop.
        const dvec3 dir = glm::normalize(edge.to - edge.from);
        const dvec3 at = edge.from + (edge.to - edge.from) * 0.72;
        b.arrow("loop.direction." + space, at - dir * (0.12 * h), at, color, 2.5f, 0.22 * h, 0.08 * h);
        // Space name beside the middle of its diagonal, pushed out of the face.
        const dvec3 mid = (edge.from + edge.to) * 0.5;
        b.label("label.space." + space, mid + horizontal_unit(mid) * (0.35 * h),
                std::string(model::space_symbol(edge.space)) + "-space", color, 17.0f,
                scene::LabelPlacement::center);
        b.label("label.neighbour." + space, glm::normalize(edge.neighbour_centre) * (1.85 * h),
                "→ " + hsm_label(edge.neighbour), palette::muted, 15.0f, scene::LabelPlacement::center);
    }
    b.set_layer("corners", "Sec. III.C.2, Fig. 3b");
    for (int label = 9; label <= 12; ++label) {
        const dvec3 p = model::cage_corner(label);
        b.sphere("cage.corner." + std::to_string(label), p, 0.075 * h, palette::ink);
        const auto placement = p.z > 0 ? scene::LabelPlacement::above : scene::LabelPlacement::below;
        b.label("label.corner." + std::to_string(label), p, std::to_string(label), palette::ink, 20.0f,
                placement, {0.0f, p.z > 0 ? -4.0f : 4.0f});
    }
}
// The β-space (Fig. 3b caption): the 90° wedge round the z axis between the
// half-planes through 10 and through 11, drawn where it lies inside the cage
// (the prism on the triangle 0*-10-11, its outer side the β face);
// translucent, in β's colour.
void add_beta_space(SceneBuilder& b, double h) {
    b.set_layer("beta_space", "Fig. 3b caption");
    const auto color = palette::space_color(model::Space::beta);
    const double from = model::corner_azimuth_deg(10), to = model::corner_azimuth_deg(11);
    const double reach = std::sqrt(2.0) * h;
    const dvec3 top{0, 0, h}, bottom{0, 0, -h};
    for (const int corner : {10, 11}) {
        const dvec3 out = horizontal(model::corner_azimuth_deg(corner), reach);
        b.polygon("beta_space.plane." + std::to_string(corner), {bottom, bottom + out, top + out, top},
                  palette::with_alpha(color, 0.16f));
    }
    for (const double z : {-h, h}) {
        const dvec3 up{0, 0, z};
        b.polygon(z > 0 ? "beta_space.top" : "beta_space.bottom",
                  {up, horizontal(from, reach) + up, horizontal(to, reach) + up}, palette::with_alpha(color, 0.1f));
    }
    b.arc("beta_space.angle", top, horizontal(from), horizontal(to), 0.45 * reach, color, 2.0f);
    b.label("label.beta_space", top + horizontal(0.5 * (from + to), 0.45 * reach), "90°", color, 16.0f,
            scene::LabelPlacement::above, {0.0f, -4.0f});
}
}  // namespace

scene::Scene build_fig3b_cage(const FigureParams& params) {
    scene::Scene s;
    SceneBuilder b(s);
    const double h = model::cage_half_side();
    const auto points = model::equipotential_points(params.spacing);

    add_cage_box(b, h);
    add_beta_space(b, h);
    add_loop(b, h);

    // The current state: the PCP sits on point `current`; in an animation the
    // points it has not reached yet are drawn paler.
    const bool animating = params.time >= 0.0;
    const int current = animating ? static_cast<int>(std::floor(params.time)) % kLoopPoints : kRestingIndex;

    // "When a0 completes the closed loop ..., a 5-hard-sphere σ0 appears at
    // point 9" (Sec. III.C.2): at the last step, δ λ = 16 one trap angle
    // short of 9. Drawn small (not to scale: σ0 = 1 is nine cages wide).
    if (animating && current == kLoopPoints - 1) {
        b.set_layer("sigma0", "Sec. III.C.2");
        const dvec3 p9 = model::cage_corner(9);
        b.sphere("sigma0", p9, kSigma0DrawRadius * h, palette::with_alpha(palette::hsm, 0.3f));
        b.label("label.sigma0", p9 + dvec3{0, 0, kSigma0DrawRadius * h}, "σ_0 appears at 9", palette::ink, 17.0f,
                scene::LabelPlacement::right, {14.0f, -10.0f});
    }

    b.set_layer("points", "Sec. III.C.2, III.D.3, Fig. 4");
    for (int i = 0; i < kLoopPoints; ++i) {
        const auto& p = points[static_cast<std::size_t>(i)];
        const bool reached = !animating || i <= current;
        const auto color = palette::space_color(p.space);
        b.sphere(point_id(p), p.position, 0.03 * h, reached ? color : palette::with_alpha(color, 0.35f));
    }

    b.set_layer("axis", "Sec. III.C.2");
    b.line("axis.z", {0, 0, -1.5 * h}, {0, 0, 1.7 * h}, palette::faint, 1.5f);
    b.label("label.axis.z", {0, 0, 1.7 * h}, "z", palette::muted, 17.0f, scene::LabelPlacement::above);
    b.sphere("centre.0star", {0, 0, 0}, 0.05 * h, palette::ink);
    b.label("label.0star", {0, 0, 0}, "0^*", palette::ink, 18.0f, scene::LabelPlacement::right, {4.0f, 6.0f});

    b.set_layer("pcp", "Sec. III.C.2, Fig. 3b");
    const auto& pcp = points[static_cast<std::size_t>(current)];
    b.sphere("pcp", pcp.position, 0.085 * h, palette::pcp);
    b.line("pcp.angle_line", {0, 0, 0}, pcp.position, palette::pcp, 2.0f, true);
    b.label("label.pcp", pcp.position, "PCP (" + std::string(model::space_symbol(pcp.space)) + "-" +
            std::to_string(pcp.lambda) + ")", palette::pcp, 17.0f, scene::LabelPlacement::right, {10.0f, 14.0f});
    if (current == kRestingIndex)
        b.label("label.omega", pcp.position * 0.5, "Ω", palette::pcp, 18.0f, scene::LabelPlacement::left,
                {-4.0f, 0.0f});

    const std::string spacing = params.spacing == model::SpacingMode::equal_angle
                                    ? "equal angle (ΔΩ per jump)"
                                    : "equal step (√2·2Δd/15 per jump)";
    s.title = "Fig. 3b  The 2Δd cage of a_0: loop 9 → 10 → 11 → 12 → 9 through 4×16 equipotential points";
    s.caption = "2Δd = 2·(q_R − q_0) = " + with_paper(fixed(model::cage_side(), 5) + " σ", "0.1103") + "   ΔΩ = " +
                with_paper(fixed(model::delta_omega_deg(), 4) + "°", "5.9987°") + "   trap = " +
                with_paper(fixed(model::trap_deg(), 4) + "°", "≈ 0.019°") + "   spacing: " + spacing;
    s.drawn_note = "2Δd = 2·(q_R − q_0), a reading of the stated 0.1103; the σ_0 sphere at 9 not to scale";
    s.notes = {
        "Equal angles and equal steps cannot both hold on a straight diagonal (Sec. III.D.3 vs Fig. 4); "
        "this figure uses " + spacing + ".",
        "λ = 16 stops one trap angle (0.0198°) short of the next corner, so the 4×16 points are distinct.",
        "2Δd = 2·(q_R − q_0), the jump from the well minimum to the 1/16 fixed point on each side, is a reading: "
        "the paper states 0.1103 (Sec. IV.D.2) and gives no formula; this one reproduces it to its 4 digits.",
    };
    s.notes.push_back("The β-space is drawn as the 90° wedge between the half-planes (10, 0^*, z) and (11, 0^*, z), "
                      "drawn inside the cage (the prism on 0^*-10-11). At the loop's last step the σ_0 sphere appears at 9, drawn " +
                      fixed(kSigma0DrawRadius, 2) + " h across its radius, not to scale (σ_0 = 1 is " +
                      fixed(1.0 / model::cage_side(), 0) + " cage sides).");
    // Seen from the usual iso angles corner 9 falls on the 10-11 diagonal;
    // from here each corner is clear of the diagonals it does not end.
    s.iso_view = scene::ViewAngles{kIsoAzimuthDeg, kIsoElevationDeg};
    s.sections = {"II.B.2", "III.C.2", "III.D.3", "Fig. 3b caption"};
    return s;
}

}  // namespace cagescope::figures
