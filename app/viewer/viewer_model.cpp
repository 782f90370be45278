#include "viewer/viewer_model.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include "cli_support.h"
#include "figures/figures.h"

namespace cagescope::viewer {

model::Range slider_range(std::string_view parameter) { return model::parameter_spec(parameter).range; }

void rebuild_scene(ViewerModel& model) {
    const figures::FigureInfo* info = figures::find_figure(model.request.figure);
    if (!info) {
        model.build_error = "no figure '" + model.request.figure + "'";
        return;
    }
    try {
        model.scene = figures::build_figure(*info, model.request.params);
        model.build_error.clear();
    } catch (const std::exception& e) {
        model.build_error = e.what();
    }
    model.scene_changed = true;
    if (model.hover && !model.scene.find(model.hover->id)) model.hover.reset();
}

scene::Camera preset_camera(const ViewerModel& model, scene::ViewPreset preset, float aspect) {
    return scene::fit_camera(preset, model.camera.goal().projection, model.scene.bounds(), aspect,
                             model.scene.iso_view);
}

void show_preset(ViewerModel& model, scene::ViewPreset preset, float aspect) {
    model.request.camera.preset = preset;
    model.camera.fly_to(preset_camera(model, preset, aspect), model.camera_settings);
}

void reset_view(ViewerModel& model, float aspect) {
    const figures::FigureInfo* info = figures::find_figure(model.request.figure);
    show_preset(model, info ? info->default_view : scene::ViewPreset::iso, aspect);
}

void set_figure(ViewerModel& model, const std::string& id, float aspect, bool fly) {
    const figures::FigureInfo* info = figures::find_figure(id);
    if (!info) throw app::UsageError("--figure " + id + ": no such figure; available: " + figures::figure_ids());
    // The new figure's own defaults (Fig. 7: no torsion) where the old figure's are still in place.
    if (const figures::FigureInfo* from = figures::find_figure(model.request.figure))
        figures::carry_params(*from, *info, model.request.params);
    model.request.figure = id;
    model.measure.clear();
    model.hover.reset();
    model.animation.playing = false;
    model.request.params.time = -1.0;
    model.animation.clock = 0.0;
    rebuild_scene(model);
    model.request.camera.preset = info->default_view;
    const scene::Camera c = scene::fit_camera(info->default_view, model.camera.goal().projection, model.scene.bounds(),
                                              aspect, model.scene.iso_view);
    if (fly)
        model.camera.fly_to(c, model.camera_settings);
    else
        model.camera.jump_to(c);
}

int animation_steps(const ViewerModel& model) {
    const figures::FigureInfo* info = figures::find_figure(model.request.figure);
    return info ? info->animation_steps : 0;
}

namespace {
void set_time(ViewerModel& model, double time) {
    const double old = model.request.params.time;
    model.request.params.time = time;
    if (std::floor(old) != std::floor(time) || (old < 0.0) != (time < 0.0)) rebuild_scene(model);
}
}  // namespace

void toggle_play(ViewerModel& model) {
    if (animation_steps(model) == 0) {
        model.animation.playing = false;
        return;
    }
    model.animation.playing = !model.animation.playing;
    if (model.animation.playing && model.request.params.time < 0.0) {
        model.animation.clock = 0.0;
        set_time(model, 0.0);
    }
}

void step_animation(ViewerModel& model, int delta) {
    const int steps = animation_steps(model);
    if (steps == 0) return;
    model.animation.playing = false;
    const int now = model.request.params.time < 0.0 ? (delta > 0 ? -1 : 0) : static_cast<int>(model.request.params.time);
    const int next = ((now + delta) % steps + steps) % steps;
    model.animation.clock = next;
    set_time(model, next);
}

void scrub_to(ViewerModel& model, double time) {
    const int steps = animation_steps(model);
    if (steps == 0) return;
    const double t = time < 0.0 ? -1.0 : std::min(std::floor(time), static_cast<double>(steps - 1));
    model.animation.clock = std::max(t, 0.0);
    set_time(model, t);
}

bool draw_as_preview(std::size_t primitives, bool view_moved) {
    return view_moved && primitives > kPreviewPrimitives;
}

bool advance_animation(ViewerModel& model, double dt) {
    const int steps = animation_steps(model);
    if (!model.animation.playing || steps == 0) return false;
    double clock = model.animation.clock + dt * model.animation.steps_per_s;
    if (clock >= steps) {
        if (model.animation.loop) {
            clock = std::fmod(clock, static_cast<double>(steps));
        } else {
            clock = steps - 1;
            model.animation.playing = false;
        }
    }
    model.animation.clock = clock;
    const double old = model.request.params.time;
    set_time(model, std::floor(clock));
    return std::floor(old) != std::floor(clock);
}

bool go_to_tour_step(ViewerModel& model, int index, float aspect) {
    if (!model.tour.tour || index < 0 || index >= static_cast<int>(model.tour.tour->steps.size())) return false;
    const TourStep& step = model.tour.tour->steps[static_cast<std::size_t>(index)];
    model.tour.index = index;
    model.request.figure = step.figure;
    model.request.params = step.params;
    model.request.hidden_layers = step.hidden_layers;
    model.request.camera = step.camera;
    model.measure.clear();
    model.hover.reset();
    model.animation.clock = 0.0;
    model.animation.playing = false;
    rebuild_scene(model);
    if (step.play) toggle_play(model);
    model.camera.fly_to(app::resolve_camera(step.camera, model.scene, aspect), model.camera_settings);
    return true;
}

std::string tour_caption(const ViewerModel& model) {
    if (!model.tour.tour) return "";
    const TourStep& step = model.tour.tour->steps[static_cast<std::size_t>(model.tour.index)];
    try {
        return expand_caption(step.caption, model::derivation_table(derivation_inputs(model.request.params)));
    } catch (const std::exception& e) {
        return step.caption + "  [" + e.what() + "]";
    }
}

scene::Scene spotlit(const scene::Scene& scene, const std::string& layer, const scene::Color& background) {
    constexpr float kFade = 0.82f;  // how far toward the background the other layers go
    scene::Scene out = scene;
    for (auto& p : out.primitives) {
        if (p.layer == layer) continue;
        std::visit(
            [&](auto& shape) {
                scene::Color& c = shape.color;
                c.r += (background.r - c.r) * kFade;
                c.g += (background.g - c.g) * kFade;
                c.b += (background.b - c.b) * kFade;
            },
            p.shape);
    }
    return out;
}

std::string next_spotlight(const scene::Scene& scene, const std::string& current,
                           const std::vector<std::string>& hidden_layers) {
    std::vector<std::string> shown;
    for (const std::string& l : scene.layers())
        if (std::find(hidden_layers.begin(), hidden_layers.end(), l) == hidden_layers.end()) shown.push_back(l);
    if (current.empty()) return shown.empty() ? "" : shown.front();
    const auto it = std::find(shown.begin(), shown.end(), current);
    if (it == shown.end() || it + 1 == shown.end()) return "";
    return *(it + 1);
}

void click_measure(ViewerModel& model, const std::optional<Pick>& pick) {
    if (model.measure.size() >= 2) {
        model.measure.clear();
        return;
    }
    if (pick) model.measure.push_back(*pick);
}

}  // namespace cagescope::viewer
