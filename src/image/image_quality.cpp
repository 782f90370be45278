#include "image/image_quality.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace cagescope::image {

Quality compare_rgba(int width, int height, const std::vector<std::uint8_t>& test,
                     const std::vector<std::uint8_t>& reference) {
    if (width < 1 || height < 1) throw std::invalid_argument("compare_rgba: size must be positive");
    const std::size_t n = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    if (test.size() != n * 4 || reference.size() != n * 4)
        throw std::invalid_argument("compare_rgba: a buffer is not width * height * 4 bytes");

    std::vector<float> luma(n);
    for (std::size_t i = 0; i < n; ++i)
        luma[i] = 0.2126f * static_cast<float>(reference[i * 4]) + 0.7152f * static_cast<float>(reference[i * 4 + 1]) +
                  0.0722f * static_cast<float>(reference[i * 4 + 2]);

    double squared = 0.0;
    std::array<long, 256> edge_histogram{};
    Quality q;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x);
            int error = 0;
            for (std::size_t c = 0; c < 3; ++c) {
                const int d = std::abs(static_cast<int>(test[i * 4 + c]) - static_cast<int>(reference[i * 4 + c]));
                squared += static_cast<double>(d) * d;
                error = std::max(error, d);
            }
            float lo = luma[i], hi = luma[i];
            for (int yy = std::max(0, y - 1); yy <= std::min(height - 1, y + 1); ++yy)
                for (int xx = std::max(0, x - 1); xx <= std::min(width - 1, x + 1); ++xx) {
                    const float v = luma[static_cast<std::size_t>(yy) * static_cast<std::size_t>(width) + static_cast<std::size_t>(xx)];
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            if (hi - lo >= static_cast<float>(kEdgeLumaRange)) {
                ++edge_histogram[static_cast<std::size_t>(error)];
                ++q.edge_pixels;
                q.edge_error_max = std::max(q.edge_error_max, error);
            }
        }
    }
    const double mse = squared / (static_cast<double>(n) * 3.0);
    q.psnr_db = mse > 0.0 ? 10.0 * std::log10(255.0 * 255.0 / mse) : std::numeric_limits<double>::infinity();
    // Nearest rank: the smallest error e with at least 99% of edge pixels at or below it.
    const long rank = (99 * q.edge_pixels + 99) / 100;  // ceil(0.99 n) in integers
    long seen = 0;
    for (int e = 0; e < 256 && q.edge_pixels > 0; ++e) {
        seen += edge_histogram[static_cast<std::size_t>(e)];
        if (seen >= rank) {
            q.edge_error_p99 = e;
            break;
        }
    }
    return q;
}

}  // namespace cagescope::image
