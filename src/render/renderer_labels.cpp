// The label pass: occlusion queries, placement without overlaps, glyph quads.
#include "render/renderer_impl.h"

namespace cagescope::render {

void Renderer::Impl::draw_labels(const glm::mat4& view, const glm::mat4& proj, const glm::mat4& full_proj,
                                 const FrameOptions& o, bool ortho, float scale, int full_w, int full_h) {
    if (labels.empty()) return;
    const int w = std::max(o.width, 1);
    const int h = std::max(o.height, 1);

    // Occlusion: one point per anchor, depth-tested against this frame.
    if (o.label_occlusion == LabelOcclusion::measure) {
        glUseProgram(anchor_prog.id);
        glUniformMatrix4fv(anchor_prog["u_view"], 1, GL_FALSE, glm::value_ptr(view));
        glUniformMatrix4fv(anchor_prog["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
        glUniform1i(anchor_prog["u_ortho"], ortho ? 1 : 0);
        glUniform1f(anchor_prog["u_depth_bias"], 2.0f * kLineDepthBias);
        glBindVertexArray(anchor_vao);
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
        glDepthMask(GL_FALSE);
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LEQUAL);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (!layer_visible[static_cast<std::size_t>(labels[i].layer)]) continue;
            glBeginQuery(GL_ANY_SAMPLES_PASSED, queries[i]);
            glDrawArrays(GL_POINTS, static_cast<GLint>(i), 1);
            glEndQuery(GL_ANY_SAMPLES_PASSED);
        }
        for (std::size_t i = 0; i < labels.size(); ++i) {
            LabelData& label = labels[i];
            if (!layer_visible[static_cast<std::size_t>(label.layer)]) continue;
            GLuint passed = 0;
            glGetQueryObjectuiv(queries[i], GL_QUERY_RESULT, &passed);
            // An anchor outside this viewport cannot be tested: shown as visible.
            const glm::vec4 clip = proj * view * glm::vec4(label.anchor, 1.0f);
            const bool inside = clip.w > 0.0f && std::abs(clip.x) <= clip.w && std::abs(clip.y) <= clip.w &&
                                std::abs(clip.z) <= clip.w;
            label.occluded = inside && passed == 0;
        }
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glDepthFunc(GL_LESS);
    }

    // Fonts rasterised at the final pixel size of every visible label.
    font_sizes.clear();
    for (const LabelData& label : labels) {
        if (!layer_visible[static_cast<std::size_t>(label.layer)]) continue;
        const int size = detail::font_size_px(label.size_px * scale);
        if (std::find(font_sizes.begin(), font_sizes.end(), size) == font_sizes.end()) font_sizes.push_back(size);
    }
    fonts.ensure(font_sizes);

    // Layout in full-frame pixels (origin top left): the requested placement
    // if it is free, else the first free alternative; always shifted inside
    // the frame.
    const glm::mat4 full_vp = full_proj * view;
    const float fwf = static_cast<float>(full_w);
    const float fhf = static_cast<float>(full_h);
    const float margin = 2.0f * scale;
    const float base_gap = 5.0f * scale;
    const float halo = std::max(1.0f, std::round(1.25f * scale));
    text_vertices.clear();
    placed.clear();
    const auto quad = [this](float x0, float y0, float x1, float y1, const ImFontGlyph& g, const glm::vec4& c) {
        const float v[6][4] = {{x0, y0, g.U0, g.V0}, {x1, y0, g.U1, g.V0}, {x1, y1, g.U1, g.V1},
                               {x0, y0, g.U0, g.V0}, {x1, y1, g.U1, g.V1}, {x0, y1, g.U0, g.V1}};
        for (const auto& p : v) text_vertices.insert(text_vertices.end(), {p[0], p[1], p[2], p[3], c.r, c.g, c.b, c.a});
    };
    for (const LabelData& label : labels) {
        if (!layer_visible[static_cast<std::size_t>(label.layer)] || label.text.empty()) continue;
        const glm::vec4 clip = full_vp * glm::vec4(label.anchor, 1.0f);
        if (clip.w <= 1e-6f) continue;  // behind the eye
        const float ax = (clip.x / clip.w * 0.5f + 0.5f) * fwf + label.offset_px.x * scale;
        const float ay = (0.5f - clip.y / clip.w * 0.5f) * fhf + label.offset_px.y * scale;
        const int size = detail::font_size_px(label.size_px * scale);
        ImFont* font = fonts.font(size);
        if (!font) continue;
        const float fsize = static_cast<float>(size);
        const char* begin = label.text.c_str();
        const char* end = begin + label.text.size();
        const ImVec2 ts = font->CalcTextSizeA(fsize, 1e30f, 0.0f, begin, end);
        // Clear of the sphere the label names (its radius on screen), then the gap.
        const float clear = label.clearance * full_proj[1][1] * fhf * 0.5f / clip.w;
        const float gap = base_gap + clear;
        // The box for a placement, shifted inside the frame; `shifted` tells
        // whether it had to move (it may then cover its own anchor).
        const auto box_for = [&](scene::LabelPlacement p, bool& shifted) {
            float x = ax, y = ay;
            switch (p) {
                case scene::LabelPlacement::center: x = ax - ts.x * 0.5f; y = ay - ts.y * 0.5f; break;
                case scene::LabelPlacement::right: x = ax + gap; y = ay - ts.y * 0.5f; break;
                case scene::LabelPlacement::left: x = ax - gap - ts.x; y = ay - ts.y * 0.5f; break;
                case scene::LabelPlacement::above: x = ax - ts.x * 0.5f; y = ay - gap - ts.y * 0.9f; break;
                case scene::LabelPlacement::below: x = ax - ts.x * 0.5f; y = ay + gap - ts.y * 0.1f; break;
            }
            const float cx = std::max(margin, std::min(x, fwf - margin - ts.x));
            const float cy = std::max(margin, std::min(y, fhf - margin - ts.y));
            shifted = std::abs(cx - x) > 0.5f || std::abs(cy - y) > 0.5f;
            return Box{cx, cy, cx + ts.x, cy + ts.y};
        };
        // Greedy: the requested placement, then the others; first one that
        // neither overlaps a placed label nor needs shifting, else the first
        // free one, else the requested one (always inside the frame).
        using P = scene::LabelPlacement;
        const std::array<P, 5> order{label.placement, P::right, P::above, P::left, P::below};
        bool shifted = false;
        Box box = box_for(label.placement, shifted);
        int best = 3;  // 0 free and in place, 1 free but shifted, 3 none yet
        for (P p : order) {
            bool moved = false;
            const Box candidate = box_for(p, moved);
            const bool free = std::none_of(placed.begin(), placed.end(),
                                           [&](const Box& b) { return b.overlaps(candidate, 2.0f * scale); });
            const int rank = !free ? 2 : moved ? 1 : 0;
            if (rank < best) {
                best = rank;
                box = candidate;
                if (rank == 0) break;
            }
        }
        placed.push_back(box);

        const float dim = label.occluded ? 0.35f : 1.0f;
        const glm::vec4 text_color(glm::vec3(label.color), label.color.a * dim);
        const glm::vec4 halo_color(glm::vec3(o.background), 0.8f * dim);
        const float x0 = std::round(box.x0) - static_cast<float>(o.tile.x);
        const float y0 = std::round(box.y0) - static_cast<float>(o.tile.y);
        const float d = halo * 0.7071f;
        const std::array<glm::vec2, 9> offsets{glm::vec2(-halo, 0), glm::vec2(halo, 0), glm::vec2(0, -halo),
                                               glm::vec2(0, halo),  glm::vec2(-d, -d),  glm::vec2(d, -d),
                                               glm::vec2(-d, d),    glm::vec2(d, d),    glm::vec2(0, 0)};
        for (std::size_t pass = 0; pass < offsets.size(); ++pass) {
            const glm::vec4& c = pass + 1 == offsets.size() ? text_color : halo_color;
            float x = x0 + offsets[pass].x;
            float y = y0 + offsets[pass].y;
            for (const char* s = begin; s < end;) {
                unsigned int cp = 0;
                const int n = ImTextCharFromUtf8(&cp, s, end);
                if (n <= 0) break;
                s += n;
                if (cp == '\n') {
                    x = x0 + offsets[pass].x;
                    y += font->FontSize;
                    continue;
                }
                const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(cp));
                // DejaVu Sans has no U+27C2 (perpendicular); U+22A5 (up tack) looks the same.
                if (!g && cp == 0x27C2) g = font->FindGlyphNoFallback(static_cast<ImWchar>(0x22A5));
                if (!g) g = font->FindGlyph(static_cast<ImWchar>(cp));
                if (!g) continue;
                if (g->Visible) quad(x + g->X0, y + g->Y0, x + g->X1, y + g->Y1, *g, c);
                x += g->AdvanceX;
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
