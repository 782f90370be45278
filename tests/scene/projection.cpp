#include "projection.h"

#include <catch2/catch.hpp>
#include <variant>

#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>

namespace cagescope::test {

glm::vec2 project_to_pixel(const scene::Camera& camera, const glm::vec3& world, int width, int height) {
    const float aspect = static_cast<float>(width) / static_cast<float>(height);
    const glm::vec4 clip = camera.projection_matrix(aspect) * camera.view_matrix() * glm::vec4(world, 1.0f);
    const glm::vec3 ndc = glm::vec3(clip) / clip.w;
    return {(ndc.x * 0.5f + 0.5f) * static_cast<float>(width), (0.5f - ndc.y * 0.5f) * static_cast<float>(height)};
}

void check_labels_in_frame(const scene::Scene& scene, scene::ViewPreset view, scene::Projection projection,
                           float aspect) {
    const auto cam = scene::fit_camera(view, projection, scene, aspect);
    const int h = 600, w = static_cast<int>(600.0f * aspect);
    for (const auto& p : scene.primitives) {
        const auto* label = std::get_if<scene::Label>(&p.shape);
        if (!label) continue;
        const auto px = project_to_pixel(cam, label->anchor, w, h);
        INFO(p.id << " at " << px.x << ", " << px.y << " in " << w << "x" << h);
        CHECK(px.x >= 0.0f);
        CHECK(px.x <= static_cast<float>(w));
        CHECK(px.y >= 0.0f);
        CHECK(px.y <= static_cast<float>(h));
    }
}

}  // namespace cagescope::test
