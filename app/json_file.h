// Reading the JSON files users hand us (sidecars, later state and tour files)
// with errors that say which file, where and what was wrong.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace cagescope::app {

// Files larger than this are refused before reading: no state file is big.
inline constexpr std::uintmax_t kMaxJsonFileBytes = 16u * 1024u * 1024u;

// Parses the file; throws UsageError naming the file and, for syntax errors,
// "file:line:column: what".
nlohmann::json read_json_file(const std::filesystem::path& path);

// "file:line:column" for a byte offset into text (1-based line and column).
std::string text_position(const std::string& file, const std::string& text, std::size_t offset);

}  // namespace cagescope::app
