#include "viewer/settings.h"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "export/atomic_file.h"
#include "json_file.h"

namespace cagescope::viewer {

namespace fs = std::filesystem;

std::string_view to_string(Theme theme) {
    switch (theme) {
        case Theme::dark: return "dark";
        case Theme::light: return "light";
        case Theme::presentation: return "presentation";
    }
    return "dark";
}

std::optional<Theme> theme_from_string(std::string_view name) {
    for (Theme t : {Theme::dark, Theme::light, Theme::presentation})
        if (to_string(t) == name) return t;
    return std::nullopt;
}

std::optional<fs::path> settings_path() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return fs::path(xdg) / "cagescope" / "viewer.json";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".config" / "cagescope" / "viewer.json";
    return std::nullopt;
}

Settings load_settings(const fs::path& path, const std::function<void(const std::string&)>& warn) {
    Settings s;
    std::error_code ec;
    if (!fs::exists(path, ec)) return s;
    try {
        const nlohmann::json j = app::read_json_file(path);
        if (!j.is_object()) throw std::runtime_error(path.string() + ": expected an object");
        if (const auto it = j.find("theme"); it != j.end() && it->is_string())
            s.theme = theme_from_string(it->get<std::string>()).value_or(s.theme);
        if (const auto it = j.find("ui_scale"); it != j.end() && it->is_number())
            s.ui_scale = std::clamp(it->get<float>(), kMinUiScale, kMaxUiScale);
        if (const auto it = j.find("window_width"); it != j.end() && it->is_number_integer())
            s.window_width = std::clamp(it->get<int>(), 200, 8192);
        if (const auto it = j.find("window_height"); it != j.end() && it->is_number_integer())
            s.window_height = std::clamp(it->get<int>(), 150, 8192);
        if (const auto it = j.find("show_panels"); it != j.end() && it->is_boolean()) s.show_panels = it->get<bool>();
    } catch (const std::exception& e) {
        warn(std::string(e.what()) + " (settings ignored, defaults used)");
        return Settings{};
    }
    return s;
}

void save_settings(const Settings& s, const fs::path& path, const std::function<void(const std::string&)>& warn) {
    const nlohmann::json j{{"theme", to_string(s.theme)},
                           {"ui_scale", s.ui_scale},
                           {"window_width", s.window_width},
                           {"window_height", s.window_height},
                           {"show_panels", s.show_panels}};
    const std::string text = j.dump(2) + "\n";
    try {
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        output::write_file_atomically(
            path, std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
    } catch (const std::exception& e) {
        warn(std::string("settings not saved: ") + e.what());
    }
}

}  // namespace cagescope::viewer
