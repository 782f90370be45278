#include "web/numbers_json.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace cagescope::web {

namespace {
bool is_count(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}
}  // namespace

nlohmann::json derivation_json(const std::vector<model::Derivation>& table) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& d : table)
        out.push_back({{"symbol", d.symbol},
                       {"name", d.name},
                       {"formula", d.formula},
                       {"value", d.value},
                       {"unit", d.unit},
                       {"paper", d.paper},
                       {"section", d.section},
                       {"status", model::to_string(d.status)},
                       {"note", d.status_note}});
    return out;
}

nlohmann::json table1_json(const std::vector<model::Table1Row>& rows) {
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
    return out;
}

}  // namespace cagescope::web
