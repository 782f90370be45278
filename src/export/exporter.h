// The one path from a scene on the renderer to files on disk, shared by
// `cagescope render` and the viewer's screenshot: render offscreen, encode the
// PNG, and write it with its sidecar JSON so that both appear or neither.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "export/gltf.h"
#include "export/html_page.h"
#include "export/vector.h"
#include "frame/prepared_frame.h"

#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/camera.h"

namespace cagescope::output {

struct ExportTimings {
    double prepare_s = 0.0; // the caller's: scene, camera, captions, upload or prepared frame
    double render_s = 0.0;  // draw + read back
    double encode_s = 0.0;  // PNG encoding, or writing the SVG or PDF
    double write_s = 0.0;   // both files to disk
};

enum class ImageFormat { png, svg, pdf, glb, html };

// "png", "svg", "pdf", "glb", "html".
const char* to_string(ImageFormat format);
// The format a file name's extension asks for, if it is one of them.
std::optional<ImageFormat> image_format_from_path(const std::filesystem::path& path);
std::optional<ImageFormat> image_format_from_string(std::string_view name);
// "png, svg, pdf, glb or html", for messages.
std::string image_format_names();

// The sidecar's path for an image: NAME.png → NAME.json.
std::filesystem::path sidecar_path(const std::filesystem::path& png_path);

// Renders the renderer's current scene and writes png_path and its sidecar
// (the given JSON text). Throws render::RenderError or WriteError; on any
// failure neither file is created and existing files are left as they were.
// The PNG carries the sidecar too (an iTXt chunk), and its print resolution
// (a pHYs chunk) when dots_per_inch > 0.
ExportTimings export_png(render::Renderer& renderer, const scene::Camera& camera,
                         const render::OffscreenOptions& options, const std::string& sidecar_text,
                         const std::filesystem::path& png_path, double dots_per_inch = 0.0);

// Writes a prepared frame as SVG or PDF and its sidecar, both or neither.
ExportTimings export_vector(const frame::PreparedFrame& frame, const VectorPage& page, ImageFormat format,
                            const std::string& sidecar_text, const std::filesystem::path& path);

// Writes a web page (write_html_page) and its sidecar, both or neither.
ExportTimings export_html(const nlohmann::json& figure_data, const std::string& generator,
                          const std::string& sidecar_text, const std::filesystem::path& path);

// Writes a scene as binary glTF and its sidecar, both or neither.
ExportTimings export_glb(const scene::Scene& scene, const GltfOptions& options, const std::string& sidecar_text,
                         const std::filesystem::path& path);

}  // namespace cagescope::output
