#include "model/two_hsm.h"

#include <cmath>
#include <glm/geometric.hpp>
#include <numbers>

#include "model/constants.h"

namespace cagescope::model {

glm::dvec3 rotate_to_c0(const glm::dvec3& p) { return {p.x, lattice_spacing() - p.y, -p.z}; }
glm::dvec3 c0_centre() { return {0.0, lattice_spacing(), 0.0}; }
double interface_y() { return lattice_spacing() / 2.0; }

InterfaceRectangle interface_rectangle() {
    const double h = cage_half_side(), y = interface_y();
    return {{h, y, -h}, {h, y, h}, {-h, y, h}, {-h, y, -h}};
}

namespace {
glm::dvec3 onto_interface(const glm::dvec3& p) { return {p.x, interface_y(), p.z}; }

Orbital orbital(int lambda, const glm::dvec3& from, const glm::dvec3& touch) {
    return {lambda, (from + touch) / 2.0, glm::length(touch - from) / 2.0, {1.0, 0.0, 0.0}, touch};
}
}  // namespace

TwoHsm make_two_hsm(SpacingMode mode) {
    TwoHsm m;
    m.mode = mode;
    m.a0_centre = glm::dvec3{0.0};
    m.c0_centre = c0_centre();
    m.hsm_radius = hsm_radius();
    for (int k = 0; k < 4; ++k) {
        m.a0_corners[static_cast<std::size_t>(k)] = cage_corner(9 + k);
        m.c0_corners[static_cast<std::size_t>(k)] = rotate_to_c0(cage_corner(9 + k));
    }
    m.interface = interface_rectangle();
    for (int lambda = 1; lambda <= kPointsPerSpace; ++lambda) {
        const EquipotentialPoint p = equipotential_point(Space::beta, lambda, mode);
        const glm::dvec3 p_star = rotate_to_c0(p.position);
        m.a0_path.push_back(p);
        m.c0_path.push_back(p_star);
        const ElectronPair pair{lambda, onto_interface(p.position), onto_interface(p_star)};
        m.pairs.push_back(pair);
        m.a0_orbitals.push_back(orbital(lambda, p.position, pair.p));
        m.c0_orbitals.push_back(orbital(lambda, p_star, pair.p_star));
        const double phi = p.azimuth_deg * std::numbers::pi / 180.0;
        const MagneticMoment moment{lambda, p.position, {std::cos(phi), std::sin(phi), 0.0}};
        m.a0_moments.push_back(moment);
        // R turns directions as (x, y, z) → (x, -y, -z).
        m.c0_moments.push_back({lambda, p_star, {moment.direction.x, -moment.direction.y, 0.0}});
    }
    m.trap = trap_wedge(Space::beta, mode);
    return m;
}

}  // namespace cagescope::model
