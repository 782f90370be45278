// The look of the viewer: Dear ImGui colours and sizes for each theme, the
// embedded DejaVu Sans at the UI's pixel size (Greek, arrows, math signs),
// and the 3D view's background and line scale.
#pragma once

#include "scene/scene.h"
#include "viewer/settings.h"

struct ImFont;

namespace cagescope::viewer {

struct UiFonts {
    ImFont* body = nullptr;     // panels
    ImFont* large = nullptr;    // tour captions, titles
    float body_px = 16.0f;
};

// The UI's font size in pixels: 15 px × monitor content scale × UI scale,
// × 1.35 in the presentation theme.
float ui_font_px(const Settings& settings, float content_scale);

// Rebuilds ImGui's font atlas with DejaVu Sans at body_px and 1.7× for the
// large font. Call outside a frame; the backend's texture is recreated.
UiFonts build_fonts(float body_px);

// ImGui colours and metrics for the theme, scaled by scale.
void apply_theme(Theme theme, float scale);

// The 3D view's clear colour and the renderer's pixel_scale for the theme.
scene::Color view_background(Theme theme);
float view_pixel_scale(Theme theme, float content_scale);

}  // namespace cagescope::viewer
