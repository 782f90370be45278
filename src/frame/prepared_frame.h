// A frame as flat 2D items in painting order: what the vector writers (SVG,
// PDF) draw, made on the CPU from the same scene, camera, frame size and
// label layout as the GL frame.
//
// Painting order is back to front by view depth, at these granularities:
// a sphere is one disc; a polyline or arrow shaft is cut into pieces of at
// most kPieceLengthPx, each tested against the opaque spheres (the parts a
// sphere hides are dropped, so a line passing behind a sphere is hidden
// exactly where the sphere covers it); a polygon and an arrow head are one
// item each. What this order cannot do: two translucent or opaque
// polygons that interpenetrate, or a polygon and a sphere that cut
// through each other, are drawn whole, one over the other (the GL depth
// buffer cuts them); a line lying on an opaque polygon is drawn over it.
// The figures of the paper have neither interpenetration (checked by the
// vector-against-GL tests).
#pragma once

#include <array>
#include <glm/vec2.hpp>
#include <memory>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "frame/labels.h"
#include "frame/tessellation.h"
#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::frame {

constexpr float kPieceLengthPx = 16.0f;  // longest stroke piece, painted at one depth
constexpr float kCoverTestPx = 2.0f;     // spacing of the occlusion tests along a stroke

struct FrameSpec {
    int width = 0;             // pixels
    int height = 0;
    float pixel_scale = 1.0f;  // multiplies line widths, font sizes, label offsets
    std::set<std::string> hidden_layers;
};

// A sphere: a disc shaded like the GL impostor (light from the upper left).
// A translucent sphere is two discs, as the GL draws it: its inner far
// wall (`inner`, flat and darker), then its near surface.
struct Disc {
    glm::vec2 center{0.0f};
    float radius = 0.0f;  // pixels
    scene::Color color{1.0f};
    bool inner = false;
};

// A visible piece of a line: an open path with round caps and joins.
struct Stroke {
    std::vector<glm::vec2> points;
    scene::Color color{1.0f};
    float width = 1.0f;         // pixels
    bool dashed = false;
    float dash = 0.0f;          // dash and gap lengths, pixels (GL's pattern)
    float gap = 0.0f;
    float dash_offset = 0.0f;   // the pattern's phase at the first point
};

// A filled convex polygon in one colour (polygons, arrow heads).
struct Fill {
    std::vector<glm::vec2> points;
    scene::Color color{1.0f};
};

struct Item {
    float depth = 0.0f;         // view z, more negative is farther
    std::size_t primitive = 0;  // index in the scene's primitives
    std::variant<Disc, Stroke, Fill> shape;
};

struct PreparedFrame {
    int width = 0;
    int height = 0;
    float pixel_scale = 1.0f;
    std::vector<Item> items;           // back to front
    std::vector<PlacedLabel> labels;   // drawn over everything, in order
    std::shared_ptr<const SceneLabels> label_texts;  // owns the labels' text layouts
    float halo_px = 1.0f;              // labels' halo in the background colour
};

PreparedFrame prepare_frame(const scene::Scene& scene, const scene::Camera& camera, const FrameSpec& spec);

// A sphere's shading: the colour of the lit point at (u, v) of the unit disc
// (u right, v up), as the GL sphere shader computes it.
glm::vec3 sphere_shade(const glm::vec3& base, float u, float v);

}  // namespace cagescope::frame
