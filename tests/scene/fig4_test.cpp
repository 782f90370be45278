#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <regex>
#include <set>
#include <string>
#include <variant>

#include "figures/figures.h"
#include "figures/format.h"
#include "model/cage.h"
#include "model/constants.h"
#include "projection.h"
#include "caption_numbers.h"

using namespace cagescope;

namespace {
scene::Scene fig4(model::SpacingMode mode = model::SpacingMode::equal_angle) {
    auto p = figures::default_params();
    p.spacing = mode;
    figures::resolve_and_check(p);
    return figures::build_figure(*figures::find_figure("4"), p);
}

int count_with_prefix(const scene::Scene& s, const std::string& prefix) {
    int n = 0;
    for (const auto& p : s.primitives) n += p.id.rfind(prefix, 0) == 0;
    return n;
}

double azimuth_deg(const glm::vec3& p) { return std::atan2(p.y, p.x) * 180.0 / M_PI; }
}  // namespace

TEST_CASE("Fig. 4 has 64 angle lines from 0* to 64 contact positions on the unit circle, ids unique") {
    const auto mode = GENERATE(model::SpacingMode::equal_angle, model::SpacingMode::equal_step);
    const auto s = fig4(mode);
    CHECK(count_with_prefix(s, "angle_line.") == 64);
    CHECK(count_with_prefix(s, "contact.") == 64);
    CHECK(count_with_prefix(s, "trap.wedge.") == 4);
    std::set<std::string> ids;
    for (const auto& p : s.primitives) {
        INFO(p.id);
        CHECK(ids.insert(p.id).second);
        CHECK_FALSE(p.layer.empty());
        CHECK_FALSE(p.section.empty());
    }
    for (const auto& l : model::angle_lines(mode)) {
        const std::string id = std::string(model::space_name(l.space)) + "." + std::to_string(l.lambda);
        INFO(id);
        const auto* line = s.find("angle_line." + id);
        REQUIRE(line);
        CHECK(line->layer == "angle_lines");
        const auto& pts = std::get<scene::Polyline>(line->shape).points;
        REQUIRE(pts.size() == 2);
        CHECK(glm::length(pts[0]) < 1e-6f);
        CHECK(glm::length(pts[1]) == Approx(1.0).margin(1e-6));  // σ = 1
        CHECK(pts[1].z == Approx(0.0).margin(1e-7));
        CHECK(glm::length(pts[1] - glm::vec3(l.contact)) < 1e-6f);
        const auto c = std::get<scene::Sphere>(s.find("contact." + id)->shape).center;
        CHECK(glm::length(c) == Approx(1.0).margin(1e-6));
        CHECK(glm::length(c - glm::vec3(l.contact)) < 1e-6f);
        // The line passes over its equipotential point (same azimuth).
        CHECK(azimuth_deg(pts[1]) == Approx(azimuth_deg(glm::vec3(l.point))).margin(1e-4));
    }
}

TEST_CASE("Fig. 4 adjacent contact positions are d_L* apart and ΔΩ is marked with the computed value") {
    const auto s = fig4();
    for (const char* space : {"alpha", "beta", "gamma", "delta"})
        for (int l = 1; l < 16; ++l) {
            const auto a = std::get<scene::Sphere>(s.find(std::string("contact.") + space + "." + std::to_string(l))->shape).center;
            const auto b = std::get<scene::Sphere>(s.find(std::string("contact.") + space + "." + std::to_string(l + 1))->shape).center;
            CHECK(glm::length(b - a) == Approx(model::d_l_star()).epsilon(1e-5));
        }
    REQUIRE(s.find("delta_omega.arc"));
    const auto& text = std::get<scene::Label>(s.find("label.delta_omega")->shape).text;
    CHECK_THAT(text, Catch::Contains("ΔΩ = " + std::string("5.9987°")));
    CHECK_THAT(std::get<scene::Label>(s.find("label.contact.beta.1")->shape).text, Catch::Equals("0_1"));
    CHECK_THAT(std::get<scene::Label>(s.find("label.contact.beta.16")->shape).text, Catch::Equals("0_{16}"));
}

TEST_CASE("Fig. 4 trap wedges are magnified by the factor the label states, centred on the true wedge") {
    const auto s = fig4();
    const auto& label = std::get<scene::Label>(s.find("label.trap")->shape).text;
    const auto x = label.find("×");
    REQUIRE(x != std::string::npos);
    const double factor = std::stod(label.substr(x + std::string("×").size()));
    CHECK(factor > 1.0);
    for (const auto& w : model::trap_wedges()) {
        const auto* p = s.find("trap.wedge." + std::string(model::space_name(w.space)));
        REQUIRE(p);
        const auto& poly = std::get<scene::Polygon>(p->shape);
        REQUIRE(poly.points.size() == 3);
        double a1 = azimuth_deg(poly.points[1]), a2 = azimuth_deg(poly.points[2]);
        double drawn = a2 - a1;
        if (drawn < 0) drawn += 360.0;
        CHECK(drawn == Approx(w.width_deg() * factor).epsilon(1e-3));
        double mid = a1 + 0.5 * drawn;
        double want = 0.5 * (w.from_deg + w.to_deg);
        double diff = std::remainder(mid - want, 360.0);
        CHECK(std::abs(diff) < 1e-3);
    }
    CHECK_THAT(s.caption, Catch::Contains("0.0198°") && Catch::Contains("drawn ×"));
}

TEST_CASE("Fig. 4: every label anchor is inside the frame of the default camera") {
    const auto s = fig4();
    const auto* info = figures::find_figure("4");
    for (auto projection : {scene::Projection::perspective, scene::Projection::orthographic})
        for (auto view : {info->default_view, scene::ViewPreset::iso})
            for (float aspect : {16.0f / 9.0f, 4.0f / 3.0f}) {
                test::check_labels_in_frame(s, view, projection, aspect);
            }
}

TEST_CASE("Fig. 4 caption shows derived numbers beside the paper's, notes name the contradictions") {
    const auto s = fig4();
    CHECK(number_before_paper(s.caption, R"(ΔΩ = 2·asin\(d_L\^\*/2\) =)") == Approx(model::delta_omega_deg()).margin(0.00005));
    CHECK(number_before_paper(s.caption, "15 steps:") == Approx(model::sweep_deg()).margin(0.00005));
    CHECK(number_before_paper(s.caption, "trap") == Approx(model::trap_deg()).margin(0.00005));
    CHECK_THAT(s.title, Catch::StartsWith("Fig. 4  "));
    bool chord = false;
    for (const auto& n : s.notes) chord |= n.find("109.5") != std::string::npos;
    CHECK(chord);
}

namespace {
// The number right after `lead` (a regex) in `text`.
double number_after(const std::string& text, const std::string& lead) {
    std::smatch m;
    if (!std::regex_search(text, m, std::regex(lead + R"(\s*(-?[0-9]+\.?[0-9]*))")))
        FAIL("no number after '" << lead << "' in: " << text);
    return std::stod(m[1].str());
}
}  // namespace

TEST_CASE("Fig. 4 caption: |0_10_2| is the chord d_L^* and the paper's d_L = 109.5°/90°·d_L^* differs") {
    const auto s = fig4();
    // The computed chord, the one that gives ΔΩ.
    CHECK(number_after(s.caption, R"(\|0_10_2\| = d_L\^\* =)") == Approx(model::d_l_star()).margin(0.000005));
    // The paper's number for the same distance, computed from its formula: 0.12732.
    CHECK(number_after(s.caption, R"(d_L = 109\.5°/90°·d_L\^\* =)") == Approx(model::fig4_d_l()).margin(0.000005));
    CHECK(model::fig4_d_l() == Approx(0.12732).margin(0.000005));
    CHECK_THAT(s.caption, Catch::Contains("the chord that gives ΔΩ") && Catch::Contains("differs"));
    // Never "paper 0.10465" for that distance: the paper's value for it is d_L.
    CHECK_THAT(s.caption, !Catch::Contains("paper 0.1046"));
    CHECK_THAT(s.caption, !Catch::Contains("(paper 0.10465"));
    bool note = false;
    for (const auto& n : s.notes)
        note |= n.find("d_L = 109.5°/90°·d_L^* = " + figures::fixed(model::fig4_d_l(), 5)) != std::string::npos;
    CHECK(note);
}
