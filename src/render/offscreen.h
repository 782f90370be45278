// Renders a scene into an image without any window: framebuffer objects with
// MSAA, supersampling and tiling for sizes beyond the GPU's limits.
#pragma once

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "render/renderer.h"

namespace cagescope::render {

// RGBA8, straight (not premultiplied) alpha, rows from top to bottom.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4 bytes
};

struct OffscreenOptions {
    int width = 800;                     // output size in pixels, 1..8192
    int height = 600;
    int ssaa = 1;                        // supersampling factor per axis, 1..4 (box filter down)
    int msaa = 4;                        // MSAA samples per pixel, 1 = off (clamped to GL_MAX_SAMPLES)
    scene::Color background{1.0f, 1.0f, 1.0f, 1.0f};  // straight sRGB
    bool transparent = false;            // alpha 0 where nothing is drawn, clean edges
    float pixel_scale = 1.0f;            // extra scale of line widths and fonts (ssaa is applied on top)
    std::set<std::string> hidden_layers; // layers not drawn
    int max_tile = 0;                    // largest tile side in supersampled pixels; 0 = 2048 (tests force tiling)
};

// Renders with the current GL context (headless or window; the window's
// framebuffer is untouched). Renders at width*ssaa x height*ssaa; when that
// exceeds the renderbuffer/viewport limits or the tile budget it renders in
// tiles with an offset projection, so every size in range works. Throws
// RenderError on bad options or an incomplete framebuffer. The same input
// gives byte-identical images.
Image render_offscreen(Renderer& renderer, const scene::Camera& camera, const OffscreenOptions& options);

namespace detail {
struct RenderTarget;
}

// A colour + depth framebuffer with MSAA, like the viewer's window, for
// drawing frames with no window (bench). Needs the GL context current for
// its whole life; bind() makes it the draw target, unbind() the default.
class FrameTarget {
public:
    // samples is clamped to 1..GL_MAX_SAMPLES; throws RenderError if incomplete.
    FrameTarget(int width, int height, int samples);
    ~FrameTarget();
    FrameTarget(const FrameTarget&) = delete;
    FrameTarget& operator=(const FrameTarget&) = delete;
    void bind() const;
    static void unbind();
    int samples() const;
    // Waits until the GPU has finished every command given so far.
    static void finish();

private:
    std::unique_ptr<detail::RenderTarget> target_;
};

}  // namespace cagescope::render
