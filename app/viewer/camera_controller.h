// The viewer's camera: orbit round z, pan, zoom toward the cursor, named
// views, and smooth flights between views. GLM only (no GL, no window), so
// it is tested on the CPU.
#pragma once

#include <glm/vec2.hpp>

#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::viewer {

struct CameraControlSettings {
    float orbit_deg_per_px = 0.35f;  // drag sensitivity, degrees per pixel
    float zoom_per_notch = 0.85f;    // distance factor per wheel notch (toward the cursor)
    double flight_s = 0.45;          // duration of a flight between views, seconds
};

class CameraController {
public:
    // The camera shown now (during a flight, the interpolated one).
    const scene::Camera& camera() const { return current_; }
    // Where the camera ends once any flight is over.
    const scene::Camera& goal() const { return flying_ ? goal_ : current_; }
    bool flying() const { return flying_; }

    // Sets the camera at once (no flight).
    void jump_to(const scene::Camera& camera);
    // Flies smoothly from the current camera to this one; the projection
    // switches at the start.
    void fly_to(const scene::Camera& camera, const CameraControlSettings& settings);
    // Advances a flight by dt seconds; returns true while still flying.
    bool update(double dt);

    // Drag by (dx, dy) pixels: orbit round the z axis through the target.
    void orbit(glm::vec2 delta_px, const CameraControlSettings& settings);
    // Drag by (dx, dy) pixels: the point under the cursor follows it.
    void pan(glm::vec2 delta_px, glm::vec2 viewport_px);
    // Wheel: notches > 0 zoom in toward the point under cursor_px.
    void zoom_at(float notches, glm::vec2 cursor_px, glm::vec2 viewport_px, const CameraControlSettings& settings);
    // Moves the target to a world point keeping the view direction (flies).
    void centre_on(const glm::vec3& point, const CameraControlSettings& settings);
    // Switches perspective/orthographic keeping the target's apparent size.
    void toggle_projection();

private:
    void stop_flight();
    scene::Camera current_;
    scene::Camera start_;
    scene::Camera goal_;
    bool flying_ = false;
    double elapsed_ = 0.0;
    double duration_ = 0.45;
};

// The camera between a and b at t in 0..1 (smoothstep eased): target and
// angles linearly (azimuth the short way round), distance geometrically.
scene::Camera interpolate(const scene::Camera& a, const scene::Camera& b, double t);

// World units per pixel at the target's depth for a viewport this high.
float world_per_pixel(const scene::Camera& camera, float viewport_height_px);

}  // namespace cagescope::viewer
