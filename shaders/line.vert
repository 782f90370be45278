#version 330 core
// Wide antialiased line segments by vertex pulling: each segment is a
// screen-space quad (4 indexed vertices, 4i+k is corner k of segment i) extended by half the width past both ends,
// so the fragment shader can draw round caps and joins.
// Segment data, 4 texels: (p0, s0), (p1, s1), colour, (width_px, dashed, dash_px, -)
// where s is the world arc length along the polyline (for continuous dashes)
// and dash_px the dash length at 1x (frame::dash_length_px, as the vector
// outputs dash).
uniform samplerBuffer u_segments;
uniform mat4 u_view;
uniform mat4 u_proj;
uniform vec2 u_viewport;      // pixels
uniform float u_pixel_scale;
uniform float u_depth_bias;   // NDC units, pulls lines in front of coplanar faces
uniform int u_highlight_first;
uniform int u_highlight_last; // segments [first, last) drawn thicker and brighter

flat out vec2 v_p0;           // endpoints in pixels
flat out vec2 v_p1;
flat out float v_half_width;  // pixels
flat out vec4 v_color;
flat out float v_dashed;
flat out float v_dash_length; // pixels
flat out vec4 v_dash;         // s0, s1, pixels per world unit at p0, p1

const vec2 kCorners[4] = vec2[](vec2(0.0, -1.0), vec2(1.0, -1.0), vec2(1.0, 1.0), vec2(0.0, 1.0));

void main() {
    int id = gl_VertexID >> 2;
    vec2 corner = kCorners[gl_VertexID & 3];
    vec4 a = texelFetch(u_segments, id * 4);
    vec4 b = texelFetch(u_segments, id * 4 + 1);
    vec4 color = texelFetch(u_segments, id * 4 + 2);
    vec4 params = texelFetch(u_segments, id * 4 + 3);
    float width = params.x * u_pixel_scale;
    if (id >= u_highlight_first && id < u_highlight_last) {
        width = width * 1.6 + 1.5 * u_pixel_scale;
        color.rgb = mix(color.rgb, vec3(1.0), 0.35);
    }
    vec4 c0 = u_proj * (u_view * vec4(a.xyz, 1.0));
    vec4 c1 = u_proj * (u_view * vec4(b.xyz, 1.0));
    float s0 = a.w;
    float s1 = b.w;
    // Clip against the near plane (z > -w) so endpoints behind the eye work.
    float d0 = c0.z + c0.w;
    float d1 = c1.z + c1.w;
    if (d0 < 0.0 && d1 < 0.0) {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
        return;
    }
    if (d0 < 0.0) { float t = d0 / (d0 - d1); c0 = mix(c0, c1, t); s0 = mix(s0, s1, t); }
    if (d1 < 0.0) { float t = d1 / (d1 - d0); c1 = mix(c1, c0, t); s1 = mix(s1, s0, t); }
    vec2 p0 = (c0.xy / c0.w * 0.5 + 0.5) * u_viewport;
    vec2 p1 = (c1.xy / c1.w * 0.5 + 0.5) * u_viewport;
    vec2 d = p1 - p0;
    float len = length(d);
    vec2 dir = len > 1e-4 ? d / len : vec2(1.0, 0.0);
    vec2 nrm = vec2(-dir.y, dir.x);
    float half_width = max(width, 1.0) * 0.5;
    float ext = half_width + 1.0;  // + the antialiased fringe
    vec4 clip = corner.x < 0.5 ? c0 : c1;
    vec2 offset = dir * (corner.x < 0.5 ? -ext : ext) + nrm * corner.y * ext;
    clip.xy += offset / u_viewport * 2.0 * clip.w;
    clip.z -= u_depth_bias * clip.w;
    gl_Position = clip;

    v_p0 = p0;
    v_p1 = p1;
    v_half_width = half_width;
    // Lines thinner than a pixel fade instead of thinning.
    v_color = vec4(color.rgb, color.a * min(width, 1.0));
    v_dashed = params.y;
    v_dash_length = params.z * u_pixel_scale;
    float k = u_proj[1][1] * u_viewport.y * 0.5;  // pixels per world unit at w = 1
    v_dash = vec4(s0, s1, k / c0.w, k / c1.w);
}
