#include <catch2/catch.hpp>

#include "frame/font_metrics.h"
#include "frame/text_layout.h"

using namespace cagescope::frame;

TEST_CASE("the label font's metrics: a pixel height is ascent plus descent, the em a little less") {
    const FontMetrics& f = FontMetrics::label_font();
    CHECK(f.ascent(20.0f) + f.descent(20.0f) == Approx(20.0f));
    CHECK(f.em_px(20.0f) < 20.0f);
    CHECK(f.em_px(20.0f) > 15.0f);
    CHECK(f.advance('m', 20.0f) > f.advance('i', 20.0f));
    CHECK(f.has_glyph(U'Ω'));
    CHECK_FALSE(f.has_glyph(0x27C2));  // ⟂: shown as ⊥
    CHECK(displayed_codepoint(0x27C2) == 0x22A5);
}

TEST_CASE("a subscript is set smaller, lower, after its base, and the box holds every glyph") {
    const TextLayout t = layout_text("a_0", 20.0f);
    REQUIRE(t.glyphs.size() == 2);
    CHECK(t.glyphs[0].size_px == 20);
    CHECK(t.glyphs[1].size_px == 14);  // 0.7 of 20
    CHECK(t.glyphs[1].baseline > t.glyphs[0].baseline);
    CHECK(t.glyphs[1].x == Approx(FontMetrics::label_font().advance('a', 20.0f)));
    CHECK(t.width > t.glyphs[1].x);
    CHECK(t.height >= 20.0f);
    REQUIRE(t.runs.size() == 2);
    CHECK(t.runs[1].text == "0");
}

TEST_CASE("a superscript rises above the body, and the box grows to hold it") {
    const TextLayout plain = layout_text("x", 20.0f);
    const TextLayout sup = layout_text("x^2", 20.0f);
    REQUIRE(sup.glyphs.size() == 2);
    CHECK(sup.glyphs[1].baseline < sup.glyphs[0].baseline);
    CHECK(sup.height > plain.height);
    CHECK(sup.glyphs[0].baseline > plain.glyphs[0].baseline);  // the body moved down inside the taller box
}

TEST_CASE("a stacked pair shares one x, and the text after it starts past the wider") {
    const TextLayout t = layout_text("d_L^*x", 20.0f);
    REQUIRE(t.glyphs.size() == 4);
    CHECK(t.glyphs[1].x == Approx(t.glyphs[2].x));
    const FontMetrics& f = FontMetrics::label_font();
    const float wider = std::max(f.advance('L', 14.0f), f.advance('*', 18.0f));
    CHECK(t.glyphs[3].x == Approx(t.glyphs[1].x + wider));
}

TEST_CASE("lines break at a newline, and text without markup is one run") {
    const TextLayout two = layout_text("ab\ncd", 16.0f);
    REQUIRE(two.glyphs.size() == 4);
    CHECK(two.glyphs[2].x == 0.0f);
    CHECK(two.glyphs[2].baseline == Approx(two.glyphs[0].baseline + 16.0f));
    CHECK(layout_text("plain text", 16.0f).runs.size() == 1);
    CHECK(layout_text("", 16.0f).glyphs.empty());
}

TEST_CASE("a stand-in glyph keeps the written character in the run's text, and bad bytes become U+FFFD") {
    const TextLayout t = layout_text("a ⟂ b", 16.0f);
    REQUIRE(t.runs.size() == 1);
    CHECK(t.runs[0].text == "a ⟂ b");
    CHECK(t.glyphs[2].codepoint == 0x22A5);
    const TextLayout bad = layout_text(std::string("x\x01y\xed\xa0\x80z"), 16.0f);  // a control character and a surrogate
    REQUIRE(bad.runs.size() == 1);
    CHECK(bad.runs[0].text == "x\uFFFDy\uFFFDz");
}
