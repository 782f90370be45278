// `cagescope bench`: how fast each scene is on this machine, offscreen (EGL).
// Per scene: the rebuild after a parameter change (scene build + GPU upload),
// median and 95th-percentile frame time at the asked size (single-sampled
// with analytic edges as the viewer draws, or --msaa N)
// (glFinish after every frame, so the rasteriser's work counts), the export
// of a 1920x1080 and a 3840x2160 PNG (scene, render + read back, encode,
// write), the quality of the 1080p export against the same drawing at 4x4
// supersampling, and `cagescope render` run as a process (wall time and peak
// memory). The floor is the same for an empty scene: a process that starts,
// creates the context, renders nothing and encodes a blank PNG.
// docs/performance.md explains every column.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "cli_support.h"
#include "subprocess.h"
#include "export/exporter.h"
#include "figure_export.h"
#include "figures/figures.h"
#include "image/image_quality.h"
#include "model/parameters.h"
#include "render/gl_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "render_request.h"
#include "scene/caption.h"
#include "version.h"


namespace cagescope::app {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct BenchOptions {
    std::string figure = "all";
    std::string size = "1920x1080";
    int frames = 200;             // frames timed per scene (fewer if --max-seconds runs out)
    double max_seconds = 20.0;    // budget of the frame loop per scene, seconds
    int runs = 3;                 // repetitions of each process run and 1080p export (median)
    bool json = false;
    int msaa = 1;                 // samples of the frame-time target (the viewer's window has 1)
    int export_msaa = ImageSettings{}.msaa;  // samples of the exports (render --msaa)
    bool no_process = false;      // skip the `cagescope render` process runs
    bool no_export = false;       // skip the in-process PNG exports
    std::vector<std::string> hidden_layers;  // not drawn in the timed frames
    bool moving = false;          // frames as the viewer draws a moving large scene: multisampling off
    std::map<std::string, double> params;  // figure parameters given on the command line
    std::string empty_export;     // internal: export an empty scene to this file and exit
};

// Median and 95th percentile (nearest rank) of a sample.
double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    if (p == 50.0 && v.size() % 2 == 0) return 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}
double median(const std::vector<double>& v) { return percentile(v, 50.0); }

double peak_rss_mb(const rusage& u) { return static_cast<double>(u.ru_maxrss) / 1024.0; }  // ru_maxrss is KiB on Linux

struct ProcessRun {
    double wall_s = 0.0;
    double peak_mb = 0.0;
    int exit_code = -1;
};

// Runs this program with args (stdout/stderr to /dev/null) and waits, with
// the child's own peak resident memory from wait4.
ProcessRun run_self(const std::vector<std::string>& args) {
    const auto start = Clock::now();
    const ChildExit child = run_program("/proc/self/exe", args);
    ProcessRun run;
    run.wall_s = ms_since(start) / 1000.0;
    run.peak_mb = peak_rss_mb(child.usage);
    run.exit_code = child.exit_code;
    return run;
}

// Median wall time and the largest peak of `runs` runs; a failed run throws.
ProcessRun run_self_median(const std::vector<std::string>& args, int runs) {
    std::vector<double> walls;
    ProcessRun out;
    for (int i = 0; i < runs; ++i) {
        const ProcessRun r = run_self(args);
        if (r.exit_code != 0) {
            std::string cmd = "cagescope";
            for (const auto& a : args) cmd += " " + a;
            throw RuntimeFailure("bench: `" + cmd + "` failed with status " + std::to_string(r.exit_code));
        }
        walls.push_back(r.wall_s);
        out.peak_mb = std::max(out.peak_mb, r.peak_mb);
    }
    out.wall_s = median(walls);
    out.exit_code = 0;
    return out;
}

struct ExportTime {
    double scene_ms = 0.0;   // build the figure, fit the camera, add the caption, upload (or prepare the vector frame)
    double render_ms = 0.0;  // draw, resolve, read back, downsample (PNG only)
    double encode_ms = 0.0;  // PNG encoding, or writing the SVG or PDF
    double write_ms = 0.0;   // the file + sidecar to disk
    double total_ms() const { return scene_ms + render_ms + encode_ms + write_ms; }
};

// One export as `cagescope render` does it, through the same function;
// `figure` null exports an empty scene with the render defaults.
ExportTime time_export(render::Renderer& renderer, const figures::FigureInfo* figure,
                       const figures::FigureParams& params, int width, int height, int msaa, const fs::path& out) {
    RenderRequest req;
    req.figure = figure ? std::string(figure->id) : "7";
    req.params = params;
    req.image.width = width;
    req.image.height = height;
    req.image.msaa = msaa;
    const output::ExportTimings parts = figure ? export_figure(&renderer, req, out)
                                               : export_scene(&renderer, req, scene::Scene{}, scene::Camera{}, out);
    return {parts.prepare_s * 1000.0, parts.render_s * 1000.0, parts.encode_s * 1000.0, parts.write_s * 1000.0};
}

nlohmann::json to_json(const ExportTime& t) {
    return {{"total_ms", t.total_ms()},
            {"scene_ms", t.scene_ms},
            {"render_ms", t.render_ms},
            {"encode_ms", t.encode_ms},
            {"write_ms", t.write_ms}};
}

// The export of one size `runs` times; the run with the median total.
ExportTime time_export_median(render::Renderer& renderer, const figures::FigureInfo* figure,
                              const figures::FigureParams& params, int width, int height, int msaa,
                              const fs::path& out, int runs) {
    std::vector<ExportTime> all;
    for (int i = 0; i < runs; ++i) all.push_back(time_export(renderer, figure, params, width, height, msaa, out));
    std::sort(all.begin(), all.end(), [](const ExportTime& a, const ExportTime& b) { return a.total_ms() < b.total_ms(); });
    return all[all.size() / 2];
}

// The reference: the same drawing at 4x the pixels, line widths, fonts and
// label offsets scaled (the offscreen renderer's pixel scale), box-filtered
// 4x4 down, with 4x MSAA inside: 64 samples a pixel, whatever the export's
// own edges. `cagescope render --ssaa 4 --msaa 4` writes the same image.
constexpr int kReferenceSsaa = 4;
constexpr int kReferenceMsaa = 4;

nlohmann::json to_json(const image::Quality& q) {
    return {{"psnr_db", q.psnr_db},  // +inf (identical images) is written as null
            {"edge_error_p99", q.edge_error_p99},
            {"edge_error_max", q.edge_error_max},
            {"edge_pixels", q.edge_pixels}};
}

// The scene's export (render defaults) against the reference.
image::Quality export_quality(render::Renderer& renderer, const scene::Scene& s, const scene::Camera& camera,
                              render::OffscreenOptions options) {
    renderer.set_scene(s);
    const render::Image image = render::render_offscreen(renderer, camera, options);
    options.ssaa = kReferenceSsaa;
    options.msaa = kReferenceMsaa;
    const render::Image reference = render::render_offscreen(renderer, camera, options);
    return image::compare_rgba(image.width, image.height, image.rgba, reference.rgba);
}

// The quality of a figure's 1920x1080 export with the render defaults
// (docs/performance.md, "Quality"): `frame`, the image as exported, title,
// caption and labels included (the scene and caption made as export_scene
// makes them for a PNG); `geometry`, the same frame without any text, since
// glyphs snap to whole pixels and their sizes to whole pixels at each scale,
// so text differs from the reference by up to a pixel and dominates `frame`.
nlohmann::json quality_1080p(render::Renderer& renderer, const figures::FigureInfo& figure,
                             const figures::FigureParams& params, int msaa) {
    RenderRequest req;
    req.figure = std::string(figure.id);
    req.params = params;
    req.image.width = 1920;
    req.image.height = 1080;
    req.image.msaa = msaa;
    const auto start = Clock::now();
    scene::Scene s = figures::build_figure(figure, params);
    const scene::Camera camera = figure_camera(req, s);
    const render::OffscreenOptions options = offscreen_options(req);
    scene::Scene captioned = s;
    scene::add_caption_labels(captioned, camera, req.image.width, req.image.height, options.pixel_scale);
    const image::Quality frame = export_quality(renderer, captioned, camera, options);
    for (scene::Primitive& p : s.primitives)
        if (auto* label = std::get_if<scene::Label>(&p.shape)) label->text.clear();  // an empty label is not drawn
    const image::Quality geometry = export_quality(renderer, s, camera, options);
    return {{"frame", to_json(frame)},
            {"geometry", to_json(geometry)},
            {"reference_ssaa", kReferenceSsaa},
            {"reference_msaa", kReferenceMsaa},
            {"ms", ms_since(start)}};
}

// Frames into a target like the viewer's window (--msaa samples), the camera orbiting
// once over the frames so sorting and culling see every side; glFinish after
// each so the rasteriser's work is counted. Adds the frame keys to `row`.
void time_frames(render::Renderer& renderer, const scene::Camera& fitted, const BenchOptions& o, int width,
                 int height, nlohmann::json& row) {
    const render::FrameTarget target(width, height, o.msaa);
    const int samples = target.samples();
    target.bind();
    render::FrameOptions frame;
    frame.width = width;
    frame.height = height;
    ImageSettings image;
    image.width = width;
    image.height = height;
    frame.pixel_scale = pixel_scale(image);
    frame.hidden_layers = {o.hidden_layers.begin(), o.hidden_layers.end()};
    frame.antialias = !o.moving;
    frame.level_of_detail = o.moving;
    std::vector<double> times;
    const auto loop_start = Clock::now();
    for (int i = -2; i < o.frames; ++i) {  // two warm-up frames
        scene::Camera cam = fitted;
        cam.azimuth_deg += 360.0f * static_cast<float>(std::max(i, 0)) / static_cast<float>(std::max(o.frames, 1));
        const auto start = Clock::now();
        renderer.draw(cam, frame);
        render::FrameTarget::finish();
        if (i >= 0) times.push_back(ms_since(start));
        if (i >= 0 && ms_since(loop_start) > o.max_seconds * 1000.0) break;
    }
    render::FrameTarget::unbind();
    row["frames_measured"] = times.size();
    row["frame_ms_median"] = median(times);
    row["frame_ms_p95"] = percentile(times, 95.0);
    row["fps_median"] = median(times) > 0.0 ? 1000.0 / median(times) : 0.0;
    row["msaa"] = samples;
    row["gl_errors"] = renderer.gl_error_count();
}

struct SceneCase {
    std::string name;  // "6" or "6 tube-hsms=1"
    const figures::FigureInfo* figure = nullptr;
    figures::FigureParams params;
    std::vector<std::string> cli_params;  // the same parameters for `cagescope render`
};

struct Counts {
    int spheres = 0;
    int segments = 0;
    int labels = 0;
    int other = 0;
};

Counts count(const scene::Scene& s) {
    Counts c;
    for (const auto& p : s.primitives) {
        if (std::holds_alternative<scene::Sphere>(p.shape)) {
            ++c.spheres;
        } else if (const auto* l = std::get_if<scene::Polyline>(&p.shape)) {
            if (l->points.size() > 1) c.segments += static_cast<int>(l->points.size()) - (l->closed ? 0 : 1);
        } else if (std::holds_alternative<scene::Label>(p.shape)) {
            ++c.labels;
        } else {
            ++c.other;
        }
    }
    return c;
}

nlohmann::json bench_scene(render::Renderer& renderer, const SceneCase& sc, const BenchOptions& o, int width,
                           int height, const fs::path& dir) {
    nlohmann::json row;
    row["scene"] = sc.name;
    row["figure"] = std::string(sc.figure->id);

    // Rebuild after a parameter change: the figure's builder, then the upload.
    // Repeated (median) while it stays cheap; big scenes once or twice.
    std::vector<double> build, upload;
    scene::Scene s;
    const auto budget = Clock::now();
    for (int i = 0; i < 9 && (i < 2 || ms_since(budget) < 500.0); ++i) {
        auto start = Clock::now();
        s = figures::build_figure(*sc.figure, sc.params);
        build.push_back(ms_since(start));
        start = Clock::now();
        renderer.set_scene(s);
        render::FrameTarget::finish();
        upload.push_back(ms_since(start));
    }
    const Counts c = count(s);
    row["primitives"] = {{"spheres", c.spheres}, {"segments", c.segments}, {"labels", c.labels}, {"other", c.other}};
    row["build_ms"] = median(build);
    row["upload_ms"] = median(upload);
    row["rebuild_ms"] = median(build) + median(upload);

    const float aspect = static_cast<float>(width) / static_cast<float>(height);
    time_frames(renderer, scene::fit_camera(sc.figure->default_view, sc.figure->default_projection, s, aspect), o,
                width, height, row);

    // Exports in this process (context already made): 1080p and 4K.
    if (!o.no_export) {
        const fs::path png = dir / "bench.png";
        const int m = o.export_msaa;
        row["export_1080p"] = to_json(time_export_median(renderer, sc.figure, sc.params, 1920, 1080, m, png, o.runs));
        row["export_2160p"] = to_json(time_export(renderer, sc.figure, sc.params, 3840, 2160, m, png));
        if (s.primitives.size() <= kMaxVectorPrimitives) {  // larger scenes are refused as vector
            row["export_svg_1080p"] =
                to_json(time_export_median(renderer, sc.figure, sc.params, 1920, 1080, m, dir / "bench.svg", o.runs));
            row["export_pdf_1080p"] =
                to_json(time_export_median(renderer, sc.figure, sc.params, 1920, 1080, m, dir / "bench.pdf", o.runs));
        }
        row["quality_1080p"] = quality_1080p(renderer, *sc.figure, sc.params, m);
    }

    return row;
}

// `cagescope render` as a user runs it: whole process, 1080p. Run before
// this process grows: a child's peak memory (wait4) starts from its parent's
// size at the fork, however briefly it was that size.
nlohmann::json bench_render_process(const SceneCase& sc, const BenchOptions& o, const fs::path& dir) {
    std::vector<std::string> args{"render", "--figure", std::string(sc.figure->id), "--size", "1920x1080",
                                  "--msaa", std::to_string(o.export_msaa), "--quiet", "--out", (dir / "render.png").string()};
    args.insert(args.end(), sc.cli_params.begin(), sc.cli_params.end());
    const ProcessRun r = run_self_median(args, o.runs);
    return {{"render_process_s", r.wall_s}, {"render_process_peak_mb", r.peak_mb}};
}

std::string fmt(double v, int decimals) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string export_ms(const nlohmann::json& row, const char* key) {
    return row.contains(key) ? fmt(row[key]["total_ms"], 0) : "-";
}

void print_table(const nlohmann::json& report) {
    const auto& floor = report["floor"];
    std::printf("cagescope bench  %s  (%s, %u threads)\n", report["version"].get<std::string>().c_str(),
                report["gl_renderer"].get<std::string>().c_str(), report["hardware_threads"].get<unsigned>());
    std::printf("frames at %s with %dx MSAA (1: analytic edges); exports at 1920x1080 and 3840x2160 with the "
                "render defaults (ssaa %d, %dx MSAA); times in ms unless marked s;\n"
                "PSNR (dB, sRGB 8-bit RGB) and 99th-percentile edge error (e99, 0..255) of the 1080p export "
                "against the same drawing at ssaa %d; g: without text\n\n",
                report["size"].get<std::string>().c_str(), report["msaa"].get<int>(),
                report["export_ssaa"].get<int>(), report["export_msaa"].get<int>(), kReferenceSsaa);
    std::printf("%-16s %8s %7s %8s %8s %8s %8s %6s %9s %9s %7s %7s %9s %8s %7s %5s %7s %5s\n", "scene", "spheres", "segs",
                "build", "upload", "frame", "p95", "fps", "exp1080", "exp2160", "svg", "pdf", "render s", "peak MB",
                "PSNR", "e99", "gPSNR", "ge99");
    for (const auto& row : report["scenes"]) {
        const bool q = row.contains("quality_1080p");
        const auto quality = [&](const char* part, const char* key, int decimals) {
            if (!q) return std::string("-");
            const auto& v = row["quality_1080p"][part][key];
            return v.is_null() ? std::string("inf") : fmt(v, decimals);
        };
        std::printf("%-16s %8d %7d %8s %8s %8s %8s %6s %9s %9s %7s %7s %9s %8s %7s %5s %7s %5s\n",
                    row["scene"].get<std::string>().c_str(),
                    row["primitives"]["spheres"].get<int>(), row["primitives"]["segments"].get<int>(),
                    fmt(row["build_ms"], 2).c_str(), fmt(row["upload_ms"], 2).c_str(),
                    fmt(row["frame_ms_median"], 1).c_str(), fmt(row["frame_ms_p95"], 1).c_str(),
                    fmt(row["fps_median"], 1).c_str(), export_ms(row, "export_1080p").c_str(),
                    export_ms(row, "export_2160p").c_str(), export_ms(row, "export_svg_1080p").c_str(),
                    export_ms(row, "export_pdf_1080p").c_str(),
                    row.contains("render_process_s") ? fmt(row["render_process_s"], 3).c_str() : "-",
                    row.contains("render_process_peak_mb") ? fmt(row["render_process_peak_mb"], 0).c_str() : "-",
                    quality("frame", "psnr_db", 2).c_str(), quality("frame", "edge_error_p99", 0).c_str(),
                    quality("geometry", "psnr_db", 2).c_str(), quality("geometry", "edge_error_p99", 0).c_str());
    }
    std::printf("%-16s %8s %7s %8s %8s %8s %8s %6s %9s %9s %7s %7s %9s %8s\n", "(empty: floor)", "0", "0", "-", "-",
                fmt(floor["frame_ms_median"], 1).c_str(), fmt(floor["frame_ms_p95"], 1).c_str(),
                fmt(floor["fps_median"], 1).c_str(), export_ms(floor, "export_1080p").c_str(),
                export_ms(floor, "export_2160p").c_str(), "-", "-",
                floor.contains("render_process_s") ? fmt(floor["render_process_s"], 3).c_str() : "-",
                floor.contains("render_process_peak_mb") ? fmt(floor["render_process_peak_mb"], 0).c_str() : "-");
    std::printf("\ncontext + renderer creation %s ms; bench process peak %s MB\n",
                fmt(floor["context_ms"], 1).c_str(), fmt(report["bench_peak_mb"], 0).c_str());
    if (floor.contains("export_1080p"))
        std::printf("exp1080 of the floor: render %s, encode %s, write %s ms\n",
                    fmt(floor["export_1080p"]["render_ms"], 1).c_str(),
                    fmt(floor["export_1080p"]["encode_ms"], 1).c_str(),
                    fmt(floor["export_1080p"]["write_ms"], 1).c_str());
}

// Internal: the floor process. Starts, makes the context, exports an empty
// scene with the render defaults and exits.
void run_empty_export(const BenchOptions& o) {
    const auto [w, h] = parse_size(o.size);
    const auto context = render::create_headless_context();
    render::Renderer renderer;
    time_export(renderer, nullptr, figures::default_params(), w, h, o.export_msaa, o.empty_export);
}

void run(const BenchOptions& o) {
    if (!o.empty_export.empty()) {
        run_empty_export(o);
        return;
    }
    if (o.frames < 1) throw UsageError("--frames " + std::to_string(o.frames) + ": must be at least 1");
    const auto [width, height] = parse_size(o.size);

    std::vector<SceneCase> cases;
    std::vector<std::string> cli_params;
    for (const auto& [name, value] : o.params) {
        char text[32];
        std::snprintf(text, sizeof text, "%.17g", value);
        cli_params.insert(cli_params.end(), {"--" + name, text});
    }
    // Each figure from its own defaults (as render draws it), then the options given.
    const auto params_for = [&o](const figures::FigureInfo& f) {
        figures::FigureParams params = figures::default_params(f);
        for (const auto& [name, value] : o.params) figures::find_param_field(name)->set(params, value);
        figures::resolve_and_check(params);
        return params;
    };
    if (o.figure == "all") {
        for (const auto& f : figures::figure_list()) {
            cases.push_back({std::string(f.id), &f, params_for(f), cli_params});
            // Fig. 6 with every HSM of each V_8 loop: the second large scene.
            if (f.id == "6" && o.params.count("tube-hsms") == 0) {
                SceneCase all = cases.back();
                all.name = "6 tube-hsms=1";
                all.params.tube_hsms = 1;
                all.cli_params.insert(all.cli_params.end(), {"--tube-hsms", "1"});
                cases.push_back(all);
            }
        }
    } else {
        const figures::FigureInfo* f = figures::find_figure(o.figure);
        if (!f) throw UsageError("--figure " + o.figure + ": no such figure; available: all, " + figures::figure_ids());
        std::string name = o.figure;
        for (std::size_t i = 0; i < cli_params.size(); i += 2) name += " " + cli_params[i].substr(2) + "=" + cli_params[i + 1];
        cases.push_back({name, f, params_for(*f), cli_params});
    }

    std::vector<const figures::FigureInfo*> benched;
    for (const SceneCase& c : cases) benched.push_back(c.figure);
    check_hidden_layers(o.hidden_layers, benched);

    std::string tmpl = (fs::temp_directory_path() / "cagescope-bench-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw RuntimeFailure("bench: cannot create a temporary directory");
    const fs::path dir = tmpl;
    struct Cleanup {
        fs::path p;
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(p, ec);
        }
    } cleanup{dir};

    nlohmann::json report;
    report["version"] = kVersion;
    report["size"] = o.size;
    report["frames"] = o.frames;
    report["runs"] = o.runs;
    report["hardware_threads"] = std::thread::hardware_concurrency();

    {
        RenderRequest defaults_request;
        const render::OffscreenOptions defaults = offscreen_options(defaults_request);
        report["export_ssaa"] = defaults.ssaa;
        report["export_msaa"] = o.export_msaa;
    }

    // The process runs first, while this process is small (see bench_render_process).
    nlohmann::json floor;
    std::vector<nlohmann::json> processes(cases.size());
    if (!o.no_process) {
        if (!o.json) std::fprintf(stderr, "bench: `cagescope render` processes ...\n");
        const ProcessRun r = run_self_median(
            {"bench", "--empty-export", (dir / "floor.png").string(), "--size", "1920x1080", "--export-msaa",
             std::to_string(o.export_msaa)},
            o.runs);
        floor["render_process_s"] = r.wall_s;
        floor["render_process_peak_mb"] = r.peak_mb;
        for (std::size_t i = 0; i < cases.size(); ++i) processes[i] = bench_render_process(cases[i], o, dir);
    }

    auto start = Clock::now();
    const auto context = render::create_headless_context();
    render::Renderer renderer;
    const double context_ms = ms_since(start);
    report["gl_renderer"] = context->info().renderer;
    report["msaa"] = render::FrameTarget(1, 1, o.msaa).samples();

    floor["context_ms"] = context_ms;
    renderer.set_scene(scene::Scene{});
    time_frames(renderer, scene::Camera{}, o, width, height, floor);
    if (!o.no_export) {
        floor["export_1080p"] =
            to_json(time_export_median(renderer, nullptr, figures::default_params(), 1920, 1080, o.export_msaa,
                                       dir / "empty.png", o.runs));
        floor["export_2160p"] = to_json(
            time_export(renderer, nullptr, figures::default_params(), 3840, 2160, o.export_msaa, dir / "empty.png"));
    }
    report["floor"] = floor;

    report["scenes"] = nlohmann::json::array();
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (!o.json) std::fprintf(stderr, "bench: %s ...\n", cases[i].name.c_str());
        nlohmann::json row = bench_scene(renderer, cases[i], o, width, height, dir);
        if (!o.no_process) row.update(processes[i]);
        report["scenes"].push_back(row);
    }
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    report["bench_peak_mb"] = peak_rss_mb(self);

    if (o.json)
        std::printf("%s\n", report.dump(2).c_str());
    else
        print_table(report);
}

}  // namespace

void add_bench_command(CLI::App& app) {
    auto opts = std::make_shared<BenchOptions>();
    CLI::App* cmd = app.add_subcommand(
        "bench", "Measure scene rebuild, frame time, PNG export and peak memory per figure, offscreen (no display)");
    cmd->footer("\nExamples:\n"
                "  cagescope bench                                   every figure at 1920x1080, a table\n"
                "  cagescope bench --figure glass --size 1280x800    the glass region (K = 20)\n"
                "  cagescope bench --figure 6 --tube-hsms 1 --json   Fig. 6 with every HSM, as JSON\n"
                "\nTimes are wall clock on a possibly busy machine: repeat and compare medians.\n"
                "docs/performance.md explains each column.");
    cmd->add_option("--figure,-f", opts->figure, "all, or one figure: " + figures::figure_ids())->capture_default_str();
    cmd->add_option("--size", opts->size, "Frame size WIDTHxHEIGHT for the frame times")->capture_default_str();
    cmd->add_option("--frames", opts->frames, "Frames timed per scene")->capture_default_str()->check(CLI::Range(1, 100000));
    cmd->add_option("--max-seconds", opts->max_seconds, "Stop a scene's frame loop after this many seconds")
        ->capture_default_str()
        ->check(CLI::Range(0.1, 3600.0));
    cmd->add_option("--runs", opts->runs, "Repetitions of each process run and 1080p export (median)")
        ->capture_default_str()
        ->check(CLI::Range(1, 100));
    cmd->add_flag("--json", opts->json, "Print JSON instead of a table");
    cmd->add_option("--msaa", opts->msaa,
                    "MSAA samples of the frame-time target; 1 = single-sampled with analytic edges, as the viewer draws")
        ->capture_default_str()
        ->check(CLI::Range(1, 16));
    cmd->add_option("--export-msaa", opts->export_msaa,
                    "MSAA samples of the exports and the quality measurement, as render --msaa (the reference is "
                    "always ssaa 4 with 4x MSAA)")
        ->capture_default_str()
        ->check(CLI::IsMember({1, 4}));
    cmd->add_flag("--no-process", opts->no_process, "Skip the `cagescope render` process runs and the floor process");
    cmd->add_option("--hide-layer", opts->hidden_layers, "Layer not drawn in the timed frames (repeatable): what it costs");
    cmd->add_flag("--moving", opts->moving,
                  "Time frames as the viewer draws them while a large scene moves: MSAA target, multisampling off, "
                  "small copies of a repeated group (the glass region's HSMs) drawn as one picture each");
    cmd->add_flag("--no-export", opts->no_export, "Skip the in-process 1080p and 4K PNG exports (frame times only)");
    const figures::FigureParams defaults = figures::default_params();
    for (const auto& field : figures::param_fields()) {
        const std::string name(field.name);
        char default_text[32];
        std::snprintf(default_text, sizeof default_text, "%g", field.get(defaults));
        cmd->add_option_function<double>(
            "--" + name, [opts, name](const double& v) { opts->params[name] = v; },
            std::string(field.description) + " (default " + default_text + ")");
    }
    cmd->add_option("--empty-export", opts->empty_export, "internal: export an empty scene (the floor) and exit")
        ->group("");
    cmd->callback([opts] { run(*opts); });
}

}  // namespace cagescope::app
