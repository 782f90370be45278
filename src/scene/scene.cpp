#include "scene/scene.h"

#include <algorithm>
#include <glm/geometric.hpp>

namespace cagescope::scene {

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

}  // namespace cagescope::scene
