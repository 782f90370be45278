// OpenGL contexts behind one small interface: a GLFW window for the viewer and
// an EGL surfaceless (Mesa) context for headless export. Both give a desktop
// OpenGL 3.3 core context with epoxy as the function loader.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

struct GLFWwindow;

namespace cagescope::render {

// Everything the renderer cannot recover from: no driver, no display, GL too
// old, a shader that does not compile, a framebuffer that is incomplete.
class RenderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct GlInfo {
    int major = 0;            // GL version of the current context
    int minor = 0;
    bool core_profile = false;
    std::string version;      // GL_VERSION string
    std::string renderer;     // GL_RENDERER string, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
};

// Queries the context current on this thread.
GlInfo current_gl_info();

class GlContext {
public:
    virtual ~GlContext() = default;
    GlContext() = default;
    GlContext(const GlContext&) = delete;
    GlContext& operator=(const GlContext&) = delete;

    // Makes this context current on the calling thread.
    virtual void make_current() = 0;
    // True for the EGL surfaceless context (no default framebuffer to draw to).
    virtual bool headless() const = 0;
    // Presents the back buffer (no-op when headless).
    virtual void swap_buffers() {}
    // The window's GLFW handle, or nullptr when headless.
    virtual GLFWwindow* window() const { return nullptr; }

    GlInfo info() const { return info_; }

protected:
    GlInfo info_;
};

// EGL surfaceless (EGL_PLATFORM_SURFACELESS_MESA) desktop GL 3.3 core context,
// made current. Needs no X server and no DISPLAY. Throws RenderError with what
// was found when EGL, the platform or GL 3.3 core is missing.
std::unique_ptr<GlContext> create_headless_context();

// A GLFW window (GL 3.3 core, 4x MSAA requested, vsync) with its context made
// current. Throws RenderError when there is no display.
std::unique_ptr<GlContext> create_window_context(int width, int height, const std::string& title);

}  // namespace cagescope::render
