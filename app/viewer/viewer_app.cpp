#include "viewer/viewer_app_impl.h"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "cli_support.h"
#include "figures/figures.h"
#include "viewer/panels.h"
#include "viewer/state_file.h"

namespace cagescope::viewer {

namespace {
void warn(const std::string& message) { std::fprintf(stderr, "cagescope: warning: %s\n", message.c_str()); }
}  // namespace

ViewerApp::ViewerApp(const ViewOptions& options) : options_(options) {
    // Everything that can be wrong with the input is checked before the window opens.
    ViewerModel& model = ctx_.model;
    if (!options.script.empty()) {
        script_.events = load_input_script(options.script);
        script_.active = true;
    }
    if (!options.tour.empty()) model.tour.tour = load_tour(options.tour, warn);
    std::optional<app::RenderRequest> state;
    if (!options.state.empty()) state = load_view_state(options.state, warn);
    if (!options.figure.empty() && !figures::find_figure(options.figure))
        throw app::UsageError("--figure " + options.figure + ": no such figure; available: " + figures::figure_ids());
    // Figure options as render takes them: refused for a figure that does not
    // read them (for a tour: when no step's figure does), then laid over the
    // state's parameters or each tour step's.
    const app::FigureOptionValues& figure_options = options.figure_options;
    if (model.tour.tour) {
        std::vector<const figures::FigureInfo*> drawn;
        for (const TourStep& step : model.tour.tour->steps) drawn.push_back(figures::find_figure(step.figure));
        app::check_options_read(figure_options, drawn);
        for (TourStep& step : model.tour.tour->steps) app::apply_figure_options(figure_options, step.params);
    } else {
        const std::string shown = !options.figure.empty() ? options.figure : state ? state->figure : "7";
        app::check_options_read(figure_options, {figures::find_figure(shown)});
        if (!state) {
            model.request.figure = shown;  // set_figure below then has nothing to carry over
            model.request.params = figures::default_params(*figures::find_figure(shown));
        }
        // A state opened as another figure takes the options after switching
        // (set_figure below), so carrying the state's values over cannot undo them.
        if (!(state && !options.figure.empty()))
            app::apply_figure_options(figure_options, state ? state->params : model.request.params);
    }

    if (options.use_settings)
        if (const auto path = settings_path()) ctx_.ui.settings = load_settings(*path, warn);
    if (options.theme) ctx_.ui.settings.theme = *options.theme;
    if (options.hide_panels) ctx_.ui.settings.show_panels = false;
    ctx_.ui.shot_dir = options.shot_dir;
    int width = ctx_.ui.settings.window_width;
    int height = ctx_.ui.settings.window_height;
    if (options.size) std::tie(width, height) = *options.size;

    gl_ = render::create_window_context(width, height, "cagescope");
    window_ = gl_->window();
    glfwSetWindowSizeLimits(window_, 160, 120, GLFW_DONT_CARE, GLFW_DONT_CARE);
    glfwSetWindowUserPointer(window_, this);
    float xscale = 1.0f, yscale = 1.0f;
    glfwGetWindowContentScale(window_, &xscale, &yscale);
    ctx_.ui.content_scale = std::clamp(std::max(xscale, yscale), 0.5f, 4.0f);
    renderer_ = std::make_unique<render::Renderer>();

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // layout is fixed; settings live in our own file
    install_callbacks();                    // ours first: ImGui's backend chains to them
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    restyle();
    ctx_.perform = [this](Action a) { perform(a); };

    ctx_.aspect = view_aspect();
    if (state) {
        model.request = *state;
        rebuild_scene(model);
        model.camera.jump_to(app::resolve_camera(state->camera, model.scene, ctx_.aspect));
        model.animation.clock = std::max(model.request.params.time, 0.0);
        ctx_.ui.state_path = options.state;
    } else {
        set_figure(model, options.figure.empty() ? "7" : options.figure, ctx_.aspect, false);
    }
    if (!options.figure.empty() && state) {
        set_figure(model, options.figure, ctx_.aspect, false);
        app::apply_figure_options(figure_options, model.request.params);
        rebuild_scene(model);
    }
    if (const auto it = figure_options.params.find("time"); it != figure_options.params.end() && !model.tour.tour) {
        model.request.params.time = it->second;  // set_figure starts the clock at rest
        model.animation.clock = std::max(it->second, 0.0);
        rebuild_scene(model);
    }
    if (model.tour.tour) {
        ctx_.ui.tooltips_armed = false;
        go_to_tour_step(model, 0, ctx_.aspect);
        model.camera.jump_to(model.camera.goal());
    }
    last_time_ = glfwGetTime();
}

ViewerApp::~ViewerApp() {
    if (window_ && options_.use_settings && !ctx_.ui.fullscreen) {
        glfwGetWindowSize(window_, &ctx_.ui.settings.window_width, &ctx_.ui.settings.window_height);
        if (const auto path = settings_path()) save_settings(ctx_.ui.settings, *path, warn);
    }
    renderer_.reset();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

glm::vec2 ViewerApp::window_size() const {
    int w = 0, h = 0;
    glfwGetWindowSize(window_, &w, &h);
    return {static_cast<float>(w), static_cast<float>(h)};
}

ViewRect ViewerApp::view_rect() const {
    // Beside the controls panel, left of "The paper" when it is open, above
    // the tour's caption: nothing the camera frames lies under a panel.
    const glm::vec2 window = window_size();
    const bool panels = ctx_.ui.settings.show_panels;
    const float left = panels ? controls_panel_width(window, ctx_.ui.fonts.body_px) : 0.0f;
    const float right = panels ? ctx_.ui.paper_px : 0.0f;
    const float bottom = ctx_.model.tour.tour ? ctx_.ui.caption_px : 0.0f;
    // A long title in a small window may cover the figure's top rather than
    // squeeze it: at most 30% of the height goes to it.
    const float top = std::min({ctx_.ui.title_px, window.y * 0.3f, std::max(window.y - bottom - 1.0f, 0.0f)});
    return ViewRect{{left, top}, {std::max(window.x - left - right, 1.0f), std::max(window.y - top - bottom, 1.0f)}};
}

float ViewerApp::view_aspect() const {
    const glm::vec2 s = view_rect().size;
    return s.x / s.y;
}

render::Tile ViewerApp::view_tile(int fb_w, int fb_h) const {
    // The renderer's tile: the framebuffer shows the view's frame from
    // (-left, 0) on, the frame as large as the rectangle, so the frame's
    // centre is the rectangle's centre.
    const ViewRect r = view_rect();
    const glm::vec2 window = window_size();
    const float sx = static_cast<float>(fb_w) / std::max(window.x, 1.0f);
    const float sy = static_cast<float>(fb_h) / std::max(window.y, 1.0f);
    const int left = static_cast<int>(std::lround(r.origin.x * sx));
    const int top = static_cast<int>(std::lround(r.origin.y * sy));
    const int width = std::clamp(static_cast<int>(std::lround(r.size.x * sx)), 1, std::max(fb_w - left, 1));
    const int height = std::clamp(static_cast<int>(std::lround(r.size.y * sy)), 1, std::max(fb_h - top, 1));
    if (left <= 0 && top <= 0 && width >= fb_w && height >= fb_h) return {};
    if (left >= fb_w || top >= fb_h) return {};
    return render::Tile{-left, -top, width, height};
}

void ViewerApp::restyle() {
    ctx_.ui.fonts = build_fonts(ui_font_px(ctx_.ui.settings, ctx_.ui.content_scale));
    apply_theme(ctx_.ui.settings.theme, ctx_.ui.content_scale * ctx_.ui.settings.ui_scale);
    ctx_.ui.restyle = false;
}

int ViewerApp::run() {
    while (!glfwWindowShouldClose(window_)) {
        const bool busy = script_.active || options_.frames > 0 || ctx_.model.animation.playing ||
                          ctx_.model.camera.flying() || frames_to_draw_ > 0;
        if (busy)
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(0.5);  // idle: no frames until something happens
        if (script_.active) replay_script();
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window_, &fb_w, &fb_h);
        if (fb_w <= 0 || fb_h <= 0 || glfwGetWindowAttrib(window_, GLFW_ICONIFIED)) {
            glfwWaitEventsTimeout(0.25);  // minimised: nothing to draw into
            continue;
        }
        frame();
        ++frame_count_;
        if (options_.frames > 0 && frame_count_ >= options_.frames && !script_.active) break;
    }
    if (!options_.screenshot.empty()) take_screenshot(options_.screenshot);
    return app::kExitOk;
}

void ViewerApp::frame() {
    const double now = glfwGetTime();
    const double dt = std::clamp(now - last_time_, 0.0, 0.1);
    last_time_ = now;
    ctx_.ui.now = now;
    if (ctx_.ui.restyle) restyle();
    frames_to_draw_ = std::max(frames_to_draw_ - 1, 0);
    const float caption_before = ctx_.ui.caption_px, paper_before = ctx_.ui.paper_px, title_before = ctx_.ui.title_px;
    ctx_.aspect = view_aspect();
    ctx_.view = view_rect();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (script_.active || script_.cursor.x >= 0.0f) feed_script_mouse_to_imgui();
    ImGui::NewFrame();

    if (ctx_.model.camera.update(dt)) hover_dirty_ = true;
    // Under --frames (a test) the clock is one step per frame, not the wall clock.
    const bool animated = advance_animation(ctx_.model, options_.frames > 0 ? 1.0 / ctx_.model.animation.steps_per_s : dt);
    if (animated) hover_dirty_ = true;
    if (hover_dirty_) update_hover();
    if (!ctx_.ui.blank) draw_ui();
    ImGui::Render();
    // The caption or the paper panel changed size: the view's rectangle did too.
    if (std::abs(ctx_.ui.caption_px - caption_before) > 0.5f || std::abs(ctx_.ui.paper_px - paper_before) > 0.5f ||
        std::abs(ctx_.ui.title_px - title_before) > 0.5f) {
        hover_dirty_ = true;
        wake();
    }

    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window_, &fb_w, &fb_h);
    if (ctx_.model.scene_changed) {
        // A spotlit layer the new figure does not draw is no spotlight.
        const auto layers = ctx_.model.scene.layers();
        if (std::find(layers.begin(), layers.end(), ctx_.ui.spotlight) == layers.end()) ctx_.ui.spotlight.clear();
        if (ctx_.ui.spotlight.empty())
            renderer_->set_scene(ctx_.model.scene);
        else
            renderer_->set_scene(spotlit(ctx_.model.scene, ctx_.ui.spotlight, view_background(ctx_.ui.settings.theme)));
        ctx_.model.scene_changed = false;
    }
    render::FrameOptions fo;
    fo.width = fb_w;
    fo.height = fb_h;
    fo.tile = view_tile(fb_w, fb_h);
    fo.background = view_background(ctx_.ui.settings.theme);
    const float fb_scale = static_cast<float>(fb_h) / std::max(window_size().y, 1.0f);
    fo.pixel_scale = view_pixel_scale(ctx_.ui.settings.theme, fb_scale);
    fo.hidden_layers = {ctx_.model.request.hidden_layers.begin(), ctx_.model.request.hidden_layers.end()};
    if (ctx_.model.hover) fo.highlighted = ctx_.model.hover->index;
    const scene::Camera camera = ctx_.model.camera.camera();
    const glm::mat4 view_projection = camera.projection_matrix(view_aspect()) * camera.view_matrix();
    const bool moved = animated || view_projection != last_view_projection_;
    last_view_projection_ = view_projection;
    if (draw_as_preview(ctx_.model.scene.primitives.size(), moved)) {
        fo.antialias = false;
        fo.level_of_detail = true;
        wake(1);  // the frame after the view stops is drawn at full quality
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (ctx_.ui.blank) {  // B: black, as presentation programs do
        glViewport(0, 0, fb_w, fb_h);
        glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    } else {
        renderer_->draw(camera, fo);
    }
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!options_.screenshot_ui.empty() && options_.frames > 0 && frame_count_ + 1 >= options_.frames && !script_.active)
        write_ui_screenshot(options_.screenshot_ui);
    gl_->swap_buffers();
}

void ViewerApp::draw_ui() {
    const glm::vec2 size = window_size();
    const bool panels = ctx_.ui.settings.show_panels;
    if (panels) {
        draw_controls_panel(ctx_, size);
        draw_paper_panel(ctx_, size);
    }
    draw_overlays(ctx_, size, ctx_.model.camera.camera(), panels);
}

int run_viewer(const ViewOptions& options) {
    ViewerApp app(options);
    return app.run();
}

}  // namespace cagescope::viewer
