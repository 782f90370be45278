#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <algorithm>
#include <regex>
#include <set>
#include <tuple>
#include <string>
#include <variant>

#include "figures/figures.h"
#include "figures/format.h"
#include "figures/palette.h"
#include "frame/labels.h"
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

TEST_CASE("Fig. 4's red dot θ_λ sits on β-space angle line λ at the contact circle, for --lambda") {
    const int lambda = GENERATE(1, 5, 16);
    INFO("λ = " << lambda);
    auto p = figures::default_params();
    p.lambda = lambda;
    figures::resolve_and_check(p);
    const auto s = figures::build_figure(*figures::find_figure("4"), p);
    const auto* dot = s.find("theta." + std::to_string(lambda));
    REQUIRE(dot);
    CHECK(dot->layer == "theta");
    CHECK_THAT(dot->section, Catch::Contains("III.A.3"));
    const auto& sphere = std::get<scene::Sphere>(dot->shape);
    CHECK(sphere.color == figures::palette::red);
    // On angle line λ of β (its end on the σ = 1 circle, in z = 0), not on any other.
    const auto line = model::angle_line(model::Space::beta, lambda);
    CHECK(glm::length(sphere.center - glm::vec3(line.contact)) < 1e-6f);
    CHECK(glm::length(sphere.center) == Approx(1.0).margin(1e-6));
    CHECK(sphere.center.z == Approx(0.0).margin(1e-7));
    CHECK(azimuth_deg(sphere.center) == Approx(line.azimuth_deg).margin(1e-4));
    // Bigger than the contact positions it covers, so it shows.
    CHECK(sphere.radius > std::get<scene::Sphere>(s.find("contact.beta." + std::to_string(lambda))->shape).radius);
    CHECK(count_with_prefix(s, "theta.") == 1);
    CHECK_THAT(std::get<scene::Label>(s.find("label.theta")->shape).text,
               Catch::StartsWith("θ" + std::string(lambda < 10 ? "_" : "_{") + std::to_string(lambda)));
}

TEST_CASE("Fig. 4's ΔΩ is a filled sector between the β λ = 1 and λ = 2 angle lines, its label clear of theirs") {
    const auto s = fig4();
    const auto* sector = s.find("delta_omega.sector");
    REQUIRE(sector);
    CHECK(sector->layer == "delta_omega");
    const auto& poly = std::get<scene::Polygon>(sector->shape);
    REQUIRE(poly.points.size() >= 3);
    CHECK(glm::length(poly.points.front()) < 1e-6f);  // the apex at 0*
    const double from = model::angle_line(model::Space::beta, 1).azimuth_deg;
    const double to = model::angle_line(model::Space::beta, 2).azimuth_deg;
    CHECK(azimuth_deg(poly.points[1]) == Approx(from).margin(1e-4));
    CHECK(azimuth_deg(poly.points.back()) == Approx(to).margin(1e-4));
    CHECK(to - from == Approx(model::delta_omega_deg()).margin(1e-6));
    CHECK(poly.color.a > 0.1f);  // visible, not a hairline
    // Placed by the renderer's own label layout at both sizes (pixel scale as
    // the exporter's: height / 900, at least 0.75), the ΔΩ and chord labels
    // overlap no λ number, and ΔΩ's stays beside its arc.
    const auto* info = figures::find_figure("4");
    const frame::SceneLabels labels(s);
    for (const auto& [w, h, scale] : {std::tuple{960, 540, 0.75f}, std::tuple{1920, 1080, 1.2f}}) {
        INFO(w << "x" << h);
        const auto cam = scene::fit_camera(info->default_view, info->default_projection, s,
                                           static_cast<float>(w) / static_cast<float>(h));
        const auto placed = labels.place(cam, frame::LabelFrame{w, h, scale, nullptr});
        const auto box = [&](const std::string& id) {
            for (const auto& pl : placed)
                if (s.primitives[pl.primitive].id == id) return pl.box;
            FAIL("no placed label " << id);
            return frame::Box{};
        };
        for (const auto& [a, b] : {std::pair<std::string, std::string>{"label.delta_omega", "label.lambda.alpha.16"},
                                   {"label.delta_omega", "label.lambda.beta.1"},
                                   {"label.delta_omega", "label.chord"},
                                   {"label.chord", "label.lambda.beta.1"},
                                   {"label.chord", "label.contact.beta.1"},
                                   {"label.chord", "label.contact.beta.2"},
                                   {"label.theta", "label.lambda.beta.5"},
                                   {"label.theta", "label.contact.beta.1"}}) {
            INFO(a << " / " << b);
            if (!s.find(a) || !s.find(b)) continue;
            CHECK_FALSE(box(a).overlaps(box(b), 0.0f));
        }
        // Each label of the figure sits on the side of its anchor the figure
        // asks for: the layout did not have to push it elsewhere (as it
        // pushed ΔΩ's off its arc, over the β lines, before).
        for (const auto& pl : placed) {
            const auto& prim = s.primitives[pl.primitive];
            const auto& l = std::get<scene::Label>(prim.shape);
            INFO(prim.id << " box " << pl.box.x0 << ".." << pl.box.x1 << ", " << pl.box.y0 << ".." << pl.box.y1
                         << " anchor " << pl.anchor_px.x << ", " << pl.anchor_px.y);
            if (pl.shifted) continue;  // kept inside the frame: its side is not the question
            switch (l.placement) {
                case scene::LabelPlacement::right: CHECK(pl.box.x0 >= pl.anchor_px.x - 1.0f); break;
                case scene::LabelPlacement::left: CHECK(pl.box.x1 <= pl.anchor_px.x + 1.0f); break;
                case scene::LabelPlacement::above: CHECK(pl.box.y1 <= pl.anchor_px.y + 1.0f); break;
                case scene::LabelPlacement::below: CHECK(pl.box.y0 >= pl.anchor_px.y - 1.0f); break;
                case scene::LabelPlacement::center: break;
            }
        }
        // Beside the arc: the box's nearest point within 30 px of the arc's middle.
        const glm::vec2 arc = test::project_to_pixel(
            cam, std::get<scene::Label>(s.find("label.delta_omega")->shape).anchor, w, h);
        const auto b = box("label.delta_omega");
        const float dx = std::max({b.x0 - arc.x, 0.0f, arc.x - b.x1});
        const float dy = std::max({b.y0 - arc.y, 0.0f, arc.y - b.y1});
        CHECK(std::hypot(dx, dy) < 30.0f * scale);
    }
}
