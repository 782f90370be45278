#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <set>
#include <variant>

#include "figures/figures.h"
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
