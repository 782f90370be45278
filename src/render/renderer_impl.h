// The renderer's private state and the types it is built from, shared by
// its three parts: renderer.cpp (set-up and the frame), renderer_scene.cpp
// (scene -> static GPU buffers) and renderer_labels.cpp (the label pass).
// Not part of the public interface.
#pragma once

#include "render/renderer.h"

#include <epoxy/gl.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <glm/geometric.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <glm/mat4x4.hpp>
#include <unordered_map>
#include <vector>

#include "frame/labels.h"
#include "render/font_atlas.h"
#include "render/gl_util.h"

namespace cagescope::render {

namespace detail {


constexpr float kLineDepthBias = 4e-5f;  // NDC: lines win over the faces they lie on
constexpr int kMeshFloats = 10;          // position 3, normal 3, colour 4
constexpr int kTextFloats = 8;           // position 2, uv 2, colour 4

struct Range {
    GLint first = 0;
    GLsizei count = 0;
};

// A run of consecutive spheres or segments of one layer with a bounding
// sphere, tested against the view each frame: off-screen blocks are skipped,
// and blocks whose spheres all project below half a pixel are drawn as specks.
struct Block {
    Range range;
    glm::vec3 center{0.0f};
    float bound = 0.0f;       // radius enclosing every member, whole
    float max_radius = 0.0f;  // largest sphere radius (spheres only)
};

// Whether a sphere is at least partly inside the view's (widened) planes.
inline bool inside(const std::array<glm::vec4, 6>& planes, const glm::vec3& center, float radius) {
    const glm::vec4 c(center, 1.0f);
    return std::all_of(planes.begin(), planes.end(), [&](const glm::vec4& p) { return glm::dot(p, c) >= -radius; });
}
constexpr GLsizei kBlockSize = 256;
constexpr float kSpeckRadiusPx = 0.5f;  // below this projected radius a sphere is one pixel
// Level of detail (FrameOptions::level_of_detail): a copy of the scene's
// repeat whose bounding sphere projects under kPictureRadiusPx is drawn as
// one picture of the pattern. Pictures are drawn at the size of the copies
// they stand for, one per step of 2^(1/4) in radius, so a copy shows its
// picture scaled by at most 2^(1/8) (9 %) either way.
constexpr float kPictureRadiusPx = 8.0f;
constexpr int kPictureSteps = 10;     // radii [8/2^(1/4), 8), ..., and the last everything under 8/2^(9/4)
constexpr int kPictureLayerSize = 16; // texels square; a step's picture fills its lower-left corner

// The picture size of each step, in pixels square: twice the step's middle
// radius 8/2^((k + 1/2)/4), rounded up.
inline int picture_size(int step) {
    return static_cast<int>(std::ceil(2.0f * kPictureRadiusPx / std::exp2((static_cast<float>(step) + 0.5f) / 4.0f)));
}

// The scene's repeat as the renderer lays it out: where each copy's spheres
// and segments are, and the blocks of everything else.
struct Copies {
    std::vector<glm::vec3> centers;  // bounding-sphere centre of each copy
    float bound = 0.0f;              // radius enclosing the pattern, whole
    float max_radius = 0.0f;         // largest sphere of the pattern
    std::size_t first = 0, size = 0; // the copies' primitive indices, as scene::Repeat
    std::vector<Range> spheres, segments;                             // copy i, layer l at i * layers + l
    std::vector<std::vector<Block>> rest_sphere_blocks, rest_segment_blocks;  // by layer: not in any copy
    bool empty() const { return centers.empty(); }
};

// Splits a range of spheres (8 floats each: centre, radius, colour) or
// segments (16 floats: p0, s0, p1, s1, ...) into blocks with bounds.
std::vector<Block> make_blocks(const std::vector<float>& data, const Range& range, bool spheres);

// What a frame does with one copy.
enum class CopyDraw : std::uint8_t { culled, picture, specks, quads };

// Draw ranges of one pass, adjacent ranges merged, in glMultiDraw* form.
struct DrawList {
    std::vector<GLint> firsts;
    std::vector<GLsizei> counts;
    std::vector<const void*> offsets;  // element offsets for indexed quads
    void clear() {
        firsts.clear();
        counts.clear();
    }
    void add(const Range& r) {
        if (!counts.empty() && firsts.back() + counts.back() == r.first)
            counts.back() += r.count;
        else {
            firsts.push_back(r.first);
            counts.push_back(r.count);
        }
    }
};

// Uniform locations of one program, looked up once.
struct Program {
    GlProgram id;
    std::unordered_map<std::string, GLint> locations;
    GLint operator[](const char* name) const {
        const auto it = locations.find(name);
        return it == locations.end() ? -1 : it->second;
    }
    void load(std::string_view vert, std::string_view frag, std::string_view defines = {}) {
        id = build_program(vert, frag, defines);
        GLint count = 0;
        glGetProgramiv(id, GL_ACTIVE_UNIFORMS, &count);
        for (GLint i = 0; i < count; ++i) {
            char name[128];
            GLsizei length = 0;
            GLint size = 0;
            GLenum type = 0;
            glGetActiveUniform(id, static_cast<GLuint>(i), sizeof name, &length, &size, &type, name);
            locations[std::string(name, static_cast<std::size_t>(length))] = glGetUniformLocation(id, name);
        }
    }
};

// A GL buffer read by a shader as a samplerBuffer of RGBA32F texels.
struct BufferTexture {
    GlBuffer buffer;
    GlTexture texture;
    void create() {
        buffer = GlBuffer::create();
        texture = GlTexture::create();
    }
    void upload(const std::vector<float>& data, GLenum usage) {
        glBindBuffer(GL_TEXTURE_BUFFER, buffer);
        glBufferData(GL_TEXTURE_BUFFER, static_cast<GLsizeiptr>(std::max<std::size_t>(data.size(), 4) * sizeof(float)),
                     data.empty() ? nullptr : data.data(), usage);
        glBindTexture(GL_TEXTURE_BUFFER, texture);
        glTexBuffer(GL_TEXTURE_BUFFER, GL_RGBA32F, buffer);
        glBindBuffer(GL_TEXTURE_BUFFER, 0);
    }
};

enum class Kind { sphere, polyline, arrow, polygon, label };

struct Highlight {
    Kind kind = Kind::sphere;
    int first = 0;  // sphere index, segment range or vertex range [first, last)
    int last = 0;
    int mesh_first = 0;  // arrows: the head's vertex range
    int mesh_last = 0;
    bool translucent = false;  // spheres: `first` indexes the translucent list
};

struct TranslucentSphere {
    glm::vec4 center_radius;
    glm::vec4 color;
    int layer;
};

struct TranslucentPolygon {
    Range vertices;
    glm::vec3 centroid;
    int layer;
};

struct SortItem {
    float depth;  // view-space z (more negative is farther)
    int kind;     // 0 sphere, 1 polygon
    int index;
};

}  // namespace detail

using namespace detail;

struct Renderer::Impl {
    // Flat polygons and lit arrow heads are two builds of mesh.frag: llvmpipe
    // runs both sides of a branch, even on a uniform, so one program that
    // could light paid for lighting on every polygon pixel (15% of Fig. 7).
    Program sphere_prog, speck_prog, line_prog, flat_prog, lit_prog, text_prog, picture_prog;
    // Spheres and segments are screen quads pulled from buffer textures: no
    // vertex attributes, only an index buffer of 4 vertices per quad, so the
    // vertex shader runs 4 times per quad instead of 6 (llvmpipe shades each
    // index once within a draw).
    GlVertexArray quad_vao;
    GlBuffer quad_ibo;
    std::size_t quad_ibo_quads = 0;
    BufferTexture spheres, translucent_spheres, segments;
    GlVertexArray mesh_vao, text_vao;
    GlBuffer mesh_vbo, text_vbo;
    GLsizeiptr text_vbo_capacity = 0;
    detail::FontAtlas fonts;

    // Scene data, grouped by layer (ranges indexed by layer).
    std::vector<std::string> layers;
    std::vector<Range> sphere_ranges, segment_ranges, cone_ranges, polygon_ranges;
    std::vector<std::vector<Block>> sphere_blocks, segment_blocks;  // by layer
    std::vector<TranslucentSphere> trans_spheres;
    std::vector<TranslucentPolygon> trans_polygons;
    std::optional<frame::SceneLabels> scene_labels;  // placed every frame
    std::vector<frame::PlacedLabel> placed_labels;    // this frame's, memory reused
    std::vector<Highlight> highlights;  // by primitive index; kind label = nothing to highlight
    Copies copies;  // empty without a valid scene::Repeat

    // The pattern's pictures: a texture array, one layer per step of size,
    // with a depth buffer of their own, and the centres of this frame's
    // pictured copies, far to near.
    GlFramebuffer picture_fbo;
    GlTexture picture_texture;
    GlRenderbuffer picture_depth;
    BufferTexture picture_centers;

    // Per-frame scratch, reused so frames do not allocate once warm.
    std::vector<char> layer_visible;
    std::vector<SortItem> sort_items;
    std::vector<float> sorted_sphere_data;
    std::vector<float> text_vertices;
    std::vector<int> font_sizes;
    DrawList sphere_quads, sphere_specks, segment_quads;
    std::vector<CopyDraw> copy_draw;               // by copy
    struct Pictured {
        float z;     // view z: sorted far (most negative) first
        int copy;
        int step;    // which picture
        bool operator<(const Pictured& o) const { return z < o.z; }
    };
    std::vector<Pictured> pictured;
    std::vector<float> picture_center_data;

    FrameStats stats;
    int gl_errors = 0;
    std::string last_error;

    void check_errors(const char* pass) {
        for (GLenum e = glGetError(); e != GL_NO_ERROR; e = glGetError()) {
            ++gl_errors;
            char buf[96];
            std::snprintf(buf, sizeof buf, "GL error 0x%04x after %s", e, pass);
            last_error = buf;
        }
    }

    void ensure_quad_indices(std::size_t quads);
    void draw_quads(GLint first, GLsizei count) const {
        glDrawElements(GL_TRIANGLES, count * 6, GL_UNSIGNED_INT,
                       reinterpret_cast<const void*>(static_cast<std::uintptr_t>(first) * 6 * sizeof(GLuint)));
    }
    // Ranges of quads in one call: counts and offsets become element units.
    void draw_quads(DrawList& list) const {
        if (list.counts.empty()) return;
        list.offsets.resize(list.firsts.size());
        for (std::size_t i = 0; i < list.firsts.size(); ++i) {
            list.offsets[i] = reinterpret_cast<const void*>(static_cast<std::uintptr_t>(list.firsts[i]) * 6 * sizeof(GLuint));
            list.counts[i] *= 6;
        }
        glMultiDrawElements(GL_TRIANGLES, list.counts.data(), GL_UNSIGNED_INT, list.offsets.data(),
                            static_cast<GLsizei>(list.counts.size()));
    }
    void cull_blocks(const glm::mat4& view, const glm::mat4& proj, bool ortho, int width, int height, float pixel_scale,
                     bool level_of_detail, int highlighted_copy);
    // renderer_copies.cpp: the repeat's layout, the per-copy choice, the picture.
    void build_copies(const scene::Scene& scene, const std::vector<float>& sphere_data,
                      const std::vector<float>& segment_data);
    void cull_copies(const glm::mat4& view, float px_world, bool ortho, int highlighted_copy,
                     const std::array<glm::vec4, 6>& planes);
    void draw_pictures_of_pattern(const scene::Camera& camera, float pixel_scale);
    void draw_pictures(const glm::mat4& view, const glm::mat4& proj);
    void set_sphere_and_line_uniforms(const glm::mat4& view, const glm::mat4& proj, bool ortho, float px_world,
                                      const glm::vec2& viewport, float pixel_scale, int highlight_sphere,
                                      int highlight_first, int highlight_last, bool multisampled);
    void build(const scene::Scene& scene);
    void draw(const scene::Camera& camera, const FrameOptions& options);
    void draw_labels(const scene::Camera& camera, const FrameOptions& o, float scale, int full_w, int full_h);
};

}  // namespace cagescope::render
