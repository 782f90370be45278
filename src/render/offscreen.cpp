#include "render/offscreen.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <string>

#include "render/gl_util.h"

namespace cagescope::render {

namespace {

// Largest tile rendered at once (supersampled pixels per side): bounds the
// memory of a 4x MSAA colour + depth target to 2048^2 * 4 * 8 B = 128 MiB.
constexpr int kMaxTile = 2048;

void validate(const OffscreenOptions& o) {
    const auto bad = [](const std::string& what) { throw RenderError("offscreen render: " + what); };
    if (o.width < 1 || o.width > 8192 || o.height < 1 || o.height > 8192)
        bad("size " + std::to_string(o.width) + "x" + std::to_string(o.height) + " is outside 1..8192");
    if (o.ssaa < 1 || o.ssaa > 4) bad("ssaa " + std::to_string(o.ssaa) + " is outside 1..4");
    if (o.msaa < 1 || o.msaa > 64) bad("msaa " + std::to_string(o.msaa) + " is outside 1..64");
    if (!(o.pixel_scale > 0.0f)) bad("pixel_scale must be positive");
    if (o.max_tile < 0) bad("max_tile must not be negative");
}

}  // namespace

Image render_offscreen(Renderer& renderer, const scene::Camera& camera, const OffscreenOptions& options) {
    validate(options);
    GLint previous_fbo = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous_fbo);
    GLint previous_viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_VIEWPORT, previous_viewport);

    GLint max_samples = 1, max_rb = 0, max_dims[2] = {0, 0};
    glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_rb);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, max_dims);
    const int samples = std::clamp(options.msaa, 1, std::max(1, max_samples));
    const int ss = options.ssaa;
    const int full_w = options.width * ss;
    const int full_h = options.height * ss;
    // Tiles are whole output pixels (multiples of ss) within every GL limit.
    int tile_limit = std::min({options.max_tile > 0 ? options.max_tile : kMaxTile, static_cast<int>(max_rb), static_cast<int>(max_dims[0]),
                               static_cast<int>(max_dims[1])});
    tile_limit = std::max(ss, tile_limit / ss * ss);
    const int tile_w = std::min(full_w, tile_limit);
    const int tile_h = std::min(full_h, tile_limit);
    const bool tiled = tile_w < full_w || tile_h < full_h;

    FrameOptions frame;
    frame.background = options.background;
    frame.transparent = options.transparent;
    frame.pixel_scale = options.pixel_scale * static_cast<float>(ss);
    frame.hidden_layers = options.hidden_layers;

    detail::RenderTarget& msaa_target = renderer.kept_target(0, tile_w, tile_h, samples, true);
    detail::RenderTarget* resolve = samples > 1 ? &renderer.kept_target(1, tile_w, tile_h, 1, false) : nullptr;

    Image image;
    image.width = options.width;
    image.height = options.height;
    image.rgba.assign(static_cast<std::size_t>(options.width) * options.height * 4, 0);
    // One untiled, unfiltered frame is read straight into the image (flipped
    // after): a second frame-sized buffer would add 8 MB at 1080p.
    const bool direct = !tiled && ss == 1;
    std::vector<std::uint8_t> tile_pixels(direct ? 0 : static_cast<std::size_t>(tile_w) * tile_h * 4);
    const int n = ss * ss;

    for (int ty = 0; ty < full_h; ty += tile_h) {
        for (int tx = 0; tx < full_w; tx += tile_w) {
            const int w = std::min(tile_w, full_w - tx);
            const int h = std::min(tile_h, full_h - ty);
            glBindFramebuffer(GL_FRAMEBUFFER, msaa_target.fbo);
            frame.width = w;
            frame.height = h;
            frame.tile = tiled ? Tile{tx, ty, full_w, full_h} : Tile{};
            renderer.draw(camera, frame);
            if (samples > 1) {
                glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_target.fbo);
                glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve->fbo);
                glBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
                glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve->fbo);
            } else {
                glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_target.fbo);
            }
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, direct ? image.rgba.data() : tile_pixels.data());
            glPixelStorei(GL_PACK_ALIGNMENT, 4);
            if (direct) {
                // GL rows run bottom to top.
                const std::size_t row = static_cast<std::size_t>(w) * 4;
                for (int y = 0; y < h / 2; ++y)
                    std::swap_ranges(image.rgba.begin() + static_cast<std::ptrdiff_t>(y * row),
                                     image.rgba.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                                     image.rgba.begin() + static_cast<std::ptrdiff_t>((h - 1 - y) * row));
                continue;
            }
            // Box filter ss x ss blocks (premultiplied values average
            // correctly); GL rows run bottom to top.
            const int out_x0 = tx / ss;
            const int out_y0 = ty / ss;
            for (int oy = 0; oy < h / ss; ++oy) {
                for (int ox = 0; ox < w / ss; ++ox) {
                    unsigned sum[4] = {0, 0, 0, 0};
                    for (int sy = 0; sy < ss; ++sy) {
                        const int gl_row = h - 1 - (oy * ss + sy);
                        const std::uint8_t* p = tile_pixels.data() + (static_cast<std::size_t>(gl_row) * w + ox * ss) * 4;
                        for (int sx = 0; sx < ss; ++sx)
                            for (int c = 0; c < 4; ++c) sum[c] += p[sx * 4 + c];
                    }
                    std::uint8_t* out = image.rgba.data() +
                                        (static_cast<std::size_t>(out_y0 + oy) * options.width + out_x0 + ox) * 4;
                    for (int c = 0; c < 4; ++c)
                        out[c] = static_cast<std::uint8_t>((sum[c] + static_cast<unsigned>(n / 2)) / static_cast<unsigned>(n));
                }
            }
        }
    }

    // Premultiplied to straight alpha (fully covered pixels are unchanged).
    if (options.transparent) {
        for (std::size_t i = 0; i < image.rgba.size(); i += 4) {
            const unsigned a = image.rgba[i + 3];
            if (a == 255) continue;
            for (int c = 0; c < 3; ++c)
                image.rgba[i + c] = a == 0 ? 0 : static_cast<std::uint8_t>(std::min(255u, (image.rgba[i + c] * 255u + a / 2) / a));
        }
    }

    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous_fbo));
    glViewport(previous_viewport[0], previous_viewport[1], previous_viewport[2], previous_viewport[3]);
    return image;
}

FrameTarget::FrameTarget(int width, int height, int samples) : target_(std::make_unique<detail::RenderTarget>()) {
    GLint max_samples = 1;
    glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
    target_->create(width, height, std::clamp(samples, 1, static_cast<int>(max_samples)), true);
}
FrameTarget::~FrameTarget() = default;
void FrameTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, target_->fbo); }
void FrameTarget::unbind() { glBindFramebuffer(GL_FRAMEBUFFER, 0); }
int FrameTarget::samples() const { return target_->samples; }
void FrameTarget::finish() { glFinish(); }

}  // namespace cagescope::render
