// `cagescope table1`: Table 1 by the lattice construction of MODEL.md §4
// beside the paper's printed rows, each differing cell marked.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_support.h"
#include "text_columns.h"
#include "model/clusters.h"

namespace cagescope::app {

namespace {
bool is_count(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool differs(const model::Table1Row& row, std::string_view key) {
    return std::find(row.differs.begin(), row.differs.end(), key) != row.differs.end();
}

void print_table(const std::vector<model::Table1Row>& rows) {
    const auto& keys = model::table1_column_keys();
    const auto& titles = model::table1_column_titles();
    // Columns: V_i, source, then the eight Table 1 columns.
    std::vector<std::vector<std::string>> lines;
    std::vector<std::string> header{"V_i", "source"};
    for (auto t : titles) header.emplace_back(t);
    lines.push_back(header);
    for (const auto& row : rows) {
        std::vector<std::string> built{"V_" + std::to_string(row.i), "construction"};
        std::vector<std::string> paper{"", "paper"};
        for (std::size_t k = 0; k < keys.size(); ++k) {
            const std::string mark = differs(row, keys[k]) ? "*" : " ";
            built.push_back(row.construction_cells[k] + mark);
            paper.push_back(row.paper.cells[k] + mark);
        }
        lines.push_back(built);
        lines.push_back(paper);
    }
    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto& l : lines)
        for (std::size_t k = 0; k < l.size(); ++k) widths[k] = std::max(widths[k], display_width(l[k]));
    for (std::size_t r = 0; r < lines.size(); ++r) {
        std::string out;
        for (std::size_t k = 0; k < lines[r].size(); ++k) {
            if (k) out += "  ";
            out += k < 2 ? lines[r][k] + std::string(widths[k] - display_width(lines[r][k]), ' ')
                         : pad_left(lines[r][k], widths[k]);
        }
        std::printf("%s\n", out.c_str());
        if (r == 0 || r % 2 == 0) {
            std::size_t total = 0;
            for (auto w : widths) total += w + 2;
            std::printf("%s\n", std::string(total - 2, '-').c_str());
        }
    }
    std::printf("\n* the construction and the paper differ in this cell.\n"
                "Construction (MODEL.md §4): centres |x|+|y| <= i on a square lattice, one arrow per edge touching a\n"
                "centre, one HSM outside each loop arrow; it reproduces V_0-V_6, and V_7 except its jamming count.\n"
                "V_8, the soft matrix, is printed by the paper as sums (\"196 + 4\") that no simple rule gives.\n");
}

void print_json(const std::vector<model::Table1Row>& rows) {
    const auto& keys = model::table1_column_keys();
    nlohmann::json out = nlohmann::json::array();
    for (const auto& row : rows) {
        const model::ClusterCounts& n = row.construction;
        nlohmann::json construction = {{"hsms", n.hsms},
                                       {"loop_cbosons", n.loop_cbosons},
                                       {"cluster_cbosons", n.cluster_cbosons},
                                       {"loop_hscls", n.loop_hscls},
                                       {"jamming", n.jamming},
                                       {"plus_z_hscls", n.plus_z_hscls},
                                       {"minus_z_hscls", n.minus_z_hscls},
                                       {"relative_density", n.relative_density()}};
        nlohmann::json paper = nlohmann::json::object();
        for (std::size_t k = 0; k < keys.size(); ++k) {
            const std::string& cell = row.paper.cells[k];
            // A plain count becomes a number; "196 + 4" and "5/17 ≈ 0.29" stay text.
            if (is_count(cell))
                paper[std::string(keys[k])] = std::stoi(cell);
            else
                paper[std::string(keys[k])] = cell;
        }
        nlohmann::json diff = nlohmann::json::array();
        for (auto key : row.differs) diff.push_back(std::string(key));
        out.push_back({{"i", row.i}, {"construction", construction}, {"paper", paper}, {"differs", diff}});
    }
    std::printf("%s\n", out.dump(2).c_str());
}
}  // namespace

void add_table1_command(CLI::App& app) {
    auto json = std::make_shared<bool>(false);
    CLI::App* cmd = app.add_subcommand(
        "table1", "Print Table 1 (clusters V_0..V_8) by the lattice construction beside the paper's rows, marking "
                  "each cell that differs.");
    cmd->add_flag("--json", *json, "Print a JSON array of rows {i, construction, paper, differs}");
    cmd->footer("Examples:\n"
                "  cagescope table1\n"
                "  cagescope table1 --json");
    cmd->callback([json] {
        const auto rows = model::table1();
        if (*json)
            print_json(rows);
        else
            print_table(rows);
    });
}

}  // namespace cagescope::app
