#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include "projection.h"
#include "scene/camera.h"

using namespace cagescope;

namespace {
scene::Bounds box(glm::vec3 lo, glm::vec3 hi) {
    scene::Bounds b;
    b.include(lo);
    b.include(hi);
    return b;
}
}  // namespace

TEST_CASE("top view looks down -z with +x right and +y up on screen") {
    const auto cam = scene::fit_camera(scene::ViewPreset::top, scene::Projection::orthographic,
                                       box({-1, -1, -1}, {1, 1, 1}), 1.0f);
    CHECK(cam.forward().z == Approx(-1.0f));
    CHECK(cam.right().x == Approx(1.0f));
    CHECK(cam.up().y == Approx(1.0f));
    const glm::vec2 px = test::project_to_pixel(cam, {1, 0, 0}, 100, 100);
    const glm::vec2 py = test::project_to_pixel(cam, {0, 1, 0}, 100, 100);
    CHECK(px.x > 50.0f);  // +x to the right of centre
    CHECK(py.y < 50.0f);  // +y above centre (pixel rows go down)
}

TEST_CASE("front and side views keep z up") {
    for (auto preset : {scene::ViewPreset::front, scene::ViewPreset::side, scene::ViewPreset::iso}) {
        const auto cam = scene::fit_camera(preset, scene::Projection::perspective, box({-1, -1, -1}, {1, 1, 1}), 1.5f);
        CHECK(glm::dot(cam.up(), glm::vec3(0, 0, 1)) > 0.8f);
    }
    const auto front = scene::fit_camera(scene::ViewPreset::front, scene::Projection::perspective,
                                         box({-1, -1, -1}, {1, 1, 1}), 1.0f);
    CHECK(front.forward().y == Approx(1.0f));  // from -y looking toward +y
}

TEST_CASE("fitted cameras keep every corner of the bounds inside the frame") {
    const auto preset = GENERATE(scene::ViewPreset::iso, scene::ViewPreset::top, scene::ViewPreset::front,
                                 scene::ViewPreset::side);
    const auto projection = GENERATE(scene::Projection::perspective, scene::Projection::orthographic);
    const auto aspect = GENERATE(0.5f, 1.0f, 16.0f / 9.0f);
    const auto b = box({-0.3f, -2.0f, 0.1f}, {1.7f, 0.5f, 0.4f});
    const auto cam = scene::fit_camera(preset, projection, b, aspect);
    const int w = static_cast<int>(200 * aspect), h = 200;
    float min_margin = 1e9f;
    for (int i = 0; i < 8; ++i) {
        const glm::vec3 c{(i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y, (i & 4) ? b.max.z : b.min.z};
        const glm::vec2 p = test::project_to_pixel(cam, c, w, h);
        CHECK(p.x >= 0.0f);
        CHECK(p.x <= static_cast<float>(w));
        CHECK(p.y >= 0.0f);
        CHECK(p.y <= static_cast<float>(h));
        min_margin = std::min({min_margin, p.x, p.y, static_cast<float>(w) - p.x, static_cast<float>(h) - p.y});
    }
    // ... and the fit is tight: the bounds reach close to one edge.
    CHECK(min_margin < 0.15f * static_cast<float>(h));
}

TEST_CASE("orthographic shows the same size at the target as perspective") {
    scene::Camera cam;
    cam.distance = 3.0f;
    const glm::vec2 p = test::project_to_pixel(cam, cam.target + cam.up() * 0.5f, 100, 100);
    cam.projection = scene::Projection::orthographic;
    const glm::vec2 o = test::project_to_pixel(cam, cam.target + cam.up() * 0.5f, 100, 100);
    CHECK(p.y == Approx(o.y).margin(0.01));
}

TEST_CASE("preset and projection names round-trip and reject unknown names") {
    for (auto preset : {scene::ViewPreset::iso, scene::ViewPreset::top, scene::ViewPreset::front, scene::ViewPreset::side})
        CHECK(scene::view_preset_from_string(scene::to_string(preset)) == preset);
    CHECK_FALSE(scene::view_preset_from_string("diagonal"));
    CHECK(scene::projection_from_string("ortho") == scene::Projection::orthographic);
    CHECK_FALSE(scene::projection_from_string("fisheye"));
}
