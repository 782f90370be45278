// An orbit camera round a target point, z up. GLM only, so it is tested on
// the CPU and shared by the exporter and the viewer.
#pragma once

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "scene/scene.h"

namespace cagescope::scene {

enum class Projection { perspective, orthographic };

// Named views: iso (from front-right, above), top (from +z, +y up on screen),
// front (from -y, z up), side (from +x, z up).
enum class ViewPreset { iso, top, front, side };

std::string_view to_string(ViewPreset preset);
std::optional<ViewPreset> view_preset_from_string(std::string_view name);
std::vector<std::string_view> view_preset_names();  // every preset's name, in menu order
std::string_view to_string(Projection projection);
std::optional<Projection> projection_from_string(std::string_view name);

struct Camera {
    glm::vec3 target{0.0f};      // the point orbited and looked at
    float distance = 4.0f;       // eye to target, world units
    float azimuth_deg = -60.0f;  // eye direction round +z, 0 = from +x
    float elevation_deg = 25.0f; // eye above the xy plane, -90..90
    float fov_y_deg = 30.0f;     // vertical field of view (perspective)
    Projection projection = Projection::perspective;

    glm::vec3 eye() const;
    glm::vec3 forward() const;  // unit, eye toward target
    glm::vec3 right() const;    // unit, screen right
    glm::vec3 up() const;       // unit, screen up
    glm::mat4 view_matrix() const;
    // Orthographic uses the height that perspective shows at the target, so
    // switching projection keeps the target's apparent size.
    glm::mat4 projection_matrix(float aspect) const;
    float ortho_half_height() const;
};

// A preset view fitted so the points fill the frame with a small margin,
// centred on their extent as seen from that view.
Camera fit_camera(ViewPreset preset, Projection projection, std::span<const glm::vec3> points, float aspect);
// ... fitted to the 8 corners of the bounds.
Camera fit_camera(ViewPreset preset, Projection projection, const Bounds& bounds, float aspect);
// ... with the iso preset looking from `iso_view` when given (a scene's
// Scene::iso_view); the other presets ignore it.
Camera fit_camera(ViewPreset preset, Projection projection, const Bounds& bounds, float aspect,
                  const std::optional<ViewAngles>& iso_view);
// ... fitted to what the scene draws: sphere extents, line and polygon
// points, label anchors. Tighter than the bounds for scenes that lie along a
// diagonal of their box. The iso preset takes the scene's iso_view.
Camera fit_camera(ViewPreset preset, Projection projection, const Scene& scene, float aspect);

}  // namespace cagescope::scene
