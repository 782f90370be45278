// Aligning text in columns on a terminal, where a Greek letter, °, ∠ or ₀
// takes one column though it is several UTF-8 bytes.
#pragma once

#include <string>

namespace cagescope::app {

// Columns on a terminal: UTF-8 code points, not bytes.
inline std::size_t display_width(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char ch : s)
        if ((ch & 0xC0) != 0x80) ++n;
    return n;
}

// s padded with spaces after it (pad_right) or before it (pad_left) to width columns.
inline std::string pad_right(const std::string& s, std::size_t width) {
    const std::size_t w = display_width(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}
inline std::string pad_left(const std::string& s, std::size_t width) {
    const std::size_t w = display_width(s);
    return w >= width ? s : std::string(width - w, ' ') + s;
}

}  // namespace cagescope::app
