#include "json_locator.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace cagescope::app {

namespace {

// "/a~1b/0" → {"a/b", "0"}.
std::vector<std::string> pointer_segments(const std::string& pointer) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < pointer.size(); ++i) {
        if (pointer[i] == '/') {
            out.emplace_back();
        } else if (pointer[i] == '~' && i + 1 < pointer.size() && (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
            out.back() += pointer[i + 1] == '0' ? '~' : '/';
            ++i;
        } else if (!out.empty()) {
            out.back() += pointer[i];
        }
    }
    return out;
}

class Walker {
public:
    explicit Walker(const std::string& text) : text_(text) {}

    std::size_t find(const std::string& pointer, JsonPart part) {
        if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // a UTF-8 byte order mark, which the parser skips
        skip_space();
        std::size_t value = pos_;
        std::size_t key = pos_;
        for (const std::string& segment : pointer_segments(pointer)) {
            const auto found = at(value) == '{' ? member(value, segment) : at(value) == '[' ? element(value, segment)
                                                                                        : Found{};
            if (!found.ok) break;
            key = found.key;
            value = found.value;
        }
        return part == JsonPart::key ? key : value;
    }

private:
    struct Found {
        bool ok = false;
        std::size_t key = 0;
        std::size_t value = 0;
    };

    static bool ends_scalar(char c) {
        return c == ',' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']' || c == '"' ||
               std::isspace(static_cast<unsigned char>(c));
    }
    char at(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }
    void skip_space() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    // From an opening quote to just past the closing one; the contents as written.
    std::string_view string_token() {
        const std::size_t start = ++pos_;
        while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
        const std::size_t end = std::min(pos_, text_.size());
        ++pos_;
        return std::string_view(text_).substr(start, end - start);
    }
    // Past one value of any kind; containers by counting brackets outside
    // strings, so nothing is kept per element.
    void skip_value() {
        int depth = 0;
        do {
            skip_space();
            const char c = at(pos_);
            if (c == '"') {
                string_token();
            } else if (c == '{' || c == '[') {
                ++depth;
                ++pos_;
            } else if (c == '}' || c == ']') {
                --depth;
                ++pos_;
            } else if (c == ',' || c == ':') {
                ++pos_;
            } else {  // a number, true, false or null: at least one character
                do ++pos_;
                while (pos_ < text_.size() && !ends_scalar(text_[pos_]));
            }
        } while (depth > 0 && pos_ < text_.size());
    }
    // The last member of the object at `open` named `name`.
    Found member(std::size_t open, const std::string& name) {
        Found found;
        pos_ = open + 1;
        skip_space();
        while (at(pos_) == '"') {
            const std::size_t key = pos_;
            const std::string_view raw = string_token();
            skip_space();
            ++pos_;  // ':'
            skip_space();
            if (raw == name && raw.find('\\') == std::string_view::npos) found = {true, key, pos_};
            skip_value();
            skip_space();
            if (at(pos_) == ',') ++pos_;
            skip_space();
        }
        return found;
    }
    Found element(std::size_t open, const std::string& index) {
        if (index.empty() || index.size() > 9 || index.find_first_not_of("0123456789") != std::string::npos) return {};
        const long wanted = std::stol(index);
        pos_ = open + 1;
        skip_space();
        for (long i = 0; pos_ < text_.size() && at(pos_) != ']'; ++i) {
            if (i == wanted) return {true, pos_, pos_};
            skip_value();
            skip_space();
            if (at(pos_) == ',') ++pos_;
            skip_space();
        }
        return {};
    }

    const std::string& text_;
    std::size_t pos_ = 0;
};

}  // namespace

std::string json_pointer_member(const std::string& pointer, const std::string& key) {
    std::string out = pointer + "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::size_t json_offset(const std::string& text, const std::string& pointer, JsonPart part) {
    return Walker(text).find(pointer, part);
}

}  // namespace cagescope::app
