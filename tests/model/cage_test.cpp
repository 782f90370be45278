// The cage's loop, its 4×16 points, the angle lines and contact positions.
#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>

#include "model/cage.h"
#include "model/constants.h"
#include "model/parameters.h"

using namespace cagescope::model;

TEST_CASE("corners 9-12 and the loop's faces", "[cage]") {
    const double h = cage_half_side();
    CHECK(cage_corner(9) == glm::dvec3{h, -h, h});
    CHECK(cage_corner(10) == glm::dvec3{h, h, -h});
    CHECK(cage_corner(11) == glm::dvec3{-h, h, h});
    CHECK(cage_corner(12) == glm::dvec3{-h, -h, -h});
    CHECK_THROWS_AS(cage_corner(13), ParameterError);
    const auto edges = loop_edges();
    CHECK(edges[1].from_label == 10);
    CHECK(edges[1].to_label == 11);
    CHECK(edges[1].neighbour == "c0");
    CHECK(edges[1].neighbour_centre == glm::dvec3{0, lattice_spacing(), 0});
    // Each edge lies in its face: α on x = +h, β on y = +h, γ on x = -h, δ on y = -h.
    CHECK(edges[0].from.x == h);
    CHECK(edges[0].to.x == h);
    CHECK(edges[1].from.y == h);
    CHECK(edges[1].to.y == h);
    CHECK(edges[2].from.x == -h);
    CHECK(edges[3].from.y == -h);
    // Counter-clockwise seen from +z: the signed area of the projected loop is positive.
    double area = 0;
    for (const auto& e : edges) area += e.from.x * e.to.y - e.to.x * e.from.y;
    CHECK(area > 0);
}

TEST_CASE("64 distinct equipotential points on the loop", "[cage]") {
    const auto mode = GENERATE(SpacingMode::equal_angle, SpacingMode::equal_step);
    const auto points = equipotential_points(mode);
    REQUIRE(points.size() == 64);
    double closest = 1e9;
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j)
            closest = std::min(closest, glm::length(points[i].position - points[j].position));
    // The closest two are λ = 16 and the next corner, one trap wedge apart.
    const glm::dvec3 trap_gap = equipotential_point(Space::alpha, 16, mode).position - cage_corner(10);
    CHECK(closest > 1e-6);
    CHECK(closest == Approx(glm::length(trap_gap)).epsilon(0.5));
    // Every point lies on its edge segment.
    for (const auto& p : points) {
        const LoopEdge& e = loop_edge(p.space);
        const glm::dvec3 d = e.to - e.from;
        const double t = glm::dot(p.position - e.from, d) / glm::dot(d, d);
        CHECK(t >= -1e-12);
        CHECK(t < 1.0);
        CHECK(glm::length(e.from + t * d - p.position) < 1e-12);
    }
    // λ = 1 is the start corner.
    CHECK(glm::length(equipotential_point(Space::beta, 1, mode).position - cage_corner(10)) < 1e-15);
}

TEST_CASE("equal-angle points sit on their angle lines, ΔΩ apart", "[cage]") {
    for (Space s : kSpaces)
        for (int lambda = 1; lambda <= 16; ++lambda) {
            const auto p = equipotential_point(s, lambda);
            CHECK(p.azimuth_deg == Approx(angle_line_azimuth_deg(s, lambda)).margin(1e-10));
        }
    CHECK(equipotential_point(Space::beta, 2).azimuth_deg - equipotential_point(Space::beta, 1).azimuth_deg ==
          Approx(delta_omega_deg()).margin(1e-10));
}

TEST_CASE("λ = 16 lies one trap angle short of the next corner", "[cage]") {
    const Space s = GENERATE(Space::alpha, Space::beta, Space::gamma, Space::delta);
    const auto last = equipotential_point(s, 16);
    const auto next_first = equipotential_point(next_space(s), 1);
    double gap = next_first.azimuth_deg - last.azimuth_deg;
    while (gap < 0) gap += 360.0;
    CHECK(gap == Approx(trap_deg()).margin(1e-10));
    CHECK(trap_wedge(s).width_deg() == Approx(trap_deg()).margin(1e-10));
    CHECK(glm::length(next_first.position - loop_edge(s).to) < 1e-15);
}

TEST_CASE("equal-step points: 15 equal steps and the trap still open", "[cage]") {
    const Space s = GENERATE(Space::alpha, Space::beta);
    double first = -1;
    for (int lambda = 1; lambda < 16; ++lambda) {
        const double step = glm::length(equipotential_point(s, lambda + 1, SpacingMode::equal_step).position -
                                        equipotential_point(s, lambda, SpacingMode::equal_step).position);
        if (first < 0) first = step;
        CHECK(step == Approx(first).epsilon(1e-12));
    }
    CHECK(first == Approx(std::sqrt(2.0) * cage_side() * delta_omega_deg() / 90.0));
    CHECK(trap_wedge(s, SpacingMode::equal_step).width_deg() > 0.0);
}

TEST_CASE("adjacent contact positions are exactly d_L* apart", "[cage]") {
    const Space s = GENERATE(Space::alpha, Space::beta, Space::gamma, Space::delta);
    for (int lambda = 1; lambda < 16; ++lambda) {
        const glm::dvec3 a = contact_position(s, lambda), b = contact_position(s, lambda + 1);
        CHECK(glm::length(b - a) == Approx(d_l_star()).epsilon(1e-12));
        CHECK(glm::length(a) == Approx(1.0));
        CHECK(a.z == 0.0);
    }
    const AngleLine line = angle_line(s, 7);
    CHECK(line.origin == glm::dvec3{0.0});
    // The line from 0* to its contact passes over P(s, λ) (same vertical half-plane).
    CHECK(line.contact.x * line.point.y - line.contact.y * line.point.x == Approx(0.0).margin(1e-15));
    CHECK(angle_lines().size() == 64);
}

TEST_CASE("λ outside 1..16 is rejected", "[cage][edge]") {
    const int lambda = GENERATE(0, 17, -3);
    CHECK_THROWS_WITH(equipotential_point(Space::alpha, lambda),
                      Catch::Contains("lambda = " + std::to_string(lambda)) && Catch::Contains("1 to 16"));
}
