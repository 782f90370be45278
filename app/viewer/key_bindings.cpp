#include "viewer/key_bindings.h"

#include <array>
#include <cctype>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace cagescope::viewer {

namespace {
constexpr int kCtrl = GLFW_MOD_CONTROL;

const std::array<KeyBinding, 37> kBindings{{
    {GLFW_KEY_1, 0, Action::view_front, "1", "front view (from -y)"},
    {GLFW_KEY_KP_1, 0, Action::view_front, "", ""},
    {GLFW_KEY_3, 0, Action::view_side, "3", "side view (from +x)"},
    {GLFW_KEY_KP_3, 0, Action::view_side, "", ""},
    {GLFW_KEY_7, 0, Action::view_top, "7", "top view (from +z)"},
    {GLFW_KEY_KP_7, 0, Action::view_top, "", ""},
    {GLFW_KEY_9, 0, Action::view_iso, "9", "isometric view"},
    {GLFW_KEY_KP_9, 0, Action::view_iso, "", ""},
    {GLFW_KEY_5, 0, Action::toggle_projection, "5", "perspective / orthographic"},
    {GLFW_KEY_KP_5, 0, Action::toggle_projection, "", ""},
    {GLFW_KEY_R, 0, Action::reset_view, "R", "reset the view to the figure's default"},
    {GLFW_KEY_SPACE, 0, Action::toggle_play, "Space", "play / pause the animation"},
    {GLFW_KEY_COMMA, 0, Action::step_back, ",", "animation: one step back"},
    {GLFW_KEY_PERIOD, 0, Action::step_forward, ".", "animation: one step forward"},
    {GLFW_KEY_PAGE_DOWN, 0, Action::tour_next, "PageDown / →", "tour: next step"},
    {GLFW_KEY_RIGHT, 0, Action::tour_next, "", ""},
    {GLFW_KEY_PAGE_UP, 0, Action::tour_prev, "PageUp / ←", "tour: previous step"},
    {GLFW_KEY_LEFT, 0, Action::tour_prev, "", ""},
    {GLFW_KEY_F12, 0, Action::screenshot, "F12 / Ctrl+S", "screenshot of the 3D view (PNG, SVG or PDF as the Export panel says, + JSON sidecar)"},
    {GLFW_KEY_S, kCtrl, Action::screenshot, "", ""},
    {GLFW_KEY_S, kCtrl | GLFW_MOD_SHIFT, Action::save_state, "Ctrl+Shift+S", "save the view state (JSON)"},
    {GLFW_KEY_O, kCtrl, Action::load_state, "Ctrl+O", "open a view state (JSON)"},
    {GLFW_KEY_C, kCtrl, Action::copy_camera, "Ctrl+C", "copy the camera as text"},
    {GLFW_KEY_V, kCtrl, Action::paste_camera, "Ctrl+V", "paste a camera"},
    {GLFW_KEY_F11, 0, Action::toggle_fullscreen, "F11", "full screen"},
    {GLFW_KEY_H, 0, Action::toggle_panels, "H", "hide / show all panels"},
    {GLFW_KEY_F1, 0, Action::toggle_help, "F1", "this help"},
    {GLFW_KEY_EQUAL, kCtrl, Action::ui_bigger, "Ctrl+= / Ctrl+-", "larger / smaller UI"},
    {GLFW_KEY_KP_ADD, kCtrl, Action::ui_bigger, "", ""},
    {GLFW_KEY_MINUS, kCtrl, Action::ui_smaller, "", ""},
    {GLFW_KEY_T, 0, Action::cycle_theme, "T", "theme: dark, light, presentation"},
    {GLFW_KEY_M, 0, Action::toggle_measure, "M", "measure mode: click two points"},
    {GLFW_KEY_P, 0, Action::toggle_pointer, "P", "pointer: a highlight follows the mouse, no tooltips"},
    {GLFW_KEY_L, 0, Action::next_spotlight, "L / Shift+L", "spotlight the next layer (others dimmed) / off"},
    {GLFW_KEY_L, GLFW_MOD_SHIFT, Action::spotlight_off, "", ""},
    {GLFW_KEY_B, 0, Action::toggle_blank, "B", "blank screen (B or Esc brings it back)"},
    {GLFW_KEY_Q, kCtrl, Action::quit, "Ctrl+Q", "quit"},
}};

const std::array<MouseHelp, 6> kMouse{{
    {"left drag", "orbit round z"},
    {"right / middle drag", "pan"},
    {"wheel", "zoom toward the cursor"},
    {"double click", "centre on the point under the cursor"},
    {"hover", "what is under the cursor (tooltip, highlight)"},
    {"click (measure mode)", "two points: distance and angle at 0*; a third click clears"},
}};

struct Named {
    std::string_view name;
    int key;
};
const std::array<Named, 20> kNames{{
    {"Space", GLFW_KEY_SPACE},   {"PageDown", GLFW_KEY_PAGE_DOWN}, {"PageUp", GLFW_KEY_PAGE_UP},
    {"Right", GLFW_KEY_RIGHT},   {"Left", GLFW_KEY_LEFT},          {"Up", GLFW_KEY_UP},
    {"Down", GLFW_KEY_DOWN},     {"Escape", GLFW_KEY_ESCAPE},      {"Enter", GLFW_KEY_ENTER},
    {"Comma", GLFW_KEY_COMMA},   {"Period", GLFW_KEY_PERIOD},      {"Equal", GLFW_KEY_EQUAL},
    {"Minus", GLFW_KEY_MINUS},   {",", GLFW_KEY_COMMA},            {".", GLFW_KEY_PERIOD},
    {"=", GLFW_KEY_EQUAL},       {"-", GLFW_KEY_MINUS},            {"Tab", GLFW_KEY_TAB},
    {"Home", GLFW_KEY_HOME},     {"End", GLFW_KEY_END},
}};
}  // namespace

std::span<const KeyBinding> key_bindings() { return kBindings; }
std::span<const MouseHelp> mouse_help() { return kMouse; }

std::optional<Action> action_for_key(int key, int mods) {
    const int relevant = mods & (GLFW_MOD_CONTROL | GLFW_MOD_SHIFT | GLFW_MOD_SUPER);
    for (const auto& b : kBindings)
        if (b.key == key && b.mods == relevant) return b.action;
    return std::nullopt;
}

std::optional<int> key_from_name(std::string_view name) {
    for (const auto& n : kNames)
        if (n.name == name) return n.key;
    if (name.size() == 1) {
        const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
        if (c >= '0' && c <= '9') return GLFW_KEY_0 + (c - '0');
        if (c >= 'A' && c <= 'Z') return GLFW_KEY_A + (c - 'A');
    }
    if (name.size() >= 2 && name.size() <= 3 && name[0] == 'F') {
        int n = 0;
        for (char c : name.substr(1)) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + (c - '0');
        }
        if (n >= 1 && n <= 25) return GLFW_KEY_F1 + n - 1;
    }
    return std::nullopt;
}

}  // namespace cagescope::viewer
