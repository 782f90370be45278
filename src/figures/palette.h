// The colours of the figures. One place, so every figure tells the four
// spaces and the two HSMs apart the same way. Based on the Okabe-Ito palette,
// which survives the common colour-vision deficiencies and projectors.
#pragma once

#include "model/cage.h"
#include "scene/scene.h"

namespace cagescope::figures::palette {

using scene::Color;

constexpr Color rgb(int r, int g, int b, float a = 1.0f) {
    return {static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
            static_cast<float>(b) / 255.0f, a};
}
constexpr Color with_alpha(Color c, float a) { return {c.r, c.g, c.b, a}; }

inline constexpr Color ink = rgb(34, 34, 34);          // labels, corners, 0*
inline constexpr Color muted = rgb(120, 120, 120);     // edges, axes
inline constexpr Color faint = rgb(185, 185, 185);     // guide lines
inline constexpr Color pcp = rgb(17, 17, 17);          // the PCP marker
inline constexpr Color a0 = rgb(230, 159, 0);          // orange: HSM a0
inline constexpr Color c0 = rgb(86, 180, 233);         // sky blue: HSM c0
inline constexpr Color interface_plane = rgb(240, 228, 66);  // yellow: magic interface
inline constexpr Color highlight = rgb(213, 94, 0);    // vermillion: angles, torsion

// α vermillion, β blue, γ bluish green, δ reddish purple.
constexpr Color space_color(model::Space space) {
    switch (space) {
        case model::Space::alpha: return rgb(213, 94, 0);
        case model::Space::beta: return rgb(0, 114, 178);
        case model::Space::gamma: return rgb(0, 158, 115);
        case model::Space::delta: return rgb(204, 121, 167);
    }
    return ink;
}

// The sense of a loop or a centre's MIEV (Fig. 1, 6): +z counter-clockwise
// seen from +z (vermillion, the paper's "red"), -z clockwise (blue, the
// paper's "blue"). Figures pair them with ⊙ / ⊗ marks for colour-blind readers.
inline constexpr Color plus_z = rgb(213, 94, 0);   // = red below
inline constexpr Color minus_z = rgb(0, 114, 178);  // = blue below
inline constexpr Color jamming = rgb(0, 158, 115);     // bluish green: jamming particles
inline constexpr Color neighbour = rgb(0, 114, 178, 0.8f);  // blue, a little faint: Fig. 6's four neighbourhood soft matrices
inline constexpr Color hsm = rgb(200, 200, 200);       // light grey: an HSM with no role of its own
inline constexpr Color vacancy = rgb(240, 228, 66);    // yellow: the central vacancy O(a0)

// Chain units (Fig. 8-10): element colours after the CPK convention, H a
// light grey rather than white so it shows on a white page.
inline constexpr Color carbon = rgb(64, 64, 64);
inline constexpr Color hydrogen = rgb(215, 215, 215);
inline constexpr Color bond = rgb(150, 150, 150);
// The colours the paper names for its marks (MODEL.md §11): its "red" is
// Okabe-Ito vermillion, its "blue" Okabe-Ito blue (they stay apart under
// deuteranopia and protanopia: blue against a dark yellow-brown), its
// "yellow" a darker yellow than the interface's so that it reads as a line
// on white and is not taken for the interface plane. The paper's "red balls"
// (Fig. 9), "red dot" θ_λ (Fig. 4, 5), red arrows (Fig. 1b, 11), "blue
// arrow" d_L^* (Fig. 3a) and blue arrows (Fig. 1b) use these.
inline constexpr Color red = rgb(213, 94, 0);
inline constexpr Color blue = rgb(0, 114, 178);
inline constexpr Color yellow = rgb(204, 170, 0);
inline constexpr Color electron = rgb(34, 34, 34);     // the ground-state electrons of Fig. 9

}  // namespace cagescope::figures::palette
