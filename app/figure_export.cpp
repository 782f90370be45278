#include "figure_export.h"

#include <algorithm>
#include <chrono>

#include "export/exporter.h"
#include "figures/figures.h"
#include "cli_support.h"
#include "frame/prepared_frame.h"
#include "scene/caption.h"
#include "scene/markup.h"
#include "version.h"
#include "web/figure_data.h"

namespace cagescope::app {

render::OffscreenOptions offscreen_options(const RenderRequest& req) {
    render::OffscreenOptions o;
    o.width = req.image.width;
    o.height = req.image.height;
    o.ssaa = req.image.ssaa;
    o.msaa = req.image.msaa;
    o.background = req.image.background;
    o.transparent = req.image.transparent;
    o.hidden_layers = {req.hidden_layers.begin(), req.hidden_layers.end()};
    o.pixel_scale = pixel_scale(req.image);
    return o;
}

float pixel_scale(const ImageSettings& image) {
    if (image.print) return static_cast<float>(image.print->dpi / 72.0) * kPointsPerDesignPixel;
    // A 4K figure then reads like a 1080p one, and a thumbnail stays legible.
    return std::clamp(static_cast<float>(image.height) / 900.0f, 0.75f, 4.0f);
}

output::ExportTimings export_scene(render::Renderer* renderer, const RenderRequest& req, scene::Scene scene,
                                   const scene::Camera& camera, const std::filesystem::path& path) {
    const auto start = std::chrono::steady_clock::now();
    const auto since_start = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    const output::ImageFormat format = output::image_format_from_path(path).value_or(output::ImageFormat::png);
    const render::OffscreenOptions options = offscreen_options(req);
    if (format == output::ImageFormat::html) {
        // Every step of the figure, built from the request as `scene` was.
        const figures::FigureInfo& info = *figures::find_figure(req.figure);
        nlohmann::json data;
        try {
            data = web::figure_data(info, req.params, req.camera.projection);
        } catch (const web::TooLargeError& e) {
            throw UsageError(path.string() + ": fig. " + req.figure + ": " + e.what());
        }
        data["view"] = std::string(scene::to_string(req.camera.preset));
        data["hidden"] = req.hidden_layers;  // "caption" hides the page's caption text
        const std::string sidecar = sidecar_json(req, scene, camera).dump(2) + "\n";
        const double prepare_s = since_start();
        output::ExportTimings t = output::export_html(data, std::string("cagescope ") + kVersion, sidecar, path);
        t.prepare_s = prepare_s;
        return t;
    }
    if (format != output::ImageFormat::png && scene.primitives.size() > kMaxVectorPrimitives)
        throw UsageError(path.string() + ": fig. " + req.figure + " has " + std::to_string(scene.primitives.size()) +
                         " primitives, too many for " +
                         (format == output::ImageFormat::glb ? "a glTF file" : "a vector file") + " (at most " +
                         std::to_string(kMaxVectorPrimitives) + "): write it as PNG (e.g. --out fig" + req.figure +
                         ".png --size 4000x3000)");
    if (format == output::ImageFormat::glb) {
        // The 3D scene as it is, without the frame's title and caption labels.
        const std::string sidecar = sidecar_json(req, scene, camera).dump(2) + "\n";
        output::GltfOptions gltf;
        // Tubes as wide as the PNG's lines at this camera: world units per pixel at its target.
        gltf.world_per_px = 2.0f * camera.ortho_half_height() / static_cast<float>(req.image.height) * options.pixel_scale;
        gltf.hidden_layers = options.hidden_layers;
        gltf.generator = std::string("cagescope ") + kVersion;
        const double prepare_s = since_start();
        output::ExportTimings t = output::export_glb(scene, gltf, sidecar, path);
        t.prepare_s = prepare_s;
        return t;
    }
    scene::add_caption_labels(scene, camera, req.image.width, req.image.height, options.pixel_scale);
    const std::string sidecar = sidecar_json(req, scene, camera).dump(2) + "\n";
    if (format == output::ImageFormat::png) {
        if (!renderer) throw std::logic_error("export_scene: a PNG needs a renderer");
        renderer->set_scene(scene);
        const double prepare_s = since_start();
        output::ExportTimings t =
            output::export_png(*renderer, camera, options, sidecar, path, req.image.print ? req.image.print->dpi : 0.0);
        t.prepare_s = prepare_s;
        return t;
    }
    const frame::PreparedFrame prepared = frame::prepare_frame(
        scene, camera, frame::FrameSpec{req.image.width, req.image.height, options.pixel_scale, options.hidden_layers});
    output::VectorPage page;
    constexpr double kPointsPerMm = 72.0 / 25.4;
    constexpr double kPointsPerPixel = 0.75;  // a page sized in pixels: 96 per inch, as CSS and SVG count
    page.width_pt = req.image.print ? req.image.print->width_mm * kPointsPerMm : req.image.width * kPointsPerPixel;
    page.height_pt = req.image.print ? req.image.print->height_mm * kPointsPerMm : req.image.height * kPointsPerPixel;
    page.background = req.image.background;
    page.transparent = req.image.transparent;
    page.title = scene::markup_plain(scene.title);
    page.description = scene::markup_plain(scene.caption);
    const double prepare_s = since_start();
    output::ExportTimings t = output::export_vector(prepared, page, format, sidecar, path);
    t.prepare_s = prepare_s;
    return t;
}

scene::Camera figure_camera(const RenderRequest& req, const scene::Scene& scene) {
    const float aspect = static_cast<float>(req.image.width) / static_cast<float>(req.image.height);
    scene::Camera camera = resolve_camera(req.camera, scene, aspect);
    // Room for the title and caption, unless the caption layer is hidden (a
    // journal figure, whose caption is in the paper).
    const bool captioned = std::find(req.hidden_layers.begin(), req.hidden_layers.end(),
                                     std::string(scene::kCaptionLayer)) == req.hidden_layers.end();
    if (!req.camera.exact && captioned)
        scene::fit_between_bands(camera, scene::caption_bands(scene, req.image.width, req.image.height, pixel_scale(req.image)),
                                 req.image.height);
    return camera;
}

output::ExportTimings export_figure(render::Renderer* renderer, const RenderRequest& req,
                                    const std::filesystem::path& path) {
    const auto start = std::chrono::steady_clock::now();
    scene::Scene scene = figures::build_figure(*figures::find_figure(req.figure), req.params);
    const scene::Camera camera = figure_camera(req, scene);
    const double build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    output::ExportTimings t = export_scene(renderer, req, std::move(scene), camera, path);
    t.prepare_s += build_s;
    return t;
}

}  // namespace cagescope::app
