// Small RAII and shader helpers shared by the renderer and the offscreen path.
#pragma once

#include <epoxy/gl.h>

#include <string>
#include <string_view>

namespace cagescope::render::detail {

// Compiles and links an embedded vertex + fragment shader pair ("shaders/x.vert").
// `defines` ("#define LIT 1\n") go right after each file's #version line:
// one file, several specialised programs. Throws RenderError with the file
// name and the driver's log.
GLuint build_program(std::string_view vert_name, std::string_view frag_name, std::string_view defines = {});

// Framebuffer with colour + depth renderbuffers (MSAA when samples > 1).
struct RenderTarget {
    GLuint fbo = 0;
    GLuint color = 0;
    GLuint depth = 0;
    int width = 0;
    int height = 0;
    int samples = 0;

    RenderTarget() = default;
    RenderTarget(const RenderTarget&) = delete;
    RenderTarget& operator=(const RenderTarget&) = delete;
    ~RenderTarget();
    // (Re)creates the attachments; throws RenderError if incomplete.
    void create(int w, int h, int sample_count, bool with_depth);
    void destroy();
};

}  // namespace cagescope::render::detail
