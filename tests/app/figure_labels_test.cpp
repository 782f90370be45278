// Every label of every figure, at every animation step, where an export
// puts it: the renderer's own placement (frame::SceneLabels, which the GL
// label pass and the vector writers draw) for the export's camera and
// caption, at 1920x1080 and 960x540. No label box overlaps another, and
// each sits next to what it names.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "figure_export.h"
#include "figures/figures.h"
#include "frame/labels.h"
#include "scene/caption.h"

using namespace cagescope;

namespace {

// The farthest a label's box may lie from its anchor beyond the gap it asks
// for (with the radius of a sphere it names), in pixels at 1x: a crowded
// row or two.
constexpr float kNearPx = 40.0f;

struct Size {
    int width, height;
};

std::vector<double> times_of(const figures::FigureInfo& f) {
    std::vector<double> times{-1.0};  // the resting state
    for (int step = 0; step < f.animation_steps; ++step) times.push_back(step);
    return times;
}

float distance_to_box(const glm::vec2& p, const frame::Box& b) {
    const float dx = std::max({b.x0 - p.x, 0.0f, p.x - b.x1});
    const float dy = std::max({b.y0 - p.y, 0.0f, p.y - b.y1});
    return std::hypot(dx, dy);
}

// What is wrong with the labels of one frame, one line each.
std::vector<std::string> label_problems(const figures::FigureInfo& f, double time, Size size) {
    app::RenderRequest req;
    req.figure = std::string(f.id);
    req.params = figures::default_params(f);
    req.params.time = time;
    req.camera.preset = f.default_view;
    req.camera.projection = f.default_projection;
    req.image.width = size.width;
    req.image.height = size.height;
    scene::Scene scene = figures::build_figure(f, req.params);
    const scene::Camera camera = app::figure_camera(req, scene);
    const float scale = app::pixel_scale(req.image);
    scene::add_caption_labels(scene, camera, size.width, size.height, scale);
    const auto placed = frame::SceneLabels(scene).place(camera, frame::LabelFrame{size.width, size.height, scale, nullptr});

    std::vector<std::string> problems;
    const auto where = [&] {
        std::ostringstream o;
        o << "fig. " << f.id << " " << (time < 0 ? std::string("at rest") : "step " + std::to_string(static_cast<int>(time)))
          << " at " << size.width << "x" << size.height << ": ";
        return o.str();
    };
    const auto id = [&](const frame::PlacedLabel& l) { return scene.primitives[l.primitive].id; };
    for (std::size_t i = 0; i < placed.size(); ++i) {
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            if (placed[i].box.overlaps(placed[j].box, 0.0f))
                problems.push_back(where() + id(placed[i]) + " overlaps " + id(placed[j]));
        const auto& label = std::get<scene::Label>(scene.primitives[placed[i].primitive].shape);
        if (label.pinned) continue;  // the title and caption lines are where the frame puts them
        const float d = distance_to_box(placed[i].anchor_px, placed[i].box);
        if (d > placed[i].gap_px + kNearPx * scale)
            problems.push_back(where() + id(placed[i]) + " is " + std::to_string(static_cast<int>(d)) +
                               " px from its anchor");
    }
    return problems;
}

}  // namespace

TEST_CASE("labels at 1920x1080 and 960x540, every figure and step: no two overlap, each beside what it names") {
    std::vector<std::string> problems;
    int frames = 0;
    for (const figures::FigureInfo& f : figures::figure_list()) {
        if (!f.in_paper) continue;
        for (const double time : times_of(f))
            for (const Size size : {Size{1920, 1080}, Size{960, 540}}) {
                const auto p = label_problems(f, time, size);
                problems.insert(problems.end(), p.begin(), p.end());
                ++frames;
            }
    }
    CHECK(frames > 100);
    for (const std::string& p : problems) UNSCOPED_INFO(p);
    CHECK(problems.empty());
}
