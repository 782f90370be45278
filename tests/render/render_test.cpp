// Semantic pixel checks at small sizes: where the camera projects a
// primitive, its colour; background elsewhere. Thresholds are stated where
// used: lighting scales a sphere's colour by about 0.9 at its centre.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "render/gl_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "render_test_util.h"
#include "scene/camera.h"

namespace {

using namespace cagescope;
using render::test::count_different;
using render::test::pixel;
using render::test::project;

constexpr int kW = 160;
constexpr int kH = 120;
const std::array<int, 3> kWhite{255, 255, 255};

scene::Primitive prim(std::string id, std::string layer, scene::Shape shape) {
    return {std::move(id), std::move(layer), "", std::move(shape)};
}

scene::Camera fitted(const scene::Scene& s, scene::ViewPreset preset,
                     scene::Projection projection = scene::Projection::perspective) {
    return scene::fit_camera(preset, projection, s.bounds(), static_cast<float>(kW) / kH);
}

render::OffscreenOptions small(bool transparent = false) {
    render::OffscreenOptions o;
    o.width = kW;
    o.height = kH;
    o.transparent = transparent;
    return o;
}

scene::Scene one_sphere(scene::Color color = {0.9f, 0.1f, 0.1f, 1.0f}) {
    scene::Scene s;
    s.primitives.push_back(prim("ball", "points", scene::Sphere{{0, 0, 0}, 0.5f, color}));
    // Bounds wider than the sphere so the corners are background.
    s.primitives.push_back(prim("corner", "frame", scene::Label{{1.5f, 1.5f, 1.0f}, "", {0, 0, 0, 1}}));
    s.primitives.push_back(prim("corner2", "frame", scene::Label{{-1.5f, -1.5f, -1.0f}, "", {0, 0, 0, 1}}));
    return s;
}

}  // namespace

TEST_CASE("headless context is desktop OpenGL 3.3 core or newer", "[gl]") {
    const render::GlInfo info = render::test::context().info();
    INFO(info.version << " / " << info.renderer);
    CHECK(info.major * 10 + info.minor >= 33);
    CHECK(info.core_profile);
}

TEST_CASE("a sphere shows its colour where it projects and background at the corners", "[gl]") {
    render::test::context();
    render::Renderer r;
    const scene::Scene s = one_sphere();
    r.set_scene(s);
    for (auto projection : {scene::Projection::perspective, scene::Projection::orthographic}) {
        const scene::Camera cam = fitted(s, scene::ViewPreset::iso, projection);
        const render::Image img = render::render_offscreen(r, cam, small());
        const auto c = pixel(img, project(cam, kW, kH, {0, 0, 0}));
        INFO("centre " << c[0] << " " << c[1] << " " << c[2]);
        // Lit red: red channel well above the others (diffuse ~0.9 at the centre).
        CHECK(c[0] > 170);
        CHECK(c[1] < 70);
        CHECK(c[2] < 70);
        for (auto [x, y] : {std::pair{0, 0}, {kW - 1, 0}, {0, kH - 1}, {kW - 1, kH - 1}}) {
            const auto p = pixel(img, x, y);
            CHECK(p == std::array<int, 4>{255, 255, 255, 255});
        }
        // Just outside the silhouette (radius 0.5 along screen right + 3 px) is background.
        const glm::vec2 centre = project(cam, kW, kH, {0, 0, 0});
        const glm::vec2 edge = project(cam, kW, kH, cam.right() * 0.5f);
        const glm::vec2 outside = centre + (edge - centre) * (1.0f + 3.0f / glm::length(edge - centre));
        CHECK(pixel(img, outside)[1] == 255);
    }
    CHECK(r.gl_error_count() == 0);
}

TEST_CASE("orthographic top view of a square polyline draws its edges where they project", "[gl]") {
    render::test::context();
    render::Renderer r;
    scene::Scene s;
    scene::Polyline square;
    square.points = {{-1, -1, 0}, {1, -1, 0}, {1, 1, 0}, {-1, 1, 0}};
    square.closed = true;
    square.width_px = 3.0f;
    square.color = {0.0f, 0.0f, 0.0f, 1.0f};
    s.primitives.push_back(prim("square", "outline", square));
    r.set_scene(s);
    const scene::Camera cam = fitted(s, scene::ViewPreset::top, scene::Projection::orthographic);
    const render::Image img = render::render_offscreen(r, cam, small());
    // Corners and edge midpoints are dark (3 px black line, centred there).
    for (glm::vec3 p : {glm::vec3(-1, -1, 0), glm::vec3(1, -1, 0), glm::vec3(1, 1, 0), glm::vec3(-1, 1, 0),
                        glm::vec3(0, -1, 0), glm::vec3(1, 0, 0), glm::vec3(0, 1, 0), glm::vec3(-1, 0, 0)}) {
        const auto c = pixel(img, project(cam, kW, kH, p));
        INFO("point " << p.x << "," << p.y << " -> " << c[0]);
        CHECK(c[0] < 90);
    }
    // Inside, well away from the edges: background.
    const glm::vec2 a = project(cam, kW, kH, {-0.8f, 0.8f, 0});
    const glm::vec2 b = project(cam, kW, kH, {0.8f, -0.8f, 0});
    CHECK(count_different(img, static_cast<int>(a.x), static_cast<int>(a.y), static_cast<int>(b.x),
                          static_cast<int>(b.y), kWhite, 0) == 0);
    // Top view keeps +y up on screen: the y = +1 edge is above the centre.
    CHECK(project(cam, kW, kH, {0, 1, 0}).y < project(cam, kW, kH, {0, 0, 0}).y);
    CHECK(r.gl_error_count() == 0);
}

TEST_CASE("transparent export has alpha 0 off geometry, 255 on an opaque sphere, no dark fringe", "[gl]") {
    render::test::context();
    render::Renderer r;
    const scene::Scene s = one_sphere();
    r.set_scene(s);
    const scene::Camera cam = fitted(s, scene::ViewPreset::iso);
    render::OffscreenOptions o = small(true);
    o.ssaa = 2;
    const render::Image img = render::render_offscreen(r, cam, o);
    CHECK(pixel(img, 0, 0)[3] == 0);
    CHECK(pixel(img, kW - 1, kH - 1)[3] == 0);
    const auto c = pixel(img, project(cam, kW, kH, {0, 0, 0}));
    CHECK(c[3] == 255);
    CHECK(c[0] > 170);
    // Partly covered silhouette pixels keep the sphere's hue (red dominates).
    int edge_pixels = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) {
            const auto p = pixel(img, x, y);
            // Below alpha 32 the 8-bit premultiplied colour has too few steps to carry a hue.
            if (p[3] >= 32 && p[3] < 255) {
                ++edge_pixels;
                INFO("edge pixel " << x << "," << y << ": " << p[0] << " " << p[1] << " " << p[2] << " a" << p[3]);
                CHECK(p[0] > 3 * p[1]);
            }
        }
    CHECK(edge_pixels > 10);
}

TEST_CASE("transparent export of a flat polygon: straight alpha without fringes", "[gl]") {
    render::test::context();
    render::Renderer r;
    scene::Scene s;
    scene::Polygon tri;
    tri.points = {{-1, 0, -0.8f}, {1, 0, -0.6f}, {0.1f, 0, 0.9f}};
    tri.color = {0.9f, 0.1f, 0.1f, 1.0f};
    s.primitives.push_back(prim("tri", "faces", tri));
    r.set_scene(s);
    const scene::Camera cam = fitted(s, scene::ViewPreset::front);
    for (int ssaa : {1, 3}) {
        render::OffscreenOptions o = small(true);
        o.ssaa = ssaa;
        const render::Image img = render::render_offscreen(r, cam, o);
        int partial = 0, full = 0, bad = 0;
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x) {
                const auto p = pixel(img, x, y);
                if (p[3] == 0) continue;
                (p[3] == 255 ? full : partial) += 1;
                // 8-bit premultiplied values (resolve and box filter may each
                // lose one step) scaled by 255/a when un-premultiplied: allow
                // 2 + 255/a per channel. A dark fringe would be off by ~100s.
                const int tol = 2 + 255 / p[3];
                if (std::abs(p[0] - 230) > tol || std::abs(p[1] - 26) > tol || std::abs(p[2] - 26) > tol) {
                    if (bad < 5) WARN("pixel " << x << "," << y << ": " << p[0] << " " << p[1] << " " << p[2] << " a" << p[3]);
                    ++bad;
                }
            }
        INFO("ssaa " << ssaa << ": " << full << " full, " << partial << " edge pixels");
        CHECK(full > 1000);
        CHECK(partial > 50);
        CHECK(bad == 0);
    }
}

TEST_CASE("a translucent sphere in front of an opaque one shows both colours", "[gl]") {
    render::test::context();
    render::Renderer r;
    scene::Scene s = one_sphere();
    const scene::Camera probe = fitted(s, scene::ViewPreset::iso);
    // Blue, half transparent, between the eye and the red sphere.
    const glm::vec3 front = -probe.forward() * 0.9f;
    s.primitives.push_back(prim("shell", "shells", scene::Sphere{front, 0.3f, {0.1f, 0.2f, 0.95f, 0.5f}}));
    r.set_scene(s);
    const scene::Camera cam = fitted(s, scene::ViewPreset::iso);
    const render::Image img = render::render_offscreen(r, cam, small());
    const auto c = pixel(img, project(cam, kW, kH, front));
    INFO("blend " << c[0] << " " << c[1] << " " << c[2]);
    CHECK(c[0] > 60);   // red seen through
    CHECK(c[2] > 60);   // blue in front
    CHECK(c[1] < 100);  // neither is green, and no white background shows
    CHECK(r.last_stats().translucent_items == 1);

    SECTION("hiding the opaque layer shows the background through the shell") {
        render::OffscreenOptions o = small();
        o.hidden_layers = {"points"};
        const render::Image hidden = render::render_offscreen(r, cam, o);
        const auto h = pixel(hidden, project(cam, kW, kH, front));
        CHECK(h[1] > 100);  // white background mixed in
        CHECK(h[0] < c[0] + 200);
    }
    CHECK(r.gl_error_count() == 0);
}

TEST_CASE("labels draw text near their anchor and stay inside the frame", "[gl]") {
    render::test::context();
    render::Renderer r;
    scene::Scene s;
    s.primitives.push_back(prim("a", "labels", scene::Label{{0, 0, 0}, "χ₀ σ*", {0, 0, 0, 1}, 16.0f}));
    s.primitives.push_back(prim("bounds1", "frame", scene::Label{{2, 2, 2}, "", {0, 0, 0, 1}}));
    s.primitives.push_back(prim("bounds2", "frame", scene::Label{{-2, -2, -2}, "", {0, 0, 0, 1}}));
    r.set_scene(s);
    const scene::Camera cam = fitted(s, scene::ViewPreset::front, scene::Projection::orthographic);
    const render::Image img = render::render_offscreen(r, cam, small());
    const glm::vec2 a = project(cam, kW, kH, {0, 0, 0});
    // Placement right: the text box starts ~6 px right of the anchor, 16 px tall.
    const int near = count_different(img, static_cast<int>(a.x), static_cast<int>(a.y) - 12,
                                     static_cast<int>(a.x) + 70, static_cast<int>(a.y) + 12, kWhite, 60);
    CHECK(near > 30);
    // And nothing far from it.
    CHECK(count_different(img, 0, 0, kW, static_cast<int>(a.y) - 14, kWhite, 60) == 0);

    SECTION("a label anchored at the right edge is shifted inside") {
        scene::Scene edge = s;
        // Anchored exactly on the right frame edge (placement right would put
        // the whole text outside).
        const float half_w = cam.ortho_half_height() * static_cast<float>(kW) / kH;
        std::get<scene::Label>(edge.primitives[0].shape).anchor = cam.target + cam.right() * half_w;
        r.set_scene(edge);
        const render::Image e = render::render_offscreen(r, cam, small());
        const int inside = count_different(e, kW - 70, 0, kW, kH, kWhite, 60);
        CHECK(inside > 30);
        // The outermost columns only hold the halo margin, no glyph pixels.
        CHECK(count_different(e, kW - 1, 0, kW, kH, kWhite, 60) == 0);
    }
    CHECK(r.gl_error_count() == 0);
}

TEST_CASE("labels whose anchor is hidden behind geometry are dimmed", "[gl]") {
    render::test::context();
    render::Renderer r;
    scene::Scene s = one_sphere();
    const scene::Camera cam = fitted(s, scene::ViewPreset::iso);
    // One label behind the sphere, one in front, one at the sphere's own centre.
    s.primitives.push_back(prim("behind", "labels", scene::Label{cam.forward() * 0.9f, "B", {0, 0, 0, 1}}));
    s.primitives.push_back(prim("front", "labels", scene::Label{-cam.forward() * 0.7f, "F", {0, 0, 0, 1}}));
    s.primitives.push_back(prim("own", "labels", scene::Label{{0, 0, 0}, "O", {0, 0, 0, 1}}));
    r.set_scene(s);
    (void)render::render_offscreen(r, cam, small());
    CHECK(r.last_stats().labels_drawn == 3);
    CHECK(r.last_stats().labels_occluded == 1);
}

TEST_CASE("highlighted primitives are drawn brighter and lines thicker", "[gl]") {
    render::test::context();
    render::Renderer r;
    scene::Scene s = one_sphere({0.2f, 0.2f, 0.6f, 1.0f});
    scene::Polyline line;
    line.points = {{-1.4f, 0, -0.8f}, {1.4f, 0, -0.8f}};
    line.color = {0, 0, 0, 1};
    s.primitives.push_back(prim("line", "lines", line));
    r.set_scene(s);
    const scene::Camera cam = fitted(s, scene::ViewPreset::front, scene::Projection::orthographic);
    render::FrameOptions f;
    f.width = kW;
    f.height = kH;
    const render::Image plain = render::test::render_frame(r, cam, f);
    f.highlighted = 0;  // "ball"
    const render::Image ball = render::test::render_frame(r, cam, f);
    f.highlighted = s.primitives.size() - 1;  // "line"
    const render::Image thick = render::test::render_frame(r, cam, f);
    const glm::vec2 c = project(cam, kW, kH, {0, 0, 0});
    CHECK(pixel(ball, c)[0] > pixel(plain, c)[0] + 40);  // mixed 45% toward white
    const glm::vec2 l = project(cam, kW, kH, {0, 0, -0.8f});
    const auto dark_rows = [&](const render::Image& img) {
        return count_different(img, static_cast<int>(l.x), 0, static_cast<int>(l.x) + 1, kH, kWhite, 100);
    };
    CHECK(dark_rows(thick) > dark_rows(plain));
    CHECK(r.gl_error_count() == 0);
}

TEST_CASE("renders are deterministic and tiling matches a single pass", "[gl]") {
    render::test::context();
    render::Renderer r;
    scene::Scene s = one_sphere();
    scene::Polyline line;
    line.points = {{-1, 0, 0}, {0, 1, 0.5f}, {1, 0, 0}};
    line.width_px = 4.0f;
    line.dashed = true;
    line.color = {0.1f, 0.5f, 0.1f, 1.0f};
    s.primitives.push_back(prim("curve", "lines", line));
    s.primitives.push_back(prim("shell", "shells", scene::Sphere{{0.3f, 0.2f, 0.3f}, 0.45f, {0.2f, 0.3f, 0.9f, 0.4f}}));
    s.primitives.push_back(prim("lab", "labels", scene::Label{{1, 0, 0}, "ΔΩ = 5.9987°", {0, 0, 0, 1}, 14.0f}));
    r.set_scene(s);
    const scene::Camera cam = fitted(s, scene::ViewPreset::iso);
    render::OffscreenOptions o = small();
    o.ssaa = 2;
    const render::Image a = render::render_offscreen(r, cam, o);
    const render::Image b = render::render_offscreen(r, cam, o);
    CHECK(a.rgba == b.rgba);

    o.max_tile = 64;  // 320x240 supersampled in 64x64 tiles
    const render::Image t = render::render_offscreen(r, cam, o);
    REQUIRE(t.rgba.size() == a.rgba.size());
    long total = 0;
    int worst = 0;
    for (std::size_t i = 0; i < a.rgba.size(); ++i) {
        const int d = std::abs(int(a.rgba[i]) - int(t.rgba[i]));
        total += d;
        worst = std::max(worst, d);
    }
    const double mean = static_cast<double>(total) / static_cast<double>(a.rgba.size());
    INFO("tiled vs single: mean " << mean << " max " << worst);
    // Offset projections round edges differently by a sample at most:
    // small mean, bounded max.
    CHECK(mean < 0.5);
    CHECK(worst < 100);
    CHECK(r.gl_error_count() == 0);
}

TEST_CASE("offscreen options are range-checked", "[gl]") {
    render::test::context();
    render::Renderer r;
    r.set_scene(one_sphere());
    scene::Camera cam;
    render::OffscreenOptions o = small();
    o.width = 0;
    CHECK_THROWS_AS(render::render_offscreen(r, cam, o), render::RenderError);
    o = small();
    o.height = 8193;
    CHECK_THROWS_AS(render::render_offscreen(r, cam, o), render::RenderError);
    o = small();
    o.ssaa = 5;
    CHECK_THROWS_AS(render::render_offscreen(r, cam, o), render::RenderError);
}

TEST_CASE("a window context without a display fails with a clear message", "[gl]") {
    const char* display = std::getenv("DISPLAY");
    const std::string saved_display = display ? display : "";
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    const std::string saved_wayland = wayland ? wayland : "";
    unsetenv("DISPLAY");
    unsetenv("WAYLAND_DISPLAY");
    try {
        (void)render::create_window_context(64, 64, "test");
        FAIL("expected RenderError");
    } catch (const render::RenderError& e) {
        CHECK(std::string(e.what()).find("no display") != std::string::npos);
    }
    if (display) setenv("DISPLAY", saved_display.c_str(), 1);
    if (wayland) setenv("WAYLAND_DISPLAY", saved_wayland.c_str(), 1);
}

TEST_CASE("the same renderer draws into a GLFW window (xvfb-run, skipped without DISPLAY)", "[gl]") {
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) {
        WARN("DISPLAY not set: window test skipped (run under xvfb-run to include it)");
        return;
    }
    auto window = render::create_window_context(kW, kH, "cagescope test");
    REQUIRE(window->window() != nullptr);
    CHECK(window->info().major * 10 + window->info().minor >= 33);
    const scene::Scene s = one_sphere();
    const scene::Camera cam = fitted(s, scene::ViewPreset::iso);
    {
        render::Renderer r;
        r.set_scene(s);
        render::FrameOptions f;
        f.width = kW;
        f.height = kH;
        const auto c = render::test::draw_default_framebuffer(r, cam, f, project(cam, kW, kH, {0, 0, 0}));
        CHECK(c[0] > 170);
        CHECK(c[1] < 70);
        window->swap_buffers();
        CHECK(r.gl_error_count() == 0);
    }
    window.reset();
    render::test::context();  // back to the headless context for later tests
}

TEST_CASE("one renderer exporting at changing sizes and samples gives what a fresh one gives each time", "[gl]") {
    // render_offscreen keeps its targets in the renderer between exports; a
    // change of size, supersampling or samples must make them again.
    render::test::context();
    const scene::Scene s = one_sphere();
    render::Renderer kept;
    kept.set_scene(s);
    struct Size {
        int w, h, ssaa, msaa;
    };
    for (const Size z : {Size{64, 48, 1, 4}, Size{80, 60, 1, 4}, Size{64, 48, 2, 4}, Size{64, 48, 1, 1}, Size{64, 48, 1, 4}}) {
        INFO(z.w << "x" << z.h << " ssaa " << z.ssaa << " msaa " << z.msaa);
        render::OffscreenOptions o = small();
        o.width = z.w;
        o.height = z.h;
        o.ssaa = z.ssaa;
        o.msaa = z.msaa;
        const scene::Camera cam = fitted(s, scene::ViewPreset::iso, scene::Projection::perspective);
        const render::Image again = render::render_offscreen(kept, cam, o);
        render::Renderer fresh;
        fresh.set_scene(s);
        const render::Image first = render::render_offscreen(fresh, cam, o);
        REQUIRE(again.width == z.w);
        REQUIRE(again.height == z.h);
        CHECK(again.rgba == first.rgba);
        CHECK(count_different(again, 0, 0, z.w, z.h, {255, 255, 255}, 10) > 50);  // the sphere is there
    }
    CHECK(kept.gl_error_count() == 0);
}
