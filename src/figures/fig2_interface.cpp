// Fig. 2: two neighbouring HSMs a0 and c0 and their magic interface
// (MODEL.md §3; Sec. III.A.3, III.D). a0 at the origin, c0 at (0, a, 0) as a0
// turned 180° about {y = a/2, z = 0}; both cages and loops (c0's clockwise,
// starred), the PCP paths 10 → 11 and 10* → 11*, the interface rectangle
// 2-3-3*-2*, the 16 z-parallel pairs p-p*, the orbitals touching the
// interface, the orbital magnetic moments and the (magnified) trap wedge.
//
// Framing: the whole HSM spheres (r ≈ 0.554 σ) would make the 0.11 σ cages a
// few pixels wide, so only the parts of the two spheres that face the
// interface are drawn (arcs of great circles), with their true intersection
// circle; the camera fit then frames the cages, orbitals and interface.
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
#include "model/two_hsm.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;

constexpr int kPairs = model::kPointsPerSpace;  // 16
// The drawn trap wedge: the true 0.0198° times this.
constexpr double kTrapMagnification = 200.0;
// How far the drawn parts of the HSM spheres reach from the a0-c0 axis (σ):
// up and down about as far as the orbitals, sideways a little past the cages.
constexpr double kCapRadius = 0.33;
constexpr double kCapWidth = 0.12;
// The magnified copy of the interface: scale and where its centre sits.
constexpr double kDetailScale = 4.0;
constexpr double kDetailOffsetX = 0.95;


// The state the animation clock shows: the PCPs on λ = current, pairs
// 1..current drawn, and whether the trap pause is on.
struct State {
    int current = kPairs;
    bool trap_pause = false;
    bool animating = false;
};

State state_at(double time) {
    if (time < 0.0) return {kPairs, false, false};
    const int step = static_cast<int>(std::floor(time)) % kFig2Steps;
    if (step < kPairs) return {step + 1, false, true};
    return {kPairs, true, true};
}

// R maps a0's cage onto the cube of the same size round c0.
void add_cage(SceneBuilder& b, const std::string& hsm, const dvec3& centre, double h) {
    add_box_edges(b, hsm + ".cage", cube_corners(centre, h), palette::muted, 1.2f);
}

// The part of an HSM sphere that faces the interface, as two arcs of great
// circles: one in the vertical plane x = 0 (where the orbitals lie) and one in
// the horizontal plane z = 0, each clipped to the framed region.
void add_sphere_arcs(SceneBuilder& b, const std::string& hsm, const dvec3& centre, double r, double toward,
                     scene::Color color) {
    constexpr int kSamples = 48;
    const auto arc = [&](double reach, bool vertical) {
        const double t_max = std::asin(reach / r);
        std::vector<dvec3> out;
        for (int i = 0; i <= kSamples; ++i) {
            const double t = -t_max + 2.0 * t_max * i / kSamples;
            const double across = r * std::sin(t), along = toward * r * std::cos(t);
            out.push_back(centre + (vertical ? dvec3{0.0, along, across} : dvec3{across, along, 0.0}));
        }
        return out;
    };
    b.polyline(hsm + ".sphere.arc.vertical", arc(kCapRadius, true), color, 2.0f);
    b.polyline(hsm + ".sphere.arc.horizontal", arc(kCapWidth, false), color, 2.0f);
}

std::vector<dvec3> circle_points(const model::Orbital& o, int samples) {
    // The circle lies in the plane x = centre.x (normal +x).
    std::vector<dvec3> out;
    for (int i = 0; i < samples; ++i) {
        const double t = 2.0 * std::numbers::pi * i / samples;
        out.push_back(o.centre + o.radius * dvec3{0.0, std::cos(t), std::sin(t)});
    }
    return out;
}
}  // namespace

scene::Scene build_fig2_interface(const FigureParams& params) {
    scene::Scene s;
    SceneBuilder b(s);
    const model::TwoHsm m = model::make_two_hsm(params.spacing);
    const double a = model::lattice_spacing();
    const double h = model::cage_half_side();
    const double r = m.hsm_radius;
    const double yi = model::interface_y();
    const State st = state_at(params.time);

    // --- the two HSM spheres, cut to the caps that face the interface ---
    b.set_layer("spheres", "Abstract, Sec. III.A.3 (i)");
    add_sphere_arcs(b, "a0", m.a0_centre, r, +1.0, palette::with_alpha(palette::a0, 0.55f));
    add_sphere_arcs(b, "c0", m.c0_centre, r, -1.0, palette::with_alpha(palette::c0, 0.6f));
    // Where the two spheres cut each other: a circle in the interface plane.
    const double lens = std::sqrt(r * r - yi * yi);
    {
        std::vector<dvec3> ring;
        for (int i = 0; i < 64; ++i) {
            const double t = 2.0 * std::numbers::pi * i / 64;
            ring.push_back({lens * std::cos(t), yi, lens * std::sin(t)});
        }
        b.polyline("overlap.circle", ring, palette::ink, 1.5f, true, true);
    }
    // At the ends of the arcs away from the orbital labels (a0's on top, c0's below).
    b.label("label.sphere.a0", m.a0_centre + dvec3{0, r * std::cos(std::asin(kCapRadius / r)), kCapRadius},
            "a_0 HSM sphere, r = " + fixed(r, 4) + " σ", palette::a0, 15.0f, scene::LabelPlacement::above,
            {0.0f, -4.0f});
    b.label("label.sphere.c0", m.c0_centre + dvec3{0, -r * std::cos(std::asin(kCapRadius / r)), -kCapRadius},
            "c_0 HSM sphere", palette::c0, 15.0f, scene::LabelPlacement::below, {0.0f, 4.0f});

    // --- the cages and their loops ---
    b.set_layer("cages", "Sec. II.B.2, III.C.2");
    add_cage(b, "a0", m.a0_centre, h);
    add_cage(b, "c0", m.c0_centre, h);
    b.sphere("a0.centre", m.a0_centre, 0.004, palette::ink);
    b.sphere("c0.centre", m.c0_centre, 0.004, palette::ink);
    b.label("label.a0", m.a0_centre + dvec3{0, -h, -h}, "a_0", palette::a0, 20.0f, scene::LabelPlacement::left,
            {-10.0f, 10.0f});
    b.label("label.c0", m.c0_centre + dvec3{0, h, h}, "c_0", palette::c0, 20.0f, scene::LabelPlacement::right,
            {10.0f, -10.0f});

    b.set_layer("loops", "Sec. III.C.2, Fig. 2 caption");
    const char* kSpaceNames[4] = {"alpha", "beta", "gamma", "delta"};
    for (int k = 0; k < 4; ++k) {
        const dvec3 from = m.a0_corners[static_cast<std::size_t>(k)];
        const dvec3 to = m.a0_corners[static_cast<std::size_t>((k + 1) % 4)];
        const dvec3 from_s = m.c0_corners[static_cast<std::size_t>(k)];
        const dvec3 to_s = m.c0_corners[static_cast<std::size_t>((k + 1) % 4)];
        const bool beta = k == 1;  // the PCP paths are drawn on their own below
        if (!beta) {
            b.line(std::string("a0.loop.") + kSpaceNames[k], from, to, palette::with_alpha(palette::a0, 0.7f), 1.5f);
            b.line(std::string("c0.loop.") + kSpaceNames[k], from_s, to_s, palette::with_alpha(palette::c0, 0.8f),
                   1.5f);
        }
        // Direction heads show the sense: a0 counter-clockwise, c0 clockwise seen from +z.
        const dvec3 d = glm::normalize(to - from), ds = glm::normalize(to_s - from_s);
        const dvec3 at = from + (to - from) * 0.62, at_s = from_s + (to_s - from_s) * 0.62;
        b.arrow(std::string("a0.loop.direction.") + kSpaceNames[k], at - d * (0.3 * h), at, palette::a0, 1.5f,
                0.35 * h, 0.12 * h);
        b.arrow(std::string("c0.loop.direction.") + kSpaceNames[k], at_s - ds * (0.3 * h), at_s, palette::c0,
                1.5f, 0.35 * h, 0.12 * h);
    }
    for (int k = 0; k < 4; ++k) {
        const int label = 9 + k;
        const dvec3 p = m.a0_corners[static_cast<std::size_t>(k)];
        const dvec3 q = m.c0_corners[static_cast<std::size_t>(k)];
        b.sphere("a0.corner." + std::to_string(label), p, 0.0035, palette::ink);
        b.sphere("c0.corner." + std::to_string(label), q, 0.0035, palette::ink);
        b.label("label.a0.corner." + std::to_string(label), p, std::to_string(label), palette::ink, 15.0f,
                p.z > 0 ? scene::LabelPlacement::above : scene::LabelPlacement::below,
                {0.0f, p.z > 0 ? -3.0f : 3.0f});
        b.label("label.c0.corner." + std::to_string(label), q, std::to_string(label) + "^*", palette::ink, 15.0f,
                q.z > 0 ? scene::LabelPlacement::above : scene::LabelPlacement::below,
                {0.0f, q.z > 0 ? -3.0f : 3.0f});
    }

    // --- the PCP paths in β-space: a0 along 10 → 11, c0 along 10* → 11* ---
    b.set_layer("paths", "Sec. III.A.3 (i)-(iii), III.D.3");
    b.line("a0.path", m.a0_corners[1], m.a0_corners[2], palette::a0, 3.0f);
    b.line("c0.path", m.c0_corners[1], m.c0_corners[2], palette::c0, 3.0f);
    for (int l = 1; l <= kPairs; ++l) {
        const auto i = static_cast<std::size_t>(l - 1);
        const bool reached = l <= st.current;
        b.sphere("a0.point.beta." + std::to_string(l), m.a0_path[i].position, 0.0028,
                 reached ? palette::a0 : palette::with_alpha(palette::a0, 0.35f));
        b.sphere("c0.point.beta." + std::to_string(l), m.c0_path[i], 0.0028,
                 reached ? palette::c0 : palette::with_alpha(palette::c0, 0.35f));
    }
    const auto cur = static_cast<std::size_t>(st.current - 1);
    b.set_layer("pcp", "Sec. III.A.3 (i), Fig. 2 caption");
    b.sphere("a0.pcp", m.a0_path[cur].position, 0.0065, palette::pcp);
    b.sphere("c0.pcp", m.c0_path[cur], 0.0065, palette::pcp);

    // --- the magic interface 2-3-3*-2* ---
    b.set_layer("interface", "Sec. III.A.3 (i), III.D.1, Fig. 2 caption");
    const auto& ir = m.interface;
    add_interface_rectangle(b, ir, 0.45f, 16.0f);
    b.label("label.interface", (ir.p3 + ir.p2_star) * 0.5 + dvec3{0, 0, 0.11}, "magic interface y = a/2",
            palette::ink, 15.0f, scene::LabelPlacement::above);

    // --- the 3-4-5-6 diagonal plane (Sec. III.A.2) and the diagonals 6-3, 6*-3*
    // (Sec. III.A.3 (ii)). Read so that it agrees with MODEL.md §3: 6-3 runs
    // through 3 parallel to 10-11, so in the interface it ends at 2 (6 = 2);
    // the plane through it and 10-11 is x + z = 0, where every orbital's
    // diameter P → p lies: 3, 4 = 11, 5 = 10, 6 = 2. c0's is its image under R. ---
    b.set_layer("diagonal_plane", "Sec. III.A.2, III.A.3 (ii)");
    {
        const dvec3 p10 = m.a0_corners[1], p11 = m.a0_corners[2];
        const dvec3 s10 = m.c0_corners[1], s11 = m.c0_corners[2];
        b.polygon("a0.diagonal_plane", {ir.p3, p11, p10, ir.p2}, palette::with_alpha(palette::a0, 0.12f));
        b.polygon("c0.diagonal_plane", {ir.p3_star, s11, s10, ir.p2_star}, palette::with_alpha(palette::c0, 0.12f));
        b.line("a0.diagonal.6-3", ir.p2, ir.p3, palette::a0, 2.0f, true);
        b.line("c0.diagonal.6-3", ir.p2_star, ir.p3_star, palette::c0, 2.0f, true);
        b.label("label.diagonal_plane", 0.25 * (ir.p3 + p11 + p10 + ir.p2), "diagonal plane 3-4-5-6", palette::a0,
                14.0f, scene::LabelPlacement::below, {0.0f, 6.0f});
        // Named in the magnified copy of the interface, where they have room.
        const dvec3 centre{0.0, yi, 0.0}, detail_centre{kDetailOffsetX, yi, 0.0};
        const auto map = [&](const dvec3& p) { return detail_centre + (p - centre) * kDetailScale; };
        b.line("detail.diagonal.6-3", map(ir.p2), map(ir.p3), palette::a0, 2.0f, true);
        b.line("detail.diagonal.6-3.star", map(ir.p2_star), map(ir.p3_star), palette::c0, 2.0f, true);
        b.label("label.diagonal.6-3", map(0.8 * ir.p2 + 0.2 * ir.p3), "6-3 ∥ 10-11 (6 = 2)", palette::ink, 14.0f,
                scene::LabelPlacement::left, {-8.0f, 0.0f});
        b.label("label.diagonal.6-3.star", map(0.8 * ir.p2_star + 0.2 * ir.p3_star), "6^*-3^* ∥ 10^*-11^* (6^* = 2^*)",
                palette::ink, 14.0f, scene::LabelPlacement::left, {-8.0f, 0.0f});
    }

    // --- the 16 pairs p_λ-p*_λ, parallel to z ---
    b.set_layer("pairs", "Sec. III.A.3 (iii), Eq. 1, Fig. 2 caption");
    for (int l = 1; l <= st.current; ++l) {
        const auto& pr = m.pairs[static_cast<std::size_t>(l - 1)];
        const bool now = l == st.current;
        const scene::Color c = now ? palette::highlight : palette::with_alpha(palette::highlight, 0.55f);
        b.line("pair." + std::to_string(l), pr.p, pr.p_star, c, now ? 3.0f : 1.5f);
        b.sphere("pair." + std::to_string(l) + ".p", pr.p, now ? 0.0035 : 0.0022, palette::a0);
        b.sphere("pair." + std::to_string(l) + ".p_star", pr.p_star, now ? 0.0035 : 0.0022, palette::c0);
    }
    {
        // Named in the magnified copy below; here only the prism lines carry labels.
        const auto& pr = m.pairs[cur];
        const dvec3 detail_centre{kDetailOffsetX, yi, 0.0};
        const auto map = [&](const dvec3& p) { return detail_centre + (p - dvec3{0.0, yi, 0.0}) * kDetailScale; };
        b.label("label.pair", map(pr.p), "p" + subscript(st.current), palette::a0, 17.0f,
                scene::LabelPlacement::right, {10.0f, 0.0f});
        b.label("label.pair.star", map(pr.p_star), "p^*" + subscript(st.current), palette::c0, 17.0f,
                scene::LabelPlacement::right, {10.0f, 0.0f});
    }

    // --- a magnified copy of the interface beside it, so the 16 pairs read ---
    // Same orientation (the plane y = a/2), moved along +x and scaled.
    b.set_layer("interface_detail", "Sec. III.A.3 (iii), Fig. 2 caption, Fig. 5 caption");
    {
        const dvec3 centre{0.0, yi, 0.0};
        const dvec3 detail_centre{kDetailOffsetX, yi, 0.0};
        const auto map = [&](const dvec3& p) { return detail_centre + (p - centre) * kDetailScale; };
        const auto& q = m.interface;
        b.polygon("detail.rectangle", {map(q.p2), map(q.p2_star), map(q.p3), map(q.p3_star)},
                  palette::with_alpha(palette::interface_plane, 0.45f));
        b.line("detail.prism.2", map(q.p2), map(q.p2_star), palette::ink, 2.0f);
        b.line("detail.prism.3", map(q.p3_star), map(q.p3), palette::ink, 2.0f);
        b.line("detail.edge.top", map(q.p2_star), map(q.p3), palette::muted, 1.0f);
        b.line("detail.edge.bottom", map(q.p2), map(q.p3_star), palette::muted, 1.0f);
        b.label("label.detail.2", map(q.p2), "2", palette::ink, 17.0f, scene::LabelPlacement::below, {0.0f, 4.0f});
        b.label("label.detail.2star", map(q.p2_star), "2^*", palette::ink, 17.0f, scene::LabelPlacement::above,
                {0.0f, -4.0f});
        b.label("label.detail.3", map(q.p3), "3", palette::ink, 17.0f, scene::LabelPlacement::above, {0.0f, -4.0f});
        b.label("label.detail.3star", map(q.p3_star), "3^*", palette::ink, 17.0f, scene::LabelPlacement::below,
                {0.0f, 4.0f});
        b.label("label.detail", map(0.5 * (q.p2 + q.p3_star)) + dvec3{0, 0, -0.1},
                "interface 2-3-3^*-2^* magnified ×" + fixed(kDetailScale, 0), palette::ink, 15.0f,
                scene::LabelPlacement::below);
        for (int l = 1; l <= st.current; ++l) {
            const auto& pr = m.pairs[static_cast<std::size_t>(l - 1)];
            const bool now = l == st.current;
            const std::string id = "detail.pair." + std::to_string(l);
            b.line(id, map(pr.p), map(pr.p_star), now ? palette::highlight : palette::with_alpha(palette::highlight, 0.7f),
                   now ? 3.5f : 2.0f);
            b.sphere(id + ".p", map(pr.p), 0.006, palette::a0);
            b.sphere(id + ".p_star", map(pr.p_star), 0.006, palette::c0);
        }
        for (int l : {1, 8, 9}) {
            if (l >= st.current) continue;  // the current one is named p_λ, p*_λ
            const auto& pr = m.pairs[static_cast<std::size_t>(l - 1)];
            const dvec3 top = pr.p.z > pr.p_star.z ? pr.p : pr.p_star;
            b.label("label.detail.lambda." + std::to_string(l), map(top) + dvec3{0, 0, 0.012}, (l == 1 ? "λ = 1" : std::to_string(l)),
                    palette::highlight, 14.0f, scene::LabelPlacement::above);
        }
        b.line("detail.leader", map(centre + dvec3{-h, 0, 0}) , centre + dvec3{h, 0, 0}, palette::faint, 1.0f, true);
    }

    // --- the orbitals: circles with diameter P → p, touching the interface ---
    b.set_layer("orbitals", "Sec. III.A.3 (iii), III.D.2");
    for (int l = 1; l <= st.current; ++l) {
        const auto i = static_cast<std::size_t>(l - 1);
        const bool now = l == st.current;
        const float alpha = now ? 1.0f : 0.28f;
        b.polyline("a0.orbital." + std::to_string(l), circle_points(m.a0_orbitals[i], 72),
                   palette::with_alpha(palette::a0, alpha), now ? 2.5f : 1.0f, true);
        b.polyline("c0.orbital." + std::to_string(l), circle_points(m.c0_orbitals[i], 72),
                   palette::with_alpha(palette::c0, alpha), now ? 2.5f : 1.0f, true);
    }
    {
        const auto& o = m.a0_orbitals[cur];
        const auto& os = m.c0_orbitals[cur];
        b.label("label.a0.orbital", dvec3{h + 0.02, o.centre.y, o.centre.z - o.radius - 0.01}, "a_0 orbital λ = " + std::to_string(st.current),
                palette::a0, 15.0f, scene::LabelPlacement::below, {0.0f, 4.0f});
        b.label("label.c0.orbital", dvec3{h + 0.02, os.centre.y, os.centre.z + os.radius + 0.01}, "c_0 orbital λ^* = " + std::to_string(st.current),
                palette::c0, 15.0f, scene::LabelPlacement::above, {0.0f, -4.0f});
    }

    // --- the orbital magnetic moments: horizontal arrows at the PCP points ---
    b.set_layer("moments", "Sec. III.D.2");
    const double moment_len = 0.9 * h;
    for (int l = 1; l <= st.current; ++l) {
        const auto i = static_cast<std::size_t>(l - 1);
        const bool now = l == st.current;
        const auto& ma = m.a0_moments[i];
        const auto& mc = m.c0_moments[i];
        const scene::Color ca = now ? palette::a0 : palette::with_alpha(palette::a0, 0.45f);
        const scene::Color cc = now ? palette::c0 : palette::with_alpha(palette::c0, 0.45f);
        b.arrow("a0.moment." + std::to_string(l), ma.origin, ma.origin + ma.direction * moment_len, ca,
                now ? 2.5f : 1.2f, 0.25 * moment_len, 0.07 * moment_len);
        b.arrow("c0.moment." + std::to_string(l), mc.origin, mc.origin + mc.direction * moment_len, cc,
                now ? 2.5f : 1.2f, 0.25 * moment_len, 0.07 * moment_len);
    }

    // --- the trap wedge between λ_β = 16 and λ_γ = 1, magnified ---
    b.set_layer("trap", "Sec. III.D.4, Fig. 2 caption");
    {
        const double mid = 0.5 * (m.trap.from_deg + m.trap.to_deg);
        const double half = 0.5 * m.trap.width_deg() * kTrapMagnification;
        const double reach = 4.5 * h;
        const scene::Color c = palette::with_alpha(palette::ink, st.trap_pause ? 0.75f : 0.45f);
        // The angle lines are vertical half-planes through the z axis; the
        // wedge is drawn where they cut the cage's top plane z = +h (corner 11).
        const dvec3 apex{0.0, 0.0, h};
        b.polygon("trap.wedge", {apex, apex + horizontal(mid - half) * reach, apex + horizontal(mid + half) * reach}, c);
        b.line("trap.line.beta16", apex, apex + horizontal(m.trap.from_deg) * reach,
               palette::space_color(model::Space::beta), 1.2f, true);
        b.label("label.trap", apex + horizontal(mid) * reach + dvec3{0, 0, 0.01},
                std::string(st.trap_pause ? "trap state: " : "trap ") + fixed(m.trap.width_deg(), 4) + "° (drawn ×" +
                    fixed(kTrapMagnification, 0) + ")",
                palette::ink, 15.0f, scene::LabelPlacement::left, {-4.0f, 0.0f});
    }

    // --- the current angle lines, 0* → P(β, λ) and 0** → P*(β, λ) ---
    b.set_layer("angle_lines", "Sec. III.C.2 (definition), III.A.3 (iii)");
    b.line("a0.angle_line", m.a0_centre, m.a0_path[cur].position, palette::pcp, 1.5f, true);
    b.line("c0.angle_line", m.c0_centre, m.c0_path[cur], palette::pcp, 1.5f, true);

    // --- title, caption, notes ---
    const double crossing = [&] {
        for (int l = 1; l < kPairs; ++l)
            if (m.pairs[static_cast<std::size_t>(l - 1)].p.z < 0.0 && m.pairs[static_cast<std::size_t>(l)].p.z > 0.0)
                return l + 0.5;
        return 0.0;
    }();
    const double turn = m.a0_path.back().azimuth_deg - m.a0_path.front().azimuth_deg;
    const double overlap = (2.0 * r - a) / (2.0 * r) * 100.0;
    s.title = "Fig. 2  Two HSMs a_0 and c_0, their cages and loops, and the magic interface 2-3-3^*-2^*";
    std::string state = st.trap_pause ? "trap pause (λ = 16)" : "state λ = " + std::to_string(st.current);
    if (!st.animating) state = "all 16 pairs, PCPs at λ = 16 (the trap state)";
    s.caption = state + "   overlap " + with_paper(fixed(overlap, 2) + " %", "0.27 %") + "   a = " +
                fixed(a, 4) + " σ   moments turn " + with_paper(fixed(turn, 2) + "°", "90 - 0.019°") +
                "   trap " + with_paper(fixed(m.trap.width_deg(), 4) + "°", "≈ 0.019°") + ", drawn ×" +
                fixed(kTrapMagnification, 0);
    const std::string spacing = params.spacing == model::SpacingMode::equal_angle ? "equal angle" : "equal step";
    s.drawn_note = "of each HSM only the part facing the interface; the trap ×" + fixed(kTrapMagnification, 0) +
                   "; moments show direction only; points 4, 5, 6 of the diagonal plane a reading (notes)";
    s.notes = {
        "Framing: the HSM spheres (r = " + fixed(r, 4) + " σ; the pair spans " + fixed(2.0 * r + a, 2) +
            " σ) would shrink the 2Δd = " + fixed(model::cage_side(), 4) +
            " σ cages to a few pixels, so the view is framed on the cages and the interface: of each sphere only "
            "the part facing the interface is drawn, as arcs of its great circles in the planes x = 0 and z = 0. "
            "The dashed circle in the interface (radius " + fixed(lens, 4) + " σ) is where the two whole spheres cut "
            "each other.",
        "The overlap 0.27 % is stated (abstract), not derived: r = a / (2·(1 - 0.0027)).",
        "c_0 is a_0 turned 180° about {y = a/2, z = 0}: its loop 9^* → 10^* → 11^* → 12^* turns clockwise seen from +z, "
        "10-11 and 10^*-11^* are orthogonal, and every pair p-p^* is parallel to z (MODEL.md §3).",
        "The pair never meets: p and p^* swap sides between λ = " + fixed(crossing - 0.5, 0) + " and λ = " +
            fixed(crossing + 0.5, 0) + " (15 steps: no state at the crossing).",
        "Point spacing: " + spacing + ". Equal angles (Fig. 4) and equal steps of ≈ 0.01 (Sec. III.D.3) cannot both "
            "hold on a straight diagonal.",
        "The trap wedge (" + fixed(m.trap.width_deg(), 4) + "°) is drawn ×" + fixed(kTrapMagnification, 0) +
            " at 0^*; at true scale it is invisible.",
        "The 3-4-5-6 diagonal plane: the text fixes 3 but not 4, 5, 6. The one reading that agrees with MODEL.md §3 "
        "takes 6-3 through 3 parallel to 10-11, which in the interface ends at 2 (6 = 2, 6^* = 2^*); the plane "
        "through 6-3 and 10-11 is x + z = 0 (3, 4 = 11, 5 = 10, 6 = 2), which holds every orbital's diameter P → p. "
        "Every p_λ then lies on 6-3 and every p_{λ^*} on 6^*-3^*: the pairs join the two orthogonal diagonals. "
        "The moments are drawn horizontal (MODEL.md §3), not perpendicular to this plane as Sec. III.A.2 says.",
        "Orbital magnetic moments are drawn " + fixed(moment_len, 3) + " σ long (direction only; the paper gives no "
            "magnitude).",
        "Animation: step k = 0..15 puts the PCPs on λ = k+1 and shows pairs 1..k+1; steps 16-19 are the trap "
            "pause. The cycle then continues round the full 4×16 loop (the other three interfaces are not drawn).",
    };
    s.sections = {"Abstract", "III.A.3", "III.C.2", "III.D", "Fig. 2 caption"};
    return s;
}

}  // namespace cagescope::figures
