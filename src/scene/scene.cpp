#include "scene/scene.h"

#include <algorithm>
#include <glm/geometric.hpp>

namespace cagescope::scene {

const char* to_string(LabelPlacement placement) {
    switch (placement) {
        case LabelPlacement::center: return "center";
        case LabelPlacement::right: return "right";
        case LabelPlacement::left: return "left";
        case LabelPlacement::above: return "above";
        case LabelPlacement::below: return "below";
    }
    return "right";
}

void Bounds::include(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
}

float Bounds::radius() const { return empty() ? 0.0f : 0.5f * glm::length(max - min); }

namespace {
struct IncludeShape {
    Bounds& b;
    void operator()(const Sphere& s) const {
        b.include(s.center - glm::vec3(s.radius));
        b.include(s.center + glm::vec3(s.radius));
    }
    void operator()(const Polyline& l) const {
        for (const auto& p : l.points) b.include(p);
    }
    void operator()(const Arrow& a) const {
        b.include(a.tail);
        b.include(a.tip);
    }
    void operator()(const Polygon& g) const {
        for (const auto& p : g.points) b.include(p);
    }
    void operator()(const Label& l) const { b.include(l.anchor); }
};
}  // namespace

Bounds Scene::bounds() const {
    Bounds b;
    for (const auto& p : primitives) std::visit(IncludeShape{b}, p.shape);
    return b;
}

std::vector<std::string> Scene::layers() const {
    std::vector<std::string> out;
    for (const auto& p : primitives)
        if (std::find(out.begin(), out.end(), p.layer) == out.end()) out.push_back(p.layer);
    return out;
}

const Primitive* Scene::find(const std::string& id) const {
    for (const auto& p : primitives)
        if (p.id == id) return &p;
    return nullptr;
}

namespace {
// The first point of a shape a repeat may hold, or nothing.
std::optional<glm::vec3> anchor_point(const Shape& shape) {
    if (const auto* s = std::get_if<Sphere>(&shape)) {
        if (s->color.a < 1.0f) return std::nullopt;  // translucent spheres are sorted, not repeated
        return s->center;
    }
    if (const auto* l = std::get_if<Polyline>(&shape)) {
        if (l->points.empty()) return std::nullopt;
        return l->points.front();
    }
    return std::nullopt;
}

bool near(const glm::vec3& a, const glm::vec3& b) {
    // Float rounding of positions computed in double, relative to their size.
    const float tolerance = 1e-5f * (1.0f + glm::length(a));
    return glm::length(a - b) <= tolerance;
}

// Whether `copy` is `pattern` moved by `offset`.
bool is_moved_copy(const Primitive& pattern, const Primitive& copy, const glm::vec3& offset) {
    if (pattern.layer != copy.layer || pattern.shape.index() != copy.shape.index()) return false;
    if (const auto* a = std::get_if<Sphere>(&pattern.shape)) {
        const auto& b = std::get<Sphere>(copy.shape);
        return a->radius == b.radius && a->color == b.color && near(a->center + offset, b.center);
    }
    const auto& a = std::get<Polyline>(pattern.shape);
    const auto& b = std::get<Polyline>(copy.shape);
    if (a.points.size() != b.points.size() || a.color != b.color || a.width_px != b.width_px ||
        a.closed != b.closed || a.dashed != b.dashed)
        return false;
    for (std::size_t i = 0; i < a.points.size(); ++i)
        if (!near(a.points[i] + offset, b.points[i])) return false;
    return true;
}
}  // namespace

std::vector<glm::vec3> repeat_offsets(const Scene& scene) {
    if (!scene.repeat) return {};
    const Repeat& r = *scene.repeat;
    if (r.size == 0 || r.count == 0 || r.first > scene.primitives.size() ||
        r.count > (scene.primitives.size() - r.first) / r.size)
        return {};
    const auto pattern = scene.primitives.begin() + static_cast<std::ptrdiff_t>(r.first);
    for (std::size_t j = 0; j < r.size; ++j)
        if (!anchor_point(pattern[static_cast<std::ptrdiff_t>(j)].shape)) return {};
    const glm::vec3 origin = *anchor_point(pattern->shape);
    std::vector<glm::vec3> offsets(r.count);
    for (std::size_t i = 1; i < r.count; ++i) {
        const auto copy = pattern + static_cast<std::ptrdiff_t>(i * r.size);
        const auto start = anchor_point(copy->shape);
        if (!start) return {};
        offsets[i] = *start - origin;
        for (std::size_t j = 0; j < r.size; ++j)
            if (!is_moved_copy(pattern[static_cast<std::ptrdiff_t>(j)], copy[static_cast<std::ptrdiff_t>(j)], offsets[i]))
                return {};
    }
    return offsets;
}

}  // namespace cagescope::scene
