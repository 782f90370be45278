// Every figure writes the paper's notation in the label markup
// (scene/markup.h): no script marker is left over as text, and no Unicode
// sub/superscript character stands in for a script.
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "figures/figures.h"
#include "scene/markup.h"

using namespace cagescope;

namespace {

// The code points of a UTF-8 string (invalid bytes as themselves).
std::vector<std::uint32_t> code_points(const std::string& s) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        if (i + n > s.size()) n = 1;
        std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
    }
    return out;
}

bool is_script_character(std::uint32_t cp) {
    return (cp >= 0x2070 && cp <= 0x207F) || (cp >= 0x2080 && cp <= 0x209C) || cp == 0xB9 || cp == 0xB2 ||
           cp == 0xB3;
}

// The markup with each escaped `\_` and `\^` (a literal character the
// figure meant) replaced by '#', so that a '_' or '^' left in a run after
// parsing is one the markup did not take as a script marker.
std::string without_escaped_markers(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            const char next = text[i + 1];
            if (next == '_' || next == '^') {
                out += '#';
                ++i;
                continue;
            }
            if (next == '\\' || next == '{' || next == '}') {
                out += text.substr(i, 2);
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// What is wrong with one displayed string, or "" when nothing is.
std::string notation_problem(const std::string& text) {
    for (const auto cp : code_points(text))
        if (is_script_character(cp)) return "a Unicode sub/superscript character (use the markup)";
    for (const auto& run : scene::parse_markup(without_escaped_markers(text)))
        if (run.text.find_first_of("_^") != std::string::npos)
            return "a stray script marker in the run \"" + run.text + "\"";
    return "";
}

// Every parameter setting a figure is shown with here: the defaults, and each
// animation step.
std::vector<figures::FigureParams> settings(const figures::FigureInfo& info) {
    auto base = figures::default_params();
    if (info.id == "glass") base.region_k = 2;  // its text, not its size
    std::vector<figures::FigureParams> out{base};
    for (int t = 0; t < info.animation_steps; ++t) {
        out.push_back(base);
        out.back().time = t;
    }
    for (auto& p : out) figures::resolve_and_check(p);
    return out;
}

const scene::Label* label(const scene::Scene& s, const std::string& id) {
    const auto* p = s.find(id);
    return p ? std::get_if<scene::Label>(&p->shape) : nullptr;
}

}  // namespace

TEST_CASE("the notation checker finds stray script markers and Unicode scripts") {
    CHECK(notation_problem("a_0").empty());
    CHECK(notation_problem("d_L^*").empty());
    CHECK(notation_problem("N^{−T_g/T_m}").empty());
    CHECK(notation_problem("file\\_name").empty());  // an escaped _ is the character itself
    CHECK(notation_problem("a\\\\_0").empty());     // a backslash, then a subscript
    CHECK_FALSE(notation_problem("a₀").empty());
    CHECK_FALSE(notation_problem("V₀").empty());
    CHECK_FALSE(notation_problem("x²").empty());
    CHECK_FALSE(notation_problem("N^").empty());
    CHECK_FALSE(notation_problem("a_").empty());
}

TEST_CASE("every figure's labels, title, caption and notes use the markup for scripts") {
    for (const auto& info : figures::figure_list()) {
        for (const auto& params : settings(info)) {
            INFO("figure " << info.id << " at time " << params.time);
            const auto s = figures::build_figure(info, params);
            {
                INFO("title: " << s.title);
                CHECK(notation_problem(s.title) == "");
            }
            {
                INFO("caption: " << s.caption);
                CHECK(notation_problem(s.caption) == "");
            }
            for (const auto& note : s.notes) {
                INFO("note: " << note);
                CHECK(notation_problem(note) == "");
            }
            for (const auto& p : s.primitives) {
                const auto* l = std::get_if<scene::Label>(&p.shape);
                if (!l) continue;
                INFO("label " << p.id << ": " << l->text);
                CHECK(notation_problem(l->text) == "");
            }
        }
    }
}

TEST_CASE("known labels read as the paper's names in plain text") {
    const auto params = figures::default_params();
    const auto build = [&](std::string_view id) { return figures::build_figure(*figures::find_figure(id), params); };
    // The label's text, or "" when the figure has no such label.
    const auto text = [](const scene::Scene& s, const std::string& id) {
        const auto* l = label(s, id);
        return l ? l->text : std::string();
    };

    const auto fig4 = build("4");
    CHECK(text(fig4, "label.contact.beta.1") == "0_1");
    CHECK(scene::markup_plain(text(fig4, "label.contact.beta.1")) == "01");
    CHECK(scene::markup_unicode(text(fig4, "label.contact.beta.1")) == "0₁");
    CHECK(scene::markup_plain(text(fig4, "label.contact.beta.16")) == "016");
    CHECK(scene::markup_unicode(text(fig4, "label.contact.beta.16")) == "0₁₆");

    const auto fig1a = build("1a");
    CHECK(text(fig1a, "label.a0") == "a_0");
    CHECK(scene::markup_plain(text(fig1a, "label.e0")) == "e0");

    CHECK_THAT(scene::markup_plain(text(build("3a"), "label.d_L")), Catch::StartsWith("dL* = q1,R − q1,L = "));
    CHECK_THAT(scene::markup_plain(text(build("7"), "label.omega_xy")), Catch::StartsWith("Ωxy = "));
    CHECK(scene::markup_plain(text(build("11"), "label.magnifier.q16")) == "qβ-16");
    // The paper's starred points and electrons: 10^*, p^*_λ (a star over the subscript).
    const auto fig2 = build("2");
    CHECK(text(fig2, "label.c0.corner.10") == "10^*");
    CHECK(scene::markup_plain(text(fig2, "label.c0.corner.10")) == "10*");
    const auto p_star = scene::parse_markup(text(build("5"), "label.pair.p_star"));
    REQUIRE(p_star.size() == 3);
    CHECK(p_star[1].text == "*");
    CHECK(p_star[2].stacked);
    CHECK_THAT(scene::markup_plain(build("6").caption), Catch::Contains("nz = N−Tg/Tm = "));

    // A material's name and Tg° rule come from the model in plain text.
    auto as2s3 = params;
    as2s3.material = "As2S3";
    figures::resolve_and_check(as2s3);
    const auto fig7 = figures::build_figure(*figures::find_figure("7"), as2s3);
    CHECK(notation_problem(fig7.title) == "");
    CHECK(notation_problem(fig7.caption) == "");
    CHECK_THAT(fig7.title, Catch::Contains("As_2S_3: "));
    CHECK_THAT(fig7.caption, Catch::Contains("(T_g^° = T_k + ε_0, ε_0 = (T_m - T_g)/4"));
}
