// Vector figures: a prepared frame (frame/prepared_frame.h) written as SVG
// (our own small writer: text stays <text>/<tspan>) or PDF (cairo, with
// pango setting the label runs as real, selectable text, the font embedded
// as a subset). Both draw the same items in the same order as each other,
// and the same label boxes as the GL frame.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "frame/prepared_frame.h"
#include "scene/scene.h"

namespace cagescope::output {

struct VectorPage {
    double width_pt = 0.0;   // the page; the frame's pixels are scaled to fill it
    double height_pt = 0.0;
    scene::Color background{1.0f, 1.0f, 1.0f, 1.0f};  // also the labels' halo
    bool transparent = false;  // no background rectangle
    std::string title;         // document title (SVG <title>, PDF metadata), plain text
    std::string description;   // SVG <desc>, PDF subject
};

std::string write_svg(const frame::PreparedFrame& frame, const VectorPage& page);
// Throws std::runtime_error if cairo fails.
std::vector<std::uint8_t> write_pdf(const frame::PreparedFrame& frame, const VectorPage& page);

// The gradient stops that shade a sphere's disc like the GL impostor: a
// radial gradient whose focus is the highlight, at (focus_x, focus_y) of the
// unit disc (x right, y down).
struct SphereGradient {
    float focus_x = 0.0f, focus_y = 0.0f;
    std::vector<std::pair<float, glm::vec3>> stops;  // offset 0..1, colour
};
SphereGradient sphere_gradient(const glm::vec3& base);

}  // namespace cagescope::output
