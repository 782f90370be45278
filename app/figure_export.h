// A request's image as files: the one path from a scene to PNG + sidecar,
// shared by `cagescope render` (stills, --all, --frames) and the viewer's
// screenshot, so both follow the same rules for sizes, captions and files.
#pragma once

#include <filesystem>

#include "export/exporter.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "render_request.h"
#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::app {

// How much line widths, font sizes and label offsets grow. They are designed
// for a frame about 900 pixels high and scale with the height; at a print
// size they are set in points instead: one design pixel is
// kPointsPerDesignPixel, so the smallest label (14 px, an em of 0.86 of
// that in DejaVu Sans) is set at 6.2 pt and a 1 px line is 0.52 pt.
inline constexpr float kPointsPerDesignPixel = 0.52f;
float pixel_scale(const ImageSettings& image);

// The request's image settings as offscreen options.
render::OffscreenOptions offscreen_options(const RenderRequest& request);

// The most primitives a scene may have for SVG or PDF, so a file opens
// quickly (the glass region has far more). A file's size follows its stroke
// length (pieces of 16 px); every figure of the paper stays under 1 MB, which
// the vector tests check.
inline constexpr std::size_t kMaxVectorPrimitives = 20000;

// Draws the title and caption into `scene` for this camera and frame, then
// renders and writes the image (PNG, SVG or PDF by the path's extension)
// and its sidecar. For a PNG the renderer is left holding that scene; the
// other formats do not use it, and `renderer` may then be null (no GL
// context needed). Throws UsageError (a scene too large for vector
// output), RenderError, output::WriteError or std::runtime_error (cairo,
// the font); on failure nothing is written.
// Returns how long each part took (prepare_s: captions, upload or the
// prepared frame).
output::ExportTimings export_scene(render::Renderer* renderer, const RenderRequest& request, scene::Scene scene,
                                   const scene::Camera& camera, const std::filesystem::path& path);

// The camera an export of the request draws `scene` (its figure) with:
// the request's, fitted between the title and caption bands unless it is
// exact or the caption is hidden.
scene::Camera figure_camera(const RenderRequest& request, const scene::Scene& scene);

// Builds the request's figure, fits its camera between the caption bands
// (unless the request has an exact camera) and exports it.
// prepare_s then also counts building the figure and fitting its camera.
output::ExportTimings export_figure(render::Renderer* renderer, const RenderRequest& request,
                                    const std::filesystem::path& path);

}  // namespace cagescope::app
