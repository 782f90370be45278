// Where a world point lands on screen under a camera: the tests' way to say
// "the pixel where corner 10 projects" without typing pixel numbers in.
#pragma once

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "scene/camera.h"

namespace cagescope::test {

// Pixel coordinates (x right, y down, centre of pixel (0,0) at 0.5) of a world
// point in a width×height frame.
glm::vec2 project_to_pixel(const scene::Camera& camera, const glm::vec3& world, int width, int height);

}  // namespace cagescope::test
