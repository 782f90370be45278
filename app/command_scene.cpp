// `cagescope scene`: a figure's scene as data, a table to read or JSON for a
// user's own scripts and for tests. The same figure options, ranges and
// errors as `render`; no GL.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>
#include <variant>

#include "cli_support.h"
#include "figure_options.h"
#include "figures/figures.h"
#include "scene/markup.h"
#include "scene_json.h"
#include "text_columns.h"

namespace cagescope::app {

namespace {

struct SceneOptions {
    std::string figure;
    bool json = false;
    std::shared_ptr<FigureOptionValues> figure_options = std::make_shared<FigureOptionValues>();
};

std::string num(float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", static_cast<double>(v));
    return buf;
}
std::string at(const glm::vec3& p) { return "(" + num(p.x) + ", " + num(p.y) + ", " + num(p.z) + ")"; }

struct Summary {
    std::string operator()(const scene::Sphere& s) const { return "centre " + at(s.center) + " r " + num(s.radius); }
    std::string operator()(const scene::Polyline& l) const {
        std::string out = std::to_string(l.points.size()) + " points";
        if (!l.points.empty()) out += " " + at(l.points.front()) + " … " + at(l.points.back());
        out += ", " + num(l.width_px) + " px";
        if (l.dashed) out += ", dashed";
        if (l.closed) out += ", closed";
        return out;
    }
    std::string operator()(const scene::Arrow& a) const {
        return at(a.tail) + " → " + at(a.tip) + ", " + num(a.width_px) + " px";
    }
    std::string operator()(const scene::Polygon& g) const {
        glm::vec3 c(0.0f);
        for (const auto& p : g.points) c += p;
        if (!g.points.empty()) c /= static_cast<float>(g.points.size());
        return std::to_string(g.points.size()) + " points round " + at(c);
    }
    std::string operator()(const scene::Label& l) const { return "at " + at(l.anchor) + ": " + scene::markup_unicode(l.text); }
};

std::string color_of(const scene::Shape& shape) {
    return rgba_text(std::visit([](const auto& s) { return s.color; }, shape));
}

void print_table(const scene::Scene& s) {
    // The paper's notation as a terminal shows it (Unicode sub/superscripts
    // where they exist); the JSON keeps the markup.
    std::printf("%s\n\n%s\n", scene::markup_unicode(s.title).c_str(), scene::markup_unicode(s.caption).c_str());
    if (!s.notes.empty()) {
        std::printf("\nnotes:\n");
        for (const auto& n : s.notes) std::printf("  - %s\n", scene::markup_unicode(n).c_str());
    }
    std::string sections;
    for (const auto& sec : s.sections) sections += (sections.empty() ? "" : ", ") + sec;
    std::printf("\nsections: %s\n", sections.c_str());
    std::printf("layers:");
    for (const auto& layer : s.layers()) {
        int n = 0;
        for (const auto& p : s.primitives) n += p.layer == layer;
        std::printf(" %s (%d)", layer.c_str(), n);
    }
    std::printf("\n%zu primitives\n\n", s.primitives.size());

    std::size_t id_w = 2, layer_w = 5;
    for (const auto& p : s.primitives) {
        id_w = std::max(id_w, display_width(p.id));
        layer_w = std::max(layer_w, display_width(p.layer));
    }
    std::printf("%s  %-8s  %s  %-9s  %s\n", pad_right("id", id_w).c_str(), "kind", pad_right("layer", layer_w).c_str(),
                "colour", "geometry");
    for (const auto& p : s.primitives)
        std::printf("%s  %-8s  %s  %-9s  %s   [%s]\n", pad_right(p.id, id_w).c_str(), shape_kind(p.shape).c_str(),
                    pad_right(p.layer, layer_w).c_str(), color_of(p.shape).c_str(),
                    std::visit(Summary{}, p.shape).c_str(), p.section.c_str());
}

void run(const SceneOptions& o) {
    if (o.figure.empty()) throw UsageError("say which figure: --figure ID (" + figures::figure_ids() + ")");
    const figures::FigureInfo& info = figure_from_option(o.figure);
    check_options_read(*o.figure_options, {&info});
    const figures::FigureParams params = figure_params_from(*o.figure_options, info);
    const scene::Scene s = figures::build_figure(info, params);
    if (o.json)
        std::printf("%s\n", scene_json(o.figure, params, s).dump(2).c_str());
    else
        print_table(s);
}

}  // namespace

void add_scene_command(CLI::App& app) {
    auto opts = std::make_shared<SceneOptions>();
    CLI::App* cmd = app.add_subcommand(
        "scene", "Print a figure's scene as data: title, caption, notes and every primitive with its id, kind, "
                 "layer, section, geometry, colour and label text (no display needed)");
    cmd->footer("\nExamples:\n"
                "  cagescope scene --figure 9 --lambda 3\n"
                "  cagescope scene --figure 3b --time 31 --json > fig3b.json\n"
                "\nLengths are in σ (Fig. 8a: Å); the JSON keys are listed in README.md (`cagescope scene`).\n"
                "The figure options and their ranges are render's; the caption that `render` draws into\n"
                "the image (the \"caption\" layer) belongs to the image, not the scene, and is not listed.");
    cmd->add_option("--figure,-f", opts->figure, "Figure: " + figures::figure_ids());
    cmd->add_flag("--json", opts->json, "Print JSON instead of a table");
    add_figure_options(*cmd, opts->figure_options);
    cmd->callback([opts] { run(*opts); });
}

}  // namespace cagescope::app
