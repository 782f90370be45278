// Small RAII and shader helpers shared by the renderer and the offscreen path.
#pragma once

#include <epoxy/gl.h>

#include <string>
#include <string_view>
#include <utility>

namespace cagescope::render::detail {

// A GL object's name that deletes the object with itself. Move-only, so a
// delete can be neither forgotten nor doubled; an empty one holds 0 (what
// GL ignores). Reads as its GLuint, so GL calls take it as it is.
enum class GlKind { buffer, vertex_array, texture, framebuffer, renderbuffer, program };

template <GlKind K>
class GlObject {
public:
    GlObject() = default;
    explicit GlObject(GLuint adopted) : name_(adopted) {}  // takes over a name made elsewhere
    static GlObject create() {
        GLuint name = 0;
        if constexpr (K == GlKind::buffer) glGenBuffers(1, &name);
        if constexpr (K == GlKind::vertex_array) glGenVertexArrays(1, &name);
        if constexpr (K == GlKind::texture) glGenTextures(1, &name);
        if constexpr (K == GlKind::framebuffer) glGenFramebuffers(1, &name);
        if constexpr (K == GlKind::renderbuffer) glGenRenderbuffers(1, &name);
        if constexpr (K == GlKind::program) name = glCreateProgram();
        return GlObject(name);
    }
    ~GlObject() { reset(); }
    GlObject(GlObject&& other) noexcept : name_(std::exchange(other.name_, 0)) {}
    GlObject& operator=(GlObject&& other) noexcept {
        if (this != &other) {
            reset();
            name_ = std::exchange(other.name_, 0);
        }
        return *this;
    }
    GlObject(const GlObject&) = delete;
    GlObject& operator=(const GlObject&) = delete;

    operator GLuint() const& { return name_; }
    operator GLuint() && = delete;  // a temporary's name dies with it
    void reset() {
        if (name_ == 0) return;
        if constexpr (K == GlKind::buffer) glDeleteBuffers(1, &name_);
        if constexpr (K == GlKind::vertex_array) glDeleteVertexArrays(1, &name_);
        if constexpr (K == GlKind::texture) glDeleteTextures(1, &name_);
        if constexpr (K == GlKind::framebuffer) glDeleteFramebuffers(1, &name_);
        if constexpr (K == GlKind::renderbuffer) glDeleteRenderbuffers(1, &name_);
        if constexpr (K == GlKind::program) glDeleteProgram(name_);
        name_ = 0;
    }

private:
    GLuint name_ = 0;
};

using GlBuffer = GlObject<GlKind::buffer>;
using GlVertexArray = GlObject<GlKind::vertex_array>;
using GlTexture = GlObject<GlKind::texture>;
using GlFramebuffer = GlObject<GlKind::framebuffer>;
using GlRenderbuffer = GlObject<GlKind::renderbuffer>;
using GlProgram = GlObject<GlKind::program>;

// Compiles and links an embedded vertex + fragment shader pair ("shaders/x.vert"),
// with a geometry shader between them when `geom_name` is given.
// `defines` ("#define LIT 1\n") go right after each file's #version line:
// one file, several specialised programs. Throws RenderError with the file
// name and the driver's log.
GlProgram build_program(std::string_view vert_name, std::string_view frag_name, std::string_view defines = {},
                        std::string_view geom_name = {});

// Framebuffer with colour + depth renderbuffers (MSAA when samples > 1).
struct RenderTarget {
    GlFramebuffer fbo;
    GlRenderbuffer color;
    GlRenderbuffer depth;
    int width = 0;
    int height = 0;
    int samples = 0;

    // (Re)creates the attachments; throws RenderError if incomplete.
    void create(int w, int h, int sample_count, bool with_depth);
    void destroy();
};

}  // namespace cagescope::render::detail
