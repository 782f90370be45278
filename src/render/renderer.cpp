#include "render/renderer.h"

#include <epoxy/gl.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/geometric.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <glm/mat4x4.hpp>
#include <unordered_map>
#include <vector>

#include "render/font_atlas.h"
#include "render/gl_util.h"

namespace cagescope::render {

namespace {

using detail::build_program;

constexpr float kLineDepthBias = 4e-5f;  // NDC: lines win over the faces they lie on
constexpr int kMeshFloats = 10;          // position 3, normal 3, colour 4
constexpr int kTextFloats = 8;           // position 2, uv 2, colour 4

struct Range {
    GLint first = 0;
    GLsizei count = 0;
};

// Uniform locations of one program, looked up once.
struct Program {
    GLuint id = 0;
    std::unordered_map<std::string, GLint> locations;
    GLint operator[](const char* name) const {
        const auto it = locations.find(name);
        return it == locations.end() ? -1 : it->second;
    }
    void load(std::string_view vert, std::string_view frag) {
        id = build_program(vert, frag);
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
    GLuint buffer = 0;
    GLuint texture = 0;
    void create() {
        glGenBuffers(1, &buffer);
        glGenTextures(1, &texture);
    }
    void upload(const std::vector<float>& data, GLenum usage) {
        glBindBuffer(GL_TEXTURE_BUFFER, buffer);
        glBufferData(GL_TEXTURE_BUFFER, static_cast<GLsizeiptr>(std::max<std::size_t>(data.size(), 4) * sizeof(float)),
                     data.empty() ? nullptr : data.data(), usage);
        glBindTexture(GL_TEXTURE_BUFFER, texture);
        glTexBuffer(GL_TEXTURE_BUFFER, GL_RGBA32F, buffer);
        glBindBuffer(GL_TEXTURE_BUFFER, 0);
    }
    void destroy() {
        if (texture) glDeleteTextures(1, &texture);
        if (buffer) glDeleteBuffers(1, &buffer);
        texture = buffer = 0;
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

struct LabelData {
    glm::vec3 anchor;
    float pull;  // world distance toward the eye for the occlusion test
    std::string text;
    scene::Color color;
    float size_px;
    scene::LabelPlacement placement;
    glm::vec2 offset_px;
    int layer;
    bool occluded = false;
    float clearance = 0.0f;  // radius of the sphere the label names: text starts outside it
};

struct SortItem {
    float depth;  // view-space z (more negative is farther)
    int kind;     // 0 sphere, 1 polygon
    int index;
};

struct Box {
    float x0, y0, x1, y1;
    bool overlaps(const Box& o, float pad) const {
        return x0 < o.x1 + pad && o.x0 < x1 + pad && y0 < o.y1 + pad && o.y0 < y1 + pad;
    }
};

}  // namespace

struct Renderer::Impl {
    Program sphere_prog, line_prog, mesh_prog, text_prog, anchor_prog;
    GLuint empty_vao = 0;
    BufferTexture spheres, translucent_spheres, segments;
    GLuint mesh_vao = 0, mesh_vbo = 0;
    GLuint text_vao = 0, text_vbo = 0;
    GLsizeiptr text_vbo_capacity = 0;
    GLuint anchor_vao = 0, anchor_vbo = 0;
    std::vector<GLuint> queries;
    detail::FontAtlas fonts;

    // Scene data, grouped by layer (ranges indexed by layer).
    std::vector<std::string> layers;
    std::vector<Range> sphere_ranges, segment_ranges, cone_ranges, polygon_ranges;
    std::vector<TranslucentSphere> trans_spheres;
    std::vector<TranslucentPolygon> trans_polygons;
    std::vector<LabelData> labels;
    std::unordered_map<std::string, Highlight> highlights;

    // Per-frame scratch, reused so frames do not allocate once warm.
    std::vector<char> layer_visible;
    std::vector<SortItem> sort_items;
    std::vector<float> sorted_sphere_data;
    std::vector<float> text_vertices;
    std::vector<int> font_sizes;
    std::vector<Box> placed;

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

    void build(const scene::Scene& scene);
    void draw(const scene::Camera& camera, const FrameOptions& options);
    void draw_labels(const glm::mat4& view, const glm::mat4& proj, const glm::mat4& full_proj,
                     const FrameOptions& o, bool ortho, float scale, int full_w, int full_h);
};

Renderer::Renderer() : impl_(std::make_unique<Impl>()) {
    Impl& s = *impl_;
    s.sphere_prog.load("shaders/sphere.vert", "shaders/sphere.frag");
    s.line_prog.load("shaders/line.vert", "shaders/line.frag");
    s.mesh_prog.load("shaders/mesh.vert", "shaders/mesh.frag");
    s.text_prog.load("shaders/text.vert", "shaders/text.frag");
    s.anchor_prog.load("shaders/anchor.vert", "shaders/anchor.frag");
    glGenVertexArrays(1, &s.empty_vao);
    s.spheres.create();
    s.translucent_spheres.create();
    s.segments.create();

    glGenVertexArrays(1, &s.mesh_vao);
    glGenBuffers(1, &s.mesh_vbo);
    glBindVertexArray(s.mesh_vao);
    glBindBuffer(GL_ARRAY_BUFFER, s.mesh_vbo);
    constexpr GLsizei mesh_stride = kMeshFloats * sizeof(float);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, mesh_stride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, mesh_stride, reinterpret_cast<void*>(3 * sizeof(float)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, mesh_stride, reinterpret_cast<void*>(6 * sizeof(float)));

    glGenVertexArrays(1, &s.text_vao);
    glGenBuffers(1, &s.text_vbo);
    glBindVertexArray(s.text_vao);
    glBindBuffer(GL_ARRAY_BUFFER, s.text_vbo);
    constexpr GLsizei text_stride = kTextFloats * sizeof(float);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, text_stride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, text_stride, reinterpret_cast<void*>(2 * sizeof(float)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, text_stride, reinterpret_cast<void*>(4 * sizeof(float)));

    glGenVertexArrays(1, &s.anchor_vao);
    glGenBuffers(1, &s.anchor_vbo);
    glBindVertexArray(s.anchor_vao);
    glBindBuffer(GL_ARRAY_BUFFER, s.anchor_vbo);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);

    GLint flags = 0;
    glGetIntegerv(GL_CONTEXT_FLAGS, &flags);
    if ((flags & GL_CONTEXT_FLAG_DEBUG_BIT) && epoxy_has_gl_extension("GL_KHR_debug")) {
        glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
        glDebugMessageCallback(
            [](GLenum, GLenum type, GLuint, GLenum, GLsizei, const GLchar* message, const void* user) {
                if (type != GL_DEBUG_TYPE_ERROR) return;
                auto* impl = static_cast<Impl*>(const_cast<void*>(user));
                ++impl->gl_errors;
                impl->last_error = message;
            },
            impl_.get());
    }
    s.check_errors("renderer setup");
}

Renderer::~Renderer() {
    Impl& s = *impl_;
    GLint flags = 0;
    glGetIntegerv(GL_CONTEXT_FLAGS, &flags);
    if ((flags & GL_CONTEXT_FLAG_DEBUG_BIT) && epoxy_has_gl_extension("GL_KHR_debug"))
        glDebugMessageCallback(nullptr, nullptr);
    for (Program* p : {&s.sphere_prog, &s.line_prog, &s.mesh_prog, &s.text_prog, &s.anchor_prog})
        glDeleteProgram(p->id);
    s.spheres.destroy();
    s.translucent_spheres.destroy();
    s.segments.destroy();
    const GLuint vaos[] = {s.empty_vao, s.mesh_vao, s.text_vao, s.anchor_vao};
    glDeleteVertexArrays(4, vaos);
    const GLuint buffers[] = {s.mesh_vbo, s.text_vbo, s.anchor_vbo};
    glDeleteBuffers(3, buffers);
    if (!s.queries.empty()) glDeleteQueries(static_cast<GLsizei>(s.queries.size()), s.queries.data());
}

void Renderer::set_scene(const scene::Scene& scene) { impl_->build(scene); }
void Renderer::draw(const scene::Camera& camera, const FrameOptions& options) { impl_->draw(camera, options); }
const FrameStats& Renderer::last_stats() const { return impl_->stats; }
int Renderer::gl_error_count() const { return impl_->gl_errors; }
const std::string& Renderer::last_gl_error() const { return impl_->last_error; }

namespace {

void push_vec(std::vector<float>& out, const glm::vec3& v) { out.insert(out.end(), {v.x, v.y, v.z}); }
void push_vec(std::vector<float>& out, const glm::vec4& v) { out.insert(out.end(), {v.x, v.y, v.z, v.w}); }

void push_mesh_vertex(std::vector<float>& out, const glm::vec3& p, const glm::vec3& n, const glm::vec4& c) {
    push_vec(out, p);
    push_vec(out, n);
    push_vec(out, c);
}

void push_segment(std::vector<float>& out, const glm::vec3& a, float sa, const glm::vec3& b, float sb,
                  const scene::Color& color, float width_px, bool dashed) {
    push_vec(out, glm::vec4(a, sa));
    push_vec(out, glm::vec4(b, sb));
    push_vec(out, color);
    push_vec(out, glm::vec4(width_px, dashed ? 1.0f : 0.0f, 0.0f, 0.0f));
}

// Any unit vector perpendicular to d.
glm::vec3 perpendicular(const glm::vec3& d) {
    const glm::vec3 helper = std::abs(d.z) < 0.9f ? glm::vec3(0, 0, 1) : glm::vec3(1, 0, 0);
    return glm::normalize(glm::cross(d, helper));
}

void push_cone(std::vector<float>& out, const glm::vec3& base, const glm::vec3& tip, float radius,
               const glm::vec4& color) {
    constexpr int kSlices = 32;
    const glm::vec3 axis = tip - base;
    const float length = glm::length(axis);
    const glm::vec3 dir = axis / length;
    const glm::vec3 u = perpendicular(dir);
    const glm::vec3 v = glm::cross(dir, u);
    constexpr float kTwoPi = 6.2831853f;
    for (int i = 0; i < kSlices; ++i) {
        const float a0 = kTwoPi * static_cast<float>(i) / kSlices;
        const float a1 = kTwoPi * static_cast<float>(i + 1) / kSlices;
        const float am = 0.5f * (a0 + a1);
        const glm::vec3 r0 = u * std::cos(a0) + v * std::sin(a0);
        const glm::vec3 r1 = u * std::cos(a1) + v * std::sin(a1);
        const glm::vec3 rm = u * std::cos(am) + v * std::sin(am);
        const auto side_normal = [&](const glm::vec3& r) { return glm::normalize(r * length + dir * radius); };
        push_mesh_vertex(out, base + r0 * radius, side_normal(r0), color);
        push_mesh_vertex(out, base + r1 * radius, side_normal(r1), color);
        push_mesh_vertex(out, tip, side_normal(rm), color);
        push_mesh_vertex(out, base, -dir, color);
        push_mesh_vertex(out, base + r1 * radius, -dir, color);
        push_mesh_vertex(out, base + r0 * radius, -dir, color);
    }
}

}  // namespace

void Renderer::Impl::build(const scene::Scene& scene) {
    layers = scene.layers();
    const std::size_t nl = layers.size();
    std::unordered_map<std::string, int> layer_index;
    for (std::size_t i = 0; i < nl; ++i) layer_index[layers[i]] = static_cast<int>(i);

    sphere_ranges.assign(nl, {});
    segment_ranges.assign(nl, {});
    cone_ranges.assign(nl, {});
    polygon_ranges.assign(nl, {});
    trans_spheres.clear();
    trans_polygons.clear();
    labels.clear();
    highlights.clear();

    std::vector<float> sphere_data, segment_data, mesh_data, trans_poly_data;
    std::vector<std::vector<const scene::Primitive*>> by_layer(nl);
    for (const scene::Primitive& p : scene.primitives) by_layer[static_cast<std::size_t>(layer_index[p.layer])].push_back(&p);

    // Opaque spheres, segments, cones and opaque polygons are each laid out
    // layer after layer, so hiding a layer just skips a range.
    for (std::size_t l = 0; l < nl; ++l) {
        const int layer = static_cast<int>(l);
        const auto sphere_first = static_cast<GLint>(sphere_data.size() / 8);
        const auto segment_first = static_cast<GLint>(segment_data.size() / 16);
        for (const scene::Primitive* p : by_layer[l]) {
            if (const auto* s = std::get_if<scene::Sphere>(&p->shape)) {
                if (s->color.a < 1.0f) {
                    highlights[p->id] = {Kind::sphere, static_cast<int>(trans_spheres.size()), 0, 0, 0, true};
                    trans_spheres.push_back({glm::vec4(s->center, s->radius), s->color, layer});
                } else {
                    const int index = static_cast<int>(sphere_data.size() / 8);
                    highlights[p->id] = {Kind::sphere, index, index + 1, 0, 0, false};
                    push_vec(sphere_data, glm::vec4(s->center, s->radius));
                    push_vec(sphere_data, s->color);
                }
            } else if (const auto* line = std::get_if<scene::Polyline>(&p->shape)) {
                const int first = static_cast<int>(segment_data.size() / 16);
                const auto& pts = line->points;
                if (pts.size() == 1) {
                    push_segment(segment_data, pts[0], 0.0f, pts[0], 0.0f, line->color, line->width_px, false);
                } else if (pts.size() > 1) {
                    float s0 = 0.0f;
                    const std::size_t n = line->closed && pts.size() > 2 ? pts.size() : pts.size() - 1;
                    for (std::size_t i = 0; i < n; ++i) {
                        const glm::vec3& a = pts[i];
                        const glm::vec3& b = pts[(i + 1) % pts.size()];
                        const float s1 = s0 + glm::length(b - a);
                        push_segment(segment_data, a, s0, b, s1, line->color, line->width_px, line->dashed);
                        s0 = s1;
                    }
                }
                highlights[p->id] = {Kind::polyline, first, static_cast<int>(segment_data.size() / 16), 0, 0, false};
            } else if (const auto* arrow = std::get_if<scene::Arrow>(&p->shape)) {
                const glm::vec3 axis = arrow->tip - arrow->tail;
                const float length = glm::length(axis);
                if (length <= 0.0f) continue;
                const glm::vec3 dir = axis / length;
                const float head = std::min(arrow->head_length, length);
                const int first = static_cast<int>(segment_data.size() / 16);
                if (head < length) {
                    // The shaft ends a little inside the head: no gap at the base.
                    const glm::vec3 shaft_end = arrow->tip - dir * (head * 0.8f);
                    push_segment(segment_data, arrow->tail, 0.0f, shaft_end, length, arrow->color, arrow->width_px,
                                 false);
                }
                highlights[p->id] = {Kind::arrow, first, static_cast<int>(segment_data.size() / 16), 0, 0, false};
            } else if (const auto* label = std::get_if<scene::Label>(&p->shape)) {
                labels.push_back({label->anchor, 0.0f, label->text, label->color, label->size_px, label->placement,
                                  label->offset_px, layer});
            }
        }
        sphere_ranges[l] = {sphere_first, static_cast<GLsizei>(sphere_data.size() / 8) - sphere_first};
        segment_ranges[l] = {segment_first, static_cast<GLsizei>(segment_data.size() / 16) - segment_first};
    }
    // Meshes: cones of every layer, then opaque polygons, then translucent ones.
    for (std::size_t l = 0; l < nl; ++l) {
        const auto first = static_cast<GLint>(mesh_data.size() / kMeshFloats);
        for (const scene::Primitive* p : by_layer[l]) {
            const auto* arrow = std::get_if<scene::Arrow>(&p->shape);
            if (!arrow) continue;
            const glm::vec3 axis = arrow->tip - arrow->tail;
            const float length = glm::length(axis);
            if (length <= 0.0f || arrow->head_length <= 0.0f || arrow->head_radius <= 0.0f) continue;
            const float head = std::min(arrow->head_length, length);
            const int vfirst = static_cast<int>(mesh_data.size() / kMeshFloats);
            push_cone(mesh_data, arrow->tip - axis / length * head, arrow->tip, arrow->head_radius,
                      glm::vec4(glm::vec3(arrow->color), 1.0f));
            Highlight& h = highlights[p->id];
            h.mesh_first = vfirst;
            h.mesh_last = static_cast<int>(mesh_data.size() / kMeshFloats);
        }
        cone_ranges[l] = {first, static_cast<GLsizei>(mesh_data.size() / kMeshFloats) - first};
    }
    const auto polygon_normal = [](const std::vector<glm::vec3>& pts) {
        glm::vec3 n(0.0f);  // Newell's method
        for (std::size_t i = 0; i < pts.size(); ++i) {
            const glm::vec3& a = pts[i];
            const glm::vec3& b = pts[(i + 1) % pts.size()];
            n += glm::vec3((a.y - b.y) * (a.z + b.z), (a.z - b.z) * (a.x + b.x), (a.x - b.x) * (a.y + b.y));
        }
        const float len = glm::length(n);
        return len > 0.0f ? n / len : glm::vec3(0, 0, 1);
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t l = 0; l < nl; ++l) {
            const auto first = static_cast<GLint>(mesh_data.size() / kMeshFloats);
            for (const scene::Primitive* p : by_layer[l]) {
                const auto* poly = std::get_if<scene::Polygon>(&p->shape);
                if (!poly || poly->points.size() < 3) continue;
                const bool translucent = poly->color.a < 1.0f;
                if (translucent != (pass == 1)) continue;
                const auto vfirst = static_cast<GLint>(mesh_data.size() / kMeshFloats);
                const glm::vec3 n = polygon_normal(poly->points);
                glm::vec3 centroid(0.0f);
                for (const glm::vec3& q : poly->points) centroid += q;
                centroid /= static_cast<float>(poly->points.size());
                for (std::size_t i = 1; i + 1 < poly->points.size(); ++i) {
                    push_mesh_vertex(mesh_data, poly->points[0], n, poly->color);
                    push_mesh_vertex(mesh_data, poly->points[i], n, poly->color);
                    push_mesh_vertex(mesh_data, poly->points[i + 1], n, poly->color);
                }
                const Range r{vfirst, static_cast<GLsizei>(mesh_data.size() / kMeshFloats) - vfirst};
                highlights[p->id] = {Kind::polygon, r.first, r.first + r.count, 0, 0, translucent};
                if (translucent) trans_polygons.push_back({r, centroid, static_cast<int>(l)});
            }
            if (pass == 0)
                polygon_ranges[l] = {first, static_cast<GLsizei>(mesh_data.size() / kMeshFloats) - first};
        }
    }

    // A label anchored inside a sphere (the point it names) is tested for
    // occlusion from just outside that sphere, so its own sphere never hides it.
    for (LabelData& label : labels) {
        for (const scene::Primitive& p : scene.primitives) {
            const auto* s = std::get_if<scene::Sphere>(&p.shape);
            if (s && glm::length(label.anchor - s->center) <= s->radius * 1.001f) {
                label.pull = std::max(label.pull, s->radius * 1.15f + glm::length(label.anchor - s->center));
                label.clearance = std::max(label.clearance, s->radius - glm::length(label.anchor - s->center));
            }
        }
    }

    spheres.upload(sphere_data, GL_STATIC_DRAW);
    segments.upload(segment_data, GL_STATIC_DRAW);
    sorted_sphere_data.assign(trans_spheres.size() * 16, 0.0f);
    translucent_spheres.upload(sorted_sphere_data, GL_STREAM_DRAW);
    sort_items.reserve(trans_spheres.size() + trans_polygons.size());

    glBindBuffer(GL_ARRAY_BUFFER, mesh_vbo);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(std::max<std::size_t>(mesh_data.size(), 1) * sizeof(float)),
                 mesh_data.empty() ? nullptr : mesh_data.data(), GL_STATIC_DRAW);
    std::vector<float> anchor_data;
    for (const LabelData& label : labels) push_vec(anchor_data, glm::vec4(label.anchor, label.pull));
    glBindBuffer(GL_ARRAY_BUFFER, anchor_vbo);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(std::max<std::size_t>(anchor_data.size(), 1) * sizeof(float)),
                 anchor_data.empty() ? nullptr : anchor_data.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    if (queries.size() < labels.size()) {
        const std::size_t old = queries.size();
        queries.resize(labels.size());
        glGenQueries(static_cast<GLsizei>(labels.size() - old), queries.data() + old);
    }
    layer_visible.assign(nl, 1);
    text_vertices.reserve(4096);
    font_sizes.reserve(16);
    placed.reserve(labels.size());
    check_errors("set_scene");
}

void Renderer::Impl::draw(const scene::Camera& camera, const FrameOptions& o) {
    stats = {};
    const int w = std::max(o.width, 1);
    const int h = std::max(o.height, 1);
    const bool tiled = o.tile.full_width > 0 && o.tile.full_height > 0;
    const int fw = tiled ? o.tile.full_width : w;
    const int fh = tiled ? o.tile.full_height : h;
    const float scale = o.pixel_scale > 0.0f ? o.pixel_scale : 1.0f;
    const glm::mat4 view = camera.view_matrix();
    const glm::mat4 full_proj = camera.projection_matrix(static_cast<float>(fw) / static_cast<float>(fh));
    glm::mat4 proj = full_proj;
    if (tiled) {
        // Maps the full frame's NDC to this tile's: scale, then shift.
        const int y_gl = fh - (o.tile.y + h);
        glm::mat4 t(1.0f);
        t[0][0] = static_cast<float>(fw) / static_cast<float>(w);
        t[1][1] = static_cast<float>(fh) / static_cast<float>(h);
        t[3][0] = static_cast<float>(fw - 2 * o.tile.x - w) / static_cast<float>(w);
        t[3][1] = static_cast<float>(fh - 2 * y_gl - h) / static_cast<float>(h);
        proj = t * full_proj;
    }
    const bool ortho = camera.projection == scene::Projection::orthographic;
    const float px_world = 2.0f / (proj[1][1] * static_cast<float>(h));
    const glm::vec2 viewport(static_cast<float>(w), static_cast<float>(h));

    for (std::size_t i = 0; i < layers.size(); ++i) layer_visible[i] = o.hidden_layers.count(layers[i]) == 0;
    Highlight hl{Kind::label, -1, -1, -1, -1, false};
    if (o.highlighted_id) {
        const auto it = highlights.find(*o.highlighted_id);
        if (it != highlights.end()) hl = it->second;
    }
    const bool hl_sphere = hl.kind == Kind::sphere && !hl.translucent;
    const bool hl_segments = hl.kind == Kind::polyline || hl.kind == Kind::arrow;

    glViewport(0, 0, w, h);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_CULL_FACE);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDepthMask(GL_TRUE);
    if (o.clear) {
        if (o.transparent)
            glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
        else
            glClearColor(o.background.r, o.background.g, o.background.b, 1.0f);
        glClearDepth(1.0);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    }
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDisable(GL_BLEND);
    // Straight-alpha shader output, premultiplied result in the framebuffer
    // (correct over a transparent clear, and what MSAA resolve and the box
    // filter must average).
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    GLint samples = 0;
    glGetIntegerv(GL_SAMPLES, &samples);

    // Uniforms, once per frame per program.
    glUseProgram(sphere_prog.id);
    glUniformMatrix4fv(sphere_prog["u_view"], 1, GL_FALSE, glm::value_ptr(view));
    glUniformMatrix4fv(sphere_prog["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
    glUniform1i(sphere_prog["u_ortho"], ortho ? 1 : 0);
    glUniform1f(sphere_prog["u_px_world"], px_world);
    glUniform1i(sphere_prog["u_highlight"], hl_sphere ? hl.first : -1);
    glUniform1i(sphere_prog["u_spheres"], 0);
    glUseProgram(line_prog.id);
    glUniformMatrix4fv(line_prog["u_view"], 1, GL_FALSE, glm::value_ptr(view));
    glUniformMatrix4fv(line_prog["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
    glUniform2f(line_prog["u_viewport"], viewport.x, viewport.y);
    glUniform1f(line_prog["u_pixel_scale"], scale);
    glUniform1f(line_prog["u_depth_bias"], kLineDepthBias);
    glUniform1i(line_prog["u_highlight_first"], hl_segments ? hl.first : -1);
    glUniform1i(line_prog["u_highlight_last"], hl_segments ? hl.last : -1);
    glUniform1i(line_prog["u_segments"], 0);
    glUseProgram(mesh_prog.id);
    glUniformMatrix4fv(mesh_prog["u_view"], 1, GL_FALSE, glm::value_ptr(view));
    glUniformMatrix4fv(mesh_prog["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
    glUniform1i(mesh_prog["u_ortho"], ortho ? 1 : 0);
    const int mesh_hl_first = hl.kind == Kind::polygon ? hl.first : hl.kind == Kind::arrow ? hl.mesh_first : -1;
    const int mesh_hl_last = hl.kind == Kind::polygon ? hl.last : hl.kind == Kind::arrow ? hl.mesh_last : -1;
    glUniform1i(mesh_prog["u_highlight_first"], mesh_hl_first);
    glUniform1i(mesh_prog["u_highlight_last"], mesh_hl_last);

    // 1. Opaque spheres: exact impostors, alpha-to-coverage edges under MSAA.
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(empty_vao);
    glUseProgram(sphere_prog.id);
    glBindTexture(GL_TEXTURE_BUFFER, spheres.texture);
    glUniform1i(sphere_prog["u_mode"], samples > 1 ? 0 : 1);
    if (samples > 1) {
        glEnable(GL_SAMPLE_ALPHA_TO_COVERAGE);
        glEnable(GL_SAMPLE_ALPHA_TO_ONE);
    }
    for (std::size_t l = 0; l < layers.size(); ++l)
        if (layer_visible[l] && sphere_ranges[l].count > 0)
            glDrawArrays(GL_TRIANGLES, sphere_ranges[l].first * 6, sphere_ranges[l].count * 6);
    glDisable(GL_SAMPLE_ALPHA_TO_COVERAGE);
    glDisable(GL_SAMPLE_ALPHA_TO_ONE);

    // 2. Opaque polygons (pushed back a little so lines on them win), arrow heads.
    glBindVertexArray(mesh_vao);
    glUseProgram(mesh_prog.id);
    glUniform1i(mesh_prog["u_lit"], 0);
    glEnable(GL_POLYGON_OFFSET_FILL);
    glPolygonOffset(1.0f, 1.0f);
    for (std::size_t l = 0; l < layers.size(); ++l)
        if (layer_visible[l] && polygon_ranges[l].count > 0)
            glDrawArrays(GL_TRIANGLES, polygon_ranges[l].first, polygon_ranges[l].count);
    glDisable(GL_POLYGON_OFFSET_FILL);
    glUniform1i(mesh_prog["u_lit"], 1);
    for (std::size_t l = 0; l < layers.size(); ++l)
        if (layer_visible[l] && cone_ranges[l].count > 0)
            glDrawArrays(GL_TRIANGLES, cone_ranges[l].first, cone_ranges[l].count);
    check_errors("opaque pass");

    // 3. Lines: antialiased, blended, depth-tested and depth-writing.
    glEnable(GL_BLEND);
    glBindVertexArray(empty_vao);
    glUseProgram(line_prog.id);
    glBindTexture(GL_TEXTURE_BUFFER, segments.texture);
    for (std::size_t l = 0; l < layers.size(); ++l)
        if (layer_visible[l] && segment_ranges[l].count > 0)
            glDrawArrays(GL_TRIANGLES, segment_ranges[l].first * 6, segment_ranges[l].count * 6);
    check_errors("line pass");

    // 4. Translucent spheres and polygons, back to front by view depth of
    //    their centres, depth test on, depth writes off. Each sphere draws its
    //    inner far wall, then its near surface.
    sort_items.clear();
    for (std::size_t i = 0; i < trans_spheres.size(); ++i) {
        const TranslucentSphere& s = trans_spheres[i];
        if (!layer_visible[static_cast<std::size_t>(s.layer)]) continue;
        const float z = (view * glm::vec4(glm::vec3(s.center_radius), 1.0f)).z;
        sort_items.push_back({z, 0, static_cast<int>(i)});
    }
    for (std::size_t i = 0; i < trans_polygons.size(); ++i) {
        const TranslucentPolygon& p = trans_polygons[i];
        if (!layer_visible[static_cast<std::size_t>(p.layer)]) continue;
        sort_items.push_back({(view * glm::vec4(p.centroid, 1.0f)).z, 1, static_cast<int>(i)});
    }
    stats.translucent_items = static_cast<int>(sort_items.size());
    if (!sort_items.empty()) {
        std::sort(sort_items.begin(), sort_items.end(), [](const SortItem& a, const SortItem& b) {
            if (a.depth != b.depth) return a.depth < b.depth;
            if (a.kind != b.kind) return a.kind < b.kind;
            return a.index < b.index;
        });
        std::size_t n = 0;
        for (const SortItem& item : sort_items) {
            if (item.kind != 0) continue;
            const TranslucentSphere& s = trans_spheres[static_cast<std::size_t>(item.index)];
            glm::vec4 color = s.color;
            if (hl.kind == Kind::sphere && hl.translucent && hl.first == item.index)
                color = glm::vec4(glm::mix(glm::vec3(color), glm::vec3(1.0f), 0.45f), std::min(1.0f, color.a * 1.5f));
            float* out = sorted_sphere_data.data() + n * 16;
            const glm::vec4 back(glm::vec3(s.center_radius), -s.center_radius.w);
            const float entries[16] = {back.x,  back.y,  back.z,  back.w,  color.r, color.g, color.b, color.a,
                                       back.x,  back.y,  back.z,  s.center_radius.w, color.r, color.g, color.b, color.a};
            std::copy(entries, entries + 16, out);
            ++n;
        }
        if (n > 0) {
            glBindBuffer(GL_TEXTURE_BUFFER, translucent_spheres.buffer);
            glBufferSubData(GL_TEXTURE_BUFFER, 0, static_cast<GLsizeiptr>(n * 16 * sizeof(float)),
                            sorted_sphere_data.data());
            glBindBuffer(GL_TEXTURE_BUFFER, 0);
        }
        glDepthMask(GL_FALSE);
        glUseProgram(sphere_prog.id);
        glUniform1i(sphere_prog["u_mode"], 2);
        glUniform1i(sphere_prog["u_highlight"], -1);
        glUseProgram(mesh_prog.id);
        glUniform1i(mesh_prog["u_lit"], 0);
        std::size_t i = 0;
        GLint entry = 0;
        while (i < sort_items.size()) {
            std::size_t j = i;
            while (j < sort_items.size() && sort_items[j].kind == sort_items[i].kind) ++j;
            if (sort_items[i].kind == 0) {
                const auto count = static_cast<GLsizei>(j - i) * 2;
                glBindVertexArray(empty_vao);
                glUseProgram(sphere_prog.id);
                glBindTexture(GL_TEXTURE_BUFFER, translucent_spheres.texture);
                glDrawArrays(GL_TRIANGLES, entry * 6, count * 6);
                entry += count;
            } else {
                glBindVertexArray(mesh_vao);
                glUseProgram(mesh_prog.id);
                for (std::size_t k = i; k < j; ++k) {
                    const Range& r = trans_polygons[static_cast<std::size_t>(sort_items[k].index)].vertices;
                    glDrawArrays(GL_TRIANGLES, r.first, r.count);
                }
            }
            i = j;
        }
        glDepthMask(GL_TRUE);
    }
    check_errors("translucent pass");

    // 5. Labels, in screen space over everything.
    draw_labels(view, proj, full_proj, o, ortho, scale, fw, fh);
    check_errors("label pass");

    glBindTexture(GL_TEXTURE_BUFFER, 0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glBindVertexArray(0);
    glUseProgram(0);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
}

void Renderer::Impl::draw_labels(const glm::mat4& view, const glm::mat4& proj, const glm::mat4& full_proj,
                                 const FrameOptions& o, bool ortho, float scale, int full_w, int full_h) {
    if (labels.empty()) return;
    const int w = std::max(o.width, 1);
    const int h = std::max(o.height, 1);

    // Occlusion: one point per anchor, depth-tested against this frame.
    if (o.label_occlusion == LabelOcclusion::measure) {
        glUseProgram(anchor_prog.id);
        glUniformMatrix4fv(anchor_prog["u_view"], 1, GL_FALSE, glm::value_ptr(view));
        glUniformMatrix4fv(anchor_prog["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
        glUniform1i(anchor_prog["u_ortho"], ortho ? 1 : 0);
        glUniform1f(anchor_prog["u_depth_bias"], 2.0f * kLineDepthBias);
        glBindVertexArray(anchor_vao);
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
        glDepthMask(GL_FALSE);
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LEQUAL);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (!layer_visible[static_cast<std::size_t>(labels[i].layer)]) continue;
            glBeginQuery(GL_ANY_SAMPLES_PASSED, queries[i]);
            glDrawArrays(GL_POINTS, static_cast<GLint>(i), 1);
            glEndQuery(GL_ANY_SAMPLES_PASSED);
        }
        for (std::size_t i = 0; i < labels.size(); ++i) {
            LabelData& label = labels[i];
            if (!layer_visible[static_cast<std::size_t>(label.layer)]) continue;
            GLuint passed = 0;
            glGetQueryObjectuiv(queries[i], GL_QUERY_RESULT, &passed);
            // An anchor outside this viewport cannot be tested: shown as visible.
            const glm::vec4 clip = proj * view * glm::vec4(label.anchor, 1.0f);
            const bool inside = clip.w > 0.0f && std::abs(clip.x) <= clip.w && std::abs(clip.y) <= clip.w &&
                                std::abs(clip.z) <= clip.w;
            label.occluded = inside && passed == 0;
        }
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glDepthFunc(GL_LESS);
    }

    // Fonts rasterised at the final pixel size of every visible label.
    font_sizes.clear();
    for (const LabelData& label : labels) {
        if (!layer_visible[static_cast<std::size_t>(label.layer)]) continue;
        const int size = detail::font_size_px(label.size_px * scale);
        if (std::find(font_sizes.begin(), font_sizes.end(), size) == font_sizes.end()) font_sizes.push_back(size);
    }
    fonts.ensure(font_sizes);

    // Layout in full-frame pixels (origin top left): the requested placement
    // if it is free, else the first free alternative; always shifted inside
    // the frame.
    const glm::mat4 full_vp = full_proj * view;
    const float fwf = static_cast<float>(full_w);
    const float fhf = static_cast<float>(full_h);
    const float margin = 2.0f * scale;
    const float base_gap = 5.0f * scale;
    const float halo = std::max(1.0f, std::round(1.25f * scale));
    text_vertices.clear();
    placed.clear();
    const auto quad = [this](float x0, float y0, float x1, float y1, const ImFontGlyph& g, const glm::vec4& c) {
        const float v[6][4] = {{x0, y0, g.U0, g.V0}, {x1, y0, g.U1, g.V0}, {x1, y1, g.U1, g.V1},
                               {x0, y0, g.U0, g.V0}, {x1, y1, g.U1, g.V1}, {x0, y1, g.U0, g.V1}};
        for (const auto& p : v) text_vertices.insert(text_vertices.end(), {p[0], p[1], p[2], p[3], c.r, c.g, c.b, c.a});
    };
    for (const LabelData& label : labels) {
        if (!layer_visible[static_cast<std::size_t>(label.layer)] || label.text.empty()) continue;
        const glm::vec4 clip = full_vp * glm::vec4(label.anchor, 1.0f);
        if (clip.w <= 1e-6f) continue;  // behind the eye
        const float ax = (clip.x / clip.w * 0.5f + 0.5f) * fwf + label.offset_px.x * scale;
        const float ay = (0.5f - clip.y / clip.w * 0.5f) * fhf + label.offset_px.y * scale;
        const int size = detail::font_size_px(label.size_px * scale);
        ImFont* font = fonts.font(size);
        if (!font) continue;
        const float fsize = static_cast<float>(size);
        const char* begin = label.text.c_str();
        const char* end = begin + label.text.size();
        const ImVec2 ts = font->CalcTextSizeA(fsize, 1e30f, 0.0f, begin, end);
        // Clear of the sphere the label names (its radius on screen), then the gap.
        const float clear = label.clearance * full_proj[1][1] * fhf * 0.5f / clip.w;
        const float gap = base_gap + clear;
        // The box for a placement, shifted inside the frame; `shifted` tells
        // whether it had to move (it may then cover its own anchor).
        const auto box_for = [&](scene::LabelPlacement p, bool& shifted) {
            float x = ax, y = ay;
            switch (p) {
                case scene::LabelPlacement::center: x = ax - ts.x * 0.5f; y = ay - ts.y * 0.5f; break;
                case scene::LabelPlacement::right: x = ax + gap; y = ay - ts.y * 0.5f; break;
                case scene::LabelPlacement::left: x = ax - gap - ts.x; y = ay - ts.y * 0.5f; break;
                case scene::LabelPlacement::above: x = ax - ts.x * 0.5f; y = ay - gap - ts.y * 0.9f; break;
                case scene::LabelPlacement::below: x = ax - ts.x * 0.5f; y = ay + gap - ts.y * 0.1f; break;
            }
            const float cx = std::max(margin, std::min(x, fwf - margin - ts.x));
            const float cy = std::max(margin, std::min(y, fhf - margin - ts.y));
            shifted = std::abs(cx - x) > 0.5f || std::abs(cy - y) > 0.5f;
            return Box{cx, cy, cx + ts.x, cy + ts.y};
        };
        // Greedy: the requested placement, then the others; first one that
        // neither overlaps a placed label nor needs shifting, else the first
        // free one, else the requested one (always inside the frame).
        using P = scene::LabelPlacement;
        const std::array<P, 5> order{label.placement, P::right, P::above, P::left, P::below};
        bool shifted = false;
        Box box = box_for(label.placement, shifted);
        int best = 3;  // 0 free and in place, 1 free but shifted, 3 none yet
        for (P p : order) {
            bool moved = false;
            const Box candidate = box_for(p, moved);
            const bool free = std::none_of(placed.begin(), placed.end(),
                                           [&](const Box& b) { return b.overlaps(candidate, 2.0f * scale); });
            const int rank = !free ? 2 : moved ? 1 : 0;
            if (rank < best) {
                best = rank;
                box = candidate;
                if (rank == 0) break;
            }
        }
        placed.push_back(box);

        const float dim = label.occluded ? 0.35f : 1.0f;
        const glm::vec4 text_color(glm::vec3(label.color), label.color.a * dim);
        const glm::vec4 halo_color(glm::vec3(o.background), 0.8f * dim);
        const float x0 = std::round(box.x0) - static_cast<float>(o.tile.x);
        const float y0 = std::round(box.y0) - static_cast<float>(o.tile.y);
        const float d = halo * 0.7071f;
        const std::array<glm::vec2, 9> offsets{glm::vec2(-halo, 0), glm::vec2(halo, 0), glm::vec2(0, -halo),
                                               glm::vec2(0, halo),  glm::vec2(-d, -d),  glm::vec2(d, -d),
                                               glm::vec2(-d, d),    glm::vec2(d, d),    glm::vec2(0, 0)};
        for (std::size_t pass = 0; pass < offsets.size(); ++pass) {
            const glm::vec4& c = pass + 1 == offsets.size() ? text_color : halo_color;
            float x = x0 + offsets[pass].x;
            float y = y0 + offsets[pass].y;
            for (const char* s = begin; s < end;) {
                unsigned int cp = 0;
                const int n = ImTextCharFromUtf8(&cp, s, end);
                if (n <= 0) break;
                s += n;
                if (cp == '\n') {
                    x = x0 + offsets[pass].x;
                    y += font->FontSize;
                    continue;
                }
                const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(cp));
                // DejaVu Sans has no U+27C2 (perpendicular); U+22A5 (up tack) looks the same.
                if (!g && cp == 0x27C2) g = font->FindGlyphNoFallback(static_cast<ImWchar>(0x22A5));
                if (!g) g = font->FindGlyph(static_cast<ImWchar>(cp));
                if (!g) continue;
                if (g->Visible) quad(x + g->X0, y + g->Y0, x + g->X1, y + g->Y1, *g, c);
                x += g->AdvanceX;
            }
        }
        ++stats.labels_drawn;
        if (label.occluded) ++stats.labels_occluded;
    }
    if (text_vertices.empty()) return;

    glBindBuffer(GL_ARRAY_BUFFER, text_vbo);
    const auto bytes = static_cast<GLsizeiptr>(text_vertices.size() * sizeof(float));
    if (bytes > text_vbo_capacity) {
        text_vbo_capacity = bytes * 2;
        glBufferData(GL_ARRAY_BUFFER, text_vbo_capacity, nullptr, GL_STREAM_DRAW);
    }
    glBufferSubData(GL_ARRAY_BUFFER, 0, bytes, text_vertices.data());
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_BLEND);
    glUseProgram(text_prog.id);
    glUniform2f(text_prog["u_viewport"], static_cast<float>(w), static_cast<float>(h));
    glUniform1i(text_prog["u_atlas"], 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, fonts.texture());
    glBindVertexArray(text_vao);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(text_vertices.size() / kTextFloats));
}

}  // namespace cagescope::render
