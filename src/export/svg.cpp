// The SVG writer: one element per prepared item, labels as <text> with one
// <tspan> per run at the layout's glyph positions.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "export/vector.h"
#include "frame/font_metrics.h"

namespace cagescope::output {

namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

std::string hex(const glm::vec3& c) {
    const auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
    return buf;
}

std::string xml_escape(const std::string& s) {
    std::string out;
    for (const char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string opacity(const char* attribute, float alpha) {
    return alpha < 0.999f ? std::string(" ") + attribute + "=\"" + num(alpha) + "\"" : std::string();
}

std::string points_path(const std::vector<glm::vec2>& pts, bool closed) {
    std::string d;
    for (std::size_t i = 0; i < pts.size(); ++i) d += (i == 0 ? "M" : "L") + num(pts[i].x) + " " + num(pts[i].y);
    if (closed) d += "Z";
    return d;
}

}  // namespace

std::string write_svg(const frame::PreparedFrame& f, const VectorPage& page) {
    std::string out;
    out.reserve(64 * 1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + num(page.width_pt) +
           "pt\" height=\"" + num(page.height_pt) + "pt\" viewBox=\"0 0 " + std::to_string(f.width) + " " +
           std::to_string(f.height) + "\">\n";
    if (!page.title.empty()) out += "<title>" + xml_escape(page.title) + "</title>\n";
    if (!page.description.empty()) out += "<desc>" + xml_escape(page.description) + "</desc>\n";

    // One gradient per sphere colour, in the disc's own box units.
    std::map<std::string, int> gradients;
    std::string defs;
    const auto gradient_for = [&](const glm::vec3& color) {
        const std::string key = hex(color);
        const auto it = gradients.find(key);
        if (it != gradients.end()) return it->second;
        const int id = static_cast<int>(gradients.size());
        gradients[key] = id;
        const SphereGradient g = sphere_gradient(color);
        defs += "<radialGradient id=\"s" + std::to_string(id) + "\" cx=\"0.5\" cy=\"0.5\" r=\"0.5\" fx=\"" +
                num(0.5 + 0.5 * g.focus_x) + "\" fy=\"" + num(0.5 + 0.5 * g.focus_y) + "\">";
        for (const auto& [offset, c] : g.stops)
            defs += "<stop offset=\"" + num(offset) + "\" stop-color=\"" + hex(c) + "\"/>";
        defs += "</radialGradient>\n";
        return id;
    };
    std::string body;
    if (!page.transparent)
        body += "<rect width=\"100%\" height=\"100%\" fill=\"" + hex(glm::vec3(page.background)) + "\"/>\n";
    for (const frame::Item& item : f.items) {
        if (const auto* d = std::get_if<frame::Disc>(&item.shape); d && d->inner) {
            body += "<circle cx=\"" + num(d->center.x) + "\" cy=\"" + num(d->center.y) + "\" r=\"" + num(d->radius) +
                    "\" fill=\"" + hex(glm::vec3(d->color)) + "\"" + opacity("fill-opacity", d->color.a) + "/>\n";
        } else if (d) {
            const int g = gradient_for(glm::vec3(d->color));
            body += "<circle cx=\"" + num(d->center.x) + "\" cy=\"" + num(d->center.y) + "\" r=\"" + num(d->radius) +
                    "\" fill=\"url(#s" + std::to_string(g) + ")\"" + opacity("fill-opacity", d->color.a) + "/>\n";
        } else if (const auto* s = std::get_if<frame::Stroke>(&item.shape)) {
            body += "<path d=\"" + points_path(s->points, false) + "\" fill=\"none\" stroke=\"" +
                    hex(glm::vec3(s->color)) + "\" stroke-width=\"" + num(s->width) +
                    "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"" + opacity("stroke-opacity", s->color.a);
            if (s->dashed)
                body += " stroke-dasharray=\"" + num(s->dash) + " " + num(s->gap) + "\" stroke-dashoffset=\"" +
                        num(s->dash_offset) + "\"";
            body += "/>\n";
        } else if (const auto* fill = std::get_if<frame::Fill>(&item.shape)) {
            body += "<path d=\"" + points_path(fill->points, true) + "\" fill=\"" + hex(glm::vec3(fill->color)) + "\"" +
                    opacity("fill-opacity", fill->color.a) + "/>\n";
        }
    }
    // Labels: the halo is the text's own stroke, painted under its fill.
    const frame::FontMetrics& font = frame::FontMetrics::label_font();
    const std::string halo = hex(glm::vec3(page.background));
    for (const frame::PlacedLabel& label : f.labels) {
        const float dim = label.occluded ? frame::kOccludedAlpha : 1.0f;
        body += "<text font-family=\"DejaVu Sans, sans-serif\" fill=\"" + hex(glm::vec3(label.color)) + "\"" +
                opacity("fill-opacity", label.color.a * dim) + " stroke=\"" + halo + "\" stroke-width=\"" +
                num(2.0f * f.halo_px) + "\" stroke-opacity=\"" + num(0.8f * dim) +
                "\" stroke-linejoin=\"round\" paint-order=\"stroke\" xml:space=\"preserve\">";
        for (const frame::PlacedRun& run : label.text->runs) {
            std::string xs;
            for (std::size_t i = 0; i < run.glyph_x.size(); ++i)
                xs += (i ? " " : "") + num(label.box.x0 + run.glyph_x[i]);
            body += "<tspan x=\"" + xs + "\" y=\"" + num(label.box.y0 + run.baseline) + "\" font-size=\"" +
                    num(font.em_px(static_cast<float>(run.size_px))) + "\">" + xml_escape(run.text) + "</tspan>";
        }
        body += "</text>\n";
    }
    if (!defs.empty()) out += "<defs>\n" + defs + "</defs>\n";
    out += body;
    out += "</svg>\n";
    return out;
}

SphereGradient sphere_gradient(const glm::vec3& base) {
    // The highlight is where the normal is the half vector of the light and
    // the eye: (-0.157, 0.202) of the disc, v up; y down on the page.
    SphereGradient g;
    g.focus_x = -0.157f;
    g.focus_y = -0.202f;
    constexpr int kStops = 7;
    // Along the ray from the focus through the centre to the far rim.
    const glm::vec2 focus(g.focus_x, g.focus_y);
    const glm::vec2 rim = -glm::normalize(focus);
    for (int i = 0; i < kStops; ++i) {
        const float t = static_cast<float>(i) / (kStops - 1);
        const glm::vec2 p = focus + (rim - focus) * t;
        g.stops.emplace_back(t, frame::sphere_shade(base, p.x, -p.y));
    }
    return g;
}

}  // namespace cagescope::output
