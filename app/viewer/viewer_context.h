// What the panels and overlays share with the main loop: the model, the UI's
// own state, and a way to run an action (the same ones the keys run).
#pragma once

#include <glm/vec2.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "viewer/key_bindings.h"
#include "viewer/settings.h"
#include "viewer/theme.h"
#include "viewer/viewer_model.h"

namespace cagescope::viewer {

struct Notice {
    std::string text;
    double until = 0.0;  // glfwGetTime() when it disappears
    bool error = false;
};

struct ExportChoice {
    bool window_size = true;  // the 3D view's size, else width × height
    int width = 1920;
    int height = 1080;
    int format = 0;           // 0 PNG, 1 SVG, 2 PDF: what F12 and the button write
};

struct ViewerUi {
    Settings settings;
    UiFonts fonts;
    float content_scale = 1.0f;  // the monitor's, from GLFW
    bool show_help = false;
    bool measure_mode = false;
    bool pointer_mode = false;               // P: a highlight follows the mouse; no tooltips
    bool blank = false;                      // B: nothing drawn but black
    std::string spotlight;                   // L: the layer drawn as is, the others dimmed ("" = none)
    bool tooltips_armed = true;              // false from a tour step until the mouse moves
    float caption_px = 0.0f;                 // the tour caption's height at the bottom, last frame
    float title_px = 0.0f;                   // the figure title's height at the top, last frame
    float paper_px = 0.0f;                   // the open "The paper" panel's width at the right, last frame
    bool fullscreen = false;
    bool restyle = false;                    // theme or scale changed: fonts and style rebuilt before the next frame
    ExportChoice export_choice;
    std::string shot_dir = ".";              // where screenshots go
    std::string state_path = "cagescope-view.json";  // save/load view state
    std::string last_screenshot;             // path of the last one written
    std::vector<Notice> notices;
    double now = 0.0;                        // seconds, this frame
};

// Where the 3D view is framed: beside the controls panel when it is shown,
// in window screen coordinates (origin top left). The view is drawn under the
// panel too, but the camera frames this rectangle.
struct ViewRect {
    glm::vec2 origin{0.0f};
    glm::vec2 size{1.0f};
};

struct ViewerContext {
    ViewerModel model;
    ViewerUi ui;
    float aspect = 1.0f;                     // of the 3D view
    ViewRect view;                           // of the 3D view, this frame
    std::function<void(Action)> perform;     // runs a shortcut's action
    void notify(const std::string& text, bool error = false) {
        ui.notices.push_back({text, ui.now + (error ? 8.0 : 4.0), error});
    }
};

}  // namespace cagescope::viewer
