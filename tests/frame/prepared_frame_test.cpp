#include <catch2/catch.hpp>
#include <glm/trigonometric.hpp>
#include <glm/geometric.hpp>

#include "frame/prepared_frame.h"

using namespace cagescope;

namespace {

scene::Camera front() {  // along +y from y = -5: x right, z up
    scene::Camera c;
    c.azimuth_deg = -90.0f;
    c.elevation_deg = 0.0f;
    c.distance = 5.0f;
    return c;
}

const frame::FrameSpec kSpec{400, 300, 1.0f, {}};

template <typename T>
std::vector<const T*> all(const frame::PreparedFrame& f) {
    std::vector<const T*> out;
    for (const auto& item : f.items)
        if (const auto* t = std::get_if<T>(&item.shape)) out.push_back(t);
    return out;
}

}  // namespace

TEST_CASE("items are painted back to front") {
    scene::Scene s;
    s.primitives.push_back({"near", "p", "", scene::Sphere{{0, -1, 0}, 0.2f, {1, 0, 0, 1}}});
    s.primitives.push_back({"far", "p", "", scene::Sphere{{0, 1, 0}, 0.2f, {0, 0, 1, 1}}});
    const auto f = frame::prepare_frame(s, front(), kSpec);
    REQUIRE(f.items.size() == 2);
    CHECK(f.items[0].primitive == 1);  // the far sphere first
    CHECK(f.items[1].primitive == 0);
    for (std::size_t i = 1; i < f.items.size(); ++i) CHECK(f.items[i - 1].depth <= f.items[i].depth);
    const auto discs = all<frame::Disc>(f);
    CHECK(discs[1]->radius > discs[0]->radius);  // nearer is bigger
    CHECK(discs[0]->center.x == Approx(200.0f));
}

TEST_CASE("a line behind an opaque sphere is cut where the sphere covers it, one in front is whole") {
    scene::Scene s;
    s.primitives.push_back({"ball", "p", "", scene::Sphere{{0, 0, 0}, 0.5f, {0.5f, 0.5f, 0.5f, 1}}});
    s.primitives.push_back({"behind", "l", "", scene::Polyline{{{-2, 1, 0}, {2, 1, 0}}, {0, 0, 0, 1}, 2.0f}});
    s.primitives.push_back({"front", "l", "", scene::Polyline{{{-2, -1, 0.1f}, {2, -1, 0.1f}}, {0, 0, 0, 1}, 2.0f}});
    const auto f = frame::prepare_frame(s, front(), kSpec);
    const auto disc = all<frame::Disc>(f).at(0);
    float behind_inside = 0.0f, front_inside = 0.0f;
    for (const auto& item : f.items) {
        const auto* st = std::get_if<frame::Stroke>(&item.shape);
        if (!st) continue;
        for (const glm::vec2& p : st->points) {
            const bool inside = glm::length(p - disc->center) < disc->radius - frame::kCoverTestPx - 1.0f;
            (item.primitive == 1 ? behind_inside : front_inside) += inside ? 1.0f : 0.0f;
        }
        // Pieces are short, each painted at its own depth.
        float length = 0.0f;
        for (std::size_t i = 1; i < st->points.size(); ++i) length += glm::length(st->points[i] - st->points[i - 1]);
        CHECK(length <= frame::kPieceLengthPx + frame::kCoverTestPx);
    }
    CHECK(behind_inside == 0.0f);
    CHECK(front_inside > 0.0f);
    // The front line is painted after the sphere, the line behind it before.
    std::size_t sphere_at = 0, first_front = f.items.size(), last_behind = 0;
    for (std::size_t i = 0; i < f.items.size(); ++i) {
        if (f.items[i].primitive == 0) sphere_at = i;
        if (f.items[i].primitive == 2) first_front = std::min(first_front, i);
        if (f.items[i].primitive == 1) last_behind = i;
    }
    CHECK(last_behind < sphere_at);
    CHECK(first_front > sphere_at);
}

TEST_CASE("an arrow is a shaft and a convex head reaching its tip, and a polygon keeps its corners and alpha") {
    scene::Scene s;
    scene::Arrow a;
    a.tail = {-1, 0, 0};
    a.tip = {1, 0, 0};
    a.head_length = 0.3f;
    a.head_radius = 0.1f;
    a.color = {0.2f, 0.4f, 0.8f, 1};
    s.primitives.push_back({"arrow", "a", "", a});
    s.primitives.push_back({"quad", "f", "", scene::Polygon{{{-1, 0, -1}, {1, 0, -1}, {1, 0, -0.5f}, {-1, 0, -0.5f}}, {1, 0, 0, 0.4f}}});
    const auto f = frame::prepare_frame(s, front(), kSpec);
    const auto fills = all<frame::Fill>(f);
    REQUIRE(fills.size() == 2);
    const frame::Fill* head = nullptr;
    const frame::Fill* quad = nullptr;
    for (const auto& item : f.items)
        if (const auto* fill = std::get_if<frame::Fill>(&item.shape)) (item.primitive == 0 ? head : quad) = fill;
    REQUIRE(head);
    REQUIRE(quad);
    // Convex: every turn the same way round.
    const auto& h = head->points;
    REQUIRE(h.size() >= 3);
    const auto turn = [&](std::size_t i) {
        const glm::vec2 e0 = h[(i + 1) % h.size()] - h[i], e1 = h[(i + 2) % h.size()] - h[(i + 1) % h.size()];
        return e0.x * e1.y - e0.y * e1.x;
    };
    for (std::size_t i = 0; i < h.size(); ++i) CHECK(turn(i) * turn(0) >= 0.0f);
    float max_x = 0.0f;
    for (const glm::vec2& p : h) max_x = std::max(max_x, p.x);
    const float tip_x = 200.0f + 1.0f / 5.0f * (150.0f / std::tan(glm::radians(15.0f)));
    CHECK(max_x == Approx(tip_x).margin(0.5f));
    CHECK(head->color.a == 1.0f);
    CHECK(quad->points.size() == 4);
    CHECK(quad->color.a == Approx(0.4f));
    // The shaft stops inside the head.
    const auto strokes = all<frame::Stroke>(f);
    REQUIRE_FALSE(strokes.empty());
    float shaft_end = 0.0f;
    for (const auto* st : strokes)
        for (const glm::vec2& p : st->points) shaft_end = std::max(shaft_end, p.x);
    CHECK(shaft_end < tip_x);
}

TEST_CASE("a translucent sphere is its inner wall then its surface, and hidden layers are not drawn") {
    scene::Scene s;
    s.primitives.push_back({"glass", "hsm", "", scene::Sphere{{0, 0, 0}, 1.0f, {0.8f, 0.7f, 0.5f, 0.3f}}});
    s.primitives.push_back({"dot", "points", "", scene::Sphere{{0, 0, 0}, 0.1f, {0, 0, 0, 1}}});
    const auto f = frame::prepare_frame(s, front(), kSpec);
    const auto discs = all<frame::Disc>(f);
    REQUIRE(discs.size() == 3);
    CHECK(discs[0]->inner);
    CHECK_FALSE(discs[1]->inner);
    frame::FrameSpec hide = kSpec;
    hide.hidden_layers = {"hsm"};
    CHECK(all<frame::Disc>(frame::prepare_frame(s, front(), hide)).size() == 1);
}

TEST_CASE("dashes follow the GL line shader's pattern and run on along a polyline") {
    CHECK(frame::dash_length_px(2.0f, 1.0f) == Approx(7.0f));
    CHECK(frame::dash_length_px(4.0f, 1.0f) == Approx(8.0f));
    CHECK(frame::dash_length_px(2.0f, 2.0f) == Approx(14.0f));
    scene::Scene s;
    scene::Polyline line{{{-1, 0, 0}, {1, 0, 0}}, {0, 0, 0, 1}, 2.0f, false, true};
    s.primitives.push_back({"dashed", "l", "", line});
    const auto f = frame::prepare_frame(s, front(), kSpec);
    const auto strokes = all<frame::Stroke>(f);
    REQUIRE(strokes.size() > 2);
    CHECK(strokes[0]->dashed);
    CHECK(strokes[0]->dash_offset == 0.0f);
    CHECK(strokes[1]->dash_offset == Approx(strokes[0]->points.back().x - strokes[0]->points.front().x).margin(0.01f));
}

TEST_CASE("a line through the eye is cut at the near plane: a bounded number of pieces, all in front") {
    scene::Scene s;
    const scene::Camera cam = front();
    s.primitives.push_back({"through", "l", "", scene::Polyline{{cam.eye() - glm::vec3(0, 3, 0.1f), cam.eye() + glm::vec3(0.5f, 2.0f, 0)},
                                                              {0, 0, 0, 1}, 2.0f}});
    const auto f = frame::prepare_frame(s, cam, kSpec);
    CHECK_FALSE(f.items.empty());      // the part in front is drawn
    CHECK(f.items.size() <= 4096);     // however close to the eye it starts
    for (const auto& item : f.items) CHECK(item.depth < 0.0f);
}
