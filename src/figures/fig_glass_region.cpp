// The glass region: a K×K×K block of HSMs on the cubic lattice of spacing a
// (MODEL.md §4, Sec. IV.A), each drawn as its centre 0*, its 2Δd cage
// (MODEL.md §2, Fig. 3b) and the 4×16 equipotential points on the cage's
// loop diagonals. At the default K = 20 that is 8,000 HSMs, 8,000 cages and
// 512,000 points: the large scene the renderer and the viewer must keep
// interactive (docs/performance.md). Everything is to scale, so at K = 20
// each cage is a few pixels across and its points are specks until one
// zooms in.
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "model/cage.h"
#include "model/constants.h"

namespace cagescope::figures {

namespace {
using glm::dvec3;

// "hsm.3.0.19": the HSM at lattice site (i, j, k), i along x.
std::string site_id(int i, int j, int k) {
    return "hsm." + std::to_string(i) + "." + std::to_string(j) + "." + std::to_string(k);
}

// Corner iu + 2·iv + 4·iw of the cube of half side h round c (i* = 0 low, 1 high).
std::array<dvec3, 8> cube_corners(const dvec3& c, double h) {
    std::array<dvec3, 8> out{};
    for (std::size_t n = 0; n < 8; ++n)
        out[n] = c + dvec3((n & 1) ? h : -h, (n & 2) ? h : -h, (n & 4) ? h : -h);
    return out;
}
}  // namespace

scene::Scene build_glass_region(const FigureParams& params) {
    const int k_side = params.region_k;
    const double a = model::lattice_spacing();
    const double h = model::cage_half_side();
    const auto points = model::equipotential_points(params.spacing);
    const std::size_t n_hsm = static_cast<std::size_t>(k_side) * k_side * k_side;

    scene::Scene s;
    // 1 centre + 6 cage polylines + 64 points per HSM, and a few labels.
    s.primitives.reserve(n_hsm * (1 + 6 + points.size()) + 8);
    SceneBuilder b(s);
    // The block is centred on the origin.
    const double offset = -0.5 * (k_side - 1) * a;
    const auto site = [&](int i, int j, int k) { return dvec3(offset) + a * dvec3(i, j, k); };

    std::array<scene::Color, 4> colors{};
    for (const auto sp : model::kSpaces) colors[static_cast<std::size_t>(sp)] = palette::space_color(sp);
    // HSM after HSM, each the same 71 primitives moved to its site: the
    // scene's `repeat`, which lets the renderer draw a far HSM as one picture.
    for (int k = 0; k < k_side; ++k)
        for (int j = 0; j < k_side; ++j)
            for (int i = 0; i < k_side; ++i) {
                const dvec3 centre = site(i, j, k);
                const std::string id = site_id(i, j, k);
                // Cage edges as six polylines (bottom and top squares, four
                // uprights) instead of twelve lines: the same segments, fewer primitives.
                b.set_layer("cages", "Sec. II.B.2");
                const auto c = cube_corners(centre, h);
                b.polyline(id + ".cage.bottom", {c[0], c[1], c[3], c[2]}, palette::muted, 1.0f, true);
                b.polyline(id + ".cage.top", {c[4], c[5], c[7], c[6]}, palette::muted, 1.0f, true);
                for (int u = 0; u < 4; ++u)
                    b.line(id + ".cage.upright." + std::to_string(u), c[static_cast<std::size_t>(u)],
                           c[static_cast<std::size_t>(u + 4)], palette::muted, 1.0f);

                b.set_layer("centres", "Sec. IV.A");
                b.sphere(id, centre, 0.05 * h, palette::ink);

                // Point λ of space s: "<hsm>.p<s*16 + λ - 1>" keeps 512k ids short.
                b.set_layer("points", "Sec. III.C.2");
                for (std::size_t q = 0; q < points.size(); ++q)
                    b.sphere(id + ".p" + std::to_string(q), centre + points[q].position, 0.03 * h,
                             colors[static_cast<std::size_t>(points[q].space)]);
            }
    s.repeat = scene::Repeat{0, s.primitives.size() / n_hsm, n_hsm};

    b.set_layer("labels", "Sec. IV.A");
    const dvec3 corner = site(0, 0, k_side - 1);
    b.label("label.corner", corner, "a_0: its 2Δd cage and 4×16 points", palette::ink, 16.0f,
            scene::LabelPlacement::left, {-8.0f, 0.0f});
    b.label("label.spacing", site(k_side - 1, 0, 0), "lattice spacing a = " + fixed(a, 4) + " σ", palette::muted,
            15.0f, scene::LabelPlacement::below, {0.0f, 6.0f});

    const std::string count = std::to_string(k_side) + "×" + std::to_string(k_side) + "×" + std::to_string(k_side);
    s.title = "Fig. glass  A glass region: " + count + " = " + std::to_string(n_hsm) +
              " HSMs, each with its 2Δd cage and 4×16 equipotential points";
    s.caption = "K = " + std::to_string(k_side) + "   HSMs " + std::to_string(n_hsm) + "   points " +
                std::to_string(n_hsm * points.size()) + "   a = " + fixed(a, 4) + " σ   2Δd = " +
                fixed(model::cage_side(), 4) + " σ (to scale)";
    s.notes = {
        "Not a figure of the paper: the large scene of the performance issue, every HSM of a cubic block "
        "drawn as Fig. 3b draws a_0 (centre 0^*, cage, 4×16 points), to scale.",
        "Sites on the simple cubic lattice of spacing a = 1 + d_L^* (Sec. IV.A); the clusters' ±z senses "
        "are not drawn.",
    };
    s.sections = {"II.B.2", "III.C.2", "IV.A"};
    return s;
}

}  // namespace cagescope::figures
