#include "render/gl_util.h"

#include <embedded_files.h>

#include <string>
#include <vector>

#include "render/gl_context.h"

namespace cagescope::render::detail {

namespace {

std::string_view embedded_source(std::string_view name) {
    const auto bytes = cagescope::embedded_file(name);
    if (!bytes) throw RenderError("shader not embedded in the binary: " + std::string(name));
    return {reinterpret_cast<const char*>(bytes->data()), bytes->size()};
}

GLuint compile(GLenum type, std::string_view name, std::string_view defines) {
    std::string source(embedded_source(name));
    const std::size_t after_version = source.find('\n') == std::string::npos ? source.size() : source.find('\n') + 1;
    source.insert(after_version, defines);
    const GLuint shader = glCreateShader(type);
    const char* text = source.data();
    const auto length = static_cast<GLint>(source.size());
    glShaderSource(shader, 1, &text, &length);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        GLint log_length = 0;
        glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &log_length);
        std::string log(static_cast<std::size_t>(log_length > 1 ? log_length : 1), '\0');
        glGetShaderInfoLog(shader, log_length, nullptr, log.data());
        glDeleteShader(shader);
        throw RenderError("shader " + std::string(name) + " does not compile:\n" + log);
    }
    return shader;
}

}  // namespace

GlProgram build_program(std::string_view vert_name, std::string_view frag_name, std::string_view defines,
                        std::string_view geom_name) {
    // Compiled shaders are deleted on every path: they live on in the program.
    std::vector<GLuint> shaders;
    const auto delete_shaders = [&] {
        for (const GLuint s : shaders) glDeleteShader(s);
    };
    try {
        shaders.push_back(compile(GL_VERTEX_SHADER, vert_name, defines));
        if (!geom_name.empty()) shaders.push_back(compile(GL_GEOMETRY_SHADER, geom_name, defines));
        shaders.push_back(compile(GL_FRAGMENT_SHADER, frag_name, defines));
    } catch (...) {
        delete_shaders();
        throw;
    }
    GlProgram program = GlProgram::create();  // deleted with it if linking fails
    for (const GLuint s : shaders) glAttachShader(program, s);
    glLinkProgram(program);
    delete_shaders();
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        GLint log_length = 0;
        glGetProgramiv(program, GL_INFO_LOG_LENGTH, &log_length);
        std::string log(static_cast<std::size_t>(log_length > 1 ? log_length : 1), '\0');
        glGetProgramInfoLog(program, log_length, nullptr, log.data());
        throw RenderError("shaders " + std::string(vert_name) + " + " + std::string(frag_name) +
                          " do not link:\n" + log);
    }
    return program;
}


void RenderTarget::destroy() {
    fbo.reset();
    color.reset();
    depth.reset();
    width = height = samples = 0;
}

void RenderTarget::create(int w, int h, int sample_count, bool with_depth) {
    destroy();
    width = w;
    height = h;
    samples = sample_count;
    fbo = GlFramebuffer::create();
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    color = GlRenderbuffer::create();
    glBindRenderbuffer(GL_RENDERBUFFER, color);
    if (sample_count > 1)
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, sample_count, GL_RGBA8, w, h);
    else
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
    if (with_depth) {
        depth = GlRenderbuffer::create();
        glBindRenderbuffer(GL_RENDERBUFFER, depth);
        if (sample_count > 1)
            glRenderbufferStorageMultisample(GL_RENDERBUFFER, sample_count, GL_DEPTH24_STENCIL8, w, h);
        else
            glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, w, h);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depth);
    }
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
        destroy();
        throw RenderError("offscreen framebuffer " + std::to_string(w) + "x" + std::to_string(h) + " with " +
                          std::to_string(sample_count) + " samples is incomplete (status 0x" +
                          std::to_string(status) + ")");
    }
}

}  // namespace cagescope::render::detail
