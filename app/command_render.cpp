// `cagescope render`: exports figures as PNG + sidecar JSON with no display
// (EGL surfaceless), one figure, every figure, or again from a sidecar.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <unistd.h>

#include "cli_support.h"
#include "export/atomic_file.h"
#include "export/exporter.h"
#include "export/png.h"
#include "figures/figures.h"
#include "json_file.h"
#include "model/parameters.h"
#include "render/gl_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "render_request.h"
#include "animation_export.h"
#include "figure_export.h"
#include "figure_options.h"
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
    std::optional<double> dpi;
    std::string format;                    // png, svg, pdf, glb or html for --all/--frames (else from --out)
    int ssaa = ImageSettings{}.ssaa;
    int msaa = ImageSettings{}.msaa;
    bool transparent = false;
    std::string background = "white";
    std::string camera = "iso";
    std::string projection = "perspective";
    std::shared_ptr<FigureOptionValues> figure_options = std::make_shared<FigureOptionValues>();
    std::vector<std::string> hidden_layers;
    std::string frames;                    // "A:B:STEP": an animation
    std::string gif;
    std::string mp4;
    int fps = 8;
    bool quiet = false;
};

std::string default_file_name(const std::string& figure, output::ImageFormat format = output::ImageFormat::png) {
    return "fig" + figure + "." + output::to_string(format);
}

// --format, or png.
output::ImageFormat format_option(const RenderOptions& o) {
    if (o.format.empty()) return output::ImageFormat::png;
    const auto f = output::image_format_from_string(o.format);
    if (!f) throw UsageError("--format " + o.format + ": allowed " + output::image_format_names());
    return *f;
}

// The sidecar a --from file holds: a NAME.json, or a PNG cagescope wrote
// (its iTXt chunk), told apart by the PNG signature (a .json file is JSON).
JsonDocument read_sidecar_document(const fs::path& path) {
    if (path.extension() == ".json") return read_json_document(path);
    std::ifstream in(path, std::ios::binary);
    char signature[8] = {};
    const bool png = in && in.read(signature, sizeof signature) && std::memcmp(signature, "\x89PNG\r\n\x1a\n", 8) == 0;
    if (!png) return read_json_document(path);
    in.seekg(0);
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw UsageError("--from " + path.string() + ": cannot read the file");
    std::optional<std::string> text;
    try {
        text = output::read_png_sidecar(bytes);
    } catch (const std::runtime_error& e) {
        throw UsageError("--from " + path.string() + ": " + e.what());
    }
    if (!text)
        throw UsageError("--from " + path.string() + ": not a PNG with a cagescope sidecar chunk (PNGs written by "
                         "cagescope 0.3.0 or later carry one); use the NAME.json written beside it");
    return parse_json_document(std::move(*text), path.string());
}

RenderRequest request_from_options(const RenderOptions& o, const std::string& figure, const CLI::App& cmd) {
    RenderRequest req;
    req.figure = figure;
    const figures::FigureInfo& info = figure_from_option(figure);
    if (!cmd.get_option("--camera")->empty()) {
        const auto preset = scene::view_preset_from_string(o.camera);
        if (!preset) throw UsageError("--camera " + o.camera + ": expected iso, top, front or side");
        req.camera.preset = *preset;
    } else {
        req.camera.preset = info.default_view;
    }
    req.camera.projection = info.default_projection;
    if (!cmd.get_option("--projection")->empty()) {
        const auto projection = scene::projection_from_string(o.projection);
        if (!projection) throw UsageError("--projection " + o.projection + ": expected perspective or orthographic");
        req.camera.projection = *projection;
    }

    const ImageSize size = parse_image_size(o.size, o.dpi);
    const int w = size.width, h = size.height;
    req.image.print = size.print;
    req.image.width = w;
    req.image.height = h;
    req.image.ssaa = o.ssaa;
    req.image.msaa = o.msaa;
    req.image.transparent = o.transparent;
    req.image.background = parse_color(o.background);
    // The names this figure has (with --all, others belong to other figures).
    const auto known = figures::hideable_layers(info);
    for (const auto& layer : o.hidden_layers)
        if (std::find(known.begin(), known.end(), layer) != known.end()) req.hidden_layers.push_back(layer);

    req.params = figure_params_from(*o.figure_options, info);
    return req;
}

// GL debug builds (the dev and asan presets) fail on any GL error, so every
// test that runs `cagescope render` also proves the frame had none.
void check_gl_errors(const render::Renderer* renderer, const fs::path& out) {
#ifdef CAGESCOPE_GL_DEBUG
    if (renderer && renderer->gl_error_count() > 0)
        throw RuntimeFailure(out.string() + ": " + std::to_string(renderer->gl_error_count()) +
                             " GL error(s) while rendering, the last: " + renderer->last_gl_error());
#else
    (void)renderer;
    (void)out;
#endif
}

// The GL context and renderer of a run, made only when a PNG is among its
// outputs: SVG, PDF, glTF and HTML need neither (EGL and the shaders are
// about 0.1 s of a process).
struct GlForPng {
    std::unique_ptr<render::GlContext> context;
    std::unique_ptr<render::Renderer> renderer;
    explicit GlForPng(bool needed) {
        if (!needed) return;
        context = render::create_headless_context();
        renderer = std::make_unique<render::Renderer>();
    }
};

void render_one(render::Renderer* renderer, const RenderRequest& req, const fs::path& out, bool quiet) {
    const auto start = std::chrono::steady_clock::now();
    export_figure(renderer, req, out);
    check_gl_errors(renderer, out);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (quiet) return;
    const auto format = output::image_format_from_path(out);
    if (format == output::ImageFormat::glb || format == output::ImageFormat::html)  // 3D: no pixel size
        std::printf("wrote %s (fig. %s, %s) and %s in %.2f s\n", out.c_str(), req.figure.c_str(),
                    format == output::ImageFormat::glb ? "3D" : "a web page, every step",
                    output::sidecar_path(out).filename().c_str(), seconds);
    else
        std::printf("wrote %s (%dx%d, fig. %s) and %s in %.2f s\n", out.c_str(), req.image.width, req.image.height,
                    req.figure.c_str(), output::sidecar_path(out).filename().c_str(), seconds);
}

// The figure's clock from first to last: a numbered PNG sequence in `dir`,
// with progress on a terminal.
void render_frames(render::Renderer* renderer, RenderRequest req, const FrameRange& range, const fs::path& dir,
                   output::ImageFormat format, bool quiet) {
    const auto start = std::chrono::steady_clock::now();
    const auto times = range.times();
    const bool tty = ::isatty(2) != 0;
    const auto* time_field = figures::find_param_field("time");
    for (std::size_t i = 0; i < times.size(); ++i) {
        time_field->set(req.params, times[i]);
        const std::string name = frame_file_name(req.figure, static_cast<int>(i), output::to_string(format));
        if (!quiet && tty) std::fprintf(stderr, "\rframe %zu/%zu  t = %g  %s ", i + 1, times.size(), times[i], name.c_str());
        export_figure(renderer, req, dir / name);
        check_gl_errors(renderer, dir / name);
    }
    if (!quiet && tty) std::fputc('\n', stderr);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!quiet)
        std::printf("wrote %zu frames %s ... %s (with sidecars) to %s in %.2f s\n", times.size(),
                    frame_file_name(req.figure, 0, output::to_string(format)).c_str(),
                    frame_file_name(req.figure, static_cast<int>(times.size()) - 1, output::to_string(format)).c_str(), dir.c_str(), seconds);
}

// A scratch directory for frames that only feed a video; removed on scope exit.
struct ScratchDir {
    fs::path path;
    ScratchDir() {
        std::string tmpl = (fs::temp_directory_path() / "cagescope-frames-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) throw RuntimeFailure("cannot create a temporary directory for the frames");
        path = tmpl;
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

void check_video_file(const std::string& option, const fs::path& out, const char* extension) {
    if (out.extension() != extension)
        throw UsageError(option + " " + out.string() + ": the file name must end in " + extension);
    std::error_code ec;
    const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec))
        throw UsageError(option + " " + out.string() + ": directory " + dir.string() + " does not exist");
}

void check_output_file(const fs::path& out) {
    if (!output::image_format_from_path(out))
        throw UsageError("--out " + out.string() + ": the file name must end in .png, .svg, .pdf, .glb or .html (the format)");
    std::error_code ec;
    if (fs::is_directory(out, ec)) throw UsageError("--out " + out.string() + ": is a directory; use --out-dir");
    const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec)) throw UsageError("--out " + out.string() + ": directory " + dir.string() + " does not exist");
}

void run(const RenderOptions& o, const CLI::App& cmd, CommandMode mode) {
    std::vector<std::pair<RenderRequest, fs::path>> jobs;
    if (!o.from.empty()) {
        auto warn = [](const std::string& m) { std::fprintf(stderr, "cagescope: warning: %s\n", m.c_str()); };
        RenderRequest req = request_from_sidecar(read_sidecar_document(o.from), warn);
        if (o.out.empty() && o.out_dir.empty()) throw UsageError("--from needs --out FILE.png or --out-dir DIR");
        const fs::path out =
            o.out.empty() ? fs::path(o.out_dir) / default_file_name(req.figure, format_option(o)) : fs::path(o.out);
        jobs.emplace_back(std::move(req), out);
    } else if (o.all) {
        if (o.out_dir.empty()) throw UsageError("--all writes one file per figure: give --out-dir DIR");
        std::vector<const figures::FigureInfo*> paper;
        for (const auto& f : figures::figure_list())
            if (f.in_paper) paper.push_back(&f);
        check_hidden_layers(o.hidden_layers, paper);
        check_options_read(*o.figure_options, paper);
        for (const auto& f : figures::figure_list())
            if (f.in_paper)
                jobs.emplace_back(request_from_options(o, std::string(f.id), cmd),
                                  fs::path(o.out_dir) / default_file_name(std::string(f.id), format_option(o)));
    } else if (!o.frames.empty()) {
        if (o.figure.empty()) throw UsageError("--frames needs --figure ID (" + figures::figure_ids() + ")");
        if (o.out_dir.empty() && o.gif.empty() && o.mp4.empty())
            throw UsageError("--frames writes a PNG sequence: give --out-dir DIR, --gif FILE.gif or --mp4 FILE.mp4");
        const FrameRange range = parse_frame_range(o.frames);
        RenderRequest req = request_from_options(o, o.figure, cmd);
        check_hidden_layers(o.hidden_layers, {figures::find_figure(req.figure)});
        check_options_read(*o.figure_options, {figures::find_figure(req.figure)});
        if (!o.gif.empty()) check_video_file("--gif", o.gif, ".gif");
        if (!o.mp4.empty()) check_video_file("--mp4", o.mp4, ".mp4");
        if (!o.gif.empty() || !o.mp4.empty()) require_ffmpeg(o.gif.empty() ? o.mp4 : o.gif);
        if ((!o.gif.empty() || !o.mp4.empty()) && format_option(o) != output::ImageFormat::png)
            throw UsageError("--gif and --mp4 are made from PNG frames: leave out --format " + o.format);
        if (format_option(o) == output::ImageFormat::html)
            throw UsageError("--frames writes a file per step, and one .html page already holds every step: "
                             "use --out fig" + req.figure + ".html");
        if (mode == CommandMode::check_only) return;  // before a directory is made
        if (!o.out_dir.empty()) {
            try {
                output::ensure_writable_directory(o.out_dir);
            } catch (const output::WriteError& e) {
                throw UsageError(std::string("--out-dir: ") + e.what());
            }
        }
        const GlForPng gl(format_option(o) == output::ImageFormat::png);
        std::optional<ScratchDir> scratch;
        if (o.out_dir.empty()) scratch.emplace();
        const fs::path dir = scratch ? scratch->path : fs::path(o.out_dir);
        render_frames(gl.renderer.get(), req, range, dir, format_option(o), o.quiet || scratch.has_value());
        for (const auto& [file, format] : {std::pair{o.gif, VideoFormat::gif}, std::pair{o.mp4, VideoFormat::mp4}}) {
            if (file.empty()) continue;
            encode_video(dir, req.figure, o.fps, format, file);
            if (!o.quiet) std::printf("wrote %s (%d frames at %d fps)\n", file.c_str(), static_cast<int>(range.times().size()), o.fps);
        }
        return;
    } else {
        if (o.figure.empty()) throw UsageError("say what to render: --figure ID (" + figures::figure_ids() + "), --all or --from FILE.json");
        RenderRequest req = request_from_options(o, o.figure, cmd);
        check_hidden_layers(o.hidden_layers, {figures::find_figure(req.figure)});
        if (!o.format.empty() && !o.out.empty() && output::image_format_from_path(o.out) != format_option(o))
            throw UsageError("--format " + o.format + " and --out " + o.out + " disagree: the extension sets the format");
        check_options_read(*o.figure_options, {figures::find_figure(req.figure)});
        const fs::path out = !o.out.empty() ? fs::path(o.out)
                             : !o.out_dir.empty() ? fs::path(o.out_dir) / default_file_name(o.figure, format_option(o))
                                                  : fs::path(default_file_name(o.figure, format_option(o)));
        jobs.emplace_back(std::move(req), out);
    }

    if (mode == CommandMode::check_only) return;  // before a directory is made
    // Check every destination before the (slow) context creation and renders.
    if (!o.out_dir.empty()) {
        try {
            output::ensure_writable_directory(o.out_dir);
        } catch (const output::WriteError& e) {
            throw UsageError(std::string("--out-dir: ") + e.what());
        }
    }
    for (const auto& job : jobs) check_output_file(job.second);

    const GlForPng gl(std::any_of(jobs.begin(), jobs.end(), [](const auto& job) {
        return output::image_format_from_path(job.second) == output::ImageFormat::png;
    }));
    for (const auto& [req, out] : jobs) render_one(gl.renderer.get(), req, out, o.quiet);
}

}  // namespace

void add_render_command(CLI::App& app, CommandMode mode) {
    auto opts = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "Export figures as PNG, SVG or PDF, each with a JSON sidecar (no display needed)");
    cmd->footer("\nExamples:\n"
                "  cagescope render --figure 7 --omega-z 42.1 --torsion 1.187 --size 1920x1080 --ssaa 2 --out fig7.png\n"
                "  cagescope render --figure 7 --material PP --camera front --out pp.png\n"
                "  cagescope render --figure 3b --camera top --projection orthographic --transparent\n"
                "  cagescope render --figure 4 --size 85mmx60mm --hide-layer caption --out fig4.pdf   (one journal column)\n"
                "  cagescope render --all --out-dir figures\n"
                "  cagescope render --from figures/fig7.json --out again.png\n"
                "  cagescope render --figure 2 --frames 0:19:1 --out-dir frames --gif fig2.gif\n"
                "\nEach image gets NAME.json beside it: version, figure, every parameter and the camera (a PNG\n"
                "carries it inside too); `--from NAME.json` or `--from NAME.png` makes the same image again.\n"
                "Files are written whole or not at all.");

    auto* figure = cmd->add_option("--figure,-f", opts->figure, "Figure to draw: " + figures::figure_ids());
    auto* all = cmd->add_flag("--all", opts->all, "Export every figure of the paper (needs --out-dir)");
    auto* from = cmd->add_option("--from", opts->from,
                                 "Render again exactly what a sidecar NAME.json describes; it holds the figure, "
                                 "its parameters, the image and the camera, so --from takes none of those options")
                     ->type_name("FILE");
    figure->excludes(all);
    from->excludes(figure)->excludes(all);
    auto* out = cmd->add_option("--out,-o", opts->out,
                                "Output file: .png, .svg, .pdf, .glb (binary glTF, the 3D scene) or .html (a page to explore, every step) sets the format (default figID.png)")->type_name("FILE");
    cmd->add_option("--format", opts->format, "png, svg, pdf, glb or html: the format of --all, --frames and --out-dir files")
        ->type_name("FORMAT");
    cmd->add_option("--out-dir", opts->out_dir, "Output directory (created if missing)")->type_name("DIR")->excludes(out);

    std::vector<CLI::Option*> image_options;
    image_options.push_back(cmd->add_option("--size", opts->size,
                                            "WIDTHxHEIGHT in pixels (each 1 to 8192), or a print size such as "
                                            "85mmx60mm (mm, cm, in): the page of an SVG or PDF")
                                ->capture_default_str());
    image_options.push_back(cmd->add_option("--dpi", opts->dpi,
                                            "Dots per inch of a print size, 72 to 2400 (default 300): its pixels "
                                            "and the PNG's resolution"));
    image_options.push_back(cmd->add_option("--ssaa", opts->ssaa, "Supersampling per axis, 1 to 4, on top of the "
                                                            "edge smoothing (2 or more for zoomed print crops; each step costs n² time)")
                                ->capture_default_str()
                                ->check(CLI::Range(1, kMaxSsaa)));
    image_options.push_back(cmd->add_option("--msaa", opts->msaa, "MSAA samples per pixel: 1 (every edge smoothed by its "
                                                            "own coverage, single-sampled) or 4 (finer detail where "
                                                            "many primitives share a pixel: the glass region)")
                                ->capture_default_str()
                                ->check(CLI::IsMember({1, 4})));
    image_options.push_back(cmd->add_flag("--transparent", opts->transparent, "Transparent background (straight alpha)"));
    image_options.push_back(cmd->add_option("--background", opts->background, "Background: #rrggbb, white, black, grey")
                                ->capture_default_str());
    image_options.push_back(cmd->add_option("--camera", opts->camera, "View: iso, top (+z), front (-y), side (+x); default per figure"));
    image_options.push_back(cmd->add_option("--projection", opts->projection, "perspective or orthographic; default per figure"));
    image_options.push_back(cmd->add_option("--hide-layer", opts->hidden_layers,
                                            "Layer not to draw (repeatable): one of the figure's, e.g. labels or caption"));
    for (auto* opt : add_figure_options(*cmd, opts->figure_options)) image_options.push_back(opt);
    auto* frames = cmd->add_option("--frames", opts->frames,
                                   "Animation steps FIRST:LAST:STEP, e.g. 0:15:1: a numbered PNG sequence in --out-dir");
    frames->excludes(all)->excludes(from)->excludes(out);
    cmd->add_option("--gif", opts->gif, "With --frames: also make an animated GIF (needs ffmpeg)")
        ->type_name("FILE")
        ->needs(frames);
    cmd->add_option("--mp4", opts->mp4, "With --frames: also make an H.264 MP4 video (needs ffmpeg)")
        ->type_name("FILE")
        ->needs(frames);
    cmd->add_option("--fps", opts->fps, "Frames per second of --gif/--mp4, 1 to 60")
        ->capture_default_str()
        ->check(CLI::Range(1, 60))
        ->needs(frames);
    // Said once in --from's help rather than "Excludes: --from" after each.
    const auto from_alone = [from, image_options] {
        if (from->count() == 0) return;
        for (const CLI::Option* opt : image_options)
            if (opt->count() > 0)
                throw UsageError("--from excludes " + opt->get_name() +
                                 ": the sidecar holds the figure, its parameters, the image and the camera");
    };
    cmd->add_flag("--quiet,-q", opts->quiet, "Print nothing on success");

    // An empty value is a mistake (an unset shell variable), never a choice:
    // `--out ""` must not fall back to figID.png, nor `--omega-z ""` to the default.
    const CLI::Validator not_empty(
        [](std::string& value) { return value.empty() ? std::string("an empty value is not allowed") : std::string(); },
        "");  // no description: --help stays as it was
    for (CLI::Option* opt : cmd->get_options())
        if (opt->get_expected_max() > 0) opt->check(not_empty);  // not on flags

    for (CLI::Option* opt : {figure, all, from, out, cmd->get_option("--format"), cmd->get_option("--out-dir"),
                             cmd->get_option("--quiet")})
        opt->group("Output");
    for (CLI::Option* opt : image_options)
        if (opt->get_group() == "Options") opt->group("Image");
    for (const char* name : {"--camera", "--projection"}) cmd->get_option(name)->group("Camera");
    for (const char* name : {"--frames", "--gif", "--mp4", "--fps"}) cmd->get_option(name)->group("Animation");
    cmd->callback([opts, cmd, mode, from_alone] {
        from_alone();
        run(*opts, *cmd, mode);
    });
}

}  // namespace cagescope::app
