// Two HSMs and the magic interface (MODEL.md §3; Fig. 2, 5; Sec. III.A.3,
// III.D): a0 at the origin, c0 at (0, a, 0) as a0 turned 180° about the line
// {y = a/2, z = 0}; the interface rectangle 2-2*-3*-3, the 16 pairs, orbitals
// and orbital magnetic moments of the coupled electron pair in β-space.
#pragma once

#include <array>
#include <glm/vec3.hpp>
#include <vector>

#include "model/cage.h"

namespace cagescope::model {

// R(x, y, z) = (x, a - y, -z): maps a0's cage, loop and points to c0's (starred).
glm::dvec3 rotate_to_c0(const glm::dvec3& p);
glm::dvec3 c0_centre();   // (0, a, 0)
double interface_y();     // a/2, the plane of the magic interface

// The dynamic part of the interface, between prism lines 2-2* (x = +h) and
// 3-3* (x = -h), z from -h to +h.
struct InterfaceRectangle {
    glm::dvec3 p2{};       // ( h, a/2, -h)
    glm::dvec3 p2_star{};  // ( h, a/2, +h)
    glm::dvec3 p3{};       // (-h, a/2, +h)
    glm::dvec3 p3_star{};  // (-h, a/2, -h)
};
InterfaceRectangle interface_rectangle();

// Pair λ: p_λ is P(β, λ) moved along y onto the interface, p*_λ is R(P(β, λ))
// moved likewise; the segment is parallel to z and never of zero length.
struct ElectronPair {
    int lambda = 1;
    glm::dvec3 p{};
    glm::dvec3 p_star{};
};

// Orbital λ: the circle with diameter P → p_λ in the plane x = centre.x; it
// touches the interface at the touch point.
struct Orbital {
    int lambda = 1;
    glm::dvec3 centre{};
    double radius = 0;
    glm::dvec3 normal{1.0, 0.0, 0.0};  // the circle's plane is x = centre.x
    glm::dvec3 touch{};                 // p_λ (or p*_λ)
};

// Orbital magnetic moment λ: a horizontal unit arrow at the PCP's point,
// pointing at its azimuth (a0) or the image of that arrow under R (c0).
struct MagneticMoment {
    int lambda = 1;
    glm::dvec3 origin{};
    glm::dvec3 direction{};  // unit
};

struct TwoHsm {
    SpacingMode mode = SpacingMode::equal_angle;
    glm::dvec3 a0_centre{};
    glm::dvec3 c0_centre{};
    double hsm_radius = 0;                   // a / (2·(1 - 0.0027))
    std::array<glm::dvec3, 4> a0_corners{};  // 9, 10, 11, 12
    std::array<glm::dvec3, 4> c0_corners{};  // 9*, 10*, 11*, 12* = R(9), ...
    InterfaceRectangle interface{};
    std::vector<EquipotentialPoint> a0_path;  // P(β, 1..16): 10 → near 11
    std::vector<glm::dvec3> c0_path;          // R(P(β, 1..16)): 10* → near 11*
    std::vector<ElectronPair> pairs;          // 16
    std::vector<Orbital> a0_orbitals;         // 16
    std::vector<Orbital> c0_orbitals;         // 16, images under R
    std::vector<MagneticMoment> a0_moments;   // 16, turning through 15ΔΩ
    std::vector<MagneticMoment> c0_moments;   // 16
    TrapWedge trap{};                         // between λ_β = 16 and λ_γ = 1
};

TwoHsm make_two_hsm(SpacingMode mode = SpacingMode::equal_angle);

}  // namespace cagescope::model
