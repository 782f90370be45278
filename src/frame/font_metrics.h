// The label font's metrics (DejaVu Sans, embedded in the binary), read with
// stb_truetype. Every output lays text out with these numbers, so the GL
// glyphs, the SVG's and the PDF's text sit in the same boxes.
//
// Sizes are "pixel heights" as Dear ImGui's font atlas uses them: ascent
// minus descent equals the size. The em (what SVG and PDF call the font
// size) is a little smaller: em_px().
#pragma once

#include <memory>

namespace cagescope::frame {

class FontMetrics {
public:
    // The embedded DejaVu Sans; throws std::runtime_error if it is missing.
    static const FontMetrics& label_font();

    float advance(char32_t codepoint, float size_px) const;
    float ascent(float size_px) const;   // above the baseline, > 0
    float descent(float size_px) const;  // below the baseline, > 0
    float em_px(float size_px) const;    // the em square at this pixel height
    bool has_glyph(char32_t codepoint) const;

    ~FontMetrics();
    FontMetrics(const FontMetrics&) = delete;
    FontMetrics& operator=(const FontMetrics&) = delete;

private:
    FontMetrics();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The whole-pixel size the glyphs of a text of this size are drawn at
// (the GL atlas rasterises whole sizes; the vector outputs use the same),
// 6 to 4096.
int font_size_px(float size);

}  // namespace cagescope::frame
