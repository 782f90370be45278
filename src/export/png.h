// PNG encoding of rendered images.
#pragma once

#include <cstdint>
#include <vector>

namespace cagescope::output {

// Encodes 8-bit RGBA (straight alpha, rows top to bottom) as PNG. Uses zlib's
// fastest level: exports are dominated by encoding time, and level 1 costs
// only a few percent in size for these flat-coloured figures.
std::vector<std::uint8_t> encode_png(int width, int height, const std::vector<std::uint8_t>& rgba);

}  // namespace cagescope::output
