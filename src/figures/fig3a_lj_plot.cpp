// Fig. 3a: the Lennard-Jones plot (MODEL.md §7; Sec. III.C, Eq. 2-7), drawn
// with the same primitives as the 3D figures so it exports the same way. The
// plot lies in the plane y = 0 and is seen from the front: q to the right,
// f up. The next sphere σ1's curve shows where d_L* comes from: its q_L
// coincides with q_R of σ0, and d_L* = q_{1,R} - q_{1,L}.
#include <cmath>
#include <string>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "model/constants.h"
#include "model/lj.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;

// The plotted window of the potential and its size on screen (world units).
constexpr double kQMin = 0.95, kQMax = 1.8;
constexpr double kFMin = -1.1, kFMax = 0.35;
constexpr double kWidth = 2.6, kHeight = 1.7;

dvec3 at(double q, double f) {
    return {(q - kQMin) / (kQMax - kQMin) * kWidth, 0.0, (f - kFMin) / (kFMax - kFMin) * kHeight};
}

// f for a sphere of diameter sigma: 4((σ/q)^12 - (σ/q)^6).
std::vector<dvec3> curve(double sigma) {
    std::vector<dvec3> points;
    for (int i = 0; i <= 400; ++i) {
        const double q = kQMin + (kQMax - kQMin) * i / 400.0;
        const double f = model::lj_f(q / sigma);
        if (f <= kFMax) points.push_back(at(q, f));
    }
    return points;
}

void add_axes(SceneBuilder& b) {
    b.set_layer("axes", "Eq. 2");
    b.line("axis.q", at(kQMin, 0.0), at(kQMax, 0.0), palette::muted, 1.5f);
    b.line("axis.f", at(kQMin, kFMin), at(kQMin, kFMax), palette::muted, 1.5f);
    b.label("label.axis.q", at(kQMax, 0.0), "q / σ", palette::muted, 16.0f, scene::LabelPlacement::right);
    b.label("label.axis.f", at(kQMin, kFMax), "f / |ε_0|", palette::muted, 16.0f, scene::LabelPlacement::right);
    for (const double q : {1.0, 1.2, 1.4, 1.6, 1.8}) {
        b.line("axis.q.tick." + fixed(q, 1), at(q, 0.0), at(q, -0.04), palette::muted, 1.5f);
        b.label("label.axis.q.tick." + fixed(q, 1), at(q, -0.04), fixed(q, 1), palette::muted, 14.0f,
                scene::LabelPlacement::below);
    }
    for (const double f : {-1.0, -0.5}) {
        b.line("axis.f.tick." + fixed(f, 1), at(kQMin, f), at(kQMin + 0.012, f), palette::muted, 1.5f);
        b.label("label.axis.f.tick." + fixed(f, 1), at(kQMin, f), fixed(f, 1), palette::muted, 14.0f,
                scene::LabelPlacement::left);
    }
}

void add_marker(SceneBuilder& b, const std::string& name, const std::string& text, double q, scene::Color color,
                scene::LabelPlacement placement, glm::vec2 offset_px) {
    const double f = model::lj_f(q);
    b.sphere("point." + name, at(q, f), 0.018, color);
    b.line("drop." + name, at(q, f), at(q, 0.0), palette::faint, 1.2f, true);
    b.label("label." + name, at(q, f), text, color, 17.0f, placement, offset_px);
}

// The inset: f(χ) = -4χ(1-χ) (Eq. 4) with its slope ±1 tangents at χ = 3/8, 5/8.
void add_chi_inset(SceneBuilder& b) {
    b.set_layer("inset", "Eq. 4-6");
    // Above the q axis on the right, where the potential leaves the plot empty.
    const dvec3 origin = at(1.42, 0.05);
    const double w = 0.72, h = 0.3;
    const auto in = [&](double chi, double f) { return origin + dvec3(chi * w, 0.0, (f + 1.0) * h); };
    b.polyline("inset.frame", {in(0, -1), in(1, -1), in(1, 0), in(0, 0)}, palette::faint, 1.2f, true);
    std::vector<dvec3> points;
    for (int i = 0; i <= 100; ++i) points.push_back(in(i / 100.0, model::lj_f_of_chi(i / 100.0)));
    b.polyline("inset.curve", points, palette::ink, 2.0f);
    for (const double chi : {3.0 / 8.0, 5.0 / 8.0}) {
        const double f = model::lj_f_of_chi(chi), slope = model::lj_df_dchi(chi);
        const std::string id = chi < 0.5 ? "3_8" : "5_8";
        b.line("inset.tangent." + id, in(chi - 0.1, f - 0.1 * slope), in(chi + 0.1, f + 0.1 * slope),
               palette::highlight, 1.8f);
        b.sphere("inset.point." + id, in(chi, f), 0.012, palette::highlight);
        b.label("label.inset." + id, in(chi, f), std::string(chi < 0.5 ? "χ = 3/8" : "χ = 5/8") + ", slope " +
                (slope > 0 ? "+1" : "−1"), palette::highlight, 14.0f,
                chi < 0.5 ? scene::LabelPlacement::left : scene::LabelPlacement::right, {0.0f, -10.0f});
    }
    b.label("label.inset.title", in(0.5, 0.0), "f(χ) = −4χ(1 − χ),  χ = (σ/q)^6", palette::ink, 15.0f,
            scene::LabelPlacement::above);
}
}  // namespace

scene::Scene build_fig3a_lj_plot(const FigureParams&) {
    scene::Scene s;
    SceneBuilder b(s);
    const double q_l = model::q_left(), q0 = model::q0(), q_r = model::q_right();
    const double sigma1 = model::sigma_ratio();
    const double f_c = model::f_c();

    add_axes(b);

    b.set_layer("potential", "Eq. 2, Sec. III.C");
    b.polyline("curve.sigma0", curve(1.0), palette::ink, 2.5f);
    b.polyline("curve.sigma1", curve(sigma1), palette::c0, 2.0f, false, true);
    b.label("label.curve.sigma1", at(1.32, model::lj_f(1.32 / sigma1)), "next sphere σ_1 = (5/3)^{1/6} σ_0",
            palette::c0, 15.0f, scene::LabelPlacement::right, {10.0f, 10.0f});

    b.set_layer("levels", "Sec. III.C");
    b.line("line.one_sixteenth", at(kQMin, f_c), at(kQMax, f_c), palette::highlight, 1.5f, true);
    b.label("label.one_sixteenth", at(kQMax, f_c), "f = −15/16: the 1/16 equipotential", palette::highlight, 15.0f,
            scene::LabelPlacement::left, {0.0f, 12.0f});
    b.line("line.well_bottom", at(kQMin, -1.0), at(kQMax, -1.0), palette::faint, 1.2f, true);

    b.set_layer("points", "Sec. III.C, Fig. 3a caption");
    add_marker(b, "q_L", "q_L = " + fixed(q_l, 4) + " (χ = 5/8)", q_l, palette::space_color(model::Space::alpha),
               scene::LabelPlacement::left, {-4.0f, -16.0f});
    add_marker(b, "q0", "q_0 = " + fixed(q0, 4), q0, palette::ink, scene::LabelPlacement::below, {0.0f, 0.0f});
    add_marker(b, "q_R", "q_R = q_{1,L} = " + fixed(q_r, 4) + " (χ = 3/8)", q_r,
               palette::space_color(model::Space::beta), scene::LabelPlacement::right, {4.0f, -16.0f});

    // "The blue arrow" (Sec. III.C.1): d_L* as a vector, the jump from σ1's
    // repulsive point q_{1,L} (= q_R of σ0) to its attractive point q_{1,R},
    // just under the 1/16 line so it does not hide the curves' crossings.
    b.set_layer("span", "Sec. III.C.1, Eq. 7");
    const double q1_right = sigma1 * q_r;
    const dvec3 from = at(q_r, f_c - 0.08), to = at(q1_right, f_c - 0.08);
    b.arrow("span.d_L", from, to, palette::blue, 3.0f, 0.04, 0.014);
    b.line("span.d_L.from", at(q_r, f_c), from, palette::blue, 1.2f, true);
    b.line("span.d_L.to", at(q1_right, f_c), to, palette::blue, 1.2f, true);
    b.sphere("point.q1_R", at(q1_right, f_c), 0.016, palette::c0);
    b.label("label.d_L", to, "d_L^* = q_{1,R} − q_{1,L} = " + fixed(model::d_l_star(), 6), palette::blue, 16.0f,
            scene::LabelPlacement::right, {8.0f, 6.0f});

    add_chi_inset(b);

    s.title = "Fig. 3a  The Lennard-Jones potential f(q) = 4(q^{−12} − q^{−6}) with its 1/16 fixed points";
    s.caption = "q_0 = 2^{1/6} = " + with_paper(fixed(q0, 5), "1.12246") + "   q_L = (8/5)^{1/6} = " + fixed(q_l, 5) +
                "   q_R = (8/3)^{1/6} = " + fixed(q_r, 5) + "   f = −15/16 at both   d_L^* = " +
                with_paper(fixed(model::d_l_star(), 8), "0.10464895") + "   a = 1 + d_L^* = " +
                with_paper(fixed(model::lattice_spacing(), 4), "1.1046");
    s.notes = {"Fig. 3a's caption puts q_L at χ = 3/8 and q_R at χ = 5/8; the math of Sec. III.C (χ = 5/8 is "
               "the repulsive fixed point) is followed here.",
               "d_L^* computes to " + fixed(model::d_l_star(), 10) + "; the paper prints 0.10464895.",
               "The blue arrow is d_L^* \"from q_L to q_R\" (Sec. III.C.1) read on the next sphere σ_1: from q_{1,L} "
               "(= q_R of σ_0) to q_{1,R}. σ_0's own q_R − q_L = " + fixed(q_r - q_l, 4) + " is not d_L^*."};
    s.sections = {"III.C", "Eq. 2-7", "Fig. 3a caption"};
    return s;
}

}  // namespace cagescope::figures
