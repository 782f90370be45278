// What the shortcuts and buttons do, screenshots through the one exporter,
// the window read back with its UI (a test hook), and the state printout.
#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "export/atomic_file.h"
#include "export/exporter.h"
#include "export/png.h"
#include "figure_export.h"
#include "scene_json.h"
#include "figures/paper_quotes.h"
#include "viewer/state_file.h"
#include "viewer/viewer_app_impl.h"

namespace cagescope::viewer {

namespace fs = std::filesystem;

namespace {

std::string new_screenshot_path(const std::string& dir, const std::string& figure, int format) {
    const std::string ext = format == 1 ? ".svg" : format == 2 ? ".pdf" : ".png";
    const std::time_t t = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&t));
    const std::string base = (fs::path(dir) / ("cagescope-fig" + figure + "-" + stamp)).string();
    std::string path = base + ext;
    for (int i = 2; fs::exists(path) && i < 1000; ++i) path = base + "-" + std::to_string(i) + ext;
    return path;
}

}  // namespace

void ViewerApp::perform(Action action) {
    ViewerModel& m = ctx_.model;
    const float aspect = view_aspect();
    wake();
    hover_dirty_ = true;
    try {
        switch (action) {
            case Action::view_front: show_preset(m, scene::ViewPreset::front, aspect); break;
            case Action::view_side: show_preset(m, scene::ViewPreset::side, aspect); break;
            case Action::view_top: show_preset(m, scene::ViewPreset::top, aspect); break;
            case Action::view_iso: show_preset(m, scene::ViewPreset::iso, aspect); break;
            case Action::toggle_projection: m.camera.toggle_projection(); break;
            case Action::reset_view: reset_view(m, aspect); break;
            case Action::toggle_play:
                toggle_play(m);
                if (animation_steps(m) == 0) ctx_.notify("Fig. " + m.request.figure + " has no animation");
                break;
            case Action::step_back: step_animation(m, -1); break;
            case Action::step_forward: step_animation(m, +1); break;
            case Action::tour_next:
            case Action::tour_prev:
                if (!m.tour.tour) {
                    if (action == Action::tour_next) step_animation(m, +1);
                    else step_animation(m, -1);
                } else if (!go_to_tour_step(m, m.tour.index + (action == Action::tour_next ? 1 : -1), aspect)) {
                    ctx_.notify(action == Action::tour_next ? "End of the tour" : "Start of the tour");
                } else {
                    ctx_.ui.tooltips_armed = false;  // the mouse resting mid-figure opens nothing while the step is read
                }
                break;
            case Action::screenshot: {
                const std::string path = take_screenshot(new_screenshot_path(ctx_.ui.shot_dir, m.request.figure, ctx_.ui.export_choice.format));
                ctx_.notify("Saved " + path + " (+ .json)");
                break;
            }
            case Action::save_state:
                save_view_state(ctx_.ui.state_path, m.request, m.scene, m.camera.goal());
                ctx_.notify("View saved to " + ctx_.ui.state_path);
                break;
            case Action::load_state: {
                std::string warnings;
                const app::RenderRequest r =
                    load_view_state(ctx_.ui.state_path, [&](const std::string& w) { warnings += w + "\n"; });
                m.request = r;
                m.measure.clear();
                m.animation.playing = false;
                m.animation.clock = std::max(r.params.time, 0.0);
                rebuild_scene(m);
                m.camera.fly_to(app::resolve_camera(r.camera, m.scene, aspect), m.camera_settings);
                ctx_.notify("Opened " + ctx_.ui.state_path + (warnings.empty() ? "" : "\n" + warnings));
                break;
            }
            case Action::copy_camera:
                glfwSetClipboardString(window_, camera_to_text(m.camera.goal()).c_str());
                ctx_.notify("Camera copied");
                break;
            case Action::paste_camera: {
                const char* text = glfwGetClipboardString(window_);
                std::string error;
                if (const auto c = camera_from_text(text ? text : "", &error)) {
                    m.camera.fly_to(*c, m.camera_settings);
                    ctx_.notify("Camera pasted");
                } else {
                    ctx_.notify(error, true);
                }
                break;
            }
            case Action::toggle_fullscreen: {
                GLFWmonitor* monitor = glfwGetPrimaryMonitor();
                const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
                if (!mode) break;
                if (!ctx_.ui.fullscreen) {
                    glfwGetWindowPos(window_, &windowed_pos_[0], &windowed_pos_[1]);
                    glfwGetWindowSize(window_, &windowed_size_[0], &windowed_size_[1]);
                    glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
                } else {
                    glfwSetWindowMonitor(window_, nullptr, windowed_pos_[0], windowed_pos_[1], windowed_size_[0],
                                         windowed_size_[1], 0);
                }
                ctx_.ui.fullscreen = !ctx_.ui.fullscreen;
                break;
            }
            case Action::toggle_panels: ctx_.ui.settings.show_panels = !ctx_.ui.settings.show_panels; break;
            case Action::toggle_help: ctx_.ui.show_help = !ctx_.ui.show_help; break;
            case Action::ui_bigger:
            case Action::ui_smaller: {
                const float f = action == Action::ui_bigger ? 1.1f : 1.0f / 1.1f;
                ctx_.ui.settings.ui_scale = std::clamp(ctx_.ui.settings.ui_scale * f, kMinUiScale, kMaxUiScale);
                ctx_.ui.restyle = true;
                break;
            }
            case Action::cycle_theme:
                ctx_.ui.settings.theme = static_cast<Theme>((static_cast<int>(ctx_.ui.settings.theme) + 1) % 3);
                ctx_.ui.restyle = true;
                ctx_.notify("Theme: " + std::string(to_string(ctx_.ui.settings.theme)));
                break;
            case Action::toggle_measure:
                ctx_.ui.measure_mode = !ctx_.ui.measure_mode;
                ctx_.notify(ctx_.ui.measure_mode ? "Measure: click two points" : "Measure off");
                break;
            case Action::toggle_pointer:
                ctx_.ui.pointer_mode = !ctx_.ui.pointer_mode;
                if (ctx_.ui.pointer_mode) m.hover.reset();
                ctx_.notify(ctx_.ui.pointer_mode ? "Pointer on (P): no tooltips" : "Pointer off");
                break;
            case Action::next_spotlight:
            case Action::spotlight_off:
                ctx_.ui.spotlight = action == Action::spotlight_off
                                        ? std::string()
                                        : next_spotlight(m.scene, ctx_.ui.spotlight, m.request.hidden_layers);
                m.scene_changed = true;  // the renderer gets the dimmed copy
                ctx_.notify(ctx_.ui.spotlight.empty()
                                ? std::string("Spotlight off")
                                : "Spotlight: " + figures::layer_display_name(m.request.figure, ctx_.ui.spotlight) +
                                      " (L next, Shift+L off)");
                break;
            case Action::toggle_blank: ctx_.ui.blank = !ctx_.ui.blank; break;
            case Action::quit: glfwSetWindowShouldClose(window_, GLFW_TRUE); break;
        }
    } catch (const std::exception& e) {
        ctx_.notify(e.what(), true);
        std::fprintf(stderr, "cagescope: %s\n", e.what());
    }
}

std::string ViewerApp::take_screenshot(const std::string& path) {
    const ViewerModel& m = ctx_.model;
    app::RenderRequest req = m.request;
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window_, &fb_w, &fb_h);
    // The view's rectangle as shown: beside the panels, between title and caption.
    if (const render::Tile tile = view_tile(fb_w, fb_h); tile.full_width > 0) {
        fb_w = tile.full_width;
        fb_h = tile.full_height;
    }
    req.image.width = ctx_.ui.export_choice.window_size ? std::max(fb_w, 1) : ctx_.ui.export_choice.width;
    req.image.height = ctx_.ui.export_choice.window_size ? std::max(fb_h, 1) : ctx_.ui.export_choice.height;
    req.image.print.reset();  // the viewer's images are sized in pixels
    // The camera as shown; a chosen size with another shape keeps the view's height.
    const scene::Camera camera = m.camera.goal();
    req.camera.exact = camera;
    req.camera.projection = camera.projection;

    try {
        app::export_scene(renderer_.get(), req, m.scene, camera, path);
    } catch (...) {
        renderer_->set_scene(m.scene);
        throw;
    }
    renderer_->set_scene(m.scene);
    ctx_.ui.last_screenshot = path;
    std::printf("wrote %s (%dx%d) and %s\n", path.c_str(), req.image.width, req.image.height,
                output::sidecar_path(path).filename().c_str());
    std::fflush(stdout);
    return path;
}

void ViewerApp::write_ui_screenshot(const std::string& path) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    std::vector<std::uint8_t> rows(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rows.data());
    std::vector<std::uint8_t> flipped(rows.size());
    const std::size_t stride = static_cast<std::size_t>(w) * 4;
    for (int y = 0; y < h; ++y) {
        std::copy_n(rows.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(h - 1 - y) * stride), stride,
                    flipped.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * stride));
        for (std::size_t x = 0; x < static_cast<std::size_t>(w); ++x) flipped[static_cast<std::size_t>(y) * stride + x * 4 + 3] = 255;
    }
    output::write_file_atomically(path, output::encode_png(w, h, flipped));
    std::printf("wrote %s (%dx%d, window with UI)\n", path.c_str(), w, h);
    std::fflush(stdout);
}

void ViewerApp::print_state() const {
    const ViewerModel& m = ctx_.model;
    const scene::Camera& c = m.camera.goal();
    const nlohmann::json j{
        {"frame", frame_count_},
        {"figure", m.request.figure},
        {"camera",
         {{"azimuth", c.azimuth_deg},
          {"elevation", c.elevation_deg},
          {"distance", c.distance},
          {"projection", scene::to_string(c.projection)},
          {"target", {c.target.x, c.target.y, c.target.z}}}},
        {"preset", scene::to_string(m.request.camera.preset)},
        {"playing", m.animation.playing},
        {"time", m.request.params.time},
        {"tour_step", m.tour.tour ? m.tour.index : -1},
        {"tour_steps", m.tour.tour ? static_cast<int>(m.tour.tour->steps.size()) : 0},
        {"last_screenshot", ctx_.ui.last_screenshot},
        {"hover", m.hover ? m.hover->id : ""},
        {"measure_points", m.measure.size()},
        {"panels", ctx_.ui.settings.show_panels},
        {"help", ctx_.ui.show_help},
        {"theme", to_string(ctx_.ui.settings.theme)},
        {"ui_scale", ctx_.ui.settings.ui_scale},
        {"hidden_layers", m.request.hidden_layers},
        {"parameters", app::parameters_json(m.request.params)},
        {"pointer", ctx_.ui.pointer_mode},
        {"blank", ctx_.ui.blank},
        {"spotlight", ctx_.ui.spotlight},
        {"view", {ctx_.view.origin.x, ctx_.view.origin.y, ctx_.view.size.x, ctx_.view.size.y}},
        {"caption_px", ctx_.ui.caption_px},
    };
    std::printf("state %s\n", j.dump().c_str());
    std::fflush(stdout);
}

}  // namespace cagescope::viewer
