#include "model/chain_unit.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <limits>
#include <numbers>

namespace cagescope::model {

namespace {
using glm::dvec3;

double radians(double deg) { return deg * std::numbers::pi / 180.0; }

// Backbone carbon k of an endless planar zig-zag along +z in the x-z plane:
// each C-C bond advances L·sin(θ/2) along z and alternates L·cos(θ/2) in x,
// so every C-C-C angle is θ.
dvec3 backbone_carbon(int k) {
    const double half = radians(tetrahedral_angle_deg()) / 2.0;
    const double x = (k % 2 != 0) ? kCarbonCarbonBond * std::cos(half) : 0.0;
    return {x, 0.0, k * kCarbonCarbonBond * std::sin(half)};
}

// The two substituent directions of a tetrahedral carbon whose other two
// bonds point along u1 and u2 (unit): in the plane through the outer
// bisector perpendicular to u1 and u2's plane, θ/2 either side of it.
std::array<dvec3, 2> tetrahedral_pair(const dvec3& u1, const dvec3& u2) {
    const double half = radians(tetrahedral_angle_deg()) / 2.0;
    const dvec3 out = -glm::normalize(u1 + u2);
    const dvec3 normal = glm::normalize(glm::cross(u1, u2));
    return {out * std::cos(half) + normal * std::sin(half), out * std::cos(half) - normal * std::sin(half)};
}

// The three H directions of a methyl carbon bonded along -axis, staggered
// against `reference` (a direction of the carbon it hangs from): at 60°,
// 180° and 300° from it round the axis, each θ from the bond back.
std::array<dvec3, 3> methyl_directions(const dvec3& axis, const dvec3& reference) {
    const double cone = std::numbers::pi - radians(tetrahedral_angle_deg());
    const dvec3 e1 = glm::normalize(reference - axis * glm::dot(reference, axis));
    const dvec3 e2 = glm::cross(axis, e1);
    std::array<dvec3, 3> out{};
    for (int j = 0; j < 3; ++j) {
        const double phi = radians(60.0 + 120.0 * j);
        out[static_cast<std::size_t>(j)] =
            axis * std::cos(cone) + std::sin(cone) * (e1 * std::cos(phi) + e2 * std::sin(phi));
    }
    return out;
}

double azimuth_distance_deg(double a, double b) {
    const double d = std::fmod(std::abs(a - b), 360.0);
    return std::min(d, 360.0 - d);
}

// Gives each selected H the space whose start corner lies nearest its
// azimuth round z (the best of the 24 assignments), so that panel (c)'s
// colours can be read against panel (a).
std::array<int, 4> assign_spaces(ChainUnit& unit, const std::array<int, 4>& chosen) {
    std::array<int, 4> order = chosen;
    std::sort(order.begin(), order.end());
    const auto edges = loop_edges();
    std::array<int, 4> best = order;
    double best_cost = std::numeric_limits<double>::max();
    do {
        double cost = 0.0;
        for (std::size_t s = 0; s < 4; ++s) {
            const dvec3& p = unit.atoms[static_cast<std::size_t>(order[s])].position;
            const double az = std::atan2(p.y, p.x) * 180.0 / std::numbers::pi;
            cost += azimuth_distance_deg(az, corner_azimuth_deg(edges[s].from_label));
        }
        if (cost < best_cost - 1e-9) {
            best_cost = cost;
            best = order;
        }
    } while (std::next_permutation(order.begin(), order.end()));
    for (std::size_t s = 0; s < 4; ++s) unit.atoms[static_cast<std::size_t>(best[s])].space = kSpaces[s];
    return best;
}

int add_atom(ChainUnit& unit, Element e, std::string name, const dvec3& at, HydrogenKind kind, int bonded_to) {
    unit.atoms.push_back({e, std::move(name), at, kind, std::nullopt});
    const int index = static_cast<int>(unit.atoms.size()) - 1;
    if (bonded_to >= 0) unit.bonds.push_back({bonded_to, index});
    return index;
}
}  // namespace

std::string_view element_symbol(Element element) { return element == Element::carbon ? "C" : "H"; }

double atomic_mass(Element element) { return element == Element::carbon ? 12.011 : 1.008; }

double tetrahedral_angle_deg() { return std::acos(-1.0 / 3.0) * 180.0 / std::numbers::pi; }

std::string_view polymer_name(Polymer polymer) { return polymer == Polymer::polyethylene ? "PE" : "PP"; }

glm::dvec3 centre_of_mass(const ChainUnit& unit) {
    dvec3 sum(0.0);
    double mass = 0.0;
    for (const auto& atom : unit.atoms) {
        sum += atomic_mass(atom.element) * atom.position;
        mass += atomic_mass(atom.element);
    }
    return mass > 0.0 ? sum / mass : sum;
}

ChainUnit make_chain_unit(Polymer polymer) {
    ChainUnit unit;
    unit.polymer = polymer;
    const bool pp = polymer == Polymer::polypropylene;
    unit.formula = pp ? "-CH2-CH(CH3)-" : "-CH2-CH2-";

    // Backbone carbons 0 and 1 are the unit's; -1 and 2 belong to its neighbours.
    const dvec3 c_prev = backbone_carbon(-1), c1 = backbone_carbon(0), c2 = backbone_carbon(1),
                c_next = backbone_carbon(2);
    const int i1 = add_atom(unit, Element::carbon, "C1", c1, HydrogenKind::none, -1);
    const int i2 = add_atom(unit, Element::carbon, "C2", c2, HydrogenKind::none, i1);
    unit.chain_bonds = {ChainBond{i1, c_prev}, ChainBond{i2, c_next}};

    // C1 is CH2: two secondary H.
    const auto h1 = tetrahedral_pair(glm::normalize(c_prev - c1), glm::normalize(c2 - c1));
    const int h1a = add_atom(unit, Element::hydrogen, "H1a", c1 + kCarbonHydrogenBond * h1[0],
                             HydrogenKind::secondary, i1);
    const int h1b = add_atom(unit, Element::hydrogen, "H1b", c1 + kCarbonHydrogenBond * h1[1],
                             HydrogenKind::secondary, i1);

    const auto s2 = tetrahedral_pair(glm::normalize(c1 - c2), glm::normalize(c_next - c2));
    std::array<int, 4> chosen{};
    if (!pp) {
        // C2 is CH2 as well: all four H take part.
        const int h2a = add_atom(unit, Element::hydrogen, "H2a", c2 + kCarbonHydrogenBond * s2[0],
                                 HydrogenKind::secondary, i2);
        const int h2b = add_atom(unit, Element::hydrogen, "H2b", c2 + kCarbonHydrogenBond * s2[1],
                                 HydrogenKind::secondary, i2);
        chosen = {h1a, h1b, h2a, h2b};
    } else {
        // C2 is CH: the tertiary H on one side, the methyl carbon C3 on the other.
        const int h2 = add_atom(unit, Element::hydrogen, "H2", c2 + kCarbonHydrogenBond * s2[0],
                                HydrogenKind::tertiary, i2);
        const dvec3 c3 = c2 + kCarbonCarbonBond * s2[1];
        const int i3 = add_atom(unit, Element::carbon, "C3", c3, HydrogenKind::none, i2);
        const auto hm = methyl_directions(s2[1], s2[0]);
        int anti = -1;
        for (int j = 0; j < 3; ++j) {
            const int h = add_atom(unit, Element::hydrogen, "H3" + std::string(1, static_cast<char>('a' + j)),
                                   c3 + kCarbonHydrogenBond * hm[static_cast<std::size_t>(j)], HydrogenKind::methyl,
                                   i3);
            if (j == 1) anti = h;  // at 180° round the C2-C3 axis from the tertiary H
        }
        chosen = {h2, h1a, h1b, anti};
    }

    // The centre of mass to the origin: the chain axis z passes through it.
    const dvec3 com = centre_of_mass(unit);
    for (auto& atom : unit.atoms) atom.position -= com;
    for (auto& bond : unit.chain_bonds) bond.neighbour -= com;

    unit.selected = assign_spaces(unit, chosen);

    double farthest = 0.0;
    for (const auto& atom : unit.atoms) farthest = std::max(farthest, glm::length(atom.position));
    unit.angstrom_to_sigma = ChainUnit::kFitRadius / farthest;
    return unit;
}

}  // namespace cagescope::model
