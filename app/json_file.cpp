#include "json_file.h"

#include <fstream>
#include <sstream>

#include "cli_support.h"

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

nlohmann::json read_json_file(const fs::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    if (!fs::exists(path, ec)) throw UsageError(name + ": no such file");
    if (fs::is_directory(path, ec)) throw UsageError(name + ": is a directory, expected a JSON file");
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxJsonFileBytes)
        throw UsageError(name + ": " + std::to_string(size) + " bytes is too large for a cagescope JSON file (at most " +
                         std::to_string(kMaxJsonFileBytes) + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UsageError(name + ": cannot be read (permission denied?)");
    std::ostringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();
    if (text.empty()) throw UsageError(name + ": is empty, expected a JSON object");
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        std::string what = e.what();
        if (const auto colon = what.find("]: "); colon != std::string::npos) what = what.substr(colon + 3);
        throw UsageError(text_position(name, text, at) + ": not valid JSON: " + what);
    }
}

}  // namespace cagescope::app
