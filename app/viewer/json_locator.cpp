#include "viewer/json_locator.h"

#include <cctype>

namespace cagescope::viewer {

namespace {

class Locator {
public:
    explicit Locator(const std::string& text) : text_(text) {}

    JsonLocations run() {
        skip_space();
        value("");
        return std::move(out_);
    }

private:
    void skip_space() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    std::string string_token() {
        std::string s;
        ++pos_;  // opening quote
        while (pos_ < text_.size() && text_[pos_] != '"') {
            if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) s += text_[pos_++];
            s += text_[pos_++];
        }
        ++pos_;  // closing quote
        return s;
    }
    static std::string escape(const std::string& key) {
        std::string e;
        for (char c : key) {
            if (c == '~') e += "~0";
            else if (c == '/') e += "~1";
            else e += c;
        }
        return e;
    }
    void value(const std::string& pointer) {
        skip_space();
        out_[pointer] = pos_;
        if (pos_ >= text_.size()) return;
        const char c = text_[pos_];
        if (c == '{') {
            ++pos_;
            skip_space();
            while (pos_ < text_.size() && text_[pos_] != '}') {
                const std::string key = string_token();
                skip_space();
                ++pos_;  // ':'
                value(pointer + "/" + escape(key));
                skip_space();
                if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
                skip_space();
            }
            ++pos_;
        } else if (c == '[') {
            ++pos_;
            skip_space();
            for (int i = 0; pos_ < text_.size() && text_[pos_] != ']'; ++i) {
                value(pointer + "/" + std::to_string(i));
                skip_space();
                if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
                skip_space();
            }
            ++pos_;
        } else if (c == '"') {
            string_token();
        } else {
            while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != ']' &&
                   !std::isspace(static_cast<unsigned char>(text_[pos_])))
                ++pos_;
        }
    }

    const std::string& text_;
    std::size_t pos_ = 0;
    JsonLocations out_;
};

}  // namespace

JsonLocations locate_json_values(const std::string& text) { return Locator(text).run(); }

std::size_t location_of(const JsonLocations& locations, std::string pointer) {
    for (;;) {
        if (const auto it = locations.find(pointer); it != locations.end()) return it->second;
        if (pointer.empty()) return 0;
        pointer.erase(pointer.rfind('/'));
    }
}

}  // namespace cagescope::viewer
