// The viewer's persistent settings (theme, UI scale, window size) in
// $XDG_CONFIG_HOME/cagescope/viewer.json (or ~/.config/cagescope/viewer.json).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cagescope::viewer {

enum class Theme { dark, light, presentation };
std::string_view to_string(Theme theme);
std::optional<Theme> theme_from_string(std::string_view name);

inline constexpr float kMinUiScale = 0.5f;
inline constexpr float kMaxUiScale = 3.0f;

struct Settings {
    Theme theme = Theme::dark;   // dark, light, or presentation (light, high contrast, large, thick lines)
    float ui_scale = 1.0f;       // UI size on top of the monitor's content scale, 0.5..3
    int window_width = 1400;     // last window size, screen coordinates
    int window_height = 900;
    bool show_panels = true;     // H toggles
};

// $XDG_CONFIG_HOME/cagescope/viewer.json, else $HOME/.config/...; nullopt when neither is set.
std::optional<std::filesystem::path> settings_path();

// Reads the file; a missing file gives defaults, a bad one defaults plus a
// warning through warn (never an exception: settings must not stop the viewer).
Settings load_settings(const std::filesystem::path& path, const std::function<void(const std::string&)>& warn);
// Writes atomically, creating the directory; warnings through warn.
void save_settings(const Settings& settings, const std::filesystem::path& path,
                   const std::function<void(const std::string&)>& warn);

}  // namespace cagescope::viewer
