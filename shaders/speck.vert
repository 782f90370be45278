#version 330 core
// A sphere far smaller than a pixel as a single one-pixel point: the same
// sphere data as sphere.vert, one vertex instead of a quad. The renderer
// sends a block of spheres here only when every sphere in it projects to
// under half a pixel, where the impostor would shade one pixel anyway.
uniform samplerBuffer u_spheres;
uniform mat4 u_view;
uniform mat4 u_proj;
uniform int u_ortho;
uniform float u_px_world;  // world size of a pixel at view distance 1 (ortho: absolute)
uniform int u_highlight;

flat out vec4 v_color;     // alpha: the ink of the impostor it stands for

void main() {
    vec4 a = texelFetch(u_spheres, gl_VertexID * 2);
    vec4 color = texelFetch(u_spheres, gl_VertexID * 2 + 1);
    if (gl_VertexID == u_highlight) color.rgb = mix(color.rgb, vec3(1.0), 0.45);
    vec3 c = (u_view * vec4(a.xyz, 1.0)).xyz;
    float px = u_ortho == 1 ? u_px_world : u_px_world * max(-c.z, 1e-6);
    // sphere.frag gives a pixel at distance d (pixels) from the centre the
    // coverage r + 1/2 - d; summed over the disc where that is positive it is
    // pi/3 (r + 1/2)^3 pixels: the same ink in one pixel (1 at r = 1/2).
    float r = a.w / px;
    v_color = vec4(color.rgb, clamp(1.0471976 * pow(r + 0.5, 3.0), 0.0, 1.0));
    gl_Position = u_proj * vec4(c, 1.0);
}
