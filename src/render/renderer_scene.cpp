// The packed scene (frame/packed_scene.h) -> static GPU buffers, once per
// scene change.
#include "render/renderer_impl.h"

namespace cagescope::render {

// Grows (never shrinks) an index buffer of convex fans: shape i is the
// vertices corners*i + k, drawn as the triangles (0, k, k+1). A quad's are
// (4i, 4i+1, 4i+2) and (4i, 4i+2, 4i+3).
void Renderer::Impl::ensure_fan_indices(FanIndices& fans, std::size_t shapes) {
    if (shapes <= fans.capacity) return;
    const std::size_t n = std::max(shapes, fans.capacity * 2);
    const auto corners = static_cast<GLuint>(fans.corners);
    std::vector<GLuint> indices;
    indices.reserve(n * static_cast<std::size_t>(fans.indices()));
    for (std::size_t i = 0; i < n; ++i) {
        const auto v = static_cast<GLuint>(corners * i);
        for (GLuint k = 1; k + 1 < corners; ++k) indices.insert(indices.end(), {v, v + k, v + k + 1});
    }
    glBindVertexArray(fans.vao);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(GLuint)), indices.data(),
                 GL_STATIC_DRAW);
    glBindVertexArray(0);
    fans.capacity = n;
}

void Renderer::Impl::upload(const scene::Scene& scene) {
    packed = frame::pack_scene(scene);
    spheres.upload(packed.spheres, GL_STATIC_DRAW);
    segments.upload(packed.segments, GL_STATIC_DRAW);
    const std::size_t translucent = packed.translucent_spheres.size();
    translucent_spheres.upload(std::vector<float>(translucent * 2 * frame::kSphereFloats, 0.0f), GL_STREAM_DRAW);
    const std::size_t copies = packed.copies.centers.size();
    picture_centers.upload(std::vector<float>(copies * 4, 0.0f), GL_STREAM_DRAW);
    ensure_fan_indices(quads, std::max({packed.sphere_count(), packed.segment_count(), copies}));
    ensure_fan_indices(octagons, translucent * 2);

    glBindBuffer(GL_ARRAY_BUFFER, mesh_vbo);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(std::max<std::size_t>(packed.mesh.size(), 1) * sizeof(float)),
                 packed.mesh.empty() ? nullptr : packed.mesh.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);

    // Reserve the per-frame scratch so that frames do not allocate once warm.
    plan.translucent.reserve(translucent + packed.translucent_polygons.size());
    plan.translucent_sphere_texels.reserve(translucent * 2 * frame::kSphereFloats);
    plan.pictured.reserve(copies);
    picture_center_data.reserve(copies * 4);
    scene_labels.emplace(scene);
    layer_visible.assign(packed.layers.size(), 1);
    text_vertices.reserve(4096);
    font_sizes.reserve(16);
    check_errors("set_scene");
}

}  // namespace cagescope::render
