// Blocks of spheres and segments (renderer_impl.h): off-screen blocks are
// skipped and spheres under half a pixel are drawn as one-pixel specks. The
// picture must not change: what crosses the view is drawn, and a sphere
// keeps about the same ink on either side of the speck threshold.
#include <catch2/catch.hpp>

#include <algorithm>
#include <glm/geometric.hpp>
#include <string>
#include <vector>

#include "render/renderer.h"
#include "render_test_util.h"
#include "scene/camera.h"

namespace {

using namespace cagescope;
using render::test::pixel;
using render::test::project;

constexpr int kW = 200;
constexpr int kH = 150;

scene::Primitive prim(std::string id, scene::Shape shape) { return {std::move(id), "things", "", std::move(shape)}; }

// Bounds of [-2, 2]^2 (two empty labels), so the camera is the same
// whatever else a scene holds.
scene::Scene framed() {
    scene::Scene s;
    s.primitives.push_back(prim("lo", scene::Label{{-2.0f, -2.0f, 0.0f}, "", {0, 0, 0, 1}}));
    s.primitives.push_back(prim("hi", scene::Label{{2.0f, 2.0f, 0.0f}, "", {0, 0, 0, 1}}));
    return s;
}

scene::Camera top_ortho(const scene::Scene& s) {
    return scene::fit_camera(scene::ViewPreset::top, scene::Projection::orthographic, s.bounds(),
                             static_cast<float>(kW) / kH);
}

render::FrameOptions frame() {
    render::FrameOptions f;
    f.width = kW;
    f.height = kH;
    return f;
}

// Darkness summed over the image: 0 for white, 1 per black pixel.
double ink(const render::Image& image) {
    double sum = 0.0;
    for (std::size_t i = 0; i < image.rgba.size(); i += 4) sum += (255.0 - image.rgba[i + 1]) / 255.0;
    return sum;
}

// A 10 x 10 grid of black spheres of the given radius in pixels, inside the frame.
struct SpeckRender {
    double ink_per_sphere = 0.0;
    int specks = 0;
};
SpeckRender render_grid(render::Renderer& renderer, float radius_px) {
    scene::Scene s = framed();
    const scene::Camera camera = top_ortho(s);
    // Pixels per world unit along x, from the camera itself.
    const float ppu = glm::length(project(camera, kW, kH, {1, 0, 0}) - project(camera, kW, kH, {0, 0, 0}));
    for (float x = -1.5f; x < 1.6f; x += 0.33f)
        for (float y = -1.5f; y < 1.6f; y += 0.33f)
            s.primitives.push_back(prim("s", scene::Sphere{{x, y, 0.0f}, radius_px / ppu, {0, 0, 0, 1}}));
    renderer.set_scene(s);
    const render::Image image = render::test::render_frame(renderer, camera, frame());
    return {ink(image) / 100.0, renderer.last_stats().sphere_specks};
}

}  // namespace

TEST_CASE("spheres under half a pixel are specks with the ink of the impostor", "[gl]") {
    render::test::context();
    render::Renderer renderer;
    const SpeckRender below = render_grid(renderer, 0.49f);
    const SpeckRender above = render_grid(renderer, 0.51f);
    const SpeckRender tiny = render_grid(renderer, 0.1f);
    INFO("ink per sphere: r = 0.49 px " << below.ink_per_sphere << ", 0.51 px " << above.ink_per_sphere << ", 0.1 px "
                                        << tiny.ink_per_sphere);
    CHECK(below.specks == 100);
    CHECK(above.specks == 0);
    CHECK(tiny.specks == 100);
    // A growing sphere never loses ink at the switch, and gains less than
    // double: the impostor's antialiased fringe (a +1/2 pixel bias, coverage
    // rounded to samples) gives a 0.51-pixel sphere about 1.6 pixels of ink,
    // a speck at most 1 (the true area is 0.8).
    CHECK(below.ink_per_sphere <= above.ink_per_sphere);
    CHECK(below.ink_per_sphere > 0.5 * above.ink_per_sphere);
    CHECK(below.ink_per_sphere > 0.9);
    // pi/3 (r + 1/2)^3 = 0.23 pixels at r = 0.1, within a sample either way.
    CHECK(tiny.ink_per_sphere > 0.23 - 0.25);
    CHECK(tiny.ink_per_sphere < 0.23 + 0.25);
    CHECK(tiny.ink_per_sphere > 0.05);
}

TEST_CASE("a segment with both ends far outside the view is still drawn across it", "[gl]") {
    render::test::context();
    render::Renderer renderer;
    scene::Scene s = framed();
    const scene::Camera camera = top_ortho(s);
    s.primitives.push_back(prim("long", scene::Polyline{{{-60, 0.5f, 0}, {60, 0.5f, 0}}, {0, 0, 0, 1}, 3.0f}));
    renderer.set_scene(s);
    const render::Image image = render::test::render_frame(renderer, camera, frame());
    const glm::vec2 left = project(camera, kW, kH, {-1.9f, 0.5f, 0.0f});
    const glm::vec2 right = project(camera, kW, kH, {1.9f, 0.5f, 0.0f});
    CHECK(pixel(image, left)[0] < 80);
    CHECK(pixel(image, right)[0] < 80);
}

TEST_CASE("blocks straddling the edge of the view keep every visible sphere", "[gl]") {
    render::test::context();
    render::Renderer renderer;
    scene::Scene s = framed();
    const scene::Camera camera = top_ortho(s);
    // 40 x 40 spheres over [-8, 8]^2 (7 blocks of 256): most are off-screen.
    std::vector<glm::vec3> centres;
    for (int i = 0; i < 40; ++i)
        for (int j = 0; j < 40; ++j)
            centres.push_back({-8.0f + 0.41f * static_cast<float>(i), -8.0f + 0.41f * static_cast<float>(j), 0.0f});
    for (const glm::vec3& c : centres) s.primitives.push_back(prim("g", scene::Sphere{c, 0.12f, {0.1f, 0.3f, 0.9f, 1}}));
    renderer.set_scene(s);
    const render::Image image = render::test::render_frame(renderer, camera, frame());
    int visible = 0, drawn = 0;
    for (const glm::vec3& c : centres) {
            const glm::vec2 p = project(camera, kW, kH, c);
            if (p.x < 0.0f || p.y < 0.0f || p.x >= kW || p.y >= kH) continue;
            ++visible;
            if (pixel(image, p)[0] < 120 && pixel(image, p)[2] > 120) ++drawn;
        }
    CHECK(visible > 50);
    CHECK(drawn == visible);
}

TEST_CASE("frames without multisampling draw the same shapes with hard edges", "[gl]") {
    render::test::context();
    render::Renderer renderer;
    scene::Scene s = framed();
    const scene::Camera camera = top_ortho(s);
    s.primitives.push_back(prim("ball", scene::Sphere{{-1, 0, 0}, 0.6f, {0.9f, 0.1f, 0.1f, 1}}));
    s.primitives.push_back(prim("line", scene::Polyline{{{0.5f, -1.5f, 0}, {1.5f, 1.5f, 0}}, {0, 0, 0, 1}, 2.0f}));
    for (float x = -1.5f; x < 1.6f; x += 0.5f)  // specks
        s.primitives.push_back(prim("speck", scene::Sphere{{x, -1.8f, 0.0f}, 0.001f, {0, 0, 0, 1}}));
    renderer.set_scene(s);
    render::FrameOptions f = frame();
    const render::Image smooth = render::test::render_frame(renderer, camera, f);
    f.antialias = false;
    const render::Image hard = render::test::render_frame(renderer, camera, f);
    int smooth_drawn = 0, hard_drawn = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) {
            smooth_drawn += pixel(smooth, x, y)[1] < 128;
            hard_drawn += pixel(hard, x, y)[1] < 128;
        }
    // Round the red ball, a pixel between ground and ball (green between
    // the ball's and white's) is a blended edge: only multisampling makes them.
    const auto edge_pixels = [&](const render::Image& image) {
        const glm::vec2 lo = project(camera, kW, kH, {-1.7f, -0.7f, 0.0f});
        const glm::vec2 hi = project(camera, kW, kH, {-0.3f, 0.7f, 0.0f});
        int n = 0;
        for (int y = static_cast<int>(std::min(lo.y, hi.y)); y < static_cast<int>(std::max(lo.y, hi.y)); ++y)
            for (int x = static_cast<int>(lo.x); x < static_cast<int>(hi.x); ++x) {
                const int g = pixel(image, x, y)[1];
                n += g > 110 && g < 245;  // the specular highlight reaches about 95
            }
        return n;
    };
    INFO("drawn: " << smooth_drawn << " smooth, " << hard_drawn << " hard; edge pixels " << edge_pixels(smooth)
                   << " smooth, " << edge_pixels(hard) << " hard");
    CHECK(hard_drawn == Approx(smooth_drawn).epsilon(0.05));
    CHECK(edge_pixels(smooth) > 20);
    CHECK(edge_pixels(hard) == 0);
    CHECK(pixel(hard, project(camera, kW, kH, {-1, 0, 0}))[0] > 200);
}
