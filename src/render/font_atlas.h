// DejaVu Sans (embedded) rasterised by Dear ImGui's font atlas at the exact
// pixel sizes in use, uploaded as a single-channel GL texture. Uses only
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

    // Makes sure every size (whole pixels) is rasterised; rebuilds the atlas
    // and its texture only when one is missing.
    void ensure(const std::vector<int>& sizes_px);
    // The font rasterised at this size (after ensure), nullptr if absent.
    ImFont* font(int size_px) const;
    GLuint texture() const { return texture_; }
    int width() const { return width_; }
    int height() const { return height_; }

private:
    std::unique_ptr<ImFontAtlas> atlas_;
    std::vector<int> sizes_;
    std::vector<ImFont*> fonts_;
    GlTexture texture_;
    int width_ = 0;
    int height_ = 0;
};

// Clamps a requested font size to what the atlas rasterises.
int font_size_px(float size);

}  // namespace cagescope::render::detail
