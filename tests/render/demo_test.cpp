// Not run by CTest (hidden tags): renders a demo scene to PNG for looking at,
// and measures frame times. Run:
//   cagescope_render_tests "[demo]"   -> /tmp/cagescope_demo.png (+ _transparent, _ortho)
//   cagescope_render_tests "[bench]"  -> ms per 1920x1080 frame, 512,000 spheres
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <epoxy/gl.h>
#include <iostream>

#include "render/offscreen.h"
#include "render/renderer.h"
#include "render_test_util.h"

namespace {

using namespace cagescope;

scene::Primitive prim(std::string id, std::string layer, scene::Shape shape) {
    return {std::move(id), std::move(layer), "", std::move(shape)};
}

scene::Scene demo_scene() {
    scene::Scene s;
    const scene::Color palette[4] = {{0.85f, 0.25f, 0.2f, 1}, {0.2f, 0.45f, 0.85f, 1}, {0.25f, 0.65f, 0.3f, 1},
                                     {0.9f, 0.65f, 0.15f, 1}};
    // Cube edges and corner spheres.
    std::vector<glm::vec3> corners;
    for (int i = 0; i < 8; ++i)
        corners.push_back({(i & 1) ? 1.0f : -1.0f, (i & 2) ? 1.0f : -1.0f, (i & 4) ? 1.0f : -1.0f});
    for (int i = 0; i < 8; ++i)
        for (int b = 0; b < 3; ++b) {
            const int j = i ^ (1 << b);
            if (j < i) continue;
            scene::Polyline e;
            e.points = {corners[i], corners[j]};
            e.color = {0.25f, 0.25f, 0.3f, 1};
            e.width_px = 2.5f;
            s.primitives.push_back(prim("edge." + std::to_string(i) + "." + std::to_string(j), "cube", e));
        }
    for (int i = 0; i < 8; ++i)
        s.primitives.push_back(prim("corner." + std::to_string(i), "points",
                                    scene::Sphere{corners[i], 0.09f, palette[i % 4]}));
    // A dashed circle and a thick sampled arc.
    scene::Polyline circle, arc;
    for (int k = 0; k < 96; ++k) {
        const float a = 6.2831853f * static_cast<float>(k) / 96.0f;
        circle.points.push_back({1.35f * std::cos(a), 1.35f * std::sin(a), 0.0f});
    }
    circle.closed = true;
    circle.dashed = true;
    circle.width_px = 2.0f;
    circle.color = {0.35f, 0.35f, 0.4f, 1};
    s.primitives.push_back(prim("circle", "curves", circle));
    for (int k = 0; k <= 48; ++k) {
        const float a = 1.5f * static_cast<float>(k) / 48.0f;
        arc.points.push_back({0.6f * std::cos(a), 0.0f, 0.6f * std::sin(a) + 0.0f});
    }
    arc.width_px = 5.0f;
    arc.color = {0.75f, 0.2f, 0.55f, 1};
    s.primitives.push_back(prim("arc", "curves", arc));
    // Arrows along the axes.
    const glm::vec3 axes[3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    for (int a = 0; a < 3; ++a) {
        scene::Arrow arrow;
        arrow.tail = {0, 0, 0};
        arrow.tip = axes[a] * 1.6f;
        arrow.color = palette[a];
        arrow.width_px = 4.0f;
        arrow.head_length = 0.16f;
        arrow.head_radius = 0.06f;
        s.primitives.push_back(prim("axis." + std::to_string(a), "axes", arrow));
    }
    // A translucent interface plane and shell, an opaque sphere inside the shell.
    scene::Polygon plane;
    plane.points = {{-1.3f, -1.3f, -0.3f}, {1.3f, -1.3f, -0.3f}, {1.3f, 1.3f, -0.3f}, {-1.3f, 1.3f, -0.3f}};
    plane.color = {0.55f, 0.7f, 0.95f, 0.35f};
    s.primitives.push_back(prim("plane", "interface", plane));
    scene::Polygon tri;
    tri.points = {{1, -1, 1}, {1, 1, 1}, {1, 1, -1}};
    tri.color = {0.95f, 0.85f, 0.6f, 1.0f};
    s.primitives.push_back(prim("face", "faces", tri));
    s.primitives.push_back(prim("shell", "shells", scene::Sphere{{-0.4f, 0.3f, 0.4f}, 0.45f, {0.3f, 0.75f, 0.7f, 0.3f}}));
    s.primitives.push_back(prim("core", "points", scene::Sphere{{-0.4f, 0.3f, 0.4f}, 0.15f, {0.8f, 0.2f, 0.6f, 1}}));
    // Labels.
    const auto label = [&](std::string id, glm::vec3 at, std::string text, scene::LabelPlacement p) {
        scene::Label l;
        l.anchor = at;
        l.text = std::move(text);
        l.placement = p;
        s.primitives.push_back(prim(std::move(id), "labels", l));
    };
    label("l.omega", {1.6f, 0, 0}, "ΔΩ = 5.9987°", scene::LabelPlacement::right);
    label("l.chi", corners[7], "χ₀", scene::LabelPlacement::above);
    label("l.sigma", corners[0], "σ*", scene::LabelPlacement::left);
    label("l.ten", corners[3], "10*", scene::LabelPlacement::right);
    label("l.perp", {0, 1.6f, 0}, "ψ ⟂ z, α β γ δ → ∞ ≤ ∑ ·", scene::LabelPlacement::right);
    label("l.hidden", corners[6], "hidden 6", scene::LabelPlacement::right);
    label("l.edge", {1.0f, -1.0f, -1.0f}, "corner at the edge of the frame", scene::LabelPlacement::right);
    return s;
}

}  // namespace

TEST_CASE("demo scene to PNG", "[.][demo]") {
    render::test::context();
    render::Renderer r;
    const scene::Scene s = demo_scene();
    r.set_scene(s);
    render::OffscreenOptions o;
    o.width = 800;
    o.height = 600;
    o.ssaa = 2;
    scene::Camera cam = scene::fit_camera(scene::ViewPreset::iso, scene::Projection::perspective, s.bounds(), 800.0f / 600);
    const render::Image img = render::render_offscreen(r, cam, o);
    render::test::write_png(img, "/tmp/cagescope_demo.png");
    // A 3x nearest-neighbour zoom of the middle, for judging edges and text.
    render::Image zoom;
    zoom.width = 3 * 260;
    zoom.height = 3 * 200;
    zoom.rgba.resize(static_cast<std::size_t>(zoom.width) * zoom.height * 4);
    for (int y = 0; y < zoom.height; ++y)
        for (int x = 0; x < zoom.width; ++x)
            for (int c = 0; c < 4; ++c)
                zoom.rgba[(static_cast<std::size_t>(y) * zoom.width + x) * 4 + c] =
                    img.rgba[(static_cast<std::size_t>(200 + y / 3) * img.width + 400 + x / 3) * 4 + c];
    render::test::write_png(zoom, "/tmp/cagescope_demo_zoom.png");
    o.transparent = true;
    render::test::write_png(render::render_offscreen(r, cam, o), "/tmp/cagescope_demo_transparent.png");
    o.transparent = false;
    cam = scene::fit_camera(scene::ViewPreset::top, scene::Projection::orthographic, s.bounds(), 800.0f / 600);
    render::test::write_png(render::render_offscreen(r, cam, o), "/tmp/cagescope_demo_ortho.png");
    CHECK(r.gl_error_count() == 0);
}

namespace {
// Draw time per frame (glFinish after each), one framebuffer for all frames:
// the cost of a viewer frame, without setup and readback.
double ms_per_frame(render::Renderer& r, const scene::Camera& cam, int frames, int samples = 4) {
    render::FrameOptions f;
    f.width = 1920;
    f.height = 1080;
    render::test::render_frame(r, cam, f, 1, samples);  // warm up (font atlas, buffers)
    const auto t0 = std::chrono::steady_clock::now();
    render::test::render_frame(r, cam, f, frames, samples);
    const auto t1 = std::chrono::steady_clock::now();
    const auto t2 = std::chrono::steady_clock::now();
    render::test::render_frame(r, cam, f, 1, samples);
    const auto t3 = std::chrono::steady_clock::now();
    // Subtract one setup + readback (measured by the single-frame run minus a frame).
    const double total = std::chrono::duration<double, std::milli>(t1 - t0).count();
    const double single = std::chrono::duration<double, std::milli>(t3 - t2).count();
    return (total - single) / (frames - 1);
}
}  // namespace

TEST_CASE("frame time at 1920x1080", "[.][bench]") {
    render::test::context();
    render::Renderer r;
    const scene::Scene demo = demo_scene();
    r.set_scene(demo);
    const scene::Camera cam = scene::fit_camera(scene::ViewPreset::iso, scene::Projection::perspective,
                                                demo.bounds(), 1920.0f / 1080);
    std::cout << "demo scene: " << ms_per_frame(r, cam, 10) << " ms per 1920x1080 4xMSAA frame, "
              << ms_per_frame(r, cam, 10, 1) << " ms without MSAA\n";

    scene::Scene big;
    const int n = 80;  // 80^3 = 512,000 spheres
    for (int i = 0; i < n * n * n; ++i) {
        const glm::vec3 p(static_cast<float>(i % n), static_cast<float>((i / n) % n), static_cast<float>(i / (n * n)));
        big.primitives.push_back(prim("s" + std::to_string(i), "points",
                                      scene::Sphere{p / static_cast<float>(n), 0.004f,
                                                    {p.x / n, p.y / n, p.z / n, 1.0f}}));
    }
    const auto t0 = std::chrono::steady_clock::now();
    r.set_scene(big);
    const auto t1 = std::chrono::steady_clock::now();
    std::cout << "512k spheres: set_scene " << std::chrono::duration<double, std::milli>(t1 - t0).count() << " ms\n";
    const scene::Camera bcam = scene::fit_camera(scene::ViewPreset::iso, scene::Projection::perspective,
                                                 big.bounds(), 1920.0f / 1080);
    std::cout << "512k spheres: " << ms_per_frame(r, bcam, 4) << " ms per 1920x1080 4xMSAA frame, "
              << ms_per_frame(r, bcam, 4, 1) << " ms without MSAA\n";
    scene::Camera away = bcam;
    away.target = bcam.eye() + (bcam.eye() - bcam.target);  // looks away: vertex work only
    std::cout << "512k spheres, all off screen (vertex stage only): " << ms_per_frame(r, away, 4, 1) << " ms\n";
    CHECK(r.gl_error_count() == 0);
}
