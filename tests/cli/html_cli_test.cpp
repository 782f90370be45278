// `render --out fig.html` as a user gets it: one self-contained page whose
// data is the figure the C++ builds, within 2 MB for every figure of the
// paper; bad requests are refused with nothing written. (The page in a real
// browser: tests/web/browser_test.js.)
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "figures/figures.h"
#include "hardening/spawn.h"
#include "support/process.h"
#include "web/figure_data.h"

using namespace cagescope;
using nlohmann::json;

namespace {

// The figure's data, as the page's script element holds it ("<\/" is "</").
json page_data(const std::string& page) {
    const std::string open = "<script type=\"application/json\" id=\"cagescope-figure\">";
    const std::size_t start = page.find(open);
    REQUIRE(start != std::string::npos);
    const std::size_t end = page.find("</script>", start);
    REQUIRE(end != std::string::npos);
    return json::parse(page.substr(start + open.size(), end - start - open.size()));
}

}  // namespace

TEST_CASE("every figure of the paper is one self-contained page of at most 2 MB") {
    test::TempDir dir;
    const auto r = test::run_cagescope({"render", "--all", "--format", "html", "--out-dir", dir / "pages"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    for (const auto& f : figures::figure_list()) {
        if (!f.in_paper) continue;
        const std::filesystem::path path = dir.path / "pages" / ("fig" + std::string(f.id) + ".html");
        INFO(path);
        REQUIRE(std::filesystem::exists(path));
        CHECK(std::filesystem::exists(dir.path / "pages" / ("fig" + std::string(f.id) + ".json")));  // the sidecar
        CHECK(std::filesystem::file_size(path) <= 2'000'000);
        const std::string page = test::read_file(path);
        CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
        // Nothing to fetch: no script, style sheet, image or frame from elsewhere.
        CHECK_FALSE(std::regex_search(page, std::regex(R"(<(script|img|iframe)[^>]*\bsrc\s*=)", std::regex::icase)));
        CHECK_FALSE(std::regex_search(page, std::regex(R"(<link\b|@import)", std::regex::icase)));
        CHECK(page.find("REVISION=\"111\"") != std::string::npos);  // Debian's three.js r111, inline
    }
}

TEST_CASE("a page carries the figure the C++ builds for the same options with its view and hidden layers") {
    test::TempDir dir;
    const auto r = test::run_cagescope({"render", "--figure", "7", "--omega-z", "30", "--camera", "top", "--projection",
                                        "orthographic", "--hide-layer", "faces", "--out", dir / "f7.html"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("f7.html") != std::string::npos);
    json data = page_data(test::read_file(dir / "f7.html"));
    CHECK(data["view"] == "top");
    CHECK(data["projection"] == "orthographic");
    CHECK(data["hidden"] == json::array({"faces"}));
    const figures::FigureInfo& info = *figures::find_figure("7");
    figures::FigureParams params = figures::default_params(info);
    params.omega_z_deg = 30.0;
    json expected = web::figure_data(info, params, scene::Projection::orthographic);
    expected["view"] = "top";
    expected["hidden"] = json::array({"faces"});
    CHECK(data == expected);
}

TEST_CASE("pages that cannot be made are refused with the reason and nothing is written") {
    test::TempDir dir;
    struct Case {
        std::vector<std::string> args;
        std::string says;
    };
    const std::vector<Case> cases{
        {{"render", "--figure", "glass", "--out", dir / "g.html"}, "--format png"},
        {{"render", "--figure", "3b", "--frames", "0:3:1", "--format", "html", "--out-dir", dir / "frames"}, "every step"},
        {{"render", "--figure", "7", "--out", (dir.path / "missing" / "f.html").string()}, "does not exist"},
        {{"render", "--figure", "7", "--format", "htm", "--out-dir", dir / "x"}, "png, svg, pdf, glb or html"},
    };
    for (const Case& c : cases) {
        const auto r = test::run_cagescope(c.args);
        INFO(c.args[2] << " " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(c.says) != std::string::npos);
        CHECK(dir.listing().empty());
    }
}
