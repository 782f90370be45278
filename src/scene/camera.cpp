#include "scene/camera.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/trigonometric.hpp>
#include <variant>
#include <vector>

namespace cagescope::scene {

namespace {
constexpr std::array<std::pair<ViewPreset, std::string_view>, 4> kPresetNames{{
    {ViewPreset::iso, "iso"},
    {ViewPreset::top, "top"},
    {ViewPreset::front, "front"},
    {ViewPreset::side, "side"},
}};
}  // namespace

std::string_view to_string(ViewPreset preset) {
    for (const auto& [p, name] : kPresetNames)
        if (p == preset) return name;
    return "iso";
}

std::optional<ViewPreset> view_preset_from_string(std::string_view name) {
    for (const auto& [p, n] : kPresetNames)
        if (n == name) return p;
    return std::nullopt;
}

std::vector<std::string_view> view_preset_names() {
    std::vector<std::string_view> names;
    for (const auto& [p, name] : kPresetNames) names.push_back(name);
    return names;
}

std::string_view to_string(Projection projection) {
    return projection == Projection::perspective ? "perspective" : "orthographic";
}

std::optional<Projection> projection_from_string(std::string_view name) {
    if (name == "perspective" || name == "persp") return Projection::perspective;
    if (name == "orthographic" || name == "ortho") return Projection::orthographic;
    return std::nullopt;
}

glm::vec3 Camera::forward() const {
    const float az = glm::radians(azimuth_deg);
    const float el = glm::radians(elevation_deg);
    return -glm::vec3(std::cos(el) * std::cos(az), std::cos(el) * std::sin(az), std::sin(el));
}

// Screen right comes from the azimuth alone, so it stays defined when looking
// straight down (top view) where forward is parallel to z.
glm::vec3 Camera::right() const {
    const float az = glm::radians(azimuth_deg);
    return {-std::sin(az), std::cos(az), 0.0f};
}

glm::vec3 Camera::up() const { return glm::cross(right(), forward()); }

glm::vec3 Camera::eye() const { return target - forward() * distance; }

glm::mat4 Camera::view_matrix() const { return glm::lookAt(eye(), target, up()); }

float Camera::ortho_half_height() const {
    return distance * std::tan(glm::radians(fov_y_deg) * 0.5f);
}

glm::mat4 Camera::projection_matrix(float aspect) const {
    // Clip planes scale with the distance: scenes span 0.01 to 100 units.
    const float near_plane = distance * 0.02f;
    const float far_plane = distance * 20.0f;
    if (projection == Projection::orthographic) {
        const float h = ortho_half_height();
        return glm::ortho(-h * aspect, h * aspect, -h, h, -far_plane, far_plane);
    }
    return glm::perspective(glm::radians(fov_y_deg), aspect, near_plane, far_plane);
}

namespace {
Camera preset_orientation(ViewPreset preset, Projection projection,
                          const std::optional<ViewAngles>& iso_view = std::nullopt) {
    Camera cam;
    cam.projection = projection;
    switch (preset) {
        case ViewPreset::iso:
            cam.azimuth_deg = iso_view ? iso_view->azimuth_deg : -60.0f;
            cam.elevation_deg = iso_view ? iso_view->elevation_deg : 25.0f;
            break;
        case ViewPreset::top: cam.azimuth_deg = -90.0f; cam.elevation_deg = 90.0f; break;
        case ViewPreset::front: cam.azimuth_deg = -90.0f; cam.elevation_deg = 0.0f; break;
        case ViewPreset::side: cam.azimuth_deg = 0.0f; cam.elevation_deg = 0.0f; break;
    }
    return cam;
}

struct CollectPoints {
    std::vector<glm::vec3>& out;
    void operator()(const Sphere& s) const {
        for (int axis = 0; axis < 3; ++axis) {
            glm::vec3 d(0.0f);
            d[axis] = s.radius;
            out.push_back(s.center + d);
            out.push_back(s.center - d);
        }
    }
    void operator()(const Polyline& l) const { out.insert(out.end(), l.points.begin(), l.points.end()); }
    void operator()(const Arrow& a) const {
        out.push_back(a.tail);
        out.push_back(a.tip);
    }
    void operator()(const Polygon& g) const { out.insert(out.end(), g.points.begin(), g.points.end()); }
    void operator()(const Label& l) const { out.push_back(l.anchor); }
};

Camera fit_oriented(Camera cam, std::span<const glm::vec3> points, float aspect);
}  // namespace

Camera fit_camera(ViewPreset preset, Projection projection, std::span<const glm::vec3> points, float aspect) {
    return fit_oriented(preset_orientation(preset, projection), points, aspect);
}

namespace {
Camera fit_oriented(Camera cam, std::span<const glm::vec3> points, float aspect) {
    const Projection projection = cam.projection;
    if (points.empty()) return cam;
    // Centre on the points' extent across the view (exact for orthographic,
    // close for perspective), and in depth on their middle.
    glm::vec3 lo(1e30f), hi(-1e30f);
    const glm::vec3 axes[3] = {cam.right(), cam.up(), cam.forward()};
    for (const auto& p : points)
        for (int k = 0; k < 3; ++k) {
            lo[k] = std::min(lo[k], glm::dot(p, axes[k]));
            hi[k] = std::max(hi[k], glm::dot(p, axes[k]));
        }
    const glm::vec3 mid = (lo + hi) * 0.5f;
    cam.target = axes[0] * mid[0] + axes[1] * mid[1] + axes[2] * mid[2];

    // A point offset (x right, y up) from the target and s nearer to the eye
    // fits when |y| <= t·(distance - s) and |x| <= t·aspect·(distance - s);
    // orthographic ignores s.
    constexpr float kMargin = 1.1f;  // room for labels at the edge
    const float t = std::tan(glm::radians(cam.fov_y_deg) * 0.5f);
    const float ta = t * std::max(aspect, 1e-3f);
    const bool perspective = projection == Projection::perspective;
    float distance = 1e-4f;
    for (const auto& p : points) {
        const glm::vec3 d = p - cam.target;
        const float nearer = perspective ? -glm::dot(d, cam.forward()) : 0.0f;
        distance = std::max({distance, std::abs(glm::dot(d, cam.up())) * kMargin / t + nearer,
                             std::abs(glm::dot(d, cam.right())) * kMargin / ta + nearer});
    }
    cam.distance = distance;
    return cam;
}
}  // namespace

Camera fit_camera(ViewPreset preset, Projection projection, const Bounds& bounds, float aspect) {
    return fit_camera(preset, projection, bounds, aspect, std::nullopt);
}

Camera fit_camera(ViewPreset preset, Projection projection, const Bounds& bounds, float aspect,
                  const std::optional<ViewAngles>& iso_view) {
    const Camera oriented = preset_orientation(preset, projection, iso_view);
    if (bounds.empty()) return oriented;
    std::vector<glm::vec3> corners;
    for (int i = 0; i < 8; ++i)
        corners.push_back({(i & 1) ? bounds.max.x : bounds.min.x, (i & 2) ? bounds.max.y : bounds.min.y,
                           (i & 4) ? bounds.max.z : bounds.min.z});
    return fit_oriented(oriented, corners, aspect);
}

Camera fit_camera(ViewPreset preset, Projection projection, const Scene& scene, float aspect) {
    std::vector<glm::vec3> points;
    for (const auto& p : scene.primitives) std::visit(CollectPoints{points}, p.shape);
    return fit_oriented(preset_orientation(preset, projection, scene.iso_view), points, aspect);
}

}  // namespace cagescope::scene
