// Clusters V_0 ... V_8 (MODEL.md §4; Fig. 1, Table 1): the lattice
// construction in the plane z = 0 (spacing a, a0 at the origin) and the
// paper's Table 1 rows as data, so the two can be shown side by side.
#pragma once

#include <array>
#include <glm/vec3.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cagescope::model {

inline constexpr int kMaxCluster = 8;

// +z or -z: the sense of a centre's MIEV, or the turning of a loop.
enum class Sense { plus_z, minus_z };
std::string_view to_string(Sense sense);  // "+z", "-z"

// An HSCL centre: lattice site (x, y) with |x| + |y| <= i; +z where x + y is even.
struct ClusterSite {
    int x = 0;
    int y = 0;
    Sense sense = Sense::plus_z;
    glm::dvec3 position() const;  // (a·x, a·y, 0)
};

// A magic interface (C-boson): on a lattice edge that touches a centre, at
// the edge midpoint, perpendicular to the edge, counter-clockwise round +z
// centres and clockwise round -z ones.
struct Arrow {
    glm::dvec3 position{};   // edge midpoint
    glm::dvec3 direction{};  // unit, horizontal
    bool on_loop = false;    // the edge leaves the diamond
    Sense sense = Sense::plus_z;  // the sense of the centre it turns round (the inner one on the loop)
};

// Table 1's first seven columns are counts; the eighth is the relative density.
struct ClusterCounts {
    int hsms = 0;             // N_i
    int loop_cbosons = 0;     // C-bosons on the V_i loop
    int cluster_cbosons = 0;  // C-bosons in the V_i cluster
    int loop_hscls = 0;       // HSCLs in the V_i loop
    int jamming = 0;          // jamming particles
    int plus_z_hscls = 0;
    int minus_z_hscls = 0;
    double relative_density() const;  // loop_hscls / hsms
};

struct Cluster {
    int i = 0;
    Sense loop_sense = Sense::plus_z;      // +z for even i, -z for odd
    std::vector<ClusterSite> centres;      // 2i² + 2i + 1
    std::vector<Arrow> arrows;             // every arrow: 4(i+1)²
    std::vector<Arrow> loop_arrows;        // those on the loop: 8i + 4 (also in arrows)
    std::vector<glm::dvec3> hsms;          // every HSM: centres, tips and jamming particles
    std::vector<glm::dvec3> jamming;       // the 8i jamming particles (also in hsms), in pairs side by side
    ClusterCounts counts;
};

// i in 0..8 (ParameterError otherwise).
Cluster make_cluster(int i);

// Column keys, in Table 1 order: "hsms", "loop_cbosons", "cluster_cbosons",
// "loop_hscls", "jamming", "plus_z_hscls", "minus_z_hscls", "relative_density".
inline constexpr int kTable1Columns = 8;
const std::array<std::string_view, kTable1Columns>& table1_column_keys();
const std::array<std::string_view, kTable1Columns>& table1_column_titles();  // short human titles

// One row of Table 1 as printed: each cell as text ("196 + 4", "5/17 ≈ 0.29").
struct PaperTable1Row {
    int i = 0;
    std::array<std::string, kTable1Columns> cells;
};
const std::array<PaperTable1Row, kMaxCluster + 1>& paper_table1();

// The construction beside the paper. A count cell differs when the paper's
// cell is not that integer (V_8's "196 + 4" always differs: no simple rule
// gives it); the density cell differs when the paper's fraction is not
// loop_hscls/hsms.
struct Table1Row {
    int i = 0;
    ClusterCounts construction;
    std::array<std::string, kTable1Columns> construction_cells;  // "5", "1/5 = 0.2"-style text
    PaperTable1Row paper;
    std::vector<std::string_view> differs;  // column keys
};
Table1Row table1_row(int i);
std::vector<Table1Row> table1();

}  // namespace cagescope::model
