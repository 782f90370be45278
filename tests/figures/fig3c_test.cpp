#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <variant>

#include "figures/figures.h"
#include "model/constants.h"

using namespace cagescope;

TEST_CASE("Fig. 3c draws the 1/16 equipotential sphere of radius q_R round a0, translucent") {
    const auto s = figures::build_figure(*figures::find_figure("3c"), figures::default_params());
    const auto& sphere = std::get<scene::Sphere>(s.find("equipotential.sphere")->shape);
    CHECK(sphere.radius == Approx(model::q_right()).epsilon(1e-6));
    CHECK(sphere.color.a < 0.5f);
    const auto& circle = std::get<scene::Polyline>(s.find("equipotential.circle")->shape);
    for (const auto& p : circle.points) CHECK(glm::length(p) == Approx(model::q_right()).epsilon(1e-5));
    CHECK_FALSE(s.notes.empty());
}
