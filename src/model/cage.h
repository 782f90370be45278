// The cage of one HSM (MODEL.md §2; Fig. 3b, 4; Sec. II.B.2, III.C.2): a cube
// of side 2Δd centred on a0's equilibrium centre 0* (the origin), the loop
// 9 → 10 → 11 → 12 → 9 along one diagonal of each lateral face, the 4×16
// equipotential points, the angle lines and the contact positions 0_1..0_16.
#pragma once

#include <array>
#include <glm/vec3.hpp>
#include <string_view>
#include <vector>

namespace cagescope::model {

// The four 90° spaces round the z axis, in loop order.
enum class Space { alpha, beta, gamma, delta };
inline constexpr std::array<Space, 4> kSpaces{Space::alpha, Space::beta, Space::gamma, Space::delta};

std::string_view space_symbol(Space space);  // "α", "β", "γ", "δ"
std::string_view space_name(Space space);    // "alpha", ... (ASCII, for JSON and the CLI)
Space next_space(Space space);               // α → β → γ → δ → α

// How the 16 points share a diagonal: equal azimuth steps ΔΩ (Fig. 4, the
// default) or 15 equal steps along the diagonal covering 15ΔΩ/90° of it
// (Sec. III.D.3). Both cannot hold on a straight line; MODEL.md §2.
enum class SpacingMode { equal_angle, equal_step };

inline constexpr int kPointsPerSpace = 16;  // λ = 1..16

// Corner 9, 10, 11 or 12 (throws ParameterError otherwise):
// 9 = (h,-h,+h), 10 = (h,h,-h), 11 = (-h,h,+h), 12 = (-h,-h,-h).
glm::dvec3 cage_corner(int label);
double corner_azimuth_deg(int label);  // -45, 45, 135, -135

struct LoopEdge {
    Space space;
    int from_label = 0;           // 9 for α, 10 for β, ...
    int to_label = 0;
    glm::dvec3 from{};
    glm::dvec3 to{};
    std::string_view face;        // "x = +h"
    std::string_view neighbour;   // "b0", "c0", "d0", "e0"
    glm::dvec3 neighbour_centre{};  // (±a, 0, 0) or (0, ±a, 0)
};

// The loop edge of each space, in loop order α, β, γ, δ.
std::array<LoopEdge, 4> loop_edges();
const LoopEdge& loop_edge(Space space);

// φ(s, λ) = azimuth of the start corner of s + (λ-1)·ΔΩ, in degrees (not wrapped).
double angle_line_azimuth_deg(Space space, int lambda);

struct EquipotentialPoint {
    Space space = Space::alpha;
    int lambda = 1;          // 1..16
    glm::dvec3 position{};   // on the loop edge of space
    double azimuth_deg = 0;  // azimuth of position round z (equals φ(s, λ) in equal_angle mode)
};

// P(s, λ); λ is range-checked (ParameterError).
EquipotentialPoint equipotential_point(Space space, int lambda, SpacingMode mode = SpacingMode::equal_angle);
// All 4×16 points in loop order (α1..α16, β1..β16, ...): 64 distinct points.
std::vector<EquipotentialPoint> equipotential_points(SpacingMode mode = SpacingMode::equal_angle);

// The contact position 0_λ of space s: the point of the σ = 1 circle round z
// in the plane z = 0 at the azimuth of P(s, λ). In equal_angle mode adjacent
// ones are exactly d_L* apart (the chord that defines ΔΩ).
glm::dvec3 contact_position(Space space, int lambda, SpacingMode mode = SpacingMode::equal_angle);

// Angle line λ of space s, drawn from 0* out to its contact position; it lies
// in the vertical half-plane through the z axis and P(s, λ).
struct AngleLine {
    Space space = Space::alpha;
    int lambda = 1;
    glm::dvec3 origin{};   // 0*, the origin
    glm::dvec3 contact{};  // 0_λ
    glm::dvec3 point{};    // P(s, λ)
    double azimuth_deg = 0;
};
AngleLine angle_line(Space space, int lambda, SpacingMode mode = SpacingMode::equal_angle);
std::vector<AngleLine> angle_lines(SpacingMode mode = SpacingMode::equal_angle);  // 64, loop order

// The trap wedge after space s: from the azimuth of P(s, 16) to that of the
// next corner (λ = 1 of the next space); 90° - 15ΔΩ wide in equal_angle mode.
struct TrapWedge {
    Space space = Space::alpha;  // the space whose λ = 16 opens the wedge
    double from_deg = 0;
    double to_deg = 0;
    double width_deg() const { return to_deg - from_deg; }
};
TrapWedge trap_wedge(Space space, SpacingMode mode = SpacingMode::equal_angle);
std::array<TrapWedge, 4> trap_wedges(SpacingMode mode = SpacingMode::equal_angle);

}  // namespace cagescope::model
