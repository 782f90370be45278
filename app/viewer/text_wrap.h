// Word wrapping at spaces only. ImGui 1.86 also breaks a line after '.' and
// ',', which splits numbers in captions ("0." / "10464892").
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace cagescope::viewer {

// `text` broken into lines at spaces, so that no line is wider than `width`
// as `measure` gives widths unless one word alone is. Newlines are kept, and
// the spaces between words too (captions use runs of them as column gaps),
// except where a line breaks.
std::string wrap_at_spaces(std::string_view text, float width, const std::function<float(std::string_view)>& measure);

}  // namespace cagescope::viewer
