// Fig. 3c: the alternative the paper rejects (Sec. III.C.2, II.A(iv)): if
// molecules rather than clusters moved, a0 would have a 1/16 equipotential
// sphere of radius q_R round it (a cylinder in 2D), with no discrete points
// and no diagonals to jump along. Shown beside the 2Δd cage for scale.
#include <cmath>
#include <glm/trigonometric.hpp>
#include <string>

#include "figures/builder.h"
#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "figures/parts.h"
#include "model/cage.h"
#include "model/constants.h"

namespace cagescope::figures {

scene::Scene build_fig3c_spherical_cage(const FigureParams&) {
    scene::Scene s;
    SceneBuilder b(s);
    const double r = model::q_right();
    const double h = model::cage_half_side();

    b.set_layer("sphere", "Fig. 3c caption, Sec. III.C.2");
    b.sphere("equipotential.sphere", {0, 0, 0}, r, palette::with_alpha(palette::c0, 0.18f));
    b.sphere("a0.hard_sphere", {0, 0, 0}, 0.5, palette::with_alpha(palette::a0, 0.55f));

    // The same surface cut by z = 0: the 2D reading, a circle (a cylinder seen end on).
    b.set_layer("circle", "Fig. 3c caption");
    std::vector<glm::dvec3> circle;
    for (int i = 0; i < 128; ++i) {
        const double t = 2.0 * M_PI * i / 128.0;
        circle.push_back({r * std::cos(t), r * std::sin(t), 0.0});
    }
    b.polyline("equipotential.circle", circle, palette::c0, 2.5f, true);
    b.line("radius.q_R", {0, 0, 0}, {r, 0, 0}, palette::ink, 2.0f);
    b.label("label.radius", {r * 0.75, 0, 0}, "q_R = " + fixed(r, 4) + " σ", palette::ink, 18.0f,
            scene::LabelPlacement::above, {0.0f, -4.0f});

    b.set_layer("cage", "Sec. II.B.2");
    add_box_edges(b, "cage", cube_corners(glm::dvec3(0.0), h), palette::ink, 2.0f);
    b.label("label.cage", {h, -h, h}, "2Δd cage (Fig. 3b)", palette::ink, 16.0f, scene::LabelPlacement::right,
            {6.0f, 0.0f});

    b.set_layer("labels", "Fig. 3c caption");
    const double el = glm::radians(35.0);
    // Anchors stand just off the surfaces they name, so no surface hides them.
    const double off = 1.04 * r;
    b.label("label.sphere", {off * std::cos(el) * 0.7071, -off * std::cos(el) * 0.7071, off * std::sin(el)},
            "1/16 equipotential sphere round a_0 (rejected)", palette::c0, 18.0f, scene::LabelPlacement::right);
    // Just off a0's left edge as the default (iso) view sees it, at mid-height.
    b.label("label.a0", {-0.45, -0.26, 0.0}, "a_0 (σ = 1)", palette::a0, 17.0f, scene::LabelPlacement::left);

    s.title = "Fig. 3c  The rejected spherical cage: a 1/16 equipotential sphere of radius q_R round a_0";
    s.caption = "radius q_R = (8/3)^{1/6} = " + fixed(r, 5) + " σ   f(q_R) = −15/16 in every direction   "
                "the cage of Fig. 3b (2Δd = " + fixed(model::cage_side(), 4) + " σ) instead has 4×16 discrete points";
    s.notes = {"A sphere (or, in 2D, a cylinder) of 1/16 equipotential has no discrete points and no diagonals: "
               "neither meets Sec. II.A(iv), which is why the paper rejects it (Fig. 3c caption)."};
    s.sections = {"III.C.2", "II.A(iv)", "Fig. 3c caption"};
    return s;
}

}  // namespace cagescope::figures
