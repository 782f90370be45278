#include "frame/draw_plan.h"

#include <algorithm>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <limits>

namespace cagescope::frame {

void DrawList::add(const Range& r) {
    if (!counts.empty() && firsts.back() + counts.back() == r.first)
        counts.back() += r.count;
    else {
        firsts.push_back(r.first);
        counts.push_back(r.count);
    }
}

int DrawList::total() const {
    int n = 0;
    for (const int c : counts) n += c;
    return n;
}

std::array<glm::vec4, 6> view_planes(const glm::mat4& m, int width, int height, float margin_px) {
    const glm::vec4 r0(m[0][0], m[1][0], m[2][0], m[3][0]);
    const glm::vec4 r1(m[0][1], m[1][1], m[2][1], m[3][1]);
    const glm::vec4 r2(m[0][2], m[1][2], m[2][2], m[3][2]);
    const glm::vec4 r3(m[0][3], m[1][3], m[2][3], m[3][3]);
    const float mx = 1.0f + 2.0f * margin_px / static_cast<float>(width);
    const float my = 1.0f + 2.0f * margin_px / static_cast<float>(height);
    std::array<glm::vec4, 6> planes{r3 * mx + r0, r3 * mx - r0, r3 * my + r1, r3 * my - r1, r3 + r2, r3 - r2};
    for (glm::vec4& p : planes) p /= std::max(glm::length(glm::vec3(p)), 1e-30f);
    return planes;
}

bool inside(const std::array<glm::vec4, 6>& planes, const glm::vec3& center, float radius) {
    const glm::vec4 c(center, 1.0f);
    return std::all_of(planes.begin(), planes.end(), [&](const glm::vec4& p) { return glm::dot(p, c) >= -radius; });
}

namespace {

// Each copy: off screen, a picture (bounding sphere under kPictureRadiusPx,
// unless it holds the highlighted primitive), or drawn whole as specks or
// impostors by the rule of the blocks. Pictures are sorted far to near.
void plan_copies(const Copies& copies, const FrameView& v, float px_world, const std::array<glm::vec4, 6>& planes,
                 DrawPlan& plan) {
    plan.copy_draw.assign(copies.centers.size(), CopyDraw::culled);
    for (std::size_t i = 0; i < copies.centers.size(); ++i) {
        const glm::vec3& c = copies.centers[i];
        if (!inside(planes, c, copies.bound)) continue;
        const float z = (v.view * glm::vec4(c, 1.0f)).z;
        const float depth = v.ortho ? 1.0f : -z;
        const float nearest = v.ortho ? 1.0f : depth - copies.bound;
        const float radius_px = nearest > 0.0f ? copies.bound / (px_world * depth) : std::numeric_limits<float>::max();
        if (radius_px < kPictureRadiusPx && static_cast<int>(i) != v.highlighted_copy) {
            plan.copy_draw[i] = CopyDraw::picture;
            const int step = static_cast<int>(std::floor(4.0f * std::log2(kPictureRadiusPx / std::max(radius_px, 1e-3f))));
            plan.pictured.push_back({z, static_cast<int>(i), std::min(step, kPictureSteps - 1)});
            continue;
        }
        const bool specks = nearest > 0.0f && copies.max_radius / (px_world * nearest) < kSpeckRadiusPx;
        plan.copy_draw[i] = specks ? CopyDraw::specks : CopyDraw::quads;
    }
    std::sort(plan.pictured.begin(), plan.pictured.end(),
              [](const PicturedCopy& a, const PicturedCopy& b) { return a.z < b.z; });
}

// Translucent spheres and polygons of visible layers, back to front by the
// view depth of their centres; ties keep spheres before polygons, then order.
void plan_translucent(const PackedScene& scene, const glm::mat4& view, const std::vector<char>& layer_visible,
                      DrawPlan& plan) {
    for (std::size_t i = 0; i < scene.translucent_spheres.size(); ++i) {
        const TranslucentSphere& s = scene.translucent_spheres[i];
        if (!layer_visible[static_cast<std::size_t>(s.layer)]) continue;
        const float z = (view * glm::vec4(glm::vec3(s.center_radius), 1.0f)).z;
        plan.translucent.push_back({z, TranslucentItem::Type::sphere, static_cast<int>(i)});
    }
    for (std::size_t i = 0; i < scene.translucent_polygons.size(); ++i) {
        const TranslucentPolygon& p = scene.translucent_polygons[i];
        if (!layer_visible[static_cast<std::size_t>(p.layer)]) continue;
        plan.translucent.push_back({(view * glm::vec4(p.centroid, 1.0f)).z, TranslucentItem::Type::polygon,
                                    static_cast<int>(i)});
    }
    std::sort(plan.translucent.begin(), plan.translucent.end(), [](const TranslucentItem& a, const TranslucentItem& b) {
        if (a.depth != b.depth) return a.depth < b.depth;
        if (a.type != b.type) return a.type < b.type;
        return a.index < b.index;
    });
}

void pack_translucent_spheres(const PackedScene& scene, int highlighted, DrawPlan& plan) {
    for (const TranslucentItem& item : plan.translucent) {
        if (item.type != TranslucentItem::Type::sphere) continue;
        const TranslucentSphere& s = scene.translucent_spheres[static_cast<std::size_t>(item.index)];
        glm::vec4 color = s.color;
        if (item.index == highlighted)
            color = glm::vec4(glm::mix(glm::vec3(color), glm::vec3(1.0f), 0.45f), std::min(1.0f, color.a * 1.5f));
        const glm::vec3 c(s.center_radius);
        const float r = s.center_radius.w;
        plan.translucent_sphere_texels.insert(plan.translucent_sphere_texels.end(),
                                              {c.x, c.y, c.z, -r, color.r, color.g, color.b, color.a,  //
                                               c.x, c.y, c.z, r, color.r, color.g, color.b, color.a});
    }
}

}  // namespace

// Blocks wholly outside the view (widened by a margin for line widths and
// sphere edges) are dropped; sphere blocks whose largest sphere projects
// below kSpeckRadiusPx go to the speck list. With level of detail, the
// scene's repeat is decided copy by copy instead.
void plan_frame(const PackedScene& scene, const FrameView& v, const std::vector<char>& layer_visible, DrawPlan& plan) {
    plan.sphere_quads.clear();
    plan.sphere_specks.clear();
    plan.segment_quads.clear();
    plan.copy_draw.clear();
    plan.pictured.clear();
    plan.translucent.clear();
    plan.translucent_sphere_texels.clear();
    const float margin_px = 24.0f * v.pixel_scale;  // wider than any line, highlight or antialiased edge
    const std::array<glm::vec4, 6> planes = view_planes(v.proj * v.view, v.width, v.height, margin_px);
    const float px_world = 2.0f / (v.proj[1][1] * static_cast<float>(v.height));
    const Copies& copies = scene.copies;
    const bool by_copy = v.level_of_detail && !copies.empty();
    if (by_copy) plan_copies(copies, v, px_world, planes, plan);
    const auto& layer_sphere_blocks = by_copy ? copies.rest_sphere_blocks : scene.sphere_blocks;
    const auto& layer_segment_blocks = by_copy ? copies.rest_segment_blocks : scene.segment_blocks;
    const std::size_t nl = scene.layers.size();
    for (std::size_t l = 0; l < nl; ++l) {
        if (!layer_visible[l]) continue;
        for (const Block& b : layer_sphere_blocks[l]) {
            if (!inside(planes, b.center, b.bound)) continue;
            // Pixels per world unit at the block's nearest possible depth.
            const float nearest = v.ortho ? 1.0f : -(v.view * glm::vec4(b.center, 1.0f)).z - b.bound;
            const bool specks = nearest > 0.0f && b.max_radius / (px_world * nearest) < kSpeckRadiusPx;
            (specks ? plan.sphere_specks : plan.sphere_quads).add(b.range);
        }
        for (const Block& b : layer_segment_blocks[l])
            if (inside(planes, b.center, b.bound)) plan.segment_quads.add(b.range);
        if (!by_copy) continue;
        for (std::size_t i = 0; i < plan.copy_draw.size(); ++i) {
            const CopyDraw d = plan.copy_draw[i];
            if (d == CopyDraw::culled || d == CopyDraw::picture) continue;
            const Range& spheres_of_copy = copies.spheres[i * nl + l];
            const Range& segments_of_copy = copies.segments[i * nl + l];
            if (spheres_of_copy.count > 0)
                (d == CopyDraw::specks ? plan.sphere_specks : plan.sphere_quads).add(spheres_of_copy);
            if (segments_of_copy.count > 0) plan.segment_quads.add(segments_of_copy);
        }
    }
    plan_translucent(scene, v.view, layer_visible, plan);
    pack_translucent_spheres(scene, v.highlighted_translucent_sphere, plan);
}

}  // namespace cagescope::frame
