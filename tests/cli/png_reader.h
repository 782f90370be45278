// Decodes PNG files that tests wrote, to look at their pixels.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace cagescope::test {

struct Png {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
    std::array<int, 4> at(int x, int y) const;  // RGBA 0..255
};

// Throws std::runtime_error if the file is missing or not a PNG.
Png read_png(const std::string& path);
std::string read_bytes(const std::string& path);

}  // namespace cagescope::test
