#include "render/gl_context.h"

#include <epoxy/egl.h>
#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace cagescope::render {

namespace {

std::string gl_string(GLenum name) {
    const auto* s = reinterpret_cast<const char*>(glGetString(name));
    return s ? std::string(s) : std::string("(null)");
}

bool has_word(const char* list, const char* word) {
    if (!list) return false;
    const std::size_t n = std::strlen(word);
    for (const char* p = std::strstr(list, word); p; p = std::strstr(p + 1, word)) {
        const bool start_ok = p == list || p[-1] == ' ';
        const bool end_ok = p[n] == '\0' || p[n] == ' ';
        if (start_ok && end_ok) return true;
    }
    return false;
}

void require_gl33_core(const GlInfo& info, const char* what) {
    if (info.major * 10 + info.minor < 33 || !info.core_profile)
        throw RenderError(std::string(what) + ": got OpenGL " + info.version + " (" + info.renderer +
                          (info.core_profile ? ", core" : ", not core") +
                          "); cagescope needs OpenGL 3.3 core, e.g. a Mesa driver (llvmpipe) with EGL");
}

class HeadlessContext final : public GlContext {
public:
    HeadlessContext() {
        const char* client_ext = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
        if (!client_ext)
            throw RenderError("headless OpenGL: EGL client extensions unavailable (is libEGL from Mesa installed?)");
        if (!has_word(client_ext, "EGL_MESA_platform_surfaceless") || !has_word(client_ext, "EGL_EXT_platform_base"))
            throw RenderError(std::string("headless OpenGL: EGL lacks EGL_MESA_platform_surfaceless; "
                                          "a Mesa EGL driver is needed (found client extensions: ") +
                              client_ext + ")");
        display_ = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        if (display_ == EGL_NO_DISPLAY) throw RenderError("headless OpenGL: no EGL surfaceless display (Mesa EGL driver needed)");
        EGLint egl_major = 0, egl_minor = 0;
        if (!eglInitialize(display_, &egl_major, &egl_minor))
            throw RenderError("headless OpenGL: eglInitialize failed (error 0x" + hex(eglGetError()) + ")");
        if (!eglBindAPI(EGL_OPENGL_API)) throw RenderError("headless OpenGL: EGL cannot bind desktop OpenGL");

        const EGLint config_attribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
        EGLConfig config = nullptr;
        EGLint count = 0;
        if (!eglChooseConfig(display_, config_attribs, &config, 1, &count) || count < 1) {
            const char* ext = eglQueryString(display_, EGL_EXTENSIONS);
            if (!has_word(ext, "EGL_KHR_no_config_context"))
                throw RenderError("headless OpenGL: no EGL config for desktop OpenGL");
            config = EGL_NO_CONFIG_KHR;
        }
        EGLint ctx_attribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3,
                                EGL_CONTEXT_MINOR_VERSION, 3,
                                EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
#if !defined(NDEBUG) || defined(CAGESCOPE_GL_DEBUG)  // debug builds and the dev/asan presets
                                EGL_CONTEXT_OPENGL_DEBUG, EGL_TRUE,
#endif
                                EGL_NONE};
        context_ = eglCreateContext(display_, config, EGL_NO_CONTEXT, ctx_attribs);
        if (context_ == EGL_NO_CONTEXT)
            throw RenderError("headless OpenGL: cannot create an OpenGL 3.3 core context through EGL (error 0x" +
                              hex(eglGetError()) + "); a Mesa driver with OpenGL 3.3 is needed");
        make_current();
        info_ = current_gl_info();
        require_gl33_core(info_, "headless OpenGL");
    }
    ~HeadlessContext() override {
        if (eglGetCurrentContext() == context_) eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        if (context_ != EGL_NO_CONTEXT) eglDestroyContext(display_, context_);
        // The display is shared by every context on this platform: not terminated.
    }
    void make_current() override {
        if (!eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, context_))
            throw RenderError("headless OpenGL: eglMakeCurrent failed (EGL_KHR_surfaceless_context needed), error 0x" +
                              hex(eglGetError()));
    }
    bool headless() const override { return true; }

private:
    static std::string hex(EGLint v) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%x", static_cast<unsigned>(v));
        return buf;
    }
    EGLDisplay display_ = EGL_NO_DISPLAY;
    EGLContext context_ = EGL_NO_CONTEXT;
};

class WindowContext final : public GlContext {
public:
    WindowContext(int width, int height, const std::string& title) {
        const char* display = std::getenv("DISPLAY");
        const char* wayland = std::getenv("WAYLAND_DISPLAY");
        if ((!display || !*display) && (!wayland || !*wayland))
            throw RenderError("no display: use `cagescope render` for headless export");
        if (!glfwInit()) throw RenderError("no display: GLFW could not initialise (use `cagescope render` for headless export)");
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        // Single-sampled: the renderer smooths every edge by its own coverage
        // (Edges::analytic), at about half the cost of 4x MSAA on llvmpipe.
        glfwWindowHint(GLFW_SAMPLES, 0);
#if !defined(NDEBUG) || defined(CAGESCOPE_GL_DEBUG)  // debug builds and the dev/asan presets
        glfwWindowHint(GLFW_OPENGL_DEBUG_CONTEXT, GLFW_TRUE);
#endif
        window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
        if (!window_) {
            glfwTerminate();
            throw RenderError("cannot open a window with an OpenGL 3.3 core context (use `cagescope render` for headless export)");
        }
        make_current();
        glfwSwapInterval(1);
        info_ = current_gl_info();
        require_gl33_core(info_, "window OpenGL");
    }
    ~WindowContext() override {
        if (window_) glfwDestroyWindow(window_);
        glfwTerminate();
    }
    void make_current() override { glfwMakeContextCurrent(window_); }
    bool headless() const override { return false; }
    void swap_buffers() override { glfwSwapBuffers(window_); }
    GLFWwindow* window() const override { return window_; }

private:
    GLFWwindow* window_ = nullptr;
};

}  // namespace

GlInfo current_gl_info() {
    GlInfo info;
    info.version = gl_string(GL_VERSION);
    info.renderer = gl_string(GL_RENDERER);
    const int v = epoxy_gl_version();
    info.major = v / 10;
    info.minor = v % 10;
    if (v >= 32) {
        GLint mask = 0;
        glGetIntegerv(GL_CONTEXT_PROFILE_MASK, &mask);
        info.core_profile = (mask & GL_CONTEXT_CORE_PROFILE_BIT) != 0;
    }
    return info;
}

std::unique_ptr<GlContext> create_headless_context() { return std::make_unique<HeadlessContext>(); }

std::unique_ptr<GlContext> create_window_context(int width, int height, const std::string& title) {
    return std::make_unique<WindowContext>(width, height, title);
}

}  // namespace cagescope::render
