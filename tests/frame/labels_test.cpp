#include <catch2/catch.hpp>
#include <glm/trigonometric.hpp>

#include "frame/labels.h"

using namespace cagescope;

namespace {

scene::Primitive label(std::string id, glm::vec3 anchor, std::string text) {
    scene::Label l;
    l.anchor = anchor;
    l.text = std::move(text);
    return {std::move(id), "labels", "", l};
}

scene::Primitive sphere(glm::vec3 center, float radius, float alpha = 1.0f) {
    return {"s", "points", "", scene::Sphere{center, radius, {0.5f, 0.5f, 0.5f, alpha}}};
}

// Looking along +y from y = -5 at the origin: x right, z up on screen.
scene::Camera front() {
    scene::Camera c;
    c.azimuth_deg = -90.0f;
    c.elevation_deg = 0.0f;
    c.distance = 5.0f;
    return c;
}

const frame::LabelFrame kFrame{400, 300, 1.0f, nullptr};

}  // namespace

TEST_CASE("labels at one anchor are moved apart: no two boxes overlap") {
    scene::Scene s;
    for (int i = 0; i < 4; ++i) s.primitives.push_back(label("l" + std::to_string(i), {0, 0, 0}, "label " + std::to_string(i)));
    const auto placed = frame::SceneLabels(s).place(front(), kFrame);
    REQUIRE(placed.size() == 4);
    for (std::size_t i = 0; i < placed.size(); ++i)
        for (std::size_t j = i + 1; j < placed.size(); ++j) CHECK_FALSE(placed[i].box.overlaps(placed[j].box, 0.0f));
    // The first keeps its requested place: right of the anchor, which projects to the frame's centre.
    CHECK(placed[0].anchor_px.x == Approx(200.0f));
    CHECK(placed[0].box.x0 > 200.0f);
    CHECK(placed[0].box.y0 < 150.0f);
    CHECK(placed[0].box.y1 > 150.0f);
}

TEST_CASE("a label's anchor behind an opaque sphere is occluded, in front of it or beside it is not") {
    scene::Scene s;
    s.primitives.push_back(sphere({0, 0, 0}, 0.5f));
    s.primitives.push_back(label("behind", {0, 2, 0}, "behind"));
    s.primitives.push_back(label("front", {0, -1, 0}, "front"));
    s.primitives.push_back(label("beside", {2, 2, 0}, "beside"));
    const auto placed = frame::SceneLabels(s).place(front(), kFrame);
    REQUIRE(placed.size() == 3);
    CHECK(placed[0].occluded);
    CHECK_FALSE(placed[1].occluded);
    CHECK_FALSE(placed[2].occluded);
    // Hiding the sphere's layer uncovers the label behind it.
    const std::set<std::string> hidden{"points"};
    CHECK_FALSE(frame::SceneLabels(s).place(front(), {400, 300, 1.0f, &hidden})[0].occluded);
}

TEST_CASE("a label naming an opaque sphere is not hidden by it, and its text starts outside it") {
    scene::Scene s;
    s.primitives.push_back(sphere({0, 0, 0}, 0.5f));
    s.primitives.push_back(label("own", {0, 0, 0}, "a_0"));
    const auto placed = frame::SceneLabels(s).place(front(), kFrame);
    REQUIRE(placed.size() == 1);
    CHECK_FALSE(placed[0].occluded);  // tested from just outside the sphere it names
    const float sphere_px = 0.5f / 5.0f * (150.0f / std::tan(glm::radians(15.0f)));
    CHECK(placed[0].box.x0 > 200.0f + sphere_px);
}

TEST_CASE("a translucent sphere hides nothing, and an opaque polygon hides what is behind it") {
    scene::Scene s;
    s.primitives.push_back(sphere({0, 0, 0}, 0.5f, 0.3f));
    s.primitives.push_back(label("in glass", {0, 2, 0}, "seen through"));
    scene::Polygon wall{{{2, 0, -1}, {4, 0, -1}, {4, 0, 1}, {2, 0, 1}}, {0.2f, 0.2f, 0.2f, 1.0f}};
    s.primitives.push_back({"wall", "faces", "", wall});
    s.primitives.push_back(label("walled", {3, 1, 0}, "behind the wall"));
    const auto placed = frame::SceneLabels(s).place(front(), kFrame);
    REQUIRE(placed.size() == 2);
    CHECK_FALSE(placed[0].occluded);
    CHECK(placed[1].occluded);
}

TEST_CASE("a label near the frame's edge is shifted inside it, and one behind the eye is dropped") {
    scene::Scene s;
    s.primitives.push_back(label("edge", {1.3f, 0, 0}, "a long label at the right edge"));
    s.primitives.push_back(label("behind eye", {0, -9, 0}, "not drawn"));
    const auto placed = frame::SceneLabels(s).place(front(), kFrame);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].box.x1 <= 400.0f);
    CHECK(placed[0].box.x0 >= 0.0f);
}

TEST_CASE("a pinned label keeps its place and an earlier label in its way moves, the output in scene order") {
    scene::Scene s;
    s.primitives.push_back(label("figure", {0, 0, 0}, "a figure's label"));
    scene::Primitive caption = label("caption", {0, 0, 0}, "a caption line");
    std::get<scene::Label>(caption.shape).pinned = true;
    s.primitives.push_back(caption);
    const frame::SceneLabels labels(s);
    const auto placed = labels.place(front(), kFrame);
    REQUIRE(placed.size() == 2);
    CHECK(placed[0].primitive == 0);
    CHECK(placed[1].primitive == 1);
    CHECK_FALSE(placed[0].box.overlaps(placed[1].box, 0.0f));
    // The pinned one is where it asked (right of the centre), the other is not.
    CHECK(placed[1].box.x0 > 200.0f);
    CHECK(placed[1].box.y0 < 150.0f);
    CHECK(placed[1].box.y1 > 150.0f);
    CHECK_FALSE(placed[1].shifted);
    const bool figure_label_in_place = placed[0].box.x0 > 200.0f && placed[0].box.y0 < 150.0f && placed[0].box.y1 > 150.0f;
    CHECK_FALSE(figure_label_in_place);
}
