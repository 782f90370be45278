// The label markup (scene/markup.h) typeset in ImGui windows the way every
// other output sets it: scripts smaller on a shifted baseline, a stacked
// pair at one x. For titles, captions, notes, tooltips and tables.
#pragma once

#include <string_view>

namespace cagescope::viewer {

// Width of one line of markup in the current ImGui font.
float markup_width(std::string_view markup);

// One item: the markup broken at spaces to fit `wrap_width` (0 = no wrap),
// in the current text colour (or the disabled colour).
void markup_text(std::string_view markup, float wrap_width = 0.0f, bool disabled = false);

}  // namespace cagescope::viewer
