#include "web/figure_data.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <variant>

#include "figures/paper_quotes.h"
#include "scene/camera.h"
#include "scene/caption.h"
#include "scene/markup.h"

namespace cagescope::web {

namespace {
using nlohmann::json;

// The cameras are fitted for a 16:9 canvas; the page widens the view for a
// narrower one.
constexpr float kFitAspect = 16.0f / 9.0f;

// Coordinates to a hundred-thousandth of the scene's size, far below a
// pixel of any view, in a third of the bytes of floats printed in full.
class Quantize {
public:
    explicit Quantize(float scene_radius)
        : scale_(std::pow(10.0, 5.0 - std::floor(std::log10(std::max(1e-6, static_cast<double>(scene_radius)))))) {}
    // Divided by a power of ten, so the double prints as its short decimal.
    double operator()(float v) const { return std::round(static_cast<double>(v) * scale_) / scale_; }
    json point(const glm::vec3& p) const { return json::array({(*this)(p.x), (*this)(p.y), (*this)(p.z)}); }
    json flat_points(const std::vector<glm::vec3>& ps) const {
        json out = json::array();
        for (const auto& p : ps)
            for (int k = 0; k < 3; ++k) out.push_back((*this)(p[k]));
        return out;
    }

private:
    double scale_;  // 10^decimals
};

// Pixel sizes and angles: two decimals.
double hundredths(float v) { return std::round(static_cast<double>(v) * 100.0) / 100.0; }

// Text that is not markup (section names), escaped for HTML.
std::string plain_html(std::string_view text) { return scene::markup_html(scene::markup_escape(text)); }

std::string colour(const scene::Color& c) {
    const auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b), byte(c.a));
    return buf;
}

// Short keys: a page carries thousands of these.
struct Geometry {
    json& out;
    const Quantize& q;
    void operator()(const scene::Sphere& s) const {
        out["k"] = "s";
        out["p"] = q.point(s.center);
        out["r"] = q(s.radius);
        out["c"] = colour(s.color);
    }
    void operator()(const scene::Polyline& l) const {
        out["k"] = "l";
        out["p"] = q.flat_points(l.points);
        out["w"] = hundredths(l.width_px);
        if (l.closed) out["closed"] = true;
        if (l.dashed) out["dashed"] = true;
        out["c"] = colour(l.color);
    }
    void operator()(const scene::Arrow& a) const {
        out["k"] = "a";
        out["p"] = q.flat_points({a.tail, a.tip});
        out["w"] = hundredths(a.width_px);
        out["hl"] = q(a.head_length);
        out["hr"] = q(a.head_radius);
        out["c"] = colour(a.color);
    }
    void operator()(const scene::Polygon& g) const {
        out["k"] = "g";
        out["p"] = q.flat_points(g.points);
        out["c"] = colour(g.color);
    }
    void operator()(const scene::Label& l) const {
        out["k"] = "t";
        out["p"] = q.point(l.anchor);
        out["html"] = scene::markup_html(l.text);
        out["size"] = hundredths(l.size_px);
        out["place"] = scene::to_string(l.placement);
        if (l.offset_px != glm::vec2(0.0f)) out["off"] = json::array({hundredths(l.offset_px.x), hundredths(l.offset_px.y)});
        out["c"] = colour(l.color);
    }
};

json camera_json(const scene::Camera& c, const Quantize& q) {
    return {{"target", q.point(c.target)},
            {"distance", q(c.distance)},
            {"azimuth", hundredths(c.azimuth_deg)},
            {"elevation", hundredths(c.elevation_deg)},
            {"fov", hundredths(c.fov_y_deg)}};
}

// Each distinct primitive once, and each frame as runs of their indices.
class FrameTable {
public:
    FrameTable(const std::vector<std::string>& layers, Quantize q) : q_(q) {
        for (std::size_t i = 0; i < layers.size(); ++i) layer_index_[layers[i]] = static_cast<int>(i);
    }

    void add_frame(const scene::Scene& scene) {
        json runs = json::array();
        int run_first = -1;
        int run_count = 0;
        for (const auto& p : scene.primitives) {
            if (p.layer == scene::kCaptionLayer) continue;
            const int index = intern(p);
            if (run_first >= 0 && index == run_first + run_count) {
                ++run_count;
                continue;
            }
            if (run_first >= 0) runs.insert(runs.end(), {run_first, run_count});
            run_first = index;
            run_count = 1;
        }
        if (run_first >= 0) runs.insert(runs.end(), {run_first, run_count});
        frames_.push_back(std::move(runs));
    }

    json take_primitives() { return std::move(primitives_); }
    json take_sections() { return std::move(sections_); }
    json take_frames() { return std::move(frames_); }

private:
    int intern(const scene::Primitive& p) {
        json item = {{"id", p.id}, {"l", layer_index_.at(p.layer)}};
        if (!p.section.empty()) item["sec"] = section_index(p.section);
        std::visit(Geometry{item, q_}, p.shape);
        std::string key = item.dump();
        const auto found = index_.find(key);
        if (found != index_.end()) return found->second;
        if (index_.size() >= kMaxPagePrimitives)
            throw TooLargeError("this figure has more than " + std::to_string(kMaxPagePrimitives) +
                                " distinct primitives over its frames, too many for a web page to open quickly; "
                                "use --format png, or --format glb for a 3D file");
        const int index = static_cast<int>(primitives_.size());
        primitives_.push_back(std::move(item));
        index_.emplace(std::move(key), index);
        return index;
    }

    // Primitives name their paper section by its place in one list.
    int section_index(const std::string& section) {
        const auto [at, added] = section_index_.emplace(section, static_cast<int>(sections_.size()));
        if (added) sections_.push_back(plain_html(section));
        return at->second;
    }

    Quantize q_;
    std::unordered_map<std::string, int> section_index_;
    json sections_ = json::array();
    std::unordered_map<std::string, int> layer_index_;
    std::unordered_map<std::string, int> index_;
    json primitives_ = json::array();
    json frames_ = json::array();
};

// The caption's columns (it separates them with three spaces), each as HTML,
// so the page can wrap between them and never inside one.
json caption_columns(const std::string& caption) {
    json out = json::array();
    std::size_t start = 0;
    while (start <= caption.size()) {
        const std::size_t gap = caption.find("   ", start);
        const std::string column = caption.substr(start, gap == std::string::npos ? std::string::npos : gap - start);
        if (!column.empty()) out.push_back(scene::markup_html(column));
        if (gap == std::string::npos) break;
        start = caption.find_first_not_of(' ', gap);
        if (start == std::string::npos) break;
    }
    return out;
}

json plain_html_list(const std::vector<std::string>& texts) {
    json out = json::array();
    for (const auto& t : texts) out.push_back(plain_html(t));
    return out;
}

json html_list(const std::vector<std::string>& texts) {
    json out = json::array();
    for (const auto& t : texts) out.push_back(scene::markup_html(t));
    return out;
}

}  // namespace

json figure_data(const figures::FigureInfo& figure, const figures::FigureParams& params) {
    return figure_data(figure, params, figure.default_projection);
}

json figure_data(const figures::FigureInfo& figure, const figures::FigureParams& params, scene::Projection projection) {
    figures::FigureParams rest = params;
    rest.time = -1.0;
    const scene::Scene scene = figures::build_figure(figure, rest);
    if (scene.primitives.size() > kMaxPagePrimitives)
        throw TooLargeError("this scene has " + std::to_string(scene.primitives.size()) + " primitives, more than the " +
                            std::to_string(kMaxPagePrimitives) +
                            " a web page can open quickly; use --format png, or --format glb for a 3D file");

    std::vector<std::string> layers;
    json layer_rows = json::array();
    for (const auto& name : figure.layers) {
        const std::string layer(name);
        layers.push_back(layer);
        json row = {{"id", layer}, {"name", scene::markup_html(figures::layer_display_name(figure.id, layer))}};
        if (const figures::LayerText* text = figures::layer_text(figure.id, layer)) {
            // The quotes keep the label markup ("V_1(a_0)"): typeset, as the viewer's tooltip.
            row["quote"] = scene::markup_html(figures::readable_quote(text->quote));
            row["section"] = plain_html(text->section);
        }
        layer_rows.push_back(std::move(row));
    }

    const Quantize quantize(scene.bounds().radius());
    FrameTable table(layers, quantize);
    table.add_frame(scene);
    for (int step = 0; step < figure.animation_steps; ++step) {
        figures::FigureParams at = params;
        at.time = step;
        table.add_frame(figures::build_figure(figure, at));
    }

    json cameras = json::object();
    for (const auto name : scene::view_preset_names()) {
        const auto preset = *scene::view_preset_from_string(name);
        cameras[std::string(name)] = camera_json(scene::fit_camera(preset, projection, scene, kFitAspect), quantize);
    }

    return {{"figure", std::string(figure.id)},
            {"name", std::string(figure.title)},
            {"title", scene::markup_html(scene.title)},
            {"caption", caption_columns(scene.caption)},
            {"drawn_note", scene::markup_html(scene.drawn_note)},
            {"notes", html_list(scene.notes)},
            {"sections", plain_html_list(scene.sections)},
            {"layers", std::move(layer_rows)},
            {"view", std::string(scene::to_string(figure.default_view))},
            {"projection", std::string(scene::to_string(projection))},
            {"cameras", std::move(cameras)},
            {"steps", figure.animation_steps},
            {"primitives", table.take_primitives()},
            {"frames", table.take_frames()},
            {"primitive_sections", table.take_sections()}};
}

}  // namespace cagescope::web
