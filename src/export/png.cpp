#include "export/png.h"

#include <zlib.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <vector>

namespace {

// One piece of the image data as raw deflate (no zlib header), level 1,
// and its Adler-32: the last piece ends the stream, the others end on a
// byte boundary (Z_SYNC_FLUSH) so that the pieces can be joined.
struct Piece {
    std::vector<unsigned char> bytes;
    uLong adler = 0;
    bool ok = false;
};
Piece deflate_piece(const unsigned char* data, std::size_t size, bool last) noexcept try {
    Piece piece;
    piece.adler = adler32(adler32(0L, nullptr, 0), data, static_cast<uInt>(size));
    std::vector<unsigned char>& out = piece.bytes;
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return piece;
    out.resize(deflateBound(&z, static_cast<uLong>(size)) + 16);
    z.next_in = const_cast<unsigned char*>(data);
    z.avail_in = static_cast<uInt>(size);
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, last ? Z_FINISH : Z_SYNC_FLUSH);
    piece.ok = last ? rc == Z_STREAM_END : rc == Z_OK && z.avail_in == 0 && z.avail_out > 0;
    out.resize(out.size() - z.avail_out);
    deflateEnd(&z);
    return piece;
} catch (const std::bad_alloc&) {
    return {};  // not ok: encode_png reports it
}

// stb_image_write calls this for its zlib stream instead of its own slower
// deflate; it must return memory from STBIW_MALLOC (malloc). Large images
// are deflated in two halves on two threads, joined as pigz does (the
// second half starts without the first's dictionary: about 1% larger), which
// about halves a 1080p export's encoding time.
unsigned char* zlib_compress(unsigned char* data, int data_len, int* out_len, int /*quality*/) {
    const auto size = static_cast<std::size_t>(data_len);
    std::size_t half = size >= (std::size_t{1} << 20) ? size / 2 : size;
    Piece second;
    second.ok = true;
    std::thread helper;
    if (half < size) {
        try {
            helper = std::thread([&] { second = deflate_piece(data + half, size - half, true); });
        } catch (const std::system_error&) {
            half = size;  // no thread to be had: one piece
        }
    }
    const Piece first = deflate_piece(data, half, half == size);  // noexcept: the join below is reached
    if (helper.joinable()) helper.join();
    if (!first.ok || !second.ok) return nullptr;
    // zlib header (deflate, 32K window, level 1), the pieces, Adler-32 of all.
    const uLong adler = half == size ? first.adler
                                     : adler32_combine(first.adler, second.adler, static_cast<z_off_t>(size - half));
    const std::size_t total = 2 + first.bytes.size() + second.bytes.size() + 4;
    auto* out = static_cast<unsigned char*>(std::malloc(total));
    if (!out) return nullptr;
    out[0] = 0x78;
    out[1] = 0x01;
    std::memcpy(out + 2, first.bytes.data(), first.bytes.size());
    if (!second.bytes.empty()) std::memcpy(out + 2 + first.bytes.size(), second.bytes.data(), second.bytes.size());
    for (int i = 0; i < 4; ++i) out[total - 4 + i] = static_cast<unsigned char>(adler >> (24 - 8 * i));
    *out_len = static_cast<int>(total);
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

namespace {

constexpr std::uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

void put_u32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(v >> shift));
}
std::uint32_t get_u32(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}

// A chunk: length, type, data, CRC of type and data.
void put_chunk(std::vector<std::uint8_t>& out, const char* type, const std::vector<std::uint8_t>& data) {
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t crc_from = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    const uLong crc = crc32(0L, out.data() + crc_from, static_cast<uInt>(out.size() - crc_from));
    put_u32(out, static_cast<std::uint32_t>(crc));
}

}  // namespace

std::vector<std::uint8_t> add_png_metadata(const std::vector<std::uint8_t>& png, const PngMetadata& metadata) {
    constexpr std::size_t kAfterHeader = 8 + 4 + 4 + 13 + 4;  // signature, then IHDR's length, type, data, CRC
    if (png.size() < kAfterHeader || std::memcmp(png.data(), kSignature, 8) != 0)
        throw std::invalid_argument("add_png_metadata: not a PNG from encode_png");
    std::vector<std::uint8_t> out(png.begin(), png.begin() + kAfterHeader);
    if (metadata.dots_per_inch > 0.0) {
        std::vector<std::uint8_t> phys;
        const auto per_metre = static_cast<std::uint32_t>(std::lround(metadata.dots_per_inch / 0.0254));
        put_u32(phys, per_metre);
        put_u32(phys, per_metre);
        phys.push_back(1);  // unit: the metre
        put_chunk(out, "pHYs", phys);
    }
    if (!metadata.sidecar.empty()) {
        // Keyword, NUL, not compressed, method 0, no language tag, no translated keyword, UTF-8 text.
        std::vector<std::uint8_t> text(kSidecarKeyword, kSidecarKeyword + std::strlen(kSidecarKeyword));
        text.insert(text.end(), {0, 0, 0, 0, 0});
        text.insert(text.end(), metadata.sidecar.begin(), metadata.sidecar.end());
        put_chunk(out, "iTXt", text);
    }
    out.insert(out.end(), png.begin() + kAfterHeader, png.end());
    return out;
}

std::optional<std::string> read_png_sidecar(std::span<const std::uint8_t> png) {
    if (png.size() < 8 || std::memcmp(png.data(), kSignature, 8) != 0) return std::nullopt;
    for (std::size_t at = 8; at + 12 <= png.size();) {
        const std::uint32_t length = get_u32(png, at);
        if (length > png.size() - at - 12) throw std::runtime_error("a PNG chunk runs past the end of the file");
        const std::string type(reinterpret_cast<const char*>(png.data() + at + 4), 4);
        const std::span<const std::uint8_t> data = png.subspan(at + 8, length);
        if (type == "iTXt") {
            const std::size_t key_length = std::strlen(kSidecarKeyword);
            if (data.size() > key_length + 5 && std::memcmp(data.data(), kSidecarKeyword, key_length) == 0 &&
                data[key_length] == 0) {
                if (data[key_length + 1] != 0)
                    throw std::runtime_error("the PNG's cagescope iTXt chunk is compressed: not written by cagescope");
                // Skip the method byte, then the language tag and translated keyword (NUL-terminated).
                std::size_t i = key_length + 3;
                for (int field = 0; field < 2; ++field) {
                    while (i < data.size() && data[i] != 0) ++i;
                    ++i;
                }
                if (i > data.size()) throw std::runtime_error("the PNG's cagescope iTXt chunk is cut short");
                return std::string(reinterpret_cast<const char*>(data.data() + i), data.size() - i);
            }
        }
        if (type == "IEND") break;
        at += 12 + length;
    }
    return std::nullopt;
}

}  // namespace cagescope::output
