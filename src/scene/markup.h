// The label markup: how figures write the paper's notation once, for every
// output to typeset. `_` starts a subscript and `^` a superscript; either
// takes the next character (with its combining marks) or a `{...}` group,
// and groups nest: `a_0`, `Ω_{xy}`, `d_L^*`, `q_{1,L}`, `T_g^°`,
// `N^{−T_g/T_m}`. `\_`, `\^`, `\{`, `\}` and `\\` are the characters
// themselves. A `_` or `^` with nothing after it (or before a group's `}`,
// or below 8 levels of scripts) stays as text, and the notation test
// reports it. Text is upright everywhere: the program does
// not set variables in italic.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cagescope::scene {

// A piece of text at one size and baseline.
struct MarkupRun {
    std::string text;     // UTF-8, markup removed
    int depth = 0;        // 0 body text, 1 a script, 2 a script of a script
    float scale = 1.0f;   // font size relative to the body text
    float rise = 0.0f;    // baseline shift in body-size units, + up
    // True for a script that directly follows a script of the other kind
    // on the same base (the * of d_L^*): it is set above/below it, at the
    // same x, not after it.
    bool stacked = false;
    bool starts_script = false;  // the first run of a script
};

// Script size and baseline shifts, relative to the parent's size.
constexpr float kScriptScale = 0.7f;
constexpr float kSuperscriptRise = 0.36f;
constexpr float kSubscriptDrop = 0.16f;
constexpr float kRaisedMarkScale = 0.9f;  // ^* ^° ^′
constexpr float kRaisedMarkRise = 0.08f;

// The runs of a markup string, in order; a '\n' is its own run.
std::vector<MarkupRun> parse_markup(std::string_view markup);

// Where each run starts along a line, for every typesetter: a script after
// its base, a stacked script back where the script before it began, and
// what follows a stacked pair past the wider of the two.
class MarkupPen {
public:
    // The x at which `run` begins; then advance() by its width.
    float start(const MarkupRun& run);
    void advance(float width) { x_ += width; }
    // The line so far, a stacked pair's wider member included.
    float width() const { return x_ > resume_ ? x_ : resume_; }
    void new_line() { x_ = script_start_ = 0.0f, resume_ = -1.0f; }

private:
    float x_ = 0.0f;
    float script_start_ = 0.0f;  // x where the current script began
    float resume_ = -1.0f;       // after a stacked pair: the wider one's end
};

// The text without markup, scripts inline: "d_L^*" → "dL*". What a reader
// finds when searching a PDF or SVG.
std::string markup_plain(std::string_view markup);

// For terminals: scripts as Unicode sub/superscript characters where every
// character of the script has one ("a_0" → "a₀"), else the markup as written
// ("Ω_z" stays "Ω_z").
std::string markup_unicode(std::string_view markup);

// For web pages: HTML with <sub> and <sup> (nested as the markup nests), the
// text escaped, '\n' as <br>; a stacked pair (d_L^*) is one
// <span class="stack"> holding both scripts.
std::string markup_html(std::string_view markup);

// Text as HTML text and attribute values: & < > " escaped ('\n' stays).
std::string html_escape(std::string_view text);

// Escapes text so it reads as itself in markup (`_` → `\_`).
std::string markup_escape(std::string_view text);

}  // namespace cagescope::scene
