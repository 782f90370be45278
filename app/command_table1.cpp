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
#include "web/numbers_json.h"

namespace cagescope::app {

namespace {
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
    std::printf("%s\n", web::table1_json(rows).dump(2).c_str());
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
