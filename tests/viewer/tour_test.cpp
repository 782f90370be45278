// Tours without a window: the shipped tour parses and quotes computed
// numbers; bad tour files are refused with file:line:column.
#include <catch2/catch.hpp>

#include "cli_support.h"
#include "model/constants.h"
#include "viewer/tour.h"
#include "viewer/viewer_model.h"

using namespace cagescope;
using namespace cagescope::viewer;
using Catch::Matchers::Contains;

TEST_CASE("the shipped tour walks 3b, 4, 2, 5, 1 and 7 with computed numbers", "[tour]") {
    const Tour tour = load_tour("cage-to-interface");
    CHECK(tour.title == "From the cage to the magic interface");
    std::vector<std::string> figures;
    for (const auto& s : tour.steps) figures.push_back(s.figure);
    CHECK(figures == std::vector<std::string>{"3b", "4", "2", "5", "1c", "7"});
    const auto table = model::derivation_table();
    const std::string second = expand_caption(tour.steps[1].caption, table);
    char delta[32];
    std::snprintf(delta, sizeof delta, "%.4f°", find_derivation(table, "ΔΩ").value);
    CHECK_THAT(second, Contains(std::string("ΔΩ = 2·asin(d_L*/2) = ") + delta));
    CHECK(second.find('{') == std::string::npos);
    const std::string last = expand_caption(tour.steps.back().caption, table);
    CHECK_THAT(last, Contains("42.1°"));  // Ω_z(PP), computed from Tg° and Tg
}

TEST_CASE("PageDown walks the tour: each step sets figure, parameters and camera", "[tour]") {
    ViewerModel m;
    m.tour.tour = load_tour("cage-to-interface");
    REQUIRE(go_to_tour_step(m, 0, 1.6f));
    CHECK(m.request.figure == "3b");
    CHECK(m.animation.playing);
    REQUIRE(go_to_tour_step(m, 1, 1.6f));
    CHECK(m.request.figure == "4");
    CHECK(m.camera.goal().elevation_deg == Approx(90.0f).margin(0.5f));
    REQUIRE(go_to_tour_step(m, 5, 1.6f));
    CHECK(m.request.params.material == "PP");
    CHECK_FALSE(go_to_tour_step(m, 6, 1.6f));
    CHECK_THAT(tour_caption(m), Contains("∠Tors"));
}

TEST_CASE("bad tours: errors point at the value with file:line:column", "[tour]") {
    const std::string ok_step = R"({"figure": "7", "caption": "x"})";
    CHECK_NOTHROW(parse_tour(R"({"title": "t", "steps": [)" + ok_step + "]}", "t.json"));
    // Syntax.
    CHECK_THROWS_WITH(parse_tour("{\n  \"title\": \"t\",\n  \"steps\": [,]\n}", "t.json"), Contains("t.json:3:"));
    // An unknown figure on line 4, column 14 (where its value starts).
    CHECK_THROWS_WITH(parse_tour("{\n\"title\": \"t\",\n\"steps\": [\n  {\"figure\": \"99\", \"caption\": \"x\"}\n]}", "t.json"),
                      Contains("t.json:4:14: figure '99' does not exist"));
    // A placeholder the derivation table does not have.
    CHECK_THROWS_WITH(parse_tour(R"({"title": "t", "steps": [{"figure": "7", "caption": "{nope}"}]})", "t.json"),
                      Contains("unknown placeholder {nope}"));
    // Out of range parameter: the model's message.
    CHECK_THROWS_WITH(
        parse_tour(R"({"title": "t", "steps": [{"figure": "7", "caption": "x", "parameters": {"omega-z": 95}}]})", "t.json"),
        Contains("t.json:1:") && Contains("omega-z"));
    CHECK_THROWS_WITH(parse_tour(R"({"title": "t", "steps": []})", "t.json"), Contains("non-empty"));
    CHECK_THROWS_WITH(parse_tour(R"({"title": "t", "steps": [{"figure": "7"}]})", "t.json"), Contains("'caption' is missing"));
    CHECK_THROWS_WITH(parse_tour(R"({"title": "t", "steps": [{"figure": "7", "caption": "x", "zoom": 2}]})", "t.json"),
                      Contains("unknown key 'zoom'"));
    CHECK_THROWS_AS(load_tour("/nonexistent/tour.json"), app::UsageError);
}
