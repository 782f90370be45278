// The tours of assets/tours/, built into the binary (the source is generated
// by app/viewer/CMakeLists.txt).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace cagescope::viewer {

std::vector<std::string_view> embedded_tours();                          // names, e.g. "cage-to-interface"
std::optional<std::string_view> embedded_tour(std::string_view name);    // the JSON text

}  // namespace cagescope::viewer
