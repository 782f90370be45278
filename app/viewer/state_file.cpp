#include "viewer/state_file.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "export/atomic_file.h"
#include "json_file.h"

namespace cagescope::viewer {

using nlohmann::json;

void save_view_state(const std::filesystem::path& path, const app::RenderRequest& request, const scene::Scene& scene,
                     const scene::Camera& camera) {
    app::RenderRequest exact = request;
    exact.camera.exact = camera;
    exact.camera.projection = camera.projection;
    const std::string text = app::sidecar_json(exact, scene, camera).dump(2) + "\n";
    output::write_file_atomically(path, std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

app::RenderRequest load_view_state(const std::filesystem::path& path,
                                   const std::function<void(const std::string&)>& warn) {
    return app::request_from_sidecar(app::read_json_document(path), warn);
}

std::string camera_to_text(const scene::Camera& c) {
    const json j{{"camera",
                  {{"projection", scene::to_string(c.projection)},
                   {"target", {c.target.x, c.target.y, c.target.z}},
                   {"distance", c.distance},
                   {"azimuth", c.azimuth_deg},
                   {"elevation", c.elevation_deg},
                   {"fov_y", c.fov_y_deg}}}};
    return j.dump();
}

std::optional<scene::Camera> camera_from_text(const std::string& text, std::string* error) {
    const auto fail = [&](const std::string& what) -> std::optional<scene::Camera> {
        if (error) *error = what;
        return std::nullopt;
    };
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception&) {  // parse_error, and out_of_range for a number like 1e999
        return fail("the clipboard does not hold a camera (not JSON)");
    }
    if (j.is_object() && j.contains("camera")) j = j["camera"];
    if (!j.is_object()) return fail("the clipboard does not hold a camera object");
    const auto number = [&](const char* key, float& out) {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_number() || !std::isfinite(it->get<double>())) return false;
        out = it->get<float>();
        return true;
    };
    scene::Camera c;
    const auto target = j.find("target");
    if (target == j.end() || !target->is_array() || target->size() != 3 || !(*target)[0].is_number() ||
        !(*target)[1].is_number() || !(*target)[2].is_number())
        return fail("camera.target must be 3 numbers");
    c.target = {(*target)[0].get<float>(), (*target)[1].get<float>(), (*target)[2].get<float>()};
    if (!number("distance", c.distance) || !number("azimuth", c.azimuth_deg) || !number("elevation", c.elevation_deg))
        return fail("camera needs distance, azimuth and elevation numbers");
    number("fov_y", c.fov_y_deg);
    if (const auto it = j.find("projection"); it != j.end() && it->is_string()) {
        const auto p = scene::projection_from_string(it->get<std::string>());
        if (!p) return fail("camera.projection must be perspective or orthographic");
        c.projection = *p;
    }
    if (c.distance <= 0.0f || c.distance > 1e4f || c.elevation_deg < -90.0f || c.elevation_deg > 90.0f ||
        c.fov_y_deg < 1.0f || c.fov_y_deg > 120.0f)
        return fail("camera values out of range (distance 0..10000, elevation -90..90, fov_y 1..120)");
    return c;
}

}  // namespace cagescope::viewer
