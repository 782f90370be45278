// Table 1 of the paper, as printed, and its comparison with the construction.
#include <cctype>
#include <cstdio>
#include <string>

#include "model/clusters.h"
#include "model/parameters.h"

namespace cagescope::model {

namespace {
// The paper's cells, verbatim (Table 1, "Based on the supplementary materials SM 3").
const std::array<PaperTable1Row, kMaxCluster + 1> kPaper{{
    {0, {"5", "4", "4", "1", "0", "1", "0", "1/5 = 0.2"}},
    {1, {"17", "12", "16", "5", "8", "1", "4", "5/17 ≈ 0.29"}},
    {2, {"33", "20", "36", "13", "16", "9", "4", "13/33 ≈ 0.39"}},
    {3, {"53", "28", "64", "25", "24", "9", "16", "25/53 ≈ 0.47"}},
    {4, {"77", "36", "100", "41", "32", "25", "16", "41/77 ≈ 0.53"}},
    {5, {"105", "44", "144", "61", "40", "25", "36", "61/105 ≈ 0.58"}},
    {6, {"137", "52", "196", "85", "48", "49", "36", "85/137 ≈ 0.62"}},
    {7, {"173", "60", "256", "113", "60", "49", "64", "113/173 ≈ 0.65"}},
    {8, {"196 + 4", "56 + 4", "312 + 8", "136 + 5", "60", "60 + 16", "60", "136/200 ≈ 0.68"}},
}};

constexpr std::array<std::string_view, kTable1Columns> kKeys{
    "hsms", "loop_cbosons", "cluster_cbosons", "loop_hscls", "jamming", "plus_z_hscls", "minus_z_hscls",
    "relative_density"};
constexpr std::array<std::string_view, kTable1Columns> kTitles{
    "N_i", "loop C-bosons", "cluster C-bosons", "loop HSCLs", "jamming", "+z HSCLs", "-z HSCLs", "rel. density"};

// A plain whole number, or nothing ("196 + 4" is not one).
bool parse_count(const std::string& cell, int& out) {
    if (cell.empty()) return false;
    for (char ch : cell)
        if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
    out = std::stoi(cell);
    return true;
}

// The fraction a density cell opens with: "13/33 ≈ 0.39" → 13, 33.
bool parse_fraction(const std::string& cell, int& num, int& den) {
    return std::sscanf(cell.c_str(), "%d/%d", &num, &den) == 2;
}

std::string density_text(const ClusterCounts& n) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%d/%d ≈ %.2f", n.loop_hscls, n.hsms, n.relative_density());
    return buf;
}
}  // namespace

const std::array<std::string_view, kTable1Columns>& table1_column_keys() { return kKeys; }
const std::array<std::string_view, kTable1Columns>& table1_column_titles() { return kTitles; }
const std::array<PaperTable1Row, kMaxCluster + 1>& paper_table1() { return kPaper; }

Table1Row table1_row(int i) {
    i = require_integer_in_range("cluster", i, parameter_spec("cluster").range);
    Table1Row row;
    row.i = i;
    row.construction = make_cluster(i).counts;
    row.paper = kPaper[static_cast<std::size_t>(i)];
    const ClusterCounts& n = row.construction;
    const std::array<int, kTable1Columns - 1> counts{n.hsms,    n.loop_cbosons, n.cluster_cbosons, n.loop_hscls,
                                                     n.jamming, n.plus_z_hscls, n.minus_z_hscls};
    for (std::size_t k = 0; k < counts.size(); ++k) {
        row.construction_cells[k] = std::to_string(counts[k]);
        int paper = 0;
        if (!parse_count(row.paper.cells[k], paper) || paper != counts[k]) row.differs.push_back(kKeys[k]);
    }
    constexpr std::size_t density = kTable1Columns - 1;
    row.construction_cells[density] = density_text(n);
    // The paper writes the density as a fraction; it agrees when the fraction is ours.
    int num = 0, den = 0;
    if (!parse_fraction(row.paper.cells[density], num, den) || num != n.loop_hscls || den != n.hsms)
        row.differs.push_back(kKeys[density]);
    return row;
}

std::vector<Table1Row> table1() {
    std::vector<Table1Row> rows;
    for (int i = 0; i <= kMaxCluster; ++i) rows.push_back(table1_row(i));
    return rows;
}

}  // namespace cagescope::model
