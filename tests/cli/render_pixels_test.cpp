// Semantic pixel checks of real renders: what is drawn where the model says it
// is, read back from the same offscreen path `cagescope render` uses.
#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <variant>

#include "figures/figures.h"
#include "model/cage.h"
#include "model/constants.h"
#include "projection.h"
#include "render/gl_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"

using namespace cagescope;

namespace {
struct Frame {
    render::Image image;
    scene::Camera camera;
    std::array<int, 4> at(const glm::vec3& world) const {
        const auto p = test::project_to_pixel(camera, world, image.width, image.height);
        return at_pixel(static_cast<int>(p.x), static_cast<int>(p.y));
    }
    std::array<int, 4> at_pixel(int x, int y) const {
        const std::size_t i = (static_cast<std::size_t>(y) * image.width + x) * 4;
        return {image.rgba[i], image.rgba[i + 1], image.rgba[i + 2], image.rgba[i + 3]};
    }
};

Frame render_fig3b(scene::ViewPreset view, scene::Projection projection, bool transparent, int w = 320, int h = 240) {
    static const auto context = render::create_headless_context();
    static render::Renderer renderer;
    auto params = figures::default_params();
    params.time = 0.0;  // PCP on corner 9, so corner 10 shows its own colour
    const auto scene = figures::build_figure(*figures::find_figure("3b"), params);
    const auto camera = scene::fit_camera(view, projection, scene.bounds(), static_cast<float>(w) / static_cast<float>(h));
    renderer.set_scene(scene);
    render::OffscreenOptions o;
    o.width = w;
    o.height = h;
    o.transparent = transparent;
    Frame f{render::render_offscreen(renderer, camera, o), camera};
    CHECK(renderer.gl_error_count() == 0);
    return f;
}

bool is_white(const std::array<int, 4>& c) { return c[0] > 245 && c[1] > 245 && c[2] > 245; }
bool is_dark(const std::array<int, 4>& c) { return c[0] < 110 && c[1] < 110 && c[2] < 110; }
}  // namespace

TEST_CASE("the pixel where corner 10 projects has corner 10's dark colour and the frame's corner is background") {
    const auto f = render_fig3b(scene::ViewPreset::iso, scene::Projection::perspective, false, 640, 480);
    // The loop's two diagonals end at the corner's centre; look beside them,
    // halfway to the rim of the corner's sphere, on the side away from both.
    const auto px = [&](int corner) {
        return test::project_to_pixel(f.camera, glm::vec3(model::cage_corner(corner)), f.image.width, f.image.height);
    };
    const glm::vec2 c = px(10);
    const glm::vec2 away = -glm::normalize(glm::normalize(px(9) - c) + glm::normalize(px(11) - c));
    const auto scene = figures::build_figure(*figures::find_figure("3b"), figures::default_params());
    const float radius = std::get<scene::Sphere>(scene.find("cage.corner.10")->shape).radius;
    const glm::vec2 rim = test::project_to_pixel(f.camera, glm::vec3(model::cage_corner(10)) + f.camera.up() * radius,
                                                 f.image.width, f.image.height);
    const glm::vec2 sample = c + away * (0.5f * glm::length(rim - c));
    const auto corner10 = f.at_pixel(static_cast<int>(sample.x), static_cast<int>(sample.y));
    INFO(corner10[0] << "," << corner10[1] << "," << corner10[2]);
    CHECK(is_dark(corner10));
    CHECK(is_white(f.at_pixel(2, 2)));
    CHECK(is_white(f.at_pixel(f.image.width - 3, f.image.height - 3)));
}

TEST_CASE("a transparent export has alpha 0 away from geometry and 255 on an opaque corner") {
    const auto f = render_fig3b(scene::ViewPreset::iso, scene::Projection::perspective, true);
    CHECK(f.at_pixel(2, 2)[3] == 0);
    CHECK(f.at(glm::vec3(model::cage_corner(10)))[3] == 255);
}

TEST_CASE("an orthographic top view of Fig. 3b shows the square outline where the cage's sides project") {
    const auto f = render_fig3b(scene::ViewPreset::top, scene::Projection::orthographic, false);
    const float h = static_cast<float>(model::cage_half_side());
    // On the outline: the middle of each side (the loop diagonals are seen edge-on there).
    for (const glm::vec3 side : {glm::vec3(h, 0.3f * h, 0), glm::vec3(-h, 0.3f * h, 0), glm::vec3(0.3f * h, h, 0),
                                 glm::vec3(0.3f * h, -h, 0)}) {
        INFO(side.x << "," << side.y);
        CHECK_FALSE(is_white(f.at(side)));
    }
    // Just inside and just outside the square, away from labels: background.
    for (const glm::vec3 empty : {glm::vec3(0.55f * h, 0.3f * h, 0), glm::vec3(-0.5f * h, -0.3f * h, 0),
                                  glm::vec3(1.2f * h, 0.5f * h, 0), glm::vec3(-0.5f * h, -1.2f * h, 0)}) {
        INFO(empty.x << "," << empty.y);
        CHECK(is_white(f.at(empty)));
    }
}

TEST_CASE("in a small render of Fig. 8c the pixel where the β H-PCP projects has the β colour") {
    static const auto context = render::create_headless_context();
    static render::Renderer renderer;
    const int w = 240, h = 180;
    const auto scene = figures::build_figure(*figures::find_figure("8c"), figures::default_params());
    const auto camera = scene::fit_camera(scene::ViewPreset::iso, scene::Projection::perspective, scene,
                                          static_cast<float>(w) / static_cast<float>(h));
    renderer.set_scene(scene);
    render::OffscreenOptions o;
    o.width = w;
    o.height = h;
    o.hidden_layers = {"labels"};  // the label beside the ball may cover part of it
    const Frame f{render::render_offscreen(renderer, camera, o), camera};
    CHECK(renderer.gl_error_count() == 0);
    const auto& ball = std::get<scene::Sphere>(scene.find("pcp.beta")->shape);
    const auto c = f.at(ball.center);
    INFO(c[0] << "," << c[1] << "," << c[2]);
    // The shaded ball's centre: β blue (0, 114, 178) within the lighting's range, blue above red and green.
    CHECK(c[2] > c[0] + 60);
    CHECK(c[2] > c[1] + 20);
    const auto alpha = f.at(std::get<scene::Sphere>(scene.find("pcp.alpha")->shape).center);
    INFO(alpha[0] << "," << alpha[1] << "," << alpha[2]);
    CHECK(alpha[0] > alpha[2] + 60);  // α vermillion (213, 94, 0)
}
