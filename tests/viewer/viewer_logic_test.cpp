// The viewer's logic without a window: camera gestures and named views,
// picking, measurement, state files, clipboard cameras, settings, scripts
// and slider ranges.
#include <catch2/catch.hpp>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <variant>

#include "cli_support.h"
#include "figures/figures.h"
#include "model/parameters.h"
#include "support/process.h"
#include "viewer/camera_controller.h"
#include "viewer/input_script.h"
#include "viewer/key_bindings.h"
#include "viewer/picking.h"
#include "viewer/settings.h"
#include "viewer/state_file.h"
#include "viewer/text_wrap.h"
#include "viewer/viewer_model.h"

using namespace cagescope;
using namespace cagescope::viewer;
using Catch::Matchers::Contains;

namespace {
void ignore(const std::string&) {}
}  // namespace

TEST_CASE("slider ranges are the model's parameter ranges", "[viewer]") {
    for (const auto& field : figures::param_fields()) {
        if (field.name == "time") continue;  // the animation clock: the timeline, not a slider
        const model::Range slider = slider_range(field.name);
        const model::Range spec = model::parameter_spec(field.name).range;
        INFO(field.name);
        CHECK(slider.min == spec.min);
        CHECK(slider.max == spec.max);
        // Both ends are accepted by the one check every entry point uses.
        figures::FigureParams p = figures::default_params();
        CHECK_NOTHROW(field.set(p, slider.min));
        CHECK_NOTHROW(field.set(p, slider.max));
    }
    CHECK(slider_range("omega-z").min == 0.0);
    CHECK(slider_range("omega-z").max == 89.0);
}

TEST_CASE("every parameter a figure lists has a control", "[viewer]") {
    for (const auto& f : figures::figure_list())
        for (std::string_view name : f.parameters) {
            INFO("figure " << f.id << " parameter " << name);
            CHECK((name == "spacing" || name == "material" || figures::find_param_field(name) != nullptr));
        }
}

TEST_CASE("named views: 7 is top, 1 front, 3 side, flights end there", "[viewer]") {
    ViewerModel m;
    set_figure(m, "7", 1.5f, false);
    show_preset(m, scene::ViewPreset::top, 1.5f);
    CHECK(m.camera.flying());
    CHECK(m.camera.goal().elevation_deg == Approx(90.0f).margin(0.5f));
    for (int i = 0; i < 100 && m.camera.update(0.02); ++i) {
    }
    CHECK_FALSE(m.camera.flying());
    CHECK(m.camera.camera().elevation_deg == Approx(90.0f).margin(0.5f));
    show_preset(m, scene::ViewPreset::front, 1.5f);
    CHECK(m.camera.goal().elevation_deg == Approx(0.0f).margin(0.5f));
    m.camera.toggle_projection();
    CHECK(m.camera.goal().projection == scene::Projection::orthographic);
}

TEST_CASE("wheel zoom keeps the point under the cursor in place", "[viewer]") {
    CameraController c;
    scene::Camera cam;
    cam.target = {0.1f, 0.2f, 0.0f};
    c.jump_to(cam);
    const glm::vec2 viewport(800.0f, 600.0f), cursor(650.0f, 150.0f);
    // The world point under the cursor in the target's plane, before and after.
    const auto under = [&](const scene::Camera& k) {
        const float wpp = world_per_pixel(k, viewport.y);
        const glm::vec2 d = cursor - viewport * 0.5f;
        return k.target + (d.x * k.right() - d.y * k.up()) * wpp;
    };
    const glm::vec3 before = under(c.camera());
    c.zoom_at(3.0f, cursor, viewport, {});
    CHECK(c.camera().distance < cam.distance);
    const auto screen = project_to_screen(c.camera(), viewport, before);
    REQUIRE(screen);
    CHECK(screen->x == Approx(cursor.x).margin(1.0f));
    CHECK(screen->y == Approx(cursor.y).margin(1.0f));
}

TEST_CASE("orbit turns round z and clamps the elevation, pan moves the target", "[viewer]") {
    CameraController c;
    c.jump_to(scene::Camera{});
    const float az = c.camera().azimuth_deg;
    c.orbit({100.0f, 0.0f}, {});
    CHECK(c.camera().azimuth_deg != Approx(az));
    c.orbit({0.0f, 10000.0f}, {});
    CHECK(c.camera().elevation_deg < 90.0f);
    const glm::vec3 t = c.camera().target;
    c.pan({50.0f, 0.0f}, {800.0f, 600.0f});
    CHECK(glm::length(c.camera().target - t) > 0.0f);
}

TEST_CASE("picking finds the sphere under the cursor and not beside it", "[viewer]") {
    scene::Scene s;
    s.primitives.push_back({"a0.point.beta.7", "points", "Sec. III.C", scene::Sphere{{0.5f, 0.0f, 0.0f}, 0.05f, {1, 0, 0, 1}}});
    s.primitives.push_back({"cage.edge.1", "cage", "Sec. III.B", scene::Polyline{{{-1, -1, 0}, {1, -1, 0}}, {0, 0, 0, 1}}});
    const scene::Camera cam = scene::fit_camera(scene::ViewPreset::top, scene::Projection::orthographic, s.bounds(), 1.0f);
    const glm::vec2 vp(400.0f, 400.0f);
    const auto at = project_to_screen(cam, vp, {0.5f, 0.0f, 0.0f});
    REQUIRE(at);
    const auto hit = pick(s, cam, vp, glm::vec2(*at) + glm::vec2(2.0f, 0.0f), {});
    REQUIRE(hit);
    CHECK(hit->id == "a0.point.beta.7");
    CHECK(hit->section == "Sec. III.C");
    CHECK_FALSE(pick(s, cam, vp, glm::vec2(*at) + glm::vec2(0.0f, -60.0f), {}));
    CHECK_FALSE(pick(s, cam, vp, glm::vec2(*at), {"points"}));  // hidden layers are not picked
    CHECK(describe_id("a0.point.beta.7") == "a0 point β-7");
}

TEST_CASE("measure: distance and the angle at 0*, a third click clears", "[viewer]") {
    const Measurement r = measure({1, 0, 0}, {0, 2, 0});
    CHECK(r.distance == Approx(std::sqrt(5.0f)));
    CHECK(r.angle_at_origin_deg == Approx(90.0f));
    ViewerModel m;
    Pick p;
    click_measure(m, p);
    click_measure(m, p);
    CHECK(m.measure.size() == 2);
    click_measure(m, p);
    CHECK(m.measure.empty());
}

TEST_CASE("animation: Space plays from the start, steps wrap, still figures do not play", "[viewer]") {
    ViewerModel m;
    set_figure(m, "3b", 1.0f, false);
    REQUIRE(animation_steps(m) > 0);
    toggle_play(m);
    CHECK(m.animation.playing);
    CHECK(m.request.params.time == 0.0);
    CHECK(advance_animation(m, 1.0 / m.animation.steps_per_s));
    CHECK(m.request.params.time == 1.0);
    toggle_play(m);
    CHECK_FALSE(m.animation.playing);
    step_animation(m, -2);
    CHECK(m.request.params.time == animation_steps(m) - 1);
    set_figure(m, "7", 1.0f, false);
    toggle_play(m);
    CHECK_FALSE(m.animation.playing);
}

TEST_CASE("view state: save and load give back figure, parameters, camera, layers and time", "[viewer]") {
    const std::string dir = test::make_temp_dir();
    ViewerModel m;
    set_figure(m, "3b", 1.5f, false);
    m.request.params.time = 7.0;
    m.request.params.spacing = model::SpacingMode::equal_step;
    // The viewer keeps hidden layers across figures; the file lists those of
    // its figure (3b has points, not labels), so reading it warns about nothing.
    m.request.hidden_layers = {"points", "labels", "caption"};
    scene::Camera cam = m.camera.goal();
    cam.azimuth_deg = 33.0f;
    cam.projection = scene::Projection::orthographic;
    rebuild_scene(m);
    const std::string path = dir + "/view.json";
    save_view_state(path, m.request, m.scene, cam);
    std::vector<std::string> warnings;
    const app::RenderRequest back = load_view_state(path, [&](const std::string& w) { warnings.push_back(w); });
    CHECK(warnings.empty());
    CHECK(back.figure == "3b");
    CHECK(back.params.time == 7.0);
    CHECK(back.params.spacing == model::SpacingMode::equal_step);
    CHECK(back.params.torsion_deg == m.request.params.torsion_deg);
    CHECK(back.hidden_layers == std::vector<std::string>{"points", "caption"});
    REQUIRE(back.camera.exact);
    CHECK(back.camera.exact->azimuth_deg == 33.0f);
    CHECK(back.camera.exact->projection == scene::Projection::orthographic);
    CHECK(back.camera.exact->distance == cam.distance);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a bad state file is refused with file:line:column", "[viewer]") {
    const std::string dir = test::make_temp_dir();
    const std::string path = dir + "/bad.json";
    std::ofstream(path) << "{\n  \"figure\": \"7\",\n  oops\n}\n";
    CHECK_THROWS_WITH(load_view_state(path, ignore), Contains(path + ":3:"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("camera as clipboard text round-trips, junk is refused", "[viewer]") {
    scene::Camera c;
    c.target = {0.25f, -1.5f, 2.0f};
    c.azimuth_deg = 12.5f;
    c.elevation_deg = -30.0f;
    c.projection = scene::Projection::orthographic;
    std::string error;
    const auto back = camera_from_text(camera_to_text(c), &error);
    REQUIRE(back);
    CHECK(back->target == c.target);
    CHECK(back->azimuth_deg == c.azimuth_deg);
    CHECK(back->projection == c.projection);
    CHECK_FALSE(camera_from_text("hello", &error));
    CHECK_THAT(error, Contains("not JSON"));
    CHECK_FALSE(camera_from_text(R"({"camera":{"target":[0,0,0],"distance":-1,"azimuth":0,"elevation":0}})", &error));
}

TEST_CASE("settings persist in the config directory, a bad file gives defaults", "[viewer]") {
    const std::string dir = test::make_temp_dir();
    setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
    const auto path = settings_path();
    REQUIRE(path);
    CHECK(path->string() == dir + "/cagescope/viewer.json");
    Settings s;
    s.theme = Theme::presentation;
    s.ui_scale = 1.5f;
    s.window_width = 1024;
    save_settings(s, *path, ignore);
    const Settings back = load_settings(*path, ignore);
    CHECK(back.theme == Theme::presentation);
    CHECK(back.ui_scale == 1.5f);
    CHECK(back.window_width == 1024);
    std::ofstream(*path) << "{ not json";
    std::string warned;
    const Settings bad = load_settings(*path, [&](const std::string& w) { warned = w; });
    CHECK(bad.theme == Theme::dark);
    CHECK_THAT(warned, Contains("viewer.json"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("input scripts parse, errors say file:line:column", "[viewer]") {
    const auto events = parse_input_script("# comment\nkey 7\nkey S ctrl\nmove 10 20\nwait 5\nprint\n", "s.txt");
    REQUIRE(events.size() == 5);
    CHECK(events[0].key == GLFW_KEY_7);
    CHECK(events[1].mods == GLFW_MOD_CONTROL);
    CHECK(events[3].frames == 5);
    CHECK_THROWS_WITH(parse_input_script("key 7\n  key Nope\n", "s.txt"), Contains("s.txt:2:7: unknown key 'Nope'"));
    CHECK_THROWS_WITH(parse_input_script("jump\n", "s.txt"), Contains("s.txt:1:1: unknown command"));
    CHECK_THROWS_WITH(parse_input_script("move 1\n", "s.txt"), Contains("s.txt:1:1: expected: move|click X Y"));
    // The soak's: window size, figure, events a frame.
    const auto more = parse_input_script("resize 1 1\nresize 8192 8192\nfigure 10c\nburst 4\n", "s.txt");
    REQUIRE(more.size() == 4);
    CHECK(more[1].op == ScriptOp::resize);
    CHECK(more[1].x == 8192.0f);
    CHECK(more[2].figure == "10c");
    CHECK(more[3].frames == 4);
    CHECK_THROWS_WITH(parse_input_script("resize 0 10\n", "s.txt"), Contains("s.txt:1:8: a window side must be a whole number 1..16384"));
    CHECK_THROWS_WITH(parse_input_script("figure 12\n", "s.txt"), Contains("s.txt:1:8: no figure '12'; available: 1a"));
    CHECK_THROWS_WITH(parse_input_script("burst 0.5\n", "s.txt"), Contains("s.txt:1:7: events a frame must be"));
}

TEST_CASE("the key table: the shortcuts of the issue, no key bound twice", "[viewer]") {
    CHECK(action_for_key(GLFW_KEY_7, 0) == Action::view_top);
    CHECK(action_for_key(GLFW_KEY_1, 0) == Action::view_front);
    CHECK(action_for_key(GLFW_KEY_5, 0) == Action::toggle_projection);
    CHECK(action_for_key(GLFW_KEY_SPACE, 0) == Action::toggle_play);
    CHECK(action_for_key(GLFW_KEY_PAGE_DOWN, 0) == Action::tour_next);
    CHECK(action_for_key(GLFW_KEY_RIGHT, 0) == Action::tour_next);
    CHECK(action_for_key(GLFW_KEY_F12, 0) == Action::screenshot);
    CHECK(action_for_key(GLFW_KEY_S, GLFW_MOD_CONTROL) == Action::screenshot);
    CHECK(action_for_key(GLFW_KEY_C, GLFW_MOD_CONTROL) == Action::copy_camera);
    CHECK(action_for_key(GLFW_KEY_F11, 0) == Action::toggle_fullscreen);
    CHECK(action_for_key(GLFW_KEY_H, 0) == Action::toggle_panels);
    CHECK(action_for_key(GLFW_KEY_EQUAL, GLFW_MOD_CONTROL) == Action::ui_bigger);
    CHECK(action_for_key(GLFW_KEY_P, 0) == Action::toggle_pointer);
    CHECK(action_for_key(GLFW_KEY_L, 0) == Action::next_spotlight);
    CHECK(action_for_key(GLFW_KEY_L, GLFW_MOD_SHIFT) == Action::spotlight_off);
    CHECK(action_for_key(GLFW_KEY_B, 0) == Action::toggle_blank);
    const auto all = key_bindings();
    for (std::size_t i = 0; i < all.size(); ++i)
        for (std::size_t j = i + 1; j < all.size(); ++j)
            CHECK_FALSE((all[i].key == all[j].key && all[i].mods == all[j].mods));
}

TEST_CASE("large scenes move without multisampling and settle at full quality", "[viewer]") {
    figures::FigureParams params = figures::default_params();
    params.region_k = 8;
    const scene::Scene glass = figures::build_figure(*figures::find_figure("glass"), params);
    const scene::Scene fig7 = figures::build_figure(*figures::find_figure("7"), figures::default_params());
    CHECK(draw_as_preview(glass.primitives.size(), true));
    CHECK_FALSE(draw_as_preview(glass.primitives.size(), false));
    CHECK_FALSE(draw_as_preview(fig7.primitives.size(), true));  // the paper's figures always draw at full quality
}

TEST_CASE("captions wrap at spaces only, never inside a number", "[viewer]") {
    // One unit of width per byte, as a monospace font would measure.
    const auto measure = [](std::string_view s) { return static_cast<float>(s.size()); };
    const std::string caption = "jumps d_L* = 0.10464892 per step (Eq. 7), round the loop";
    const std::string wrapped = wrap_at_spaces(caption, 20.0f, measure);
    CHECK(wrapped == "jumps d_L* =\n0.10464892 per step\n(Eq. 7), round the\nloop");
    // Every line fits, and the words are those of the caption.
    std::istringstream lines(wrapped);
    std::string joined;
    for (std::string line; std::getline(lines, line);) {
        CHECK(line.size() <= 20);
        joined += (joined.empty() ? "" : " ") + line;
    }
    CHECK(joined == caption);
    // A word wider than the line stands alone; newlines and paragraphs are kept.
    CHECK(wrap_at_spaces("a 0.123456789012 b", 5.0f, measure) == "a\n0.123456789012\nb");
    // Column gaps (runs of spaces) stay inside a line and go at a break.
    CHECK(wrap_at_spaces("one\n\ntwo   three", 80.0f, measure) == "one\n\ntwo   three");
    CHECK(wrap_at_spaces("a = 1.1046   V = 1.3479", 12.0f, measure) == "a = 1.1046\nV = 1.3479");
    CHECK(wrap_at_spaces("", 10.0f, measure).empty());
}

TEST_CASE("spotlight: the chosen layer keeps its colours, the others fade toward the background", "[viewer]") {
    ViewerModel m;
    set_figure(m, "3b", 1.6f, false);
    const scene::Color white(1.0f, 1.0f, 1.0f, 1.0f);
    const scene::Scene lit = spotlit(m.scene, "points", white);
    REQUIRE(lit.primitives.size() == m.scene.primitives.size());
    const auto colour = [](const scene::Primitive& p) { return std::visit([](const auto& s) { return s.color; }, p.shape); };
    int faded = 0;
    for (std::size_t i = 0; i < lit.primitives.size(); ++i) {
        const scene::Color a = colour(m.scene.primitives[i]), b = colour(lit.primitives[i]);
        if (m.scene.primitives[i].layer == "points") {
            CHECK(a == b);
        } else if (a.r < 0.9f || a.g < 0.9f || a.b < 0.9f) {
            CHECK(b.r + b.g + b.b > a.r + a.g + a.b);  // nearer white
            CHECK(b.a == a.a);
            ++faded;
        }
    }
    CHECK(faded > 0);
    // L walks the shown layers in order, then off; hidden layers are skipped.
    const auto layers = m.scene.layers();
    REQUIRE(layers.size() >= 3);
    CHECK(next_spotlight(m.scene, "", {}) == layers[0]);
    CHECK(next_spotlight(m.scene, layers[0], {}) == layers[1]);
    CHECK(next_spotlight(m.scene, layers[0], {layers[1]}) == layers[2]);
    CHECK(next_spotlight(m.scene, layers.back(), {}) == "");
}
