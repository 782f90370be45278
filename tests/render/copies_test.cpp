// Level of detail for a scene's repeat (renderer_copies.cpp): copies a few
// pixels across are drawn as one picture each. The hint must change nothing
// at full quality, and the pictures must put about the same ink in the same
// places as the copies drawn whole.
#include <catch2/catch.hpp>

#include <cmath>
#include <glm/geometric.hpp>
#include <string>
#include <vector>

#include "render/renderer.h"
#include "render_test_util.h"
#include "scene/camera.h"

namespace {

using namespace cagescope;
using render::test::project;

constexpr int kW = 240;
constexpr int kH = 160;

scene::Primitive prim(std::string layer, scene::Shape shape) { return {"p", std::move(layer), "", std::move(shape)}; }

// A 12 x 8 grid of copies of a small wire cube with a dot at its centre and
// two on its top face, inside bounds of [-6, 6] x [-4, 4] (two empty labels).
// `size` is the cube's side in world units.
scene::Scene cubes(float size, bool declared) {
    scene::Scene s;
    s.primitives.push_back(prim("frame", scene::Label{{-6.0f, -4.0f, 0.0f}, "", {0, 0, 0, 1}}));
    s.primitives.push_back(prim("frame", scene::Label{{6.0f, 4.0f, 0.0f}, "", {0, 0, 0, 1}}));
    const std::size_t first = s.primitives.size();
    const float h = 0.5f * size;
    for (int j = 0; j < 8; ++j)
        for (int i = 0; i < 12; ++i) {
            const glm::vec3 c(-5.5f + static_cast<float>(i), -3.5f + static_cast<float>(j), 0.0f);
            const auto corner = [&](int n) {
                return c + glm::vec3((n & 1) ? h : -h, (n & 2) ? h : -h, (n & 4) ? h : -h);
            };
            const scene::Color grey{0.3f, 0.3f, 0.3f, 1.0f};
            s.primitives.push_back(prim("cages", scene::Polyline{{corner(0), corner(1), corner(3), corner(2)}, grey, 1.0f, true}));
            s.primitives.push_back(prim("cages", scene::Polyline{{corner(4), corner(5), corner(7), corner(6)}, grey, 1.0f, true}));
            for (int u = 0; u < 4; ++u)
                s.primitives.push_back(prim("cages", scene::Polyline{{corner(u), corner(u + 4)}, grey, 1.0f}));
            s.primitives.push_back(prim("dots", scene::Sphere{c, 0.12f * size, {0.8f, 0.1f, 0.1f, 1}}));
            s.primitives.push_back(prim("dots", scene::Sphere{c + glm::vec3(0.2f * size, 0, h), 0.08f * size, {0.1f, 0.2f, 0.8f, 1}}));
            s.primitives.push_back(prim("dots", scene::Sphere{c + glm::vec3(-0.2f * size, 0, h), 0.08f * size, {0.1f, 0.2f, 0.8f, 1}}));
        }
    if (declared) s.repeat = scene::Repeat{first, 9, 96};
    return s;
}

scene::Camera view_of(const scene::Scene& s, scene::Projection projection) {
    return scene::fit_camera(scene::ViewPreset::iso, projection, s.bounds(), static_cast<float>(kW) / kH);
}

render::FrameOptions frame(bool level_of_detail) {
    render::FrameOptions f;
    f.width = kW;
    f.height = kH;
    f.antialias = false;  // as the viewer draws a moving large scene
    f.level_of_detail = level_of_detail;
    return f;
}

// Darkness summed over the image (0 for white, 1 per black pixel), and its centroid.
struct Ink {
    double total = 0.0;
    glm::dvec2 centroid{0.0};
};
Ink ink(const render::Image& image) {
    Ink out;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const double d = (255.0 - render::test::pixel(image, x, y)[1]) / 255.0;
            out.total += d;
            out.centroid += d * glm::dvec2(x, y);
        }
    if (out.total > 0.0) out.centroid /= out.total;
    return out;
}

int differing_pixels(const render::Image& a, const render::Image& b) {
    if (a.width != b.width || a.height != b.height) return -1;
    int n = 0;
    for (std::size_t i = 0; i < a.rgba.size(); i += 4)
        n += a.rgba[i] != b.rgba[i] || a.rgba[i + 1] != b.rgba[i + 1] || a.rgba[i + 2] != b.rgba[i + 2];
    return n;
}

}  // namespace

TEST_CASE("a declared repeat draws exactly as the same scene without it, unless level of detail is asked for", "[gl]") {
    render::test::context();
    render::Renderer renderer;
    const scene::Scene plain = cubes(0.3f, false);
    const scene::Camera camera = view_of(plain, scene::Projection::perspective);
    renderer.set_scene(plain);
    const render::Image expected = render::test::render_frame(renderer, camera, frame(false));
    renderer.set_scene(cubes(0.3f, true));
    const render::Image declared = render::test::render_frame(renderer, camera, frame(false));
    CHECK(renderer.last_stats().pictured_copies == 0);
    CHECK(differing_pixels(declared, expected) == 0);
    // Antialiased too: with 4x MSAA, and single-sampled with analytic edges
    // as exports and the viewer draw.
    render::FrameOptions smooth = frame(false);
    smooth.antialias = true;
    for (const int samples : {4, 1}) {
        INFO(samples << " samples");
        renderer.set_scene(cubes(0.3f, true));
        const render::Image declared_smooth = render::test::render_frame(renderer, camera, smooth, 1, samples);
        renderer.set_scene(plain);
        CHECK(differing_pixels(declared_smooth, render::test::render_frame(renderer, camera, smooth, 1, samples)) == 0);
    }
    CHECK(renderer.gl_error_count() == 0);
}

TEST_CASE("copies a few pixels across are pictures with the ink of the copies, in the same places", "[gl]") {
    render::test::context();
    render::Renderer renderer;
    const scene::Scene s = cubes(0.3f, true);
    renderer.set_scene(s);
    for (const auto projection : {scene::Projection::perspective, scene::Projection::orthographic}) {
        const scene::Camera camera = view_of(s, projection);
        const render::Image whole = render::test::render_frame(renderer, camera, frame(false));
        const render::Image pictures = render::test::render_frame(renderer, camera, frame(true));
        CHECK(renderer.last_stats().pictured_copies == 96);
        const Ink a = ink(whole);
        const Ink b = ink(pictures);
        INFO("ink whole " << a.total << " pictures " << b.total << "; centroids " << a.centroid.x << "," << a.centroid.y
                          << " and " << b.centroid.x << "," << b.centroid.y);
        CHECK(b.total == Approx(a.total).epsilon(0.1));  // -0.5 % in perspective, -4 % orthographic
        CHECK(glm::length(a.centroid - b.centroid) < 1.0);  // 0.8 and 0.2 pixels
        // Every copy is there, red centre dot included (not just grey).
        int found = 0;
        for (int j = 0; j < 8; ++j)
            for (int i = 0; i < 12; ++i) {
                const glm::vec2 p = project(camera, kW, kH, {-5.5f + static_cast<float>(i), -3.5f + static_cast<float>(j), 0.0f});
                bool dark = false;
                for (int dy = -2; dy <= 2; ++dy)
                    for (int dx = -2; dx <= 2; ++dx) {
                        const auto px = render::test::pixel(pictures, static_cast<int>(p.x) + dx, static_cast<int>(p.y) + dy);
                        dark = dark || px[1] < 200;
                    }
                found += dark;
            }
        CHECK(found == 96);
    }
    CHECK(renderer.gl_error_count() == 0);
}

TEST_CASE("copies drawn large, hovered or hidden are not pictures", "[gl]") {
    render::test::context();
    render::Renderer renderer;
    SECTION("close up every copy is drawn whole, exactly as without level of detail") {
        const scene::Scene s = cubes(0.3f, true);
        renderer.set_scene(s);
        scene::Camera camera = view_of(s, scene::Projection::perspective);
        camera.distance *= 0.15f;
        const render::Image whole = render::test::render_frame(renderer, camera, frame(false));
        const render::Image lod = render::test::render_frame(renderer, camera, frame(true));
        CHECK(renderer.last_stats().pictured_copies == 0);
        CHECK(differing_pixels(lod, whole) == 0);
    }
    SECTION("the copy holding the hovered primitive is drawn whole") {
        const scene::Scene s = cubes(0.3f, true);
        renderer.set_scene(s);
        render::FrameOptions f = frame(true);
        f.highlighted = 2 + 9 * 5 + 6;  // copy 5's centre dot
        render::test::render_frame(renderer, view_of(s, scene::Projection::perspective), f);
        CHECK(renderer.last_stats().pictured_copies == 95);
    }
    SECTION("hidden layers are left out of the picture") {
        const scene::Scene s = cubes(0.3f, true);
        renderer.set_scene(s);
        const scene::Camera camera = view_of(s, scene::Projection::perspective);
        render::FrameOptions f = frame(true);
        const double all = ink(render::test::render_frame(renderer, camera, f)).total;
        f.hidden_layers = {"cages"};
        const double dots = ink(render::test::render_frame(renderer, camera, f)).total;
        f.hidden_layers = {"cages", "dots"};
        const double none = ink(render::test::render_frame(renderer, camera, f)).total;
        INFO("ink: all " << all << ", dots " << dots << ", none " << none);
        CHECK(dots < 0.7 * all);
        CHECK(dots > 0.0);
        CHECK(none == 0.0);
    }
    SECTION("a declaration that does not hold is ignored") {
        scene::Scene s = cubes(0.3f, true);
        std::get<scene::Sphere>(s.primitives[2 + 9 * 7 + 6].shape).radius *= 2.0f;
        renderer.set_scene(s);
        render::test::render_frame(renderer, view_of(s, scene::Projection::perspective), frame(true));
        CHECK(renderer.last_stats().pictured_copies == 0);
    }
    CHECK(renderer.gl_error_count() == 0);
}
