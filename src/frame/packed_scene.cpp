#include "frame/packed_scene.h"

#include <algorithm>
#include <array>
#include <glm/geometric.hpp>
#include <limits>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "frame/tessellation.h"

namespace cagescope::frame {

namespace {

void push_vec(std::vector<float>& out, const glm::vec3& v) { out.insert(out.end(), {v.x, v.y, v.z}); }
void push_vec(std::vector<float>& out, const glm::vec4& v) { out.insert(out.end(), {v.x, v.y, v.z, v.w}); }

void push_mesh_vertex(std::vector<float>& out, const glm::vec3& p, const glm::vec3& n, const glm::vec4& c) {
    push_vec(out, p);
    push_vec(out, n);
    push_vec(out, c);
}

// One shape's triangles (corner triples) with their neighbours, laid out as
// the comment on kMeshVerticesPerTriangle says. Neighbours share an edge's
// two positions exactly (tessellation.cpp computes shared corners once).
void push_triangles_with_adjacency(std::vector<float>& out, const std::vector<MeshVertex>& corners,
                                   const glm::vec4& color) {
    using Key = std::array<float, 6>;
    const auto key = [](const glm::vec3& a, const glm::vec3& b) {
        // Either direction of an edge: the smaller endpoint first.
        const bool swap = std::tie(b.x, b.y, b.z) < std::tie(a.x, a.y, a.z);
        const glm::vec3& p = swap ? b : a;
        const glm::vec3& q = swap ? a : b;
        return Key{p.x, p.y, p.z, q.x, q.y, q.z};
    };
    const std::size_t triangles = corners.size() / 3;
    std::map<Key, std::vector<std::size_t>> edges;  // edge -> triangles having it
    for (std::size_t t = 0; t < triangles; ++t)
        for (int e = 0; e < 3; ++e)
            edges[key(corners[3 * t + e].position, corners[3 * t + (e + 1) % 3].position)].push_back(t);
    for (std::size_t t = 0; t < triangles; ++t) {
        for (int e = 0; e < 3; ++e) {
            const MeshVertex& a = corners[3 * t + e];
            const MeshVertex& b = corners[3 * t + (e + 1) % 3];
            push_mesh_vertex(out, a.position, a.normal, color);
            const std::vector<std::size_t>& sharing = edges[key(a.position, b.position)];
            std::optional<std::size_t> other;
            for (const std::size_t u : sharing)
                if (u != t) other = u;
            if (sharing.size() != 2 || !other) {
                push_mesh_vertex(out, b.position, glm::vec3(0.0f), color);  // outline: no neighbour
                continue;
            }
            // The neighbour's corner off this edge.
            for (int k = 0; k < 3; ++k) {
                const MeshVertex& c = corners[3 * *other + k];
                if (c.position != a.position && c.position != b.position) {
                    push_mesh_vertex(out, c.position, c.normal, color);
                    break;
                }
            }
        }
    }
}

int count_of(const std::vector<float>& data, int floats) {
    return static_cast<int>(data.size() / static_cast<std::size_t>(floats));
}

// A segment's 4 texels; the dash length at 1x is the frame's, the shader scales it.
void push_segment(std::vector<float>& out, const glm::vec3& a, float sa, const glm::vec3& b, float sb,
                  const scene::Color& color, float width_px, bool dashed) {
    push_vec(out, glm::vec4(a, sa));
    push_vec(out, glm::vec4(b, sb));
    push_vec(out, color);
    push_vec(out, glm::vec4(width_px, dashed ? 1.0f : 0.0f, dash_length_px(width_px, 1.0f), 0.0f));
}

// Opaque spheres and segments (polylines, arrow shafts) of one layer.
void pack_spheres_and_segments(const scene::Scene& scene, const std::vector<std::size_t>& members, int layer,
                               PackedScene& out) {
    for (const std::size_t index : members) {
        const scene::Primitive& p = scene.primitives[index];
        if (const auto* s = std::get_if<scene::Sphere>(&p.shape)) {
            if (s->color.a < 1.0f) {
                out.highlights[index] = {Kind::sphere, static_cast<int>(out.translucent_spheres.size()), 0, 0, 0, true};
                out.translucent_spheres.push_back({glm::vec4(s->center, s->radius), s->color, layer});
            } else {
                const int sphere = count_of(out.spheres, kSphereFloats);
                out.highlights[index] = {Kind::sphere, sphere, sphere + 1, 0, 0, false};
                push_vec(out.spheres, glm::vec4(s->center, s->radius));
                push_vec(out.spheres, s->color);
            }
        } else if (const auto* line = std::get_if<scene::Polyline>(&p.shape)) {
            const int first = count_of(out.segments, kSegmentFloats);
            const auto& pts = line->points;
            if (pts.size() == 1) {
                push_segment(out.segments, pts[0], 0.0f, pts[0], 0.0f, line->color, line->width_px, false);
            } else if (pts.size() > 1) {
                float s0 = 0.0f;
                const std::size_t n = line->closed && pts.size() > 2 ? pts.size() : pts.size() - 1;
                for (std::size_t i = 0; i < n; ++i) {
                    const glm::vec3& a = pts[i];
                    const glm::vec3& b = pts[(i + 1) % pts.size()];
                    const float s1 = s0 + glm::length(b - a);
                    push_segment(out.segments, a, s0, b, s1, line->color, line->width_px, line->dashed);
                    s0 = s1;
                }
            }
            out.highlights[index] = {Kind::polyline, first, count_of(out.segments, kSegmentFloats), 0, 0, false};
        } else if (const auto* arrow = std::get_if<scene::Arrow>(&p.shape)) {
            const glm::vec3 axis = arrow->tip - arrow->tail;
            const float length = glm::length(axis);
            if (length <= 0.0f) continue;
            const glm::vec3 dir = axis / length;
            const float head = std::min(arrow->head_length, length);
            const int first = count_of(out.segments, kSegmentFloats);
            if (head < length) {
                // The shaft ends a little inside the head: no gap at the base.
                const glm::vec3 shaft_end = arrow->tip - dir * (head * 0.8f);
                push_segment(out.segments, arrow->tail, 0.0f, shaft_end, length, arrow->color, arrow->width_px, false);
            }
            out.highlights[index] = {Kind::arrow, first, count_of(out.segments, kSegmentFloats), 0, 0, false};
        }
    }
}

// Arrow heads of one layer, as the frame tessellates them.
void pack_cones(const scene::Scene& scene, const std::vector<std::size_t>& members, PackedScene& out) {
    for (const std::size_t index : members) {
        const auto* arrow = std::get_if<scene::Arrow>(&scene.primitives[index].shape);
        if (!arrow) continue;
        const glm::vec3 axis = arrow->tip - arrow->tail;
        const float length = glm::length(axis);
        if (length <= 0.0f || arrow->head_length <= 0.0f || arrow->head_radius <= 0.0f) continue;
        const float head = std::min(arrow->head_length, length);
        Highlight& h = out.highlights[index];
        h.mesh_first = count_of(out.mesh, kMeshFloats);
        const glm::vec4 color(glm::vec3(arrow->color), 1.0f);
        push_triangles_with_adjacency(out.mesh, cone_triangles(arrow->tip - axis / length * head, arrow->tip, arrow->head_radius),
                                      color);
        h.mesh_last = count_of(out.mesh, kMeshFloats);
    }
}

// Opaque or translucent polygons of one layer, fanned into triangles.
void pack_polygons(const scene::Scene& scene, const std::vector<std::size_t>& members, int layer, bool translucent,
                   PackedScene& out) {
    for (const std::size_t index : members) {
        const auto* poly = std::get_if<scene::Polygon>(&scene.primitives[index].shape);
        if (!poly || poly->points.size() < 3 || (poly->color.a < 1.0f) != translucent) continue;
        const int first = count_of(out.mesh, kMeshFloats);
        const glm::vec3 n = polygon_normal(poly->points);
        glm::vec3 centroid(0.0f);
        for (const glm::vec3& q : poly->points) centroid += q;
        centroid /= static_cast<float>(poly->points.size());
        std::vector<MeshVertex> corners;
        for (const auto& triangle : fan_triangles(poly->points.size()))
            for (const std::size_t corner : triangle) corners.push_back({poly->points[corner], n});
        push_triangles_with_adjacency(out.mesh, corners, poly->color);
        const Range r{first, count_of(out.mesh, kMeshFloats) - first};
        out.highlights[index] = {Kind::polygon, r.first, r.first + r.count, 0, 0, translucent};
        if (translucent) out.translucent_polygons.push_back({r, centroid, layer});
    }
}

// Where each copy's spheres and segments lie, layer by layer, and blocks of
// what the copies leave in each layer.
Copies pack_copies(const scene::Scene& scene, const PackedScene& packed) {
    Copies copies;
    const std::vector<glm::vec3> offsets = scene::repeat_offsets(scene);
    if (offsets.empty()) return copies;
    const scene::Repeat& repeat = *scene.repeat;
    const auto& layers = packed.layers;
    const std::size_t nl = layers.size();

    // The pattern: its layers and bounding sphere.
    std::vector<std::size_t> layer_of(repeat.size);
    scene::Bounds box;
    for (std::size_t j = 0; j < repeat.size; ++j) {
        const scene::Primitive& p = scene.primitives[repeat.first + j];
        layer_of[j] = static_cast<std::size_t>(std::find(layers.begin(), layers.end(), p.layer) - layers.begin());
        if (const auto* s = std::get_if<scene::Sphere>(&p.shape)) {
            box.include(s->center - glm::vec3(s->radius));
            box.include(s->center + glm::vec3(s->radius));
        } else {
            for (const glm::vec3& q : std::get<scene::Polyline>(p.shape).points) box.include(q);
        }
    }
    const glm::vec3 center = box.center();
    for (std::size_t j = 0; j < repeat.size; ++j) {
        const scene::Primitive& p = scene.primitives[repeat.first + j];
        if (const auto* s = std::get_if<scene::Sphere>(&p.shape)) {
            copies.bound = std::max(copies.bound, glm::length(s->center - center) + s->radius);
            copies.max_radius = std::max(copies.max_radius, s->radius);
        } else {
            for (const glm::vec3& q : std::get<scene::Polyline>(p.shape).points)
                copies.bound = std::max(copies.bound, glm::length(q - center));
        }
    }
    copies.first = repeat.first;
    copies.size = repeat.size;
    copies.centers.reserve(offsets.size());
    for (const glm::vec3& offset : offsets) copies.centers.push_back(center + offset);

    // A copy's primitives are consecutive in the scene, so in each layer its
    // spheres and segments are one range.
    copies.spheres.assign(offsets.size() * nl, {});
    copies.segments.assign(offsets.size() * nl, {});
    for (std::size_t i = 0; i < offsets.size(); ++i)
        for (std::size_t j = 0; j < repeat.size; ++j) {
            const Highlight& h = packed.highlights[repeat.first + i * repeat.size + j];
            Range& r = (h.kind == Kind::sphere ? copies.spheres : copies.segments)[i * nl + layer_of[j]];
            if (r.count == 0) r.first = h.first;
            r.count = h.last - r.first;
        }

    // Blocks of each layer before and after its copies.
    copies.rest_sphere_blocks.assign(nl, {});
    copies.rest_segment_blocks.assign(nl, {});
    const auto rest_blocks = [](const std::vector<float>& data, const Range& layer, const Range& first_copy,
                                const Range& last_copy, bool of_spheres) {
        if (first_copy.count == 0) return make_blocks(data, layer, of_spheres);
        const int copies_end = last_copy.first + last_copy.count;
        std::vector<Block> blocks = make_blocks(data, {layer.first, first_copy.first - layer.first}, of_spheres);
        const std::vector<Block> after =
            make_blocks(data, {copies_end, layer.first + layer.count - copies_end}, of_spheres);
        blocks.insert(blocks.end(), after.begin(), after.end());
        return blocks;
    };
    const std::size_t last = (offsets.size() - 1) * nl;
    for (std::size_t l = 0; l < nl; ++l) {
        copies.rest_sphere_blocks[l] = rest_blocks(packed.spheres, packed.sphere_ranges[l], copies.spheres[l],
                                                   copies.spheres[last + l], true);
        copies.rest_segment_blocks[l] = rest_blocks(packed.segments, packed.segment_ranges[l], copies.segments[l],
                                                    copies.segments[last + l], false);
    }
    return copies;
}

}  // namespace

std::vector<Block> make_blocks(const std::vector<float>& data, const Range& range, bool spheres) {
    std::vector<Block> blocks;
    const std::size_t stride = spheres ? kSphereFloats : kSegmentFloats;
    for (int first = range.first; first < range.first + range.count; first += kBlockSize) {
        Block b;
        b.range = {first, std::min(kBlockSize, range.first + range.count - first)};
        const auto point = [&](int i, int which) {
            const float* f = data.data() + static_cast<std::size_t>(i) * stride + static_cast<std::size_t>(which) * 4;
            return glm::vec3(f[0], f[1], f[2]);
        };
        const int ends = spheres ? 1 : 2;
        glm::vec3 lo(std::numeric_limits<float>::max()), hi(-std::numeric_limits<float>::max());
        for (int i = first; i < first + b.range.count; ++i)
            for (int e = 0; e < ends; ++e) {
                lo = glm::min(lo, point(i, e));
                hi = glm::max(hi, point(i, e));
            }
        b.center = 0.5f * (lo + hi);
        for (int i = first; i < first + b.range.count; ++i) {
            const float r = spheres ? data[static_cast<std::size_t>(i) * stride + 3] : 0.0f;
            b.max_radius = std::max(b.max_radius, r);
            for (int e = 0; e < ends; ++e) b.bound = std::max(b.bound, glm::length(point(i, e) - b.center) + r);
        }
        blocks.push_back(b);
    }
    return blocks;
}

PackedScene pack_scene(const scene::Scene& scene) {
    PackedScene out;
    out.layers = scene.layers();
    const std::size_t nl = out.layers.size();
    std::unordered_map<std::string, int> layer_index;
    for (std::size_t i = 0; i < nl; ++i) layer_index[out.layers[i]] = static_cast<int>(i);
    out.highlights.assign(scene.primitives.size(), Highlight{});

    // Primitive indices by layer, in scene order.
    std::vector<std::vector<std::size_t>> by_layer(nl);
    for (std::size_t i = 0; i < scene.primitives.size(); ++i)
        by_layer[static_cast<std::size_t>(layer_index[scene.primitives[i].layer])].push_back(i);

    out.sphere_ranges.assign(nl, {});
    out.segment_ranges.assign(nl, {});
    out.cone_ranges.assign(nl, {});
    out.polygon_ranges.assign(nl, {});
    out.sphere_blocks.assign(nl, {});
    out.segment_blocks.assign(nl, {});
    for (std::size_t l = 0; l < nl; ++l) {
        const int spheres_first = count_of(out.spheres, kSphereFloats);
        const int segments_first = count_of(out.segments, kSegmentFloats);
        pack_spheres_and_segments(scene, by_layer[l], static_cast<int>(l), out);
        out.sphere_ranges[l] = {spheres_first, count_of(out.spheres, kSphereFloats) - spheres_first};
        out.segment_ranges[l] = {segments_first, count_of(out.segments, kSegmentFloats) - segments_first};
        out.sphere_blocks[l] = make_blocks(out.spheres, out.sphere_ranges[l], true);
        out.segment_blocks[l] = make_blocks(out.segments, out.segment_ranges[l], false);
    }
    // The mesh: cones of every layer, then opaque polygons, then translucent ones.
    for (std::size_t l = 0; l < nl; ++l) {
        const int first = count_of(out.mesh, kMeshFloats);
        pack_cones(scene, by_layer[l], out);
        out.cone_ranges[l] = {first, count_of(out.mesh, kMeshFloats) - first};
    }
    for (std::size_t l = 0; l < nl; ++l) {
        const int first = count_of(out.mesh, kMeshFloats);
        pack_polygons(scene, by_layer[l], static_cast<int>(l), false, out);
        out.polygon_ranges[l] = {first, count_of(out.mesh, kMeshFloats) - first};
    }
    for (std::size_t l = 0; l < nl; ++l) pack_polygons(scene, by_layer[l], static_cast<int>(l), true, out);
    out.copies = pack_copies(scene, out);
    return out;
}

}  // namespace cagescope::frame
