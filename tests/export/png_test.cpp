// encode_png's zlib stream, read back with zlib itself (which checks the
// Adler-32): the two-thread deflate of large images must join into one
// valid stream holding every row.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <cstdint>
#include <vector>

#include "export/png.h"

namespace {

std::uint32_t be32(const std::vector<std::uint8_t>& b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}

// The PNG's IDAT data, joined.
std::vector<std::uint8_t> idat(const std::vector<std::uint8_t>& png) {
    std::vector<std::uint8_t> out;
    for (std::size_t at = 8; at + 12 <= png.size();) {
        const std::uint32_t length = be32(png, at);
        const bool is_idat = png[at + 4] == 'I' && png[at + 5] == 'D' && png[at + 6] == 'A' && png[at + 7] == 'T';
        if (is_idat) out.insert(out.end(), png.begin() + static_cast<std::ptrdiff_t>(at + 8),
                                png.begin() + static_cast<std::ptrdiff_t>(at + 8 + length));
        at += 12 + length;
    }
    return out;
}

// A figure-like image: flat background, bands and noise, so both halves
// compress differently.
std::vector<std::uint8_t> picture(int w, int h) {
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(w) * h * 4, 255);
    std::uint32_t seed = 12345;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* p = rgba.data() + (static_cast<std::size_t>(y) * w + x) * 4;
            seed = seed * 1664525u + 1013904223u;
            if ((x / 37 + y / 23) % 5 == 0) p[0] = static_cast<std::uint8_t>(seed >> 24);
            if (y > h / 2 && x % 7 == 0) p[1] = static_cast<std::uint8_t>(x + y);
        }
    return rgba;
}

}  // namespace

TEST_CASE("encode_png writes one zlib stream that inflates, checksum and all, to every row, small and large") {
    for (const auto& [w, h] : {std::pair{64, 48}, std::pair{1024, 600}, std::pair{1920, 1080}}) {
        INFO(w << "x" << h << ": " << (static_cast<std::size_t>(w) * h * 4 >= (1u << 20) ? "two pieces" : "one piece"));
        const std::vector<std::uint8_t> rgba = picture(w, h);
        const std::vector<std::uint8_t> png = cagescope::output::encode_png(w, h, rgba);
        const std::vector<std::uint8_t> z = idat(png);
        REQUIRE(z.size() > 6);
        CHECK(z[0] == 0x78);
        const std::size_t row = 1 + static_cast<std::size_t>(w) * 4;  // filter byte, then the pixels
        std::vector<std::uint8_t> raw(row * static_cast<std::size_t>(h) + 1);
        uLongf raw_size = static_cast<uLongf>(raw.size());
        // uncompress fails with Z_DATA_ERROR on a bad block or a wrong Adler-32.
        REQUIRE(uncompress(raw.data(), &raw_size, z.data(), static_cast<uLong>(z.size())) == Z_OK);
        REQUIRE(raw_size == row * static_cast<std::size_t>(h));
        bool same = true;
        for (int y = 0; y < h && same; ++y) {
            same = raw[row * static_cast<std::size_t>(y)] == 0;  // filter "none"
            for (std::size_t i = 0; i + 1 < row && same; ++i)
                same = raw[row * static_cast<std::size_t>(y) + 1 + i] == rgba[static_cast<std::size_t>(y) * (row - 1) + i];
        }
        CHECK(same);
    }
}
