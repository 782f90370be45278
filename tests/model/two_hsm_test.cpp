// Two HSMs: the rotation R and the three statements it has to reproduce.
#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include "model/constants.h"
#include "model/two_hsm.h"

using namespace cagescope::model;

TEST_CASE("R maps a0 onto c0 and is its own inverse", "[two_hsm]") {
    CHECK(rotate_to_c0(glm::dvec3{0.0}) == c0_centre());
    const glm::dvec3 p{0.01, 0.02, 0.03};
    CHECK(glm::length(rotate_to_c0(rotate_to_c0(p)) - p) < 1e-15);
    CHECK(interface_y() == Approx(lattice_spacing() / 2));
}

TEST_CASE("diagonals 10-11 and 10*-11* are orthogonal", "[two_hsm]") {
    const TwoHsm m = make_two_hsm();
    const glm::dvec3 d = m.a0_corners[2] - m.a0_corners[1];
    const glm::dvec3 d_star = m.c0_corners[2] - m.c0_corners[1];
    CHECK(glm::length(d) > 0.1);
    CHECK(glm::dot(d, d_star) == Approx(0.0).margin(1e-15));
}

TEST_CASE("c0's loop turns clockwise seen from +z", "[two_hsm]") {
    const TwoHsm m = make_two_hsm();
    auto signed_area = [](const std::array<glm::dvec3, 4>& c) {
        double area = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const glm::dvec3 &p = c[k], &q = c[(k + 1) % 4];
            area += p.x * q.y - q.x * p.y;
        }
        return area / 2.0;
    };
    CHECK(signed_area(m.a0_corners) > 0.0);
    CHECK(signed_area(m.c0_corners) < 0.0);
    CHECK(signed_area(m.c0_corners) == Approx(-signed_area(m.a0_corners)));
}

TEST_CASE("every pair is parallel to z and never of zero length", "[two_hsm]") {
    const auto mode = GENERATE(SpacingMode::equal_angle, SpacingMode::equal_step);
    const TwoHsm m = make_two_hsm(mode);
    REQUIRE(m.pairs.size() == 16);
    for (const ElectronPair& pair : m.pairs) {
        INFO("λ = " << pair.lambda);
        CHECK(pair.p.x == pair.p_star.x);
        CHECK(pair.p.y == interface_y());
        CHECK(pair.p_star.y == interface_y());
        CHECK(std::abs(pair.p.z - pair.p_star.z) > 1e-4);
    }
    // Pair 1 is 2-2*; the pair crosses between λ = 8 and 9.
    CHECK(glm::length(m.pairs[0].p - m.interface.p2) < 1e-15);
    CHECK(glm::length(m.pairs[0].p_star - m.interface.p2_star) < 1e-15);
    CHECK(m.pairs[7].p.z < 0.0);
    CHECK(m.pairs[8].p.z > 0.0);
}

TEST_CASE("orbitals touch the interface, moments turn through 15ΔΩ", "[two_hsm]") {
    const TwoHsm m = make_two_hsm();
    for (std::size_t k = 0; k < 16; ++k) {
        const Orbital& o = m.a0_orbitals[k];
        CHECK(o.radius == Approx((interface_y() - cage_half_side()) / 2));
        CHECK(o.centre.y + o.radius == Approx(interface_y()));
        CHECK(o.centre.x == m.pairs[k].p.x);
        const Orbital& o_star = m.c0_orbitals[k];
        CHECK(o_star.centre.y - o_star.radius == Approx(interface_y()));
        CHECK(glm::length(m.a0_moments[k].direction) == Approx(1.0));
        CHECK(m.a0_moments[k].direction.z == 0.0);
    }
    const double turn = std::acos(glm::dot(m.a0_moments.front().direction, m.a0_moments.back().direction));
    CHECK(turn * 180.0 / 3.14159265358979323846 == Approx(sweep_deg()).margin(1e-9));
    CHECK(m.trap.width_deg() == Approx(trap_deg()).margin(1e-10));
    CHECK(m.hsm_radius * 2.0 * (1.0 - 0.0027) == Approx(lattice_spacing()));
}
