// The parameter table and the range check every entry point uses.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <set>
#include <string>

#include "model/parameters.h"

using namespace cagescope::model;

TEST_CASE("every parameter has a name, a range holding its default, and a description", "[parameters]") {
    std::set<std::string_view> names;
    for (const ParameterSpec& spec : parameter_specs()) {
        INFO(spec.name);
        CHECK(names.insert(spec.name).second);
        CHECK(spec.range.min < spec.range.max);
        CHECK(spec.default_value >= spec.range.min);
        CHECK(spec.default_value <= spec.range.max);
        CHECK_FALSE(spec.description.empty());
        CHECK(check_parameter(spec.name, spec.default_value) == spec.default_value);
    }
    for (auto name : {"omega-z", "torsion", "omega-xy", "psi", "lambda", "cluster", "tube-n", "tg-over-tm", "tg",
                      "tm", "tk", "tg0"})
        CHECK(names.count(name) == 1);
    CHECK(parameter_spec("torsion").range.max == 10.0);
    CHECK(parameter_spec("omega-z").range.max == 89.0);
}

TEST_CASE("out-of-range values name the parameter, the value and the range", "[parameters][edge]") {
    const double bad = GENERATE(-0.5, 89.5, std::numeric_limits<double>::infinity(),
                                -std::numeric_limits<double>::infinity(), std::nan(""));
    CHECK_THROWS_AS(check_parameter("omega-z", bad), ParameterError);
    try {
        check_parameter("omega-z", bad);
    } catch (const ParameterError& e) {
        const std::string msg = e.what();
        CHECK(msg.find("omega-z = ") == 0);
        CHECK(msg.find("0° to 89°") != std::string::npos);
    }
    CHECK(check_parameter("omega-z", 0.0) == 0.0);
    CHECK(check_parameter("omega-z", 89.0) == 89.0);
}

TEST_CASE("integer parameters reject fractions", "[parameters][edge]") {
    CHECK_THROWS_WITH(check_parameter("lambda", 2.5), Catch::Contains("lambda = 2.5") && Catch::Contains("whole"));
    CHECK(require_integer_in_range("cluster", 8.0, parameter_spec("cluster").range) == 8);
    CHECK_THROWS_AS(parameter_spec("nonsense"), std::out_of_range);
}
