// The chain units of polyethylene and polypropylene (MODEL.md §9; Sec.
// IV.D.2, IV.D.3, Fig. 8 and 10): ball-and-stick geometry built from textbook
// bond lengths and the tetrahedral angle, the four H-PCPs selected for
// clustering, the centre of mass and the Å → σ factor that fits a unit inside
// its hard sphere. Positions are computed, never typed in.
#pragma once

#include <array>
#include <glm/vec3.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/cage.h"

namespace cagescope::model {

enum class Element { carbon, hydrogen };
std::string_view element_symbol(Element element);  // "C", "H"
double atomic_mass(Element element);               // u: C 12.011, H 1.008

inline constexpr double kCarbonCarbonBond = 1.54;    // Å, textbook C-C single bond
inline constexpr double kCarbonHydrogenBond = 1.09;  // Å, textbook C-H bond
// The tetrahedral angle acos(-1/3) = 109.4712°, in degrees.
double tetrahedral_angle_deg();

enum class Polymer { polyethylene, polypropylene };
std::string_view polymer_name(Polymer polymer);  // "PE", "PP"

// Why an H atom of the unit is where it is (the paper selects the H-PCP
// "most likely to escape an electron": tertiary, then secondary, then methyl).
enum class HydrogenKind { none, secondary, tertiary, methyl };

struct Atom {
    Element element = Element::carbon;
    std::string name;         // "C1", "H1a": ASCII, for ids
    glm::dvec3 position{};    // Å, the unit's centre of mass at the origin (the chain axis z runs through it: PP's ⊕)
    HydrogenKind kind = HydrogenKind::none;
    std::optional<Space> space;  // for the four selected H: the 90° space whose colour it takes
};

struct Bond {
    int a = 0;  // atom indices
    int b = 0;
};

// A bond cut where the chain goes on: from a backbone carbon of this unit to
// where the next unit's backbone carbon would be.
struct ChainBond {
    int atom = 0;
    glm::dvec3 neighbour{};  // Å
};

struct ChainUnit {
    Polymer polymer = Polymer::polyethylene;
    std::string formula;              // "-CH2-CH2-"
    std::vector<Atom> atoms;          // C1 first, then C2
    std::vector<Bond> bonds;
    std::array<ChainBond, 2> chain_bonds{};  // to the previous and the next unit
    // The four selected H, in the order of the spaces α, β, γ, δ.
    std::array<int, 4> selected{};
    // σ per Å: the farthest atom centre then lies kFitRadius from 0*.
    double angstrom_to_sigma = 0;
    static constexpr double kFitRadius = 0.4;  // σ, inside the sphere of radius 1/2
};

// PE: -CH2-CH2-, 2 C and 4 H, all four H selected (each at its own chemical
// position). PP: -CH2-CH(CH3)-, 3 C and 6 H; selected are the tertiary H,
// the two secondary H and the methyl H anti to the tertiary one (that last
// choice is ours, MODEL.md §9). The backbone zig-zags in the x-z plane along
// z; each selected H takes the space whose start corner (9, 10, 11, 12) lies
// nearest its azimuth round z.
ChainUnit make_chain_unit(Polymer polymer);

// Σ m·r / Σ m over the atoms, Å.
glm::dvec3 centre_of_mass(const ChainUnit& unit);

}  // namespace cagescope::model
