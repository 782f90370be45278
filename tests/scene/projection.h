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

// Checks (with Catch2) that every label anchor of the scene lands inside a
// frame of this aspect, for the camera the program fits to the scene.
void check_labels_in_frame(const scene::Scene& scene, scene::ViewPreset view, scene::Projection projection,
                           float aspect);

}  // namespace cagescope::test
