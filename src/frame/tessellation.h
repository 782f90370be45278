// The 3D shapes the primitives are made of, computed once for every
// backend: an arrow's cone head as triangles, a polygon's normal and fan,
// and the dash pattern of a dashed line. The GL renderer uploads these;
// the vector writers project them.
#pragma once

#include <array>
#include <glm/vec3.hpp>
#include <vector>

namespace cagescope::frame {

constexpr int kConeSlices = 32;

struct MeshVertex {
    glm::vec3 position;
    glm::vec3 normal;
};

// The cone from a base circle (centre `base`, `radius`) to `tip`: its side
// (smooth normals) and its base disc, as triangles, 6 vertices per slice.
std::vector<MeshVertex> cone_triangles(const glm::vec3& base, const glm::vec3& tip, float radius);

// A planar polygon's unit normal by Newell's method (+z when degenerate).
glm::vec3 polygon_normal(const std::vector<glm::vec3>& points);

// A convex polygon as a fan of triangles from its first corner: index
// triples into its points.
std::vector<std::array<std::size_t, 3>> fan_triangles(std::size_t corners);

// The length of a dash (and 1.25 of the gap, which is 0.8 of it) of a line
// this wide, in pixels at this pixel scale; linear in the scale.
float dash_length_px(float width_px, float pixel_scale);

}  // namespace cagescope::frame
