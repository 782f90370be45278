// Pieces that several figures draw the same way: a cube's edges, the magic
// interface rectangle with its corner labels, a chain unit in ball and stick,
// and the small text and direction helpers they use.
#pragma once

#include <array>
#include <glm/vec3.hpp>
#include <string>

#include "figures/builder.h"
#include "model/chain_unit.h"
#include "model/two_hsm.h"

namespace cagescope::figures {

// "_{16}", "^{−5}": a number as a subscript or superscript in the label
// markup (scene/markup.h); one digit needs no group ("_1").
std::string subscript(int n);
std::string superscript(int n);

// An HSM's name as the paper writes it: "a0" → "a_0". For displayed text
// only; primitive ids keep "a0".
std::string hsm_label(std::string_view name);

// The paper's temperatures in a model sentence (a material's Tg° rule):
// "Tg°" → "T_g^°", "Tg" → "T_g", "Tm", "Tk", "ε0" likewise.
std::string temperature_markup(std::string_view text);

// A chemical formula with its counts as subscripts: "As2S3" → "As_2S_3".
std::string formula_markup(std::string_view formula);

// The horizontal unit direction at this azimuth (degrees from +x), scaled.
glm::dvec3 horizontal(double azimuth_deg, double length = 1.0);

// Corner k of an axis-aligned cube at iu + 2·iv + 4·iw, i* ∈ {0, 1} for the
// low and high side: the corner order of model::Hexahedron.
std::array<glm::dvec3, 8> cube_corners(const glm::dvec3& centre, double half_side);

// The 12 edges between corners in that order, as lines "<prefix>.edge.<i>".
void add_box_edges(SceneBuilder& b, const std::string& prefix, const std::array<glm::dvec3, 8>& corners,
                   scene::Color color, float width_px);

// The rectangle 2-2*-3-3* of the interface, translucent, with its prism
// lines 2-2* and 3-3* drawn bold and its corners labelled.
void add_interface_rectangle(SceneBuilder& b, const model::InterfaceRectangle& rect, float fill_alpha,
                             float label_px);

// How add_ball_and_stick draws a chain unit (Fig. 8-10).
struct BallAndStick {
    std::string prefix = "unit";  // ids "<prefix>.C1", "<prefix>.bond.C1-H1a", "<prefix>.chain_bond.0"
    double scale = 1.0;           // σ per Å; 1 draws in Å
    bool mirrored = false;        // drawn as its image under R (c0's unit of Fig. 9)
    float alpha = 1.0f;           // below 1, translucent: what lies inside the unit shows
    float bond_px = 7.0f;
};

// The element colour of an atom; a selected H takes its space's colour.
scene::Color atom_color(const model::Atom& atom);

// The unit's carbons and hydrogens (layers "carbons", "hydrogens") and its
// bonds (layer "bonds"), the two cut chain bonds drawn half, the chain going
// on dashed.
void add_ball_and_stick(SceneBuilder& b, const model::ChainUnit& unit, const BallAndStick& style);

}  // namespace cagescope::figures
