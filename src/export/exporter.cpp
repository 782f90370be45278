#include "export/exporter.h"

#include <chrono>

#include "export/atomic_file.h"
#include "export/png.h"

namespace cagescope::output {

namespace {
double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

std::filesystem::path sidecar_path(const std::filesystem::path& png_path) {
    std::filesystem::path p = png_path;
    p.replace_extension(".json");
    return p;
}

ExportTimings export_png(render::Renderer& renderer, const scene::Camera& camera,
                         const render::OffscreenOptions& options, const std::string& sidecar_text,
                         const std::filesystem::path& png_path) {
    ExportTimings t;
    auto start = std::chrono::steady_clock::now();
    const render::Image image = render::render_offscreen(renderer, camera, options);
    t.render_s = seconds_since(start);

    start = std::chrono::steady_clock::now();
    const std::vector<std::uint8_t> png = encode_png(image.width, image.height, image.rgba);
    t.encode_s = seconds_since(start);

    start = std::chrono::steady_clock::now();
    const std::span<const std::uint8_t> json_bytes(reinterpret_cast<const std::uint8_t*>(sidecar_text.data()),
                                                   sidecar_text.size());
    StagedFile staged_png(png_path, png);
    StagedFile staged_json(sidecar_path(png_path), json_bytes);
    staged_png.commit();
    staged_json.commit();
    t.write_s = seconds_since(start);
    return t;
}

}  // namespace cagescope::output
