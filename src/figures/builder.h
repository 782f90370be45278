// A small helper that figure builders use to append primitives to a scene:
// it converts the model's double-precision points and keeps ids, layers and
// sections together, so each figure reads as a list of what it shows.
#pragma once

#include <glm/vec3.hpp>
#include <string>
#include <vector>

#include "scene/scene.h"

namespace cagescope::figures {

class SceneBuilder {
public:
    explicit SceneBuilder(scene::Scene& scene) : scene_(scene) {}

    // Every primitive added next goes into this layer with this section.
    void set_layer(std::string layer, std::string section) {
        layer_ = std::move(layer);
        section_ = std::move(section);
    }

    void sphere(std::string id, const glm::dvec3& centre, double radius, scene::Color color);
    void line(std::string id, const glm::dvec3& a, const glm::dvec3& b, scene::Color color,
              float width_px, bool dashed = false);
    void polyline(std::string id, const std::vector<glm::dvec3>& points, scene::Color color,
                  float width_px, bool closed = false, bool dashed = false);
    void arrow(std::string id, const glm::dvec3& tail, const glm::dvec3& tip, scene::Color color,
               float width_px, double head_length, double head_radius);
    void polygon(std::string id, const std::vector<glm::dvec3>& points, scene::Color color);
    void label(std::string id, const glm::dvec3& anchor, std::string text, scene::Color color,
               float size_px = 18.0f, scene::LabelPlacement placement = scene::LabelPlacement::right,
               glm::vec2 offset_px = {0.0f, 0.0f});
    // A circular arc round `centre` from direction `from` turning toward
    // direction `to` (both unit, not parallel) by the angle between them.
    void arc(std::string id, const glm::dvec3& centre, const glm::dvec3& from, const glm::dvec3& to,
             double radius, scene::Color color, float width_px, int samples = 32);

private:
    void add(std::string id, scene::Shape shape);

    scene::Scene& scene_;
    std::string layer_ = "default";
    std::string section_;
};

// Points of an arc round centre from unit direction `from` toward `to`.
std::vector<glm::dvec3> arc_points(const glm::dvec3& centre, const glm::dvec3& from,
                                   const glm::dvec3& to, double radius, int samples);

}  // namespace cagescope::figures
