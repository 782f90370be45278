// The equilateral hexahedron (MODEL.md §6; Fig. 7-11, Sec. III.G, IV.D.3):
// edges e1, e2 (base) and e3 (axial), centred on a0, its top face turned by
// the torsion angle about the axial direction. A point is placed by trilinear
// interpolation of the 8 corners, so lateral edges stay straight and, under
// torsion, the lateral faces bend and their diagonals become arcs.
#pragma once

#include <array>
#include <glm/vec3.hpp>
#include <vector>

namespace cagescope::model {

struct HexahedronParams {
    double omega_z_deg = 0.0;    // Ω_z, tilt of e3 away from z (omega-z), 0..89°
    double omega_xy_deg = 90.0;  // Ω_xy, angle between e1 and e2 (omega-xy), 30..150°
    double psi_deg = 0.0;        // ψ, azimuth toward which e3 tilts (psi), -180..180°
    double torsion_deg = 0.0;    // ∠Tors, top face turned about e3 (torsion), 0..10°
};

// Faces: 0 bottom (w = -1/2), 1 top (w = +1/2), 2 u = +1/2, 3 v = +1/2,
// 4 u = -1/2, 5 v = -1/2 (2..5 are the four lateral faces, the magic
// interfaces; untilted they lie at x = +a/2, y = +a/2, x = -a/2, y = -a/2).
inline constexpr int kHexFaces = 6;

struct Hexahedron {
    HexahedronParams params;
    double edge = 0;
    glm::dvec3 e1{}, e2{}, e3{};   // untwisted edges: a(1,0,0), a(cos Ω_xy, sin Ω_xy, 0), a(sin Ω_z cos ψ, sin Ω_z sin ψ, cos Ω_z)
    // Corner index = iu + 2·iv + 4·iw, i* ∈ {0, 1} for -1/2 and +1/2; top corners (iw = 1) turned.
    std::array<glm::dvec3, 8> corners{};
    double volume = 0;             // edge³·sin Ω_xy·cos Ω_z (the untwisted parallelepiped)

    // (u, v, w) ∈ [-1/2, 1/2]³ (u along e1, v along e2, w along e3) → space.
    glm::dvec3 map(const glm::dvec3& uvw) const;
    // The four corners of a face, in order round it.
    std::array<glm::dvec3, 4> face_corners(int face) const;
    // The two diagonals of a face, sampled as curves (samples >= 2 points each).
    std::array<std::vector<glm::dvec3>, 2> face_diagonals(int face, int samples = 17) const;
};

// Range-checks the parameters (ParameterError); edge defaults to a = 1 + d_L*.
// The concentric cage is make_hexahedron(params, cage_side()): the same tilt
// and the same torsion angle.
Hexahedron make_hexahedron(const HexahedronParams& params);
Hexahedron make_hexahedron(const HexahedronParams& params, double edge);
// As make_hexahedron, with the twist drawn `exaggeration` times larger than
// params.torsion_deg (exaggeration, 1..100): ~1° is invisible on screen. The
// parameters are checked at their true values; hex.params holds the drawn ones.
Hexahedron make_drawn_hexahedron(const HexahedronParams& params, double edge, double exaggeration);

// Largest |cos| of the angle between the two chord diagonals over all faces
// (0 when every face's diagonals are orthogonal).
double max_face_diagonal_cos(const Hexahedron& hex);
// Largest distance of a face's fourth corner from the plane of its other three
// (0 when every face is planar).
double max_face_nonplanarity(const Hexahedron& hex);

}  // namespace cagescope::model
