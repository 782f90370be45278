#include "model/cage.h"

#include <cmath>
#include <numbers>

#include "model/constants.h"
#include "model/parameters.h"

namespace cagescope::model {

namespace {
double radians(double deg) { return deg * std::numbers::pi / 180.0; }
double degrees(double rad) { return rad * 180.0 / std::numbers::pi; }

int index_of(Space space) { return static_cast<int>(space); }

int start_label(Space space) { return 9 + index_of(space); }
int end_label(Space space) { return 9 + index_of(next_space(space)); }

int checked_lambda(int lambda) { return require_integer_in_range("lambda", lambda, parameter_spec("lambda").range); }

// The point's azimuth, unwrapped into its space: start corner - 1° ... start + 91°.
double unwrapped_azimuth_deg(const glm::dvec3& p, double start_deg) {
    double phi = degrees(std::atan2(p.y, p.x));
    while (phi < start_deg - 1.0) phi += 360.0;
    while (phi > start_deg + 91.0) phi -= 360.0;
    return phi;
}
}  // namespace

std::string_view space_symbol(Space space) {
    constexpr std::array<std::string_view, 4> symbols{"α", "β", "γ", "δ"};
    return symbols[static_cast<std::size_t>(index_of(space))];
}

std::string_view space_name(Space space) {
    constexpr std::array<std::string_view, 4> names{"alpha", "beta", "gamma", "delta"};
    return names[static_cast<std::size_t>(index_of(space))];
}

Space next_space(Space space) { return kSpaces[static_cast<std::size_t>((index_of(space) + 1) % 4)]; }

glm::dvec3 cage_corner(int label) {
    const double h = cage_half_side();
    switch (label) {
        case 9: return {h, -h, h};
        case 10: return {h, h, -h};
        case 11: return {-h, h, h};
        case 12: return {-h, -h, -h};
        default: break;
    }
    throw ParameterError("corner = " + std::to_string(label) + " is out of range: allowed 9 to 12");
}

double corner_azimuth_deg(int label) {
    cage_corner(label);  // range check
    constexpr std::array<double, 4> azimuths{-45.0, 45.0, 135.0, -135.0};
    return azimuths[static_cast<std::size_t>(label - 9)];
}

std::array<LoopEdge, 4> loop_edges() {
    const double a = lattice_spacing();
    constexpr std::array<std::string_view, 4> faces{"x = +h", "y = +h", "x = -h", "y = -h"};
    constexpr std::array<std::string_view, 4> neighbours{"b0", "c0", "d0", "e0"};
    const std::array<glm::dvec3, 4> centres{glm::dvec3{a, 0, 0}, glm::dvec3{0, a, 0}, glm::dvec3{-a, 0, 0},
                                            glm::dvec3{0, -a, 0}};
    std::array<LoopEdge, 4> edges{};
    for (std::size_t k = 0; k < 4; ++k) {
        const Space s = kSpaces[k];
        edges[k] = LoopEdge{s,        start_label(s), end_label(s), cage_corner(start_label(s)),
                            cage_corner(end_label(s)), faces[k], neighbours[k], centres[k]};
    }
    return edges;
}

const LoopEdge& loop_edge(Space space) {
    static const std::array<LoopEdge, 4> edges = loop_edges();
    return edges[static_cast<std::size_t>(index_of(space))];
}

double angle_line_azimuth_deg(Space space, int lambda) {
    lambda = checked_lambda(lambda);
    return corner_azimuth_deg(start_label(space)) + (lambda - 1) * delta_omega_deg();
}

EquipotentialPoint equipotential_point(Space space, int lambda, SpacingMode mode) {
    lambda = checked_lambda(lambda);
    const LoopEdge& edge = loop_edge(space);
    const glm::dvec3 d = edge.to - edge.from;
    double t = 0.0;
    if (mode == SpacingMode::equal_angle) {
        // Where the vertical half-plane at azimuth φ meets the edge: the
        // horizontal part of from + t·d is parallel to (cos φ, sin φ).
        const double phi = radians(angle_line_azimuth_deg(space, lambda));
        const double c = std::cos(phi), s = std::sin(phi);
        t = (s * edge.from.x - c * edge.from.y) / (c * d.y - s * d.x);
    } else {
        // 15 equal steps covering 15ΔΩ/90° of the diagonal, so the trap gap stays.
        t = (lambda - 1) * delta_omega_deg() / 90.0;
    }
    const glm::dvec3 p = edge.from + t * d;
    return {space, lambda, p, unwrapped_azimuth_deg(p, corner_azimuth_deg(edge.from_label))};
}

std::vector<EquipotentialPoint> equipotential_points(SpacingMode mode) {
    std::vector<EquipotentialPoint> points;
    points.reserve(4 * kPointsPerSpace);
    for (Space s : kSpaces)
        for (int lambda = 1; lambda <= kPointsPerSpace; ++lambda) points.push_back(equipotential_point(s, lambda, mode));
    return points;
}

glm::dvec3 contact_position(Space space, int lambda, SpacingMode mode) {
    const double phi = radians(equipotential_point(space, lambda, mode).azimuth_deg);
    return {std::cos(phi), std::sin(phi), 0.0};  // σ = 1
}

AngleLine angle_line(Space space, int lambda, SpacingMode mode) {
    const EquipotentialPoint p = equipotential_point(space, lambda, mode);
    return {space, p.lambda, glm::dvec3{0.0}, contact_position(space, lambda, mode), p.position, p.azimuth_deg};
}

std::vector<AngleLine> angle_lines(SpacingMode mode) {
    std::vector<AngleLine> lines;
    lines.reserve(4 * kPointsPerSpace);
    for (Space s : kSpaces)
        for (int lambda = 1; lambda <= kPointsPerSpace; ++lambda) lines.push_back(angle_line(s, lambda, mode));
    return lines;
}

TrapWedge trap_wedge(Space space, SpacingMode mode) {
    const double from = equipotential_point(space, kPointsPerSpace, mode).azimuth_deg;
    return {space, from, corner_azimuth_deg(start_label(space)) + 90.0};
}

std::array<TrapWedge, 4> trap_wedges(SpacingMode mode) {
    std::array<TrapWedge, 4> wedges{};
    for (std::size_t k = 0; k < 4; ++k) wedges[k] = trap_wedge(kSpaces[k], mode);
    return wedges;
}

}  // namespace cagescope::model
