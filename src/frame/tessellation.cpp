#include "frame/tessellation.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>

namespace cagescope::frame {

namespace {
// Any unit vector perpendicular to d.
glm::vec3 perpendicular(const glm::vec3& d) {
    const glm::vec3 helper = std::abs(d.z) < 0.9f ? glm::vec3(0, 0, 1) : glm::vec3(1, 0, 0);
    return glm::normalize(glm::cross(d, helper));
}
}  // namespace

std::vector<MeshVertex> cone_triangles(const glm::vec3& base, const glm::vec3& tip, float radius) {
    std::vector<MeshVertex> out;
    const glm::vec3 axis = tip - base;
    const float length = glm::length(axis);
    if (length <= 0.0f || radius <= 0.0f) return out;
    out.reserve(6 * kConeSlices);
    const glm::vec3 dir = axis / length;
    const glm::vec3 u = perpendicular(dir);
    const glm::vec3 v = glm::cross(dir, u);
    constexpr float kTwoPi = 6.2831853f;
    const auto side_normal = [&](const glm::vec3& r) { return glm::normalize(r * length + dir * radius); };
    for (int i = 0; i < kConeSlices; ++i) {
        // The last slice ends where the first begins, bit for bit: the
        // renderer finds a triangle's neighbours by equal positions.
        const float a0 = kTwoPi * static_cast<float>(i) / kConeSlices;
        const float a1 = kTwoPi * static_cast<float>((i + 1) % kConeSlices) / kConeSlices;
        const float am = kTwoPi * (static_cast<float>(i) + 0.5f) / kConeSlices;  // not (a0 + a1) / 2: a1 wraps to 0
        const glm::vec3 r0 = u * std::cos(a0) + v * std::sin(a0);
        const glm::vec3 r1 = u * std::cos(a1) + v * std::sin(a1);
        const glm::vec3 rm = u * std::cos(am) + v * std::sin(am);
        out.push_back({base + r0 * radius, side_normal(r0)});
        out.push_back({base + r1 * radius, side_normal(r1)});
        out.push_back({tip, side_normal(rm)});
        out.push_back({base, -dir});
        out.push_back({base + r1 * radius, -dir});
        out.push_back({base + r0 * radius, -dir});
    }
    return out;
}

glm::vec3 polygon_normal(const std::vector<glm::vec3>& pts) {
    glm::vec3 n(0.0f);
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const glm::vec3& a = pts[i];
        const glm::vec3& b = pts[(i + 1) % pts.size()];
        n += glm::vec3((a.y - b.y) * (a.z + b.z), (a.z - b.z) * (a.x + b.x), (a.x - b.x) * (a.y + b.y));
    }
    const float len = glm::length(n);
    return len > 0.0f ? n / len : glm::vec3(0, 0, 1);
}

std::vector<std::array<std::size_t, 3>> fan_triangles(std::size_t corners) {
    std::vector<std::array<std::size_t, 3>> out;
    for (std::size_t i = 1; i + 1 < corners; ++i) out.push_back({0, i, i + 1});
    return out;
}

float dash_length_px(float width_px, float pixel_scale) {
    // Four half widths, at least 7 px: a dash reads as a dash on thin lines too.
    return std::max(2.0f * width_px, 7.0f) * pixel_scale;
}

}  // namespace cagescope::frame
