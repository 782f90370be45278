// The window behind `cagescope view`, split over viewer_app.cpp (the loop),
// viewer_input.cpp (GLFW callbacks, mouse, scripted input) and
// viewer_actions.cpp (shortcut actions, screenshots, state files).
#pragma once

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <memory>
#include <optional>
#include <vector>

#include "render/gl_context.h"
#include "render/renderer.h"
#include "viewer/input_script.h"
#include "viewer/viewer_app.h"
#include "viewer/viewer_context.h"

struct GLFWwindow;

namespace cagescope::viewer {

struct DragState {
    int button = -1;              // GLFW mouse button held over the 3D view, -1 = none
    glm::vec2 press_px{0.0f};
    glm::vec2 last_px{0.0f};
    bool moved = false;
};

struct ScriptPlayer {
    std::vector<ScriptEvent> events;
    std::size_t next = 0;
    int wait_frames = 0;
    bool active = false;
    int burst = 1;                // events replayed a frame
    glm::vec2 cursor{-1.0f};      // the scripted cursor, given to ImGui each frame
    bool buttons[3] = {false, false, false};
};

class ViewerApp {
public:
    explicit ViewerApp(const ViewOptions& options);
    ~ViewerApp();
    int run();

    // Input (viewer_input.cpp); GLFW callbacks and the script both call these.
    void on_key(int key, int action, int mods);
    void on_mouse_button(int button, int action);
    void on_cursor(glm::vec2 px);
    void on_scroll(float notches);
    void install_callbacks();
    void replay_script();
    void replay_script_event();
    void feed_script_mouse_to_imgui();
    void update_hover();

    // Actions (viewer_actions.cpp).
    void perform(Action action);
    std::string take_screenshot(const std::string& path);  // through output::export_png; returns the path
    void write_ui_screenshot(const std::string& path);     // read back of the window as shown
    void print_state() const;

private:
    void frame();
    void restyle();
    void draw_ui();
    glm::vec2 window_size() const;   // screen coordinates
    ViewRect view_rect() const;      // what the camera frames, screen coordinates
    float view_aspect() const;       // of view_rect()
    render::Tile view_tile(int fb_w, int fb_h) const;  // frames view_rect() in a window-sized framebuffer
    void wake(int frames = 3) { frames_to_draw_ = std::max(frames_to_draw_, frames); }

    ViewOptions options_;
    std::unique_ptr<render::GlContext> gl_;
    GLFWwindow* window_ = nullptr;
    std::unique_ptr<render::Renderer> renderer_;
    ViewerContext ctx_;
    DragState drag_;
    ScriptPlayer script_;
    glm::vec2 cursor_{-1.0f};
    bool hover_dirty_ = true;
    double last_click_time_ = -1.0;
    glm::vec2 last_click_px_{0.0f};
    int frames_to_draw_ = 3;
    glm::mat4 last_view_projection_{0.0f};  // of the last frame: did the view move?
    int frame_count_ = 0;
    double last_time_ = 0.0;
    int windowed_pos_[2] = {100, 100};
    int windowed_size_[2] = {1400, 900};
    friend void key_callback(GLFWwindow*, int, int, int, int);
};

}  // namespace cagescope::viewer
