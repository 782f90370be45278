// Analytic edges (render::Edges::analytic): a single-sampled frame smooths
// the edges of polygons, arrow heads and spheres by their coverage, as well
// as 4x MSAA does against the same drawing supersampled 4x4.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

#include "image/image_quality.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "render_test_util.h"
#include "scene/camera.h"

namespace {

using namespace cagescope;

constexpr int kW = 240;
constexpr int kH = 180;

scene::Primitive prim(std::string id, scene::Shape shape) { return {std::move(id), "shapes", "", std::move(shape)}; }

scene::Arrow arrow(glm::vec3 tail, glm::vec3 tip, float head_length, float head_radius) {
    scene::Arrow a;
    a.tail = tail;
    a.tip = tip;
    a.head_length = head_length;
    a.head_radius = head_radius;
    a.color = {0.1f, 0.3f, 0.6f, 1.0f};
    return a;
}

// A tilted square, a sphere partly in front of it, an arrow lying across
// the view (its head seen from the side: the base disc edge on) and one
// seen from behind its tip.
scene::Scene shapes() {
    scene::Scene s;
    scene::Polygon square;
    square.points = {{-1.0f, -0.9f, 0.0f}, {0.6f, -1.1f, 0.1f}, {0.8f, 0.5f, 0.0f}, {-0.9f, 0.7f, -0.1f}};
    square.color = {0.95f, 0.75f, 0.2f, 1.0f};
    s.primitives.push_back(prim("square", square));
    s.primitives.push_back(prim("ball", scene::Sphere{{0.7f, 0.6f, 0.3f}, 0.35f, {0.2f, 0.4f, 0.8f, 1.0f}}));
    s.primitives.push_back(prim("arrow", arrow({-1.2f, 1.0f, 0.2f}, {0.2f, 1.25f, 0.2f}, 0.45f, 0.18f)));
    s.primitives.push_back(prim("toward the eye", arrow({-0.5f, -0.3f, 0.3f}, {-0.5f, -0.3f, 1.0f}, 0.45f, 0.18f)));
    return s;
}

render::OffscreenOptions options(int msaa, int ssaa = 1) {
    render::OffscreenOptions o;
    o.width = kW;
    o.height = kH;
    o.msaa = msaa;
    o.ssaa = ssaa;
    return o;
}

// Pixels neither background nor within 8 of the darkest and lightest shape
// colours: what smooth edges add.
int blended_pixels(const render::Image& image) {
    int n = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const auto p = render::test::pixel(image, x, y);
            const int lo = std::min({p[0], p[1], p[2]});
            if (lo < 247 && lo > 60 && p[2] > 60) ++n;
        }
    return n;
}

}  // namespace

TEST_CASE("single-sampled exports smooth polygon, arrow head and sphere edges as well as 4x MSAA", "[gl]") {
    render::test::context();
    render::Renderer r;
    const scene::Scene s = shapes();
    r.set_scene(s);
    for (const auto projection : {scene::Projection::perspective, scene::Projection::orthographic}) {
        const scene::Camera cam =
            scene::fit_camera(scene::ViewPreset::top, projection, s.bounds(), static_cast<float>(kW) / kH);
        const render::Image reference = render::render_offscreen(r, cam, options(4, 4));
        const render::Image analytic = render::render_offscreen(r, cam, options(1));
        CHECK(r.last_stats().edges == render::Edges::analytic);
        const render::Image msaa = render::render_offscreen(r, cam, options(4));
        CHECK(r.last_stats().edges == render::Edges::multisample);
        const image::Quality a = image::compare_rgba(kW, kH, analytic.rgba, reference.rgba);
        const image::Quality m = image::compare_rgba(kW, kH, msaa.rgba, reference.rgba);
        INFO((projection == scene::Projection::perspective ? "perspective" : "orthographic")
             << ": analytic " << a.psnr_db << " dB, e99 " << a.edge_error_p99 << "; 4x MSAA " << m.psnr_db
             << " dB, e99 " << m.edge_error_p99 << "; " << a.edge_pixels << " edge pixels");
        REQUIRE(a.edge_pixels > 300);
        CHECK(a.psnr_db >= m.psnr_db);
        CHECK(a.edge_error_p99 <= m.edge_error_p99);
        // Aliased edges (the same frame without antialiasing) are far worse:
        // the comparison can tell.
        render::FrameOptions f;
        f.width = kW;
        f.height = kH;
        f.antialias = false;
        const render::Image aliased = render::test::render_frame(r, cam, f, 1, 1);
        CHECK(r.last_stats().edges == render::Edges::aliased);
        const image::Quality n = image::compare_rgba(kW, kH, aliased.rgba, reference.rgba);
        CHECK(n.psnr_db < a.psnr_db - 3.0);
        CHECK(n.edge_error_p99 > a.edge_error_p99);
        CHECK(blended_pixels(analytic) > 2 * blended_pixels(aliased));
    }
}

TEST_CASE("an arrow head seen from the side has a smooth silhouette all round, its base edge included", "[gl]") {
    render::test::context();
    render::Renderer r;
    scene::Scene s;
    s.primitives.push_back(prim("arrow", arrow({-1.0f, 0.0f, 0.0f}, {1.0f, 0.0f, 0.0f}, 1.2f, 0.6f)));
    r.set_scene(s);
    const scene::Camera cam = scene::fit_camera(scene::ViewPreset::top, scene::Projection::orthographic, s.bounds(),
                                                static_cast<float>(kW) / kH);
    const render::Image img = render::render_offscreen(r, cam, options(1));
    // The base disc, edge on, is a vertical edge where the head starts: its
    // pixels along a row through the head step from shaft-less background
    // to the cone through a blended one, never straight.
    const glm::vec2 base = render::test::project(cam, kW, kH, {-0.2f, 0.45f, 0.0f});
    const int y = static_cast<int>(base.y);
    const int x0 = static_cast<int>(base.x);
    int blended = 0, background = 0, cone = 0;
    for (int x = x0 - 3; x <= x0 + 3; ++x) {
        const int red = render::test::pixel(img, x, y)[0];  // the cone's red is under 60 however lit
        (red >= 250 ? background : red <= 60 ? cone : blended) += 1;
    }
    INFO("row " << y << " from x " << x0 - 3 << ": " << background << " background, " << blended << " blended, "
                << cone << " cone");
    CHECK(background >= 1);
    CHECK(cone >= 1);
    CHECK(blended >= 1);
}
