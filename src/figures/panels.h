// A figure of several panels side by side, lettered a, b, c as in a journal
// figure. Each panel is a scene of its own; side_by_side turns each so that
// the front view shows it as its own view preset would, scales it to a common
// size and sets the panels in a row along x, for the front view.
#pragma once

#include <string>
#include <vector>

#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::figures {

struct Panel {
    std::string letter;    // "a"
    std::string subtitle;  // a few words under the letter
    scene::Scene scene;
    scene::ViewPreset view = scene::ViewPreset::iso;  // how the panel is seen in the row
};

// Panel i's primitives get ids "<letter>.<id>" and keep their layers; the
// letters and subtitles go into the layer "panels". Caption: each panel's,
// prefixed "(a) "; notes: every panel's, once each. Seen from the front
// (orthographic), each panel fills a square of side kPanelSize.
scene::Scene side_by_side(std::vector<Panel> panels);

inline constexpr double kPanelSize = 2.0;  // world units, the square each panel fits
inline constexpr double kPanelGap = 0.5;   // between the squares

}  // namespace cagescope::figures
