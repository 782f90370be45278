#include "frame/font_metrics.h"

#include <embedded_files.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#define STB_TRUETYPE_IMPLEMENTATION
#define STBTT_STATIC
#include <stb/stb_truetype.h>

namespace cagescope::frame {

namespace {
// Advances of the code points below this are looked up once: every
// character the figures write (Latin, Greek, punctuation, arrows, maths).
constexpr char32_t kTabled = 0x2800;
}  // namespace

int font_size_px(float size) { return std::clamp(static_cast<int>(std::lround(size)), 6, 4096); }

struct FontMetrics::Impl {
    stbtt_fontinfo info{};
    float units_ascent = 0.0f;   // font units
    float units_descent = 0.0f;  // > 0
    float units_per_em = 2048.0f;
    std::vector<float> advances;  // font units of U+0000..kTabled-1, read once (read-only after: thread-safe)
    float units_advance(char32_t codepoint) const {
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&info, static_cast<int>(codepoint), &advance, &bearing);
        return static_cast<float>(advance);
    }
};

FontMetrics::FontMetrics() : impl_(std::make_unique<Impl>()) {
    const auto bytes = embedded_file("fonts/DejaVuSans.ttf");
    if (!bytes || !stbtt_InitFont(&impl_->info, bytes->data(), stbtt_GetFontOffsetForIndex(bytes->data(), 0)))
        throw std::runtime_error("the embedded font fonts/DejaVuSans.ttf is missing or unreadable");
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&impl_->info, &ascent, &descent, &gap);
    impl_->units_ascent = static_cast<float>(ascent);
    impl_->units_descent = static_cast<float>(-descent);
    impl_->units_per_em = 1.0f / stbtt_ScaleForMappingEmToPixels(&impl_->info, 1.0f);
    impl_->advances.resize(kTabled);
    for (char32_t cp = 0; cp < kTabled; ++cp) impl_->advances[cp] = impl_->units_advance(cp);
}

FontMetrics::~FontMetrics() = default;

const FontMetrics& FontMetrics::label_font() {
    static const FontMetrics font;
    return font;
}

float FontMetrics::advance(char32_t codepoint, float size_px) const {
    const float units = codepoint < kTabled ? impl_->advances[codepoint] : impl_->units_advance(codepoint);
    return units * size_px / (impl_->units_ascent + impl_->units_descent);
}

float FontMetrics::ascent(float size_px) const {
    return impl_->units_ascent * size_px / (impl_->units_ascent + impl_->units_descent);
}
float FontMetrics::descent(float size_px) const {
    return impl_->units_descent * size_px / (impl_->units_ascent + impl_->units_descent);
}
float FontMetrics::em_px(float size_px) const {
    return impl_->units_per_em * size_px / (impl_->units_ascent + impl_->units_descent);
}
bool FontMetrics::has_glyph(char32_t codepoint) const {
    return stbtt_FindGlyphIndex(&impl_->info, static_cast<int>(codepoint)) != 0;
}

}  // namespace cagescope::frame
