// The names and quotes a reader sees: every layer of every figure has a
// name and a quote, and every quote is in the paper, word for word (runs of
// white space count as one space).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "figures/figures.h"
#include "figures/paper_quotes.h"

using namespace cagescope;

namespace {

std::string normalised(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (ws) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace

TEST_CASE("every layer of every figure, and every primitive, has a reader's name and a quote of the paper", "[paper]") {
    for (const auto& f : figures::figure_list()) {
        for (std::string_view layer : f.layers) {
            INFO("figure " << f.id << ", layer " << layer);
            const figures::LayerText* t = figures::layer_text(f.id, layer);
            REQUIRE(t != nullptr);
            CHECK_FALSE(t->name.empty());
            if (layer.find('_') != std::string_view::npos) CHECK(t->name != layer);  // not the code name
            CHECK_FALSE(t->quote.empty());
            CHECK_FALSE(t->section.empty());
        }
        // The primitives the builder draws, with its defaults, find theirs through their layer.
        const scene::Scene s = figures::build_figure(f, figures::default_params());
        for (const auto& p : s.primitives) {
            INFO("figure " << f.id << ", primitive " << p.id << " in layer " << p.layer);
            CHECK(figures::layer_text(f.id, p.layer) != nullptr);
        }
    }
    CHECK(figures::layer_display_name("2", "interface_detail") == "C-boson on the interface");
    CHECK(figures::layer_display_name("4", "contact_circle") == "contact circle σ = 1");
    CHECK(figures::layer_display_name("7", "caption") == "title and caption (exported images)");
    CHECK(figures::layer_text("7", "no-such-layer") == nullptr);
    CHECK(figures::layer_text("10", "loop") == nullptr);  // "1b 1c" does not cover 10 by prefix
}

TEST_CASE("every quote occurs verbatim in the paper's text", "[paper]") {
    std::ifstream in(CAGESCOPE_PAPER_TEXT);
    if (!in) {
        WARN("the paper's text " CAGESCOPE_PAPER_TEXT " is not there: set -DCAGESCOPE_PAPER_TEXT=FILE to check the quotes");
        return;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string paper = normalised(buf.str());
    REQUIRE(paper.size() > 100000);
    for (const figures::LayerText& t : figures::layer_texts()) {
        INFO(t.figures << " / " << t.layer << ": \"" << t.quote << "\"");
        CHECK(paper.find(normalised(std::string(t.quote))) != std::string::npos);
    }
    // The check can fail: a quote the paper does not have is not found.
    CHECK(paper.find(normalised("the PCP jumps d_L* per step")) == std::string::npos);
}

TEST_CASE("quotes read without the text file's LaTeX and Markdown", "[paper]") {
    CHECK(figures::readable_quote("a z -axis $2\\Delta d$ cubic-lattice of four $1/16$ planes in the $\\pm x$ directions") ==
          "a z -axis 2Δd cubic-lattice of four 1/16 planes in the ±x directions");
    CHECK(figures::readable_quote("a small twist angle $\\angle \\text{Tors}$ (red arrow).") ==
          "a small twist angle ∠Tors (red arrow).");
    CHECK(figures::readable_quote("as shown in **Figure 3b**, by the blue arrow in [Figure 3a](#)") ==
          "as shown in Figure 3b, by the blue arrow in Figure 3a");
    CHECK(figures::readable_quote("$9 \\rightarrow 10$, $\\Phi \\approx 4.21^\\circ$, point $q_{\\beta-16}$") ==
          "9 → 10, Φ ≈ 4.21°, point q_{β-16}");
    for (const figures::LayerText& t : figures::layer_texts()) {
        INFO(t.quote);
        const std::string q = figures::readable_quote(t.quote);
        CHECK(q.find('$') == std::string::npos);
        CHECK(q.find('\\') == std::string::npos);
        CHECK(q.find("**") == std::string::npos);
    }
    // The tooltip quotes that form, with the row's section.
    const auto t = figures::tooltip_text("11", "torsion", nullptr, glm::vec3(0.0f));
    CHECK(t.name == "torsion ∠Tors (red arrow)");
    CHECK(t.quote == "The Ω_z -axis of the a_0 cage has a small twist angle ∠Tors (red arrow).");
    CHECK(t.section == "Fig. 11 caption");
    CHECK(t.value == "at (0.0000, 0.0000, 0.0000)");
}
