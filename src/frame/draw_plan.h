// What one frame draws of a packed scene, decided on the CPU before any GL
// call: which blocks of spheres and segments are in view, which are drawn
// as one-pixel specks, which copies of a repeat are drawn as a picture of
// the pattern, and the translucent items in painting order.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <glm/mat4x4.hpp>
#include <vector>

#include "frame/packed_scene.h"

namespace cagescope::frame {

constexpr float kSpeckRadiusPx = 0.5f;  // below this projected radius a sphere is one pixel
// Level of detail: a copy of the scene's repeat whose bounding sphere
// projects under kPictureRadiusPx is drawn as one picture of the pattern.
// Pictures are drawn at the size of the copies they stand for, one per step
// of 2^(1/4) in radius, so a copy shows its picture scaled by at most
// 2^(1/8) (9 %) either way.
constexpr float kPictureRadiusPx = 8.0f;
constexpr int kPictureSteps = 10;  // radii [8/2^(1/4), 8), ..., and the last everything under 8/2^(9/4)

// The picture size of each step, in pixels square: twice the step's middle
// radius 8/2^((k + 1/2)/4), rounded up.
inline int picture_size(int step) {
    return static_cast<int>(std::ceil(2.0f * kPictureRadiusPx / std::exp2((static_cast<float>(step) + 0.5f) / 4.0f)));
}

// Draw ranges of one pass, adjacent ranges merged.
struct DrawList {
    std::vector<int> firsts;
    std::vector<int> counts;
    void clear() {
        firsts.clear();
        counts.clear();
    }
    void add(const Range& r);
    int total() const;
};

// What a frame does with one copy of the repeat.
enum class CopyDraw : std::uint8_t { culled, picture, specks, quads };

struct PicturedCopy {
    float z = 0.0f;  // view z: sorted far (most negative) first
    int copy = 0;
    int step = 0;    // which picture
};

struct TranslucentItem {
    enum class Type : std::uint8_t { sphere, polygon };
    float depth = 0.0f;  // view z of the centre (more negative is farther)
    Type type = Type::sphere;
    int index = 0;       // in translucent_spheres or translucent_polygons
};

struct FrameView {
    glm::mat4 view{1.0f};
    glm::mat4 proj{1.0f};  // this framebuffer's (a tile's, when tiled)
    bool ortho = false;
    int width = 1;         // framebuffer pixels
    int height = 1;
    float pixel_scale = 1.0f;
    bool level_of_detail = false;
    int highlighted_copy = -1;  // a copy holding the hovered primitive is drawn whole
    int highlighted_translucent_sphere = -1;  // drawn lighter and more opaque
};

struct DrawPlan {
    DrawList sphere_quads, sphere_specks, segment_quads;
    std::vector<CopyDraw> copy_draw;      // by copy, with level of detail
    std::vector<PicturedCopy> pictured;   // far to near
    std::vector<TranslucentItem> translucent;  // back to front
    // The translucent spheres in that order, 2 sphere entries each
    // (kSphereFloats): the inner far wall (a negative radius), then the near
    // surface.
    std::vector<float> translucent_sphere_texels;
};

// Fills `plan` (its memory reused frame to frame). `layer_visible` is by
// the packed scene's layers.
void plan_frame(const PackedScene& scene, const FrameView& view, const std::vector<char>& layer_visible,
                DrawPlan& plan);

// The view's six planes, widened by `margin_px` on screen, normalised.
std::array<glm::vec4, 6> view_planes(const glm::mat4& view_proj, int width, int height, float margin_px);

// Whether a sphere is at least partly inside the planes.
bool inside(const std::array<glm::vec4, 6>& planes, const glm::vec3& center, float radius);

}  // namespace cagescope::frame
