// The renderer's private state, shared by its parts: renderer.cpp (set-up
// and the frame), renderer_scene.cpp (the packed scene -> GPU buffers),
// renderer_copies.cpp (pictures of a repeat's copies) and
// renderer_labels.cpp (the label pass). What they draw is decided on the
// CPU in frame/ (packed_scene.h, draw_plan.h, labels.h); here are the GL calls.
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

#include "frame/draw_plan.h"
#include "frame/labels.h"
#include "frame/packed_scene.h"
#include "render/font_atlas.h"
#include "render/gl_util.h"

namespace cagescope::render {

namespace detail {


constexpr float kLineDepthBias = 4e-5f;  // NDC: lines win over the faces they lie on
constexpr int kTextFloats = 8;           // position 2, uv 2, colour 4
constexpr int kPictureLayerSize = 16;    // texels square; a step's picture fills its lower-left corner
// sphere.frag and speck.frag's u_mode.
// The fringe's pixels covered half or more write depth, the others do not.
constexpr int kSphereAlphaToCoverage = 0, kSphereAliased = 1, kSphereTranslucent = 2, kSphereInterior = 3,
              kSphereFringeNear = 4, kSphereFringeFar = 5;
// mesh.geom and mesh.frag's u_aa_pass.
constexpr int kMeshWhole = 0, kMeshInterior = 1, kMeshFringeNear = 2, kMeshFringeFar = 3, kMeshTranslucent = 4;

// Uniform locations of one program, looked up once.
struct Program {
    GlProgram id;
    std::unordered_map<std::string, GLint> locations;
    GLint operator[](const char* name) const {
        const auto it = locations.find(name);
        return it == locations.end() ? -1 : it->second;
    }
    void load(std::string_view vert, std::string_view frag, std::string_view defines = {}, std::string_view geom = {}) {
        id = build_program(vert, frag, defines, geom);
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

}  // namespace detail

using namespace detail;

struct Renderer::Impl {
    // Flat polygons and lit arrow heads are two builds of mesh.frag: llvmpipe
    // runs both sides of a branch, even on a uniform, so one program that
    // could light paid for lighting on every polygon pixel (15% of Fig. 7).
    Program sphere_prog, octagon_sphere_prog, speck_prog, line_prog, flat_prog, lit_prog, text_prog, picture_prog;
    // Spheres and segments are screen quads pulled from buffer textures: no
    // vertex attributes, only an index buffer of 4 vertices per quad, so the
    // vertex shader runs 4 times per quad instead of 6 (llvmpipe shades each
    // index once within a draw).
    // Translucent spheres are octagons of 8 vertices instead (sphere.vert's
    // OCTAGON). Each has a vertex array holding its index buffer.
    struct FanIndices {
        explicit FanIndices(int n) : corners(n) {}
        int corners;
        GlVertexArray vao;
        GlBuffer ibo;
        std::size_t capacity = 0;  // shapes the buffer holds
        GLsizei indices() const { return 3 * (corners - 2); }
        void create() {
            vao = GlVertexArray::create();
            ibo = GlBuffer::create();
            glBindVertexArray(vao);
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo);  // part of the VAO's state
            glBindVertexArray(0);
        }
        // Shapes [first, first + count) in one call.
        void draw(GLint first, GLsizei count) const {
            glDrawElements(GL_TRIANGLES, count * indices(), GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(static_cast<std::uintptr_t>(first) * indices() * sizeof(GLuint)));
        }
    };
    FanIndices quads{4};
    FanIndices octagons{8};
    BufferTexture spheres, translucent_spheres, segments;
    GlVertexArray mesh_vao, text_vao;
    GlBuffer mesh_vbo, text_vbo;
    GLsizeiptr text_vbo_capacity = 0;
    detail::FontAtlas fonts;

    // The scene as uploaded, and this frame's plan (frame/): what the GL
    // calls below draw, decided on the CPU.
    frame::PackedScene packed;
    frame::DrawPlan plan;
    std::optional<frame::SceneLabels> scene_labels;  // placed every frame
    std::vector<frame::PlacedLabel> placed_labels;    // this frame's, memory reused

    // The pattern's pictures: a texture array, one layer per step of size,
    // with a depth buffer of their own, and the centres of this frame's
    // pictured copies, far to near.
    GlFramebuffer picture_fbo;
    GlTexture picture_texture;
    GlRenderbuffer picture_depth;
    BufferTexture picture_centers;

    // Per-frame scratch, reused so frames do not allocate once warm.
    std::vector<char> layer_visible;
    std::vector<float> picture_center_data;
    std::vector<float> text_vertices;
    std::vector<int> font_sizes;
    std::vector<char32_t> font_codepoints;
    std::vector<GLsizei> element_counts;        // draw_quads' glMultiDrawElements arguments
    std::vector<const void*> element_offsets;

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

    void ensure_fan_indices(FanIndices& fans, std::size_t shapes);
    void draw_quads(GLint first, GLsizei count) const { quads.draw(first, count); }
    // Ranges of quads in one call: counts and offsets in element units.
    void draw_quads(const frame::DrawList& list) {
        if (list.counts.empty()) return;
        element_counts.resize(list.counts.size());
        element_offsets.resize(list.firsts.size());
        for (std::size_t i = 0; i < list.firsts.size(); ++i) {
            element_offsets[i] =
                reinterpret_cast<const void*>(static_cast<std::uintptr_t>(list.firsts[i]) * quads.indices() * sizeof(GLuint));
            element_counts[i] = list.counts[i] * quads.indices();
        }
        glMultiDrawElements(GL_TRIANGLES, element_counts.data(), GL_UNSIGNED_INT, element_offsets.data(),
                            static_cast<GLsizei>(element_counts.size()));
    }
    // renderer_copies.cpp: the pattern's pictures of the repeat's copies.
    void draw_pictures_of_pattern(const scene::Camera& camera, float pixel_scale);
    void draw_pictures(const glm::mat4& view, const glm::mat4& proj);
    void set_sphere_and_line_uniforms(const glm::mat4& view, const glm::mat4& proj, bool ortho, float px_world,
                                      const glm::vec2& viewport, float pixel_scale, int highlight_sphere,
                                      int highlight_first, int highlight_last, int sphere_mode);
    void upload(const scene::Scene& scene);
    void draw(const scene::Camera& camera, const FrameOptions& options);
    void draw_labels(const scene::Camera& camera, const FrameOptions& o, float scale, int full_w, int full_h);

    // render_offscreen's targets (Renderer::kept_target); deleted before the programs.
    std::array<detail::RenderTarget, 2> kept_targets;
};

}  // namespace cagescope::render
