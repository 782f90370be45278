// The chain units of Fig. 8 and 10 (MODEL.md §9): atoms per element, every
// bond length and angle against the textbook values, the centre of mass
// from the atomic masses, and the four selected H.
#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <map>
#include <set>

#include "model/cage.h"
#include "model/chain_unit.h"

using namespace cagescope::model;

namespace {
double angle_deg(const glm::dvec3& u, const glm::dvec3& v) {
    return std::acos(glm::dot(glm::normalize(u), glm::normalize(v))) * 180.0 / M_PI;
}

// Every bond of an atom as a vector from it, the cut chain bonds included.
std::vector<glm::dvec3> bonds_of(const ChainUnit& unit, int atom) {
    std::vector<glm::dvec3> out;
    const glm::dvec3 at = unit.atoms[static_cast<std::size_t>(atom)].position;
    for (const auto& b : unit.bonds) {
        if (b.a == atom) out.push_back(unit.atoms[static_cast<std::size_t>(b.b)].position - at);
        if (b.b == atom) out.push_back(unit.atoms[static_cast<std::size_t>(b.a)].position - at);
    }
    for (const auto& cb : unit.chain_bonds)
        if (cb.atom == atom) out.push_back(cb.neighbour - at);
    return out;
}

int count(const ChainUnit& unit, Element e) {
    int n = 0;
    for (const auto& a : unit.atoms) n += a.element == e;
    return n;
}
}  // namespace

TEST_CASE("the tetrahedral angle is acos(-1/3)") {
    CHECK(tetrahedral_angle_deg() == Approx(109.4712).margin(1e-4));
}

TEST_CASE("PE is -CH2-CH2- (2 C, 4 H) and PP is -CH2-CH(CH3)- (3 C, 6 H)") {
    const auto pe = make_chain_unit(Polymer::polyethylene);
    const auto pp = make_chain_unit(Polymer::polypropylene);
    CHECK(count(pe, Element::carbon) == 2);
    CHECK(count(pe, Element::hydrogen) == 4);
    CHECK(count(pp, Element::carbon) == 3);
    CHECK(count(pp, Element::hydrogen) == 6);
    CHECK(pe.bonds.size() == 5);  // C-C and four C-H
    CHECK(pp.bonds.size() == 8);  // two C-C and six C-H
}

TEST_CASE("every bond has its textbook length and every angle at a carbon is tetrahedral") {
    const Polymer polymer = GENERATE(Polymer::polyethylene, Polymer::polypropylene);
    const auto unit = make_chain_unit(polymer);
    INFO(polymer_name(polymer));
    for (const auto& b : unit.bonds) {
        const auto& p = unit.atoms[static_cast<std::size_t>(b.a)];
        const auto& q = unit.atoms[static_cast<std::size_t>(b.b)];
        const bool cc = p.element == Element::carbon && q.element == Element::carbon;
        INFO(p.name << "-" << q.name);
        CHECK(glm::length(p.position - q.position) ==
              Approx(cc ? kCarbonCarbonBond : kCarbonHydrogenBond).margin(0.001));
    }
    for (const auto& cb : unit.chain_bonds)
        CHECK(glm::length(cb.neighbour - unit.atoms[static_cast<std::size_t>(cb.atom)].position) ==
              Approx(kCarbonCarbonBond).margin(0.001));
    for (std::size_t i = 0; i < unit.atoms.size(); ++i) {
        if (unit.atoms[i].element != Element::carbon) continue;
        const auto bonds = bonds_of(unit, static_cast<int>(i));
        INFO(unit.atoms[i].name);
        REQUIRE(bonds.size() == 4);  // every carbon saturated
        for (std::size_t j = 0; j < 4; ++j)
            for (std::size_t k = j + 1; k < 4; ++k) CHECK(angle_deg(bonds[j], bonds[k]) == Approx(109.47).margin(0.01));
    }
}

TEST_CASE("the backbone zig-zags in one plane along z") {
    const auto unit = make_chain_unit(Polymer::polypropylene);
    const glm::dvec3 c1 = unit.atoms[0].position, c2 = unit.atoms[1].position;
    const glm::dvec3 prev = unit.chain_bonds[0].neighbour, next = unit.chain_bonds[1].neighbour;
    // Four backbone carbons in the plane y = const, advancing along z.
    CHECK(prev.y == Approx(c1.y).margin(1e-12));
    CHECK(c2.y == Approx(c1.y).margin(1e-12));
    CHECK(next.y == Approx(c1.y).margin(1e-12));
    CHECK(prev.z < c1.z);
    CHECK(c1.z < c2.z);
    CHECK(c2.z < next.z);
}

TEST_CASE("the unit's centre of mass from C 12.011 and H 1.008 is at 0*, the origin") {
    const Polymer polymer = GENERATE(Polymer::polyethylene, Polymer::polypropylene);
    const auto unit = make_chain_unit(polymer);
    glm::dvec3 sum(0.0);
    double mass = 0.0;
    for (const auto& a : unit.atoms) {
        const double m = a.element == Element::carbon ? 12.011 : 1.008;
        sum += m * a.position;
        mass += m;
    }
    CHECK(glm::length(sum / mass) < 1e-12);
    // PE's centre of mass is the middle of its C-C bond; PP's is pulled toward the methyl group.
    const glm::dvec3 mid = (unit.atoms[0].position + unit.atoms[1].position) * 0.5;
    if (polymer == Polymer::polyethylene)
        CHECK(glm::length(mid) < 1e-12);
    else
        CHECK(glm::length(mid) > 0.1);
}

TEST_CASE("four H are selected, one per space: PE all four, PP tertiary, two secondary and one methyl") {
    for (const Polymer polymer : {Polymer::polyethylene, Polymer::polypropylene}) {
        const auto unit = make_chain_unit(polymer);
        std::set<Space> spaces;
        std::map<HydrogenKind, int> kinds;
        int plain = 0;
        for (const auto& a : unit.atoms) {
            if (a.element != Element::hydrogen) continue;
            if (a.space) {
                spaces.insert(*a.space);
                ++kinds[a.kind];
            } else {
                ++plain;
            }
        }
        CHECK(spaces.size() == 4);
        for (std::size_t s = 0; s < 4; ++s)
            CHECK(unit.atoms[static_cast<std::size_t>(unit.selected[s])].space == kSpaces[s]);
        if (polymer == Polymer::polyethylene) {
            CHECK(kinds[HydrogenKind::secondary] == 4);
            CHECK(plain == 0);
        } else {
            CHECK(kinds[HydrogenKind::tertiary] == 1);
            CHECK(kinds[HydrogenKind::secondary] == 2);
            CHECK(kinds[HydrogenKind::methyl] == 1);
            CHECK(plain == 2);
        }
    }
}

TEST_CASE("PE's four H each take the space whose start corner shares its quadrant") {
    const auto unit = make_chain_unit(Polymer::polyethylene);
    for (std::size_t s = 0; s < 4; ++s) {
        const auto& p = unit.atoms[static_cast<std::size_t>(unit.selected[s])].position;
        const double az = std::atan2(p.y, p.x) * 180.0 / M_PI;
        const double corner = corner_azimuth_deg(loop_edges()[s].from_label);
        double d = std::fmod(std::abs(az - corner), 360.0);
        d = std::min(d, 360.0 - d);
        CHECK(d < 45.0);
    }
}

TEST_CASE("the Å to σ factor puts the farthest atom centre 0.4 σ from 0*") {
    const auto unit = make_chain_unit(Polymer::polypropylene);
    double farthest = 0.0;
    for (const auto& a : unit.atoms) farthest = std::max(farthest, glm::length(a.position));
    CHECK(farthest * unit.angstrom_to_sigma == Approx(ChainUnit::kFitRadius));
    CHECK(ChainUnit::kFitRadius < 0.5);
}
