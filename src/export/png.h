// PNG encoding of rendered images.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cagescope::output {

// Encodes 8-bit RGBA (straight alpha, rows top to bottom) as PNG. Uses zlib's
// fastest level: exports are dominated by encoding time, and level 1 costs
// only a few percent in size for these flat-coloured figures.
std::vector<std::uint8_t> encode_png(int width, int height, const std::vector<std::uint8_t>& rgba);

// What a figure's PNG carries besides its pixels.
struct PngMetadata {
    double dots_per_inch = 0.0;  // > 0: a pHYs chunk, so print software knows the size
    std::string sidecar;         // non-empty: the sidecar JSON in an iTXt chunk keyed kSidecarKeyword
};
inline constexpr const char* kSidecarKeyword = "cagescope";

// Adds the metadata chunks after the PNG's IHDR.
std::vector<std::uint8_t> add_png_metadata(const std::vector<std::uint8_t>& png, const PngMetadata& metadata);

// The sidecar JSON carried in a PNG's iTXt chunk, or nothing if the file is
// not a PNG or has none. Throws std::runtime_error on a damaged chunk.
std::optional<std::string> read_png_sidecar(std::span<const std::uint8_t> png);

}  // namespace cagescope::output
