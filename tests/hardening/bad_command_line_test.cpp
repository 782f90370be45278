// Bad command lines, run as real processes: every one exits 2 with a message
// naming the option, the value and what is allowed, and writes nothing.
// The table in docs/reliability.md lists the same cases.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "spawn.h"

using namespace cagescope;
using Args = std::vector<std::string>;

namespace {
struct Case {
    Args args;
    std::string expected;  // in stderr
};
}  // namespace

TEST_CASE("bad command lines exit 2 with a message naming what is wrong and allowed, and write nothing", "[cli]") {
    const Case c = GENERATE(values<Case>({
        // Numbers: out of range, NaN, inf, negative, empty, huge, non-numeric, wrong units.
        {{"render", "--figure", "7", "--omega-z", "95"}, "allowed 0° to 89°"},
        {{"render", "--figure", "7", "--omega-z", "nan"}, "omega-z = nan° is out of range"},
        {{"render", "--figure", "7", "--omega-z", "inf"}, "omega-z = inf° is out of range"},
        {{"render", "--figure", "7", "--omega-z", "-inf"}, "allowed 0° to 89°"},
        {{"render", "--figure", "7", "--omega-z", "1e999"}, "allowed 0° to 89°"},
        {{"render", "--figure", "7", "--omega-z", ""}, "--omega-z: an empty value is not allowed"},
        {{"render", "--figure", "7", "--omega-z", "42deg"}, "--omega-z = 42deg"},
        {{"render", "--figure", "7", "--omega-z", "forty"}, "--omega-z = forty"},
        {{"render", "--figure", "7", "--torsion", "-1"}, "torsion"},
        {{"render", "--figure", "7", "--exaggeration", "1e308"}, "exaggeration"},
        {{"render", "--figure", "2", "--time", "nan"}, "time = nan is out of range"},
        {{"render", "--figure", "2", "--time", "1e300"}, "time"},
        {{"render", "--figure", "1c", "--cluster", "9"}, "allowed 0 to 8"},
        {{"render", "--figure", "1c", "--cluster", "2.5"}, "not a whole number"},
        {{"render", "--figure", "5", "--lambda", "0"}, "allowed 1 to 16"},
        {{"render", "--figure", "6", "--tube-n", "1e9"}, "allowed 1 to 2000"},
        {{"render", "--figure", "6", "--tg-over-tm", "-0.5"}, "tg-over-tm"},
        {{"render", "--figure", "7", "--ssaa", "0"}, "--ssaa: Value 0 not in range 1 to 4"},
        {{"render", "--figure", "7", "--ssaa", "-1"}, "not in range 1 to 4"},
        {{"render", "--figure", "7", "--ssaa", "2.5"}, "not in range 1 to 4"},
        {{"render", "--figure", "7", "--ssaa", "99999999999999999999"}, "not in range 1 to 4"},
        {{"render", "--figure", "7", "--ssaa", ""}, "--ssaa"},
        // --size forms.
        {{"render", "--figure", "7", "--size", "0x0"}, "each side 1 to 8192"},
        {{"render", "--figure", "7", "--size", "1x99999"}, "each side 1 to 8192"},
        {{"render", "--figure", "7", "--size", "1920*1080"}, "WIDTHxHEIGHT"},
        {{"render", "--figure", "7", "--size", "1920X1080"}, "WIDTHxHEIGHT"},
        {{"render", "--figure", "7", "--size", "1920x1080px"}, "WIDTHxHEIGHT"},
        {{"render", "--figure", "7", "--size", "-5x10"}, "WIDTHxHEIGHT"},
        {{"render", "--figure", "7", "--size", "99999999999x1"}, "WIDTHxHEIGHT"},
        {{"render", "--figure", "7", "--size", ""}, "--size"},
        // Names: unknown figure, camera, projection, spacing, material, colour.
        {{"render", "--figure", "99"}, "available: 1a"},
        {{"render", "--figure", ""}, "--figure: an empty value is not allowed"},
        {{"render", "--figure", "7", "--camera", "sideways"}, "iso, top, front or side"},
        {{"render", "--figure", "7", "--projection", "fisheye"}, "perspective or orthographic"},
        {{"render", "--figure", "3b", "--spacing", "random"}, "equal-angle or equal-step"},
        {{"render", "--figure", "7", "--material", "glass"}, "allowed PE, PP, As2S3"},
        {{"render", "--figure", "7", "--background", "#12"}, "#rrggbb"},
        {{"render", "--figure", "7", "--background", "#zzzzzz"}, "#rrggbb"},
        {{"render", "--figure", "7", "--hide-layer", ""}, "--hide-layer: an empty value is not allowed"},
        // A layer the figure does not draw: named with the ones it does.
        {{"render", "--figure", "7", "--hide-layer", "faces", "--hide-layer", "labels"},
         "--hide-layer labels: figure 7 has no layer 'labels'; its layers are faces, hexahedron, diagonals, cage, "
         "angles, torsion, caption"},
        {{"render", "--figure", "2", "--frames", "0:3:1", "--out-dir", "@DIR@/f", "--hide-layer", "lables"},
         "--hide-layer lables: figure 2 has no layer 'lables'; its layers are spheres, "},
        {{"render", "--all", "--out-dir", "@DIR@/all", "--hide-layer", "bogus"},
         "--hide-layer bogus: no figure has a layer 'bogus'; the figures' layers are angle_lines, angles, "},
        // Outputs named wrongly.
        {{"render", "--figure", "7", "--out", ""}, "--out: an empty value is not allowed"},
        {{"render", "--figure", "7", "--out-dir", ""}, "--out-dir: an empty value is not allowed"},
        {{"render", "--figure", "7", "--out", "@DIR@/fig7.jpg"}, "must end in .png"},
        {{"render", "--figure", "7", "--out", "@DIR@/no/such/dir/x.png"}, "does not exist"},
        {{"render", "--figure", "7", "--out", "@DIR@"}, "the file name must end in .png"},
        // Animation.
        {{"render", "--figure", "2", "--frames", "5:1:1", "--out-dir", "@DIR@/f"}, "FIRST <= LAST"},
        {{"render", "--figure", "2", "--frames", "0:3:inf", "--out-dir", "@DIR@/f"}, "FIRST:LAST:STEP"},
        {{"render", "--figure", "2", "--frames", "nan:3:1", "--out-dir", "@DIR@/f"}, "FIRST:LAST:STEP"},
        {{"render", "--figure", "2", "--frames", "0:1e308:1e-308", "--out-dir", "@DIR@/f"}, "FIRST:LAST:STEP"},
        {{"render", "--figure", "2", "--frames", "0:99999:1", "--out-dir", "@DIR@/f"}, "more than 10000 frames"},
        {{"render", "--figure", "2", "--frames", "0:3:1", "--fps", "0", "--out-dir", "@DIR@/f"}, "not in range 1 to 60"},
        {{"render", "--figure", "2", "--frames", "0:3:1", "--fps", "61", "--out-dir", "@DIR@/f"}, "not in range 1 to 60"},
        {{"render", "--figure", "2", "--frames", "0:3:1", "--gif", "@DIR@/x.mp4"}, "must end in .gif"},
        {{"render", "--figure", "2", "--frames", "0:3:1", "--mp4", "@DIR@/no/dir/x.mp4"}, "does not exist"},
        {{"render", "--frames", "0:3:1", "--out-dir", "@DIR@/f"}, "--frames needs --figure"},
        // Conflicting and missing options.
        {{"render", "--figure", "7", "--all", "--out-dir", "@DIR@"}, "--figure excludes --all"},
        {{"render", "--figure", "7", "--out", "@DIR@/a.png", "--out-dir", "@DIR@"}, "--out excludes --out-dir"},
        {{"render", "--from", "@DIR@/a.json", "--figure", "7"}, "excludes"},
        {{"render", "--from", "@DIR@/a.json", "--omega-z", "3"}, "--from excludes --omega-z: the sidecar holds"},
        {{"render", "--from", "@DIR@/a.json", "--size", "10x10"}, "--from excludes --size"},
        // A figure option the figure does not read: named with the ones it does.
        {{"render", "--figure", "2", "--omega-z", "30"},
         "--omega-z: figure 2 does not read it; it reads --spacing, --time"},
        {{"render", "--figure", "3a", "--lambda", "3"}, "--lambda: figure 3a does not read it; figure 3a reads no figure option"},
        {{"render", "--figure", "7", "--time", "2"}, "--time: figure 7 does not read it; it reads --omega-z, --omega-xy, "},
        {{"render", "--figure", "2", "--frames", "0:3:1", "--out-dir", "@DIR@/f", "--cluster", "3"},
         "--cluster: figure 2 does not read it"},
        {{"render", "--all", "--out-dir", "@DIR@/all", "--region-k", "3"},
         "--region-k: none of the figures drawn reads it (it is read by Fig. glass)"},
        {{"scene", "--figure", "4", "--torsion", "1"}, "--torsion: figure 4 does not read it; it reads --lambda, --spacing"},
        {{"view", "--figure", "2", "--material", "PP"}, "--material: figure 2 does not read it; it reads --spacing, --time"},
        {{"view", "--figure", "7", "--torsion", "999"}, "torsion"},
        {{"view", "--omega-z", "-5"}, "omega-z"},
        {{"view", "--lambda", "3"}, "--lambda: figure 7 does not read it"},
        {{"tour", "clusters", "--omega-z", "30"}, "--omega-z: none of the figures drawn reads it"},
        {{"tour", "hexahedron", "--torsion", "-999"}, "torsion"},
        {{"render", "--figure", "7", "--fps", "30"}, "--fps requires --frames"},
        {{"render", "--figure", "7", "--gif", "@DIR@/a.gif"}, "--gif requires --frames"},
        {{"render", "--all"}, "give --out-dir DIR"},
        {{"render"}, "say what to render"},
        // Unknown subcommands and options; the other commands.
        {{"bogus"}, "The following argument was not expected: bogus"},
        {{"render", "--bogus"}, "The following argument was not expected: --bogus"},
        {{"numbers", "--tube-n", "-1"}, "allowed 1 to 2000"},
        {{"numbers", "--tg-over-tm", "inf"}, "allowed 0.01 to 0.99"},
        {{"bench", "--figure", "7", "--frames", "1", "--hide-layer", "labels"},
         "--hide-layer labels: figure 7 has no layer 'labels'; its layers are faces, "},
        {{"view", "--size", "0x0"}, "each side 1 to 8192"},
        {{"view", "--theme", "pink"}, "dark, light or presentation"},
        {{"view", "--figure", "99"}, "available: 1a"},
        {{"view", "--frames", "-1"}, "not in range 0 to 1000000"},
        {{"view", "--screenshot", "@DIR@/a.jpg"}, "must end in .png"},
        {{"tour", "@DIR@/missing.json"}, "missing.json: no such file"},
    }));
    test::TempDir dir;
    Args args = c.args;
    for (auto& a : args)
        if (const auto at = a.find("@DIR@"); at != std::string::npos) a.replace(at, 5, dir.path.string());
    // Without a display the viewer's checks still come first, so `view` and
    // `tour` refuse bad input with exit 2 before they look for a window.
    const auto r = test::run_cagescope_with(args, {"DISPLAY", "WAYLAND_DISPLAY"});
    std::string cmdline;
    for (const auto& a : args) cmdline += a + " ";
    INFO(cmdline << "\n" << r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(c.expected));
    CHECK_THAT(r.err, Catch::StartsWith("cagescope: "));
    CHECK(dir.listing() == "");
}
