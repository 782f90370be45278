// One figure request → one PNG + sidecar: build the scene, fit the camera
// between the caption bands, draw the caption in, export. Shared by the
// single, --all and --frames paths of `cagescope render`.
#pragma once

#include <filesystem>

#include "render/renderer.h"
#include "render_request.h"

namespace cagescope::app {

// Throws RenderError or output::WriteError; on failure nothing is written.
void export_figure(render::Renderer& renderer, const RenderRequest& request, const std::filesystem::path& png_path);

}  // namespace cagescope::app
