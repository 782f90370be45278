#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "figures/figure_params.h"
#include "model/constants.h"
#include "model/parameters.h"

using namespace cagescope;

TEST_CASE("defaults: the torsion is the magic angle 60·trap") {
    const auto p = figures::default_params();
    CHECK(p.torsion_deg == Approx(60.0 * model::trap_deg()));
    CHECK(p.torsion_deg == Approx(1.187).margin(0.0005));
}

TEST_CASE("fields reject out-of-range, NaN, inf and fractional counts with the parameter's name") {
    auto p = figures::default_params();
    const auto* omega = figures::find_param_field("omega-z");
    REQUIRE(omega);
    omega->set(p, 42.1);
    CHECK(p.omega_z_deg == 42.1);
    CHECK_THROWS_WITH(omega->set(p, 95.0), Catch::Contains("omega-z") && Catch::Contains("95"));
    CHECK_THROWS_AS(omega->set(p, std::numeric_limits<double>::quiet_NaN()), model::ParameterError);
    CHECK_THROWS_AS(omega->set(p, std::numeric_limits<double>::infinity()), model::ParameterError);
    CHECK_THROWS_AS(figures::find_param_field("lambda")->set(p, 2.5), model::ParameterError);
    CHECK_THROWS_AS(figures::find_param_field("lambda")->set(p, 17), model::ParameterError);
    CHECK_THROWS_AS(figures::find_param_field("exaggeration")->set(p, 0.5), model::ParameterError);
    CHECK(figures::find_param_field("no-such") == nullptr);
}

TEST_CASE("a material preset sets Ω_z = acos(Tg°/Tg)") {
    auto p = figures::default_params();
    p.material = "pp";
    figures::resolve_and_check(p);
    CHECK(p.material == "PP");
    CHECK(p.omega_z_deg == Approx(std::acos(195.0 / 263.0) * 180.0 / M_PI));
    p.material = "glass";
    CHECK_THROWS_AS(figures::resolve_and_check(p), model::ParameterError);
}

TEST_CASE("spacing names") {
    CHECK(figures::spacing_from_string("equal-step") == model::SpacingMode::equal_step);
    CHECK(figures::to_string(model::SpacingMode::equal_angle) == "equal-angle");
    CHECK_FALSE(figures::spacing_from_string("equal"));
}
