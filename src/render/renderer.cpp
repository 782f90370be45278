// The renderer's set-up and the frame: opaque, line and translucent passes.
#include "render/renderer_impl.h"

namespace cagescope::render {

Renderer::Renderer() : impl_(std::make_unique<Impl>()) {
    Impl& s = *impl_;
    s.sphere_prog.load("shaders/sphere.vert", "shaders/sphere.frag");
    s.speck_prog.load("shaders/speck.vert", "shaders/speck.frag");
    s.line_prog.load("shaders/line.vert", "shaders/line.frag");
    s.flat_prog.load("shaders/mesh.vert", "shaders/mesh.frag", "#define LIT 0\n");
    s.lit_prog.load("shaders/mesh.vert", "shaders/mesh.frag", "#define LIT 1\n");
    s.text_prog.load("shaders/text.vert", "shaders/text.frag");
    s.picture_prog.load("shaders/picture.vert", "shaders/picture.frag");
    s.quad_vao = GlVertexArray::create();
    s.quad_ibo = GlBuffer::create();
    glBindVertexArray(s.quad_vao);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, s.quad_ibo);  // part of the VAO's state
    glBindVertexArray(0);
    s.spheres.create();
    s.translucent_spheres.create();
    s.segments.create();
    s.picture_centers.create();

    s.mesh_vao = GlVertexArray::create();
    s.mesh_vbo = GlBuffer::create();
    glBindVertexArray(s.mesh_vao);
    glBindBuffer(GL_ARRAY_BUFFER, s.mesh_vbo);
    constexpr GLsizei mesh_stride = kMeshFloats * sizeof(float);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, mesh_stride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, mesh_stride, reinterpret_cast<void*>(3 * sizeof(float)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, mesh_stride, reinterpret_cast<void*>(6 * sizeof(float)));

    s.text_vao = GlVertexArray::create();
    s.text_vbo = GlBuffer::create();
    glBindVertexArray(s.text_vao);
    glBindBuffer(GL_ARRAY_BUFFER, s.text_vbo);
    constexpr GLsizei text_stride = kTextFloats * sizeof(float);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, text_stride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, text_stride, reinterpret_cast<void*>(2 * sizeof(float)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, text_stride, reinterpret_cast<void*>(4 * sizeof(float)));

    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);

    GLint flags = 0;
    glGetIntegerv(GL_CONTEXT_FLAGS, &flags);
    if ((flags & GL_CONTEXT_FLAG_DEBUG_BIT) && epoxy_has_gl_extension("GL_KHR_debug")) {
        glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
        glDebugMessageCallback(
            [](GLenum, GLenum type, GLuint, GLenum, GLsizei, const GLchar* message, const void* user) {
                if (type != GL_DEBUG_TYPE_ERROR) return;
                auto* impl = static_cast<Impl*>(const_cast<void*>(user));
                ++impl->gl_errors;
                impl->last_error = message;
            },
            impl_.get());
    }
    s.check_errors("renderer setup");
}

Renderer::~Renderer() {
    GLint flags = 0;
    glGetIntegerv(GL_CONTEXT_FLAGS, &flags);
    if ((flags & GL_CONTEXT_FLAG_DEBUG_BIT) && epoxy_has_gl_extension("GL_KHR_debug"))
        glDebugMessageCallback(nullptr, nullptr);
    // The GL objects delete themselves (GlObject), members in reverse order.
}

void Renderer::set_scene(const scene::Scene& scene) { impl_->build(scene); }
void Renderer::draw(const scene::Camera& camera, const FrameOptions& options) { impl_->draw(camera, options); }
const FrameStats& Renderer::last_stats() const { return impl_->stats; }
int Renderer::gl_error_count() const { return impl_->gl_errors; }
const std::string& Renderer::last_gl_error() const { return impl_->last_error; }

// Sorts the visible layers' blocks into this frame's draw lists: blocks
// wholly outside the view (widened by a margin for line widths and sphere
// edges) are dropped, sphere blocks whose largest sphere projects below
// kSpeckRadiusPx go to the speck list. With level of detail, the scene's
// repeat is sorted copy by copy instead (cull_copies).
void Renderer::Impl::cull_blocks(const glm::mat4& view, const glm::mat4& proj, bool ortho, int width, int height,
                                 float pixel_scale, bool level_of_detail, int highlighted_copy) {
    const glm::mat4 m = proj * view;
    const glm::vec4 r0(m[0][0], m[1][0], m[2][0], m[3][0]);
    const glm::vec4 r1(m[0][1], m[1][1], m[2][1], m[3][1]);
    const glm::vec4 r2(m[0][2], m[1][2], m[2][2], m[3][2]);
    const glm::vec4 r3(m[0][3], m[1][3], m[2][3], m[3][3]);
    const float margin_px = 24.0f * pixel_scale;  // wider than any line, highlight or antialiased edge
    const float mx = 1.0f + 2.0f * margin_px / static_cast<float>(width);
    const float my = 1.0f + 2.0f * margin_px / static_cast<float>(height);
    std::array<glm::vec4, 6> planes{r3 * mx + r0, r3 * mx - r0, r3 * my + r1, r3 * my - r1, r3 + r2, r3 - r2};
    for (glm::vec4& p : planes) p /= std::max(glm::length(glm::vec3(p)), 1e-30f);
    const float px_world = 2.0f / (proj[1][1] * static_cast<float>(height));
    sphere_quads.clear();
    sphere_specks.clear();
    segment_quads.clear();
    pictured.clear();
    const bool by_copy = level_of_detail && !copies.empty();
    if (by_copy) cull_copies(view, px_world, ortho, highlighted_copy, planes);
    const auto& layer_sphere_blocks = by_copy ? copies.rest_sphere_blocks : sphere_blocks;
    const auto& layer_segment_blocks = by_copy ? copies.rest_segment_blocks : segment_blocks;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        if (!layer_visible[l]) continue;
        for (const Block& b : layer_sphere_blocks[l]) {
            if (!inside(planes, b.center, b.bound)) continue;
            // Pixels per world unit at the block's nearest possible depth.
            const float nearest = ortho ? 1.0f : -(view * glm::vec4(b.center, 1.0f)).z - b.bound;
            const bool specks = nearest > 0.0f && b.max_radius / (px_world * nearest) < kSpeckRadiusPx;
            (specks ? sphere_specks : sphere_quads).add(b.range);
        }
        for (const Block& b : layer_segment_blocks[l])
            if (inside(planes, b.center, b.bound)) segment_quads.add(b.range);
        if (!by_copy) continue;
        const std::size_t nl = layers.size();
        for (std::size_t i = 0; i < copy_draw.size(); ++i) {
            const CopyDraw d = copy_draw[i];
            if (d == CopyDraw::culled || d == CopyDraw::picture) continue;
            const Range& spheres_of_copy = copies.spheres[i * nl + l];
            const Range& segments_of_copy = copies.segments[i * nl + l];
            if (spheres_of_copy.count > 0) (d == CopyDraw::specks ? sphere_specks : sphere_quads).add(spheres_of_copy);
            if (segments_of_copy.count > 0) segment_quads.add(segments_of_copy);
        }
    }
}

void Renderer::Impl::draw(const scene::Camera& camera, const FrameOptions& o) {
    stats = {};
    const int w = std::max(o.width, 1);
    const int h = std::max(o.height, 1);
    const bool tiled = o.tile.full_width > 0 && o.tile.full_height > 0;
    const int fw = tiled ? o.tile.full_width : w;
    const int fh = tiled ? o.tile.full_height : h;
    const float scale = o.pixel_scale > 0.0f ? o.pixel_scale : 1.0f;
    const glm::mat4 view = camera.view_matrix();
    const glm::mat4 full_proj = camera.projection_matrix(static_cast<float>(fw) / static_cast<float>(fh));
    glm::mat4 proj = full_proj;
    if (tiled) {
        // Maps the full frame's NDC to this tile's: scale, then shift.
        const int y_gl = fh - (o.tile.y + h);
        glm::mat4 t(1.0f);
        t[0][0] = static_cast<float>(fw) / static_cast<float>(w);
        t[1][1] = static_cast<float>(fh) / static_cast<float>(h);
        t[3][0] = static_cast<float>(fw - 2 * o.tile.x - w) / static_cast<float>(w);
        t[3][1] = static_cast<float>(fh - 2 * y_gl - h) / static_cast<float>(h);
        proj = t * full_proj;
    }
    const bool ortho = camera.projection == scene::Projection::orthographic;
    const float px_world = 2.0f / (proj[1][1] * static_cast<float>(h));
    const glm::vec2 viewport(static_cast<float>(w), static_cast<float>(h));

    for (std::size_t i = 0; i < layers.size(); ++i) layer_visible[i] = o.hidden_layers.count(layers[i]) == 0;
    Highlight hl{Kind::label, -1, -1, -1, -1, false};
    if (o.highlighted && *o.highlighted < highlights.size()) hl = highlights[*o.highlighted];
    const bool hl_sphere = hl.kind == Kind::sphere && !hl.translucent;
    const bool hl_segments = hl.kind == Kind::polyline || hl.kind == Kind::arrow;
    int hl_copy = -1;
    if (o.highlighted && !copies.empty() && *o.highlighted >= copies.first &&
        *o.highlighted < copies.first + copies.size * copies.centers.size())
        hl_copy = static_cast<int>((*o.highlighted - copies.first) / copies.size);

    // What to draw, and the pattern's picture first: it has a framebuffer of its own.
    cull_blocks(view, proj, ortho, w, h, scale, o.level_of_detail, hl_copy);
    stats.pictured_copies = static_cast<int>(pictured.size());
    if (!pictured.empty()) draw_pictures_of_pattern(camera, scale);

    glViewport(0, 0, w, h);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_CULL_FACE);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDepthMask(GL_TRUE);
    if (o.clear) {
        if (o.transparent)
            glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
        else
            glClearColor(o.background.r, o.background.g, o.background.b, 1.0f);
        glClearDepth(1.0);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    }
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDisable(GL_BLEND);
    // Straight-alpha shader output, premultiplied result in the framebuffer
    // (correct over a transparent clear, and what MSAA resolve and the box
    // filter must average).
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    GLint samples = 0;
    glGetIntegerv(GL_SAMPLES, &samples);
    if (o.multisample) {
        glEnable(GL_MULTISAMPLE);
    } else {
        glDisable(GL_MULTISAMPLE);  // one coverage sample per pixel, written to all of its samples
        samples = 1;
    }

    // Uniforms, once per frame per program.
    set_sphere_and_line_uniforms(view, proj, ortho, px_world, viewport, scale, hl_sphere ? hl.first : -1,
                                 hl_segments ? hl.first : -1, hl_segments ? hl.last : -1, samples > 1);
    const int mesh_hl_first = hl.kind == Kind::polygon ? hl.first : hl.kind == Kind::arrow ? hl.mesh_first : -1;
    const int mesh_hl_last = hl.kind == Kind::polygon ? hl.last : hl.kind == Kind::arrow ? hl.mesh_last : -1;
    for (const Program* mesh : {&flat_prog, &lit_prog}) {
        glUseProgram(mesh->id);
        glUniformMatrix4fv((*mesh)["u_view"], 1, GL_FALSE, glm::value_ptr(view));
        glUniformMatrix4fv((*mesh)["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
        glUniform1i((*mesh)["u_ortho"], ortho ? 1 : 0);
        glUniform1i((*mesh)["u_highlight_first"], mesh_hl_first);
        glUniform1i((*mesh)["u_highlight_last"], mesh_hl_last);
    }

    // 1. Opaque spheres: exact impostors, alpha-to-coverage edges under MSAA.
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(quad_vao);
    glUseProgram(sphere_prog.id);
    glBindTexture(GL_TEXTURE_BUFFER, spheres.texture);
    if (samples > 1) {
        glEnable(GL_SAMPLE_ALPHA_TO_COVERAGE);
        glEnable(GL_SAMPLE_ALPHA_TO_ONE);
    }
    draw_quads(sphere_quads);
    if (!sphere_specks.counts.empty()) {
        glUseProgram(speck_prog.id);
        glMultiDrawArrays(GL_POINTS, sphere_specks.firsts.data(), sphere_specks.counts.data(),
                          static_cast<GLsizei>(sphere_specks.counts.size()));
    }
    stats.sphere_specks = 0;
    for (const GLsizei n : sphere_specks.counts) stats.sphere_specks += n;
    glDisable(GL_SAMPLE_ALPHA_TO_COVERAGE);
    glDisable(GL_SAMPLE_ALPHA_TO_ONE);

    // 2. Opaque polygons (pushed back a little so lines on them win), arrow heads.
    glBindVertexArray(mesh_vao);
    glUseProgram(flat_prog.id);
    glEnable(GL_POLYGON_OFFSET_FILL);
    glPolygonOffset(1.0f, 1.0f);
    for (std::size_t l = 0; l < layers.size(); ++l)
        if (layer_visible[l] && polygon_ranges[l].count > 0)
            glDrawArrays(GL_TRIANGLES, polygon_ranges[l].first, polygon_ranges[l].count);
    glDisable(GL_POLYGON_OFFSET_FILL);
    glUseProgram(lit_prog.id);
    for (std::size_t l = 0; l < layers.size(); ++l)
        if (layer_visible[l] && cone_ranges[l].count > 0)
            glDrawArrays(GL_TRIANGLES, cone_ranges[l].first, cone_ranges[l].count);
    check_errors("opaque pass");

    // 3. Lines: antialiased, blended, depth-tested and depth-writing.
    glEnable(GL_BLEND);
    glBindVertexArray(quad_vao);
    glUseProgram(line_prog.id);
    glBindTexture(GL_TEXTURE_BUFFER, segments.texture);
    draw_quads(segment_quads);
    check_errors("line pass");

    // 3b. Copies of the repeat too small to draw whole: the pattern's picture.
    if (!pictured.empty()) {
        draw_pictures(view, proj);
        check_errors("picture pass");
    }

    // 4. Translucent spheres and polygons, back to front by view depth of
    //    their centres, depth test on, depth writes off. Each sphere draws its
    //    inner far wall, then its near surface.
    sort_items.clear();
    for (std::size_t i = 0; i < trans_spheres.size(); ++i) {
        const TranslucentSphere& s = trans_spheres[i];
        if (!layer_visible[static_cast<std::size_t>(s.layer)]) continue;
        const float z = (view * glm::vec4(glm::vec3(s.center_radius), 1.0f)).z;
        sort_items.push_back({z, 0, static_cast<int>(i)});
    }
    for (std::size_t i = 0; i < trans_polygons.size(); ++i) {
        const TranslucentPolygon& p = trans_polygons[i];
        if (!layer_visible[static_cast<std::size_t>(p.layer)]) continue;
        sort_items.push_back({(view * glm::vec4(p.centroid, 1.0f)).z, 1, static_cast<int>(i)});
    }
    stats.translucent_items = static_cast<int>(sort_items.size());
    if (!sort_items.empty()) {
        std::sort(sort_items.begin(), sort_items.end(), [](const SortItem& a, const SortItem& b) {
            if (a.depth != b.depth) return a.depth < b.depth;
            if (a.kind != b.kind) return a.kind < b.kind;
            return a.index < b.index;
        });
        std::size_t n = 0;
        for (const SortItem& item : sort_items) {
            if (item.kind != 0) continue;
            const TranslucentSphere& s = trans_spheres[static_cast<std::size_t>(item.index)];
            glm::vec4 color = s.color;
            if (hl.kind == Kind::sphere && hl.translucent && hl.first == item.index)
                color = glm::vec4(glm::mix(glm::vec3(color), glm::vec3(1.0f), 0.45f), std::min(1.0f, color.a * 1.5f));
            float* out = sorted_sphere_data.data() + n * 16;
            const glm::vec4 back(glm::vec3(s.center_radius), -s.center_radius.w);
            const float entries[16] = {back.x,  back.y,  back.z,  back.w,  color.r, color.g, color.b, color.a,
                                       back.x,  back.y,  back.z,  s.center_radius.w, color.r, color.g, color.b, color.a};
            std::copy(entries, entries + 16, out);
            ++n;
        }
        if (n > 0) {
            glBindBuffer(GL_TEXTURE_BUFFER, translucent_spheres.buffer);
            glBufferSubData(GL_TEXTURE_BUFFER, 0, static_cast<GLsizeiptr>(n * 16 * sizeof(float)),
                            sorted_sphere_data.data());
            glBindBuffer(GL_TEXTURE_BUFFER, 0);
        }
        glDepthMask(GL_FALSE);
        glUseProgram(sphere_prog.id);
        glUniform1i(sphere_prog["u_mode"], 2);
        glUniform1i(sphere_prog["u_highlight"], -1);
        std::size_t i = 0;
        GLint entry = 0;
        while (i < sort_items.size()) {
            std::size_t j = i;
            while (j < sort_items.size() && sort_items[j].kind == sort_items[i].kind) ++j;
            if (sort_items[i].kind == 0) {
                const auto count = static_cast<GLsizei>(j - i) * 2;
                glBindVertexArray(quad_vao);
                glUseProgram(sphere_prog.id);
                glBindTexture(GL_TEXTURE_BUFFER, translucent_spheres.texture);
                draw_quads(entry, count);
                entry += count;
            } else {
                glBindVertexArray(mesh_vao);
                glUseProgram(flat_prog.id);
                for (std::size_t k = i; k < j; ++k) {
                    const Range& r = trans_polygons[static_cast<std::size_t>(sort_items[k].index)].vertices;
                    glDrawArrays(GL_TRIANGLES, r.first, r.count);
                }
            }
            i = j;
        }
        glDepthMask(GL_TRUE);
    }
    check_errors("translucent pass");

    // 5. Labels, in screen space over everything.
    draw_labels(camera, o, scale, fw, fh);
    check_errors("label pass");

    glEnable(GL_MULTISAMPLE);
    glBindTexture(GL_TEXTURE_BUFFER, 0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glBindVertexArray(0);
    glUseProgram(0);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
}

void Renderer::Impl::set_sphere_and_line_uniforms(const glm::mat4& view, const glm::mat4& proj, bool ortho,
                                                  float px_world, const glm::vec2& viewport, float pixel_scale,
                                                  int highlight_sphere, int highlight_first, int highlight_last,
                                                  bool multisampled) {
    for (const Program* spheres_prog : {&sphere_prog, &speck_prog}) {  // impostors and specks
        const Program& p = *spheres_prog;
        glUseProgram(p.id);
        glUniformMatrix4fv(p["u_view"], 1, GL_FALSE, glm::value_ptr(view));
        glUniformMatrix4fv(p["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
        glUniform1i(p["u_ortho"], ortho ? 1 : 0);
        glUniform1f(p["u_px_world"], px_world);
        glUniform1i(p["u_highlight"], highlight_sphere);
        glUniform1i(p["u_spheres"], 0);
        glUniform1i(p["u_mode"], multisampled ? 0 : 1);
    }
    glUseProgram(line_prog.id);
    glUniformMatrix4fv(line_prog["u_view"], 1, GL_FALSE, glm::value_ptr(view));
    glUniformMatrix4fv(line_prog["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
    glUniform2f(line_prog["u_viewport"], viewport.x, viewport.y);
    glUniform1f(line_prog["u_pixel_scale"], pixel_scale);
    glUniform1f(line_prog["u_depth_bias"], kLineDepthBias);
    glUniform1i(line_prog["u_highlight_first"], highlight_first);
    glUniform1i(line_prog["u_highlight_last"], highlight_last);
    glUniform1i(line_prog["u_segments"], 0);
}

}  // namespace cagescope::render
