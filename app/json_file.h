// Reading the JSON files users hand us (sidecars, state and tour files)
// with errors and warnings that say which file, where and what was wrong.
#pragma once

#include <filesystem>
#include <functional>
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

// A parsed file with its name and text, so messages about what a value
// means, not only about syntax, can say file:line:column (json_locator.h).
struct JsonDocument {
    std::string file;
    std::string text;
    nlohmann::json root;

    // "file:line:column" of the value at a JSON pointer ("/camera/distance"),
    // or of its nearest parent present when it is missing.
    std::string where(const std::string& pointer) const;
    // The same for an object member's key: where an unknown key is written.
    std::string where_key(const std::string& pointer) const;
};

// read_json_text + parse_json_text, keeping the text.
JsonDocument read_json_document(const std::filesystem::path& path);
JsonDocument parse_json_document(std::string text, std::string file);

// Warnings about what a reader does not know in one file, each ignored:
// "file:line:column: unknown key 'zoom' ignored (what is allowed)". Files
// are shared between versions, so these never stop a read. After
// kMaxWarnings only a count is kept (finish() reports it): a file of a
// million unknown keys neither floods stderr nor costs a walk over the text
// for each.
class FileWarnings {
public:
    static constexpr int kMaxWarnings = 20;

    FileWarnings(const JsonDocument& doc, std::function<void(const std::string&)> warn);
    // A key: `pointer` locates it, `name` is how messages name it, `allowed` says what is.
    void unknown_key(const std::string& pointer, const std::string& name, const std::string& allowed);
    // A value naming something that does not exist, e.g. kind "layer".
    void unknown_name(const std::string& pointer, const std::string& kind, const std::string& name,
                      const std::string& allowed);
    // Anything else the reader changed to make an old file work: "file:line:column: message".
    void changed(const std::string& pointer, const std::string& message);
    void finish() const;

private:
    void add(const std::string& where, const std::string& kind, const std::string& name, const std::string& allowed);

    const JsonDocument& doc_;
    std::function<void(const std::string&)> warn_;
    int count_ = 0;
};

}  // namespace cagescope::app
