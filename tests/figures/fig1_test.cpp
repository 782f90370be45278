#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <set>
#include <string>
#include <variant>

#include "figures/figures.h"
#include "figures/palette.h"
#include "model/clusters.h"
#include "model/constants.h"
#include "model/parameters.h"
#include "projection.h"

using namespace cagescope;

namespace {
scene::Scene fig(const char* id, int cluster = 1) {
    auto p = figures::default_params();
    p.cluster = cluster;
    return figures::build_figure(*figures::find_figure(id), p);
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

int count_with_prefix(const scene::Scene& s, const std::string& prefix) {
    int n = 0;
    for (const auto& p : s.primitives) n += starts_with(p.id, prefix);
    return n;
}

template <class Shape>
int count_shapes(const scene::Scene& s) {
    int n = 0;
    for (const auto& p : s.primitives) n += std::holds_alternative<Shape>(p.shape);
    return n;
}

// +1 when the arrow turns counter-clockwise round `centre` seen from +z, -1 clockwise.
int turning(const scene::Arrow& arrow, const glm::vec3& centre) {
    const glm::vec3 mid = 0.5f * (arrow.tail + arrow.tip) - centre;
    const glm::vec3 dir = arrow.tip - arrow.tail;
    const float z = mid.x * dir.y - mid.y * dir.x;
    return z > 0.0f ? 1 : (z < 0.0f ? -1 : 0);
}

bool same_color(const scene::Color& a, const scene::Color& b) { return glm::length(a - b) < 1e-4f; }

void check_ids_layers_sections(const scene::Scene& s) {
    std::set<std::string> ids;
    for (const auto& p : s.primitives) {
        INFO(p.id);
        CHECK(ids.insert(p.id).second);
        CHECK_FALSE(p.layer.empty());
        CHECK_FALSE(p.section.empty());
    }
}

void check_labels_in_frame(const scene::Scene& s, const char* figure) {
    const auto* info = figures::find_figure(figure);
    for (auto projection : {scene::Projection::perspective, scene::Projection::orthographic})
        for (float aspect : {16.0f / 9.0f, 4.0f / 3.0f}) {
            test::check_labels_in_frame(s, info->default_view, projection, aspect);
        }
}
}  // namespace

TEST_CASE("Fig. 1a draws V_0(a0) with 4 counter-clockwise loop arrows and four clockwise neighbour loops") {
    const auto s = fig("1a");
    CHECK_THAT(s.title, Catch::StartsWith("Fig. 1a  "));
    CHECK(count_with_prefix(s, "a0.loop_arrow.") == 4);
    const double a = model::lattice_spacing();
    const std::pair<const char*, glm::vec3> hsms[] = {{"a0", {0, 0, 0}},
                                                      {"b0", {static_cast<float>(a), 0, 0}},
                                                      {"c0", {0, static_cast<float>(a), 0}},
                                                      {"d0", {-static_cast<float>(a), 0, 0}},
                                                      {"e0", {0, -static_cast<float>(a), 0}}};
    for (const auto& [name, centre] : hsms) {
        const std::string prefix = std::string(name) + ".loop_arrow.";
        CHECK(count_with_prefix(s, prefix) == 4);
        const bool plus = std::string(name) == "a0";
        const auto* sphere = s.find(std::string(name) + ".hsm");
        REQUIRE(sphere);
        CHECK(glm::length(std::get<scene::Sphere>(sphere->shape).center - centre) < 1e-5f);
        for (const auto& p : s.primitives) {
            if (!starts_with(p.id, prefix)) continue;
            INFO(p.id);
            const auto& arrow = std::get<scene::Arrow>(p.shape);
            CHECK(turning(arrow, centre) == (plus ? 1 : -1));
            CHECK(arrow.tail.z == 0.0f);  // flat, in the plane z = 0
            CHECK(arrow.tip.z == 0.0f);
            CHECK(same_color(arrow.color, plus ? figures::palette::plus_z : figures::palette::minus_z));
        }
    }
    CHECK(count_shapes<scene::Arrow>(s) == 5 * 4 + 1);  // five loops and S_1

    // The MIEV S_1(a0) points along +z at a0.
    const auto* s1 = s.find("a0.miev.s1");
    REQUIRE(s1);
    const auto& miev = std::get<scene::Arrow>(s1->shape);
    CHECK(glm::length(glm::cross(miev.tip - miev.tail, glm::vec3(0, 0, 1))) < 1e-6f);
    CHECK(miev.tip.z > miev.tail.z);

    // ⊙ on a0, ⊗ on the neighbours: +z and -z tell apart without colour.
    CHECK(s.find("a0.centre_mark.ring"));
    CHECK_FALSE(s.find("a0.centre_mark.cross.1"));
    CHECK(s.find("b0.centre_mark.cross.1"));
    check_ids_layers_sections(s);
}

TEST_CASE("Fig. 1b has 12 blue -z loop arrows, 4 red +z centre arrows and 8 jamming particles") {
    const auto s = fig("1b");
    CHECK_THAT(s.title, Catch::StartsWith("Fig. 1b  "));
    CHECK(count_with_prefix(s, "cluster.loop_arrow.") == 12);
    CHECK(count_with_prefix(s, "cluster.arrow.") == 4);
    CHECK(count_with_prefix(s, "cluster.jamming.") == 8);
    for (const auto& p : s.primitives) {
        INFO(p.id);
        if (starts_with(p.id, "cluster.loop_arrow.")) {
            const auto& arrow = std::get<scene::Arrow>(p.shape);
            CHECK(same_color(arrow.color, figures::palette::minus_z));
            CHECK(turning(arrow, {0, 0, 0}) == -1);
        }
        if (starts_with(p.id, "cluster.arrow.")) {
            const auto& arrow = std::get<scene::Arrow>(p.shape);
            CHECK(same_color(arrow.color, figures::palette::plus_z));
            CHECK(turning(arrow, {0, 0, 0}) == 1);
        }
    }
    CHECK_THAT(s.caption, Catch::Contains("12 (paper 12)") && Catch::Contains("8 (paper 8)") &&
                              Catch::Contains("17 (paper 17)"));
    check_ids_layers_sections(s);
}

TEST_CASE("Fig. 1c for every V_i: 8i+4 loop arrows, 4(i+1)² arrows, 8i jamming particles, unique ids") {
    const int i = GENERATE(range(0, 9));
    INFO("i = " << i);
    const auto s = fig("1c", i);
    CHECK_THAT(s.title, Catch::StartsWith("Fig. 1c  "));
    CHECK(count_with_prefix(s, "cluster.loop_arrow.") == 8 * i + 4);
    CHECK(count_shapes<scene::Arrow>(s) == 4 * (i + 1) * (i + 1));
    CHECK(count_with_prefix(s, "cluster.jamming.") == 8 * i);
    CHECK(count_with_prefix(s, "cluster.hsm.") + count_with_prefix(s, "cluster.jamming.") ==
          2 * i * i + 10 * i + 5);
    check_ids_layers_sections(s);

    // Loop arrows in the loop's colour, turning +z for even i and -z for odd i.
    const bool plus = i % 2 == 0;
    for (const auto& p : s.primitives) {
        if (!starts_with(p.id, "cluster.loop_arrow.")) continue;
        INFO(p.id);
        const auto& arrow = std::get<scene::Arrow>(p.shape);
        CHECK(turning(arrow, {0, 0, 0}) == (plus ? 1 : -1));
        CHECK(same_color(arrow.color, plus ? figures::palette::plus_z : figures::palette::minus_z));
        CHECK(p.layer == "loop");
    }

    // Jamming particles side by side: each has its partner near, and none overlap.
    std::vector<glm::vec3> jam;
    float radius = 0.0f;
    for (const auto& p : s.primitives)
        if (starts_with(p.id, "cluster.jamming.")) {
            jam.push_back(std::get<scene::Sphere>(p.shape).center);
            radius = std::get<scene::Sphere>(p.shape).radius;
        }
    for (std::size_t k = 0; k < jam.size(); ++k) {
        float nearest = 1e9f;
        for (std::size_t m = 0; m < jam.size(); ++m)
            if (m != k) nearest = std::min(nearest, glm::length(jam[k] - jam[m]));
        CHECK(nearest > 2.0f * radius);
        CHECK(nearest < static_cast<float>(0.6 * model::lattice_spacing()));
    }

    // Centres marked ⊙ (+z) or ⊗ (-z) as Table 1 counts them.
    const auto row = model::table1_row(i);
    int dots = 0, crosses = 0;
    for (const auto& p : s.primitives) {
        if (!starts_with(p.id, "cluster.centre_mark.")) continue;
        dots += p.id.size() > 4 && p.id.compare(p.id.size() - 4, 4, ".dot") == 0;
        crosses += p.id.size() > 8 && p.id.compare(p.id.size() - 8, 8, ".cross.1") == 0;
    }
    CHECK(dots == row.construction.plus_z_hscls);
    CHECK(crosses == row.construction.minus_z_hscls);
}

TEST_CASE("Fig. 1c's caption shows each Table 1 count beside the paper's, and marks the differences") {
    const int i = GENERATE(range(0, 9));
    INFO("i = " << i);
    const auto s = fig("1c", i);
    const auto row = model::table1_row(i);
    for (std::size_t k = 0; k < model::kTable1Columns; ++k) {
        INFO(model::table1_column_keys()[k]);
        CHECK_THAT(s.caption, Catch::Contains(row.construction_cells[k] + " (paper " + row.paper.cells[k] + ")"));
    }
    // Derived, not typed: the loop count is 8i + 4 in the caption.
    CHECK_THAT(s.caption, Catch::Contains(std::to_string(8 * i + 4) + " (paper"));
    if (row.differs.empty()) {
        CHECK_THAT(s.caption, !Catch::Contains("≠"));
    } else {
        CHECK_THAT(s.caption, Catch::Contains("≠"));
    }
    if (i == 7) {
        CHECK_THAT(s.caption, Catch::Contains("56 (paper 60) ≠"));
    }
    if (i == 8) {
        bool says_no_rule = false;
        for (const auto& note : s.notes) says_no_rule |= note.find("no simple rule") != std::string::npos;
        CHECK(says_no_rule);
    }
}

TEST_CASE("Fig. 1: every label anchor is inside the frame of the default camera") {
    check_labels_in_frame(fig("1a"), "1a");
    check_labels_in_frame(fig("1b"), "1b");
    const int i = GENERATE(0, 1, 4, 7, 8);
    INFO("i = " << i);
    check_labels_in_frame(fig("1c", i), "1c");
}

TEST_CASE("Fig. 1c rejects a cluster outside V_0 to V_8") {
    const int i = GENERATE(-1, 9, 100);
    CHECK_THROWS_AS(fig("1c", i), model::ParameterError);
    auto p = figures::default_params();
    p.cluster = i;
    CHECK_THROWS_AS(figures::resolve_and_check(p), model::ParameterError);
}

TEST_CASE("Fig. 1b's 12 loop arrows are the paper's blue on the edges leaving V_1, its 4 centre arrows the red round a0") {
    const auto s = fig("1b");
    const float a = static_cast<float>(model::lattice_spacing());
    int blue = 0, red = 0;
    for (const auto& p : s.primitives) {
        const auto* arrow = std::get_if<scene::Arrow>(&p.shape);
        if (!arrow || !starts_with(p.id, "cluster.")) continue;
        INFO(p.id);
        const glm::vec3 mid = 0.5f * (arrow->tail + arrow->tip);
        const float taxicab = (std::abs(mid.x) + std::abs(mid.y)) / a;  // lattice units
        if (starts_with(p.id, "cluster.loop_arrow.")) {
            ++blue;
            CHECK(p.layer == "loop");
            CHECK(same_color(arrow->color, figures::palette::blue));
            // On an edge from a site with |x|+|y| = 1 out to one with 2: its midpoint at 1.5.
            CHECK(taxicab == Approx(1.5f).margin(1e-4));
            CHECK(turning(*arrow, {0, 0, 0}) == -1);  // −z: clockwise seen from +z
        } else if (starts_with(p.id, "cluster.arrow.")) {
            ++red;
            CHECK(p.layer == "arrows");
            CHECK(same_color(arrow->color, figures::palette::red));
            // On a0's own four edges, to b0, c0, d0, e0: midpoints half a spacing out on an axis.
            CHECK(taxicab == Approx(0.5f).margin(1e-4));
            CHECK(std::min(std::abs(mid.x), std::abs(mid.y)) < 1e-5f);
            CHECK(turning(*arrow, {0, 0, 0}) == 1);  // +z S_2: counter-clockwise
        }
    }
    CHECK(blue == 12);
    CHECK(red == 4);
}

TEST_CASE("Fig. 1b forms V_1 step by step: V_0(a0), then the V_0 clusters of b0, c0, d0, e0 one after another") {
    const auto at = [](double t) {
        auto p = figures::default_params();
        p.time = t;
        return figures::build_figure(*figures::find_figure("1b"), p);
    };
    REQUIRE(figures::find_figure("1b")->animation_steps == figures::kFig1bSteps);
    // Arrows: a0's 4 alone, then each neighbour adds its 3 outer edges (the
    // edge it shares with a0 is already there, pointing the same way).
    const int arrows[] = {4, 7, 10, 13, 16};
    const int centres[] = {1, 2, 3, 4, 5};  // tinted by their sense; the rest of V_0(a0)'s five HSMs plain
    const int jamming[] = {0, 0, 2, 4, 8};  // a pair at a corner site once both its neighbours are in
    const int singles[] = {0, 2, 2, 2, 0};  // before that, the one HSM outside the arrow already there
    for (int k = 0; k < figures::kFig1bSteps; ++k) {
        INFO("step " << k);
        const auto s = at(k);
        CHECK(count_with_prefix(s, "cluster.arrow.") + count_with_prefix(s, "cluster.loop_arrow.") ==
              arrows[static_cast<std::size_t>(k)]);
        CHECK(count_with_prefix(s, "cluster.centre_mark.") > 0);
        CHECK(count_with_prefix(s, "cluster.hsm.centre.") == 5);  // V_0(a0) has five HSMs from the start
        int tinted = 0;
        for (const auto& p : s.primitives)
            if (starts_with(p.id, "cluster.hsm.centre."))
                tinted += !same_color(std::get<scene::Sphere>(p.shape).color, figures::palette::hsm);
        CHECK(tinted == centres[static_cast<std::size_t>(k)]);
        CHECK(count_with_prefix(s, "cluster.jamming.") == jamming[static_cast<std::size_t>(k)]);
        CHECK(count_with_prefix(s, "cluster.hsm.single.") == singles[static_cast<std::size_t>(k)]);
        CHECK(count_with_prefix(s, "cluster.arrow.") == 4);  // a0's +z S_2 from the start, red
        for (const auto& p : s.primitives)
            if (starts_with(p.id, "cluster.loop_arrow.")) {
                INFO(p.id);
                CHECK(same_color(std::get<scene::Arrow>(p.shape).color, figures::palette::blue));
            }
        check_ids_layers_sections(s);
    }
    // The last step is the figure at rest: the same primitives.
    const auto last = at(4), rest = fig("1b");
    REQUIRE(last.primitives.size() == rest.primitives.size());
    for (std::size_t i = 0; i < rest.primitives.size(); ++i) CHECK(last.primitives[i].id == rest.primitives[i].id);
    // Step 1 adds b0's cluster: its centre and its outer arrows, not c0's.
    const auto one = at(1);
    CHECK_FALSE(same_color(std::get<scene::Sphere>(one.find("cluster.hsm.centre.1,0")->shape).color, figures::palette::hsm));
    CHECK(same_color(std::get<scene::Sphere>(one.find("cluster.hsm.centre.0,1")->shape).color, figures::palette::hsm));
    CHECK(one.find("cluster.loop_arrow.1,0-2,0"));
    CHECK_FALSE(one.find("cluster.loop_arrow.0,1-0,2"));
}
