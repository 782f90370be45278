#include "render_test_util.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

namespace cagescope::render::test {

GlContext& context() {
    static std::unique_ptr<GlContext> ctx = create_headless_context();
    ctx->make_current();
    return *ctx;
}

glm::vec2 project(const scene::Camera& camera, int width, int height, const glm::vec3& p) {
    const glm::vec4 clip = camera.projection_matrix(static_cast<float>(width) / static_cast<float>(height)) *
                           camera.view_matrix() * glm::vec4(p, 1.0f);
    const glm::vec2 ndc(clip.x / clip.w, clip.y / clip.w);
    return {(ndc.x * 0.5f + 0.5f) * static_cast<float>(width), (0.5f - ndc.y * 0.5f) * static_cast<float>(height)};
}

std::array<int, 4> pixel(const Image& image, int x, int y) {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height) throw std::out_of_range("pixel outside the image");
    const std::size_t i = (static_cast<std::size_t>(y) * image.width + x) * 4;
    return {image.rgba[i], image.rgba[i + 1], image.rgba[i + 2], image.rgba[i + 3]};
}

std::array<int, 4> pixel(const Image& image, glm::vec2 p) {
    return pixel(image, static_cast<int>(std::floor(p.x)), static_cast<int>(std::floor(p.y)));
}

int count_different(const Image& image, int x0, int y0, int x1, int y1, std::array<int, 3> rgb, int tolerance) {
    int count = 0;
    for (int y = std::max(0, y0); y < std::min(image.height, y1); ++y)
        for (int x = std::max(0, x0); x < std::min(image.width, x1); ++x) {
            const auto p = pixel(image, x, y);
            if (std::abs(p[0] - rgb[0]) > tolerance || std::abs(p[1] - rgb[1]) > tolerance ||
                std::abs(p[2] - rgb[2]) > tolerance)
                ++count;
        }
    return count;
}

Image render_frame(Renderer& renderer, const scene::Camera& camera, const FrameOptions& options, int repeat,
                   int samples) {
    GLuint fbo = 0, rb[3] = {0, 0, 0}, resolve = 0;
    glGenFramebuffers(1, &fbo);
    glGenFramebuffers(1, &resolve);
    glGenRenderbuffers(3, rb);
    glBindRenderbuffer(GL_RENDERBUFFER, rb[0]);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, options.width, options.height);
    glBindRenderbuffer(GL_RENDERBUFFER, rb[1]);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH24_STENCIL8, options.width, options.height);
    glBindRenderbuffer(GL_RENDERBUFFER, rb[2]);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, options.width, options.height);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb[0]);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, rb[1]);
    glBindFramebuffer(GL_FRAMEBUFFER, resolve);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb[2]);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    for (int i = 0; i < repeat; ++i) {
        renderer.draw(camera, options);
        if (repeat > 1) glFinish();
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve);
    glBlitFramebuffer(0, 0, options.width, options.height, 0, 0, options.width, options.height, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve);
    Image image;
    image.width = options.width;
    image.height = options.height;
    image.rgba.resize(static_cast<std::size_t>(options.width) * options.height * 4);
    std::vector<std::uint8_t> rows(image.rgba.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, options.width, options.height, GL_RGBA, GL_UNSIGNED_BYTE, rows.data());
    const std::size_t stride = static_cast<std::size_t>(options.width) * 4;
    for (int y = 0; y < options.height; ++y)
        std::copy_n(rows.data() + static_cast<std::size_t>(options.height - 1 - y) * stride, stride,
                    image.rgba.data() + static_cast<std::size_t>(y) * stride);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteFramebuffers(1, &fbo);
    glDeleteFramebuffers(1, &resolve);
    glDeleteRenderbuffers(3, rb);
    return image;
}

std::array<int, 4> draw_default_framebuffer(Renderer& renderer, const scene::Camera& camera,
                                            const FrameOptions& options, glm::vec2 p) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    renderer.draw(camera, options);
    std::uint8_t px[4] = {0, 0, 0, 0};
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(static_cast<GLint>(p.x), options.height - 1 - static_cast<GLint>(p.y), 1, 1, GL_RGBA,
                 GL_UNSIGNED_BYTE, px);
    return {px[0], px[1], px[2], px[3]};
}

void write_png(const Image& image, const std::string& path) {
    if (!stbi_write_png(path.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4))
        throw std::runtime_error("cannot write " + path);
}

}  // namespace cagescope::render::test
