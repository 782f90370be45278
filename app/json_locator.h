// Where a value, or an object member's key, starts in a JSON text, by JSON
// pointer (RFC 6901: "/steps/2/figure"), so errors and warnings about what a
// value means (not only its syntax) can say file:line:column.
#pragma once

#include <cstddef>
#include <string>

namespace cagescope::app {

enum class JsonPart { value, key };

// The byte offset in `text` of the value at `pointer` or, for JsonPart::key,
// of its key when it is an object member. When the pointer does not lead to
// a value, the offset of its nearest parent that does ("" is the root).
// Duplicate keys resolve to the last one, as nlohmann::json keeps it; a key
// written with escapes is not matched (its parent is given).
//
// The text must have parsed (app::parse_json_text). One forward walk that
// skips every value it does not descend into: time linear in the text,
// memory constant, whatever the file holds.
std::size_t json_offset(const std::string& text, const std::string& pointer, JsonPart part = JsonPart::value);

// The pointer of member `key` of the value at `pointer` ('~' and '/' escaped).
std::string json_pointer_member(const std::string& pointer, const std::string& key);

}  // namespace cagescope::app
