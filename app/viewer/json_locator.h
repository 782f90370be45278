// Where each value of a JSON text starts, by JSON pointer ("/steps/2/figure"),
// so errors about a value's meaning (not only its syntax) can say
// file:line:column. The text must already have parsed.
#pragma once

#include <cstddef>
#include <map>
#include <string>

namespace cagescope::viewer {

using JsonLocations = std::map<std::string, std::size_t>;  // pointer → byte offset

JsonLocations locate_json_values(const std::string& text);

// The offset of the pointer or of its nearest located parent ("" = the root).
std::size_t location_of(const JsonLocations& locations, std::string pointer);

}  // namespace cagescope::viewer
