// The derivation table and Table 1 as JSON: what `cagescope numbers --json`
// and `cagescope table1 --json` print and what the explorer's page shows,
// from one builder so the two cannot differ.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "model/clusters.h"
#include "model/derivation_table.h"

namespace cagescope::web {

// [{"symbol", "name", "formula", "value", "unit", "paper", "section", "status", "note"}]
nlohmann::json derivation_json(const std::vector<model::Derivation>& table);

// [{"i", "construction": {...counts, "relative_density"}, "paper": {key: count or text}, "differs": [key]}]
nlohmann::json table1_json(const std::vector<model::Table1Row>& rows);

}  // namespace cagescope::web
