#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <set>
#include <variant>

#include "figures/figures.h"
#include "figures/palette.h"
#include "model/cage.h"
#include "projection.h"
#include "caption_numbers.h"
#include "model/constants.h"

using namespace cagescope;

namespace {
scene::Scene fig3b(double time = -1.0, model::SpacingMode mode = model::SpacingMode::equal_angle) {
    auto p = figures::default_params();
    p.time = time;
    p.spacing = mode;
    return figures::build_figure(*figures::find_figure("3b"), p);
}

int count_with_prefix(const scene::Scene& s, const std::string& prefix) {
    int n = 0;
    for (const auto& p : s.primitives) n += p.id.rfind(prefix, 0) == 0;
    return n;
}
}  // namespace

TEST_CASE("Fig. 3b has the 4×16 points, each at its model position, with unique ids") {
    const auto mode = GENERATE(model::SpacingMode::equal_angle, model::SpacingMode::equal_step);
    const auto s = fig3b(-1.0, mode);
    CHECK(count_with_prefix(s, "a0.point.") == 64);
    std::set<std::string> ids;
    for (const auto& p : s.primitives) CHECK(ids.insert(p.id).second);

    const auto* beta7 = s.find("a0.point.beta.7");
    REQUIRE(beta7);
    const auto& sphere = std::get<scene::Sphere>(beta7->shape);
    const auto expected = glm::vec3(model::equipotential_point(model::Space::beta, 7, mode).position);
    CHECK(glm::length(sphere.center - expected) < 1e-6f);
    CHECK(beta7->layer == "points");
    CHECK_FALSE(beta7->section.empty());
}

TEST_CASE("Fig. 3b labels the corners 9-12 at the cage corners and draws the four loop diagonals") {
    const auto s = fig3b();
    for (int corner = 9; corner <= 12; ++corner) {
        const auto* c = s.find("cage.corner." + std::to_string(corner));
        REQUIRE(c);
        CHECK(glm::length(std::get<scene::Sphere>(c->shape).center - glm::vec3(model::cage_corner(corner))) < 1e-6f);
        const auto* label = s.find("label.corner." + std::to_string(corner));
        REQUIRE(label);
        CHECK(std::get<scene::Label>(label->shape).text == std::to_string(corner));
    }
    for (const char* space : {"alpha", "beta", "gamma", "delta"}) CHECK(s.find(std::string("loop.diagonal.") + space));
}

TEST_CASE("Fig. 3b's PCP rests on corner 10 and walks the loop with time") {
    const auto pcp_at = [](const scene::Scene& s) { return std::get<scene::Sphere>(s.find("pcp")->shape).center; };
    CHECK(glm::length(pcp_at(fig3b()) - glm::vec3(model::cage_corner(10))) < 1e-6f);
    CHECK(glm::length(pcp_at(fig3b(0.0)) - glm::vec3(model::cage_corner(9))) < 1e-6f);
    const auto at_beta16 = glm::vec3(model::equipotential_point(model::Space::beta, 16).position);
    CHECK(glm::length(pcp_at(fig3b(31.0)) - at_beta16) < 1e-6f);
    CHECK(glm::length(pcp_at(fig3b(64.0)) - pcp_at(fig3b(0.0))) < 1e-6f);  // a closed loop
}

TEST_CASE("Fig. 3b: every label anchor is inside the frame of the default camera") {
    const auto s = fig3b();
    const auto* info = figures::find_figure("3b");
    for (float aspect : {16.0f / 9.0f, 4.0f / 3.0f}) {
        test::check_labels_in_frame(s, info->default_view, scene::Projection::perspective, aspect);
    }
}

TEST_CASE("Fig. 3b's caption shows derived numbers beside the paper's") {
    const auto s = fig3b();
    CHECK(number_before_paper(s.caption, "ΔΩ =") == Approx(model::delta_omega_deg()).margin(0.00005));
    CHECK(number_before_paper(s.caption, "trap =") == Approx(model::trap_deg()).margin(0.00005));
    // 2Δd is computed, 0.11026, printed to 5 digits beside the paper's 0.1103.
    CHECK(number_before_paper(s.caption, R"(2Δd = 2·\(q_R − q_0\) =)") == Approx(model::cage_side()).margin(0.000005));
    CHECK(number_before_paper(s.caption, R"(2Δd = 2·\(q_R − q_0\) =)") != Approx(0.1103).margin(0.00001));
    CHECK_FALSE(s.notes.empty());
}

TEST_CASE("Fig. 3b draws the β-space as the 90° wedge between the planes (10, 0*, z) and (11, 0*, z)") {
    const auto s = fig3b();
    const auto beta = figures::palette::space_color(model::Space::beta);
    const auto azimuth = [](const glm::vec3& p) { return std::atan2(p.y, p.x) * 180.0 / M_PI; };
    for (int corner : {10, 11}) {
        INFO("plane through " << corner);
        const auto* plane = s.find("beta_space.plane." + std::to_string(corner));
        REQUIRE(plane);
        CHECK(plane->layer == "beta_space");
        CHECK_THAT(plane->section, Catch::Contains("Fig. 3b caption"));
        const auto& poly = std::get<scene::Polygon>(plane->shape);
        CHECK(glm::vec3(poly.color) == glm::vec3(beta));
        CHECK(poly.color.a < 0.5f);  // translucent
        // A vertical half-plane holding the z axis and the corner's vertical line.
        const glm::vec3 c(model::cage_corner(corner));
        for (const auto& p : poly.points) {
            const float r = std::hypot(p.x, p.y);
            if (r < 1e-6f) continue;  // on the z axis
            CHECK(azimuth(p) == Approx(model::corner_azimuth_deg(corner)).margin(1e-4));
            CHECK(r == Approx(std::hypot(c.x, c.y)).epsilon(1e-5));
        }
    }
    // The two planes are 90° apart; the wedge's top and bottom close it inside
    // the cage, on the triangle 0*-10-11 at z = ±h.
    CHECK(model::corner_azimuth_deg(11) - model::corner_azimuth_deg(10) == Approx(90.0));
    const float h = static_cast<float>(model::cage_half_side());
    for (const char* id : {"beta_space.top", "beta_space.bottom"}) {
        INFO(id);
        const auto& poly = std::get<scene::Polygon>(s.find(id)->shape);
        REQUIRE(poly.points.size() == 3);
        const float z = std::string(id) == "beta_space.top" ? h : -h;
        CHECK(glm::length(poly.points[0] - glm::vec3(0, 0, z)) < 1e-6f);
        CHECK(azimuth(poly.points[1]) == Approx(45.0).margin(1e-4));
        CHECK(azimuth(poly.points[2]) == Approx(135.0).margin(1e-4));
        for (const auto& p : poly.points) CHECK(p.z == Approx(z));
    }
}

TEST_CASE("Fig. 3b: the σ0 sphere appears at point 9 at the loop's last step only") {
    for (double t : {-1.0, 0.0, 31.0, 62.0}) {
        INFO("time " << t);
        CHECK_FALSE(fig3b(t).find("sigma0"));
    }
    const auto s = fig3b(63.0);
    const auto* sigma = s.find("sigma0");
    REQUIRE(sigma);
    CHECK(sigma->layer == "sigma0");
    CHECK_THAT(sigma->section, Catch::Contains("III.C.2"));
    const auto& sphere = std::get<scene::Sphere>(sigma->shape);
    CHECK(glm::length(sphere.center - glm::vec3(model::cage_corner(9))) < 1e-6f);
    CHECK(sphere.color.a < 1.0f);  // translucent: the corner and the PCP show through
    CHECK(fig3b(127.0).find("sigma0"));  // the last step of the next loop too
}

TEST_CASE("Fig. 3b's default view at 1920×1080 keeps each corner 9-12 40 px from every diagonal it does not end") {
    const auto s = fig3b();
    const auto* info = figures::find_figure("3b");
    const auto cam = scene::fit_camera(info->default_view, info->default_projection, s, 1920.0f / 1080.0f);
    const auto px = [&](int corner) { return test::project_to_pixel(cam, glm::vec3(model::cage_corner(corner)), 1920, 1080); };
    const auto distance_to_segment = [](glm::vec2 p, glm::vec2 a, glm::vec2 b) {
        const glm::vec2 d = b - a;
        const float t = std::clamp(glm::dot(p - a, d) / glm::dot(d, d), 0.0f, 1.0f);
        return glm::length(p - (a + t * d));
    };
    const std::pair<int, int> diagonals[] = {{9, 10}, {10, 11}, {11, 12}, {12, 9}};
    int checked = 0;
    for (int corner = 9; corner <= 12; ++corner)
        for (const auto& [from, to] : diagonals) {
            if (corner == from || corner == to) continue;
            INFO("corner " << corner << ", diagonal " << from << "-" << to);
            CHECK(distance_to_segment(px(corner), px(from), px(to)) >= 40.0f);
            ++checked;
        }
    CHECK(checked == 8);
    // The rule can fail: the usual iso angles put 9 on the 10-11 diagonal.
    auto usual = s;
    usual.iso_view.reset();
    const auto old = scene::fit_camera(scene::ViewPreset::iso, info->default_projection, usual, 1920.0f / 1080.0f);
    const auto old_px = [&](int c) { return test::project_to_pixel(old, glm::vec3(model::cage_corner(c)), 1920, 1080); };
    CHECK(distance_to_segment(old_px(9), old_px(10), old_px(11)) < 40.0f);
}
