// Which scene primitive is under the cursor, found on the CPU by projecting
// the primitives with the camera (no GL read-back, no renderer change), and
// the words the tooltip uses for it.
#pragma once

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <optional>
#include <set>
#include <string>

#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::viewer {

struct Pick {
    std::string id;            // the primitive's id
    std::size_t index = 0;     // its position in scene.primitives
    std::string kind;          // "sphere", "line", "arrow", "polygon", "label"
    std::string layer;
    std::string section;       // the paper's section
    glm::vec3 point{0.0f};     // world point picked (sphere centre, nearest point on a line)
    float screen_distance_px = 0.0f;
};

struct PickSettings {
    float tolerance_px = 8.0f;  // how far from a line or point still counts
};

// The screen position (pixels, y down) and depth (0 near .. 1 far) of a world
// point, or nullopt when it is behind the camera.
std::optional<glm::vec3> project_to_screen(const scene::Camera& camera, glm::vec2 viewport_px, const glm::vec3& world);

// The nearest pickable primitive under cursor_px: spheres first, then lines
// and arrows, then labels, then polygons; ties go to the one nearer the eye.
// Primitives in hidden layers and the caption layer are skipped.
std::optional<Pick> pick(const scene::Scene& scene, const scene::Camera& camera, glm::vec2 viewport_px,
                         glm::vec2 cursor_px, const std::set<std::string>& hidden_layers,
                         const PickSettings& settings = {});

// "a0.point.beta.7" → "a0 point β-7": ids read as words with Greek letters.
std::string describe_id(const std::string& id);

// Distance between two points and the angle they make at the origin 0*, in
// degrees (0 if either is at the origin).
struct Measurement {
    float distance = 0.0f;
    float angle_at_origin_deg = 0.0f;
};
Measurement measure(const glm::vec3& a, const glm::vec3& b);

}  // namespace cagescope::viewer
