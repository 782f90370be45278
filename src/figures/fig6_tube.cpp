// Fig. 6: the soft-matrix tube (MODEL.md §5; Sec. III.E.1, Eq. 8-10, Fig. 6
// caption). The z-component chain a_0 … a_{N-1} stacked along z with spacing
// a; each a_j carries its +z V_8 loop (the soft matrix) in its own horizontal
// plane; the central vacancy O(a_0) is a cube of edge a. The soft matrices
// appear one after another, each jumping n_z = N^(-Tg/Tm) along +z.
//
// The tube is drawn at true scale (where a jump of 0.03 a cannot be seen),
// and beside it a magnified detail of three units at the wave front in which
// the jump is drawn exaggerated; both factors are stated on the scene.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <glm/geometric.hpp>
#include <string>
#include <vector>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "figures/parts.h"
#include "model/clusters.h"
#include "model/constants.h"
#include "model/tube.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;
using scene::Color;
using scene::LabelPlacement;

// Chain units shown in the magnified detail.
constexpr int kDetailUnits = 4;

std::string sci(double v, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*e", digits, v);
    return buf;
}

// The chain unit a_j as the label markup writes it.
std::string unit_name(int j) { return "a" + subscript(j); }

// Soft matrices that have appeared (and jumped) at this time: a_0 at step 0,
// all N at the last step and at rest (t < 0).
int appeared_at(double time, int n) {
    if (time < 0.0) return n;
    const int step = std::clamp(static_cast<int>(std::floor(time)), 0, kFig6Steps - 1);
    return 1 + static_cast<int>(std::lround(static_cast<double>(step) * (n - 1) / (kFig6Steps - 1)));
}

// The V_8 loop arrows ordered round the z axis: a closed ring through them.
std::vector<dvec3> loop_ring(const model::Cluster& v8) {
    std::vector<dvec3> ring;
    for (const auto& arrow : v8.loop_arrows) ring.push_back(arrow.position);
    std::sort(ring.begin(), ring.end(),
              [](const dvec3& p, const dvec3& q) { return std::atan2(p.y, p.x) < std::atan2(q.y, q.x); });
    return ring;
}

// The four tips of the V_8 loop: its outer HSMs on the axes, one per loop
// arrow at (±(i+1)a, 0), (0, ±(i+1)a).
std::vector<dvec3> tip_hsms(const model::Cluster& v8) {
    const double reach = (v8.i + 1) * model::lattice_spacing();
    return {{reach, 0, 0}, {0, reach, 0}, {-reach, 0, 0}, {0, -reach, 0}};
}

// The exaggeration of the jump in the detail: the largest of 1, 2, 5, 10, 20 …
// that keeps the drawn jump within 0.4 of the unit spacing.
double jump_exaggeration(double n_z) {
    double best = 1.0;
    for (double decade = 1.0; decade <= 1e6; decade *= 10.0)
        for (double m : {1.0, 2.0, 5.0})
            if (n_z * m * decade <= 0.4) best = std::max(best, m * decade);
    return best;
}

void add_cube(SceneBuilder& b, const std::string& id, const dvec3& centre, double edge, Color fill, Color line) {
    const double h = 0.5 * edge;
    dvec3 c[8];
    for (int k = 0; k < 8; ++k)
        c[k] = centre + dvec3((k & 1) ? h : -h, (k & 2) ? h : -h, (k & 4) ? h : -h);
    const int faces[6][4] = {{0, 1, 3, 2}, {4, 5, 7, 6}, {0, 1, 5, 4}, {2, 3, 7, 6}, {0, 2, 6, 4}, {1, 3, 7, 5}};
    for (int f = 0; f < 6; ++f)
        b.polygon(id + ".face." + std::to_string(f), {c[faces[f][0]], c[faces[f][1]], c[faces[f][2]], c[faces[f][3]]},
                  fill);
    const int edges[12][2] = {{0, 1}, {1, 3}, {3, 2}, {2, 0}, {4, 5}, {5, 7},
                              {7, 6}, {6, 4}, {0, 4}, {1, 5}, {3, 7}, {2, 6}};
    for (int e = 0; e < 12; ++e) b.line(id + ".edge." + std::to_string(e), c[edges[e][0]], c[edges[e][1]], line, 1.5f);
}
}  // namespace

scene::Scene build_fig6_tube(const FigureParams& params) {
    // make_tube range-checks N and Tg/Tm (ParameterError).
    const model::Tube tube = model::make_tube(params.tube_n, params.tg_over_tm);
    const model::Cluster v8 = model::make_cluster(model::kMaxCluster);
    const int n = tube.params.n;
    const double a = tube.spacing;
    const double jump = tube.n_z * a;  // n_z read in units of the chain spacing a
    const int appeared = appeared_at(params.time, n);
    const bool resting = params.time < 0.0;

    scene::Scene s;
    SceneBuilder b(s);
    const auto ring = loop_ring(v8);
    const auto tips = tip_hsms(v8);
    const double hsm_r = 0.45 * model::hsm_radius();
    const Color loop_color = palette::plus_z;
    const Color waiting = palette::with_alpha(palette::muted, 0.35f);

    const auto shifted = [](const std::vector<dvec3>& pts, const dvec3& by) {
        std::vector<dvec3> out;
        out.reserve(pts.size());
        for (const auto& p : pts) out.push_back(p + by);
        return out;
    };

    // --- The tube at true scale ---
    b.set_layer("chain", "Sec. III.E.1, Fig. 6 caption");
    b.line("tube.axis", {0, 0, -0.8 * a}, {0, 0, n * a + 0.5 * a}, palette::faint, 1.5f);
    for (int j = 0; j < n; ++j) {
        const bool up = j < appeared;
        const dvec3 centre = tube.units[static_cast<std::size_t>(j)] + dvec3(0, 0, up ? jump : 0.0);
        b.sphere("tube.unit." + std::to_string(j), centre, 0.2 * a, up ? palette::ink : waiting);
    }
    b.set_layer("loop", "Sec. III.E.1, Fig. 6 caption");
    for (int j = 0; j < n; ++j) {
        const bool up = j < appeared;
        const dvec3 at = tube.units[static_cast<std::size_t>(j)] + dvec3(0, 0, up ? jump : 0.0);
        b.polyline("tube.unit." + std::to_string(j) + ".loop", shifted(ring, at), up ? loop_color : waiting,
                   up ? 1.2f : 1.0f, true, !up);
    }
    b.set_layer("hsms", "Sec. III.E.1, Table 1");
    // tube-hsms = 1: every HSM of each V_8 loop (213 per unit, the large
    // scene of docs/performance.md) instead of its four tips.
    const std::vector<dvec3>& unit_hsms = params.tube_hsms == 1 ? v8.hsms : tips;
    for (int j = 0; j < n; ++j) {
        const bool up = j < appeared;
        const dvec3 at = tube.units[static_cast<std::size_t>(j)] + dvec3(0, 0, up ? jump : 0.0);
        for (std::size_t k = 0; k < unit_hsms.size(); ++k)
            b.sphere("tube.unit." + std::to_string(j) + ".hsm." + std::to_string(k), unit_hsms[k] + at, hsm_r,
                     up ? palette::hsm : palette::with_alpha(palette::hsm, 0.3f));
    }
    // The four neighbourhood soft matrices B_j … E_j (Sec. III.E.1, "in
    // Figure 6a"): V_8 loops centred on a_j's neighbours one spacing away
    // along ±x and ±y, whose appearance makes a_j's disappear. Drawn for
    // a_0, the first to appear and to disappear, at the tube's foot where
    // the labels have room at every step.
    const int front = 0;
    const dvec3 front_at = tube.units[0] + dvec3(0, 0, jump);
    b.set_layer("neighbours", "Sec. III.E.1");
    const std::array<std::pair<const char*, dvec3>, 4> neighbours{
        {{"B", {a, 0, 0}}, {"C", {0, a, 0}}, {"D", {-a, 0, 0}}, {"E", {0, -a, 0}}}};
    for (const auto& [letter, offset] : neighbours)
        b.polyline(std::string("neighbour.") + letter, shifted(ring, front_at + offset), palette::neighbour, 1.2f, true,
                   true);
    b.set_layer("vacancy", "Fig. 6 caption, Sec. IV.A");
    add_cube(b, "vacancy", tube.units[0] + dvec3(0, 0, appeared > 0 ? jump : 0.0), tube.vacancy_edge,
             palette::with_alpha(palette::vacancy, 0.45f), palette::ink);

    // --- The magnified detail beside it: a section through the axis ---
    // `count` consecutive units at the wave front (at rest: a0 upward, with the
    // vacancy), cut by the vertical half-plane from the axis through a loop
    // tip (+(i+1)a, 0). The section is turned about z to face the default
    // (iso) camera, magnified ×zoom, and the jump is drawn ×exaggerate. Each
    // unit shows its centre, its level, the loop C-boson crossing the plane
    // (⊗: the +z loop turns counter-clockwise, so at this wall it runs away
    // from the reader) and the wall HSM.
    const double tip = (v8.i + 1) * a;              // the loop's tip HSMs
    const double boson = (v8.i + 0.5) * a;          // the loop arrows next to them
    const double reach = tip + hsm_r;               // half-width of a V_8 loop with its tips
    const double zoom = std::max(1.0, std::round(n / 12.0));
    const double exaggerate = jump_exaggeration(tube.n_z);
    const int count = std::min(kDetailUnits, n);
    const int first = std::clamp(resting ? 0 : appeared - count + 1, 0, n - count);
    const double height = n * a;
    // Iso view's screen-right is (cos 30°, sin 30°, 0): the section lies in
    // that direction and z, beside the tube, half-way up it.
    const dvec3 right{std::cos(M_PI / 6.0), std::sin(M_PI / 6.0), 0.0};
    const double mid_unit = first + 0.5 * (count - 1);
    const double half_height = 0.5 * count * a * zoom;
    // The section runs from just left of the axis (x = -near) to beyond the wall.
    const double near = 2.0 * a;
    const dvec3 detail_centre = right * (reach + 2.5 * a + (near + 1.0 * a) * zoom) +
                                dvec3(0, 0, std::max(0.5 * height, half_height));
    // (x along the section, true z) → drawn point; `lift` is a true jump, drawn ×exaggerate.
    const auto to_detail = [&](double x, double z, double lift) {
        return detail_centre + zoom * (x * right + dvec3(0, 0, z - mid_unit * a + lift * exaggerate));
    };

    b.set_layer("detail", "Sec. III.E.1, Eq. 10, Fig. 6 caption");
    const double mark_r = 0.6 * hsm_r * zoom;
    const auto mark = [&](const std::string& id, const dvec3& centre, bool out_of_page, Color color) {
        std::vector<dvec3> circle;
        for (int k = 0; k < 24; ++k) {
            const double t = 2.0 * M_PI * k / 24.0;
            circle.push_back(centre + mark_r * (std::cos(t) * right + std::sin(t) * dvec3(0, 0, 1)));
        }
        b.polyline(id + ".ring", circle, color, 2.0f, true);
        if (out_of_page) {
            b.sphere(id + ".dot", centre, 0.22 * mark_r, color);
        } else {
            const dvec3 d1 = (right + dvec3(0, 0, 1)) * (0.7 * mark_r), d2 = (right - dvec3(0, 0, 1)) * (0.7 * mark_r);
            b.line(id + ".cross.1", centre - d1, centre + d1, color, 2.0f);
            b.line(id + ".cross.2", centre - d2, centre + d2, color, 2.0f);
        }
    };
    for (int j = first; j < first + count; ++j) {
        const bool up = j < appeared;
        const double z = j * a;
        const double lift = up ? jump : 0.0;
        const std::string id = "detail.unit." + std::to_string(j);
        if (up) b.line(id + ".rest", to_detail(-near, z, 0.0), to_detail(reach, z, 0.0), palette::muted, 1.2f, true);
        b.line(id + ".level", to_detail(-near, z, lift), to_detail(boson, z, lift), up ? loop_color : waiting,
               up ? 2.0f : 1.2f, !up);
        for (int side : {1}) {
            const std::string sname = side > 0 ? ".right" : ".left";
            b.sphere(id + ".hsm" + sname, to_detail(side * tip, z, lift), hsm_r * zoom,
                     up ? palette::hsm : palette::with_alpha(palette::hsm, 0.3f));
            // Counter-clockwise seen from +z: at the near (left) wall the loop comes toward the reader.
            mark(id + ".boson" + sname, to_detail(side * boson, z, lift), side < 0, up ? loop_color : waiting);
        }
        b.sphere(id + ".centre", to_detail(0.0, z, lift), 0.2 * a * zoom, up ? palette::ink : waiting);
        if (up) {
            const double x = reach + 1.2 * a;
            const double head = std::min(0.35 * a, 0.45 * jump * exaggerate) * zoom;
            b.arrow(id + ".jump", to_detail(x, z, 0.0), to_detail(x, z, jump), palette::plus_z, 3.0f, head,
                    0.4 * head);
        }
    }
    if (first == 0) {
        const double lift = appeared > 0 ? jump : 0.0;
        const double h = 0.5 * tube.vacancy_edge;
        b.polygon("detail.vacancy", {to_detail(-h, -h, lift), to_detail(h, -h, lift), to_detail(h, h, lift),
                                     to_detail(-h, h, lift)},
                  palette::with_alpha(palette::vacancy, 0.45f));
    }
    // Where the detail comes from: a bracket on the tube and a dashed leader.
    const dvec3 src_low{0, 0, first * a - 0.5 * a}, src_high{0, 0, (first + count - 1) * a + 0.5 * a};
    const dvec3 bracket = right * (reach + 0.8 * a);
    b.polyline("detail.source", {src_low + bracket, src_high + bracket}, palette::ink, 3.0f);
    b.line("detail.leader", 0.5 * (src_low + src_high) + bracket,
           to_detail(-near - 1.5 * a, mid_unit * a, 0.0), palette::muted, 1.2f, true);

    // --- Labels ---
    b.set_layer("labels", "Fig. 6 caption");
    const std::string zoom_text = zoom > 1.0 ? "detail ×" + fixed(zoom, 0) + ", " : "detail, ";
    b.label("label.detail", to_detail(0.5 * (reach - near), (first + count - 1) * a + 0.9 * a, 0.0),
            "half-section through the axis: " + zoom_text + "jump n_z drawn ×" + fixed(exaggerate, 0), palette::ink,
            17.0f, LabelPlacement::above, {0.0f, -6.0f});
    const int last_up = std::min(appeared, first + count) - 1;
    if (last_up >= first)
        b.label("label.detail.jump", to_detail(reach + 1.8 * a, last_up * a, 0.5 * jump),
                "n_z = " + fixed(tube.n_z, 4) + " a", palette::plus_z, 17.0f, LabelPlacement::right, {10.0f, 0.0f});
    for (int j = first; j < first + count; ++j)
        b.label("label.detail.unit." + std::to_string(j), to_detail(-near, j * a, j < appeared ? jump : 0.0),
                unit_name(j), palette::ink, 16.0f, LabelPlacement::left, {-10.0f, 0.0f});
    b.label("label.detail.walls", to_detail(0.5 * (reach - near), first * a - 0.9 * a, 0.0),
            "⊗ loop C-boson into the page   • wall HSM", palette::muted, 15.0f,
            LabelPlacement::below,
            {0.0f, 4.0f});
    b.label("label.a0", tube.units[0] - right * reach, unit_name(0) + ",  O(a_0): vacancy cube of edge a", palette::ink, 16.0f,
            LabelPlacement::left, {-14.0f, 0.0f});
    if (n > 1)
        b.label("label.top", tube.units.back() + dvec3(0, 0, jump) - right * reach, unit_name(n - 1), palette::ink, 16.0f,
                LabelPlacement::left, {-14.0f, 0.0f});
    b.label("label.tube", tube.units[static_cast<std::size_t>(n / 2)] - right * reach,
            "tube wall: " + std::to_string(n) + " +z V_8 loops", loop_color, 16.0f, LabelPlacement::left,
            {-8.0f, 0.0f});
    // Fig. 6b: a_j's loop is on the wall with probability 1/N, and a_j's share of O(a_0) is n_z.
    b.label("label.tube.probability", tube.units[static_cast<std::size_t>(n / 2)] - right * reach,
            "V_8(a_j) on the wall: probability 1/N = " + fixed(1.0 / n, 4), loop_color, 15.0f, LabelPlacement::left,
            {-8.0f, 22.0f});
    b.label("label.vacancy.share", tube.units[0] - right * reach,
            "a_j's share of O(a_0): n_z = " + fixed(tube.n_z, 5), palette::ink, 15.0f, LabelPlacement::left,
            {-14.0f, 22.0f});
    b.label("label.neighbours", front_at + right * (reach + a),
            "B_j, C_j, D_j, E_j round " + unit_name(front) + ": their appearance ends its soft matrix", palette::neighbour,
            15.0f, LabelPlacement::right, {6.0f, 0.0f});
    const std::string state =
        resting ? "all " + std::to_string(n) + " soft matrices have jumped"
                : std::to_string(appeared) + " of " + std::to_string(n) + " soft matrices have appeared and jumped";
    b.label("label.state", dvec3(0, 0, height + a), state, palette::muted, 16.0f, LabelPlacement::above,
            {0.0f, -6.0f});

    // --- Caption and notes ---
    const double tm_over_eps0 = tube.tm_over_eps0;
    const double tg_over_eps0 = tube.params.tg_over_eps0;
    const double bound_ratio = n > 1 ? std::log(1.0 / 0.036) / std::log(static_cast<double>(n)) : 0.0;
    s.title = "Fig. 6  The soft-matrix tube: " + std::to_string(n) + " chain units " + unit_name(0) + " … " +
              unit_name(n - 1) + ", each +z V_8 loop jumping n_z along +z";
    s.caption = "N = " + std::to_string(n) + "   T_g/T_m = " + fixed(tube.params.tg_over_tm, 4) +
                "   n_z = N^{−T_g/T_m} = " + with_paper(fixed(tube.n_z, 5), "≤ 0.036") + "   p_+ = (1/N)^{T_g/ε_0} = " +
                sci(tube.p_plus, 3) + "   p_− = n_z^{T_m/ε_0} = " + sci(tube.p_minus, 3) + " (Eq. 8-10: p_+ = p_−; T_g/ε_0 = " +
                fixed(tg_over_eps0, 3) + ", T_m/ε_0 = " + fixed(tm_over_eps0, 3) + ")   N·n_z = " +
                with_paper(fixed(n * tube.n_z, 2), "200 n_z ≈ 7.2") + "   tube to scale; " + zoom_text +
                "jump drawn ×" + fixed(exaggerate, 0);
    const model::PaperTable1Row& paper_v8 = model::paper_table1()[model::kMaxCluster];
    s.drawn_note = "each V_8 loop as constructed: " + std::to_string(v8.hsms.size()) + " HSMs and " +
                   std::to_string(v8.loop_arrows.size()) + " loop arrows a unit (Table 1: " + paper_v8.cells[0] + " and " +
                   paper_v8.cells[1] + "); n_z read as a length in units of a";
    s.notes = {
        "n_z is read as a length in units of the chain spacing a (= 1 + d_L^* σ): each soft matrix rises by n_z·a = " +
            fixed(jump, 5) + " σ.",
        "The tube is drawn to scale, where the jump cannot be seen; the detail beside it is a half-section from "
        "the axis through a loop tip of " + std::to_string(count) + " units at the wave front (at rest: a_0 upward, "
        "with the vacancy), turned about z to face the iso camera, magnified ×" + fixed(zoom, 0) + " with the jump drawn ×" +
            fixed(exaggerate, 0) + " (dashed: the resting level).",
        "Each unit's V_8 loop is drawn as a ring through its " + std::to_string(v8.loop_arrows.size()) +
            " loop-arrow positions with its four tip HSMs; the half-section shows the loop C-boson crossing "
            "it (⊗) and the wall HSM of each unit. "
            "With tube-hsms = 1 every HSM of each V_8 loop is drawn (" + std::to_string(v8.hsms.size()) + " per unit).",
        "Animation: step t of " + std::to_string(kFig6Steps) + " shows a_0 … a_m with m = 1 + t·(N − 1)/" +
            std::to_string(kFig6Steps - 1) + " appeared and jumped (solid), the rest waiting (faint, dashed); at rest all have jumped.",
        "The paper's N^* ≈ 200 n_z ≈ 7.2 uses the bound n_z = 0.036; Eq. 10 at N = 200, T_g/T_m = 2/3 gives n_z = " +
            fixed(model::n_z(200.0, 2.0 / 3.0), 4) + " and N^* = " + fixed(200.0 * model::n_z(200.0, 2.0 / 3.0), 2) + "." +
            (n > 1 ? " n_z = 0.036 at N = " + std::to_string(n) + " needs T_g/T_m = " + fixed(bound_ratio, 3) + "." : ""),
        "p_+ uses k_B·T_g/ε_0 = 20/3 (\"≈ 20/3 ε_0\" for flexible chains, Sec. III.E.1) and p_− uses T_m/ε_0 = (T_g/ε_0)/(T_g/T_m).",
        "The central vacancy O(a_0) is drawn as a translucent cube of edge a at a_0 (MODEL.md §5).",
    };
    s.sections = {"III.E.1", "Eq. 8", "Eq. 9", "Eq. 10", "Fig. 6 caption", "IV.A"};
    return s;
}

}  // namespace cagescope::figures
