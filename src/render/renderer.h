// Draws a scene::Scene with OpenGL 3.3 core into the currently bound
// framebuffer. Knows primitives (spheres, polylines, arrows, polygons,
// labels), never the paper.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "render/gl_context.h"
#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::render {

// A full frame and where the framebuffer lies on it: the framebuffer's pixel
// (0, 0) is the frame's pixel (x, y); projection and label layout are the
// frame's. Offscreen export cuts a big frame into tiles. The viewer uses a
// negative x: the framebuffer is the window, the frame what lies beside its
// panel, so the camera frames that. Labels stay inside the frame.
struct Tile {
    int x = 0;            // left edge in full-frame pixels
    int y = 0;            // top edge in full-frame pixels (rows go down)
    int full_width = 0;   // full frame size in pixels; 0 = not tiled
    int full_height = 0;
};

struct FrameOptions {
    int width = 0;                       // framebuffer (or tile) size, pixels
    int height = 0;
    scene::Color background{1.0f, 1.0f, 1.0f, 1.0f};  // clear colour, straight sRGB; also the label halo
    bool transparent = false;            // clear to alpha 0 (output is premultiplied alpha)
    bool clear = true;                   // clear colour and depth before drawing
    float pixel_scale = 1.0f;            // multiplies line widths, font sizes, label offsets
    std::set<std::string> hidden_layers; // layers not drawn
    std::optional<std::size_t> highlighted;  // index in the scene's primitives, drawn brighter/thicker (hover)
    // true: smooth edges, by the target's samples when it is multisampled,
    // else by each primitive's own coverage (Edges::analytic). false: one
    // coverage sample per pixel even into an MSAA target, aliased sphere and
    // polygon edges; about 3x cheaper per primitive on llvmpipe (the
    // viewer's frames while a large scene moves).
    bool antialias = true;
    // true: a copy of the scene's repeat (scene::Repeat) whose bounding
    // sphere projects under 8 pixels is drawn as one square showing a
    // picture of the pattern, drawn this frame along the camera's direction
    // at about the copy's size. Cheaper by the copy's primitives less one,
    // approximate: the viewer's frames while a large scene moves, never an
    // export.
    bool level_of_detail = false;
    Tile tile;                           // tiled export, or the viewer's view beside its panel
};

// How a frame smoothed its edges.
enum class Edges {
    multisample,  // the target's samples; spheres by alpha-to-coverage
    analytic,     // single-sampled: fully covered pixels first, then the partly
                  // covered edge pixels of spheres, polygons and arrow heads
                  // blended with their coverage (lines and text always are)
    aliased,      // FrameOptions::antialias false
};

// Per-draw statistics for tests and the viewer's overlay.
struct FrameStats {
    Edges edges = Edges::multisample;
    int labels_drawn = 0;
    int labels_occluded = 0;   // drawn dimmed
    int translucent_items = 0; // sorted this frame
    int sphere_specks = 0;     // opaque spheres under half a pixel, drawn as one-pixel points
    int pictured_copies = 0;   // copies of the scene's repeat drawn as one picture (level_of_detail)
};

namespace detail {
struct RenderTarget;
}

class Renderer {
public:
    // Needs the GL context current; compiles the embedded shaders (throws
    // RenderError with the compiler log on failure). Uses GL only while a
    // context of the same share group is current.
    Renderer();
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Builds the static GPU buffers for this scene (once per scene change).
    void set_scene(const scene::Scene& scene);

    // Draws the scene into the bound framebuffer, viewport (0, 0, width, height).
    void draw(const scene::Camera& camera, const FrameOptions& options);

    const FrameStats& last_stats() const;
    // GL errors seen since construction: KHR_debug messages of type error when
    // the context has debug output, plus glGetError after each pass. Tests
    // assert this is 0.
    int gl_error_count() const;
    // The last GL error message, empty if none.
    const std::string& last_gl_error() const;

    // A colour (+ depth) target render_offscreen draws into, kept from one
    // export to the next and made again only when its size or samples change:
    // a batch at one size makes its targets once. slot 0 is the multisampled
    // frame, 1 its resolve.
    detail::RenderTarget& kept_target(int slot, int width, int height, int samples, bool with_depth);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace cagescope::render
