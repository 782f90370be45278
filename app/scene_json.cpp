#include "scene_json.h"

#include <cstdio>
#include <iterator>
#include <variant>

#include "version.h"

namespace cagescope::app {

namespace {
using nlohmann::json;

json point(const glm::vec3& p) { return json::array({p.x, p.y, p.z}); }

json points(const std::vector<glm::vec3>& ps) {
    json out = json::array();
    for (const auto& p : ps) out.push_back(point(p));
    return out;
}

struct Geometry {
    json& out;
    void operator()(const scene::Sphere& s) const {
        out["center"] = point(s.center);
        out["radius"] = s.radius;
        out["color"] = rgba_text(s.color);
    }
    void operator()(const scene::Polyline& l) const {
        out["points"] = points(l.points);
        out["width_px"] = l.width_px;
        out["closed"] = l.closed;
        out["dashed"] = l.dashed;
        out["color"] = rgba_text(l.color);
    }
    void operator()(const scene::Arrow& a) const {
        out["tail"] = point(a.tail);
        out["tip"] = point(a.tip);
        out["width_px"] = a.width_px;
        out["head_length"] = a.head_length;
        out["head_radius"] = a.head_radius;
        out["color"] = rgba_text(a.color);
    }
    void operator()(const scene::Polygon& g) const {
        out["points"] = points(g.points);
        out["color"] = rgba_text(g.color);
    }
    void operator()(const scene::Label& l) const {
        out["anchor"] = point(l.anchor);
        out["text"] = l.text;
        out["size_px"] = l.size_px;
        out["placement"] = scene::to_string(l.placement);
        out["offset_px"] = json::array({l.offset_px.x, l.offset_px.y});
        if (l.pinned) out["pinned"] = true;
        out["color"] = rgba_text(l.color);
    }
};
}  // namespace

std::string rgba_text(const scene::Color& c) {
    const auto byte = [](float v) { return static_cast<int>(v * 255.0f + 0.5f); };
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b), byte(c.a));
    return buf;
}

std::string shape_kind(const scene::Shape& shape) {
    // In the order of the alternatives of scene::Shape.
    static constexpr const char* kKinds[] = {"sphere", "polyline", "arrow", "polygon", "label"};
    static_assert(std::size(kKinds) == std::variant_size_v<scene::Shape>);
    return kKinds[shape.index()];
}

json parameters_json(const figures::FigureParams& params) {
    json out = json::object();
    for (const auto& field : figures::param_fields()) {
        if (field.integer)
            out[std::string(field.name)] = params.*field.whole;
        else
            out[std::string(field.name)] = params.*field.real;
    }
    out["spacing"] = figures::to_string(params.spacing);
    out["material"] = params.material;
    return out;
}

json scene_json(const std::string& figure, const figures::FigureParams& params, const scene::Scene& scene) {
    json primitives = json::array();
    for (const auto& p : scene.primitives) {
        json item = {{"id", p.id}, {"kind", shape_kind(p.shape)}, {"layer", p.layer}, {"section", p.section}};
        std::visit(Geometry{item}, p.shape);
        primitives.push_back(std::move(item));
    }
    return json{{"program", "cagescope"},
                {"version", kVersion},
                {"figure", figure},
                {"parameters", parameters_json(params)},
                {"title", scene.title},
                {"caption", scene.caption},
                {"notes", scene.notes},
                {"drawn_note", scene.drawn_note},
                {"sections", scene.sections},
                {"layers", scene.layers()},
                {"primitives", std::move(primitives)}};
}

}  // namespace cagescope::app
