// Typesets a label's markup (scene/markup.h) into glyphs and runs placed in
// a box, with the label font's metrics. The GL renderer draws the glyphs;
// the SVG and PDF writers write the runs as text at the same places.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cagescope::frame {

struct PlacedGlyph {
    char32_t codepoint = 0;
    float x = 0.0f;         // pen position, pixels from the box's left edge
    float baseline = 0.0f;  // pixels from the box's top edge
    int size_px = 0;        // whole-pixel size (font_size_px)
};

// A run of text at one size and baseline, as the vector outputs write it.
struct PlacedRun {
    std::string text;  // UTF-8, the characters as written (a glyph may be a stand-in)
    float x = 0.0f;
    float baseline = 0.0f;
    int size_px = 0;
    std::vector<float> glyph_x;  // each glyph's pen position (SVG's per-glyph x)
};

struct TextLayout {
    std::vector<PlacedGlyph> glyphs;
    std::vector<PlacedRun> runs;
    float width = 0.0f;   // the box: every glyph's advance and extent inside
    float height = 0.0f;
    float body_ascent = 0.0f;  // first line's body baseline, from the top
};

// The label font lacks a few characters the figures use; these stand in
// (U+27C2 perpendicular → U+22A5 up tack, which looks the same).
char32_t displayed_codepoint(char32_t codepoint);

// Lays out markup at a body size (pixels, before rounding to whole pixels).
TextLayout layout_text(std::string_view markup, float size_px);

}  // namespace cagescope::frame
