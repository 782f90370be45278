// A request's image as files: the one path from a scene to PNG + sidecar,
// shared by `cagescope render` (stills, --all, --frames) and the viewer's
// screenshot, so both follow the same rules for sizes, captions and files.
#pragma once

#include <filesystem>

#include "render/offscreen.h"
#include "render/renderer.h"
#include "render_request.h"
#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::app {

// The request's image settings as offscreen options. Line widths and fonts
// are designed for a frame about 900 pixels high and scale with the height.
render::OffscreenOptions offscreen_options(const RenderRequest& request);

// Draws the title and caption into `scene` for this camera and frame, then
// renders and writes png_path and its sidecar. The renderer is left holding
// that scene. Throws RenderError or output::WriteError; on failure nothing
// is written.
void export_scene(render::Renderer& renderer, const RenderRequest& request, scene::Scene scene,
                  const scene::Camera& camera, const std::filesystem::path& png_path);

// Builds the request's figure, fits its camera between the caption bands
// (unless the request has an exact camera) and exports it.
void export_figure(render::Renderer& renderer, const RenderRequest& request, const std::filesystem::path& png_path);

}  // namespace cagescope::app
