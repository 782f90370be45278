#include "render_request.h"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "cli_support.h"
#include "figures/figures.h"
#include "model/parameters.h"
#include "version.h"

namespace cagescope::app {

using nlohmann::json;

std::pair<int, int> parse_size(const std::string& text) {
    const std::string allowed = "expected WIDTHxHEIGHT with each side 1 to " + std::to_string(kMaxImageSide) +
                                " pixels, e.g. 1920x1080";
    const auto x = text.find('x');
    const auto is_number = [](const std::string& s) {
        return !s.empty() && s.size() <= 6 && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(c); });
    };
    if (x == std::string::npos || !is_number(text.substr(0, x)) || !is_number(text.substr(x + 1)))
        throw UsageError("--size " + text + ": " + allowed);
    const int w = std::stoi(text.substr(0, x));
    const int h = std::stoi(text.substr(x + 1));
    if (w < 1 || h < 1 || w > kMaxImageSide || h > kMaxImageSide)
        throw UsageError("--size " + text + ": " + allowed);
    return {w, h};
}

scene::Color parse_color(const std::string& text) {
    if (text == "white") return {1, 1, 1, 1};
    if (text == "black") return {0, 0, 0, 1};
    if (text == "grey" || text == "gray") return {0.5f, 0.5f, 0.5f, 1};
    const bool hex_ok = (text.size() == 7 || text.size() == 9) && text[0] == '#' &&
                        std::all_of(text.begin() + 1, text.end(), [](char c) { return std::isxdigit(c); });
    if (!hex_ok)
        throw UsageError("colour '" + text + "': expected #rrggbb, #rrggbbaa, white, black or grey");
    const auto channel = [&](std::size_t i) {
        return static_cast<float>(std::stoi(text.substr(1 + 2 * i, 2), nullptr, 16)) / 255.0f;
    };
    return {channel(0), channel(1), channel(2), text.size() == 9 ? channel(3) : 1.0f};
}

std::string format_color(const scene::Color& c) {
    const auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    char buf[16];
    if (c.a >= 1.0f)
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
    else
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b), byte(c.a));
    return buf;
}

scene::Camera resolve_camera(const CameraChoice& choice, const scene::Scene& scene, float aspect) {
    if (choice.exact) return *choice.exact;
    return scene::fit_camera(choice.preset, choice.projection, scene, aspect);
}

json sidecar_json(const RenderRequest& request, const scene::Scene& scene, const scene::Camera& camera) {
    json params = json::object();
    for (const auto& field : figures::param_fields()) {
        if (field.integer)
            params[std::string(field.name)] = request.params.*field.whole;
        else
            params[std::string(field.name)] = request.params.*field.real;
    }
    params["spacing"] = figures::to_string(request.params.spacing);
    params["material"] = request.params.material;
    return json{
        {"program", "cagescope"},
        {"version", kVersion},
        {"figure", request.figure},
        {"parameters", params},
        {"camera",
         {{"preset", request.camera.exact ? "exact" : std::string(scene::to_string(request.camera.preset))},
          {"projection", scene::to_string(camera.projection)},
          {"target", {camera.target.x, camera.target.y, camera.target.z}},
          {"distance", camera.distance},
          {"azimuth", camera.azimuth_deg},
          {"elevation", camera.elevation_deg},
          {"fov_y", camera.fov_y_deg}}},
        {"image",
         {{"width", request.image.width},
          {"height", request.image.height},
          {"ssaa", request.image.ssaa},
          {"transparent", request.image.transparent},
          {"background", format_color(request.image.background)}}},
        {"hidden_layers", request.hidden_layers},
        {"title", scene.title},
        {"caption", scene.caption},
        {"notes", scene.notes},
        {"sections", scene.sections},
    };
}

namespace {
// Typed access to a sidecar's keys with messages that name file and key.
struct Reader {
    const std::string& file;
    const std::function<void(const std::string&)>& warn;

    [[noreturn]] void fail(const std::string& key, const std::string& what) const {
        throw UsageError(file + ": '" + key + "' " + what);
    }
    const json& member(const json& obj, const std::string& parent, const std::string& key) const {
        const auto it = obj.find(key);
        if (it == obj.end()) fail(parent + key, "is missing");
        return *it;
    }
    double number(const json& v, const std::string& key) const {
        if (!v.is_number()) fail(key, "must be a number, got " + std::string(v.type_name()));
        const double d = v.get<double>();
        if (!std::isfinite(d)) fail(key, "must be finite");
        return d;
    }
    std::string string(const json& v, const std::string& key) const {
        if (!v.is_string()) fail(key, "must be a string, got " + std::string(v.type_name()));
        return v.get<std::string>();
    }
    bool boolean(const json& v, const std::string& key) const {
        if (!v.is_boolean()) fail(key, "must be true or false, got " + std::string(v.type_name()));
        return v.get<bool>();
    }
    const json& object(const json& v, const std::string& key) const {
        if (!v.is_object()) fail(key, "must be an object, got " + std::string(v.type_name()));
        return v;
    }
    void warn_unknown(const json& obj, const std::string& parent, std::initializer_list<std::string_view> known) const {
        for (const auto& [k, _] : obj.items())
            if (std::find(known.begin(), known.end(), k) == known.end())
                warn(file + ": unknown key '" + parent + k + "' ignored");
    }
};
}  // namespace

RenderRequest request_from_sidecar(const json& sidecar, const std::string& file,
                                   const std::function<void(const std::string&)>& warn) {
    const Reader r{file, warn};
    r.object(sidecar, "(top level)");
    r.warn_unknown(sidecar, "", {"program", "version", "figure", "parameters", "camera", "image", "hidden_layers",
                                 "title", "caption", "notes", "sections"});
    RenderRequest req;
    req.figure = r.string(r.member(sidecar, "", "figure"), "figure");
    if (!figures::find_figure(req.figure))
        r.fail("figure", "is '" + req.figure + "', not one of " + figures::figure_ids());

    const json& params = r.object(r.member(sidecar, "", "parameters"), "parameters");
    for (const auto& [key, value] : params.items()) {
        const std::string path = "parameters." + key;
        if (key == "spacing") {
            const auto mode = figures::spacing_from_string(r.string(value, path));
            if (!mode) r.fail(path, "must be equal-angle or equal-step");
            req.params.spacing = *mode;
        } else if (key == "material") {
            req.params.material = r.string(value, path);
        } else if (const auto* field = figures::find_param_field(key)) {
            try {
                field->set(req.params, r.number(value, path));
            } catch (const model::ParameterError& e) {  // it names the range; we name the file and key
                r.fail(path, std::string("is wrong: ") + e.what());
            }
        } else {
            warn(file + ": unknown key '" + path + "' ignored");
        }
    }

    const json& cam = r.object(r.member(sidecar, "", "camera"), "camera");
    r.warn_unknown(cam, "camera.", {"preset", "projection", "target", "distance", "azimuth", "elevation", "fov_y"});
    scene::Camera c;
    const auto projection = scene::projection_from_string(r.string(r.member(cam, "camera.", "projection"), "camera.projection"));
    if (!projection) r.fail("camera.projection", "must be perspective or orthographic");
    c.projection = *projection;
    const json& target = r.member(cam, "camera.", "target");
    if (!target.is_array() || target.size() != 3) r.fail("camera.target", "must be an array of 3 numbers");
    c.target = {static_cast<float>(r.number(target[0], "camera.target[0]")),
                static_cast<float>(r.number(target[1], "camera.target[1]")),
                static_cast<float>(r.number(target[2], "camera.target[2]"))};
    c.distance = static_cast<float>(r.number(r.member(cam, "camera.", "distance"), "camera.distance"));
    c.azimuth_deg = static_cast<float>(r.number(r.member(cam, "camera.", "azimuth"), "camera.azimuth"));
    c.elevation_deg = static_cast<float>(r.number(r.member(cam, "camera.", "elevation"), "camera.elevation"));
    c.fov_y_deg = static_cast<float>(r.number(r.member(cam, "camera.", "fov_y"), "camera.fov_y"));
    if (c.distance <= 0.0f || c.distance > 1e4f) r.fail("camera.distance", "must be above 0 and at most 10000");
    if (c.elevation_deg < -90.0f || c.elevation_deg > 90.0f) r.fail("camera.elevation", "must be -90 to 90");
    if (c.fov_y_deg < 1.0f || c.fov_y_deg > 120.0f) r.fail("camera.fov_y", "must be 1 to 120");
    req.camera.exact = c;
    req.camera.projection = c.projection;

    const json& image = r.object(r.member(sidecar, "", "image"), "image");
    r.warn_unknown(image, "image.", {"width", "height", "ssaa", "transparent", "background"});
    const double w = r.number(r.member(image, "image.", "width"), "image.width");
    const double h = r.number(r.member(image, "image.", "height"), "image.height");
    const double ssaa = r.number(r.member(image, "image.", "ssaa"), "image.ssaa");
    if (w != std::floor(w) || w < 1 || w > kMaxImageSide || h != std::floor(h) || h < 1 || h > kMaxImageSide)
        r.fail("image.width/height", "must be whole numbers from 1 to " + std::to_string(kMaxImageSide));
    if (ssaa != std::floor(ssaa) || ssaa < 1 || ssaa > kMaxSsaa)
        r.fail("image.ssaa", "must be a whole number from 1 to " + std::to_string(kMaxSsaa));
    req.image.width = static_cast<int>(w);
    req.image.height = static_cast<int>(h);
    req.image.ssaa = static_cast<int>(ssaa);
    req.image.transparent = r.boolean(r.member(image, "image.", "transparent"), "image.transparent");
    req.image.background = parse_color(r.string(r.member(image, "image.", "background"), "image.background"));

    if (const auto it = sidecar.find("hidden_layers"); it != sidecar.end()) {
        if (!it->is_array()) r.fail("hidden_layers", "must be an array of layer names");
        for (const auto& layer : *it) req.hidden_layers.push_back(r.string(layer, "hidden_layers[]"));
    }
    try {
        figures::resolve_and_check(req.params);
    } catch (const model::ParameterError& e) {
        r.fail("parameters", std::string("are wrong: ") + e.what());
    }
    return req;
}

}  // namespace cagescope::app
