#include "render/font_atlas.h"

#include <imgui.h>

#include <embedded_files.h>

#include <algorithm>
#include <cmath>

#include "render/gl_context.h"

namespace cagescope::render::detail {

namespace {
// Basic Latin + Latin-1, combining marks (the hat of p̂), Greek, general
// punctuation, super/subscripts, arrows, mathematical operators, misc.
// mathematical symbols A (⟂).
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x0300, 0x036F, 0x0370, 0x03FF, 0x2000, 0x206F, 0x2070, 0x209F,
    0x2190, 0x21FF, 0x2200, 0x22FF, 0x27C0, 0x27EF, 0,
};
}  // namespace

int font_size_px(float size) { return std::clamp(static_cast<int>(std::lround(size)), 6, 320); }

FontAtlas::FontAtlas() : atlas_(std::make_unique<ImFontAtlas>()) {}

FontAtlas::~FontAtlas() = default;

ImFont* FontAtlas::font(int size_px) const {
    for (std::size_t i = 0; i < sizes_.size(); ++i)
        if (sizes_[i] == size_px) return fonts_[i];
    return nullptr;
}

void FontAtlas::ensure(const std::vector<int>& sizes_px) {
    bool missing = texture_ == 0;
    for (int s : sizes_px)
        if (!font(s)) missing = true;
    if (!missing) return;

    // Keep the sizes already in use as well, so alternating needs (tiles,
    // UI scale changes) do not rebuild every frame; drop them past a bound.
    std::vector<int> wanted = sizes_px;
    if (sizes_.size() + sizes_px.size() <= 8) wanted.insert(wanted.end(), sizes_.begin(), sizes_.end());
    if (wanted.empty()) wanted.push_back(font_size_px(18.0f));
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());

    const auto bytes = cagescope::embedded_file("fonts/DejaVuSans.ttf");
    if (!bytes) throw RenderError("font fonts/DejaVuSans.ttf is not embedded in the binary");

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
                                                 kGlyphRanges);
        if (!f) throw RenderError("cannot load the embedded DejaVu Sans font");
        sizes_.push_back(s);
        fonts_.push_back(f);
    }
    if (!atlas_->Build()) throw RenderError("cannot build the font atlas (sizes too large?)");
    unsigned char* pixels = nullptr;
    atlas_->GetTexDataAsAlpha8(&pixels, &width_, &height_);

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
