// A scene is plain data: the primitives a figure is made of, with stable ids,
// layers and styles. Figure builders (src/figures/) make scenes from the
// model; the renderer (src/render/) draws them. Nothing here knows GL or the
// paper.
#pragma once

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace cagescope::scene {

// Straight (not premultiplied) RGBA in sRGB, each channel 0..1; alpha < 1 is
// drawn translucent.
using Color = glm::vec4;

struct Sphere {
    glm::vec3 center{0.0f};
    float radius = 0.01f;  // world units
    Color color{1.0f};
};

// Lines, polylines and sampled curves.
struct Polyline {
    std::vector<glm::vec3> points;
    Color color{1.0f};
    float width_px = 2.0f;  // on-screen width at 1x, scaled with supersampling
    bool closed = false;    // joins the last point to the first
    bool dashed = false;
};

// A shaft from tail to tip with a cone head whose tip is at `tip`.
struct Arrow {
    glm::vec3 tail{0.0f};
    glm::vec3 tip{0.0f};
    Color color{1.0f};
    float width_px = 3.0f;      // shaft width on screen at 1x
    float head_length = 0.02f;  // world units
    float head_radius = 0.008f; // world units
};

// A flat filled polygon (planar, convex), e.g. the interface rectangle.
struct Polygon {
    std::vector<glm::vec3> points;
    Color color{1.0f};
};

// Where a label's text sits relative to its projected anchor point.
enum class LabelPlacement { center, right, left, above, below };
// "center", "right", "left", "above", "below" (the JSON of `scene` and of the web page).
const char* to_string(LabelPlacement placement);

// Text drawn in screen space at a projected 3D point. UTF-8; Greek letters,
// sub/superscript digits and stars are in the embedded font.
struct Label {
    glm::vec3 anchor{0.0f};
    std::string text;
    Color color{0.0f, 0.0f, 0.0f, 1.0f};
    float size_px = 18.0f;  // font size at 1x
    LabelPlacement placement = LabelPlacement::right;
    glm::vec2 offset_px{0.0f};  // extra screen offset at 1x (+y is down)
    // Placed exactly where asked, before every other label, which keeps
    // clear of it: titles and caption lines stay put in a crowded frame.
    bool pinned = false;
};

using Shape = std::variant<Sphere, Polyline, Arrow, Polygon, Label>;

struct Primitive {
    std::string id;       // stable semantic id, e.g. "a0.point.beta.7"
    std::string layer;    // group the viewer can toggle, e.g. "points"
    std::string section;  // the paper's section the position comes from
    Shape shape;
};

// Axis-aligned bounds; empty until a point is included.
struct Bounds {
    glm::vec3 min{1e30f};
    glm::vec3 max{-1e30f};

    bool empty() const { return min.x > max.x; }
    void include(const glm::vec3& p);
    glm::vec3 center() const { return (min + max) * 0.5f; }
    float radius() const;  // half the diagonal
};

// Copies of one group of primitives, each the first moved by a translation
// (the glass region's HSMs). Copy i is primitives [first + i·size,
// first + (i + 1)·size); copy 0 is the pattern. A renderer may draw a copy
// that is only a few pixels across as one picture of the pattern.
struct Repeat {
    std::size_t first = 0;
    std::size_t size = 0;
    std::size_t count = 0;
};

// Where an orbit camera looks from, in degrees (scene::Camera's meaning).
struct ViewAngles {
    float azimuth_deg = -60.0f;   // eye direction round +z, 0 = from +x
    float elevation_deg = 25.0f;  // eye above the xy plane
};

struct Scene {
    std::string title;                // one line, e.g. "Fig. 7 ..."
    std::string caption;              // key numbers, formatted for display
    std::vector<std::string> notes;   // model choices and paper contradictions shown
    // One short line an exported image shows under its caption: where the
    // drawing departs from the paper's words (a magnification, a scale, a
    // reading). The notes say it in full.
    std::string drawn_note;
    std::vector<std::string> sections;  // paper sections this scene draws from
    std::vector<Primitive> primitives;
    std::optional<Repeat> repeat;     // a hint: drawing is the same without it
    // The figure's own oblique view: the iso preset looks from these angles
    // instead of its usual ones (Fig. 3b, where the usual view puts corner 9
    // on the 10-11 diagonal). Absent: the preset's angles.
    std::optional<ViewAngles> iso_view;

    // Bounds of every primitive's geometry (labels by their anchors).
    Bounds bounds() const;
    // Distinct layer names in first-appearance order.
    std::vector<std::string> layers() const;
    // The primitive with this id, or nullptr.
    const Primitive* find(const std::string& id) const;
};

// Each copy's translation from the pattern (the first is zero), or nothing
// when the scene's `repeat` is absent or does not hold: a range past the
// primitives, a shape other than opaque spheres and polylines, or a copy
// that differs from the moved pattern in layer, style or any point (beyond
// float rounding).
std::vector<glm::vec3> repeat_offsets(const Scene& scene);

}  // namespace cagescope::scene
