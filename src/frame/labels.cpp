#include "frame/labels.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>
#include <unordered_map>

namespace cagescope::frame {

namespace {

// How many text rows up or down a crowded label may move to find room.
constexpr int kMaxRowsAway = 4;
constexpr std::size_t kBlockSpheres = 64;

// Whether the segment from `from` to `to` passes through the sphere before
// reaching `to` (a little margin so a surface point does not hide itself).
bool sphere_blocks(const glm::vec3& from, const glm::vec3& to, const glm::vec3& center, float radius) {
    const glm::vec3 d = to - from;
    const float length = glm::length(d);
    if (length <= 0.0f) return false;
    const glm::vec3 u = d / length;
    const glm::vec3 oc = from - center;
    const float b = glm::dot(oc, u);
    const float c = glm::dot(oc, oc) - radius * radius;
    const float disc = b * b - c;
    if (disc <= 0.0f) return false;
    const float t = -b - std::sqrt(disc);
    return t > 0.0f && t < length * (1.0f - 1e-4f);
}

// Whether the segment comes within `radius` of `center`.
bool segment_near(const glm::vec3& from, const glm::vec3& to, const glm::vec3& center, float radius) {
    const glm::vec3 d = to - from;
    const float len2 = glm::dot(d, d);
    const float t = len2 > 0.0f ? std::clamp(glm::dot(center - from, d) / len2, 0.0f, 1.0f) : 0.0f;
    const glm::vec3 nearest = from + d * t;
    return glm::dot(nearest - center, nearest - center) <= radius * radius;
}

// Möller-Trumbore: whether the segment crosses the triangle before `to`.
bool triangle_blocks(const glm::vec3& from, const glm::vec3& to, const glm::vec3& a, const glm::vec3& b,
                     const glm::vec3& c) {
    const glm::vec3 d = to - from;
    const glm::vec3 e1 = b - a, e2 = c - a;
    const glm::vec3 p = glm::cross(d, e2);
    const float det = glm::dot(e1, p);
    if (std::abs(det) < 1e-12f) return false;
    const float inv = 1.0f / det;
    const glm::vec3 s = from - a;
    const float u = glm::dot(s, p) * inv;
    if (u < 0.0f || u > 1.0f) return false;
    const glm::vec3 q = glm::cross(s, e1);
    const float v = glm::dot(d, q) * inv;
    if (v < 0.0f || u + v > 1.0f) return false;
    const float t = glm::dot(e2, q) * inv;
    return t > 0.0f && t < 1.0f - 1e-4f;
}

}  // namespace

SceneLabels::SceneLabels(const scene::Scene& scene) {
    layers_ = scene.layers();
    std::unordered_map<std::string, int> layer_index;
    for (std::size_t i = 0; i < layers_.size(); ++i) layer_index[layers_[i]] = static_cast<int>(i);
    // Sized once: the glass region has tens of thousands of spheres, and
    // growing by doubling would leave the heap fragmented scene after scene.
    std::size_t label_count = 0, sphere_count = 0, triangle_count = 0;
    for (const scene::Primitive& p : scene.primitives) {
        if (std::holds_alternative<scene::Label>(p.shape)) ++label_count;
        if (const auto* s = std::get_if<scene::Sphere>(&p.shape); s && s->color.a >= 1.0f) ++sphere_count;
        if (const auto* poly = std::get_if<scene::Polygon>(&p.shape); poly && poly->color.a >= 1.0f)
            triangle_count += poly->points.size() > 2 ? poly->points.size() - 2 : 0;
    }
    labels_.reserve(label_count);
    spheres_.reserve(sphere_count);
    triangles_.reserve(triangle_count);
    for (std::size_t i = 0; i < scene.primitives.size(); ++i) {
        const scene::Primitive& p = scene.primitives[i];
        const int layer = layer_index[p.layer];
        if (const auto* label = std::get_if<scene::Label>(&p.shape)) {
            labels_.push_back({i, *label, layer, 0.0f, 0.0f});
        } else if (const auto* s = std::get_if<scene::Sphere>(&p.shape)) {
            if (s->color.a >= 1.0f) spheres_.push_back({s->center, s->radius, layer});
        } else if (const auto* poly = std::get_if<scene::Polygon>(&p.shape)) {
            if (poly->color.a < 1.0f || poly->points.size() < 3) continue;
            for (std::size_t k = 1; k + 1 < poly->points.size(); ++k)
                triangles_.push_back({poly->points[0], poly->points[k], poly->points[k + 1], layer});
        }
    }
    for (std::size_t first = 0; first < spheres_.size(); first += kBlockSpheres) {
        const std::size_t count = std::min(kBlockSpheres, spheres_.size() - first);
        glm::vec3 lo(1e30f), hi(-1e30f);
        for (std::size_t i = first; i < first + count; ++i) {
            lo = glm::min(lo, spheres_[i].center - spheres_[i].radius);
            hi = glm::max(hi, spheres_[i].center + spheres_[i].radius);
        }
        const glm::vec3 c = 0.5f * (lo + hi);
        float r = 0.0f;
        for (std::size_t i = first; i < first + count; ++i)
            r = std::max(r, glm::length(spheres_[i].center - c) + spheres_[i].radius);
        blocks_.push_back({c, r, first, count});
    }
    // A label anchored inside an opaque sphere (the point it names) is tested
    // for occlusion from just outside that sphere, so its own sphere never
    // hides it, and its text starts outside the sphere. A translucent sphere
    // is a container seen through (a hard sphere round its molecule): labels
    // inside it stay where they are.
    for (Source& source : labels_) {
        for (const OccludingSphere& s : spheres_) {
            const float inside = glm::length(source.label.anchor - s.center);
            if (inside <= s.radius * 1.001f) {
                source.pull = std::max(source.pull, s.radius * 1.15f + inside);
                source.clearance = std::max(source.clearance, s.radius - inside);
            }
        }
    }
}

std::vector<char> SceneLabels::visible_layers(const std::set<std::string>& hidden_layers) const {
    std::vector<char> visible(layers_.size(), 1);
    for (std::size_t i = 0; i < layers_.size(); ++i) visible[i] = hidden_layers.count(layers_[i]) == 0;
    return visible;
}

bool SceneLabels::hidden(const scene::Camera& camera, const glm::vec3& point,
                         const std::set<std::string>& hidden_layers) const {
    return hidden(camera, point, visible_layers(hidden_layers));
}

bool SceneLabels::hidden(const scene::Camera& camera, const glm::vec3& point, const std::vector<char>& visible) const {
    const bool ortho = camera.projection == scene::Projection::orthographic;
    // Orthographic rays come from far behind the eye, along the view direction.
    const glm::vec3 from = ortho ? point - camera.forward() * (camera.distance * 4.0f + 1e3f) : camera.eye();
    for (const Block& b : blocks_) {
        if (!segment_near(from, point, b.center, b.radius)) continue;
        for (std::size_t i = b.first; i < b.first + b.count; ++i) {
            const OccludingSphere& s = spheres_[i];
            if (visible[static_cast<std::size_t>(s.layer)] && sphere_blocks(from, point, s.center, s.radius)) return true;
        }
    }
    for (const OccludingTriangle& t : triangles_)
        if (visible[static_cast<std::size_t>(t.layer)] && triangle_blocks(from, point, t.a, t.b, t.c)) return true;
    return false;
}

std::vector<PlacedLabel> SceneLabels::place(const scene::Camera& camera, const LabelFrame& frame) const {
    std::vector<PlacedLabel> out;
    place(camera, frame, out);
    return out;
}

void SceneLabels::place(const scene::Camera& camera, const LabelFrame& frame, std::vector<PlacedLabel>& out) const {
    std::size_t count = 0;
    if (labels_.empty() || frame.width <= 0 || frame.height <= 0) {
        out.clear();
        return;
    }
    static const std::set<std::string> kNone;
    const std::vector<char> visible = visible_layers(frame.hidden_layers ? *frame.hidden_layers : kNone);
    const float scale = frame.pixel_scale > 0.0f ? frame.pixel_scale : 1.0f;
    if (scale != layout_scale_) {
        layouts_.clear();
        for (const Source& source : labels_) layouts_.push_back(layout_text(source.label.text, source.label.size_px * scale));
        layout_scale_ = scale;
    }
    const float fw = static_cast<float>(frame.width);
    const float fh = static_cast<float>(frame.height);
    const glm::mat4 proj = camera.projection_matrix(fw / fh);
    const glm::mat4 view_proj = proj * camera.view_matrix();
    const bool ortho = camera.projection == scene::Projection::orthographic;
    const float margin = 2.0f * scale;
    const float base_gap = 5.0f * scale;
    std::vector<Box> placed;
    // Pinned labels first, where they ask; then the others, in scene order.
    bool any_pinned = false;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t li = 0; li < labels_.size(); ++li) {
            const Source& source = labels_[li];
            const scene::Label& label = source.label;
            if (label.pinned != (pass == 0)) continue;
            if (!visible[static_cast<std::size_t>(source.layer)] || label.text.empty()) continue;
            any_pinned = any_pinned || label.pinned;
            const glm::vec4 clip = view_proj * glm::vec4(label.anchor, 1.0f);
            if (clip.w <= 1e-6f) continue;  // behind the eye
            if (count == out.size()) out.emplace_back();
            PlacedLabel& result = out[count++];
            result.primitive = source.primitive;
            result.color = label.color;
            result.text = &layouts_[li];
            const float ax = (clip.x / clip.w * 0.5f + 0.5f) * fw + label.offset_px.x * scale;
            const float ay = (0.5f - clip.y / clip.w * 0.5f) * fh + label.offset_px.y * scale;
            result.anchor_px = {ax, ay};
            const float tw = result.text->width, th = result.text->height;
            // Clear of the sphere the label names (its radius on screen), then the gap.
            const float gap = base_gap + source.clearance * proj[1][1] * fh * 0.5f / clip.w;
            result.gap_px = gap;
            const auto box_for = [&](scene::LabelPlacement p, bool& shifted) {
                float x = ax, y = ay;
                switch (p) {
                    case scene::LabelPlacement::center: x = ax - tw * 0.5f; y = ay - th * 0.5f; break;
                    case scene::LabelPlacement::right: x = ax + gap; y = ay - th * 0.5f; break;
                    case scene::LabelPlacement::left: x = ax - gap - tw; y = ay - th * 0.5f; break;
                    case scene::LabelPlacement::above: x = ax - tw * 0.5f; y = ay - gap - th * 0.9f; break;
                    case scene::LabelPlacement::below: x = ax - tw * 0.5f; y = ay + gap - th * 0.1f; break;
                }
                const float cx = std::max(margin, std::min(x, fw - margin - tw));
                const float cy = std::max(margin, std::min(y, fh - margin - th));
                shifted = std::abs(cx - x) > 0.5f || std::abs(cy - y) > 0.5f;
                return Box{cx, cy, cx + tw, cy + th};
            };
            using P = scene::LabelPlacement;
            const std::array<P, 5> order{label.placement, P::right, P::above, P::left, P::below};
            bool shifted = false;
            Box box = box_for(label.placement, shifted);
            int best = 3;  // 0 free and in place, 1 free but shifted, 2 taken, 3 none yet
            const float pad = 2.0f * scale;
            const auto is_free = [&](const Box& candidate) {
                return std::none_of(placed.begin(), placed.end(), [&](const Box& b) { return b.overlaps(candidate, pad); });
            };
            for (const P p : order) {
                if (label.pinned) break;
                bool moved = false;
                const Box candidate = box_for(p, moved);
                const int rank = !is_free(candidate) ? 2 : moved ? 1 : 0;
                if (rank < best) {
                    best = rank;
                    box = candidate;
                    shifted = moved;
                    if (rank == 0) break;
                }
            }
            // Crowded: the nearest free row above or below the right or left place.
            for (int k = 1; best == 2 && !label.pinned && k <= kMaxRowsAway; ++k)
                for (const float dy : {-1.0f, 1.0f})
                    for (const P p : {P::right, P::left}) {
                        if (best != 2) break;
                        bool moved = false;
                        Box candidate = box_for(p, moved);
                        const float step = dy * static_cast<float>(k) * (th + pad);
                        candidate.y0 += step;
                        candidate.y1 += step;
                        if (candidate.y0 < margin || candidate.y1 > fh - margin || !is_free(candidate)) continue;
                        best = 1;
                        box = candidate;
                        shifted = true;
                    }
            // Whole pixels: crisp glyphs, and every output puts them at the same place.
            box = {std::round(box.x0), std::round(box.y0), std::round(box.x0) + tw, std::round(box.y0) + th};
            placed.push_back(box);
            result.box = box;
            result.shifted = shifted;
            // The occlusion test starts just in front of the anchor (toward the eye).
            const glm::vec3 toward_eye =
                ortho ? -camera.forward() : glm::normalize(camera.eye() - label.anchor);
            result.occluded = hidden(camera, label.anchor + toward_eye * (source.pull + 1e-4f * camera.distance), visible);
        }
    }
    out.resize(count);
    if (any_pinned)  // back to scene order, the order they are drawn in
        std::sort(out.begin(), out.end(), [](const PlacedLabel& a, const PlacedLabel& b) { return a.primitive < b.primitive; });
}

}  // namespace cagescope::frame
