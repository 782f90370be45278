// The equilateral hexahedron: orthogonal face diagonals, volumes, torsion.
#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <limits>
#include <numbers>

namespace {
constexpr double M_PI_DEG = std::numbers::pi / 180.0;  // radians per degree
}

#include "model/constants.h"
#include "model/hexahedron.h"
#include "model/parameters.h"

using namespace cagescope::model;

TEST_CASE("face diagonals are orthogonal for any Ω_xy, Ω_z", "[hexahedron]") {
    const double omega_z = GENERATE(0.0, 25.6, 42.1, 60.0, 89.0);
    const double omega_xy = GENERATE(30.0, 60.0, 90.0, 120.0, 150.0);
    const double psi = GENERATE(-180.0, 0.0, 33.0);
    const Hexahedron hex = make_hexahedron({omega_z, omega_xy, psi, 0.0});
    INFO("Ω_z " << omega_z << " Ω_xy " << omega_xy << " ψ " << psi);
    CHECK(max_face_diagonal_cos(hex) < 1e-12);
    CHECK(max_face_nonplanarity(hex) < 1e-12);
    // Equilateral: every edge is a.
    CHECK(glm::length(hex.corners[1] - hex.corners[0]) == Approx(lattice_spacing()));
    CHECK(glm::length(hex.corners[4] - hex.corners[0]) == Approx(lattice_spacing()));
    CHECK(hex.volume == Approx(std::pow(lattice_spacing(), 3) * std::sin(omega_xy * M_PI_DEG) *
                               std::cos(omega_z * M_PI_DEG)));
}

TEST_CASE("volumes: PE 1.3479, PP(42.1°) ≈ 1.000", "[hexahedron]") {
    CHECK(std::round(make_hexahedron({0.0, 90.0, 0.0, 0.0}).volume * 1e4) == 13479);
    CHECK(make_hexahedron({42.1, 90.0, 0.0, 0.0}).volume == Approx(1.000).margin(5e-4));
}

TEST_CASE("Ω_z = 0 is the cube, 89° is nearly flat", "[hexahedron][edge]") {
    const Hexahedron cube = make_hexahedron({});
    const double a = lattice_spacing();
    CHECK(cube.corners[7].x == Approx(a / 2));
    CHECK(cube.corners[7].y == Approx(a / 2));
    CHECK(cube.corners[7].z == Approx(a / 2));
    // Lateral faces of the untilted cube are the magic interfaces x = ±a/2, y = ±a/2.
    for (const auto& p : cube.face_corners(2)) CHECK(p.x == Approx(a / 2));
    for (const auto& p : cube.face_corners(3)) CHECK(p.y == Approx(a / 2));
    const Hexahedron flat = make_hexahedron({89.0, 90.0, 0.0, 0.0});
    CHECK(flat.volume == Approx(std::pow(a, 3) * std::cos(89.0 * M_PI_DEG)));
    CHECK(flat.volume > 0.0);
    CHECK(flat.e3.x == Approx(a * std::sin(89.0 * M_PI_DEG)));
}

TEST_CASE("torsion 0 leaves faces planar, torsion > 0 does not", "[hexahedron]") {
    CHECK(max_face_nonplanarity(make_hexahedron({0.0, 90.0, 0.0, 0.0})) < 1e-15);
    const double torsion = GENERATE(0.5, 1.187089, 10.0);
    const Hexahedron twisted = make_hexahedron({25.6, 90.0, 0.0, torsion});
    CHECK(max_face_nonplanarity(twisted) > 1e-4);
    // Base and top stay planar; the top corners turned by the torsion about e3.
    const glm::dvec3 axis = glm::normalize(twisted.e3);
    const glm::dvec3 bottom_edge = twisted.corners[1] - twisted.corners[0];
    const glm::dvec3 top_edge = twisted.corners[5] - twisted.corners[4];
    CHECK(std::abs(glm::dot(top_edge - bottom_edge, axis)) < 1e-12);
    // The turn is measured across the axis (e1 is not perpendicular to a tilted e3).
    const glm::dvec3 b = bottom_edge - glm::dot(bottom_edge, axis) * axis;
    const glm::dvec3 t = top_edge - glm::dot(top_edge, axis) * axis;
    const double turned = std::atan2(glm::dot(glm::cross(b, t), axis), glm::dot(b, t));
    CHECK(turned / M_PI_DEG == Approx(torsion).epsilon(1e-9));
    // Lateral face diagonals become arcs: the sampled midpoint leaves the chord.
    const auto diagonals = twisted.face_diagonals(2, 17);
    const glm::dvec3 chord_mid = (diagonals[0].front() + diagonals[0].back()) / 2.0;
    CHECK(glm::length(diagonals[0][8] - chord_mid) > 1e-5);
}

TEST_CASE("the concentric cage follows the same tilt and torsion", "[hexahedron]") {
    const HexahedronParams p{42.1, 90.0, 0.0, 1.187089};
    const Hexahedron outer = make_hexahedron(p), cage = make_hexahedron(p, cage_side());
    for (std::size_t k = 0; k < 8; ++k)
        CHECK(glm::length(cage.corners[k] - outer.corners[k] * (cage_side() / lattice_spacing())) < 1e-12);
    CHECK(glm::length(outer.map({0.5, 0.5, 0.5}) - outer.corners[7]) < 1e-15);
    CHECK(glm::length(outer.map({0.0, 0.0, 0.0})) < 1e-15);
}

TEST_CASE("out-of-range hexahedron parameters are rejected", "[hexahedron][edge]") {
    CHECK_THROWS_WITH(make_hexahedron({90.0, 90.0, 0.0, 0.0}),
                      Catch::Contains("omega-z = 90°") && Catch::Contains("0° to 89°"));
    CHECK_THROWS_WITH(make_hexahedron({0.0, 90.0, 0.0, -1.0}), Catch::Contains("torsion = -1°"));
    CHECK_THROWS_WITH(make_hexahedron({0.0, 20.0, 0.0, 0.0}), Catch::Contains("omega-xy = 20°"));
    CHECK_THROWS_WITH(make_hexahedron({std::nan(""), 90.0, 0.0, 0.0}), Catch::Contains("omega-z = nan"));
    CHECK_THROWS_WITH(make_hexahedron({0.0, 90.0, std::numeric_limits<double>::infinity(), 0.0}),
                      Catch::Contains("psi = inf") && Catch::Contains("-180° to 180°"));
}

TEST_CASE("the drawn hexahedron exaggerates the twist but checks the true torsion", "[hexahedron]") {
    const double a = lattice_spacing();
    const Hexahedron drawn = make_drawn_hexahedron({25.6, 90.0, 0.0, 0.75}, a, 10.0);
    const Hexahedron plain = make_hexahedron({25.6, 90.0, 0.0, 7.5}, a);
    for (std::size_t k = 0; k < 8; ++k) CHECK(glm::length(drawn.corners[k] - plain.corners[k]) < 1e-12);
    // 9° twisted ×10 is a drawable 90°, but 11° is not a valid torsion.
    CHECK_NOTHROW(make_drawn_hexahedron({0.0, 90.0, 0.0, 9.0}, a, 10.0));
    CHECK_THROWS_WITH(make_drawn_hexahedron({0.0, 90.0, 0.0, 11.0}, a, 1.0), Catch::Contains("torsion"));
    CHECK_THROWS_WITH(make_drawn_hexahedron({0.0, 90.0, 0.0, 1.0}, a, 0.5), Catch::Contains("exaggeration"));
}
