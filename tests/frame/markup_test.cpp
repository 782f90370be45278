#include <catch2/catch.hpp>

#include "scene/markup.h"

using namespace cagescope::scene;

TEST_CASE("a subscript and a superscript take one character, smaller and shifted") {
    const auto runs = parse_markup("a_0 b^2");
    REQUIRE(runs.size() == 4);
    CHECK(runs[0].text == "a");
    CHECK(runs[1].text == "0");
    CHECK(runs[1].scale == Approx(kScriptScale));
    CHECK(runs[1].rise == Approx(-kSubscriptDrop));
    CHECK(runs[1].starts_script);
    CHECK(runs[2].text == " b");
    CHECK(runs[3].text == "2");
    CHECK(runs[3].rise == Approx(kSuperscriptRise));
}

TEST_CASE("groups nest: N^{−T_g/T_m} is a superscript holding two subscripts") {
    const auto runs = parse_markup("N^{−T_g/T_m}");
    REQUIRE(runs.size() == 5);
    CHECK(runs[0].text == "N");
    CHECK(runs[1].text == "−T");
    CHECK(runs[1].depth == 1);
    CHECK(runs[2].text == "g");
    CHECK(runs[2].depth == 2);
    CHECK(runs[2].scale == Approx(kScriptScale * kScriptScale));
    CHECK(runs[2].rise == Approx(kSuperscriptRise - kSubscriptDrop * kScriptScale));
    CHECK(runs[3].text == "/T");
    CHECK(runs[4].text == "m");
    CHECK(markup_plain("N^{−T_g/T_m}") == "N−Tg/Tm");
}

TEST_CASE("a script after a script of the other kind is stacked on the same base") {
    const auto runs = parse_markup("d_L^*");
    REQUIRE(runs.size() == 3);
    CHECK_FALSE(runs[1].stacked);
    CHECK(runs[2].stacked);
    CHECK(runs[2].rise > 0.0f);
    // A star, degree or prime superscript is raised a little, not shrunk to a speck.
    CHECK(runs[2].scale == Approx(kRaisedMarkScale));
    CHECK_FALSE(parse_markup("a_0 b_1")[3].stacked);  // two subscripts on two bases
}

TEST_CASE("escapes, combining marks and a bare marker") {
    CHECK(markup_plain("file\\_name a\\^b \\{x\\}") == "file_name a^b {x}");
    const auto hat = parse_markup("p̂_+");
    REQUIRE(hat.size() == 2);
    CHECK(hat[0].text == "p̂");
    CHECK(hat[1].text == "+");
    const auto mark = parse_markup("x_{1");  // an unclosed group runs to the end
    REQUIRE(mark.size() == 2);
    CHECK(mark[1].text == "1");
    CHECK(parse_markup("a_").back().text == "a_");  // nothing to subscript: the text stays
    CHECK(markup_escape("a_b^c") == "a\\_b\\^c");
    CHECK(markup_plain(markup_escape("x_1 {y}")) == "x_1 {y}");
}

TEST_CASE("terminals get Unicode scripts where every character has one, else the markup") {
    CHECK(markup_unicode("a_0") == "a₀");
    CHECK(markup_unicode("0_{16}") == "0₁₆");
    CHECK(markup_unicode("σ^3") == "σ³");
    CHECK(markup_unicode("T_g^°") == "T_g°");       // no subscript g; the degree sign is already high
    CHECK(markup_unicode("Ω_z") == "Ω_z");          // no subscript z in Unicode
    CHECK(markup_unicode("Ω_{xy}") == "Ω_{xy}");
    CHECK(markup_unicode("N^{−T_g/T_m}") == "N^{−T_g/Tₘ}");  // inner scripts converted where they can be
    CHECK(markup_unicode("d_L^*") == "d_L*");
}

TEST_CASE("web pages get sub and sup elements with the text escaped") {
    CHECK(markup_html("a_0") == "a<sub>0</sub>");
    CHECK(markup_html("N^{−T_g/T_m}") == "N<sup>−T<sub>g</sub>/T<sub>m</sub></sup>");
    CHECK(markup_html("d_L^*") == "d<span class=\"stack\"><sub>L</sub><sup>*</sup></span>");
    CHECK(markup_html("x < y & \"z\"\nw") == "x &lt; y &amp; &quot;z&quot;<br>w");
    CHECK(markup_html("<b>_1") == "&lt;b&gt;<sub>1</sub>");  // no markup of a user's gets through as HTML
    CHECK(markup_html("a\\_b") == "a_b");
}

TEST_CASE("a marker before a group's closing brace, or nested past 8 levels, stays text") {
    const auto runs = parse_markup("x_{a_}b");
    REQUIRE(runs.size() == 3);
    CHECK(runs[1].text == "a_");  // the group closed where it was written
    CHECK(runs[2].text == "b");
    CHECK(runs[2].depth == 0);
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += "_{";
    const auto many = parse_markup(deep + "x");  // no stack overflow
    REQUIRE_FALSE(many.empty());
    for (const auto& r : many) CHECK(r.depth <= 8);
}
