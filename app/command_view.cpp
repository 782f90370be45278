// `cagescope view` and `cagescope tour FILE`: the interactive window.
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli_support.h"
#include "figure_options.h"
#include "figures/figures.h"
#include "render/gl_context.h"
#include "render_request.h"
#include "viewer/tour.h"
#include "viewer/viewer_app.h"

namespace cagescope::app {

namespace {

struct ViewCliOptions {
    viewer::ViewOptions view;
    std::string size;
    std::string theme;
    std::shared_ptr<app::FigureOptionValues> figure_options = std::make_shared<app::FigureOptionValues>();
};

void add_common_options(CLI::App* cmd, ViewCliOptions& o) {
    cmd->add_option("--size", o.size, "Window size WIDTHxHEIGHT (default: the last one used)");
    cmd->add_option("--theme", o.theme, "dark, light or presentation (light, high contrast, large)");
    cmd->add_flag("--hide-panels", o.view.hide_panels, "Start with the panels hidden (H shows them)");
    cmd->add_option("--shot-dir", o.view.shot_dir, "Directory for F12 screenshots")->type_name("DIR")->capture_default_str();
    cmd->add_flag("!--no-settings", o.view.use_settings, "Neither read nor save ~/.config/cagescope/viewer.json");
    add_figure_options(*cmd, o.figure_options);
    auto* hooks = "Test hooks";
    cmd->add_option("--frames", o.view.frames, "Quit after N frames (animation advances one step per frame)")
        ->group(hooks)
        ->check(CLI::Range(0, 1000000));
    cmd->add_option("--screenshot", o.view.screenshot, "At exit, export the 3D view to FILE.png (+ sidecar) as F12 does")
        ->type_name("FILE")
        ->group(hooks);
    cmd->add_option("--screenshot-ui", o.view.screenshot_ui, "On the last frame, save the window as shown, UI included")
        ->type_name("FILE")
        ->group(hooks);
    cmd->add_option("--script", o.view.script, "Replay key and mouse events from FILE (one per frame)")
        ->type_name("FILE")
        ->group(hooks);
}

int run(ViewCliOptions& o) {
    o.view.figure_options = *o.figure_options;
    if (!o.size.empty()) o.view.size = parse_size(o.size);
    if (!o.theme.empty()) {
        o.view.theme = viewer::theme_from_string(o.theme);
        if (!o.view.theme) throw UsageError("--theme " + o.theme + ": expected dark, light or presentation");
    }
    for (const std::string* f : {&o.view.screenshot, &o.view.screenshot_ui})
        if (!f->empty() && std::filesystem::path(*f).extension() != ".png")
            throw UsageError(*f + ": the screenshot file name must end in .png");
    try {
        return viewer::run_viewer(o.view);
    } catch (const render::RenderError& e) {
        throw RuntimeFailure(std::string(e.what()) +
                             "\nThe viewer needs a display. Without one, export images with `cagescope render`, e.g.\n"
                             "  cagescope render --figure 7 --out fig7.png");
    }
}

}  // namespace

void add_view_command(CLI::App& app) {
    auto o = std::make_shared<ViewCliOptions>();
    CLI::App* cmd = app.add_subcommand("view", "Open the interactive 3D viewer (the default with no command)");
    cmd->add_option("--figure,-f", o->view.figure, "Figure to open: " + figures::figure_ids());
    cmd->add_option("--state", o->view.state, "Open a saved view (or any render sidecar JSON)")->type_name("FILE");
    add_common_options(cmd, *o);
    cmd->footer("\nExample: cagescope view --figure 7 --material PP --torsion 0\n"
                "\nKeys: F1 lists them all. 1/3/7/9 front/side/top/iso, 5 ortho/persp, R reset,\n"
                "Space play, F12 screenshot, H hide panels, F11 full screen, T theme.");
    cmd->callback([o] {
        const int status = run(*o);
        if (status != kExitOk) throw RuntimeFailure("the viewer failed");
    });
}

void add_tour_command(CLI::App& app) {
    auto o = std::make_shared<ViewCliOptions>();
    CLI::App* cmd = app.add_subcommand("tour", "Run a guided tour in the viewer (PageDown / PageUp step through)");
    std::string names;
    for (const auto& n : viewer::embedded_tour_names()) names += (names.empty() ? "" : ", ") + n;
    cmd->add_option("tour", o->view.tour, "Tour JSON file, or a built-in tour: " + names)
        ->type_name("FILE")
        ->default_val(viewer::embedded_tour_names().front());
    auto check = std::make_shared<std::string>();
    cmd->add_option("--check", *check,
                    "List the problems of a tour file (or built-in tour) as file:line:column: message, "
                    "without opening a window; exit status 2 if there are any")
        ->type_name("FILE");
    add_common_options(cmd, *o);
    cmd->footer("\nA tour is a JSON file: README.md (\"Writing a tour\") describes its format.\n"
                "  cagescope tour my-tour.json\n"
                "  cagescope tour --check my-tour.json");
    cmd->callback([o, check] {
        if (!check->empty()) {
            const auto [text, file] = viewer::tour_text(*check);
            const auto problems = viewer::check_tour(text, file);
            for (const auto& p : problems) std::printf("%s\n", p.c_str());
            if (!problems.empty())
                throw UsageError(file + ": " + std::to_string(problems.size()) + " problem" +
                                 (problems.size() == 1 ? "" : "s"));
            std::printf("%s: no problems\n", file.c_str());
            return;
        }
        const int status = run(*o);
        if (status != kExitOk) throw RuntimeFailure("the viewer failed");
    });
}

}  // namespace cagescope::app
