// The soak: thousands of headless frames cycling through every figure and
// every step of every animation, as `render --frames` and the viewer do, with
// no GL error and no growth of resident memory once warm.
//
// CAGESCOPE_SOAK_FRAMES sets the number of frames (default 1000, the CI form;
// scripts/soak.sh runs 10000).
#include <catch2/catch.hpp>
#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "figures/figures.h"
#include "render/gl_context.h"
#include "render/offscreen.h"
#include "render/renderer.h"
#include "scene/camera.h"

using namespace cagescope;

namespace {

struct State {
    const figures::FigureInfo* figure;
    double time;
};

// Every figure once, and every step of each animated figure.
std::vector<State> every_state() {
    std::vector<State> states;
    for (const auto& f : figures::figure_list()) {
        if (f.animation_steps == 0) states.push_back({&f, 0.0});
        for (int t = 0; t < f.animation_steps; ++t) states.push_back({&f, static_cast<double>(t)});
    }
    return states;
}

// Resident set size in bytes, from /proc/self/statm (second field, pages).
long resident_bytes() {
    std::ifstream statm("/proc/self/statm");
    long size = 0, resident = 0;
    statm >> size >> resident;
    return resident * ::sysconf(_SC_PAGESIZE);
}

int soak_frames() {
    const char* text = std::getenv("CAGESCOPE_SOAK_FRAMES");
    const int n = text ? std::atoi(text) : 1000;
    return n > 0 ? n : 1000;
}

}  // namespace

TEST_CASE("soak: every figure and animation state, 0 GL errors, resident memory flat after warm-up", "[soak]") {
    const auto context = render::create_headless_context();
    render::Renderer renderer;
    const std::vector<State> states = every_state();
    const int frames = soak_frames();
    // Warm-up: one full cycle, so every figure's scene (the largest buffers),
    // shader variant and font size has been seen once.
    const int warm_up = static_cast<int>(states.size());
    REQUIRE(states.size() >= figures::figure_list().size());
    REQUIRE(frames >= 2 * warm_up);

    long rss_warm = 0;
    long rss_end = 0;
    long rss_peak = 0;
    for (int i = 0; i < frames; ++i) {
        const State& s = states[static_cast<std::size_t>(i) % states.size()];
        auto params = figures::default_params();
        params.time = s.time;
        figures::resolve_and_check(params);
        const scene::Scene scene = figures::build_figure(*s.figure, params);
        // Vary what an export varies: size, supersampling, transparency,
        // hidden layers, view and projection.
        render::OffscreenOptions o;
        o.width = 96 + 16 * (i % 3);
        o.height = 72 + 8 * (i % 2);
        o.ssaa = 1 + (i / 7) % 2;
        o.transparent = (i % 5) == 0;
        if (i % 4 == 0) o.hidden_layers = {"labels"};
        const auto view = static_cast<scene::ViewPreset>((i / 3) % 4);
        const auto projection = (i % 2) ? scene::Projection::orthographic : scene::Projection::perspective;
        const scene::Camera camera =
            scene::fit_camera(view, projection, scene.bounds(), static_cast<float>(o.width) / static_cast<float>(o.height));
        renderer.set_scene(scene);
        const render::Image image = render::render_offscreen(renderer, camera, o);
        if (image.rgba.size() != static_cast<std::size_t>(o.width) * o.height * 4) FAIL("frame " << i << " has a wrong size");
        if (renderer.gl_error_count() != 0)
            FAIL("frame " << i << " (fig. " << s.figure->id << ", t = " << s.time << "): " << renderer.last_gl_error());
        // Compared at the same point of the cycle (its end): the scene held
        // then is the same, so any difference is growth.
        if ((i + 1) % warm_up == 0) {
            // Freed heap that glibc keeps for reuse is not growth: hand it back first.
            ::malloc_trim(0);
            if (i + 1 == warm_up) rss_warm = resident_bytes();
            rss_end = resident_bytes();
            // One line a cycle: growth that stops (a cache filling) reads
            // differently from growth that goes on (a leak).
            std::printf("soak: cycle %d (frame %d): RSS %.1f MB\n", (i + 1) / warm_up, i + 1,
                        static_cast<double>(rss_end) / 1048576.0);
        }
        if (i + 1 > warm_up) rss_peak = std::max(rss_peak, resident_bytes());
    }
    const double growth_mb = static_cast<double>(rss_end - rss_warm) / (1024.0 * 1024.0);
    std::printf("soak: %d frames over %zu states; RSS after warm-up (%d frames) %.1f MB, after the last full cycle %.1f MB "
                "(growth %.2f MB, peak %.1f MB); GL errors %d\n",
                frames, states.size(), warm_up, static_cast<double>(rss_warm) / 1048576.0,
                static_cast<double>(rss_end) / 1048576.0, growth_mb, static_cast<double>(rss_peak) / 1048576.0,
                renderer.gl_error_count());
    CHECK(renderer.gl_error_count() == 0);
    // The bound: under 2 MB of growth between warm-up and the end.
    CHECK(growth_mb < 2.0);
}
