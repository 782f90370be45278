#include "viewer/camera_controller.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>

namespace cagescope::viewer {

namespace {
constexpr float kMaxElevation = 89.9f;
constexpr float kMinDistance = 1e-3f;
constexpr float kMaxDistance = 1e4f;

float wrap_degrees(float a) {
    a = std::fmod(a + 180.0f, 360.0f);
    if (a < 0.0f) a += 360.0f;
    return a - 180.0f;
}
}  // namespace

float world_per_pixel(const scene::Camera& camera, float viewport_height_px) {
    return 2.0f * camera.ortho_half_height() / std::max(viewport_height_px, 1.0f);
}

scene::Camera interpolate(const scene::Camera& a, const scene::Camera& b, double t) {
    const float s = static_cast<float>(std::clamp(t, 0.0, 1.0));
    const float e = s * s * (3.0f - 2.0f * s);
    scene::Camera c = b;
    c.target = a.target + (b.target - a.target) * e;
    c.distance = a.distance * std::pow(b.distance / a.distance, e);
    c.azimuth_deg = a.azimuth_deg + wrap_degrees(b.azimuth_deg - a.azimuth_deg) * e;
    c.elevation_deg = a.elevation_deg + (b.elevation_deg - a.elevation_deg) * e;
    c.fov_y_deg = a.fov_y_deg + (b.fov_y_deg - a.fov_y_deg) * e;
    return c;
}

void CameraController::stop_flight() {
    if (flying_) current_ = goal_;
    flying_ = false;
}

void CameraController::jump_to(const scene::Camera& camera) {
    flying_ = false;
    current_ = camera;
}

void CameraController::fly_to(const scene::Camera& camera, const CameraControlSettings& settings) {
    start_ = current_;
    start_.projection = camera.projection;
    current_.projection = camera.projection;
    goal_ = camera;
    elapsed_ = 0.0;
    duration_ = settings.flight_s;
    flying_ = duration_ > 0.0;
    if (!flying_) current_ = camera;
}

bool CameraController::update(double dt) {
    if (!flying_) return false;
    elapsed_ += std::max(dt, 0.0);
    if (elapsed_ >= duration_) {
        current_ = goal_;
        flying_ = false;
        return false;
    }
    current_ = interpolate(start_, goal_, elapsed_ / duration_);
    return true;
}

void CameraController::orbit(glm::vec2 delta_px, const CameraControlSettings& settings) {
    stop_flight();
    current_.azimuth_deg = wrap_degrees(current_.azimuth_deg - delta_px.x * settings.orbit_deg_per_px);
    current_.elevation_deg =
        std::clamp(current_.elevation_deg + delta_px.y * settings.orbit_deg_per_px, -kMaxElevation, kMaxElevation);
}

void CameraController::pan(glm::vec2 delta_px, glm::vec2 viewport_px) {
    stop_flight();
    const float k = world_per_pixel(current_, viewport_px.y);
    current_.target += (-delta_px.x * current_.right() + delta_px.y * current_.up()) * k;
}

void CameraController::zoom_at(float notches, glm::vec2 cursor_px, glm::vec2 viewport_px,
                               const CameraControlSettings& settings) {
    stop_flight();
    const float factor = std::pow(settings.zoom_per_notch, notches);
    const float new_distance = std::clamp(current_.distance * factor, kMinDistance, kMaxDistance);
    const float applied = new_distance / current_.distance;
    // The point under the cursor in the plane through the target facing the
    // camera stays under the cursor: the target moves toward it by 1 - f.
    const float k = world_per_pixel(current_, viewport_px.y);
    const glm::vec2 from_centre = cursor_px - viewport_px * 0.5f;
    const glm::vec3 under_cursor = current_.target + (from_centre.x * current_.right() - from_centre.y * current_.up()) * k;
    current_.target += (under_cursor - current_.target) * (1.0f - applied);
    current_.distance = new_distance;
}

void CameraController::centre_on(const glm::vec3& point, const CameraControlSettings& settings) {
    scene::Camera c = goal();
    c.target = point;
    fly_to(c, settings);
}

void CameraController::toggle_projection() {
    const auto flip = [](scene::Projection p) {
        return p == scene::Projection::perspective ? scene::Projection::orthographic : scene::Projection::perspective;
    };
    current_.projection = flip(current_.projection);
    goal_.projection = current_.projection;
    start_.projection = current_.projection;
}

}  // namespace cagescope::viewer
