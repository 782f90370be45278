// `cagescope scene` run as a process, and the Fig. 9 sidecars saved before
// 0.2.0 (when Fig. 9 was Fig. 7 with As2S3), which must still open.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "figures/figures.h"
#include "hardening/spawn.h"
#include "support/process.h"

using namespace cagescope;
using test::TempDir;

namespace {
const std::string kFixtures = std::string(CAGESCOPE_SOURCE_DIR) + "/tests/fixtures/";
}  // namespace

TEST_CASE("scene --json lists, for every figure, the primitives the renderer is given") {
    for (const auto& f : figures::figure_list()) {
        if (!f.in_paper) continue;  // the glass region: half a million primitives
        const std::string id(f.id);
        INFO("figure " << id);
        const auto r = test::run_cagescope({"scene", "--figure", id, "--json"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        const auto doc = nlohmann::json::parse(r.out);
        // What export_figure hands the renderer, before the image's caption labels.
        const auto expected = figures::build_figure(f, figures::default_params(f));  // the figure's own defaults
        CHECK(doc["figure"] == id);
        CHECK(doc["title"] == expected.title);
        REQUIRE(doc["primitives"].size() == expected.primitives.size());
        std::set<std::string> ids;
        for (std::size_t i = 0; i < expected.primitives.size(); ++i) {
            const auto& item = doc["primitives"][i];
            CHECK(item["id"] == expected.primitives[i].id);
            CHECK(item["layer"] == expected.primitives[i].layer);
            CHECK(item["section"] == expected.primitives[i].section);
            ids.insert(item["id"].get<std::string>());
        }
        CHECK(ids.size() == expected.primitives.size());  // ids are unique
        CHECK(doc["layers"].get<std::vector<std::string>>() == expected.layers());
    }
}

TEST_CASE("scene --json gives each kind its geometry, colour and label text") {
    const auto r = test::run_cagescope({"scene", "--figure", "9", "--lambda", "3", "--json"});
    REQUIRE(r.exit_code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["parameters"]["lambda"] == 3);
    std::set<std::string> kinds;
    for (const auto& p : doc["primitives"]) {
        const std::string kind = p["kind"];
        kinds.insert(kind);
        CHECK(p["color"].get<std::string>().size() == 9);  // #rrggbbaa
        if (kind == "sphere") CHECK(p["center"].size() == 3);
        if (kind == "label") CHECK_FALSE(p["text"].get<std::string>().empty());
        if (kind == "arrow") CHECK(p.contains("tip"));
    }
    CHECK(kinds == std::set<std::string>{"sphere", "polyline", "arrow", "polygon", "label"});
}

TEST_CASE("scene prints a table to read, and refuses what render refuses") {
    const auto table = test::run_cagescope({"scene", "--figure", "8c", "--time", "1"});
    REQUIRE(table.exit_code == 0);
    CHECK_THAT(table.out, Catch::Contains("Fig. 8c"));
    CHECK_THAT(table.out, Catch::Contains("pcp.beta"));
    CHECK_THAT(table.out, !Catch::Contains("pcp.gamma"));  // step 1 shows two H-PCPs

    const auto bad_lambda = test::run_cagescope({"scene", "--figure", "9", "--lambda", "17"});
    CHECK(bad_lambda.exit_code == 2);
    CHECK_THAT(bad_lambda.err, Catch::Contains("lambda"));
    const auto bad_figure = test::run_cagescope({"scene", "--figure", "12"});
    CHECK(bad_figure.exit_code == 2);
    CHECK_THAT(bad_figure.err, Catch::Contains("8a"));
    CHECK(test::run_cagescope({"scene"}).exit_code == 2);
}

TEST_CASE("a Fig. 9 sidecar of 0.1.0 re-renders as Fig. 7 with As2S3, with a warning, like a fresh render") {
    TempDir dir;
    const auto old = test::run_cagescope({"render", "--from", kFixtures + "fig9-v0.1.0.json", "--out", dir / "old.png"});
    INFO(old.err);
    REQUIRE(old.exit_code == 0);
    CHECK_THAT(old.err, Catch::Contains("warning"));
    CHECK_THAT(old.err, Catch::Contains("Fig. 7 --material As2S3"));
    const auto sidecar = nlohmann::json::parse(test::read_file(dir / "old.json"));
    CHECK(sidecar["figure"] == "7");
    CHECK(sidecar["parameters"]["material"] == "As2S3");

    // The fixture's camera and size, asked for afresh as Fig. 7 with As2S3: the same pixels.
    nlohmann::json fresh = nlohmann::json::parse(test::read_file(kFixtures + "fig9-v0.1.0.json"));
    fresh["version"] = "0.2.0";
    fresh["figure"] = "7";
    fresh["parameters"]["material"] = "As2S3";
    const std::string fresh_path = dir / "fresh-request.json";
    test::write_file(fresh_path, fresh.dump(2));
    const auto again = test::run_cagescope({"render", "--from", fresh_path, "--out", dir / "fresh.png"});
    INFO(again.err);
    REQUIRE(again.exit_code == 0);
    CHECK(again.err.empty());
    CHECK(test::read_file(dir / "old.png") == test::read_file(dir / "fresh.png"));

    // And a fixture of Fig. 10 (PP) likewise.
    const auto pp = test::run_cagescope({"render", "--from", kFixtures + "fig10-v0.1.0.json", "--out", dir / "pp.png"});
    REQUIRE(pp.exit_code == 0);
    CHECK_THAT(pp.err, Catch::Contains("Fig. 7 --material PP"));
}
