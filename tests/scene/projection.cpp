#include "projection.h"

#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>

namespace cagescope::test {

glm::vec2 project_to_pixel(const scene::Camera& camera, const glm::vec3& world, int width, int height) {
    const float aspect = static_cast<float>(width) / static_cast<float>(height);
    const glm::vec4 clip = camera.projection_matrix(aspect) * camera.view_matrix() * glm::vec4(world, 1.0f);
    const glm::vec3 ndc = glm::vec3(clip) / clip.w;
    return {(ndc.x * 0.5f + 0.5f) * static_cast<float>(width), (0.5f - ndc.y * 0.5f) * static_cast<float>(height)};
}

}  // namespace cagescope::test
