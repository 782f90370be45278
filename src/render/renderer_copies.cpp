// Level of detail for the scene's repeat (scene::Repeat): copies a few
// pixels across are drawn as one square each, showing a picture of the
// pattern drawn this frame, at about the copy's size, into a small texture
// of its own. At K = 20 the glass region's 8,000 HSMs are then 8,000
// squares instead of 616,000 spheres and segments. The picture is drawn
// along the camera's view direction: exact up to resampling for
// orthographic views, while in perspective a copy at angle θ off the view's
// axis is drawn as if on it, its near and far parts shifted by up to
// r·tan θ pixels (r its radius on screen: about 1 pixel for the glass
// region's 4-pixel HSMs at 15°; docs/performance.md).
#include "render/renderer_impl.h"

namespace cagescope::render {

// Copy 0 seen along the camera's direction, orthographic, its bounding
// sphere filling a picture of each step in use, drawn as the frame draws
// copies whole (same line widths, specks and edges). Leaves the caller's
// framebuffer bound.
void Renderer::Impl::draw_pictures_of_pattern(const scene::Camera& camera, float pixel_scale) {
    if (!picture_fbo) {
        picture_texture = GlTexture::create();
        glBindTexture(GL_TEXTURE_2D_ARRAY, picture_texture);
        glTexImage3D(GL_TEXTURE_2D_ARRAY, 0, GL_RGBA8, kPictureLayerSize, kPictureLayerSize, frame::kPictureSteps, 0, GL_RGBA,
                     GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glBindTexture(GL_TEXTURE_2D_ARRAY, 0);
        picture_depth = GlRenderbuffer::create();
        glBindRenderbuffer(GL_RENDERBUFFER, picture_depth);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, kPictureLayerSize, kPictureLayerSize);
        glBindRenderbuffer(GL_RENDERBUFFER, 0);
        picture_fbo = GlFramebuffer::create();
    }
    using frame::kPictureSteps;
    const frame::Copies& copies = packed.copies;
    std::array<bool, kPictureSteps> used{};
    for (const frame::PicturedCopy& p : plan.pictured) used[static_cast<std::size_t>(p.step)] = true;

    GLint draw_fbo = 0, read_fbo = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw_fbo);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read_fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, picture_fbo);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, picture_depth);

    scene::Camera eye = camera;
    eye.projection = scene::Projection::orthographic;
    eye.target = copies.centers[0];
    eye.distance = copies.bound / std::tan(glm::radians(eye.fov_y_deg) * 0.5f);  // ortho half height = bound
    const glm::mat4 view = eye.view_matrix();
    const glm::mat4 proj = eye.projection_matrix(1.0f);

    glDisable(GL_SCISSOR_TEST);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDepthMask(GL_TRUE);
    glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    glClearDepth(1.0);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(quads.vao);
    for (int step = 0; step < kPictureSteps; ++step) {
        if (!used[static_cast<std::size_t>(step)]) continue;
        const int size = frame::picture_size(step);
        glFramebufferTextureLayer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, picture_texture, 0, step);
        glViewport(0, 0, kPictureLayerSize, kPictureLayerSize);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        glViewport(0, 0, size, size);
        const float px_world = 2.0f * copies.bound / static_cast<float>(size);
        set_sphere_and_line_uniforms(view, proj, true, px_world, glm::vec2(static_cast<float>(size)), pixel_scale, -1,
                                     -1, -1, kSphereAliased);
        const bool specks = copies.max_radius / px_world < frame::kSpeckRadiusPx;
        glDisable(GL_BLEND);
        glUseProgram(specks ? speck_prog.id : sphere_prog.id);
        glBindTexture(GL_TEXTURE_BUFFER, spheres.texture);
        for (std::size_t l = 0; l < packed.layers.size(); ++l) {
            const frame::Range& r = copies.spheres[l];
            if (!layer_visible[l] || r.count == 0) continue;
            if (specks)
                glDrawArrays(GL_POINTS, r.first, r.count);
            else
                draw_quads(r.first, r.count);
        }
        glEnable(GL_BLEND);
        glUseProgram(line_prog.id);
        glBindTexture(GL_TEXTURE_BUFFER, segments.texture);
        for (std::size_t l = 0; l < packed.layers.size(); ++l) {
            const frame::Range& r = copies.segments[l];
            if (layer_visible[l] && r.count > 0) draw_quads(r.first, r.count);
        }
    }
    glDisable(GL_BLEND);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(draw_fbo));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(read_fbo));
    check_errors("pictures of the repeat");
}

// One square per pictured copy round its bounding sphere, premultiplied,
// far to near. They write depth (at the copy's centre) so that labels behind
// them are dimmed as behind the whole copy.
void Renderer::Impl::draw_pictures(const glm::mat4& view, const glm::mat4& proj) {
    using frame::kPictureSteps;
    const frame::Copies& copies = packed.copies;
    picture_center_data.clear();
    for (const frame::PicturedCopy& p : plan.pictured) {
        const glm::vec3& c = copies.centers[static_cast<std::size_t>(p.copy)];
        picture_center_data.insert(picture_center_data.end(), {c.x, c.y, c.z, static_cast<float>(p.step)});
    }
    glBindBuffer(GL_TEXTURE_BUFFER, picture_centers.buffer);
    glBufferSubData(GL_TEXTURE_BUFFER, 0, static_cast<GLsizeiptr>(picture_center_data.size() * sizeof(float)),
                    picture_center_data.data());
    glBindBuffer(GL_TEXTURE_BUFFER, 0);

    glUseProgram(picture_prog.id);
    glUniformMatrix4fv(picture_prog["u_view"], 1, GL_FALSE, glm::value_ptr(view));
    glUniformMatrix4fv(picture_prog["u_proj"], 1, GL_FALSE, glm::value_ptr(proj));
    glUniform1f(picture_prog["u_radius"], copies.bound);
    glUniform1i(picture_prog["u_pictures"], 0);
    glUniform1i(picture_prog["u_centers"], 1);
    std::array<float, kPictureSteps> extents{};  // the part of each layer its picture fills
    for (int step = 0; step < kPictureSteps; ++step)
        extents[static_cast<std::size_t>(step)] = static_cast<float>(frame::picture_size(step)) / kPictureLayerSize;
    glUniform1fv(picture_prog["u_extent[0]"], kPictureSteps, extents.data());
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_BUFFER, picture_centers.texture);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D_ARRAY, picture_texture);
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glBindVertexArray(quads.vao);
    draw_quads(0, static_cast<GLsizei>(plan.pictured.size()));
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glBindTexture(GL_TEXTURE_2D_ARRAY, 0);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_BUFFER, 0);
    glActiveTexture(GL_TEXTURE0);
}

}  // namespace cagescope::render
