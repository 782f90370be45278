#include "export/png.h"

#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace {
// stb_image_write calls this for its zlib stream instead of its own slower
// deflate; it must return memory from STBIW_MALLOC (malloc).
unsigned char* zlib_compress(unsigned char* data, int data_len, int* out_len, int /*quality*/) {
    uLongf bound = compressBound(static_cast<uLong>(data_len));
    auto* out = static_cast<unsigned char*>(std::malloc(bound));
    if (!out) return nullptr;
    if (compress2(out, &bound, data, static_cast<uLong>(data_len), Z_BEST_SPEED) != Z_OK) {
        std::free(out);
        return nullptr;
    }
    *out_len = static_cast<int>(bound);
    return out;
}
}  // namespace

#define STBIW_ZLIB_COMPRESS zlib_compress
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
#include <stb/stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace cagescope::output {

std::vector<std::uint8_t> encode_png(int width, int height, const std::vector<std::uint8_t>& rgba) {
    if (width <= 0 || height <= 0 || rgba.size() != static_cast<std::size_t>(width) * height * 4)
        throw std::invalid_argument("encode_png: pixel buffer does not match the image size");
    std::vector<std::uint8_t> png;
    auto append = [](void* ctx, void* data, int size) {
        auto* out = static_cast<std::vector<std::uint8_t>*>(ctx);
        const auto* bytes = static_cast<const std::uint8_t*>(data);
        out->insert(out->end(), bytes, bytes + size);
    };
    // PNG filter "none" for every row. stb's default tries all five filters
    // per row and keeps the one with the smallest sum; on figure images (flat
    // background, thin lines, text) deflate level 1 alone does better. At
    // 1920x1080 (figs. 2, 7, glass): 3.5-4.4x faster (202 -> 57 ms, 226 -> 52,
    // 65 -> 24) and 11-22 % smaller files; docs/performance.md. Lossless
    // either way: the pixels are the same.
    stbi_write_force_png_filter = 0;
    png.reserve(static_cast<std::size_t>(width) * height / 4);
    if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4))
        throw std::runtime_error("PNG encoding failed (out of memory?)");
    return png;
}

}  // namespace cagescope::output
