#version 330 core
#ifdef GL_ARB_conservative_depth
#extension GL_ARB_conservative_depth : enable
layout(depth_greater) out float gl_FragDepth;
#endif
// Exact sphere per pixel: ray/sphere intersection in view space, exact depth,
// analytic edge coverage: alpha-to-coverage under MSAA; on a single-sampled
// target the interior pass draws the fully covered pixels and the fringe
// passes (after the lines) blend the partly covered ones over what lies
// behind, writing depth where they cover half the pixel or more (so that
// translucent surfaces behind are hidden as under MSAA); blended when
// translucent.
uniform mat4 u_proj;
uniform int u_ortho;
uniform float u_px_world;
// u_mode: 0 opaque + alpha-to-coverage, 1 opaque aliased, 2 translucent,
// 3 opaque interior (coverage 1), 4 and 5 opaque fringe (coverage from 1/2, under 1/2)
uniform int u_mode;

in vec3 v_pos;
flat in vec3 v_center;
flat in float v_radius;
flat in vec4 v_color;
flat in int v_back;

out vec4 frag_color;

vec3 shade(vec3 base, vec3 n, vec3 view_dir, bool inner) {
    const vec3 L = vec3(-0.3013, 0.3874, 0.8713);  // normalize(-0.35, 0.45, 1): from upper left, near the eye
    float diffuse = max(dot(n, L), 0.0);
    float facing = max(dot(n, view_dir), 0.0);
    vec3 h = normalize(L + view_dir);
    // x^48 by squaring: llvmpipe's pow is an exp2/log2 pair, the costliest
    // instructions of this shader, which runs for every pixel of a sphere.
    float x = max(dot(n, h), 0.0);
    float x2 = x * x;
    float x4 = x2 * x2;
    float x8 = x4 * x4;
    float x16 = x8 * x8;
    float spec = x16 * x16 * x16;
    vec3 color = base * (0.32 + 0.68 * diffuse);
    float rim = 1.0 - facing;
    color *= 1.0 - 0.18 * rim * rim;                        // soft darkening toward the rim
    return inner ? color * 0.8 : color + vec3(0.28 * spec);
}

void main() {
    vec3 ro;
    vec3 rd;
    float px;
    if (u_ortho == 1) {
        ro = vec3(v_pos.xy, 0.0);
        rd = vec3(0.0, 0.0, -1.0);
        px = u_px_world;
    } else {
        ro = vec3(0.0);
        rd = normalize(v_pos);
        px = u_px_world * max(-v_center.z, 1e-6);
    }
    vec3 oc = ro - v_center;
    float b = dot(oc, rd);
    float perp2 = max(dot(oc, oc) - b * b, 0.0);
    float perp = sqrt(perp2);
    float coverage = clamp((v_radius - perp) / px + 0.5, 0.0, 1.0);
    if (coverage <= 0.0) discard;
    if (u_mode == 3 && coverage < 1.0) discard;
    if (u_mode == 4 && (coverage >= 1.0 || coverage < 0.5)) discard;
    if (u_mode == 5 && coverage >= 0.5) discard;
    float h = sqrt(max(v_radius * v_radius - perp2, 0.0));
    float t = v_back == 1 ? -b + h : -b - h;
    vec3 hit = ro + rd * t;
    vec3 n = (hit - v_center) / v_radius;
    vec3 view_dir = -rd;
    // One call: llvmpipe runs both sides of a branch on a per-sphere value.
    bool back = v_back == 1;
    vec3 color = shade(v_color.rgb, back ? -n : n, view_dir, back);
    // Only clip z and w are needed: rows 2 and 3 of the projection.
    float clip_z = u_proj[0][2] * hit.x + u_proj[1][2] * hit.y + u_proj[2][2] * hit.z + u_proj[3][2];
    float clip_w = u_proj[0][3] * hit.x + u_proj[1][3] * hit.y + u_proj[2][3] * hit.z + u_proj[3][3];
    gl_FragDepth = clamp(max(clip_z / clip_w * 0.5 + 0.5, gl_FragCoord.z), 0.0, 1.0);
    if (u_mode == 0 || u_mode >= 4) {
        frag_color = vec4(color, coverage);
    } else if (u_mode == 1) {
        if (coverage < 0.5) discard;
        frag_color = vec4(color, 1.0);
    } else {
        frag_color = vec4(color, v_color.a * coverage);
    }
}
