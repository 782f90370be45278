// The renderer's set-up and the frame: opaque, line and translucent passes.
#include "render/renderer_impl.h"

namespace cagescope::render {

Renderer::Renderer() : impl_(std::make_unique<Impl>()) {
    Impl& s = *impl_;
    s.sphere_prog.load("shaders/sphere.vert", "shaders/sphere.frag");
    s.octagon_sphere_prog.load("shaders/sphere.vert", "shaders/sphere.frag", "#define OCTAGON 1\n");
    s.speck_prog.load("shaders/speck.vert", "shaders/speck.frag");
    s.line_prog.load("shaders/line.vert", "shaders/line.frag");
    s.flat_prog.load("shaders/mesh.vert", "shaders/mesh.frag", "#define LIT 0\n", "shaders/mesh.geom");
    s.lit_prog.load("shaders/mesh.vert", "shaders/mesh.frag", "#define LIT 1\n", "shaders/mesh.geom");
    s.text_prog.load("shaders/text.vert", "shaders/text.frag");
    s.picture_prog.load("shaders/picture.vert", "shaders/picture.frag");
    s.quads.create();
    s.octagons.create();
    s.spheres.create();
    s.translucent_spheres.create();
    s.segments.create();
    s.picture_centers.create();

    s.mesh_vao = GlVertexArray::create();
    s.mesh_vbo = GlBuffer::create();
    glBindVertexArray(s.mesh_vao);
    glBindBuffer(GL_ARRAY_BUFFER, s.mesh_vbo);
    constexpr GLsizei mesh_stride = frame::kMeshFloats * sizeof(float);
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

void Renderer::set_scene(const scene::Scene& scene) { impl_->upload(scene); }
void Renderer::draw(const scene::Camera& camera, const FrameOptions& options) { impl_->draw(camera, options); }
const FrameStats& Renderer::last_stats() const { return impl_->stats; }
int Renderer::gl_error_count() const { return impl_->gl_errors; }
const std::string& Renderer::last_gl_error() const { return impl_->last_error; }

detail::RenderTarget& Renderer::kept_target(int slot, int width, int height, int samples, bool with_depth) {
    detail::RenderTarget& t = impl_->kept_targets.at(static_cast<std::size_t>(slot));
    const bool has_depth = t.depth != 0;
    if (t.fbo == 0 || t.width != width || t.height != height || t.samples != samples || has_depth != with_depth)
        t.create(width, height, samples, with_depth);
    return t;
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

    const auto& layers = packed.layers;
    for (std::size_t i = 0; i < layers.size(); ++i) layer_visible[i] = o.hidden_layers.count(layers[i]) == 0;
    frame::Highlight hl;
    if (o.highlighted && *o.highlighted < packed.highlights.size()) hl = packed.highlights[*o.highlighted];
    using frame::Kind;
    const bool hl_sphere = hl.kind == Kind::sphere && !hl.translucent;
    const bool hl_segments = hl.kind == Kind::polyline || hl.kind == Kind::arrow;
    const frame::Copies& copies = packed.copies;
    int hl_copy = -1;
    if (o.highlighted && !copies.empty() && *o.highlighted >= copies.first &&
        *o.highlighted < copies.first + copies.size * copies.centers.size())
        hl_copy = static_cast<int>((*o.highlighted - copies.first) / copies.size);

    // What to draw, decided on the CPU; the pattern's picture first: it has
    // a framebuffer of its own.
    frame::plan_frame(packed,
                      {view, proj, ortho, w, h, scale, o.level_of_detail, hl_copy,
                       hl.kind == Kind::sphere && hl.translucent ? hl.first : -1},
                      layer_visible, plan);
    stats.pictured_copies = static_cast<int>(plan.pictured.size());
    if (!plan.pictured.empty()) draw_pictures_of_pattern(camera, scale);

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
    // Edges: on a multisampled target by its samples (alpha-to-coverage for
    // spheres); on a single-sampled one by each primitive's own coverage,
    // the partly covered pixels blended in a pass of their own; or, when
    // not antialiased, one coverage sample per pixel (written to all samples).
    GLint samples = 0;
    glGetIntegerv(GL_SAMPLES, &samples);
    const Edges edges = !o.antialias ? Edges::aliased : samples > 1 ? Edges::multisample : Edges::analytic;
    stats.edges = edges;
    if (edges == Edges::multisample)
        glEnable(GL_MULTISAMPLE);
    else
        glDisable(GL_MULTISAMPLE);
    const bool analytic = edges == Edges::analytic;

    // Uniforms, once per frame per program.
    set_sphere_and_line_uniforms(view, proj, ortho, px_world, viewport, scale, hl_sphere ? hl.first : -1,
                                 hl_segments ? hl.first : -1, hl_segments ? hl.last : -1,
                                 edges == Edges::multisample ? kSphereAlphaToCoverage
                                 : analytic                  ? kSphereInterior
                                                             : kSphereAliased);
    const int mesh_hl_first = hl.kind == Kind::polygon ? hl.first : hl.kind == Kind::arrow ? hl.mesh_first : -1;
    const int mesh_hl_last = hl.kind == Kind::polygon ? hl.last : hl.kind == Kind::arrow ? hl.mesh_last : -1;
    for (const Program* mesh : {&flat_prog, &lit_prog}) {
        glUseProgram(mesh->id);
        glUniformMatrix4fv((*mesh)["u_view"], 1, GL_FALSE, glm::value_ptr(view));
        glUniformMatrix4fv((*mesh)["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
        glUniform1i((*mesh)["u_ortho"], ortho ? 1 : 0);
        glUniform2f((*mesh)["u_viewport"], viewport.x, viewport.y);
        glUniform1i((*mesh)["u_aa_pass"], analytic ? kMeshInterior : kMeshWhole);
        glUniform1i((*mesh)["u_highlight_first"], mesh_hl_first);
        glUniform1i((*mesh)["u_highlight_last"], mesh_hl_last);
    }

    // 1. Opaque spheres: exact impostors, alpha-to-coverage edges under MSAA,
    //    only the fully covered pixels with analytic edges.
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(quads.vao);
    glUseProgram(sphere_prog.id);
    glBindTexture(GL_TEXTURE_BUFFER, spheres.texture);
    if (samples > 1) {
        glEnable(GL_SAMPLE_ALPHA_TO_COVERAGE);
        glEnable(GL_SAMPLE_ALPHA_TO_ONE);
    }
    draw_quads(plan.sphere_quads);
    const frame::DrawList& specks = plan.sphere_specks;
    const auto draw_specks = [&] {
        if (specks.counts.empty()) return;
        glUseProgram(speck_prog.id);
        glMultiDrawArrays(GL_POINTS, specks.firsts.data(), specks.counts.data(), static_cast<GLsizei>(specks.counts.size()));
    };
    if (!analytic) draw_specks();  // else blended with the fringes
    stats.sphere_specks = specks.total();
    glDisable(GL_SAMPLE_ALPHA_TO_COVERAGE);
    glDisable(GL_SAMPLE_ALPHA_TO_ONE);

    // 2. Opaque polygons (pushed back a little so lines on them win), arrow
    //    heads; with analytic edges only their fully covered pixels.
    const auto draw_opaque_meshes = [&] {
        glBindVertexArray(mesh_vao);
        glUseProgram(flat_prog.id);
        glEnable(GL_POLYGON_OFFSET_FILL);
        glPolygonOffset(1.0f, 1.0f);
        for (std::size_t l = 0; l < layers.size(); ++l)
            if (layer_visible[l] && packed.polygon_ranges[l].count > 0)
                glDrawArrays(GL_TRIANGLES_ADJACENCY, packed.polygon_ranges[l].first, packed.polygon_ranges[l].count);
        glDisable(GL_POLYGON_OFFSET_FILL);
        glUseProgram(lit_prog.id);
        for (std::size_t l = 0; l < layers.size(); ++l)
            if (layer_visible[l] && packed.cone_ranges[l].count > 0)
                glDrawArrays(GL_TRIANGLES_ADJACENCY, packed.cone_ranges[l].first, packed.cone_ranges[l].count);
    };
    draw_opaque_meshes();
    check_errors("opaque pass");

    // 2b. Analytic edges, the opaque shapes' pixels covered half or more:
    //     blended over what is drawn behind them, writing depth as the
    //     majority of MSAA's samples would, so lines and translucent
    //     surfaces behind leave them (a sphere smaller than a pixel keeps
    //     its line from covering it).
    const auto draw_fringe = [&](bool near) {
        glEnable(GL_BLEND);
        glDepthMask(near ? GL_TRUE : GL_FALSE);
        glBindVertexArray(quads.vao);
        glUseProgram(sphere_prog.id);
        glUniform1i(sphere_prog["u_mode"], near ? kSphereFringeNear : kSphereFringeFar);
        glBindTexture(GL_TEXTURE_BUFFER, spheres.texture);
        draw_quads(plan.sphere_quads);
        glUseProgram(speck_prog.id);
        glUniform1i(speck_prog["u_mode"], near ? kSphereFringeNear : kSphereFringeFar);
        draw_specks();
        for (const Program* mesh : {&flat_prog, &lit_prog}) {
            glUseProgram(mesh->id);
            glUniform1i((*mesh)["u_aa_pass"], near ? kMeshFringeNear : kMeshFringeFar);
        }
        draw_opaque_meshes();
        glDepthMask(GL_TRUE);
    };
    if (analytic) {
        draw_fringe(true);
        check_errors("near edge pass");
    }

    // 3. Lines: antialiased, blended, depth-tested and depth-writing.
    glEnable(GL_BLEND);
    glBindVertexArray(quads.vao);
    glUseProgram(line_prog.id);
    glBindTexture(GL_TEXTURE_BUFFER, segments.texture);
    draw_quads(plan.segment_quads);
    check_errors("line pass");

    // 3b. Copies of the repeat too small to draw whole: the pattern's picture.
    if (!plan.pictured.empty()) {
        draw_pictures(view, proj);
        check_errors("picture pass");
    }

    // 3c. Analytic edges, the pixels covered less than half: blended over
    //     everything opaque behind them, the lines included, without
    //     depth, so translucent surfaces behind still show through.
    if (analytic) {
        draw_fringe(false);
        check_errors("far edge pass");
    }

    // 4. Translucent spheres and polygons, back to front by view depth of
    //    their centres, depth test on, depth writes off. Each sphere draws its
    //    inner far wall, then its near surface.
    const std::vector<frame::TranslucentItem>& items = plan.translucent;
    stats.translucent_items = static_cast<int>(items.size());
    if (!items.empty()) {
        const std::vector<float>& texels = plan.translucent_sphere_texels;
        if (!texels.empty()) {
            glBindBuffer(GL_TEXTURE_BUFFER, translucent_spheres.buffer);
            glBufferSubData(GL_TEXTURE_BUFFER, 0, static_cast<GLsizeiptr>(texels.size() * sizeof(float)), texels.data());
            glBindBuffer(GL_TEXTURE_BUFFER, 0);
        }
        glDepthMask(GL_FALSE);
        glUseProgram(octagon_sphere_prog.id);
        glUniform1i(octagon_sphere_prog["u_mode"], kSphereTranslucent);
        glUniform1i(octagon_sphere_prog["u_highlight"], -1);
        // Runs of one type in one call each: spheres as quads, polygons as triangles.
        std::size_t i = 0;
        GLint entry = 0;
        while (i < items.size()) {
            std::size_t j = i;
            while (j < items.size() && items[j].type == items[i].type) ++j;
            if (items[i].type == frame::TranslucentItem::Type::sphere) {
                const auto count = static_cast<GLsizei>(j - i) * 2;
                glBindVertexArray(octagons.vao);
                glUseProgram(octagon_sphere_prog.id);
                glBindTexture(GL_TEXTURE_BUFFER, translucent_spheres.texture);
                octagons.draw(entry, count);
                entry += count;
            } else {
                glBindVertexArray(mesh_vao);
                glUseProgram(flat_prog.id);
                glUniform1i(flat_prog["u_aa_pass"], analytic ? kMeshTranslucent : kMeshWhole);
                for (std::size_t k = i; k < j; ++k) {
                    const frame::Range& r = packed.translucent_polygons[static_cast<std::size_t>(items[k].index)].vertices;
                    glDrawArrays(GL_TRIANGLES_ADJACENCY, r.first, r.count);
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
                                                  int sphere_mode) {
    for (const Program* spheres_prog : {&sphere_prog, &octagon_sphere_prog, &speck_prog}) {  // impostors and specks
        const Program& p = *spheres_prog;
        glUseProgram(p.id);
        glUniformMatrix4fv(p["u_view"], 1, GL_FALSE, glm::value_ptr(view));
        glUniformMatrix4fv(p["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
        glUniform1i(p["u_ortho"], ortho ? 1 : 0);
        glUniform1f(p["u_px_world"], px_world);
        glUniform1i(p["u_highlight"], highlight_sphere);
        glUniform1i(p["u_spheres"], 0);
        glUniform1i(p["u_mode"], sphere_mode);
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
