#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
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
scene::Scene fig6(int n = 200, double tg_over_tm = 2.0 / 3.0, double time = -1.0) {
    auto p = figures::default_params();
    p.tube_n = n;
    p.tg_over_tm = tg_over_tm;
    p.time = time;
    return figures::build_figure(*figures::find_figure("6"), p);
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The chain units: ids "tube.unit.<j>" with nothing after j.
int count_units(const scene::Scene& s) {
    int n = 0;
    for (const auto& p : s.primitives)
        n += starts_with(p.id, "tube.unit.") && p.id.find('.', 10) == std::string::npos;
    return n;
}
int count_loops(const scene::Scene& s, bool solid_only = false) {
    int n = 0;
    for (const auto& p : s.primitives)
        if (starts_with(p.id, "tube.unit.") && ends_with(p.id, ".loop"))
            n += !solid_only || !std::get<scene::Polyline>(p.shape).dashed;
    return n;
}
float unit_z(const scene::Scene& s, int j) {
    const auto* p = s.find("tube.unit." + std::to_string(j));
    REQUIRE(p);
    return std::get<scene::Sphere>(p->shape).center.z;
}
}  // namespace

TEST_CASE("Fig. 6 has N chain units, each with its V_8 loop, for several N, ids unique") {
    const int n = GENERATE(1, 2, 3, 7, 200, 2000);
    INFO("N = " << n);
    const auto s = fig6(n);
    CHECK_THAT(s.title, Catch::StartsWith("Fig. 6  "));
    CHECK(count_units(s) == n);
    CHECK(count_loops(s) == n);
    std::set<std::string> ids;
    for (const auto& p : s.primitives) {
        INFO(p.id);
        CHECK(ids.insert(p.id).second);
        CHECK_FALSE(p.layer.empty());
        CHECK_FALSE(p.section.empty());
    }
    // Each loop is a closed ring through the 8·8 + 4 loop-arrow positions of V_8.
    const auto& ring = std::get<scene::Polyline>(s.find("tube.unit.0.loop")->shape);
    CHECK(ring.closed);
    CHECK(ring.points.size() == model::make_cluster(8).loop_arrows.size());
    // A reasonable primitive count even for the longest chain.
    CHECK(s.primitives.size() < 20000);
}

TEST_CASE("Fig. 6 stacks the units along z with spacing a and, at rest, every one has jumped n_z") {
    const auto s = fig6(200);
    const double a = model::lattice_spacing();
    const double nz = model::n_z(200.0, 2.0 / 3.0);
    for (int j : {0, 1, 57, 199}) {
        INFO("j = " << j);
        CHECK(unit_z(s, j) == Approx(j * a + nz * a).margin(1e-4));
    }
    CHECK(count_loops(s, true) == 200);
    // The vacancy O(a0): a translucent cube of edge a round a0.
    const auto* face = s.find("vacancy.face.0");
    REQUIRE(face);
    CHECK(face->layer == "vacancy");
    const auto& poly = std::get<scene::Polygon>(face->shape);
    CHECK(poly.color.a < 1.0f);
    CHECK(glm::length(poly.points[1] - poly.points[0]) == Approx(a).epsilon(1e-5));
}

TEST_CASE("Fig. 6's soft matrices appear and jump one after another over the 24 steps") {
    const auto* info = figures::find_figure("6");
    REQUIRE(info->animation_steps == 24);
    const double a = model::lattice_spacing();
    const double nz = model::n_z(200.0, 2.0 / 3.0);
    const auto first = fig6(200, 2.0 / 3.0, 0.0);
    CHECK(count_loops(first, true) == 1);  // a0's soft matrix alone
    CHECK(unit_z(first, 0) == Approx(nz * a).margin(1e-5));
    CHECK(unit_z(first, 1) == Approx(a).margin(1e-5));  // a1 still waits
    int previous = 0;
    for (int t = 0; t < info->animation_steps; ++t) {
        const int solid = count_loops(fig6(200, 2.0 / 3.0, t), true);
        INFO("t = " << t);
        CHECK(solid > previous);
        previous = solid;
    }
    CHECK(previous == 200);  // the last step is the final state
}

TEST_CASE("Fig. 6's caption shows n_z = N^(-Tg/Tm), p+ and p- beside the paper's bound") {
    const auto [n, r] = GENERATE(std::make_pair(200, 2.0 / 3.0), std::make_pair(50, 0.5), std::make_pair(1000, 0.8));
    INFO("N = " << n << ", Tg/Tm = " << r);
    const auto s = fig6(n, r);
    const double nz = std::pow(static_cast<double>(n), -r);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.5f", nz);
    CHECK_THAT(s.caption, Catch::Contains(std::string("n_z = N^{−T_g/T_m} = ") + buf + " (paper ≤ 0.036)"));
    const double p_plus = std::pow(1.0 / n, 20.0 / 3.0);
    std::snprintf(buf, sizeof buf, "%.3e", p_plus);
    CHECK_THAT(s.caption, Catch::Contains(std::string("p_+ = (1/N)^{T_g/ε_0} = ") + buf));
    CHECK_THAT(s.caption, Catch::Contains(std::string("p_− = n_z^{T_m/ε_0} = ") + buf));  // Eq. 10 balances them
    CHECK_THAT(s.caption, Catch::Contains("jump drawn ×"));
}

TEST_CASE("Fig. 6 at the paper's N = 200 and Tg/Tm = 2/3: n_z = 0.02924, the jump drawn ×10") {
    const auto s = fig6();
    CHECK(model::n_z(200.0, 2.0 / 3.0) == Approx(0.02924).margin(5e-6));
    CHECK_THAT(s.caption, Catch::Contains("0.02924") && Catch::Contains("jump drawn ×10"));
    CHECK_THAT(std::get<scene::Label>(s.find("label.detail")->shape).text, Catch::Contains("×10"));
    // The detail draws the jump exaggerated: against the drawn spacing of two
    // resting levels (a × zoom) the arrow is 10 × n_z long.
    const auto& jump = std::get<scene::Arrow>(s.find("detail.unit.1.jump")->shape);
    const auto& rest0 = std::get<scene::Polyline>(s.find("detail.unit.0.rest")->shape);
    const auto& rest1 = std::get<scene::Polyline>(s.find("detail.unit.1.rest")->shape);
    const float spacing = rest1.points[0].z - rest0.points[0].z;
    CHECK(spacing > 0.0f);
    CHECK(glm::length(jump.tip - jump.tail) / spacing == Approx(10.0 * model::n_z(200.0, 2.0 / 3.0)).epsilon(1e-4));
    CHECK(jump.tip.z > jump.tail.z);
}

TEST_CASE("Fig. 6: every label anchor is inside the frame of the default camera") {
    const int n = GENERATE(1, 5, 200, 2000);
    const double time = GENERATE(-1.0, 0.0, 11.0);
    INFO("N = " << n << ", t = " << time);
    const auto s = fig6(n, 2.0 / 3.0, time);
    const auto* info = figures::find_figure("6");
    for (auto projection : {scene::Projection::perspective, scene::Projection::orthographic})
        for (float aspect : {16.0f / 9.0f, 4.0f / 3.0f}) {
            test::check_labels_in_frame(s, info->default_view, projection, aspect);
        }
}

TEST_CASE("Fig. 6 rejects N and Tg/Tm outside their ranges") {
    CHECK_THROWS_AS(fig6(0), model::ParameterError);
    CHECK_THROWS_AS(fig6(2001), model::ParameterError);
    CHECK_THROWS_AS(fig6(200, 0.0), model::ParameterError);
    CHECK_THROWS_AS(fig6(200, 1.0), model::ParameterError);
}

TEST_CASE("Fig. 6a's four neighbourhood soft matrices B_j..E_j ring a_0, one spacing off along x and y") {
    const double a = model::lattice_spacing();
    const auto ring_centre = [](const scene::Primitive& p) {
        glm::dvec3 c(0.0);
        const auto& pts = std::get<scene::Polyline>(p.shape).points;
        for (const auto& q : pts) c += glm::dvec3(q);
        return c / static_cast<double>(pts.size());
    };
    for (const double t : {3.0, -1.0}) {
        const auto s = fig6(200, 2.0 / 3.0, t);
        const scene::Primitive* front = s.find("tube.unit.0.loop");  // a_0 has appeared and jumped at every step
        REQUIRE(front);
        const glm::dvec3 at = ring_centre(*front);
        int found = 0;
        for (const char* letter : {"B", "C", "D", "E"}) {
            const auto* ring = s.find(std::string("neighbour.") + letter);
            REQUIRE(ring);
            CHECK(ring->layer == "neighbours");
            CHECK(ring->section == "Sec. III.E.1");
            CHECK(std::get<scene::Polyline>(ring->shape).color.b == Approx(figures::palette::neighbour.b));
            const glm::dvec3 off = ring_centre(*ring) - at;
            CHECK(off.z == Approx(0.0).margin(1e-4));
            CHECK(glm::length(off) == Approx(a).epsilon(1e-3));
            CHECK(std::min(std::abs(off.x), std::abs(off.y)) == Approx(0.0).margin(1e-4));
            ++found;
        }
        CHECK(found == 4);
    }
}

TEST_CASE("Fig. 6b says a_j's loop is on the wall with probability 1/N and its share of O(a_0) is n_z") {
    for (const int n : {50, 200}) {
        const auto s = fig6(n);
        const auto text = [&](const char* id) { return std::get<scene::Label>(s.find(id)->shape).text; };
        char p[32], nz[32];
        std::snprintf(p, sizeof p, "%.4f", 1.0 / n);
        std::snprintf(nz, sizeof nz, "%.5f", model::n_z(n, 2.0 / 3.0));
        CHECK_THAT(text("label.tube.probability"), Catch::Contains("1/N = " + std::string(p)));
        CHECK_THAT(text("label.vacancy.share"), Catch::Contains("n_z = " + std::string(nz)));
    }
}
