// The label pass: the frame's label layout (frame/labels.h, decided on the
// CPU for every output) drawn as glyph quads with a halo.
#include "render/renderer_impl.h"

namespace cagescope::render {

void Renderer::Impl::draw_labels(const scene::Camera& camera, const FrameOptions& o, float scale, int full_w,
                                 int full_h) {
    if (!scene_labels || scene_labels->size() == 0) return;
    const int w = std::max(o.width, 1);
    const int h = std::max(o.height, 1);
    scene_labels->place(camera, frame::LabelFrame{full_w, full_h, scale, &o.hidden_layers}, placed_labels);
    const std::vector<frame::PlacedLabel>& placed = placed_labels;

    // Fonts rasterised at every whole-pixel size and with every glyph the layout uses.
    font_sizes.clear();
    font_codepoints.clear();
    for (const frame::PlacedLabel& label : placed)
        for (const frame::PlacedGlyph& g : label.text->glyphs) {
            const int size = detail::atlas_font_px(g.size_px);
            if (std::find(font_sizes.begin(), font_sizes.end(), size) == font_sizes.end()) font_sizes.push_back(size);
            font_codepoints.push_back(g.codepoint);
        }
    std::sort(font_codepoints.begin(), font_codepoints.end());
    font_codepoints.erase(std::unique(font_codepoints.begin(), font_codepoints.end()), font_codepoints.end());
    fonts.ensure(font_sizes, font_codepoints);

    const float halo = std::max(1.0f, std::round(1.25f * scale));
    text_vertices.clear();
    const auto quad = [this](float x0, float y0, float x1, float y1, const ImFontGlyph& g, const glm::vec4& c) {
        const float v[6][4] = {{x0, y0, g.U0, g.V0}, {x1, y0, g.U1, g.V0}, {x1, y1, g.U1, g.V1},
                               {x0, y0, g.U0, g.V0}, {x1, y1, g.U1, g.V1}, {x0, y1, g.U0, g.V1}};
        for (const auto& p : v) text_vertices.insert(text_vertices.end(), {p[0], p[1], p[2], p[3], c.r, c.g, c.b, c.a});
    };
    const float d = halo * 0.7071f;
    const std::array<glm::vec2, 9> offsets{glm::vec2(-halo, 0), glm::vec2(halo, 0), glm::vec2(0, -halo),
                                           glm::vec2(0, halo),  glm::vec2(-d, -d),  glm::vec2(d, -d),
                                           glm::vec2(-d, d),    glm::vec2(d, d),    glm::vec2(0, 0)};
    for (const frame::PlacedLabel& label : placed) {
        const float dim = label.occluded ? frame::kOccludedAlpha : 1.0f;
        const glm::vec4 text_color(glm::vec3(label.color), label.color.a * dim);
        const glm::vec4 halo_color(glm::vec3(o.background), 0.8f * dim);
        const float x0 = label.box.x0 - static_cast<float>(o.tile.x);
        const float y0 = label.box.y0 - static_cast<float>(o.tile.y);
        for (std::size_t pass = 0; pass < offsets.size(); ++pass) {
            const glm::vec4& c = pass + 1 == offsets.size() ? text_color : halo_color;
            for (const frame::PlacedGlyph& pg : label.text->glyphs) {
                const int atlas_size = detail::atlas_font_px(pg.size_px);
                ImFont* font = fonts.font(atlas_size);
                if (!font) continue;
                const float k = static_cast<float>(pg.size_px) / static_cast<float>(atlas_size);  // 1 up to the atlas's largest
                const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(pg.codepoint));
                if (!g) g = font->FindGlyph(static_cast<ImWchar>(pg.codepoint));
                if (!g || !g->Visible) continue;
                // Glyph offsets are from the top of ImGui's line, whose baseline is at its rounded ascent.
                const float x = std::round(x0 + pg.x) + offsets[pass].x;
                const float y = std::round(y0 + pg.baseline) - std::round(font->Ascent * k) + offsets[pass].y;
                quad(x + g->X0 * k, y + g->Y0 * k, x + g->X1 * k, y + g->Y1 * k, *g, c);
            }
        }
        ++stats.labels_drawn;
        if (label.occluded) ++stats.labels_occluded;
    }
    if (text_vertices.empty()) return;

    glBindBuffer(GL_ARRAY_BUFFER, text_vbo);
    const auto bytes = static_cast<GLsizeiptr>(text_vertices.size() * sizeof(float));
    if (bytes > text_vbo_capacity) {
        text_vbo_capacity = bytes * 2;
        glBufferData(GL_ARRAY_BUFFER, text_vbo_capacity, nullptr, GL_STREAM_DRAW);
    }
    glBufferSubData(GL_ARRAY_BUFFER, 0, bytes, text_vertices.data());
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_BLEND);
    glUseProgram(text_prog.id);
    glUniform2f(text_prog["u_viewport"], static_cast<float>(w), static_cast<float>(h));
    glUniform1i(text_prog["u_atlas"], 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, fonts.texture());
    glBindVertexArray(text_vao);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(text_vertices.size() / kTextFloats));
}

}  // namespace cagescope::render
