// Tours without a window: the shipped tour parses and quotes computed
// numbers; bad tour files are refused with file:line:column; unknown keys
// are warnings with file:line:column.
#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "cli_support.h"
#include "model/constants.h"
#include "viewer/tour.h"
#include "viewer/viewer_model.h"

using namespace cagescope;
using namespace cagescope::viewer;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {
// Collects warnings; the shipped tour must give none.
struct Warnings {
    std::vector<std::string> list;
    std::function<void(const std::string&)> sink() {
        return [this](const std::string& w) { list.push_back(w); };
    }
};
const std::function<void(const std::string&)> kNoWarnings = [](const std::string& w) { FAIL("warning: " << w); };
}  // namespace

TEST_CASE("the shipped tour walks 3b, 4, 2, 5, 1 and 7 with computed numbers", "[tour]") {
    const Tour tour = load_tour("cage-to-interface", kNoWarnings);
    CHECK(tour.title == "From the cage to the magic interface");
    std::vector<std::string> figures;
    for (const auto& s : tour.steps) figures.push_back(s.figure);
    CHECK(figures == std::vector<std::string>{"3b", "4", "2", "5", "1c", "7"});
    const auto table = model::derivation_table();
    const std::string second = expand_caption(tour.steps[1].caption, table);
    char delta[32];
    std::snprintf(delta, sizeof delta, "%.4f°", find_derivation(table, "ΔΩ").value);
    CHECK_THAT(second, Contains(std::string("ΔΩ = 2·asin(d_L^*/2) = ") + delta));
    CHECK(second.find('{') == std::string::npos);
    const std::string last = expand_caption(tour.steps.back().caption, table);
    CHECK_THAT(last, Contains("42.1°"));  // Ω_z(PP), computed from Tg° and Tg
}

TEST_CASE("PageDown walks the tour: each step sets figure, parameters and camera", "[tour]") {
    ViewerModel m;
    m.tour.tour = load_tour("cage-to-interface", kNoWarnings);
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
    CHECK_NOTHROW(parse_tour(R"({"title": "t", "steps": [)" + ok_step + "]}", "t.json", kNoWarnings));
    // Syntax.
    CHECK_THROWS_WITH(parse_tour("{\n  \"title\": \"t\",\n  \"steps\": [,]\n}", "t.json", kNoWarnings),
                      Contains("t.json:3:"));
    // An unknown figure on line 4, column 14 (where its value starts).
    CHECK_THROWS_WITH(parse_tour("{\n\"title\": \"t\",\n\"steps\": [\n  {\"figure\": \"99\", \"caption\": \"x\"}\n]}", "t.json",
                                 kNoWarnings),
                      Contains("t.json:4:14: figure '99' does not exist"));
    // A placeholder the derivation table does not have.
    CHECK_THROWS_WITH(
        parse_tour(R"({"title": "t", "steps": [{"figure": "7", "caption": "{nope}"}]})", "t.json", kNoWarnings),
        Contains("unknown placeholder {nope}"));
    // Out of range parameter: the model's message.
    CHECK_THROWS_WITH(
        parse_tour(R"({"title": "t", "steps": [{"figure": "7", "caption": "x", "parameters": {"omega-z": 95}}]})",
                   "t.json", kNoWarnings),
        Contains("t.json:1:") && Contains("omega-z"));
    CHECK_THROWS_WITH(parse_tour(R"({"title": "t", "steps": []})", "t.json", kNoWarnings), Contains("non-empty"));
    CHECK_THROWS_WITH(parse_tour(R"({"title": "t", "steps": [{"figure": "7"}]})", "t.json", kNoWarnings),
                      Contains("'caption' is missing"));
    CHECK_THROWS_AS(load_tour("/nonexistent/tour.json", kNoWarnings), app::UsageError);
}

TEST_CASE("unknown parameters in a tour step are errors with file:line:column", "[tour]") {
    // Unlike unknown keys: a misspelt parameter would show the default value
    // under a caption written for another.
    CHECK_THROWS_WITH(parse_tour("{\"title\": \"t\", \"steps\": [{\"figure\": \"7\", \"caption\": \"x\",\n"
                                 "  \"parameters\": {\"omega-z\": 10, \"omegaz\": 42.1}}]}",
                                 "t.json", kNoWarnings),
                      Contains("t.json:2:33: unknown parameter 'omegaz' (parameters are spacing, material, ") &&
                          Contains("omega-z"));
}

TEST_CASE("unknown keys in a tour are warnings at file:line:column and the tour still loads", "[tour]") {
    Warnings w;
    const Tour tour = parse_tour("{\"title\": \"t\", \"author\": \"me\",\n"
                                 " \"steps\": [\n"
                                 "  {\"figure\": \"7\", \"caption\": \"x\", \"zoom\": 2, \"parameters\": {\"torsion\": 2}},\n"
                                 "  {\"figure\": \"3b\", \"caption\": \"y\", \"zoom\": {\"a\": [1, 2]}, \"camera\": \"top\"}\n"
                                 "]}",
                                 "t.json", w.sink());
    REQUIRE(tour.steps.size() == 2);
    // What is known is still read, around and after the unknown keys.
    CHECK(tour.title == "t");
    CHECK(tour.steps[0].params.torsion_deg == 2.0);
    CHECK(tour.steps[1].figure == "3b");
    CHECK(tour.steps[1].camera.preset == scene::ViewPreset::top);
    // One warning per key, where the key is written, saying what is allowed.
    REQUIRE(w.list.size() == 3);
    CHECK(w.list[0] == "t.json:1:16: unknown key 'author' ignored (a tour has title, steps)");
    CHECK(w.list[1] == "t.json:3:35: unknown key 'zoom' ignored (a step has figure, caption, camera, projection, "
                       "parameters, hidden_layers, play)");
    CHECK_THAT(w.list[2], Contains("t.json:4:36: unknown key 'zoom' ignored"));
}

TEST_CASE("a step starts from its figure's defaults and may set a number from the derivation table", "[tour]") {
    const Tour tour = parse_tour(R"({"title": "t", "steps": [{"figure": "7", "caption": "x"},
                                     {"figure": "11", "caption": "x"},
                                     {"figure": "7", "caption": "x", "parameters": {"torsion": "{∠Tors}"}}]})",
                                 "t.json", kNoWarnings);
    CHECK(tour.steps[0].params.torsion_deg == 0.0);  // Fig. 7: no torsion by default
    CHECK(tour.steps[0].params.omega_z_deg == Approx(42.1).margin(0.05));
    CHECK(tour.steps[1].params.torsion_deg == model::magic_torsion_deg());
    CHECK(tour.steps[2].params.torsion_deg == model::magic_torsion_deg());
    CHECK_THROWS_WITH(parse_tour(R"({"title": "t", "steps": [{"figure": "7", "caption": "x",
                                     "parameters": {"torsion": "{nope}"}}]})",
                                 "t.json", kNoWarnings),
                      Contains("'torsion' must be a number or a {SYMBOL} of the derivation table, got '{nope}'"));
}

TEST_CASE("the shipped tours twist Fig. 7 where their captions say so", "[tour]") {
    for (const char* name : {"hexahedron", "cage-to-interface"}) {
        INFO(name);
        const Tour tour = load_tour(name, kNoWarnings);
        for (const auto& step : tour.steps) {
            if (step.figure != "7") continue;
            INFO(step.caption);
            const bool says_twisted = step.caption.find("twist") != std::string::npos;
            CHECK((step.params.torsion_deg > 0.0) == says_twisted);
        }
    }
}

TEST_CASE("a layer the step's figure does not draw is a warning and hides nothing", "[tour]") {
    Warnings w;
    const Tour tour = parse_tour(R"({"title": "t", "steps": [{"figure": "7", "caption": "x",
                                     "hidden_layers": ["faces", "lables", "caption"]}]})",
                                 "t.json", w.sink());
    CHECK(tour.steps[0].hidden_layers == std::vector<std::string>{"faces", "caption"});
    REQUIRE(w.list.size() == 1);
    CHECK(w.list[0] == "t.json:2:65: unknown layer 'lables' ignored (figure 7 has faces, hexahedron, diagonals, "
                       "cage, angles, torsion, caption)");
}

TEST_CASE("a tour with thousands of unknown keys warns about the first 20 and counts the rest", "[tour]") {
    std::string text = R"({"title": "t", "steps": [{"figure": "7", "caption": "x")";
    for (int i = 0; i < 5000; ++i) text += ", \"k" + std::to_string(i) + "\": " + std::to_string(i);
    text += "}]}";
    Warnings w;
    CHECK(parse_tour(text, "t.json", w.sink()).steps.size() == 1);
    REQUIRE(w.list.size() == 21);
    CHECK_THAT(w.list[19], Contains("unknown key 'k"));
    CHECK(w.list[20] == "t.json: 4980 more unknown keys or names ignored");
}

TEST_CASE("every built-in tour loads without warnings and `tour --check` finds nothing in it", "[tour]") {
    const auto names = embedded_tour_names();
    CHECK(names == std::vector<std::string>{"cage-to-interface", "clusters", "hexahedron", "chain-units"});
    const auto table = model::derivation_table();
    for (const std::string& name : names) {
        INFO(name);
        const Tour tour = load_tour(name, kNoWarnings);
        CHECK(tour.steps.size() >= 5);
        CHECK(tour.steps.size() <= 8);
        const auto [text, file] = tour_text(name);
        CHECK(check_tour(text, file).empty());
        for (const auto& step : tour.steps) {
            const std::string caption = expand_caption(step.caption, table);
            // Placeholders filled; notation braces (q_{β-16}) kept for the typesetter.
            CHECK(caption.find("{2") == std::string::npos);
            CHECK(caption.find("Sec. ") != std::string::npos);
        }
    }
}

TEST_CASE("the cage tour says what the paper says: the PCP's step, d_L* as the chord, the C-boson as 16 pairs", "[tour]") {
    const Tour tour = load_tour("cage-to-interface", kNoWarnings);
    const auto table = model::derivation_table();
    const std::string cage = expand_caption(tour.steps[0].caption, table);
    char step[32];
    std::snprintf(step, sizeof step, "√2·2Δd/15 = %.4f", find_derivation(table, "step").value);
    CHECK_THAT(cage, Contains("positively charged particle") && Contains(step));
    CHECK_THAT(cage, !Contains("d_L"));  // the PCP does not jump d_L*
    const std::string lines = expand_caption(tour.steps[1].caption, table);
    CHECK_THAT(lines, Contains("chord between adjacent contact positions") && Contains("σ = 1 circle"));
    const std::string pair = expand_caption(tour.steps[2].caption, table);
    CHECK_THAT(pair, Contains("these 16 pairs") && Contains("form the C-boson") && Contains("1 + d_L^*"));
}

TEST_CASE("notation braces are not placeholders, an escaped underscore's brace is", "[tour]") {
    const auto table = model::derivation_table();
    CHECK(expand_caption("from q_{β-16} to 11, T_g^{°}", table) == "from q_{β-16} to 11, T_g^{°}");
    char a[32];
    std::snprintf(a, sizeof a, "x\\_%.4f", find_derivation(table, "a").value);
    CHECK(expand_caption("x\\_{a:4}", table) == a);
    CHECK_THROWS_WITH(expand_caption("x {q_{β}", table), Contains("unknown placeholder"));
}

TEST_CASE("tour --check lists every problem of a file with file:line:column", "[tour]") {
    const std::string text = "{\"title\": \"t\", \"author\": \"me\",\n"
                             " \"steps\": [\n"
                             "  {\"figure\": \"99\", \"caption\": \"x (Sec. II.A)\"},\n"
                             "  {\"figure\": \"7\", \"caption\": \"It jumps 0.0104 per step (Sec. III.D.3).\"},\n"
                             "  {\"figure\": \"4\", \"caption\": \"ΔΩ = {ΔΩ:4}, from nowhere.\"},\n"
                             "  {\"figure\": \"4\", \"caption\": \"{nope} (Sec. I)\"}\n"
                             "]}";
    const auto problems = check_tour(text, "t.json");
    REQUIRE(problems.size() == 5);
    CHECK(problems[0] == "t.json:1:16: unknown key 'author' ignored (a tour has title, steps)");
    CHECK_THAT(problems[1], StartsWith("t.json:3:14: figure '99' does not exist"));
    CHECK_THAT(problems[2], StartsWith("t.json:4:30: the caption types the number 0.0104; write the derivation table's"));
    CHECK_THAT(problems[3], StartsWith("t.json:5:30: the caption cites no section of the paper"));
    CHECK_THAT(problems[4], StartsWith("t.json:6:30: unknown placeholder {nope}"));
    // Syntax: one problem, where it is.
    const auto syntax = check_tour("{\n  \"title\": \"t\",\n  \"steps\": [,]\n}", "s.json");
    REQUIRE(syntax.size() == 1);
    CHECK_THAT(syntax[0], StartsWith("s.json:3:"));
    CHECK(check_tour(R"j({"title": "t", "steps": [{"figure": "7", "caption": "x (Sec. III.G)"}]})j", "ok.json").empty());
}
