// A figure as the web page draws it: every frame of its animation, the
// presets' cameras, the layers with the paper's names and quotes, and the
// tooltip text of every element. GL-free and GLM-only, so the same code runs
// in `cagescope render --out fig.html` (the data is baked into the page) and
// in the WebAssembly explorer (built live from the sliders): the page script
// draws this data and nothing else, so the two cannot drift apart.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "figures/figures.h"

namespace cagescope::web {

// The most distinct primitives a page may carry (over every frame), so a page
// stays a few MB and opens quickly; the glass region has far more.
inline constexpr std::size_t kMaxPagePrimitives = 20000;

// A scene too large for a page: the message says why and what to use instead.
class TooLargeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The page's data (docs/web.md has the keys):
// {"figure", "name", "title", "caption" (its columns), "drawn_note",
//  "notes", "sections" (text as HTML from the label markup), "layers": [{"id",
//  "name", "quote", "section"}], "view", "projection", "cameras": {preset:
//  {"target", "distance", "azimuth", "elevation", "fov"}}, "steps",
//  "primitives": [{"k", "id", "l" (layer), "c", "sec", ...geometry}],
//  "frames": [[first, count, ...]], "primitive_sections": [...]}; "sec" is
//  an index into "primitive_sections".
// Frame 0 is the figure at rest; frame 1 + t is animation step t. Each
// primitive is stored once and each frame lists the runs of primitive
// indices it draws, so what does not change between steps is not repeated.
// The caption layer is left out: the page sets the title and caption as text.
// The cameras are fitted for `projection` (orthographic frames tighter: no
// perspective depth to allow for), which is also the page's own.
// Throws TooLargeError past kMaxPagePrimitives; the parameters must already
// be checked (figures::resolve_and_check).
nlohmann::json figure_data(const figures::FigureInfo& figure, const figures::FigureParams& params,
                           scene::Projection projection);
nlohmann::json figure_data(const figures::FigureInfo& figure, const figures::FigureParams& params);

}  // namespace cagescope::web
