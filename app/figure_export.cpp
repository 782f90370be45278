#include "figure_export.h"

#include <algorithm>

#include "export/exporter.h"
#include "figures/figures.h"
#include "scene/caption.h"

namespace cagescope::app {

render::OffscreenOptions offscreen_options(const RenderRequest& req) {
    render::OffscreenOptions o;
    o.width = req.image.width;
    o.height = req.image.height;
    o.ssaa = req.image.ssaa;
    o.background = req.image.background;
    o.transparent = req.image.transparent;
    o.hidden_layers = {req.hidden_layers.begin(), req.hidden_layers.end()};
    // A 4K figure then reads like a 1080p one, and a thumbnail stays legible.
    o.pixel_scale = std::clamp(static_cast<float>(req.image.height) / 900.0f, 0.75f, 4.0f);
    return o;
}

void export_scene(render::Renderer& renderer, const RenderRequest& req, scene::Scene scene,
                  const scene::Camera& camera, const std::filesystem::path& png_path) {
    const render::OffscreenOptions options = offscreen_options(req);
    scene::add_caption_labels(scene, camera, req.image.width, req.image.height, options.pixel_scale);
    renderer.set_scene(scene);
    const std::string sidecar = sidecar_json(req, scene, camera).dump(2) + "\n";
    output::export_png(renderer, camera, options, sidecar, png_path);
}

void export_figure(render::Renderer& renderer, const RenderRequest& req, const std::filesystem::path& png_path) {
    scene::Scene scene = figures::build_figure(*figures::find_figure(req.figure), req.params);
    const float aspect = static_cast<float>(req.image.width) / static_cast<float>(req.image.height);
    scene::Camera camera = resolve_camera(req.camera, scene, aspect);
    if (!req.camera.exact)
        scene::fit_between_bands(camera,
                                 scene::caption_bands(scene, req.image.width, req.image.height,
                                                      offscreen_options(req).pixel_scale),
                                 req.image.height);
    export_scene(renderer, req, std::move(scene), camera, png_path);
}

}  // namespace cagescope::app
