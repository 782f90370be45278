// Where every label of a frame goes and whether its anchor is hidden,
// decided once on the CPU for every output: the GL renderer draws these
// boxes, the SVG and PDF writers write them, and tests read them.
#pragma once

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <set>
#include <string>
#include <vector>

#include "frame/text_layout.h"
#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::frame {

// A screen rectangle in frame pixels, origin top left, y down.
struct Box {
    float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;
    bool overlaps(const Box& o, float pad) const {
        return x0 < o.x1 + pad && o.x0 < x1 + pad && y0 < o.y1 + pad && o.y0 < y1 + pad;
    }
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
};

// The frame labels are laid out in: the full image (tiles and the viewer's
// view beside its panel are parts of it).
struct LabelFrame {
    int width = 0;             // pixels
    int height = 0;
    float pixel_scale = 1.0f;  // multiplies font sizes, gaps and offsets
    const std::set<std::string>* hidden_layers = nullptr;  // layers not drawn; null = none
};

struct PlacedLabel {
    std::size_t primitive = 0;  // index in the scene's primitives
    Box box;                    // where the text goes, inside the frame
    glm::vec2 anchor_px{0.0f};  // the projected anchor (with the label's offset)
    // Glyphs and runs relative to box.x0, box.y0; owned by the SceneLabels
    // that placed it, valid until it places at another pixel scale.
    const TextLayout* text = nullptr;
    scene::Color color{0.0f, 0.0f, 0.0f, 1.0f};
    bool occluded = false;      // anchor behind opaque geometry: drawn dimmed
    bool shifted = false;       // moved to stay inside the frame
    float gap_px = 0.0f;        // how far the text stands off its anchor as asked: the gap and the named sphere's radius
};

// Text drawn at a dimmed anchor keeps this much of its alpha.
constexpr float kOccludedAlpha = 0.35f;

// What a scene's labels need from it, computed once per scene: each label's
// clearance from the sphere it names, the pull toward the eye of its
// occlusion test, and the opaque geometry that can hide an anchor.
class SceneLabels {
public:
    explicit SceneLabels(const scene::Scene& scene);

    // Lays out the visible labels in scene order: the requested placement if
    // it is free and inside the frame, else the first free alternative
    // (right, above, left, below), else the requested one; always inside.
    std::vector<PlacedLabel> place(const scene::Camera& camera, const LabelFrame& frame) const;
    // The same into `out`, reusing its memory: the viewer places labels every
    // frame without allocating once warm.
    void place(const scene::Camera& camera, const LabelFrame& frame, std::vector<PlacedLabel>& out) const;

    // Whether a point is hidden from the camera by an opaque sphere or
    // polygon of a visible layer.
    bool hidden(const scene::Camera& camera, const glm::vec3& point, const std::set<std::string>& hidden_layers) const;

    std::size_t size() const { return labels_.size(); }

private:
    struct Source {
        std::size_t primitive;
        scene::Label label;
        int layer;
        float pull = 0.0f;       // world distance toward the eye for the occlusion test
        float clearance = 0.0f;  // radius of the sphere the label names: text starts outside it
    };
    struct OccludingSphere {
        glm::vec3 center;
        float radius;
        int layer;
    };
    struct OccludingTriangle {
        glm::vec3 a, b, c;
        int layer;
    };
    std::vector<char> visible_layers(const std::set<std::string>& hidden_layers) const;
    bool hidden(const scene::Camera& camera, const glm::vec3& point, const std::vector<char>& visible) const;

    std::vector<std::string> layers_;
    std::vector<Source> labels_;
    // Each label's text laid out at layout_scale_: kept while the scale stays.
    mutable std::vector<TextLayout> layouts_;
    mutable float layout_scale_ = -1.0f;
    std::vector<OccludingSphere> spheres_;
    // Runs of kBlockSpheres consecutive spheres with a bounding sphere: a ray
    // that misses a block's bound skips its spheres (the glass region has
    // half a million, in spatially coherent order).
    struct Block {
        glm::vec3 center;
        float radius;
        std::size_t first, count;
    };
    std::vector<Block> blocks_;
    std::vector<OccludingTriangle> triangles_;
};

}  // namespace cagescope::frame
