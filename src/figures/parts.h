// Pieces that several figures draw the same way: a cube's edges, the magic
// interface rectangle with its corner labels, and the small text and
// direction helpers they use.
#pragma once

#include <array>
#include <glm/vec3.hpp>
#include <string>

#include "figures/builder.h"
#include "model/two_hsm.h"

namespace cagescope::figures {

// "₁₆", "⁻⁵": digits as Unicode sub/superscripts (DejaVu has them).
std::string subscript(int n);
std::string superscript(int n);

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

}  // namespace cagescope::figures
