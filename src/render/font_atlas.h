// DejaVu Sans (embedded) rasterised by Dear ImGui's font atlas at the exact
// pixel sizes and glyphs in use, uploaded as a single-channel GL texture. Uses only
// ImFontAtlas/ImFont, no ImGui context, so it never touches the viewer's UI.
#pragma once

#include <epoxy/gl.h>

#include "render/gl_util.h"

#include <memory>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace cagescope::render::detail {

class FontAtlas {
public:
    FontAtlas();
    ~FontAtlas();
    FontAtlas(const FontAtlas&) = delete;
    FontAtlas& operator=(const FontAtlas&) = delete;

    // Makes sure every size (whole pixels) is rasterised with every code
    // point (sorted): only the glyphs in use, so that large print sizes fit
    // a texture. Rebuilds the atlas and its texture only when one is missing.
    void ensure(const std::vector<int>& sizes_px, const std::vector<char32_t>& codepoints);
    // The font rasterised at this size (after ensure), nullptr if absent.
    ImFont* font(int size_px) const;
    GLuint texture() const { return texture_; }
    int width() const { return width_; }
    int height() const { return height_; }

private:
    std::unique_ptr<ImFontAtlas> atlas_;
    std::vector<int> sizes_;
    std::vector<ImFont*> fonts_;
    std::vector<char32_t> codepoints_;  // sorted: the glyphs rasterised
    std::vector<unsigned short> ranges_;  // their ImGui glyph ranges, alive while the atlas is
    GlTexture texture_;
    int width_ = 0;
    int height_ = 0;
};

// The size the atlas rasterises a glyph of `size_px` at: the size itself up
// to kMaxAtlasFontPx; larger glyphs (labels of prints over ~2000 dpi) are
// drawn from that size, scaled.
constexpr int kMaxAtlasFontPx = 320;
inline int atlas_font_px(int size_px) { return size_px < kMaxAtlasFontPx ? size_px : kMaxAtlasFontPx; }

}  // namespace cagescope::render::detail
