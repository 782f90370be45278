// Helpers for GL tests: one headless context per process, where points
// project, pixel access, and a PNG writer for looking at the output.
#pragma once

#include <array>
#include <cstdint>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <string>

#include "render/gl_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/camera.h"

namespace cagescope::render::test {

// The process-wide headless context, created on first use and made current.
GlContext& context();

// Pixel (x right, y down, pixel centres at .5) where the camera projects p
// in a width x height image.
glm::vec2 project(const scene::Camera& camera, int width, int height, const glm::vec3& p);

std::array<int, 4> pixel(const Image& image, int x, int y);
std::array<int, 4> pixel(const Image& image, glm::vec2 p);  // the pixel containing p

// Pixels in the rectangle whose RGB differs from `rgb` by more than `tolerance`.
int count_different(const Image& image, int x0, int y0, int x1, int y1, std::array<int, 3> rgb, int tolerance);

// Draws one frame with explicit FrameOptions (highlight, pixel scale) into a
// 4x MSAA framebuffer object and reads it back (opaque, RGBA8, top row first).
// `repeat` > 1 draws that many frames before reading back (for timing).
Image render_frame(Renderer& renderer, const scene::Camera& camera, const FrameOptions& options, int repeat = 1,
                   int samples = 4);

// Draws into the current context's default framebuffer and returns the pixel at p.
std::array<int, 4> draw_default_framebuffer(Renderer& renderer, const scene::Camera& camera,
                                            const FrameOptions& options, glm::vec2 p);

void write_png(const Image& image, const std::string& path);

}  // namespace cagescope::render::test
