// Reading the JSON files users hand us (sidecars, later state and tour files)
// with errors that say which file, where and what was wrong.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace cagescope::app {

// Files larger than this are refused before reading: no state file is big.
inline constexpr std::uintmax_t kMaxJsonFileBytes = 16u * 1024u * 1024u;
// Arrays and objects nested deeper than this are refused: cagescope's files
// need four levels, and deeper nesting only costs stack.
inline constexpr int kMaxJsonDepth = 64;

// Parses the file; throws UsageError naming the file and, for syntax errors,
// "file:line:column: what".
nlohmann::json read_json_file(const std::filesystem::path& path);

// The bytes of a file given to cagescope (at most kMaxJsonFileBytes, also for
// devices and pipes whose size is not known in advance); throws UsageError.
std::string read_json_text(const std::filesystem::path& path);

// Parses text read from `file`; throws UsageError "file:line:column: what"
// for syntax errors and nesting deeper than kMaxJsonDepth.
nlohmann::json parse_json_text(const std::string& text, const std::string& file);

// "file:line:column" for a byte offset into text (1-based line and column).
std::string text_position(const std::string& file, const std::string& text, std::size_t offset);

}  // namespace cagescope::app
