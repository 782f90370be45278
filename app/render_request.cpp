#include "render_request.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "cli_support.h"
#include "figures/figures.h"
#include "json_file.h"
#include "json_locator.h"
#include "model/parameters.h"
#include "scene_json.h"
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

namespace {
// "85" or "0.5": a number as a person writes it in a message.
std::string fixed_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}
}  // namespace

ImageSize parse_image_size(const std::string& text, std::optional<double> dpi) {
    const bool physical = text.find_first_of("mci") != std::string::npos;
    if (!physical) {
        if (dpi)
            throw UsageError("--dpi applies to a print size: give --size in mm, cm or in, e.g. --size 85mmx60mm --dpi 600");
        const auto [w, h] = parse_size(text);
        return {w, h, std::nullopt};
    }
    const double d = dpi.value_or(kDefaultDpi);
    if (!(d >= kMinDpi && d <= kMaxDpi))
        throw UsageError("--dpi " + fixed_text(d) + ": allowed " + fixed_text(kMinDpi) + " to " + fixed_text(kMaxDpi));
    const std::string allowed = "expected WIDTHxHEIGHT with units mm, cm or in on each side, e.g. 85mmx60mm or "
                                "3.35inx2.4in, each side " + fixed_text(kMinPrintMm) + " to " + fixed_text(kMaxPrintMm) + " mm";
    // One side: a number and its unit, in millimetres.
    const auto side_mm = [&](const std::string& side) {
        std::size_t used = 0;
        double value = 0.0;
        try {
            value = std::stod(side, &used);
        } catch (const std::exception&) {
            throw UsageError("--size " + text + ": " + allowed);
        }
        const std::string unit = side.substr(used);
        const double per = unit == "mm" ? 1.0 : unit == "cm" ? 10.0 : unit == "in" ? 25.4 : 0.0;
        if (per == 0.0 || used == 0 || !std::isdigit(static_cast<unsigned char>(side[0])))
            throw UsageError("--size " + text + ": " + allowed);
        const double mm = value * per;
        if (!(mm >= kMinPrintMm && mm <= kMaxPrintMm)) throw UsageError("--size " + text + ": " + allowed);
        return mm;
    };
    const auto x = text.find('x');
    if (x == std::string::npos) throw UsageError("--size " + text + ": " + allowed);
    PrintSize print{side_mm(text.substr(0, x)), side_mm(text.substr(x + 1)), d};
    const auto pixels = [&](double mm) { return static_cast<long>(std::lround(mm / 25.4 * d)); };
    const long w = pixels(print.width_mm), h = pixels(print.height_mm);
    if (w > kMaxImageSide || h > kMaxImageSide)
        throw UsageError("--size " + text + " at " + fixed_text(d) + " dpi needs " + std::to_string(w) + "x" +
                         std::to_string(h) + " pixels: at most " + std::to_string(kMaxImageSide) +
                         " a side; lower --dpi or the size");
    return {static_cast<int>(std::max(1L, w)), static_cast<int>(std::max(1L, h)), print};
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
    // The viewer keeps its hidden layers across figures; a sidecar lists only
    // those of its figure, so reading it back warns about nothing.
    std::vector<std::string> hidden;
    const figures::FigureInfo* info = figures::find_figure(request.figure);
    const auto known = info ? figures::hideable_layers(*info) : std::vector<std::string>{};
    for (const auto& layer : request.hidden_layers)
        if (!info || std::find(known.begin(), known.end(), layer) != known.end()) hidden.push_back(layer);
    const json params = parameters_json(request.params);
    json out{
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
          {"msaa", request.image.msaa},
          {"transparent", request.image.transparent},
          {"background", format_color(request.image.background)}}},
        {"hidden_layers", hidden},
        {"title", scene.title},
        {"caption", scene.caption},
        {"notes", scene.notes},
        {"drawn_note", scene.drawn_note},
        {"sections", scene.sections},
    };
    if (const auto& print = request.image.print)
        out["image"]["print"] = {{"width_mm", print->width_mm}, {"height_mm", print->height_mm}, {"dpi", print->dpi}};
    return out;
}

namespace {

// A key's place in a sidecar: its JSON pointer (for file:line:column) and its
// name in messages ("camera.target[0]").
struct Key {
    std::string pointer;
    std::string name;

    Key operator/(const std::string& key) const {
        return {json_pointer_member(pointer, key), name.empty() ? key : name + "." + key};
    }
    Key operator[](std::size_t i) const {
        return {pointer + "/" + std::to_string(i), name + "[" + std::to_string(i) + "]"};
    }
};

const Key kTop{"", ""};

std::string list(std::initializer_list<std::string_view> names) {
    std::string out;
    for (std::string_view n : names) out += (out.empty() ? "" : ", ") + std::string(n);
    return out;
}

// Typed access to a sidecar's keys with messages that say file:line:column
// and name the key.
struct Reader {
    const JsonDocument& doc;
    FileWarnings& warnings;

    [[noreturn]] void fail(const Key& key, const std::string& what) const {
        throw UsageError(doc.where(key.pointer) + ": '" + (key.name.empty() ? "(top level)" : key.name) + "' " + what);
    }
    const json& member(const json& obj, const Key& parent, const std::string& name) const {
        const auto it = obj.find(name);
        if (it == obj.end()) fail(parent / name, "is missing");
        return *it;
    }
    double number(const json& v, const Key& key) const {
        if (!v.is_number()) fail(key, "must be a number, got " + std::string(v.type_name()));
        const double d = v.get<double>();
        if (!std::isfinite(d)) fail(key, "must be finite");
        return d;
    }
    int whole(const json& v, const Key& key, int lo, int hi) const {
        const double d = number(v, key);
        if (d != std::floor(d) || d < lo || d > hi)
            fail(key, "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
        return static_cast<int>(d);
    }
    double number(const json& v, const Key& key, double lo, double hi) const {
        const double d = number(v, key);
        if (d < lo || d > hi) fail(key, "must be from " + fixed_text(lo) + " to " + fixed_text(hi));
        return d;
    }
    std::string string(const json& v, const Key& key) const {
        if (!v.is_string()) fail(key, "must be a string, got " + std::string(v.type_name()));
        return v.get<std::string>();
    }
    bool boolean(const json& v, const Key& key) const {
        if (!v.is_boolean()) fail(key, "must be true or false, got " + std::string(v.type_name()));
        return v.get<bool>();
    }
    const json& object(const json& v, const Key& key) const {
        if (!v.is_object()) fail(key, "must be an object, got " + std::string(v.type_name()));
        return v;
    }
    void warn_unknown(const json& obj, const Key& parent, std::initializer_list<std::string_view> known) const {
        const std::string allowed = (parent.name.empty() ? "a sidecar has " : parent.name + " has ") + list(known);
        for (const auto& [k, _] : obj.items())
            if (std::find(known.begin(), known.end(), k) == known.end()) {
                const Key key = parent / k;
                warnings.unknown_key(key.pointer, key.name, allowed);
            }
    }
};

void read_parameters(const Reader& r, const json& sidecar, figures::FigureParams& out) {
    const Key at = kTop / "parameters";
    const json& params = r.object(r.member(sidecar, kTop, "parameters"), at);
    std::string allowed = "parameters are spacing, material";
    for (const auto& field : figures::param_fields()) allowed += ", " + std::string(field.name);
    for (const auto& [name, value] : params.items()) {
        const Key key = at / name;
        if (name == "spacing") {
            const auto mode = figures::spacing_from_string(r.string(value, key));
            if (!mode) r.fail(key, "must be equal-angle or equal-step");
            out.spacing = *mode;
        } else if (name == "material") {
            out.material = r.string(value, key);
        } else if (const auto* field = figures::find_param_field(name)) {
            try {
                field->set(out, r.number(value, key));
            } catch (const model::ParameterError& e) {  // it names the range; we name the file and key
                r.fail(key, std::string("is wrong: ") + e.what());
            }
        } else {
            // A parameter of another version: the figure is drawn without it.
            r.warnings.unknown_key(key.pointer, key.name, allowed);
        }
    }
}

scene::Camera read_camera(const Reader& r, const json& sidecar) {
    const Key at = kTop / "camera";
    const json& cam = r.object(r.member(sidecar, kTop, "camera"), at);
    r.warn_unknown(cam, at, {"preset", "projection", "target", "distance", "azimuth", "elevation", "fov_y"});
    scene::Camera c;
    const auto projection = scene::projection_from_string(r.string(r.member(cam, at, "projection"), at / "projection"));
    if (!projection) r.fail(at / "projection", "must be perspective or orthographic");
    c.projection = *projection;
    const json& target = r.member(cam, at, "target");
    if (!target.is_array() || target.size() != 3) r.fail(at / "target", "must be an array of 3 numbers");
    c.target = {static_cast<float>(r.number(target[0], (at / "target")[0])),
                static_cast<float>(r.number(target[1], (at / "target")[1])),
                static_cast<float>(r.number(target[2], (at / "target")[2]))};
    c.distance = static_cast<float>(r.number(r.member(cam, at, "distance"), at / "distance"));
    c.azimuth_deg = static_cast<float>(r.number(r.member(cam, at, "azimuth"), at / "azimuth"));
    c.elevation_deg = static_cast<float>(r.number(r.member(cam, at, "elevation"), at / "elevation"));
    c.fov_y_deg = static_cast<float>(r.number(r.member(cam, at, "fov_y"), at / "fov_y"));
    if (c.distance <= 0.0f || c.distance > 1e4f) r.fail(at / "distance", "must be above 0 and at most 10000");
    if (c.elevation_deg < -90.0f || c.elevation_deg > 90.0f) r.fail(at / "elevation", "must be -90 to 90");
    if (c.fov_y_deg < 1.0f || c.fov_y_deg > 120.0f) r.fail(at / "fov_y", "must be 1 to 120");
    return c;
}

ImageSettings read_image(const Reader& r, const json& sidecar) {
    const Key at = kTop / "image";
    const json& image = r.object(r.member(sidecar, kTop, "image"), at);
    r.warn_unknown(image, at, {"width", "height", "ssaa", "msaa", "transparent", "background", "print"});
    ImageSettings out;
    out.width = r.whole(r.member(image, at, "width"), at / "width", 1, kMaxImageSide);
    out.height = r.whole(r.member(image, at, "height"), at / "height", 1, kMaxImageSide);
    out.ssaa = r.whole(r.member(image, at, "ssaa"), at / "ssaa", 1, kMaxSsaa);
    // Absent from sidecars written before it was added, whose images all had
    // 4x MSAA: such a sidecar gives its image again.
    out.msaa = kMsaaOfOlderSidecars;
    if (const auto it = image.find("msaa"); it != image.end()) {
        out.msaa = r.whole(*it, at / "msaa", 1, 4);
        if (out.msaa != 1 && out.msaa != 4) r.fail(at / "msaa", "must be 1 or 4");
    }
    out.transparent = r.boolean(r.member(image, at, "transparent"), at / "transparent");
    const Key background = at / "background";
    try {
        out.background = parse_color(r.string(r.member(image, at, "background"), background));
    } catch (const UsageError& e) {
        r.fail(background, std::string("is wrong: ") + e.what());
    }
    if (const auto it = image.find("print"); it != image.end()) {  // since 0.3.0
        const Key p = at / "print";
        const json& print = r.object(*it, p);
        r.warn_unknown(print, p, {"width_mm", "height_mm", "dpi"});
        out.print = PrintSize{r.number(r.member(print, p, "width_mm"), p / "width_mm", kMinPrintMm, kMaxPrintMm),
                              r.number(r.member(print, p, "height_mm"), p / "height_mm", kMinPrintMm, kMaxPrintMm),
                              r.number(r.member(print, p, "dpi"), p / "dpi", kMinDpi, kMaxDpi)};
        // The pixels are the print size's: a width or height that disagrees was edited by hand.
        const auto pixels = [&](double mm) { return static_cast<long>(std::lround(mm / 25.4 * out.print->dpi)); };
        if (pixels(out.print->width_mm) != out.width || pixels(out.print->height_mm) != out.height)
            r.fail(p, "is " + fixed_text(out.print->width_mm) + " x " + fixed_text(out.print->height_mm) + " mm at " +
                          fixed_text(out.print->dpi) + " dpi, which is " + std::to_string(pixels(out.print->width_mm)) +
                          "x" + std::to_string(pixels(out.print->height_mm)) + " pixels, not the image's " +
                          std::to_string(out.width) + "x" + std::to_string(out.height));
    }
    return out;
}

// Before version 0.2.0, figures 8, 9 and 10 were Fig. 7 with the material
// PE, As2S3 and PP; they are now the paper's chain-unit figures. A file of
// that time (an empty material) is drawn as it was made: Fig. 7 with the
// material, and a warning says so.
void upgrade_material_figure(const json& sidecar, RenderRequest& req, FileWarnings& warnings) {
    static const std::pair<const char*, const char*> kOldFigures[] = {{"8", "PE"}, {"9", "As2S3"}, {"10", "PP"}};
    const auto version = sidecar.find("version");
    const bool old = version == sidecar.end() || (version->is_string() && version->get<std::string>() == "0.1.0");
    if (!old || !req.params.material.empty()) return;
    for (const auto& [figure, material] : kOldFigures)
        if (req.figure == figure) {
            warnings.changed((kTop / "figure").pointer,
                             "figure " + req.figure + " of cagescope 0.1.0 was Fig. 7 with " + material +
                                 "; drawn as Fig. 7 --material " + material + " (Fig. " + req.figure +
                                 " is now the paper's chain-unit figure)");
            req.figure = "7";
            req.params.material = material;
        }
}

}  // namespace

RenderRequest request_from_sidecar(const JsonDocument& doc, const std::function<void(const std::string&)>& warn) {
    FileWarnings warnings(doc, warn);
    const Reader r{doc, warnings};
    const json& sidecar = r.object(doc.root, kTop);
    r.warn_unknown(sidecar, kTop, {"program", "version", "figure", "parameters", "camera", "image", "hidden_layers",
                                   "title", "caption", "notes", "drawn_note", "sections"});
    RenderRequest req;
    req.figure = r.string(r.member(sidecar, kTop, "figure"), kTop / "figure");
    if (!figures::find_figure(req.figure))
        r.fail(kTop / "figure", "is '" + req.figure + "', not one of " + figures::figure_ids());

    // A parameter the sidecar leaves out is the figure's default.
    req.params = figures::default_params(*figures::find_figure(req.figure));
    read_parameters(r, sidecar, req.params);
    upgrade_material_figure(sidecar, req, warnings);
    req.camera.exact = read_camera(r, sidecar);
    req.camera.projection = req.camera.exact->projection;
    req.image = read_image(r, sidecar);

    if (const auto it = sidecar.find("hidden_layers"); it != sidecar.end()) {
        const Key at = kTop / "hidden_layers";
        if (!it->is_array()) r.fail(at, "must be an array of layer names");
        // A layer this figure does not draw (a name from another version) hides nothing.
        const figures::FigureInfo& info = *figures::find_figure(req.figure);
        const auto known = figures::hideable_layers(info);
        for (std::size_t i = 0; i < it->size(); ++i) {
            std::string layer = r.string((*it)[i], at[i]);
            if (std::find(known.begin(), known.end(), layer) != known.end())
                req.hidden_layers.push_back(std::move(layer));
            else
                warnings.unknown_name(at[i].pointer, "layer", layer,
                                      "figure " + req.figure + " has " + figures::hideable_layer_names(info));
        }
    }
    try {
        figures::resolve_and_check(req.params);
    } catch (const model::ParameterError& e) {
        r.fail(kTop / "parameters", std::string("are wrong: ") + e.what());
    }
    warnings.finish();
    return req;
}

void check_hidden_layers(const std::vector<std::string>& names, const std::vector<const figures::FigureInfo*>& drawn) {
    for (const std::string& name : names) {
        bool found = false;
        std::vector<std::string> all;
        for (const auto* info : drawn)
            for (const auto& layer : figures::hideable_layers(*info)) {
                found = found || layer == name;
                if (std::find(all.begin(), all.end(), layer) == all.end()) all.push_back(layer);
            }
        if (found) continue;
        if (drawn.size() == 1)
            throw UsageError("--hide-layer " + name + ": figure " + std::string(drawn[0]->id) + " has no layer '" +
                             name + "'; its layers are " + figures::hideable_layer_names(*drawn[0]));
        std::sort(all.begin(), all.end());
        std::string list;
        for (const auto& layer : all) list += (list.empty() ? "" : ", ") + layer;
        throw UsageError("--hide-layer " + name + ": no figure has a layer '" + name + "'; the figures' layers are " + list);
    }
}

}  // namespace cagescope::app
