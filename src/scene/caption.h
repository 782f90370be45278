// Puts a scene's title and caption into the picture itself, so an exported
// image says what it shows (and, e.g., that a twist is drawn exaggerated).
#pragma once

#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::scene {

inline constexpr const char* kCaptionLayer = "caption";

// Adds the title (top left) and the caption (bottom left, wrapped to the
// frame's width), then the drawn note ("Drawn: ...", lighter) as labels in the layer "caption", anchored just in front of
// the camera so nothing hides them. Call after the camera is fitted: the
// labels belong to this camera and frame size only. pixel_scale is the one
// the frame is drawn with.
void add_caption_labels(Scene& scene, const Camera& camera, int width_px, int height_px, float pixel_scale);

// The heights the title and caption take at the top and bottom of a frame,
// so the camera can be fitted to the band between them.
struct CaptionBands {
    float top_px = 0.0f;
    float bottom_px = 0.0f;
};
CaptionBands caption_bands(const Scene& scene, int width_px, int height_px, float pixel_scale);

// Moves a fitted camera back and aside so what filled the whole frame fills
// the band between the title and the caption instead.
void fit_between_bands(Camera& camera, const CaptionBands& bands, int height_px);

// Greedy word wrap: lines of at most max_chars code points (a longer word
// stands alone). Splits at the caption's column gaps ("   ") first.
std::vector<std::string> wrap_caption(const std::string& text, std::size_t max_chars);

}  // namespace cagescope::scene
