// scene::Repeat is a hint that a renderer may trust only once checked:
// repeat_offsets must accept exact moved copies and refuse anything else.
#include <catch2/catch.hpp>

#include <glm/geometric.hpp>

#include "figures/figure_params.h"
#include "figures/figures.h"
#include "model/constants.h"
#include "scene/scene.h"

namespace {

using namespace cagescope;

scene::Primitive prim(std::string layer, scene::Shape shape) { return {"p", std::move(layer), "", std::move(shape)}; }

// `count` copies of a square and two spheres, 3 units apart along x, after
// one unrelated line.
scene::Scene squares(std::size_t count) {
    scene::Scene s;
    s.primitives.push_back(prim("axes", scene::Polyline{{{0, -5, 0}, {0, 5, 0}}, {0, 0, 0, 1}}));
    for (std::size_t i = 0; i < count; ++i) {
        const glm::vec3 o(3.0f * static_cast<float>(i), 0.0f, 0.0f);
        s.primitives.push_back(prim("edges", scene::Polyline{{o, o + glm::vec3(1, 0, 0), o + glm::vec3(1, 1, 0),
                                                              o + glm::vec3(0, 1, 0)}, {0.5f, 0.5f, 0.5f, 1}, 1.0f, true}));
        s.primitives.push_back(prim("dots", scene::Sphere{o + glm::vec3(0.5f, 0.5f, 0), 0.1f, {1, 0, 0, 1}}));
        s.primitives.push_back(prim("dots", scene::Sphere{o + glm::vec3(0.5f, 0.5f, 1), 0.1f, {0, 0, 1, 1}}));
    }
    s.repeat = scene::Repeat{1, 3, count};
    return s;
}

}  // namespace

TEST_CASE("repeat_offsets gives each copy's translation from the pattern") {
    const scene::Scene s = squares(4);
    const auto offsets = scene::repeat_offsets(s);
    REQUIRE(offsets.size() == 4);
    CHECK(glm::length(offsets[0]) == 0.0f);
    CHECK(offsets[3].x == Approx(9.0f));
    CHECK(offsets[3].y == 0.0f);
}

TEST_CASE("repeat_offsets refuses a declaration that does not hold") {
    SECTION("no declaration") {
        scene::Scene s = squares(4);
        s.repeat.reset();
        CHECK(scene::repeat_offsets(s).empty());
    }
    SECTION("copies past the last primitive") {
        scene::Scene s = squares(4);
        s.repeat->count = 5;
        CHECK(scene::repeat_offsets(s).empty());
        s.repeat = scene::Repeat{0, 0, 4};
        CHECK(scene::repeat_offsets(s).empty());
    }
    SECTION("a copy in another colour") {
        scene::Scene s = squares(4);
        std::get<scene::Sphere>(s.primitives[2 + 3 * 2].shape).color = {0, 1, 0, 1};
        CHECK(scene::repeat_offsets(s).empty());
    }
    SECTION("a copy with one point moved differently") {
        scene::Scene s = squares(4);
        std::get<scene::Polyline>(s.primitives[1 + 3 * 3].shape).points[2].z += 0.01f;
        CHECK(scene::repeat_offsets(s).empty());
    }
    SECTION("a copy on another layer") {
        scene::Scene s = squares(4);
        s.primitives[3 + 3 * 1].layer = "edges";
        CHECK(scene::repeat_offsets(s).empty());
    }
    SECTION("a translucent sphere or a label in the pattern") {
        scene::Scene s = squares(2);
        for (std::size_t i : {std::size_t{2}, std::size_t{5}})
            std::get<scene::Sphere>(s.primitives[i].shape).color.a = 0.5f;
        CHECK(scene::repeat_offsets(s).empty());
        s = squares(2);
        s.primitives[1].shape = scene::Label{{0, 0, 0}, "a0"};
        s.primitives[4].shape = scene::Label{{3, 0, 0}, "a0"};
        CHECK(scene::repeat_offsets(s).empty());
    }
}

TEST_CASE("the glass region declares its HSMs as moved copies of the first, one lattice spacing apart") {
    figures::FigureParams params = figures::default_params();
    params.region_k = 3;
    const scene::Scene s = figures::build_figure(*figures::find_figure("glass"), params);
    REQUIRE(s.repeat);
    CHECK(s.repeat->size == 1 + 6 + 64);  // centre, cage polylines, 4×16 points
    const auto offsets = scene::repeat_offsets(s);
    REQUIRE(offsets.size() == 27);
    const float a = static_cast<float>(model::lattice_spacing());
    CHECK(offsets[1].x == Approx(a));  // site (1, 0, 0)
    CHECK(offsets[3].y == Approx(a));  // site (0, 1, 0)
    CHECK(offsets[26].z == Approx(2.0f * a));
}
