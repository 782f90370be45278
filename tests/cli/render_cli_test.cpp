// `cagescope render` run as a process: outputs, sidecars, determinism, and
// clear refusals of bad input that leave no file behind.
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "png_reader.h"
#include "support/process.h"

using namespace cagescope;
namespace fs = std::filesystem;

namespace {
struct TempDir {
    fs::path path{test::make_temp_dir()};
    ~TempDir() { fs::remove_all(path); }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
    std::size_t count() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), {})); }
};
}  // namespace

TEST_CASE("render writes a PNG of the asked size and a sidecar describing it") {
    TempDir dir;
    const auto r = test::run_cagescope({"render", "--figure", "7", "--omega-z", "42.1", "--size", "160x120", "--ssaa",
                                        "1", "--out", dir / "fig7.png"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto png = test::read_png(dir / "fig7.png");
    CHECK(png.width == 160);
    CHECK(png.height == 120);
    const auto sidecar = nlohmann::json::parse(test::read_bytes(dir / "fig7.json"));
    CHECK(sidecar["figure"] == "7");
    CHECK(sidecar["parameters"]["omega-z"].get<double>() == 42.1);
    CHECK(sidecar["image"]["width"] == 160);
    CHECK(sidecar["camera"].contains("azimuth"));
    CHECK(sidecar["version"].is_string());
    CHECK_FALSE(sidecar["sections"].empty());
}

TEST_CASE("the same command twice gives byte-identical PNGs, and --from repeats it exactly") {
    TempDir dir;
    const std::vector<std::string> common{"render", "--figure", "3b", "--size", "200x150", "--ssaa", "2"};
    auto first = common, second = common;
    first.insert(first.end(), {"--out", dir / "a.png"});
    second.insert(second.end(), {"--out", dir / "b.png"});
    REQUIRE(test::run_cagescope(first).exit_code == 0);
    REQUIRE(test::run_cagescope(second).exit_code == 0);
    const std::string a = test::read_bytes(dir / "a.png");
    CHECK(a.size() > 1000);
    CHECK(a == test::read_bytes(dir / "b.png"));

    // Again from the sidecar: the same pixels (the PNG's own copy of the
    // sidecar then names the camera "exact", so the bytes differ there).
    const auto again = test::run_cagescope({"render", "--from", dir / "a.json", "--out", dir / "c.png"});
    INFO(again.err);
    REQUIRE(again.exit_code == 0);
    CHECK(test::read_png(dir / "a.png").rgba == test::read_png(dir / "c.png").rgba);
}

TEST_CASE("the sidecar records --msaa, and one written before it had the key gives its 4x MSAA image again") {
    TempDir dir;
    const std::vector<std::string> common{"render", "--figure", "7", "--size", "160x120"};
    auto analytic = common, msaa = common;
    analytic.insert(analytic.end(), {"--out", dir / "analytic.png"});
    msaa.insert(msaa.end(), {"--msaa", "4", "--out", dir / "msaa.png"});
    REQUIRE(test::run_cagescope(analytic).exit_code == 0);
    REQUIRE(test::run_cagescope(msaa).exit_code == 0);
    CHECK(nlohmann::json::parse(test::read_bytes(dir / "analytic.json"))["image"]["msaa"] == 1);
    auto old = nlohmann::json::parse(test::read_bytes(dir / "msaa.json"));
    CHECK(old["image"]["msaa"] == 4);
    const auto msaa_pixels = test::read_png(dir / "msaa.png").rgba;
    CHECK(msaa_pixels != test::read_png(dir / "analytic.png").rgba);  // the two edge methods differ

    old["image"].erase("msaa");
    std::ofstream(dir / "old.json") << old.dump(2);
    const auto again = test::run_cagescope({"render", "--from", dir / "old.json", "--out", dir / "again.png"});
    INFO(again.err);
    REQUIRE(again.exit_code == 0);
    CHECK(again.err.find("msaa") == std::string::npos);  // no warning: an older sidecar is not wrong
    CHECK(test::read_png(dir / "again.png").rgba == msaa_pixels);

    old["image"]["msaa"] = 3;
    std::ofstream(dir / "bad.json") << old.dump(2);
    const auto bad = test::run_cagescope({"render", "--from", dir / "bad.json", "--out", dir / "bad.png"});
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("msaa") && Catch::Contains("1 or 4"));
    CHECK_FALSE(fs::exists(dir / "bad.png"));
}

TEST_CASE("render --all writes every figure with its sidecar") {
    TempDir dir;
    const auto r = test::run_cagescope({"render", "--all", "--size", "96x72", "--ssaa", "1", "--out-dir", dir / "figs"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    for (const char* name : {"fig3b", "fig7", "fig8", "fig8a", "fig8b", "fig8c", "fig9", "fig10", "fig10a", "fig10b",
                             "fig10c"}) {
        CHECK(fs::exists(dir / (std::string("figs/") + name + ".png")));
        CHECK(fs::exists(dir / (std::string("figs/") + name + ".json")));
    }
}

TEST_CASE("bad arguments exit 2 with a message that says what is allowed, and write nothing") {
    using Args = std::vector<std::string>;
    struct Case {
        Args args;
        std::string expected;
    };
    const Case c = GENERATE(values<Case>({
        {{"--figure", "99"}, "available"},
        {{"--figure", "7", "--size", "0x0"}, "WIDTHxHEIGHT"},
        {{"--figure", "7", "--size", "99999x99999"}, "8192"},
        {{"--figure", "7", "--size", "abc"}, "WIDTHxHEIGHT"},
        {{"--figure", "7", "--size", "1920*1080"}, "WIDTHxHEIGHT"},
        {{"--figure", "7", "--ssaa", "9"}, "ssaa"},
        {{"--figure", "7", "--msaa", "3"}, "msaa"},
        {{"--figure", "7", "--omega-z", "95"}, "omega-z"},
        {{"--figure", "7", "--omega-z", "nan"}, "omega-z"},
        {{"--figure", "7", "--torsion", "-1"}, "torsion"},
        {{"--figure", "7", "--camera", "sideways"}, "iso, top, front or side"},
        {{"--figure", "7", "--material", "glass"}, "PE"},
        {{"--figure", "7", "--background", "#12"}, "#rrggbb"},
        {{"--all"}, "--out-dir"},
        {{}, "--figure"},
    }));
    const auto& [args, expected] = c;
    TempDir dir;
    Args full{"render"};
    full.insert(full.end(), args.begin(), args.end());
    if (std::find(args.begin(), args.end(), "--all") == args.end()) full.insert(full.end(), {"--out", dir / "x.png"});
    const auto r = test::run_cagescope(full);
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(expected));
    CHECK(dir.count() == 0);
}

TEST_CASE("an unwritable destination exits non-zero, and a failed export keeps the old file") {
    TempDir dir;
    const auto missing_dir = test::run_cagescope({"render", "--figure", "7", "--out", dir / "no/such/dir/x.png"});
    CHECK(missing_dir.exit_code == 2);
    CHECK_THAT(missing_dir.err, Catch::Contains("does not exist"));

    const auto is_dir = test::run_cagescope({"render", "--figure", "7", "--out-dir", "/proc/1"});
    CHECK(is_dir.exit_code == 2);

    // A sidecar that asks for nonsense fails before anything is written.
    const std::string old_png = dir / "keep.png";
    { std::ofstream(old_png) << "old"; }
    { std::ofstream(dir / "bad.json") << R"({"figure": "7", "parameters": {"omega-z": "steep"}})"; }
    const auto bad = test::run_cagescope({"render", "--from", dir / "bad.json", "--out", old_png});
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("parameters.omega-z") && Catch::Contains("number"));
    CHECK(test::read_bytes(old_png) == "old");

    { std::ofstream(dir / "broken.json") << "{\n  \"figure\": \"7\",\n  oops\n}"; }
    const auto broken = test::run_cagescope({"render", "--from", dir / "broken.json", "--out", dir / "y.png"});
    CHECK(broken.exit_code == 2);
    CHECK_THAT(broken.err, Catch::Contains("broken.json:3:"));
    CHECK_FALSE(fs::exists(dir / "y.png"));
}

TEST_CASE("a frame sequence of 16 steps gives 16 numbered PNGs with distinct content") {
    TempDir dir;
    const auto r = test::run_cagescope({"render", "--figure", "3b", "--frames", "0:15:1", "--size", "120x90", "--ssaa",
                                        "1", "--out-dir", dir / "frames"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::set<std::string> contents;
    for (int i = 0; i < 16; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "frames/fig3b_%04d.png", i);
        REQUIRE(fs::exists(dir / name));
        contents.insert(test::read_bytes(dir / name));
    }
    CHECK(contents.size() == 16);
    CHECK_FALSE(fs::exists(dir / "frames/fig3b_0016.png"));
}

TEST_CASE("animation export refuses bad ranges and a missing ffmpeg, leaving no file") {
    TempDir dir;
    for (const char* bad : {"5:1:1", "0:10:0", "a:b:c", "0:10", "-1:3:1", "0:99999:1"}) {
        const auto r = test::run_cagescope({"render", "--figure", "2", "--frames", bad, "--out-dir", dir / "f"});
        INFO(bad << ": " << r.err);
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("--frames"));
    }
    const auto no_ffmpeg = test::run_cagescope(
        {"render", "--figure", "2", "--frames", "0:3:1", "--gif", dir / "a.gif"}, {"PATH=/nonexistent"});
    CHECK(no_ffmpeg.exit_code == 1);
    CHECK_THAT(no_ffmpeg.err, Catch::Contains("ffmpeg is not installed"));
    CHECK(dir.count() == 0);
}

TEST_CASE("an animated GIF is made through ffmpeg") {
    TempDir dir;
    const auto r = test::run_cagescope({"render", "--figure", "11", "--frames", "0:15:5", "--size", "96x72", "--ssaa",
                                        "1", "--gif", dir / "torsion.gif"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(test::read_bytes(dir / "torsion.gif").substr(0, 6) == "GIF89a");
    CHECK(dir.count() == 1);  // the frames went to a scratch directory, since removed
}
