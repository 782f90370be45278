// Fig. 1: the 2D clusters of magic-interface arrows round a0 (MODEL.md §4;
// Sec. II.A, III.D.1, Table 1, Fig. 1 caption).
//   1a  V_0(a0), its +z loop and MIEV S_1, and the four neighbours' -z V_0 loops;
//   1b  the -z V_1(a0) cluster: 12 blue loop arrows, 4 red centre arrows (+z S_2),
//       8 jamming particles side by side;
//   1c  V_i for --cluster i with an HSM outside each loop arrow, Table 1 beside.
// Everything lies in the plane z = 0 (the paper's x-y projection plane), so the
// default view is from +z.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <utility>
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

namespace cagescope::figures {

namespace {
using glm::dvec3;
using model::Sense;
using scene::Color;
using scene::LabelPlacement;

// HSMs are drawn at this fraction of the model's radius (a / (2·0.9973), the
// touching hard spheres): at full size neighbours merge in a view from +z and
// hide the arrows on the interfaces between them.
constexpr double kHsmDrawScale = 0.45;
// A magic-interface arrow spans this fraction of a, centred on its edge midpoint.
constexpr double kArrowLength = 0.5;

double spacing() { return model::lattice_spacing(); }
double hsm_draw_radius() { return kHsmDrawScale * model::hsm_radius(); }

Color sense_color(Sense s) { return s == Sense::plus_z ? palette::plus_z : palette::minus_z; }
// "+z", "−z" (with a real minus sign) for labels.
std::string sense_text(Sense s) { return s == Sense::plus_z ? "+z" : "−z"; }
// ↺ / ↻: the turning seen from +z.
std::string turn_symbol(Sense s) { return s == Sense::plus_z ? "↺" : "↻"; }

// Mixes toward white: a pastel body colour that keeps the ink marks readable.
Color tint(Color c, float white) {
    return {c.r + (1.0f - c.r) * white, c.g + (1.0f - c.g) * white, c.b + (1.0f - c.b) * white, 1.0f};
}

// Lattice coordinates of a point (units of a), rounded.
int lattice(double v) { return static_cast<int>(std::lround(v / spacing())); }
std::string site_name(int x, int y) { return std::to_string(x) + "," + std::to_string(y); }

// A flat arrow in z = 0 centred on `mid` along the unit `dir`.
void flat_arrow(SceneBuilder& b, std::string id, const dvec3& mid, const dvec3& dir, Color color,
                float width_px) {
    const double a = spacing();
    const dvec3 half = dir * (0.5 * kArrowLength * a);
    b.arrow(std::move(id), mid - half, mid + half, color, width_px, 0.17 * a, 0.075 * a);
}

// The ⊙ / ⊗ mark of a centre's MIEV, lying on top of its HSM so it reads from +z.
void sense_mark(SceneBuilder& b, const std::string& id, const dvec3& centre, Sense sense, bool with_dot = true) {
    const double r = hsm_draw_radius();
    const double ring = 0.58 * r;
    const dvec3 top = centre + dvec3(0.0, 0.0, r * 1.02);
    std::vector<dvec3> circle;
    constexpr int kSamples = 28;
    for (int k = 0; k < kSamples; ++k) {
        const double t = 2.0 * M_PI * k / kSamples;
        circle.push_back(top + ring * dvec3(std::cos(t), std::sin(t), 0.0));
    }
    b.polyline(id + ".ring", circle, palette::ink, 1.6f, true);
    if (sense == Sense::plus_z) {
        if (with_dot) b.sphere(id + ".dot", top, 0.2 * ring, palette::ink);
    } else {
        const double c = ring * std::sqrt(0.5);
        b.line(id + ".cross.1", top + dvec3(-c, -c, 0), top + dvec3(c, c, 0), palette::ink, 1.6f);
        b.line(id + ".cross.2", top + dvec3(-c, c, 0), top + dvec3(c, -c, 0), palette::ink, 1.6f);
    }
}

// The nested loop V_k an arrow lies on: k = ⌊|x| + |y|⌋ at its edge midpoint
// (lattice units). Loop V_k turns +z for even k, -z for odd k (MODEL.md §4).
int ring_of(const model::Arrow& arrow) {
    const double a = spacing();
    return static_cast<int>(std::floor((std::abs(arrow.position.x) + std::abs(arrow.position.y)) / a + 1e-9));
}
Sense ring_sense(int k) { return k % 2 == 0 ? Sense::plus_z : Sense::minus_z; }

// "1,0-2,0": the lattice edge an arrow sits on, inner site first.
std::string edge_name(const model::Arrow& arrow) {
    const double a = spacing();
    const dvec3 across{arrow.direction.y, -arrow.direction.x, 0.0};  // along the edge
    const dvec3 p = arrow.position + across * (0.5 * a), q = arrow.position - across * (0.5 * a);
    const int px = lattice(p.x), py = lattice(p.y), qx = lattice(q.x), qy = lattice(q.y);
    const bool p_inner = std::abs(px) + std::abs(py) < std::abs(qx) + std::abs(qy);
    return p_inner ? site_name(px, py) + "-" + site_name(qx, qy) : site_name(qx, qy) + "-" + site_name(px, py);
}

// Labels stacked downward from one anchor, one line each.
struct LegendEntry {
    std::string id;
    std::string text;
    Color color;
};
void legend(SceneBuilder& b, const dvec3& anchor, const std::vector<LegendEntry>& entries,
            LabelPlacement placement = LabelPlacement::right, float size = 16.0f) {
    float y = 0.0f;
    for (const auto& e : entries) {
        b.label(e.id, anchor, e.text, e.color, size, placement, {0.0f, y});
        y += size * 1.35f;
    }
}

// Which centres of a cluster are drawn (Fig. 1b's formation steps); all by default.
using CentreFilter = std::function<bool(int x, int y)>;
bool every_centre(int, int) { return true; }

// The two lattice sites of an arrow's edge.
std::pair<std::pair<int, int>, std::pair<int, int>> edge_sites(const model::Arrow& arrow) {
    const double a = spacing();
    const dvec3 across{arrow.direction.y, -arrow.direction.x, 0.0};  // along the edge
    const dvec3 p = arrow.position + across * (0.5 * a), q = arrow.position - across * (0.5 * a);
    return {{lattice(p.x), lattice(p.y)}, {lattice(q.x), lattice(q.y)}};
}

// A cluster as Fig. 1b/1c draw it: HSMs (centres tinted by sense with their
// ⊙/⊗ marks, the tips, the jamming pairs), the inner arrows coloured by the
// nested loop they lie on, the loop arrows bold in the loop's colour. With a
// filter, only the shown centres' V_0 clusters: their arrows (an arrow is a
// centre's when its edge touches it), the HSMs outside those arrows, and of
// a jamming pair the one outside a shown centre's arrow.
void add_cluster(SceneBuilder& b, const model::Cluster& c, const CentreFilter& shown = every_centre) {
    const double r = hsm_draw_radius();
    const auto is_centre = [&](int x, int y) {
        for (const auto& centre : c.centres)
            if (centre.x == x && centre.y == y) return true;
        return false;
    };
    const auto shown_centre = [&](int x, int y) { return is_centre(x, y) && shown(x, y); };
    const auto arrow_shown = [&](const model::Arrow& arrow) {
        const auto [p, q] = edge_sites(arrow);
        return shown_centre(p.first, p.second) || shown_centre(q.first, q.second);
    };
    // An outer HSM is drawn when a shown centre is its lattice neighbour; a
    // jamming particle when the centre nearest to it (whose arrow it is outside) is shown.
    const auto outer_shown = [&](const dvec3& p, bool jamming) {
        const int x = lattice(p.x), y = lattice(p.y);
        if (!jamming) return shown_centre(x + 1, y) || shown_centre(x - 1, y) || shown_centre(x, y + 1) ||
                             shown_centre(x, y - 1);
        const model::ClusterSite* nearest = nullptr;
        for (const auto& centre : c.centres)
            if (!nearest || glm::length(centre.position() - p) < glm::length(nearest->position() - p)) nearest = &centre;
        return nearest && shown(nearest->x, nearest->y);
    };

    b.set_layer("hsms", "Sec. II.A (ii), Table 1");
    // A centre not yet shown is still an HSM outside a shown centre's arrow
    // (V_0(a0) has five): plain until its own step tints it.
    for (const auto& centre : c.centres) {
        const int x = centre.x, y = centre.y;
        const bool beside_shown =
            shown_centre(x + 1, y) || shown_centre(x - 1, y) || shown_centre(x, y + 1) || shown_centre(x, y - 1);
        if (shown(x, y))
            b.sphere("cluster.hsm.centre." + site_name(x, y), centre.position(), r, tint(sense_color(centre.sense), 0.62f));
        else if (beside_shown)
            b.sphere("cluster.hsm.centre." + site_name(x, y), centre.position(), r, palette::hsm);
    }
    const auto is_jamming = [&](const dvec3& p) {
        for (const auto& j : c.jamming)
            if (glm::length(j - p) < 1e-9) return true;
        return false;
    };
    for (std::size_t k = c.centres.size(); k < c.hsms.size(); ++k) {
        const dvec3& p = c.hsms[k];
        if (is_jamming(p) || !outer_shown(p, false)) continue;
        b.sphere("cluster.hsm.tip." + site_name(lattice(p.x), lattice(p.y)), p, r, palette::hsm);
    }

    // Two per shared outer site; the first and second in the model's order.
    // While only one of the two is drawn (Fig. 1b's formation) it is a
    // plain HSM outside its arrow, not yet a jamming particle.
    std::vector<std::string> seen;
    for (const auto& p : c.jamming) {
        const std::string site = site_name(lattice(p.x), lattice(p.y));
        int n = 1;
        for (const auto& s : seen) n += s == site;
        seen.push_back(site);
        if (!outer_shown(p, true)) continue;
        int partners = 0;
        for (const auto& q : c.jamming)
            partners += site_name(lattice(q.x), lattice(q.y)) == site && outer_shown(q, true);
        if (partners >= 2) {
            b.set_layer("jamming", "Fig. 1b caption, Table 1");
            b.sphere("cluster.jamming." + site + "." + std::to_string(n), p, r, tint(palette::jamming, 0.3f));
        } else {
            b.set_layer("hsms", "Sec. II.A (ii), Table 1");
            b.sphere("cluster.hsm.single." + site, p, r, palette::hsm);
        }
    }

    b.set_layer("centres", "Sec. II.A (ii)");
    for (const auto& centre : c.centres)
        if (shown(centre.x, centre.y))
            sense_mark(b, "cluster.centre_mark." + site_name(centre.x, centre.y), centre.position(), centre.sense);

    b.set_layer("arrows", "Sec. III.D.1, Fig. 1 caption");
    for (const auto& arrow : c.arrows)
        if (!arrow.on_loop && arrow_shown(arrow))
            // The innermost ring (round a0: Fig. 1b's "centre four red arrows",
            // the MIEV S_2) as bold as the loop, so its red reads as red.
            flat_arrow(b, "cluster.arrow." + edge_name(arrow), arrow.position, arrow.direction,
                       sense_color(ring_sense(ring_of(arrow))), ring_of(arrow) == 0 ? 4.0f : 2.5f);
    b.set_layer("loop", "Sec. III.D.1, Fig. 1 caption, Table 1");
    for (const auto& arrow : c.loop_arrows)
        if (arrow_shown(arrow))
            flat_arrow(b, "cluster.loop_arrow." + edge_name(arrow), arrow.position, arrow.direction,
                       sense_color(c.loop_sense), 4.0f);
}

// Half the width of the cluster's bounding square: the outer HSMs sit on |x|+|y| = i+1.
double cluster_extent(int i) { return (i + 1) * spacing() + hsm_draw_radius(); }

std::vector<LegendEntry> centre_legend(const std::string& prefix) {
    return {
        {prefix + ".plus", "⊙ +z centre (HSCL)", palette::plus_z},
        {prefix + ".minus", "⊗ −z centre (HSCL)", palette::minus_z},
        {prefix + ".jamming", "• jamming pair (side by side)", palette::jamming},
        {prefix + ".tip", "• HSM outside a loop arrow", palette::muted},
    };
}

// "N_i = 53 (paper 53)", marked "≠" where the construction and the paper differ.
std::string count_with_paper(const std::string& name, const std::string& ours, const std::string& paper,
                             bool differs) {
    return name + " = " + with_paper(ours, paper) + (differs ? " ≠" : "");
}
std::string count_with_paper(const std::string& name, const std::string& ours, const std::string& paper) {
    return count_with_paper(name, ours, paper, ours != paper);
}
}  // namespace

scene::Scene build_fig1a_v0_neighbours(const FigureParams&) {
    scene::Scene s;
    SceneBuilder b(s);
    const double a = spacing();
    const double r = hsm_draw_radius();
    // Each loop's arrows are drawn a little inside its own square, so on the
    // edge a0 shares with a neighbour both loops' arrows show, side by side
    // (they point the same way: the Ising condition).
    const double inset = 0.07 * a;

    struct Hsm {
        std::string name;
        dvec3 centre;
        Sense sense;
    };
    const std::vector<Hsm> hsms{{"a0", {0, 0, 0}, Sense::plus_z},
                                {"b0", {a, 0, 0}, Sense::minus_z},
                                {"c0", {0, a, 0}, Sense::minus_z},
                                {"d0", {-a, 0, 0}, Sense::minus_z},
                                {"e0", {0, -a, 0}, Sense::minus_z}};
    // The four sides of a square round a centre: outward normal and name.
    const std::vector<std::pair<dvec3, std::string>> sides{
        {{1, 0, 0}, "+x"}, {{0, 1, 0}, "+y"}, {{-1, 0, 0}, "-x"}, {{0, -1, 0}, "-y"}};

    b.set_layer("hsms", "Sec. II.A (iii), Fig. 1a caption");
    for (const auto& h : hsms) b.sphere(h.name + ".hsm", h.centre, r, tint(sense_color(h.sense), 0.62f));

    b.set_layer("loop", "Sec. II.A (iii), III.D.1, Fig. 1a caption");
    for (const auto& h : hsms)
        for (const auto& [normal, side] : sides) {
            // Counter-clockwise tangent for +z, clockwise for -z.
            dvec3 dir{-normal.y, normal.x, 0.0};
            if (h.sense == Sense::minus_z) dir = -dir;
            flat_arrow(b, h.name + ".loop_arrow." + side, h.centre + normal * (0.5 * a - inset), dir,
                       sense_color(h.sense), h.name == "a0" ? 4.0f : 3.0f);
        }

    b.set_layer("centres", "Sec. II.A (ii)");
    for (const auto& h : hsms) sense_mark(b, h.name + ".centre_mark", h.centre, h.sense, h.name != "a0");

    // The MIEV S_1(a0): a0's own 2D vector along +z (seen from +z, its tip is the dot of ⊙).
    b.set_layer("miev", "Sec. II.A (ii), Fig. 1a caption");
    b.arrow("a0.miev.s1", {0, 0, 0}, {0, 0, r + 0.55 * a}, palette::plus_z, 3.5f, 0.16 * a, 0.055 * a);

    b.set_layer("labels", "Fig. 1a caption");
    const dvec3 ne = glm::normalize(dvec3(1, 1, 0)) * (r * 1.05);
    for (const auto& h : hsms)
        b.label("label." + h.name, h.centre + dvec3(-ne.x, ne.y, 0), hsm_label(h.name), palette::ink, 19.0f,
                LabelPlacement::left);
    // The empty corner of the cross (where a0's and c0's neighbour sites would be).
    legend(b, {-1.5 * a, 1.35 * a, 0.0},
           {{"label.legend.plus", "↺ ⊙ +z loop V_0(a_0), counter-clockwise", palette::plus_z},
            {"label.legend.minus", "↻ ⊗ −z loops V_0(b_0) … V_0(e_0), clockwise", palette::minus_z},
            {"label.legend.miev", "⊙ at a_0: the MIEV S_1(a_0), an arrow along +z", palette::plus_z}});

    const model::Cluster v0 = model::make_cluster(0);
    const auto& paper = model::paper_table1()[0];
    s.title = "Fig. 1a  V_0(a_0): its +z loop of four arrows, the MIEV S_1(a_0), and the −z V_0 loops of b_0, c_0, d_0, e_0";
    s.caption = "Each arrow is a magic interface (C-boson), Sec. III.D.1   " +
                count_with_paper("arrows on the V_0 loop", std::to_string(v0.counts.loop_cbosons), paper.cells[1]) +
                "   " + count_with_paper("HSMs in V_0", std::to_string(v0.counts.hsms), paper.cells[0]) +
                "   adjacent loops antiparallel (Ising)   a = " + with_paper(fixed(a, 4) + " σ", "1.1046");
    s.drawn_note = "HSMs at " + fixed(kHsmDrawScale, 2) + " × their radius, so the arrows between them show";
    s.notes = {
        "HSMs are drawn at " + fixed(kHsmDrawScale, 2) + " × the model radius (" + fixed(model::hsm_radius(), 4) +
            " σ) so that the arrows on the interfaces between them stay visible from +z.",
        "Each loop's arrows are drawn " + fixed(inset / a, 2) +
            " a inside its own square: on an edge a_0 shares with a neighbour the two loops' arrows show side "
            "by side, pointing the same way (MODEL.md §4: the loops agree on every shared edge).",
        "S_1(a_0) is drawn as an arrow along +z at a_0; seen from +z its tip is the dot of the ⊙ mark.",
    };
    s.sections = {"II.A", "III.D.1", "Fig. 1a caption", "Table 1"};
    return s;
}

scene::Scene build_fig1b_v1_cluster(const FigureParams& params) {
    scene::Scene s;
    SceneBuilder b(s);
    const double a = spacing();
    const double r = hsm_draw_radius();
    const model::Cluster v1 = model::make_cluster(1);
    // The formation (Fig. 1b caption: "Four adjacent V_0-clusters are
    // sequentially projected onto the z-axis and overlapped with the
    // +z-V_0(a0)"): step 0 shows V_0(a0), step k adds the V_0 clusters of the
    // first k neighbours b0, c0, d0, e0; step 4, and the figure at rest, is V_1.
    const bool animating = params.time >= 0.0;
    const int added = animating ? std::min(static_cast<int>(std::floor(params.time)) % kFig1bSteps, 4) : 4;
    const std::vector<std::pair<std::string, dvec3>> names{
        {"a0", {0, 0, 0}}, {"b0", {a, 0, 0}}, {"c0", {0, a, 0}}, {"d0", {-a, 0, 0}}, {"e0", {0, -a, 0}}};
    const auto order = [](int x, int y) {  // 0 for a0, 1..4 for b0..e0
        if (x == 0 && y == 0) return 0;
        return x == 1 ? 1 : (y == 1 ? 2 : (x == -1 ? 3 : 4));
    };
    add_cluster(b, v1, [&](int x, int y) { return order(x, y) <= added; });

    b.set_layer("labels", "Fig. 1b caption");
    const dvec3 nw = glm::normalize(dvec3(-1, 1, 0)) * (r * 1.05);
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (static_cast<int>(k) > added) continue;
        const auto& [name, centre] = names[k];
        b.label("label." + name, centre + nw, hsm_label(name), palette::ink, 19.0f, LabelPlacement::left);
    }
    const double e = cluster_extent(1);
    // Top-left and top-right corners of the bounding square are empty.
    legend(b, {-e, 0.8 * e, 0.0},
           {{"label.loop", "↻ 12 blue arrows: the −z V_1(a_0) loop", palette::minus_z},
            {"label.s2", "↺ 4 red centre arrows: the MIEV +z S_2(a_0)", palette::plus_z}});
    legend(b, {e, 0.8 * e, 0.0}, centre_legend("label.legend"), LabelPlacement::left, 15.0f);
    // Beside the lower-left pair, on its outer side.
    dvec3 lowest_left = v1.jamming.front();
    for (const auto& p : v1.jamming)
        if (p.x + p.y < lowest_left.x + lowest_left.y - 1e-9 || (std::abs(p.x + p.y - lowest_left.x - lowest_left.y) < 1e-9 && p.x < lowest_left.x))
            lowest_left = p;
    if (added == 4)
        b.label("label.jamming", lowest_left - dvec3(r * 1.15, 0, 0), "8 jamming particles", palette::jamming, 16.0f,
                LabelPlacement::left);

    const auto& paper = model::paper_table1()[1];
    const auto& n = v1.counts;
    int inner = 0;
    for (const auto& arrow : v1.arrows) inner += !arrow.on_loop;
    s.title = "Fig. 1b  The −z V_1(a_0) cluster: the four neighbours' V_0 clusters overlapped with +z V_0(a_0)";
    std::string step;
    if (animating) {
        step = "step " + std::to_string(added) + ": +z V_0(a_0)";
        for (int k = 1; k <= added; ++k) step += std::string(k == 1 ? " with " : ", ") + "V_0(" + hsm_label(names[static_cast<std::size_t>(k)].first) + ")";
        step += added == 4 ? " = −z V_1(a_0)   " : " projected onto it   ";
    }
    s.caption = step + count_with_paper("loop arrows", std::to_string(n.loop_cbosons), paper.cells[1]) + "   centre arrows (S_2) = " +
                std::to_string(inner) + "   " +
                count_with_paper("C-bosons", std::to_string(n.cluster_cbosons), paper.cells[2]) + "   " +
                count_with_paper("jamming", std::to_string(n.jamming), paper.cells[4]) + "   " +
                count_with_paper("N_1", std::to_string(n.hsms), paper.cells[0]) + "   " +
                count_with_paper("centres +z/−z", std::to_string(n.plus_z_hscls) + "/" + std::to_string(n.minus_z_hscls),
                                 paper.cells[5] + "/" + paper.cells[6]);
    s.drawn_note = "HSMs at " + fixed(kHsmDrawScale, 2) + " × their radius, so the arrows between them show";
    s.notes = {
        "HSMs are drawn at " + fixed(kHsmDrawScale, 2) + " × the model radius so the arrows and the jamming pairs "
            "stay visible from +z.",
        "The two HSMs that two neighbours' V_0 clusters both claim at a corner site are the jamming particles; "
        "they are drawn side by side, 0.25 a off the shared site toward their own arrows.",
        "Inner arrows take the colour of the nested loop they lie on (V_0 +z red, V_1 −z blue), as the caption's "
        "red and blue arrows.",
        "Animation: step 0 is +z V_0(a_0); steps 1-4 add the V_0 clusters of b_0, c_0, d_0, e_0 one after another "
        "(their arrows, their HSMs, and at a shared corner site the second HSM that makes a jamming pair); step 4 "
        "is V_1, as at rest. The caption's counts are those of V_1.",
    };
    s.sections = {"II.A", "III.D.1", "Fig. 1b caption", "Table 1"};
    return s;
}

scene::Scene build_fig1c_cluster(const FigureParams& params) {
    // make_cluster range-checks i (ParameterError).
    const model::Cluster c = model::make_cluster(params.cluster);
    const model::Table1Row row = model::table1_row(c.i);
    scene::Scene s;
    SceneBuilder b(s);
    const double r = hsm_draw_radius();
    add_cluster(b, c);

    const std::string vi = "V" + subscript(c.i);
    b.set_layer("labels", "Fig. 1c caption");
    b.label("label.a0", dvec3(-r * 0.75, r * 0.75, 0.0), "a_0", palette::ink, 18.0f, LabelPlacement::left);
    const double e = cluster_extent(c.i);
    legend(b, {-e, 0.8 * e, 0.0},
           {{"label.loop", turn_symbol(c.loop_sense) + " " + sense_text(c.loop_sense) + " " + vi + " loop", sense_color(c.loop_sense)},
            {"label.loop.count", std::to_string(c.loop_arrows.size()) + " arrows = 8i + 4", sense_color(c.loop_sense)},
            {"label.loop.turn", c.loop_sense == Sense::plus_z ? "counter-clockwise" : "clockwise",
             sense_color(c.loop_sense)}});
    legend(b, {e, 0.8 * e, 0.0}, centre_legend("label.legend"), LabelPlacement::left, 15.0f);

    const auto titles = model::table1_column_titles();
    std::string caption = sense_text(c.loop_sense) + " " + vi + "(a_0), construction vs Table 1:";
    for (int k = 0; k < model::kTable1Columns; ++k) {
        const auto uk = static_cast<std::size_t>(k);
        const auto key = model::table1_column_keys()[uk];
        const bool differs = std::find(row.differs.begin(), row.differs.end(), key) != row.differs.end();
        caption += "   " + count_with_paper(std::string(titles[uk]), row.construction_cells[uk], row.paper.cells[uk],
                                            differs);
    }
    s.title = "Fig. 1c  The " + sense_text(c.loop_sense) + " " + vi + "(a_0) cluster: " +
              std::to_string(c.loop_arrows.size()) + " loop arrows, an HSM outside each, " +
              std::to_string(c.jamming.size()) + " jamming particles";
    s.caption = caption;
    s.drawn_note = "HSMs at " + fixed(kHsmDrawScale, 2) + " × their radius, so the arrows between them show";
    s.notes = {
        "Construction (MODEL.md §4): centres on |x| + |y| ≤ i, +z where x + y is even; an arrow on each lattice "
        "edge touching a centre; the loop is the 8i + 4 arrows on edges leaving the diamond; an HSM outside each "
        "loop arrow, two of them side by side (jamming) where two loop arrows share an outer site.",
        "HSMs are drawn at " + fixed(kHsmDrawScale, 2) + " × the model radius so arrows and jamming pairs stay "
            "visible from +z; inner arrows take the colour of the nested loop V_k they lie on.",
    };
    if (!row.differs.empty()) {
        std::string cols;
        for (const auto& key : row.differs) cols += (cols.empty() ? "" : ", ") + std::string(key);
        s.notes.push_back("Columns where the construction differs from Table 1 (marked ≠ in the caption): " + cols + ".");
    }
    if (c.i == 7)
        s.notes.push_back("V_7: the construction gives 8i = 56 jamming particles; Table 1 prints 60.");
    if (c.i == 8)
        s.notes.push_back("V_8 (the soft matrix): Table 1 writes \"196 + 4\", \"56 + 4\", \"312 + 8\", \"136 + 5\", "
                          "\"60 + 16\"; no simple rule gives these, so the construction's counts are shown beside "
                          "the paper's. The paper's central vacancy O(a_0) (Fig. 6) is not part of the construction.");
    s.sections = {"II.A", "III.D.1", "Fig. 1c caption", "Table 1"};
    return s;
}

}  // namespace cagescope::figures
