#include "json_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "cli_support.h"
#include "json_locator.h"

namespace cagescope::app {

namespace fs = std::filesystem;

std::string text_position(const std::string& file, const std::string& text, std::size_t offset) {
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string read_json_text(const fs::path& path) {
    const std::string name = path.string();
    const std::string limit = " (at most " + std::to_string(kMaxJsonFileBytes) + " bytes)";
    std::error_code ec;
    if (!fs::exists(path, ec)) throw UsageError(name + ": no such file");
    if (fs::is_directory(path, ec)) throw UsageError(name + ": is a directory, expected a JSON file");
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxJsonFileBytes)
        throw UsageError(name + ": " + std::to_string(size) + " bytes is too large for a cagescope JSON file" + limit);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UsageError(name + ": cannot be read (" + std::strerror(errno) + ")");
    // Reads at most one byte past the limit: a device or a pipe (/dev/zero,
    // <(...)) has no size to check first.
    std::string text(kMaxJsonFileBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad()) throw UsageError(name + ": cannot be read (" + std::strerror(errno) + ")");
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxJsonFileBytes) throw UsageError(name + ": too large for a cagescope JSON file" + limit);
    if (text.empty()) throw UsageError(name + ": is empty, expected a JSON object");
    return text;
}

nlohmann::json parse_json_text(const std::string& text, const std::string& file) {
    // Nesting first (outside strings): deep nesting is refused before any
    // recursive walk over the document can run out of stack.
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                throw UsageError(text_position(file, text, i) + ": nested deeper than " + std::to_string(kMaxJsonDepth) +
                                 " levels; cagescope files need only a few");
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        // "[json.exception.parse_error.101] parse error at line 3, column 24: what": keep what.
        std::string what = e.what();
        if (const auto p = what.find("parse error"); p != std::string::npos)
            if (const auto colon = what.find(": ", p); colon != std::string::npos) what = what.substr(colon + 2);
        throw UsageError(text_position(file, text, at) + ": not valid JSON: " + what);
    } catch (const nlohmann::json::out_of_range& e) {
        // A number too large for a double (1e999): "... number overflow parsing '1e999'".
        std::string what = e.what();
        std::size_t at = 0;
        if (const auto q = what.find('\''); q != std::string::npos) {
            const std::string number = what.substr(q + 1, what.rfind('\'') - q - 1);
            if (const auto pos = text.find(number); !number.empty() && pos != std::string::npos) at = pos;
        }
        throw UsageError(text_position(file, text, at) + ": not valid JSON: a number too large for a double");
    }
}

nlohmann::json read_json_file(const fs::path& path) { return parse_json_text(read_json_text(path), path.string()); }

std::string JsonDocument::where(const std::string& pointer) const {
    return text_position(file, text, json_offset(text, pointer, JsonPart::value));
}

std::string JsonDocument::where_key(const std::string& pointer) const {
    return text_position(file, text, json_offset(text, pointer, JsonPart::key));
}

JsonDocument parse_json_document(std::string text, std::string file) {
    nlohmann::json root = parse_json_text(text, file);
    return {std::move(file), std::move(text), std::move(root)};
}

JsonDocument read_json_document(const fs::path& path) { return parse_json_document(read_json_text(path), path.string()); }

FileWarnings::FileWarnings(const JsonDocument& doc, std::function<void(const std::string&)> warn)
    : doc_(doc), warn_(std::move(warn)) {}

namespace {
// A key or name as messages quote it: a long one cut (at a UTF-8 character boundary),
// so a megabyte of key does not become a megabyte of stderr.
std::string quoted(const std::string& name) {
    constexpr std::size_t kMax = 60;
    if (name.size() <= kMax) return "'" + name + "'";
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    return "'" + name.substr(0, cut) + "…' (" + std::to_string(name.size()) + " bytes)";
}
}  // namespace

void FileWarnings::unknown_key(const std::string& pointer, const std::string& name, const std::string& allowed) {
    if (count_ < kMaxWarnings) add(doc_.where_key(pointer), "key", name, allowed);
    ++count_;
}

void FileWarnings::unknown_name(const std::string& pointer, const std::string& kind, const std::string& name,
                                const std::string& allowed) {
    if (count_ < kMaxWarnings) add(doc_.where(pointer), kind, name, allowed);
    ++count_;
}

void FileWarnings::changed(const std::string& pointer, const std::string& message) {
    warn_(doc_.where(pointer) + ": " + message);
}

void FileWarnings::add(const std::string& where, const std::string& kind, const std::string& name,
                       const std::string& allowed) {
    warn_(where + ": unknown " + kind + " " + quoted(name) + " ignored (" + allowed + ")");
}

void FileWarnings::finish() const {
    if (count_ > kMaxWarnings)
        warn_(doc_.file + ": " + std::to_string(count_ - kMaxWarnings) + " more unknown keys or names ignored");
}

}  // namespace cagescope::app
