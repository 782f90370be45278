// The scene as the GL renderer uploads it (frame/packed_scene.h) and what a
// frame decides to draw of it (frame/draw_plan.h), checked on the CPU.
#include <catch2/catch.hpp>

#include <glm/geometric.hpp>

#include "frame/draw_plan.h"
#include "frame/packed_scene.h"
#include "scene/camera.h"
#include "frame/tessellation.h"

using namespace cagescope;

namespace {

scene::Primitive sphere(const char* layer, glm::vec3 c, float r, float alpha = 1.0f) {
    return {"s", layer, "", scene::Sphere{c, r, {0.5f, 0.5f, 0.5f, alpha}}};
}

glm::vec3 sphere_center(const frame::PackedScene& p, int i) {
    const float* f = p.spheres.data() + static_cast<std::size_t>(i) * frame::kSphereFloats;
    return {f[0], f[1], f[2]};
}

scene::Camera front() {  // along +y from y = -5: x right, z up
    scene::Camera c;
    c.azimuth_deg = -90.0f;
    c.elevation_deg = 0.0f;
    c.distance = 5.0f;
    return c;
}

frame::FrameView view_of(const scene::Camera& c, int w = 400, int h = 300) {
    frame::FrameView v;
    v.view = c.view_matrix();
    v.proj = c.projection_matrix(static_cast<float>(w) / static_cast<float>(h));
    v.width = w;
    v.height = h;
    return v;
}

}  // namespace

TEST_CASE("each layer's spheres and segments are one range, layer after layer, in scene order") {
    scene::Scene s;
    s.primitives.push_back(sphere("a", {0, 0, 0}, 0.1f));
    s.primitives.push_back(sphere("b", {1, 0, 0}, 0.1f));
    s.primitives.push_back({"l", "a", "", scene::Polyline{{{0, 0, 0}, {1, 0, 0}, {1, 1, 0}}, {0, 0, 0, 1}, 2.0f}});
    s.primitives.push_back(sphere("a", {2, 0, 0}, 0.1f));
    const frame::PackedScene p = frame::pack_scene(s);
    REQUIRE(p.layers == std::vector<std::string>{"a", "b"});
    CHECK(p.sphere_ranges[0].first == 0);
    CHECK(p.sphere_ranges[0].count == 2);
    CHECK(p.sphere_ranges[1].first == 2);
    CHECK(p.sphere_ranges[1].count == 1);
    CHECK(sphere_center(p, 1) == glm::vec3(2, 0, 0));  // layer a's second sphere, before layer b's
    CHECK(sphere_center(p, 2) == glm::vec3(1, 0, 0));
    CHECK(p.segment_ranges[0].count == 2);
    CHECK(p.segment_ranges[1].count == 0);
    // Highlights point at each primitive's place in the arrays.
    CHECK(p.highlights[1].kind == frame::Kind::sphere);
    CHECK(p.highlights[1].first == 2);
    CHECK(p.highlights[3].first == 1);
    CHECK(p.highlights[2].kind == frame::Kind::polyline);
    CHECK(p.highlights[2].last - p.highlights[2].first == 2);
}

TEST_CASE("a polyline's segments carry the arc length from its start, closed ones return to the first point") {
    scene::Scene s;
    s.primitives.push_back({"sq", "l", "", scene::Polyline{{{0, 0, 0}, {1, 0, 0}, {1, 2, 0}}, {0, 0, 0, 1}, 3.0f, true, true}});
    const frame::PackedScene p = frame::pack_scene(s);
    REQUIRE(p.segment_count() == 3);
    const auto at = [&](std::size_t seg, std::size_t f) { return p.segments[seg * frame::kSegmentFloats + f]; };
    CHECK(at(0, 3) == 0.0f);
    CHECK(at(0, 7) == Approx(1.0f));
    CHECK(at(1, 3) == Approx(1.0f));
    CHECK(at(1, 7) == Approx(3.0f));
    CHECK(at(2, 7) == Approx(3.0f + std::sqrt(5.0f)));
    CHECK(glm::vec3(at(2, 4), at(2, 5), at(2, 6)) == glm::vec3(0, 0, 0));  // closed: back to the start
    CHECK(at(0, 12) == 3.0f);                                         // width
    CHECK(at(0, 13) == 1.0f);                                         // dashed
    CHECK(at(0, 14) == Approx(frame::dash_length_px(3.0f, 1.0f)));
}

TEST_CASE("an arrow is a shaft ending inside its head and the frame's cone") {
    scene::Scene s;
    scene::Arrow a;
    a.tail = {0, 0, 0};
    a.tip = {0, 0, 1};
    a.head_length = 0.25f;
    a.head_radius = 0.1f;
    a.color = {1, 0, 0, 1};
    s.primitives.push_back({"arrow", "l", "", a});
    const frame::PackedScene p = frame::pack_scene(s);
    REQUIRE(p.segment_count() == 1);
    CHECK(p.segments[6] == Approx(1.0f - 0.8f * 0.25f));  // shaft end z
    const auto cone = frame::cone_triangles({0, 0, 0.75f}, {0, 0, 1}, 0.1f);
    const std::size_t vertices = cone.size() / 3 * frame::kMeshVerticesPerTriangle;
    CHECK(p.mesh_vertex_count() == vertices);
    CHECK(p.cone_ranges[0].count == static_cast<int>(vertices));
    const frame::Highlight& h = p.highlights[0];
    CHECK(h.kind == frame::Kind::arrow);
    CHECK(h.mesh_last - h.mesh_first == static_cast<int>(vertices));
}

namespace {

glm::vec3 mesh_position(const frame::PackedScene& p, std::size_t vertex) {
    const float* v = p.mesh.data() + vertex * frame::kMeshFloats;
    return {v[0], v[1], v[2]};
}
bool marks_outline(const frame::PackedScene& p, std::size_t vertex) {
    const float* v = p.mesh.data() + vertex * frame::kMeshFloats;
    return v[3] == 0.0f && v[4] == 0.0f && v[5] == 0.0f;
}

}  // namespace

TEST_CASE("every slice of a cone's side has its tip normal between its two base normals, the last slice too") {
    const auto cone = frame::cone_triangles({0, 0, 0}, {0.2f, 0.1f, 1}, 0.3f);
    REQUIRE(cone.size() == 6 * frame::kConeSlices);
    for (int i = 0; i < frame::kConeSlices; ++i) {
        INFO("slice " << i);
        const glm::vec3 n0 = cone[6 * i].normal, n1 = cone[6 * i + 1].normal, tip = cone[6 * i + 2].normal;
        const glm::vec3 mid = glm::normalize(n0 + n1);
        CHECK(glm::dot(tip, mid) > 0.999f);
    }
}

TEST_CASE("a cone's triangles all have neighbours: a closed mesh, whose edges are smoothed only on its silhouette") {
    scene::Scene s;
    scene::Arrow a;
    a.tail = {0, 0, 0};
    a.tip = {0.3f, -0.2f, 1};
    a.head_length = 0.25f;
    a.head_radius = 0.1f;
    s.primitives.push_back({"arrow", "l", "", a});
    const frame::PackedScene p = frame::pack_scene(s);
    const std::size_t triangles = p.mesh_vertex_count() / frame::kMeshVerticesPerTriangle;
    REQUIRE(triangles == 2 * frame::kConeSlices);
    for (std::size_t t = 0; t < triangles; ++t) {
        const std::size_t v = t * frame::kMeshVerticesPerTriangle;
        for (int e = 0; e < 3; ++e) {
            INFO("triangle " << t << " edge " << e);
            CHECK_FALSE(marks_outline(p, v + 2 * e + 1));  // the last slice meets the first exactly
            // The neighbour's far corner is none of this edge's corners.
            const glm::vec3 far = mesh_position(p, v + 2 * e + 1);
            CHECK(far != mesh_position(p, v + 2 * e));
            CHECK(far != mesh_position(p, v + (2 * e + 2) % 6));
        }
    }
}

TEST_CASE("a polygon's fan marks its outline edges and links its inner ones") {
    scene::Scene s;
    const std::vector<glm::vec3> pentagon{{0, 0, 0}, {1, 0, 0}, {1.3f, 0.8f, 0}, {0.5f, 1.4f, 0}, {-0.3f, 0.8f, 0}};
    s.primitives.push_back({"face", "p", "", scene::Polygon{pentagon, {0, 0, 1, 1}}});
    const frame::PackedScene p = frame::pack_scene(s);
    REQUIRE(p.mesh_vertex_count() == 3 * frame::kMeshVerticesPerTriangle);  // triangles 0-1-2, 0-2-3, 0-3-4
    int outline = 0;
    for (std::size_t t = 0; t < 3; ++t)
        for (int e = 0; e < 3; ++e) outline += marks_outline(p, t * frame::kMeshVerticesPerTriangle + 2 * e + 1);
    CHECK(outline == 5);  // the pentagon's sides; the two inner edges link 0-1-2 with 0-2-3 and 0-2-3 with 0-3-4
    // Triangle 0-1-2's edge 2-0 borders 0-2-3, whose far corner is 3.
    CHECK(mesh_position(p, 5) == pentagon[3]);
}

TEST_CASE("the mesh holds cones, then opaque polygons, then translucent ones, which keep their centroid") {
    scene::Scene s;
    const std::vector<glm::vec3> square{{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}};
    s.primitives.push_back({"glass", "p", "", scene::Polygon{square, {0, 0, 1, 0.3f}}});
    s.primitives.push_back({"wall", "p", "", scene::Polygon{square, {0, 0, 1, 1}}});
    s.primitives.push_back(sphere("p", {0, 0, 0}, 0.2f, 0.5f));
    const frame::PackedScene p = frame::pack_scene(s);
    CHECK(p.polygon_ranges[0].first == 0);
    CHECK(p.polygon_ranges[0].count == 2 * frame::kMeshVerticesPerTriangle);  // two triangles
    REQUIRE(p.translucent_polygons.size() == 1);
    CHECK(p.translucent_polygons[0].vertices.first == 2 * frame::kMeshVerticesPerTriangle);
    CHECK(p.translucent_polygons[0].centroid == glm::vec3(0.5f, 0.5f, 0));
    CHECK(p.highlights[0].translucent);
    CHECK(p.sphere_count() == 0);  // the translucent sphere is sorted per frame instead
    REQUIRE(p.translucent_spheres.size() == 1);
    CHECK(p.highlights[2].translucent);
}

TEST_CASE("blocks hold at most 256 members and their bounds enclose every member whole") {
    scene::Scene s;
    for (int i = 0; i < 600; ++i) s.primitives.push_back(sphere("a", {static_cast<float>(i % 30), static_cast<float>(i / 30), 0}, 0.05f * static_cast<float>(1 + i % 3)));
    const frame::PackedScene p = frame::pack_scene(s);
    const auto& blocks = p.sphere_blocks[0];
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[2].range.count == 600 - 2 * frame::kBlockSize);
    for (const frame::Block& b : blocks)
        for (int i = b.range.first; i < b.range.first + b.range.count; ++i) {
            const float r = p.spheres[static_cast<std::size_t>(i) * frame::kSphereFloats + 3];
            CHECK(glm::length(sphere_center(p, i) - b.center) + r <= b.bound + 1e-4f);
            CHECK(r <= b.max_radius);
        }
}

TEST_CASE("a frame draws the blocks in view and the visible layers only, tiny spheres as specks") {
    scene::Scene s;
    s.primitives.push_back(sphere("near", {0, 0, 0}, 0.3f));
    for (int i = 0; i < 300; ++i) s.primitives.push_back(sphere("behind", {0, -10, 0}, 0.1f));  // behind the eye
    s.primitives.push_back(sphere("far", {0, 50, 0}, 0.0005f));  // under half a pixel, inside the far plane
    const frame::PackedScene p = frame::pack_scene(s);
    frame::DrawPlan plan;
    plan_frame(p, view_of(front()), {1, 1, 1}, plan);
    CHECK(plan.sphere_quads.total() == 1);
    CHECK(plan.sphere_specks.total() == 1);
    plan_frame(p, view_of(front()), {0, 1, 1}, plan);
    CHECK(plan.sphere_quads.total() == 0);
}

TEST_CASE("translucent items are planned back to front, a hidden layer's left out, the hovered one lighter") {
    scene::Scene s;
    s.primitives.push_back(sphere("a", {0, -1, 0}, 0.2f, 0.5f));  // nearest
    s.primitives.push_back(sphere("a", {0, 2, 0}, 0.2f, 0.5f));   // farthest
    const std::vector<glm::vec3> wall{{-1, 1, -1}, {1, 1, -1}, {1, 1, 1}, {-1, 1, 1}};
    s.primitives.push_back({"wall", "b", "", scene::Polygon{wall, {0, 0, 1, 0.3f}}});
    const frame::PackedScene p = frame::pack_scene(s);
    frame::DrawPlan plan;
    frame::FrameView v = view_of(front());
    v.highlighted_translucent_sphere = 0;
    plan_frame(p, v, {1, 1}, plan);
    REQUIRE(plan.translucent.size() == 3);
    using T = frame::TranslucentItem::Type;
    CHECK(plan.translucent[0].type == T::sphere);
    CHECK(plan.translucent[0].index == 1);
    CHECK(plan.translucent[1].type == T::polygon);
    CHECK(plan.translucent[2].index == 0);
    for (std::size_t i = 1; i < plan.translucent.size(); ++i)
        CHECK(plan.translucent[i - 1].depth <= plan.translucent[i].depth);
    // Two entries per sphere in that order: its far wall (negative radius), then its surface.
    const auto& t = plan.translucent_sphere_texels;
    REQUIRE(t.size() == 4 * frame::kSphereFloats);
    CHECK(t[1] == 2.0f);
    CHECK(t[3] == -0.2f);
    CHECK(t[11] == 0.2f);
    CHECK(t[2 * 8 + 4] > 0.5f);  // the hovered sphere, drawn second, is lighter
    CHECK(t[2 * 8 + 7] == Approx(0.75f));
    plan_frame(p, view_of(front()), {1, 0}, plan);
    CHECK(plan.translucent.size() == 2);
}

TEST_CASE("with level of detail, far copies of a repeat are pictures, far to near, and the hovered one is whole") {
    scene::Scene s;
    const int copies = 5;
    for (int i = 0; i < copies; ++i) {
        const glm::vec3 o(0, 20.0f * static_cast<float>(i), 0);  // the nearest 11 px in radius, the next 2 px
        s.primitives.push_back(sphere("hsm", o, 0.05f));
        s.primitives.push_back({"edge", "hsm", "", scene::Polyline{{o, o + glm::vec3(0.1f, 0, 0)}, {0, 0, 0, 1}, 1.0f}});
    }
    s.repeat = scene::Repeat{0, 2, static_cast<std::size_t>(copies)};
    const frame::PackedScene p = frame::pack_scene(s);
    REQUIRE(p.copies.centers.size() == static_cast<std::size_t>(copies));
    frame::DrawPlan plan;
    frame::FrameView v = view_of(front());
    v.level_of_detail = true;
    plan_frame(p, v, {1}, plan);
    CHECK(plan.copy_draw[0] == frame::CopyDraw::quads);  // near: drawn whole
    REQUIRE(plan.pictured.size() == static_cast<std::size_t>(copies - 1));
    for (std::size_t i = 1; i < plan.pictured.size(); ++i) CHECK(plan.pictured[i - 1].z <= plan.pictured[i].z);
    CHECK(plan.pictured.front().copy == copies - 1);
    CHECK(plan.sphere_quads.total() == 1);
    v.highlighted_copy = copies - 1;
    plan_frame(p, v, {1}, plan);
    CHECK(plan.pictured.size() == static_cast<std::size_t>(copies - 2));
    CHECK(plan.sphere_quads.total() + plan.sphere_specks.total() == 2);
}
