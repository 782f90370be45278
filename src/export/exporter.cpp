#include "export/exporter.h"

#include <chrono>

#include "export/atomic_file.h"
#include "export/png.h"

namespace cagescope::output {

namespace {
double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// An image and its sidecar: both staged, then both renamed into place.
void write_with_sidecar(const std::filesystem::path& path, std::span<const std::uint8_t> image,
                        const std::string& sidecar_text) {
    const std::span<const std::uint8_t> json_bytes(reinterpret_cast<const std::uint8_t*>(sidecar_text.data()),
                                                   sidecar_text.size());
    StagedFile staged_image(path, image);
    StagedFile staged_json(sidecar_path(path), json_bytes);
    staged_image.commit();
    staged_json.commit();
}
}  // namespace

const char* to_string(ImageFormat format) {
    switch (format) {
        case ImageFormat::png: return "png";
        case ImageFormat::svg: return "svg";
        case ImageFormat::pdf: return "pdf";
        case ImageFormat::glb: return "glb";
        case ImageFormat::html: return "html";
    }
    return "png";
}

std::optional<ImageFormat> image_format_from_string(std::string_view name) {
    for (const ImageFormat f : {ImageFormat::png, ImageFormat::svg, ImageFormat::pdf, ImageFormat::glb, ImageFormat::html})
        if (name == to_string(f)) return f;
    return std::nullopt;
}

std::optional<ImageFormat> image_format_from_path(const std::filesystem::path& path) {
    const std::string ext = path.extension().string();
    return ext.size() > 1 ? image_format_from_string(std::string_view(ext).substr(1)) : std::nullopt;
}

std::string image_format_names() { return "png, svg, pdf, glb or html"; }

std::filesystem::path sidecar_path(const std::filesystem::path& png_path) {
    std::filesystem::path p = png_path;
    p.replace_extension(".json");
    return p;
}

ExportTimings export_png(render::Renderer& renderer, const scene::Camera& camera,
                         const render::OffscreenOptions& options, const std::string& sidecar_text,
                         const std::filesystem::path& png_path, double dots_per_inch) {
    ExportTimings t;
    auto start = std::chrono::steady_clock::now();
    const render::Image image = render::render_offscreen(renderer, camera, options);
    t.render_s = seconds_since(start);

    start = std::chrono::steady_clock::now();
    const std::vector<std::uint8_t> png =
        add_png_metadata(encode_png(image.width, image.height, image.rgba), PngMetadata{dots_per_inch, sidecar_text});
    t.encode_s = seconds_since(start);

    start = std::chrono::steady_clock::now();
    write_with_sidecar(png_path, png, sidecar_text);
    t.write_s = seconds_since(start);
    return t;
}

ExportTimings export_vector(const frame::PreparedFrame& frame, const VectorPage& page, ImageFormat format,
                            const std::string& sidecar_text, const std::filesystem::path& path) {
    ExportTimings t;
    auto start = std::chrono::steady_clock::now();
    std::vector<std::uint8_t> bytes;
    if (format == ImageFormat::svg) {
        const std::string svg = write_svg(frame, page);
        bytes.assign(svg.begin(), svg.end());
    } else {
        bytes = write_pdf(frame, page);
    }
    t.encode_s = seconds_since(start);
    start = std::chrono::steady_clock::now();
    write_with_sidecar(path, bytes, sidecar_text);
    t.write_s = seconds_since(start);
    return t;
}

ExportTimings export_glb(const scene::Scene& scene, const GltfOptions& options, const std::string& sidecar_text,
                         const std::filesystem::path& path) {
    ExportTimings t;
    auto start = std::chrono::steady_clock::now();
    const std::vector<std::uint8_t> bytes = write_glb(scene, options);
    t.encode_s = seconds_since(start);
    start = std::chrono::steady_clock::now();
    write_with_sidecar(path, bytes, sidecar_text);
    t.write_s = seconds_since(start);
    return t;
}

ExportTimings export_html(const nlohmann::json& figure_data, const std::string& generator,
                          const std::string& sidecar_text, const std::filesystem::path& path) {
    ExportTimings t;
    auto start = std::chrono::steady_clock::now();
    const std::string page = write_html_page(figure_data, generator);
    t.encode_s = seconds_since(start);
    start = std::chrono::steady_clock::now();
    write_with_sidecar(path, std::span(reinterpret_cast<const std::uint8_t*>(page.data()), page.size()), sidecar_text);
    t.write_s = seconds_since(start);
    return t;
}

}  // namespace cagescope::output
