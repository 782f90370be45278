// The viewer in a real window (Xvfb in CI): the screenshot hook against
// `cagescope render` of the same state, and the shortcuts proven by replaying
// key events through the same handlers GLFW calls. Without a DISPLAY each
// case says so and passes without running (these carry the `gl` label).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "png_reader.h"
#include "support/process.h"

using namespace cagescope;
using nlohmann::json;

namespace {

bool have_display() {
    const char* d = std::getenv("DISPLAY");
    if (d && *d) return true;
    WARN("no DISPLAY: the viewer's window tests are skipped (run them under xvfb-run)");
    return false;
}

// Runs the viewer with a script; returns every `print` line's state.
std::vector<json> run_script(const std::string& dir, const std::string& script, std::vector<std::string> extra = {}) {
    const std::string path = dir + "/script.txt";
    std::ofstream(path) << script;
    std::vector<std::string> args = {"view", "--no-settings", "--size", "800x600", "--script", path, "--shot-dir", dir};
    args.insert(args.end(), extra.begin(), extra.end());
    const test::ProcessResult r = test::run_cagescope(args);
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<json> states;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("state ", 0) == 0) states.push_back(json::parse(line.substr(6)));
    return states;
}

}  // namespace

TEST_CASE("view --frames 30 --screenshot matches cagescope render of the same state", "[viewer][window]") {
    if (!have_display()) return;
    const std::string dir = test::make_temp_dir();
    const std::string shot = dir + "/view.png";
    const test::ProcessResult v =
        test::run_cagescope({"view", "--figure", "7", "--frames", "30", "--no-settings", "--size", "640x400", "--screenshot", shot});
    INFO(v.out << v.err);
    REQUIRE(v.exit_code == 0);
    REQUIRE(std::filesystem::exists(dir + "/view.json"));  // the sidecar, as F12 writes it
    const test::ProcessResult r = test::run_cagescope({"render", "--from", dir + "/view.json", "--out", dir + "/ref.png", "--quiet"});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);

    const test::Png a = test::read_png(shot);
    const test::Png b = test::read_png(dir + "/ref.png");
    // The 3D view as shown: beside the controls panel, at most 45% of the
    // width, below the figure's title (at most 30% of the height).
    REQUIRE(a.width < 640);
    REQUIRE(a.width >= 352);
    REQUIRE(a.height < 400);
    REQUIRE(a.height >= 280);
    REQUIRE(b.width == a.width);
    REQUIRE(b.height == a.height);
    double sum = 0.0;
    int max_error = 0;
    long non_white = 0;
    for (std::size_t i = 0; i < a.rgba.size(); ++i) {
        const int e = std::abs(int(a.rgba[i]) - int(b.rgba[i]));
        sum += e;
        max_error = std::max(max_error, e);
        if (i % 4 == 0 && a.rgba[i] < 200) ++non_white;
    }
    const double mean = sum / static_cast<double>(a.rgba.size());
    // Both images come from the one exporter with the same renderer, camera,
    // size, supersampling and pixel scale; only the GL context differs (the
    // window's GLFW context vs EGL surfaceless, both Mesa llvmpipe), which
    // renders the same offscreen framebuffers. So the images should be equal;
    // the tolerance allows a driver's rounding on a few edge pixels: mean
    // error under 0.5/255 per channel, no pixel off by more than 48/255.
    CHECK(mean < 0.5);
    CHECK(max_error <= 48);
    // And the image is the figure, not a blank frame.
    CHECK(non_white > 2000);
    std::filesystem::remove_all(dir);
}

// Mean x of Fig. 7's orange (the torsion and Ω_z marks) in a window
// screenshot, UI included: no panel or overlay is orange.
double orange_centre_x(const std::string& png) {
    const test::Png img = test::read_png(png);
    double sum = 0.0;
    long n = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const std::size_t i = (static_cast<std::size_t>(y) * img.width + x) * 4;
            const int r = img.rgba[i], g = img.rgba[i + 1], b = img.rgba[i + 2];
            if (r > 180 && g > 70 && g < 150 && b < 80) {
                sum += x;
                ++n;
            }
        }
    INFO(png << ": " << n << " orange pixels");
    REQUIRE(n > 200);
    return sum / static_cast<double>(n);
}

TEST_CASE("the camera frames the view beside the controls panel, and the whole window without it", "[viewer][window]") {
    if (!have_display()) return;
    const std::string dir = test::make_temp_dir();
    auto shoot = [&](const std::string& name, bool panels) {
        std::vector<std::string> args = {"view", "--figure", "7", "--frames", "5", "--no-settings", "--size", "1000x600",
                                         "--screenshot-ui", dir + "/" + name};
        if (!panels) args.push_back("--hide-panels");
        const test::ProcessResult r = test::run_cagescope(args);
        INFO(r.out << r.err);
        REQUIRE(r.exit_code == 0);
        return orange_centre_x(dir + "/" + name);
    };
    const double without = shoot("without.png", false);
    const double with = shoot("with.png", true);
    // The panel is 345 px wide here (23 lines of 15 px): the figure moves
    // right by half of it, as the frame's centre does (about 172 px).
    CHECK(with - without > 120.0);
    CHECK(with - without < 230.0);
    std::filesystem::remove_all(dir);
}

TEST_CASE("scripted keys: 7 top view, 5 orthographic, Space plays, F12 writes a PNG, H hides panels", "[viewer][window]") {
    if (!have_display()) return;
    const std::string dir = test::make_temp_dir();
    const auto states = run_script(dir,
                                   "print\n"
                                   "key 7\nwait 40\nprint\n"
                                   "key 5\nprint\n"
                                   "key Space\nwait 3\nprint\n"
                                   "key Space\nprint\n"
                                   "key F12\nprint\n"
                                   "key H\nprint\n"
                                   "wait 2\nkey F12\nprint\n",
                                   {"--figure", "3b"});
    REQUIRE(states.size() == 8);
    CHECK(states[0]["camera"]["elevation"].get<double>() < 80.0);
    CHECK(states[1]["preset"] == "top");
    CHECK(states[1]["camera"]["elevation"].get<double>() == Approx(90.0).margin(0.5));
    CHECK(states[2]["camera"]["projection"] != states[1]["camera"]["projection"]);
    CHECK(states[3]["playing"] == true);
    CHECK(states[3]["time"].get<double>() >= 0.0);
    CHECK(states[4]["playing"] == false);
    const std::string png = states[5]["last_screenshot"];
    REQUIRE_FALSE(png.empty());
    CHECK(std::filesystem::exists(png));
    CHECK(std::filesystem::path(png).parent_path() == std::filesystem::path(dir));
    const std::string sidecar = std::filesystem::path(png).replace_extension(".json").string();
    CHECK(std::filesystem::exists(sidecar));
    CHECK(test::read_png(png).width < 800);  // the view beside the panel
    CHECK(states[6]["panels"] == false);
    const std::string wide = states[7]["last_screenshot"];
    REQUIRE(wide != png);
    CHECK(test::read_png(wide).width == 800);  // no panel: the whole window
    std::filesystem::remove_all(dir);
}

TEST_CASE("scripted keys: PageDown and → advance the tour, PageUp goes back", "[viewer][window]") {
    if (!have_display()) return;
    const std::string dir = test::make_temp_dir();
    std::vector<std::string> extra;
    const std::string script = "print\nkey PageDown\nprint\nkey Right\nprint\nkey PageUp\nprint\n";
    const std::string path = dir + "/script.txt";
    std::ofstream(path) << script;
    const test::ProcessResult r =
        test::run_cagescope({"tour", "cage-to-interface", "--no-settings", "--size", "800x600", "--script", path});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<json> s;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("state ", 0) == 0) s.push_back(json::parse(line.substr(6)));
    REQUIRE(s.size() == 4);
    CHECK(s[0]["tour_step"] == 0);
    CHECK(s[0]["figure"] == "3b");
    CHECK(s[1]["tour_step"] == 1);
    CHECK(s[1]["figure"] == "4");
    CHECK(s[2]["tour_step"] == 2);
    CHECK(s[3]["tour_step"] == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("mouse: wheel zooms, left drag orbits, over the panel the camera stays", "[viewer][window]") {
    if (!have_display()) return;
    const std::string dir = test::make_temp_dir();
    const auto s = run_script(dir,
                              "move 600 300\nwait 2\nprint\n"
                              "scroll 2\nprint\n"
                              "press left\nmove 650 300\nmove 700 300\nrelease left\nprint\n"
                              "move 100 300\nwait 2\nscroll 3\nprint\n",
                              {"--figure", "7"});
    REQUIRE(s.size() == 4);
    CHECK(s[1]["camera"]["distance"].get<double>() < s[0]["camera"]["distance"].get<double>());
    CHECK(s[2]["camera"]["azimuth"].get<double>() != Approx(s[1]["camera"]["azimuth"].get<double>()));
    // x = 100 is over the left panel: ImGui wants the mouse, the wheel scrolls the panel.
    CHECK(s[3]["camera"]["distance"].get<double>() == Approx(s[2]["camera"]["distance"].get<double>()));
    std::filesystem::remove_all(dir);
}

TEST_CASE("no display: a clear message pointing to cagescope render", "[viewer]") {
    const char* saved = std::getenv("DISPLAY");
    const std::string keep = saved ? saved : "";
    unsetenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    const std::string keep_wayland = wayland ? wayland : "";
    unsetenv("WAYLAND_DISPLAY");
    const test::ProcessResult r = test::run_cagescope({"view", "--no-settings"});
    if (!keep.empty()) setenv("DISPLAY", keep.c_str(), 1);
    if (!keep_wayland.empty()) setenv("WAYLAND_DISPLAY", keep_wayland.c_str(), 1);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("cagescope render") != std::string::npos);
}

TEST_CASE("view and tour take render's figure options: view --figure 7 --material PP --torsion 0", "[viewer][window]") {
    if (!have_display()) return;
    const std::string dir = test::make_temp_dir();
    const auto s = run_script(dir, "print\n", {"--figure", "7", "--material", "PP", "--torsion", "0"});
    REQUIRE(s.size() == 1);
    CHECK(s[0]["figure"] == "7");
    CHECK(s[0]["parameters"]["material"] == "PP");
    CHECK(s[0]["parameters"]["torsion"] == 0.0);
    CHECK(s[0]["parameters"]["omega-z"].get<double>() == Approx(42.1).margin(0.05));
    // --time on an animated figure starts its clock there.
    const auto t = run_script(dir, "print\n", {"--figure", "3b", "--time", "31"});
    REQUIRE(t.size() == 1);
    CHECK(t[0]["time"] == 31.0);
    // A tour: the option lies over every step's parameters (Fig. 1c reads --cluster).
    const std::string path = dir + "/tour-script.txt";
    std::ofstream(path) << "key PageDown\nkey PageDown\nkey PageDown\nkey PageDown\nprint\n";
    const test::ProcessResult r = test::run_cagescope(
        {"tour", "cage-to-interface", "--cluster", "6", "--no-settings", "--size", "800x600", "--script", path});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    const auto line = r.out.find("state ");
    REQUIRE(line != std::string::npos);
    const json state = json::parse(r.out.substr(line + 6, r.out.find('\n', line) - line - 6));
    CHECK(state["figure"] == "1c");
    CHECK(state["parameters"]["cluster"] == 6);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a tour: the caption below the view, tooltips only once the mouse moves, the step always shown", "[viewer][window]") {
    if (!have_display()) return;
    const std::string dir = test::make_temp_dir();
    // The mouse points mid-figure: a tooltip. It rests there over PageDown:
    // none while the new step is read, through the camera's flight, until it
    // moves again.
    const std::string script = "wait 3\nmove 560 260\nmove 563 262\nwait 2\nprint\n"
                               "key PageDown\nwait 2\nprint\nwait 20\nprint\nmove 560 262\nwait 2\nprint\n";
    const std::string path = dir + "/script.txt";
    std::ofstream(path) << script;
    const test::ProcessResult r =
        test::run_cagescope({"tour", "cage-to-interface", "--no-settings", "--size", "800x600", "--script", path});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<json> s;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("state ", 0) == 0) s.push_back(json::parse(line.substr(6)));
    REQUIRE(s.size() == 4);
    CHECK(s[0]["hover"] != "");  // the cage fills the middle of the view
    CHECK(s[1]["tour_step"] == 1);
    CHECK(s[1]["hover"] == "");
    CHECK(s[2]["hover"] == "");
    CHECK(s[3]["hover"] != "");
    // The camera frames the rectangle above the caption: it ends where the caption begins.
    const double caption = s[0]["caption_px"];
    CHECK(caption > 60.0);
    const auto view = s[0]["view"];
    CHECK(view[1].get<double>() + view[3].get<double>() == Approx(600.0 - caption).margin(1.0));
    std::filesystem::remove_all(dir);
}

TEST_CASE("presenter aids: P pointer (no tooltips), L / Shift+L spotlight, B blank screen", "[viewer][window]") {
    if (!have_display()) return;
    const std::string dir = test::make_temp_dir();
    const auto s = run_script(dir,
                              "wait 3\nmove 560 300\nmove 562 301\nwait 2\nprint\n"
                              "key P\nmove 561 300\nwait 2\nprint\nkey P\n"
                              "key L\nprint\nkey L\nprint\nkey L shift\nprint\n"
                              "key B\nprint\nkey B\nprint\nkey B\nkey Escape\nprint\n",
                              {"--figure", "3b"});
    REQUIRE(s.size() == 8);
    CHECK(s[0]["hover"] != "");
    CHECK(s[1]["pointer"] == true);
    CHECK(s[1]["hover"] == "");  // a pointer, not tooltips
    CHECK(s[2]["spotlight"] == "cage");  // Fig. 3b's first layer
    CHECK(s[3]["spotlight"] == "faces");
    CHECK(s[4]["spotlight"] == "");
    CHECK(s[5]["blank"] == true);
    CHECK(s[6]["blank"] == false);
    CHECK(s[7]["blank"] == false);  // Esc brings the picture back too
    std::filesystem::remove_all(dir);
}
