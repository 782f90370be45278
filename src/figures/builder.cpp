#include "figures/builder.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>

namespace cagescope::figures {

namespace {
glm::vec3 to_float(const glm::dvec3& p) { return glm::vec3(p); }
std::vector<glm::vec3> to_float(const std::vector<glm::dvec3>& points) {
    std::vector<glm::vec3> out;
    out.reserve(points.size());
    for (const auto& p : points) out.push_back(glm::vec3(p));
    return out;
}
}  // namespace

void SceneBuilder::add(std::string id, scene::Shape shape) {
    scene_.primitives.push_back({std::move(id), layer_, section_, std::move(shape)});
}

void SceneBuilder::sphere(std::string id, const glm::dvec3& centre, double radius, scene::Color color) {
    add(std::move(id), scene::Sphere{to_float(centre), static_cast<float>(radius), color});
}

void SceneBuilder::line(std::string id, const glm::dvec3& a, const glm::dvec3& b, scene::Color color,
                        float width_px, bool dashed) {
    scene::Polyline l;
    l.points = {to_float(a), to_float(b)};
    l.color = color;
    l.width_px = width_px;
    l.dashed = dashed;
    add(std::move(id), std::move(l));
}

void SceneBuilder::polyline(std::string id, const std::vector<glm::dvec3>& points, scene::Color color,
                            float width_px, bool closed, bool dashed) {
    scene::Polyline l;
    l.points = to_float(points);
    l.color = color;
    l.width_px = width_px;
    l.closed = closed;
    l.dashed = dashed;
    add(std::move(id), std::move(l));
}

void SceneBuilder::arrow(std::string id, const glm::dvec3& tail, const glm::dvec3& tip, scene::Color color,
                         float width_px, double head_length, double head_radius) {
    add(std::move(id), scene::Arrow{to_float(tail), to_float(tip), color, width_px,
                                    static_cast<float>(head_length), static_cast<float>(head_radius)});
}

void SceneBuilder::polygon(std::string id, const std::vector<glm::dvec3>& points, scene::Color color) {
    add(std::move(id), scene::Polygon{to_float(points), color});
}

void SceneBuilder::label(std::string id, const glm::dvec3& anchor, std::string text, scene::Color color,
                         float size_px, scene::LabelPlacement placement, glm::vec2 offset_px) {
    add(std::move(id), scene::Label{to_float(anchor), std::move(text), color, size_px, placement, offset_px});
}

void SceneBuilder::arc(std::string id, const glm::dvec3& centre, const glm::dvec3& from, const glm::dvec3& to,
                       double radius, scene::Color color, float width_px, int samples) {
    polyline(std::move(id), arc_points(centre, from, to, radius, samples), color, width_px);
}

std::vector<glm::dvec3> arc_points(const glm::dvec3& centre, const glm::dvec3& from, const glm::dvec3& to,
                                   double radius, int samples) {
    const glm::dvec3 u = glm::normalize(from);
    // The unit vector in the plane of from and to, perpendicular to from.
    glm::dvec3 v = glm::normalize(to) - u * glm::dot(glm::normalize(to), u);
    const double len = glm::length(v);
    std::vector<glm::dvec3> out;
    if (len < 1e-12) return {centre + u * radius};
    v /= len;
    const double angle = std::acos(std::clamp(glm::dot(u, glm::normalize(to)), -1.0, 1.0));
    for (int i = 0; i <= samples; ++i) {
        const double t = angle * i / samples;
        out.push_back(centre + radius * (std::cos(t) * u + std::sin(t) * v));
    }
    return out;
}

}  // namespace cagescope::figures
