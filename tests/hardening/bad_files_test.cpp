// Bad input files, run as real processes: a render sidecar (`render --from`),
// a saved view (`view --state`) and a tour (`tour FILE`). Each is refused
// with exit 2 and a message naming the file, where (file:line:column, for
// syntax and for values) and what was wrong, before any window or GL
// context, and nothing is written. Unknown keys are warnings at
// file:line:column, and the file is still read.
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "spawn.h"

using namespace cagescope;
namespace fs = std::filesystem;

namespace {

// A sidecar as `cagescope render` writes it (the keys a state file has too).
const std::string kGoodSidecar = R"({
  "program": "cagescope",
  "figure": "7",
  "parameters": {"omega-z": 42.1},
  "camera": {"projection": "perspective", "target": [0, 0, 0], "distance": 10, "azimuth": 30, "elevation": 20, "fov_y": 35},
  "image": {"width": 64, "height": 48, "ssaa": 1, "transparent": false, "background": "#ffffff"}
}
)";

enum class Kind { sidecar, state, tour };

// The command that reads `file` as the given kind; no display, so `view` and
// `tour` can only get as far as their input checks.
std::vector<std::string> command_for(Kind kind, const std::string& file, const test::TempDir& dir) {
    switch (kind) {
        case Kind::sidecar: return {"render", "--from", file, "--out", dir / "out.png"};
        case Kind::state: return {"view", "--state", file, "--no-settings"};
        case Kind::tour: return {"tour", file, "--no-settings"};
    }
    return {};
}

const char* name_of(Kind kind) { return kind == Kind::sidecar ? "sidecar" : kind == Kind::state ? "state" : "tour"; }

const std::vector<std::string> kNoDisplay{"DISPLAY", "WAYLAND_DISPLAY"};

struct FileCase {
    std::string name;
    std::string content;
    std::string expected;  // in stderr, after the file name
};

}  // namespace

TEST_CASE("bad JSON files exit 2 naming file:line:column and what was wrong, writing nothing", "[files]") {
    const Kind kind = GENERATE(Kind::sidecar, Kind::state, Kind::tour);
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const FileCase c = GENERATE_COPY(values<FileCase>({
        {"empty", "", ": is empty, expected a JSON object"},
        {"only-space", "  \n\n ", ":3:2: not valid JSON"},
        {"truncated", "{\n  \"figure\": \"7\",\n  \"parameters\": {\"omega", ":3:24: not valid JSON: syntax error while parsing object key - invalid string: missing closing quote"},
        {"not-json", "figure = 7\n", ":1:2: not valid JSON: syntax error while parsing value - invalid literal"},
        {"binary", std::string("\x89PNG\r\n\x1a\n\0\0", 10), ":1:1: not valid JSON"},
        {"not-utf8", "{\"figure\": \"7\xff\"}", ":1:14: not valid JSON"},
        {"deep", deep, ":1:65: nested deeper than 64 levels"},
        {"array", "[1, 2, 3]", ":1:1: '(top level)' must be an object, got array"},
    }));
    test::TempDir dir;
    const std::string file = dir / (c.name + ".json");
    test::write_file(file, c.content);
    const auto r = test::run_cagescope_with(command_for(kind, file, dir), kNoDisplay);
    INFO(name_of(kind) << " " << c.name << ": " << r.err);
    CHECK(r.exit_code == 2);
    if (c.name == "array" && kind == Kind::tour)
        CHECK_THAT(r.err, Catch::Contains(file + ":1:1: a tour must be an object"));
    else
        CHECK_THAT(r.err, Catch::Contains(file + c.expected));
    CHECK(dir.listing() == c.name + ".json");
}

TEST_CASE("wrong types and values name file:line:column of the value and the key", "[files]") {
    test::TempDir dir;
    struct Typed {
        Kind kind;
        std::string content;
        std::string expected;
    };
    const Typed c = GENERATE(values<Typed>({
        {Kind::sidecar, R"({"figure": 7})", ":1:12: 'figure' must be a string, got number"},
        {Kind::sidecar, R"({"figure": "7", "parameters": {"omega-z": "steep"}})", ":1:43: 'parameters.omega-z' must be a number, got string"},
        {Kind::sidecar, R"({"figure": "7", "parameters": {"omega-z": 95}})", ":1:43: 'parameters.omega-z' is wrong: omega-z = 95° is out of range: allowed 0° to 89°"},
        {Kind::sidecar, R"({"figure": "7", "parameters": {"omega-z": 1e999}})", ":1:43: not valid JSON: a number too large for a double"},
        {Kind::sidecar, R"({"figure": "7", "parameters": []})", ":1:31: 'parameters' must be an object, got array"},
        {Kind::sidecar, "{\"figure\": \"7\", \"parameters\": {},\n \"camera\": {}}", ":2:12: 'camera.projection' is missing"},
        {Kind::state, R"({"figure": "99", "parameters": {}})", ":1:12: 'figure' is '99', not one of 1a"},
        {Kind::state, R"({"figure": "7", "parameters": {}, "camera": {"projection": "perspective", "target": [0, 0], "distance": 1, "azimuth": 0, "elevation": 0, "fov_y": 35}})", ":1:85: 'camera.target' must be an array of 3 numbers"},
        {Kind::state, R"({"figure": "7", "parameters": {}, "camera": {"projection": "perspective", "target": [0, 0, 0], "distance": -1, "azimuth": 0, "elevation": 0, "fov_y": 35}})", ":1:108: 'camera.distance' must be above 0"},
        {Kind::state, kGoodSidecar.substr(0, kGoodSidecar.rfind('}')) + ", \"hidden_layers\": [\"faces\", 3]}", ":7:30: 'hidden_layers[1]' must be a string, got number"},
        {Kind::sidecar, std::string(kGoodSidecar).replace(kGoodSidecar.find("#ffffff"), 7, "pink"), ":6:87: 'image.background' is wrong: colour 'pink': expected #rrggbb"},
        {Kind::tour, "{\n  \"title\": 5,\n  \"steps\": []\n}", ":2:12: 'title' must be a string, got number"},
        {Kind::tour, "{\"title\": \"t\",\n \"steps\": [{\"figure\": \"99\", \"caption\": \"x\"}]}", ":2:23: figure '99' does not exist"},
        {Kind::tour, "{\"title\": \"t\", \"steps\": [{\"figure\": \"7\", \"caption\": \"x\", \"parameters\": {\"omega-z\": true}}]}", ":1:84: 'omega-z' must be a number"},
        // A misspelt parameter is an error in a tour (the step would show
        // another view than its caption describes), at the key.
        {Kind::tour, "{\"title\": \"t\", \"steps\": [{\"figure\": \"7\", \"caption\": \"x\", \"parameters\": {\"omegaz\": 4}}]}", ":1:73: unknown parameter 'omegaz' (parameters are spacing, material, "},
    }));
    const std::string file = dir / "typed.json";
    test::write_file(file, c.content);
    const auto r = test::run_cagescope_with(command_for(c.kind, file, dir), kNoDisplay);
    INFO(name_of(c.kind) << ": " << c.content << "\n" << r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(file + c.expected));
    CHECK(dir.listing() == "typed.json");
}

TEST_CASE("a directory, a missing file, a huge file and an endless device are refused by name", "[files]") {
    const Kind kind = GENERATE(Kind::sidecar, Kind::state, Kind::tour);
    test::TempDir dir;
    // A 4 GiB sparse file: refused by its size before a byte is read.
    const std::string huge = dir / "huge.json";
    test::write_file(huge, "{");
    fs::resize_file(huge, 4ull << 30);
    struct Path {
        std::string path;
        std::string expected;
    };
    for (const Path& p : {Path{dir.path.string(), ": is a directory, expected a JSON file"},
                          Path{dir / "missing.json", ": no such file"},
                          Path{huge, ": 4294967296 bytes is too large for a cagescope JSON file (at most 16777216 bytes)"},
                          // No size to check first: reading stops one byte past the limit.
                          Path{"/dev/zero", ": too large for a cagescope JSON file (at most 16777216 bytes)"}}) {
        const auto r = test::run_cagescope_with(command_for(kind, p.path, dir), kNoDisplay);
        INFO(name_of(kind) << " " << p.path << ": " << r.err);
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains(p.path + p.expected));
    }
    CHECK(dir.listing() == "huge.json");
}

TEST_CASE("an unreadable file is refused by name", "[files]") {
    const Kind kind = GENERATE(Kind::sidecar, Kind::state, Kind::tour);
    test::TempDir dir;
    const std::string file = dir / "secret.json";
    test::write_file(file, kGoodSidecar);
    ::chmod(file.c_str(), 0);
    ::chmod(dir.path.c_str(), 0777);
    // Root reads a mode-000 file anyway: then run cagescope as nobody through
    // setpriv (util-linux), which drops every privilege.
    std::vector<std::string> prefix;
    if (::geteuid() == 0) {
        if (::access("/usr/bin/setpriv", X_OK) != 0) {
            WARN("running as root without setpriv: an unreadable file cannot be made; case skipped");
            return;
        }
        prefix = {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all"};
    }
    test::Spawn s;
    s.argv = prefix;
    s.argv.push_back(CAGESCOPE_EXE);
    for (const auto& a : command_for(kind, file, dir)) s.argv.push_back(a);
    s.env = kNoDisplay;
    const auto r = test::run_process(s);
    INFO(name_of(kind) << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(file + ": cannot be read (Permission denied)"));
    CHECK(dir.listing() == "secret.json");
}

TEST_CASE("unknown keys and layers in a state file are warnings at file:line:column, not errors", "[files]") {
    test::TempDir dir;
    std::string text = kGoodSidecar;
    text.insert(text.find("\"figure\""), "\"zoom\": 2, ");
    text.insert(text.find("\"target\""), "\"roll\": 5, ");
    text.insert(text.rfind('}'), ", \"hidden_layers\": [\"faces\", \"lables\"]");
    const std::string file = dir / "extra.json";
    test::write_file(file, text);
    const auto r = test::run_cagescope_with({"view", "--state", file, "--no-settings"}, kNoDisplay);
    INFO(r.err);
    CHECK_THAT(r.err, Catch::Contains("warning: " + file + ":3:3: unknown key 'zoom' ignored (a sidecar has program, "));
    CHECK_THAT(r.err, Catch::Contains("warning: " + file + ":5:43: unknown key 'camera.roll' ignored (camera has preset, "));
    // Files are shared between versions: a layer this figure lacks is a warning, not an error.
    CHECK_THAT(r.err, Catch::Contains("warning: " + file + ":7:30: unknown layer 'lables' ignored (figure 7 has faces, "));
    // The state was accepted; only the missing display stops the viewer.
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("no display") && Catch::Contains("cagescope render"));
}

TEST_CASE("unknown keys in a tour are warnings at file:line:column and the tour still loads", "[files]") {
    test::TempDir dir;
    const std::string file = dir / "tour.json";
    test::write_file(file, "{\"title\": \"t\", \"author\": \"me\",\n"
                           " \"steps\": [{\"figure\": \"7\", \"caption\": \"x\", \"zoom\": 2,\n"
                           "   \"hidden_layers\": [\"labels\"]}]}\n");
    const auto r = test::run_cagescope_with({"tour", file, "--no-settings"}, kNoDisplay);
    INFO(r.err);
    CHECK_THAT(r.err, Catch::Contains("warning: " + file + ":1:16: unknown key 'author' ignored (a tour has title, steps)"));
    CHECK_THAT(r.err, Catch::Contains("warning: " + file + ":2:44: unknown key 'zoom' ignored (a step has figure, caption, "));
    // A layer the figure does not draw hides nothing: a warning too.
    CHECK_THAT(r.err, Catch::Contains("warning: " + file + ":3:22: unknown layer 'labels' ignored (figure 7 has faces, "));
    // The tour was accepted; only the missing display stops the viewer.
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("no display") && Catch::Contains("cagescope render"));
}

TEST_CASE("a tour with a long unknown key over a long array loads in bounded memory", "[files]") {
    // 15 MB: a 1 MiB key over 7 million elements. The tour reader once
    // recorded every value's JSON pointer, here 1 MiB each (terabytes).
    test::TempDir dir;
    const std::string file = dir / "wide.json";
    std::string text = "{\"title\": \"t\", \"steps\": [{\"figure\": \"7\", \"caption\": \"x\"}],\n \"" +
                       std::string(1 << 20, 'k') + "\": [0";
    for (int i = 0; i < 7'000'000; ++i) text += ",0";
    test::write_file(file, text + "]}");
    const auto r = test::run_cagescope_with({"tour", file, "--no-settings"}, kNoDisplay);
    INFO(r.err.substr(0, 300));
    CHECK_THAT(r.err, Catch::Contains("warning: " + file + ":2:2: unknown key '" + std::string(60, 'k') +
                                      "…' (1048576 bytes) ignored (a tour has title, steps)"));
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("no display"));
}

TEST_CASE("view without a display exits 1 pointing to cagescope render", "[env]") {
    for (const std::vector<std::string>& args : {std::vector<std::string>{"view", "--no-settings"},
                                                 std::vector<std::string>{"tour", "--no-settings"},
                                                 std::vector<std::string>{}}) {
        const auto r = test::run_cagescope_with(args, kNoDisplay);
        INFO(r.err);
        CHECK(r.exit_code == 1);
        CHECK_THAT(r.err, Catch::Contains("no display") && Catch::Contains("cagescope render --figure 7"));
    }
}

TEST_CASE("tour --check: every problem of a tour file on its own line, exit 2, and a clean tour exits 0", "[hardening][tour]") {
    test::TempDir dir;
    const std::string bad = dir / "bad.json";
    test::write_file(bad, "{\"title\": \"t\",\n"
                          " \"steps\": [\n"
                          "  {\"figure\": \"7\", \"caption\": \"Tilted by 42.1 degrees.\", \"zoom\": 2},\n"
                          "  {\"figure\": \"nine\", \"caption\": \"(Sec. IV.D.2)\"}\n"
                          "]}\n");
    const auto r = test::run_cagescope_with({"tour", "--check", bad}, {"DISPLAY", "WAYLAND_DISPLAY"});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.out, Catch::Contains(bad + ":3:57: unknown key 'zoom' ignored"));
    CHECK_THAT(r.out, Catch::Contains(bad + ":3:30: the caption types the number 42.1"));
    CHECK_THAT(r.out, Catch::Contains(bad + ":3:30: the caption cites no section of the paper"));
    CHECK_THAT(r.out, Catch::Contains(bad + ":4:14: figure 'nine' does not exist"));
    CHECK_THAT(r.err, Catch::Contains(bad + ": 4 problems"));
    // Nothing else is said, and no window is looked for.
    std::size_t lines = 0;
    for (char c : r.out) lines += c == '\n';
    CHECK(lines == 4);
    for (const char* tour : {"cage-to-interface", "clusters", "hexahedron", "chain-units"}) {
        const auto ok = test::run_cagescope_with({"tour", "--check", tour}, {"DISPLAY", "WAYLAND_DISPLAY"});
        INFO(tour << "\n" << ok.out << ok.err);
        CHECK(ok.exit_code == 0);
        CHECK_THAT(ok.out, Catch::Contains("no problems"));
    }
    const auto missing = test::run_cagescope_with({"tour", "--check", dir / "missing.json"});
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Catch::Contains("missing.json: no such file"));
}
