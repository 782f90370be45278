// `cagescope render`: exports figures as PNG + sidecar JSON with no display
// (EGL surfaceless), one figure, every figure, or again from a sidecar.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>

#include "cli_support.h"
#include "export/atomic_file.h"
#include "export/exporter.h"
#include "figures/figures.h"
#include "json_file.h"
#include "model/parameters.h"
#include "render/gl_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "render_request.h"
#include "scene/caption.h"

namespace cagescope::app {

namespace fs = std::filesystem;

namespace {

struct RenderOptions {
    std::string figure;
    bool all = false;
    std::string from;
    std::string out;
    std::string out_dir;
    std::string size = "1920x1080";
    int ssaa = 2;
    bool transparent = false;
    std::string background = "white";
    std::string camera = "iso";
    std::string projection = "perspective";
    std::string spacing = "equal-angle";
    std::string material;
    std::vector<std::string> hidden_layers;
    std::map<std::string, double> params;  // only those given on the command line
    bool quiet = false;
};

std::string default_file_name(const std::string& figure) { return "fig" + figure + ".png"; }

RenderRequest request_from_options(const RenderOptions& o, const std::string& figure, const CLI::App& cmd) {
    RenderRequest req;
    req.figure = figure;
    const figures::FigureInfo* info = figures::find_figure(figure);
    if (!info) throw UsageError("--figure " + figure + ": no such figure; available: " + figures::figure_ids());
    if (!cmd.get_option("--camera")->empty()) {
        const auto preset = scene::view_preset_from_string(o.camera);
        if (!preset) throw UsageError("--camera " + o.camera + ": expected iso, top, front or side");
        req.camera.preset = *preset;
    } else {
        req.camera.preset = info->default_view;
    }
    req.camera.projection = info->default_projection;
    if (!cmd.get_option("--projection")->empty()) {
        const auto projection = scene::projection_from_string(o.projection);
        if (!projection) throw UsageError("--projection " + o.projection + ": expected perspective or orthographic");
        req.camera.projection = *projection;
    }

    const auto [w, h] = parse_size(o.size);
    req.image.width = w;
    req.image.height = h;
    req.image.ssaa = o.ssaa;
    req.image.transparent = o.transparent;
    req.image.background = parse_color(o.background);
    req.hidden_layers = o.hidden_layers;

    const auto spacing = figures::spacing_from_string(o.spacing);
    if (!spacing) throw UsageError("--spacing " + o.spacing + ": expected equal-angle or equal-step");
    req.params.spacing = *spacing;
    req.params.material = o.material;
    for (const auto& [name, value] : o.params) figures::find_param_field(name)->set(req.params, value);
    figures::resolve_and_check(req.params);
    return req;
}

render::OffscreenOptions offscreen_options(const RenderRequest& req) {
    render::OffscreenOptions o;
    o.width = req.image.width;
    o.height = req.image.height;
    o.ssaa = req.image.ssaa;
    o.background = req.image.background;
    o.transparent = req.image.transparent;
    o.hidden_layers = {req.hidden_layers.begin(), req.hidden_layers.end()};
    // Line widths and fonts are designed for a frame about 900 pixels high;
    // larger exports scale them up so a 4K figure reads like a 1080p one.
    o.pixel_scale = std::clamp(static_cast<float>(req.image.height) / 900.0f, 0.75f, 4.0f);
    return o;
}

void render_one(render::Renderer& renderer, const RenderRequest& req, const fs::path& out, bool quiet) {
    const auto start = std::chrono::steady_clock::now();
    scene::Scene scene = figures::build_figure(*figures::find_figure(req.figure), req.params);
    const float aspect = static_cast<float>(req.image.width) / static_cast<float>(req.image.height);
    const render::OffscreenOptions options = offscreen_options(req);
    scene::Camera camera = resolve_camera(req.camera, scene, aspect);
    if (!req.camera.exact)
        scene::fit_between_bands(
            camera, scene::caption_bands(scene, req.image.width, req.image.height, options.pixel_scale),
            req.image.height);
    scene::add_caption_labels(scene, camera, req.image.width, req.image.height, options.pixel_scale);
    renderer.set_scene(scene);
    const std::string sidecar = sidecar_json(req, scene, camera).dump(2) + "\n";
    output::export_png(renderer, camera, options, sidecar, out);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!quiet)
        std::printf("wrote %s (%dx%d, fig. %s) and %s in %.2f s\n", out.c_str(), req.image.width, req.image.height,
                    req.figure.c_str(), output::sidecar_path(out).filename().c_str(), seconds);
}

void check_output_file(const fs::path& out) {
    if (out.extension() != ".png") throw UsageError("--out " + out.string() + ": the file name must end in .png");
    std::error_code ec;
    if (fs::is_directory(out, ec)) throw UsageError("--out " + out.string() + ": is a directory; use --out-dir");
    const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec)) throw UsageError("--out " + out.string() + ": directory " + dir.string() + " does not exist");
}

void run(const RenderOptions& o, const CLI::App& cmd) {
    std::vector<std::pair<RenderRequest, fs::path>> jobs;
    if (!o.from.empty()) {
        const nlohmann::json sidecar = read_json_file(o.from);
        auto warn = [](const std::string& m) { std::fprintf(stderr, "cagescope: warning: %s\n", m.c_str()); };
        RenderRequest req = request_from_sidecar(sidecar, o.from, warn);
        if (o.out.empty() && o.out_dir.empty()) throw UsageError("--from needs --out FILE.png or --out-dir DIR");
        const fs::path out = o.out.empty() ? fs::path(o.out_dir) / default_file_name(req.figure) : fs::path(o.out);
        jobs.emplace_back(std::move(req), out);
    } else if (o.all) {
        if (o.out_dir.empty()) throw UsageError("--all writes one file per figure: give --out-dir DIR");
        for (const auto& f : figures::figure_list())
            jobs.emplace_back(request_from_options(o, std::string(f.id), cmd),
                              fs::path(o.out_dir) / default_file_name(std::string(f.id)));
    } else {
        if (o.figure.empty()) throw UsageError("say what to render: --figure ID (" + figures::figure_ids() + "), --all or --from FILE.json");
        RenderRequest req = request_from_options(o, o.figure, cmd);
        const fs::path out = !o.out.empty() ? fs::path(o.out)
                             : !o.out_dir.empty() ? fs::path(o.out_dir) / default_file_name(o.figure)
                                                  : fs::path(default_file_name(o.figure));
        jobs.emplace_back(std::move(req), out);
    }

    // Check every destination before the (slow) context creation and renders.
    if (!o.out_dir.empty()) {
        try {
            output::ensure_writable_directory(o.out_dir);
        } catch (const output::WriteError& e) {
            throw UsageError(std::string("--out-dir: ") + e.what());
        }
    }
    for (const auto& job : jobs) check_output_file(job.second);

    const auto context = render::create_headless_context();
    render::Renderer renderer;
    for (const auto& [req, out] : jobs) render_one(renderer, req, out, o.quiet);
}

}  // namespace

void add_render_command(CLI::App& app) {
    auto opts = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "Export figures as PNG images, each with a JSON sidecar (no display needed)");
    cmd->footer("\nExamples:\n"
                "  cagescope render --figure 7 --omega-z 42.1 --torsion 1.187 --size 1920x1080 --ssaa 2 --out fig7.png\n"
                "  cagescope render --figure 7 --material PP --camera front --out pp.png\n"
                "  cagescope render --figure 3b --camera top --projection orthographic --transparent\n"
                "  cagescope render --all --out-dir figures\n"
                "  cagescope render --from figures/fig7.json --out again.png\n"
                "\nEach PNG gets NAME.json beside it: version, figure, every parameter and the camera;\n"
                "`--from NAME.json` makes the same image again. Files are written whole or not at all.");

    auto* figure = cmd->add_option("--figure,-f", opts->figure, "Figure to draw: " + figures::figure_ids());
    auto* all = cmd->add_flag("--all", opts->all, "Export every figure (needs --out-dir)");
    auto* from = cmd->add_option("--from", opts->from, "Render again exactly what a sidecar NAME.json describes");
    figure->excludes(all);
    from->excludes(figure)->excludes(all);
    auto* out = cmd->add_option("--out,-o", opts->out, "Output PNG file (default figID.png)");
    cmd->add_option("--out-dir", opts->out_dir, "Output directory (created if missing)")->excludes(out);

    std::vector<CLI::Option*> image_options;
    image_options.push_back(cmd->add_option("--size", opts->size, "Image size WIDTHxHEIGHT, each 1 to 8192")->capture_default_str());
    image_options.push_back(cmd->add_option("--ssaa", opts->ssaa, "Supersampling per axis, 1 to 4 (on top of 4x MSAA)")
                                ->capture_default_str()
                                ->check(CLI::Range(1, kMaxSsaa)));
    image_options.push_back(cmd->add_flag("--transparent", opts->transparent, "Transparent background (straight alpha)"));
    image_options.push_back(cmd->add_option("--background", opts->background, "Background: #rrggbb, white, black, grey")
                                ->capture_default_str());
    image_options.push_back(cmd->add_option("--camera", opts->camera, "View: iso, top (+z), front (-y), side (+x); default per figure"));
    image_options.push_back(cmd->add_option("--projection", opts->projection, "perspective or orthographic; default per figure"));
    image_options.push_back(cmd->add_option("--hide-layer", opts->hidden_layers, "Layer not to draw (repeatable), e.g. labels"));
    image_options.push_back(cmd->add_option("--spacing", opts->spacing, "Point spacing on a diagonal: equal-angle or equal-step")
                                ->capture_default_str());
    image_options.push_back(cmd->add_option("--material", opts->material, "Material preset setting Ω_z: PE, PP or As2S3"));

    const figures::FigureParams defaults = figures::default_params();
    for (const auto& field : figures::param_fields()) {
        const std::string name(field.name);
        char default_text[32];
        std::snprintf(default_text, sizeof default_text, "%g", field.get(defaults));
        const std::string help = std::string(field.description) + " (default " + default_text + ")";
        image_options.push_back(cmd->add_option_function<double>(
            "--" + name, [opts, name](const double& v) { opts->params[name] = v; }, help));
    }
    for (auto* opt : image_options) opt->excludes(from);
    cmd->add_flag("--quiet,-q", opts->quiet, "Print nothing on success");

    cmd->callback([opts, cmd] { run(*opts, *cmd); });
}

}  // namespace cagescope::app
