// Keyboard and mouse: GLFW callbacks (installed before ImGui's backend, which
// chains to them), camera gestures only when ImGui does not want the mouse,
// shortcuts only when it does not want the keyboard, and the scripted input
// that replays the same handlers for tests.
#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>

#include "viewer/viewer_app_impl.h"

namespace cagescope::viewer {

namespace {
ViewerApp& app_of(GLFWwindow* w) { return *static_cast<ViewerApp*>(glfwGetWindowUserPointer(w)); }
constexpr double kDoubleClickS = 0.35;
constexpr float kClickSlopPx = 4.0f;
}  // namespace

void key_callback(GLFWwindow* w, int key, int /*scancode*/, int action, int mods) {
    app_of(w).on_key(key, action, mods);
}

void ViewerApp::install_callbacks() {
    glfwSetKeyCallback(window_, key_callback);
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int button, int action, int) {
        app_of(w).on_mouse_button(button, action);
    });
    glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double x, double y) {
        app_of(w).on_cursor({static_cast<float>(x), static_cast<float>(y)});
    });
    glfwSetScrollCallback(window_, [](GLFWwindow* w, double, double dy) { app_of(w).on_scroll(static_cast<float>(dy)); });
    glfwSetWindowSizeCallback(window_, [](GLFWwindow* w, int, int) { app_of(w).on_cursor({-1.0f, -1.0f}); });
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { app_of(w).on_cursor({-1.0f, -1.0f}); });
    glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned int) { app_of(w).on_cursor({-1.0f, -1.0f}); });
    glfwSetWindowContentScaleCallback(window_, [](GLFWwindow* w, float, float) { app_of(w).on_cursor({-2.0f, -2.0f}); });
}

void ViewerApp::on_key(int key, int action, int mods) {
    wake();
    if (action == GLFW_RELEASE) return;
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) return;  // typing in a field
    if (const auto a = action_for_key(key, mods)) {
        // Held keys repeat only where repeating makes sense (stepping, zoom of the UI).
        const bool repeats = *a == Action::step_back || *a == Action::step_forward || *a == Action::ui_bigger ||
                             *a == Action::ui_smaller || *a == Action::tour_next || *a == Action::tour_prev;
        if (action == GLFW_REPEAT && !repeats) return;
        perform(*a);
    } else if (key == GLFW_KEY_ESCAPE) {
        if (ctx_.ui.blank) ctx_.ui.blank = false;
        else if (ctx_.ui.show_help) ctx_.ui.show_help = false;
        else if (ctx_.ui.measure_mode) ctx_.ui.measure_mode = false;
        else if (ctx_.ui.fullscreen) perform(Action::toggle_fullscreen);
    }
}

void ViewerApp::on_mouse_button(int button, int action) {
    wake();
    if (button > GLFW_MOUSE_BUTTON_MIDDLE) return;
    if (action == GLFW_PRESS) {
        if (ImGui::GetIO().WantCaptureMouse || drag_.button >= 0) return;
        drag_ = {button, cursor_, cursor_, false};
        return;
    }
    if (button != drag_.button) return;
    const bool click = !drag_.moved;
    drag_.button = -1;
    if (!click || button != GLFW_MOUSE_BUTTON_LEFT) return;
    const double now = glfwGetTime();
    const bool double_click = now - last_click_time_ < kDoubleClickS && glm::length(cursor_ - last_click_px_) < kClickSlopPx;
    last_click_time_ = double_click ? -1.0 : now;
    last_click_px_ = cursor_;
    update_hover();
    if (double_click) {
        if (ctx_.model.hover) ctx_.model.camera.centre_on(ctx_.model.hover->point, ctx_.model.camera_settings);
    } else if (ctx_.ui.measure_mode) {
        click_measure(ctx_.model, ctx_.model.hover);
    }
}

void ViewerApp::on_cursor(glm::vec2 px) {
    wake();
    if (px.x == -2.0f) {  // content scale changed (moved to another monitor)
        float xs = 1.0f, ys = 1.0f;
        glfwGetWindowContentScale(window_, &xs, &ys);
        ctx_.ui.content_scale = std::clamp(std::max(xs, ys), 0.5f, 4.0f);
        ctx_.ui.restyle = true;
        return;
    }
    if (px.x < 0.0f) return;  // a wake-up only
    const glm::vec2 delta = px - cursor_;
    if (cursor_.x >= 0.0f && glm::length(delta) > 0.0f) ctx_.ui.tooltips_armed = true;  // it moved: the user is pointing
    cursor_ = px;
    hover_dirty_ = true;
    if (drag_.button < 0) return;
    if (glm::length(px - drag_.press_px) > kClickSlopPx) drag_.moved = true;
    if (!drag_.moved) return;
    if (drag_.button == GLFW_MOUSE_BUTTON_LEFT)
        ctx_.model.camera.orbit(delta, ctx_.model.camera_settings);
    else
        ctx_.model.camera.pan(delta, view_rect().size);
}

void ViewerApp::on_scroll(float notches) {
    wake();
    if (ImGui::GetIO().WantCaptureMouse) return;
    const ViewRect view = view_rect();
    const glm::vec2 at = cursor_.x >= 0.0f ? cursor_ - view.origin : view.size * 0.5f;
    ctx_.model.camera.zoom_at(notches, at, view.size, ctx_.model.camera_settings);
    hover_dirty_ = true;
}

void ViewerApp::update_hover() {
    hover_dirty_ = false;
    const bool over_ui = ImGui::GetCurrentContext() && ImGui::GetIO().WantCaptureMouse;
    const bool quiet = ctx_.ui.pointer_mode || ctx_.ui.blank || (ctx_.model.tour.tour && !ctx_.ui.tooltips_armed);
    if (cursor_.x < 0.0f || over_ui || drag_.moved || quiet) {
        ctx_.model.hover.reset();
        return;
    }
    std::set<std::string> hidden(ctx_.model.request.hidden_layers.begin(), ctx_.model.request.hidden_layers.end());
    const ViewRect view = view_rect();
    ctx_.model.hover = pick(ctx_.model.scene, ctx_.model.camera.camera(), view.size, cursor_ - view.origin, hidden);
}

void ViewerApp::feed_script_mouse_to_imgui() {
    // The backend polled the real pointer; a script's cursor replaces it so
    // ImGui's hover and WantCaptureMouse agree with the replayed events.
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(script_.cursor.x, script_.cursor.y);
    for (int i = 0; i < 3; ++i) io.MouseDown[i] = script_.buttons[i];
}

void ViewerApp::replay_script() {
    if (script_.wait_frames > 0) {
        --script_.wait_frames;
        return;
    }
    for (int i = 0; i < script_.burst && script_.active && script_.wait_frames == 0; ++i) replay_script_event();
}

void ViewerApp::replay_script_event() {
    if (script_.next >= script_.events.size()) {
        script_.active = false;  // done: quit now, or once --frames have passed
        if (options_.frames == 0) glfwSetWindowShouldClose(window_, GLFW_TRUE);
        return;
    }
    const ScriptEvent& e = script_.events[script_.next++];
    switch (e.op) {
        case ScriptOp::key:
            on_key(e.key, GLFW_PRESS, e.mods);
            on_key(e.key, GLFW_RELEASE, e.mods);
            break;
        case ScriptOp::move:
            script_.cursor = {e.x, e.y};
            on_cursor(script_.cursor);
            break;
        case ScriptOp::press:
        case ScriptOp::release:
            script_.buttons[e.button] = e.op == ScriptOp::press;
            on_mouse_button(e.button, e.op == ScriptOp::press ? GLFW_PRESS : GLFW_RELEASE);
            break;
        case ScriptOp::click:
            script_.cursor = {e.x, e.y};
            on_cursor(script_.cursor);
            on_mouse_button(GLFW_MOUSE_BUTTON_LEFT, GLFW_PRESS);
            on_mouse_button(GLFW_MOUSE_BUTTON_LEFT, GLFW_RELEASE);
            break;
        case ScriptOp::scroll:
            on_scroll(e.x);
            break;
        case ScriptOp::wait:
            script_.wait_frames = e.frames;
            break;
        case ScriptOp::print:
            print_state();
            break;
        case ScriptOp::resize:
            // A test may ask for what a person cannot (1×1): no limits then.
            glfwSetWindowSizeLimits(window_, 1, 1, GLFW_DONT_CARE, GLFW_DONT_CARE);
            glfwSetWindowSize(window_, static_cast<int>(e.x), static_cast<int>(e.y));
            break;
        case ScriptOp::figure:
            set_figure(ctx_.model, e.figure, view_aspect());
            break;
        case ScriptOp::burst:
            script_.burst = e.frames;
            break;
    }
}

}  // namespace cagescope::viewer
