// The viewer's ImGui windows. Each draws from and edits the ViewerContext;
// none knows GL or the window.
#pragma once

#include <glm/vec2.hpp>

#include "viewer/viewer_context.h"

namespace cagescope::viewer {

// Left: figure browser and parameters (panel_figure.cpp), then layers,
// animation, camera and export (panel_view.cpp).
void draw_controls_panel(ViewerContext& ctx, glm::vec2 window_px);
// Its width, from the window and the panels' font size.
float controls_panel_width(glm::vec2 window_px, float font_px);
void draw_figure_section(ViewerContext& ctx);
void draw_parameters_section(ViewerContext& ctx);
void draw_view_sections(ViewerContext& ctx);

// Right: the derivation table (live), Table 1, the model notes, measurement.
void draw_paper_panel(ViewerContext& ctx, glm::vec2 window_px);

// Title, tour caption, notices, hover tooltip, measurement marks, F1 help.
// They centre on ctx.view, the rectangle the camera frames.
void draw_overlays(ViewerContext& ctx, glm::vec2 window_px, const scene::Camera& camera, bool panels);

}  // namespace cagescope::viewer
