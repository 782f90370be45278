#include "render/font_atlas.h"

#include <imgui.h>

#include <embedded_files.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <type_traits>

#include "render/gl_context.h"

namespace cagescope::render::detail {

static_assert(std::is_same_v<ImWchar, unsigned short>, "font_atlas.h keeps ranges as 16-bit ImWchar");

namespace {
// Code points as ImGui glyph ranges: runs of consecutive points as
// [first, last] pairs, ended by 0. ImGui's ImWchar is 16-bit here.
std::vector<ImWchar> glyph_ranges(const std::vector<char32_t>& sorted_codepoints) {
    std::vector<ImWchar> ranges;
    for (const char32_t cp : sorted_codepoints) {
        if (cp == 0 || cp > 0xFFFF) continue;
        const auto c = static_cast<ImWchar>(cp);
        if (!ranges.empty() && ranges.back() + 1 == c)
            ranges.back() = c;
        else
            ranges.insert(ranges.end(), {c, c});
    }
    ranges.push_back(0);
    return ranges;
}

template <typename T>
void sort_unique(std::vector<T>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}
}  // namespace

FontAtlas::FontAtlas() : atlas_(std::make_unique<ImFontAtlas>()) {}

FontAtlas::~FontAtlas() = default;

ImFont* FontAtlas::font(int size_px) const {
    for (std::size_t i = 0; i < sizes_.size(); ++i)
        if (sizes_[i] == size_px) return fonts_[i];
    return nullptr;
}

void FontAtlas::ensure(const std::vector<int>& sizes_px, const std::vector<char32_t>& codepoints) {
    bool missing = texture_ == 0;
    for (int s : sizes_px)
        if (!font(s)) missing = true;
    for (const char32_t cp : codepoints)
        if (!std::binary_search(codepoints_.begin(), codepoints_.end(), cp)) missing = true;
    if (!missing) return;

    // Keep the sizes and glyphs already in use as well, so alternating needs
    // (tiles, steps, UI scale changes) do not rebuild every frame; drop them
    // past a bound.
    std::vector<int> wanted = sizes_px;
    if (sizes_.size() + sizes_px.size() <= 8) wanted.insert(wanted.end(), sizes_.begin(), sizes_.end());
    if (wanted.empty()) wanted.push_back(18);
    sort_unique(wanted);
    std::vector<char32_t> glyphs = codepoints;
    if (codepoints_.size() + codepoints.size() <= 1024) glyphs.insert(glyphs.end(), codepoints_.begin(), codepoints_.end());
    glyphs.push_back('?');  // ImGui's fallback glyph
    sort_unique(glyphs);
    codepoints_ = glyphs;
    ranges_ = glyph_ranges(glyphs);

    const auto bytes = cagescope::embedded_file("fonts/DejaVuSans.ttf");
    if (!bytes) throw RenderError("font fonts/DejaVuSans.ttf is not embedded in the binary");

    // A failed build leaves no fonts, so the next ensure() tries again
    // rather than drawing with glyph tables the texture does not hold.
    const auto fail = [this](const std::string& message) {
        sizes_.clear();
        fonts_.clear();
        codepoints_.clear();
        atlas_->Clear();
        throw RenderError(message);
    };
    atlas_->Clear();
    atlas_->Flags |= ImFontAtlasFlags_NoMouseCursors;
    atlas_->TexGlyphPadding = 2;
    sizes_.clear();
    fonts_.clear();
    for (int s : wanted) {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
        config.OversampleH = 1;               // drawn at exactly this size on whole pixels
        config.OversampleV = 1;
        config.PixelSnapH = true;
        ImFont* f = atlas_->AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes->data()),
                                                 static_cast<int>(bytes->size()), static_cast<float>(s), &config,
                                                 ranges_.data());
        if (!f) fail("cannot load the embedded DejaVu Sans font");
        sizes_.push_back(s);
        fonts_.push_back(f);
    }
    if (!atlas_->Build()) fail("cannot build the font atlas (sizes too large?)");
    unsigned char* pixels = nullptr;
    atlas_->GetTexDataAsAlpha8(&pixels, &width_, &height_);
    GLint max_size = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_size);
    if (width_ > max_size || height_ > max_size)
        fail("the label font atlas needs " + std::to_string(width_) + "x" + std::to_string(height_) +
                          " texels, more than this GL allows (" + std::to_string(max_size) + "): use a lower --dpi");

    if (!texture_) texture_ = GlTexture::create();
    glBindTexture(GL_TEXTURE_2D, texture_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width_, height_, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    atlas_->ClearTexData();  // the GL texture has it now; glyph tables stay
}

}  // namespace cagescope::render::detail
