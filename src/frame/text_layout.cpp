#include "frame/text_layout.h"

#include <algorithm>
#include <cmath>

#include "frame/font_metrics.h"
#include "scene/markup.h"

namespace cagescope::frame {

namespace {

// Decodes one UTF-8 character at s[i]; advances i. A bad byte is U+FFFD.
char32_t next_codepoint(std::string_view s, std::size_t& i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 1) {
        ++i;
        return c;
    }
    if (n == 0 || i + n > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    i += n;
    // Overlong forms, surrogates and code points past Unicode are not characters.
    const bool valid = cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) && cp >= (n == 2 ? 0x80u : n == 3 ? 0x800u : 0x10000u);
    return valid ? cp : 0xFFFD;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace

char32_t displayed_codepoint(char32_t codepoint) { return codepoint == 0x27C2 ? 0x22A5 : codepoint; }

TextLayout layout_text(std::string_view markup, float size_px) {
    const FontMetrics& font = FontMetrics::label_font();
    const int body = font_size_px(size_px);
    const auto body_f = static_cast<float>(body);
    TextLayout out;
    float top = 1e30f, bottom = -1e30f;
    float line_baseline = font.ascent(body_f);
    scene::MarkupPen pen;
    for (const scene::MarkupRun& run : scene::parse_markup(markup)) {
        if (run.text == "\n") {
            out.width = std::max(out.width, pen.width());
            pen.new_line();
            line_baseline += body_f;
            continue;
        }
        float x = pen.start(run);
        const float run_x = x;
        const int size = font_size_px(body_f * run.scale);
        const auto size_f = static_cast<float>(size);
        const float baseline = line_baseline - run.rise * body_f;
        PlacedRun placed{{}, x, baseline, size, {}};
        for (std::size_t i = 0; i < run.text.size();) {
            const char32_t written = next_codepoint(run.text, i);
            // Control characters have no place in a label (nor in XML).
            const char32_t text_cp = written < 0x20 && written != '\t' ? 0xFFFD : written;
            const char32_t cp = displayed_codepoint(text_cp);
            out.glyphs.push_back({cp, x, baseline, size});
            placed.glyph_x.push_back(x);
            append_utf8(placed.text, text_cp);  // searchable as written (⟂, not its stand-in)
            x += font.advance(cp, size_f);
        }
        pen.advance(x - run_x);
        top = std::min(top, baseline - font.ascent(size_f));
        bottom = std::max(bottom, baseline + font.descent(size_f));
        if (!placed.text.empty()) out.runs.push_back(std::move(placed));
    }
    out.width = std::max(out.width, pen.width());
    if (out.runs.empty()) return out;
    // The box's top is the highest ascent (a superscript's may rise above the body's).
    for (PlacedGlyph& g : out.glyphs) g.baseline -= top;
    for (PlacedRun& r : out.runs) r.baseline -= top;
    out.height = bottom - top;
    out.body_ascent = font.ascent(body_f) - top;
    return out;
}

}  // namespace cagescope::frame
