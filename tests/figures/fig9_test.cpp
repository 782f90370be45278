// Fig. 9 (MODEL.md §10): two PE chain units clustering on the coupled λ-λ*
// pair of angle lines: the red balls, the ground-state electrons, and the
// starred side as the image of the unstarred under R.
#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <string>
#include <variant>

#include "figures/figures.h"
#include "figures/palette.h"
#include "model/cage.h"
#include "model/chain_unit.h"
#include "model/two_hsm.h"

using namespace cagescope;

namespace {
scene::Scene build_fig9(int lambda) {
    auto p = figures::default_params();
    p.lambda = lambda;
    return figures::build_figure(*figures::find_figure("9"), p);
}
glm::dvec3 centre(const scene::Scene& s, const std::string& id) {
    const auto* p = s.find(id);
    INFO(id);
    REQUIRE(p);
    return glm::dvec3(std::get<scene::Sphere>(p->shape).center);
}
glm::dvec3 direction(const scene::Scene& s, const std::string& id) {
    const auto& a = std::get<scene::Arrow>(s.find(id)->shape);
    return glm::normalize(glm::dvec3(a.tip - a.tail));
}
}  // namespace

TEST_CASE("Fig. 9: both red balls on the line from 0* to P(β, λ), the big one nearer 0*") {
    const int lambda = GENERATE(range(1, 17));
    INFO("λ = " << lambda);
    const auto s = build_fig9(lambda);
    const glm::dvec3 P = model::equipotential_point(model::Space::beta, lambda).position;
    const glm::dvec3 big = centre(s, "a0.charge.carbon"), small = centre(s, "a0.charge.hydrogen");
    const glm::dvec3 line = glm::normalize(P);
    CHECK(glm::length(glm::cross(big, line)) < 1e-6);
    CHECK(glm::length(glm::cross(small, line)) < 1e-6);
    CHECK(glm::dot(big, line) > 0.0);  // on the ray from 0*, not behind it
    CHECK(glm::length(big) < glm::length(small));
    CHECK(glm::length(small) <= glm::length(P) + 1e-6);
    const auto& big_ball = std::get<scene::Sphere>(s.find("a0.charge.carbon")->shape);
    const auto& small_ball = std::get<scene::Sphere>(s.find("a0.charge.hydrogen")->shape);
    CHECK(big_ball.radius > small_ball.radius);
    CHECK(glm::length(big_ball.color - figures::palette::red) < 1e-6f);
    CHECK(glm::length(small_ball.color - figures::palette::red) < 1e-6f);
}

TEST_CASE("Fig. 9: the electron arrows run along 10-11 and 10*-11*, orthogonal to each other") {
    const auto s = build_fig9(5);
    const auto m = model::make_two_hsm();
    const glm::dvec3 d = glm::normalize(m.a0_corners[2] - m.a0_corners[1]);
    const glm::dvec3 d_star = glm::normalize(m.c0_corners[2] - m.c0_corners[1]);
    CHECK(std::abs(glm::dot(direction(s, "a0.electron.arrow"), d)) == Approx(1.0).margin(1e-6));
    CHECK(std::abs(glm::dot(direction(s, "c0.electron.arrow"), d_star)) == Approx(1.0).margin(1e-6));
    CHECK(glm::dot(direction(s, "a0.electron.arrow"), direction(s, "c0.electron.arrow")) == Approx(0.0).margin(1e-6));
}

TEST_CASE("Fig. 9: c0's unit, charges and electron are a0's under R") {
    const auto s = build_fig9(9);
    const auto R = [](const glm::dvec3& p) { return model::rotate_to_c0(p); };
    for (const std::string id : {"charge.carbon", "charge.hydrogen", "electron", "sphere"})
        CHECK(glm::length(centre(s, "c0." + id) - R(centre(s, "a0." + id))) < 1e-5);
    for (const auto& atom : model::make_chain_unit(model::Polymer::polyethylene).atoms)
        CHECK(glm::length(centre(s, "c0.unit." + atom.name) - R(centre(s, "a0.unit." + atom.name))) < 1e-5);
    // The pair p-p* of the chosen λ, parallel to z, as in Fig. 5.
    const auto& pair = std::get<scene::Polyline>(s.find("pair.9")->shape);
    CHECK(std::abs(glm::normalize(pair.points[1] - pair.points[0]).z) == Approx(1.0f));
    CHECK(s.find("interface.rectangle"));
}

TEST_CASE("Fig. 9 reads --lambda and refuses one outside 1..16, and As2S3 is no longer a figure") {
    CHECK_THAT(build_fig9(12).title, Catch::Contains("λ = 12"));
    CHECK_THROWS(build_fig9(17));
    for (const auto& f : figures::figure_list()) CHECK_THAT(std::string(f.title), !Catch::Contains("As2S3"));
}
