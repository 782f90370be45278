// The one path from a scene on the renderer to files on disk, shared by
// `cagescope render` and the viewer's screenshot: render offscreen, encode the
// PNG, and write it with its sidecar JSON so that both appear or neither.
#pragma once

#include <filesystem>
#include <string>

#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/camera.h"

namespace cagescope::output {

struct ExportTimings {
    double render_s = 0.0;  // draw + read back
    double encode_s = 0.0;  // PNG encoding
    double write_s = 0.0;   // both files to disk
};

// The sidecar's path for an image: NAME.png → NAME.json.
std::filesystem::path sidecar_path(const std::filesystem::path& png_path);

// Renders the renderer's current scene and writes png_path and its sidecar
// (the given JSON text). Throws render::RenderError or WriteError; on any
// failure neither file is created and existing files are left as they were.
ExportTimings export_png(render::Renderer& renderer, const scene::Camera& camera,
                         const render::OffscreenOptions& options, const std::string& sidecar_text,
                         const std::filesystem::path& png_path);

}  // namespace cagescope::output
