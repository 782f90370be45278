// PSNR and edge error of image pairs whose numbers are known by hand.
#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>

#include "image/image_quality.h"

using cagescope::image::compare_rgba;

namespace {
// An opaque RGBA image of one grey.
std::vector<std::uint8_t> grey(int w, int h, std::uint8_t v) {
    std::vector<std::uint8_t> p(static_cast<std::size_t>(w * h) * 4, v);
    for (std::size_t i = 3; i < p.size(); i += 4) p[i] = 255;
    return p;
}
void set(std::vector<std::uint8_t>& p, int w, int x, int y, int c, std::uint8_t v) {
    p[static_cast<std::size_t>(y * w + x) * 4 + static_cast<std::size_t>(c)] = v;
}
}  // namespace

TEST_CASE("identical images have infinite PSNR and no edge error") {
    const auto a = grey(5, 4, 200);
    const auto q = compare_rgba(5, 4, a, a);
    CHECK(std::isinf(q.psnr_db));
    CHECK(q.edge_pixels == 0);
    CHECK(q.edge_error_max == 0);
}

TEST_CASE("PSNR of known differences") {
    // Every value off by 1: MSE 1, PSNR 20 log10(255) = 48.1308 dB.
    CHECK(compare_rgba(4, 4, grey(4, 4, 101), grey(4, 4, 100)).psnr_db == Approx(48.1308).epsilon(1e-5));
    // One channel of one pixel off by 255 in 4x4x3 values: MSE 255^2 / 48, PSNR 10 log10(48) = 16.8124 dB.
    auto b = grey(4, 4, 0);
    set(b, 4, 2, 1, 1, 255);
    CHECK(compare_rgba(4, 4, b, grey(4, 4, 0)).psnr_db == Approx(16.8124).epsilon(1e-5));
    // Alpha is not compared.
    auto c = grey(4, 4, 0);
    set(c, 4, 0, 0, 3, 0);
    CHECK(std::isinf(compare_rgba(4, 4, c, grey(4, 4, 0)).psnr_db));
}

TEST_CASE("edge error counts only pixels near the reference's strong luma steps") {
    // Reference: black columns 0-3, white 4-7, in an 8x6 image. Its edge
    // pixels are columns 3 and 4 (a 3x3 neighbourhood spans the step): 12.
    const int w = 8, h = 6;
    auto ref = grey(w, h, 0);
    for (int y = 0; y < h; ++y)
        for (int x = 4; x < w; ++x)
            for (int c = 0; c < 3; ++c) set(ref, w, x, y, c, 255);
    auto test = ref;
    // Off the edge: a large error that must not count.
    set(test, w, 0, 0, 0, 250);
    // On the edge: errors 10 (one pixel) and 40 (another, in blue only).
    set(test, w, 3, 2, 1, 10);
    set(test, w, 4, 5, 2, 215);
    const auto q = compare_rgba(w, h, test, ref);
    CHECK(q.edge_pixels == 12);
    CHECK(q.edge_error_max == 40);
    // Nearest rank 99% of 12 pixels is the 12th, the largest.
    CHECK(q.edge_error_p99 == 40);
    // A step too weak to be an edge (luma range 63 < 64): no edge pixels.
    auto soft = grey(w, h, 100);
    for (int y = 0; y < h; ++y)
        for (int x = 4; x < w; ++x)
            for (int c = 0; c < 3; ++c) set(soft, w, x, y, c, 163);
    CHECK(compare_rgba(w, h, test, soft).edge_pixels == 0);
}

TEST_CASE("the 99th percentile leaves out the worst one percent of edge pixels") {
    // A 200x1 reference alternating black and white: every pixel is an edge
    // pixel. Two pixels (1%) off by 100, three by 30, the rest exact: the
    // 198th of 200 (nearest rank of 99%) is 30.
    const int w = 200, h = 1;
    auto ref = grey(w, h, 0);
    for (int x = 0; x < w; x += 2)
        for (int c = 0; c < 3; ++c) set(ref, w, x, 0, c, 255);
    auto test = ref;
    set(test, w, 1, 0, 0, 100);
    set(test, w, 3, 0, 0, 100);
    set(test, w, 5, 0, 0, 30);
    set(test, w, 7, 0, 0, 30);
    set(test, w, 9, 0, 0, 30);
    const auto q = compare_rgba(w, h, test, ref);
    CHECK(q.edge_pixels == 200);
    CHECK(q.edge_error_max == 100);
    CHECK(q.edge_error_p99 == 30);
}

TEST_CASE("images of the wrong size are refused") {
    CHECK_THROWS_AS(compare_rgba(4, 4, grey(4, 3, 0), grey(4, 4, 0)), std::invalid_argument);
    CHECK_THROWS_AS(compare_rgba(0, 4, {}, {}), std::invalid_argument);
}
