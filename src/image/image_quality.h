// How far an image is from a reference of the same frame: PSNR over the
// whole image and the error along the reference's edges. GL-free, so it can
// be tested on the CPU; `cagescope bench` compares each figure's export with
// the same drawing supersampled (docs/performance.md, "Quality").
#pragma once

#include <cstdint>
#include <vector>

namespace cagescope::image {

// A pixel is on an edge when the reference's luma (Rec. 709 weights on the
// 8-bit sRGB values) spans at least this much over its 3x3 neighbourhood.
inline constexpr int kEdgeLumaRange = 64;

struct Quality {
    double psnr_db = 0.0;     // 10 log10(255^2 / MSE), MSE over R, G, B of every pixel; +inf when identical
    int edge_error_p99 = 0;   // 99th percentile (nearest rank) of the edge pixels' error, 0..255
    int edge_error_max = 0;   // the largest edge pixel error, 0..255
    long edge_pixels = 0;     // how many pixels are edge pixels
};

// Compares two RGBA8 images of width x height (rows in the same order; alpha
// is ignored: both are taken as composited). A pixel's error is the largest
// absolute difference of its R, G and B. Throws std::invalid_argument when
// a size is not positive or a buffer is not width * height * 4 bytes.
Quality compare_rgba(int width, int height, const std::vector<std::uint8_t>& test,
                     const std::vector<std::uint8_t>& reference);

}  // namespace cagescope::image
