#include "scene/markup.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cagescope::scene {

namespace {

// Bytes of the UTF-8 sequence starting at s[i] (1 for a stray byte).
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    return i + n <= s.size() ? n : 1;
}

// Whether the character at s[i] is a combining diacritical mark (U+0300-U+036F,
// the hat of p̂): it belongs to the character before it.
bool combining_at(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size()) return false;
    const auto c0 = static_cast<unsigned char>(s[i]);
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    return (c0 == 0xCC && c1 >= 0x80) || (c0 == 0xCD && c1 < 0xB0);
}

// Scripts nested deeper than this are text: no figure needs more than two
// levels, and a user's tour caption must not exhaust the stack.
constexpr int kMaxDepth = 8;

bool escapable(char c) { return c == '_' || c == '^' || c == '{' || c == '}' || c == '\\'; }

enum class Script { none, sub, super };

// The markup tree: text and scripts, scripts holding their own items.
struct Item {
    std::string text;            // Script::none
    Script script = Script::none;
    std::vector<Item> children;  // a script's content
};

class Parser {
public:
    explicit Parser(std::string_view s) : s_(s) {}

    // Items until the end, or until an unmatched '}' when inside a group.
    std::vector<Item> items(bool in_group, int depth = 0) {
        std::vector<Item> out;
        std::string text;
        const auto flush = [&] {
            if (!text.empty()) out.push_back({std::exchange(text, {}), Script::none, {}});
        };
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '\\' && i_ + 1 < s_.size() && escapable(s_[i_ + 1])) {
                text += s_[i_ + 1];
                i_ += 2;
            } else if (c == '}' && in_group) {
                ++i_;
                break;
            } else if ((c == '_' || c == '^') && i_ + 1 < s_.size() && s_[i_ + 1] != '\n' &&
                       !(in_group && s_[i_ + 1] == '}') && depth < kMaxDepth) {
                flush();
                ++i_;
                Item script{{}, c == '_' ? Script::sub : Script::super, {}};
                script.children = argument(depth + 1);
                out.push_back(std::move(script));
            } else if (c == '\n') {
                flush();
                out.push_back({"\n", Script::none, {}});
                ++i_;
            } else {
                std::size_t n = utf8_length(s_, i_);
                text.append(s_.substr(i_, n));
                i_ += n;
            }
        }
        flush();
        return out;
    }

private:
    // A script's argument: a {group} or one character with its combining marks.
    std::vector<Item> argument(int depth) {
        if (s_[i_] == '{') {
            ++i_;
            return items(true, depth);
        }
        std::string one;
        if (s_[i_] == '\\' && i_ + 1 < s_.size() && escapable(s_[i_ + 1])) {
            one = s_[i_ + 1];
            i_ += 2;
        } else {
            const std::size_t n = utf8_length(s_, i_);
            one = std::string(s_.substr(i_, n));
            i_ += n;
        }
        while (combining_at(s_, i_)) {
            one.append(s_.substr(i_, 2));
            i_ += 2;
        }
        return {{one, Script::none, {}}};
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

void flatten(const std::vector<Item>& items, int depth, float scale, float rise, std::vector<MarkupRun>& out) {
    Script previous = Script::none;
    for (const Item& item : items) {
        if (item.script == Script::none) {
            out.push_back({item.text, depth, scale, rise, false, false});
            previous = Script::none;
            continue;
        }
        // A star, degree or prime already sits high in the font: as a superscript
        // it is only a little smaller and raised, or it would shrink to a speck.
        const bool raised_mark = item.script == Script::super && item.children.size() == 1 &&
                                 (item.children[0].text == "*" || item.children[0].text == "°" ||
                                  item.children[0].text == "′");
        const float shift = raised_mark ? kRaisedMarkRise : item.script == Script::super ? kSuperscriptRise : -kSubscriptDrop;
        const std::size_t first = out.size();
        flatten(item.children, depth + 1, scale * (raised_mark ? kRaisedMarkScale : kScriptScale), rise + shift * scale, out);
        if (first < out.size()) {
            out[first].starts_script = true;
            out[first].stacked = previous != Script::none && previous != item.script;
        }
        previous = item.script;
    }
}

void plain(const std::vector<Item>& items, std::string& out) {
    for (const Item& item : items) {
        out += item.text;
        plain(item.children, out);
    }
}

// Unicode sub/superscript forms, UTF-8: {character, subscript, superscript}.
struct Form {
    const char* base;
    const char* sub;
    const char* super;
};
constexpr std::array<Form, 33> kForms{{
    {"0", "₀", "⁰"}, {"1", "₁", "¹"}, {"2", "₂", "²"}, {"3", "₃", "³"}, {"4", "₄", "⁴"},
    {"5", "₅", "⁵"}, {"6", "₆", "⁶"}, {"7", "₇", "⁷"}, {"8", "₈", "⁸"}, {"9", "₉", "⁹"},
    {"+", "₊", "⁺"}, {"−", "₋", "⁻"}, {"-", "₋", "⁻"}, {"=", "₌", "⁼"}, {"(", "₍", "⁽"}, {")", "₎", "⁾"},
    {"a", "ₐ", nullptr}, {"e", "ₑ", nullptr}, {"o", "ₒ", nullptr}, {"x", "ₓ", nullptr}, {"h", "ₕ", nullptr},
    {"k", "ₖ", nullptr}, {"l", "ₗ", nullptr}, {"m", "ₘ", nullptr}, {"n", "ₙ", "ⁿ"}, {"p", "ₚ", nullptr},
    {"s", "ₛ", nullptr}, {"t", "ₜ", nullptr}, {"i", "ᵢ", "ⁱ"}, {"j", "ⱼ", nullptr},
    {"*", nullptr, "*"}, {"°", nullptr, "°"}, {"′", nullptr, "′"},
}};

// The script's content in Unicode forms, or false if a character has none.
bool unicode_script(const std::vector<Item>& children, Script script, std::string& out) {
    for (const Item& child : children) {
        if (child.script != Script::none) return false;
        for (std::size_t i = 0; i < child.text.size();) {
            const std::size_t n = utf8_length(child.text, i);
            const std::string_view ch(child.text.data() + i, n);
            const char* form = nullptr;
            for (const Form& f : kForms)
                if (ch == f.base) form = script == Script::sub ? f.sub : f.super;
            if (!form) return false;
            out += form;
            i += n;
        }
    }
    return true;
}

void unicode(const std::vector<Item>& items, std::string& out) {
    for (const Item& item : items) {
        if (item.script == Script::none) {
            out += item.text;
            continue;
        }
        std::string forms;
        if (unicode_script(item.children, item.script, forms)) {
            out += forms;
            continue;
        }
        out += item.script == Script::sub ? '_' : '^';
        std::string inner;
        unicode(item.children, inner);  // nested scripts converted where they can be
        const bool one = item.children.size() == 1 && item.children[0].script == Script::none &&
                         utf8_length(inner, 0) == inner.size();
        out += one ? inner : "{" + inner + "}";
    }
}

void escape_html(std::string_view text, std::string& out) {
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\n': out += "<br>"; break;
            default: out += c;
        }
    }
}

// A script right after a script of the other kind on the same base (d_L^*)
// goes into one inline-block with it, so a style sheet can stack the two.
void html(const std::vector<Item>& items, std::string& out) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        if (item.script == Script::none) {
            escape_html(item.text, out);
            continue;
        }
        const auto tagged = [&out](const Item& script) {
            const char* tag = script.script == Script::sub ? "sub" : "sup";
            out += std::string("<") + tag + ">";
            html(script.children, out);
            out += std::string("</") + tag + ">";
        };
        const bool pair = i + 1 < items.size() && items[i + 1].script != Script::none &&
                          items[i + 1].script != item.script;
        if (!pair) {
            tagged(item);
            continue;
        }
        out += "<span class=\"stack\">";
        tagged(item);
        tagged(items[i + 1]);
        out += "</span>";
        ++i;
    }
}

}  // namespace

std::vector<MarkupRun> parse_markup(std::string_view markup) {
    std::vector<MarkupRun> runs;
    flatten(Parser(markup).items(false), 0, 1.0f, 0.0f, runs);
    return runs;
}

float MarkupPen::start(const MarkupRun& run) {
    if (run.stacked) {
        resume_ = std::max(resume_, x_);
        x_ = script_start_;
    } else if (run.starts_script || run.depth == 0) {
        if (resume_ >= 0.0f) x_ = std::max(x_, resume_);
        resume_ = -1.0f;
        if (run.starts_script) script_start_ = x_;
    }
    return x_;
}

std::string markup_plain(std::string_view markup) {
    std::string out;
    plain(Parser(markup).items(false), out);
    return out;
}

std::string markup_unicode(std::string_view markup) {
    std::string out;
    unicode(Parser(markup).items(false), out);
    return out;
}

std::string html_escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\n') out += c;
        else escape_html(std::string_view(&c, 1), out);
    }
    return out;
}

std::string markup_html(std::string_view markup) {
    std::string out;
    html(Parser(markup).items(false), out);
    return out;
}

std::string markup_escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (escapable(c)) out += '\\';
        out += c;
    }
    return out;
}

}  // namespace cagescope::scene
