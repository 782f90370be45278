// Every keyboard shortcut in one table: the dispatcher and the F1 help
// overlay both read it, so the help can never miss a key.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace cagescope::viewer {

enum class Action {
    view_front, view_side, view_top, view_iso, toggle_projection, reset_view,
    toggle_play, step_back, step_forward,
    tour_next, tour_prev,
    screenshot, save_state, load_state, copy_camera, paste_camera,
    toggle_fullscreen, toggle_panels, toggle_help, ui_bigger, ui_smaller, cycle_theme, toggle_measure,
    // Presenter aids: a pointer that follows the mouse (no tooltips), a
    // spotlight on one layer (the others dimmed), a blank screen.
    toggle_pointer, next_spotlight, spotlight_off, toggle_blank,
    quit,
};

struct KeyBinding {
    int key = 0;                 // GLFW_KEY_*
    int mods = 0;                // GLFW_MOD_* that must be held (Ctrl, Shift)
    Action action;
    std::string_view keys;       // as shown in the help, e.g. "Ctrl+S"
    std::string_view what;       // one line
};

std::span<const KeyBinding> key_bindings();

// The action for a key press (mods other than Ctrl/Shift/Super ignored).
std::optional<Action> action_for_key(int key, int mods);

// The help overlay's extra rows: mouse gestures (not actions).
struct MouseHelp {
    std::string_view gesture;
    std::string_view what;
};
std::span<const MouseHelp> mouse_help();

// A key's name as scripts spell it ("7", "PageDown", "F12", "Space"), and back.
std::optional<int> key_from_name(std::string_view name);

}  // namespace cagescope::viewer
