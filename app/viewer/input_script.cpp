#include "viewer/input_script.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "cli_support.h"
#include "figures/figures.h"
#include "viewer/key_bindings.h"

namespace cagescope::viewer {

namespace {

struct Word {
    std::string text;
    std::size_t column = 1;  // 1-based
};

std::vector<Word> split(const std::string& line) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i >= line.size() || line[i] == '#') break;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        words.push_back({line.substr(start, i - start), start + 1});
    }
    return words;
}

}  // namespace

std::vector<ScriptEvent> parse_input_script(const std::string& text, const std::string& file) {
    std::vector<ScriptEvent> events;
    std::istringstream in(text);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::vector<Word> w = split(line);
        if (w.empty()) continue;
        const auto fail = [&](const Word& at, const std::string& what) {
            throw app::UsageError(file + ":" + std::to_string(number) + ":" + std::to_string(at.column) + ": " + what);
        };
        const auto count = [&](std::size_t lo, std::size_t hi, const char* usage) {
            if (w.size() < lo || w.size() > hi) fail(w[0], std::string("expected: ") + usage);
        };
        const auto real = [&](const Word& word) {
            char* end = nullptr;
            const double v = std::strtod(word.text.c_str(), &end);
            if (end == word.text.c_str() || *end != '\0' || v < -1e5 || v > 1e5) fail(word, "'" + word.text + "' is not a number");
            return static_cast<float>(v);
        };
        const auto button = [&](const Word& word) {
            if (word.text == "left") return GLFW_MOUSE_BUTTON_LEFT;
            if (word.text == "right") return GLFW_MOUSE_BUTTON_RIGHT;
            if (word.text == "middle") return GLFW_MOUSE_BUTTON_MIDDLE;
            fail(word, "button '" + word.text + "': expected left, right or middle");
            return -1;
        };
        ScriptEvent e;
        e.line = number;
        const std::string& op = w[0].text;
        if (op == "key") {
            count(2, 4, "key NAME [ctrl] [shift]");
            const auto key = key_from_name(w[1].text);
            if (!key) fail(w[1], "unknown key '" + w[1].text + "' (e.g. 7, S, F12, Space, PageDown, Left)");
            e.op = ScriptOp::key;
            e.key = *key;
            for (std::size_t i = 2; i < w.size(); ++i) {
                if (w[i].text == "ctrl") e.mods |= GLFW_MOD_CONTROL;
                else if (w[i].text == "shift") e.mods |= GLFW_MOD_SHIFT;
                else fail(w[i], "modifier '" + w[i].text + "': expected ctrl or shift");
            }
        } else if (op == "move" || op == "click") {
            count(3, 3, "move|click X Y");
            e.op = op == "move" ? ScriptOp::move : ScriptOp::click;
            e.x = real(w[1]);
            e.y = real(w[2]);
        } else if (op == "press" || op == "release") {
            count(2, 2, "press|release left|right|middle");
            e.op = op == "press" ? ScriptOp::press : ScriptOp::release;
            e.button = button(w[1]);
        } else if (op == "scroll") {
            count(2, 2, "scroll NOTCHES");
            e.op = ScriptOp::scroll;
            e.x = real(w[1]);
        } else if (op == "wait") {
            count(2, 2, "wait FRAMES");
            const float f = real(w[1]);
            if (f < 0 || f > 100000 || f != static_cast<float>(static_cast<int>(f))) fail(w[1], "frames must be a whole number 0..100000");
            e.op = ScriptOp::wait;
            e.frames = static_cast<int>(f);
        } else if (op == "print") {
            count(1, 1, "print");
            e.op = ScriptOp::print;
        } else if (op == "resize") {
            count(3, 3, "resize W H");
            e.op = ScriptOp::resize;
            e.x = real(w[1]);
            e.y = real(w[2]);
            for (const Word* side : {&w[1], &w[2]}) {
                const float v = real(*side);
                if (v < 1 || v > 16384 || v != static_cast<float>(static_cast<int>(v)))
                    fail(*side, "a window side must be a whole number 1..16384");
            }
        } else if (op == "burst") {
            count(2, 2, "burst N");
            const float n = real(w[1]);
            if (n < 1 || n > 100 || n != static_cast<float>(static_cast<int>(n))) fail(w[1], "events a frame must be a whole number 1..100");
            e.op = ScriptOp::burst;
            e.frames = static_cast<int>(n);
        } else if (op == "figure") {
            count(2, 2, "figure ID");
            if (!figures::find_figure(w[1].text))
                fail(w[1], "no figure '" + w[1].text + "'; available: " + figures::figure_ids());
            e.op = ScriptOp::figure;
            e.figure = w[1].text;
        } else {
            fail(w[0], "unknown command '" + op + "' (key, move, press, release, click, scroll, wait, print, resize, figure, burst)");
        }
        events.push_back(e);
    }
    return events;
}

std::vector<ScriptEvent> load_input_script(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw app::UsageError("--script " + path + ": cannot be read (no such file?)");
    std::ostringstream buf;
    buf << in.rdbuf();
    return parse_input_script(buf.str(), path);
}

}  // namespace cagescope::viewer
