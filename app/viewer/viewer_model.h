// What the viewer shows and the actions that change it, free of GL and of
// the window, so the UI's logic is tested on the CPU: the request (figure,
// parameters, layers, image settings), the scene built from it, the camera,
// the animation clock, the tour position, hover and measurement.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/parameters.h"
#include "render_request.h"
#include "scene/scene.h"
#include "viewer/camera_controller.h"
#include "viewer/picking.h"
#include "viewer/tour.h"

namespace cagescope::viewer {

struct Animation {
    bool playing = false;
    double steps_per_s = 4.0;  // speed, animation steps per second (0.25..60)
    bool loop = true;          // at the last step start again, else stop
    double clock = 0.0;        // fractional step; params.time = floor(clock)
};

struct TourPosition {
    std::optional<Tour> tour;
    int index = 0;  // the step shown
};

struct ViewerModel {
    app::RenderRequest request;       // figure, parameters (time too), hidden layers, screenshot settings
    scene::Scene scene;               // built from request
    bool scene_changed = true;        // the renderer needs set_scene
    std::string build_error;          // the last builder failure, shown in the UI
    CameraController camera;
    CameraControlSettings camera_settings;
    Animation animation;
    TourPosition tour;
    std::optional<Pick> hover;
    std::vector<Pick> measure;        // 0, 1 or 2 picked points
};

// The range a parameter's slider offers: the model's own (parameter_spec),
// so a slider can never set a value the command line would refuse.
model::Range slider_range(std::string_view parameter);

// Builds the scene from the request (keeps the old one and sets build_error
// if the builder throws).
void rebuild_scene(ViewerModel& model);

// Switches figure (its default view, fitted, flown to unless fly is false);
// parameters still at the old figure's defaults take the new one's
// (figures::carry_params). An unknown id throws app::UsageError listing the
// figures.
void set_figure(ViewerModel& model, const std::string& id, float aspect, bool fly = true);

// The named view fitted to the scene, keeping the current projection.
scene::Camera preset_camera(const ViewerModel& model, scene::ViewPreset preset, float aspect);
void show_preset(ViewerModel& model, scene::ViewPreset preset, float aspect);
// R: the figure's default view, fitted.
void reset_view(ViewerModel& model, float aspect);

// Animation: steps of the current figure (0 = still).
int animation_steps(const ViewerModel& model);
void toggle_play(ViewerModel& model);
void step_animation(ViewerModel& model, int delta);
void scrub_to(ViewerModel& model, double time);
// Advances the clock by dt seconds while playing; returns true when the
// figure's time changed (the scene was rebuilt).
bool advance_animation(ViewerModel& model, double dt);

// Tours: shows step index (clamped), flying the camera; returns false when
// there is no tour or the index is out of range.
bool go_to_tour_step(ViewerModel& model, int index, float aspect);
// The current step's caption with its numbers filled in ("" without a tour).
std::string tour_caption(const ViewerModel& model);

// Measure: a click adds a point; a third click clears (and adds nothing).
void click_measure(ViewerModel& model, const std::optional<Pick>& pick);

// Spotlight: the scene with every primitive outside `layer` faded toward the
// background (kept where it is, so the picture does not jump).
scene::Scene spotlit(const scene::Scene& scene, const std::string& layer, const scene::Color& background);
// The layer after `current` among the scene's (not hidden ones), "" after the last.
std::string next_spotlight(const scene::Scene& scene, const std::string& current,
                           const std::vector<std::string>& hidden_layers);

// A scene of more primitives than this is drawn without multisampling while
// the view moves (about 3x cheaper per primitive on llvmpipe: the glass
// region, Fig. 6 with every HSM), with small copies of its repeat as
// pictures (render::FrameOptions::level_of_detail), and at full quality
// once it stops.
inline constexpr std::size_t kPreviewPrimitives = 20000;
bool draw_as_preview(std::size_t primitives, bool view_moved);

}  // namespace cagescope::viewer
