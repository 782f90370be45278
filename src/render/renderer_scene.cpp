// Scene -> static GPU buffers, grouped by layer, once per scene change.
#include "render/renderer_impl.h"

#include <limits>

#include "frame/tessellation.h"

namespace cagescope::render {

namespace {

void push_vec(std::vector<float>& out, const glm::vec3& v) { out.insert(out.end(), {v.x, v.y, v.z}); }
void push_vec(std::vector<float>& out, const glm::vec4& v) { out.insert(out.end(), {v.x, v.y, v.z, v.w}); }

void push_mesh_vertex(std::vector<float>& out, const glm::vec3& p, const glm::vec3& n, const glm::vec4& c) {
    push_vec(out, p);
    push_vec(out, n);
    push_vec(out, c);
}

// A segment's 4 texels (shaders/line.vert); the dash length at 1x is the
// frame's (frame/tessellation.h), the shader scales it.
void push_segment(std::vector<float>& out, const glm::vec3& a, float sa, const glm::vec3& b, float sb,
                  const scene::Color& color, float width_px, bool dashed) {
    push_vec(out, glm::vec4(a, sa));
    push_vec(out, glm::vec4(b, sb));
    push_vec(out, color);
    push_vec(out, glm::vec4(width_px, dashed ? 1.0f : 0.0f, frame::dash_length_px(width_px, 1.0f), 0.0f));
}

// The cone's triangles as the frame tessellates them (frame/tessellation.h).
void push_cone(std::vector<float>& out, const glm::vec3& base, const glm::vec3& tip, float radius,
               const glm::vec4& color) {
    for (const frame::MeshVertex& v : frame::cone_triangles(base, tip, radius)) push_mesh_vertex(out, v.position, v.normal, color);
}

}  // namespace

std::vector<Block> detail::make_blocks(const std::vector<float>& data, const Range& range, bool spheres) {
    std::vector<Block> blocks;
    const std::size_t stride = spheres ? 8 : 16;
    for (GLint first = range.first; first < range.first + range.count; first += kBlockSize) {
        Block b;
        b.range = {first, std::min(kBlockSize, range.first + range.count - first)};
        const auto point = [&](GLint i, int which) {
            const float* f = data.data() + static_cast<std::size_t>(i) * stride + static_cast<std::size_t>(which) * 4;
            return glm::vec3(f[0], f[1], f[2]);
        };
        const int ends = spheres ? 1 : 2;
        glm::vec3 lo(std::numeric_limits<float>::max()), hi(-std::numeric_limits<float>::max());
        for (GLint i = first; i < first + b.range.count; ++i)
            for (int e = 0; e < ends; ++e) {
                lo = glm::min(lo, point(i, e));
                hi = glm::max(hi, point(i, e));
            }
        b.center = 0.5f * (lo + hi);
        for (GLint i = first; i < first + b.range.count; ++i) {
            const float r = spheres ? data[static_cast<std::size_t>(i) * stride + 3] : 0.0f;
            b.max_radius = std::max(b.max_radius, r);
            for (int e = 0; e < ends; ++e) b.bound = std::max(b.bound, glm::length(point(i, e) - b.center) + r);
        }
        blocks.push_back(b);
    }
    return blocks;
}

// Grows (never shrinks) the shared quad index buffer: quad i is the two
// triangles (4i, 4i+1, 4i+2) and (4i, 4i+2, 4i+3).
void Renderer::Impl::ensure_quad_indices(std::size_t quads) {
    if (quads <= quad_ibo_quads) return;
    const std::size_t n = std::max(quads, quad_ibo_quads * 2);
    std::vector<GLuint> indices(n * 6);
    for (std::size_t i = 0; i < n; ++i) {
        const auto v = static_cast<GLuint>(4 * i);
        const GLuint quad[6] = {v, v + 1, v + 2, v, v + 2, v + 3};
        std::copy(quad, quad + 6, indices.begin() + static_cast<std::ptrdiff_t>(6 * i));
    }
    glBindVertexArray(quad_vao);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(GLuint)), indices.data(),
                 GL_STATIC_DRAW);
    glBindVertexArray(0);
    quad_ibo_quads = n;
}

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
    highlights.assign(scene.primitives.size(), Highlight{Kind::label, -1, -1, -1, -1, false});

    std::vector<float> sphere_data, segment_data, mesh_data, trans_poly_data;
    // Primitive indices by layer, in scene order.
    std::vector<std::vector<std::size_t>> by_layer(nl);
    for (std::size_t i = 0; i < scene.primitives.size(); ++i)
        by_layer[static_cast<std::size_t>(layer_index[scene.primitives[i].layer])].push_back(i);

    // Opaque spheres, segments, cones and opaque polygons are each laid out
    // layer after layer, so hiding a layer just skips a range.
    for (std::size_t l = 0; l < nl; ++l) {
        const int layer = static_cast<int>(l);
        const auto sphere_first = static_cast<GLint>(sphere_data.size() / 8);
        const auto segment_first = static_cast<GLint>(segment_data.size() / 16);
        for (const std::size_t index : by_layer[l]) {
            const scene::Primitive* p = &scene.primitives[index];
            if (const auto* s = std::get_if<scene::Sphere>(&p->shape)) {
                if (s->color.a < 1.0f) {
                    highlights[index] = {Kind::sphere, static_cast<int>(trans_spheres.size()), 0, 0, 0, true};
                    trans_spheres.push_back({glm::vec4(s->center, s->radius), s->color, layer});
                } else {
                    const int sphere = static_cast<int>(sphere_data.size() / 8);
                    highlights[index] = {Kind::sphere, sphere, sphere + 1, 0, 0, false};
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
                highlights[index] = {Kind::polyline, first, static_cast<int>(segment_data.size() / 16), 0, 0, false};
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
                highlights[index] = {Kind::arrow, first, static_cast<int>(segment_data.size() / 16), 0, 0, false};
            }
        }
        sphere_ranges[l] = {sphere_first, static_cast<GLsizei>(sphere_data.size() / 8) - sphere_first};
        segment_ranges[l] = {segment_first, static_cast<GLsizei>(segment_data.size() / 16) - segment_first};
    }
    sphere_blocks.assign(nl, {});
    segment_blocks.assign(nl, {});
    for (std::size_t l = 0; l < nl; ++l) {
        sphere_blocks[l] = make_blocks(sphere_data, sphere_ranges[l], true);
        segment_blocks[l] = make_blocks(segment_data, segment_ranges[l], false);
    }
    build_copies(scene, sphere_data, segment_data);
    // Meshes: cones of every layer, then opaque polygons, then translucent ones.
    for (std::size_t l = 0; l < nl; ++l) {
        const auto first = static_cast<GLint>(mesh_data.size() / kMeshFloats);
        for (const std::size_t index : by_layer[l]) {
            const scene::Primitive* p = &scene.primitives[index];
            const auto* arrow = std::get_if<scene::Arrow>(&p->shape);
            if (!arrow) continue;
            const glm::vec3 axis = arrow->tip - arrow->tail;
            const float length = glm::length(axis);
            if (length <= 0.0f || arrow->head_length <= 0.0f || arrow->head_radius <= 0.0f) continue;
            const float head = std::min(arrow->head_length, length);
            const int vfirst = static_cast<int>(mesh_data.size() / kMeshFloats);
            push_cone(mesh_data, arrow->tip - axis / length * head, arrow->tip, arrow->head_radius,
                      glm::vec4(glm::vec3(arrow->color), 1.0f));
            Highlight& h = highlights[index];
            h.mesh_first = vfirst;
            h.mesh_last = static_cast<int>(mesh_data.size() / kMeshFloats);
        }
        cone_ranges[l] = {first, static_cast<GLsizei>(mesh_data.size() / kMeshFloats) - first};
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t l = 0; l < nl; ++l) {
            const auto first = static_cast<GLint>(mesh_data.size() / kMeshFloats);
            for (const std::size_t index : by_layer[l]) {
            const scene::Primitive* p = &scene.primitives[index];
                const auto* poly = std::get_if<scene::Polygon>(&p->shape);
                if (!poly || poly->points.size() < 3) continue;
                const bool translucent = poly->color.a < 1.0f;
                if (translucent != (pass == 1)) continue;
                const auto vfirst = static_cast<GLint>(mesh_data.size() / kMeshFloats);
                const glm::vec3 n = frame::polygon_normal(poly->points);
                glm::vec3 centroid(0.0f);
                for (const glm::vec3& q : poly->points) centroid += q;
                centroid /= static_cast<float>(poly->points.size());
                for (const auto& triangle : frame::fan_triangles(poly->points.size()))
                    for (const std::size_t corner : triangle) push_mesh_vertex(mesh_data, poly->points[corner], n, poly->color);
                const Range r{vfirst, static_cast<GLsizei>(mesh_data.size() / kMeshFloats) - vfirst};
                highlights[index] = {Kind::polygon, r.first, r.first + r.count, 0, 0, translucent};
                if (translucent) trans_polygons.push_back({r, centroid, static_cast<int>(l)});
            }
            if (pass == 0)
                polygon_ranges[l] = {first, static_cast<GLsizei>(mesh_data.size() / kMeshFloats) - first};
        }
    }

    spheres.upload(sphere_data, GL_STATIC_DRAW);
    segments.upload(segment_data, GL_STATIC_DRAW);
    sorted_sphere_data.assign(trans_spheres.size() * 16, 0.0f);
    ensure_quad_indices(std::max({sphere_data.size() / 8, segment_data.size() / 16, trans_spheres.size() * 2,
                                 copies.centers.size()}));
    translucent_spheres.upload(sorted_sphere_data, GL_STREAM_DRAW);
    sort_items.reserve(trans_spheres.size() + trans_polygons.size());

    glBindBuffer(GL_ARRAY_BUFFER, mesh_vbo);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(std::max<std::size_t>(mesh_data.size(), 1) * sizeof(float)),
                 mesh_data.empty() ? nullptr : mesh_data.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    scene_labels.emplace(scene);
    layer_visible.assign(nl, 1);
    text_vertices.reserve(4096);
    font_sizes.reserve(16);
    check_errors("set_scene");
}

}  // namespace cagescope::render
