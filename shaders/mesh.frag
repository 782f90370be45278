#version 330 core
// Built twice (gl_util build_program): LIT 1 shades arrow heads with a
// headlight, LIT 0 gives polygons their flat colour. On a single-sampled
// target the edges mesh.geom marks are antialiased by their coverage: the
// interior pass draws the fully covered pixels, the fringe passes (after
// the lines) blend the partly covered ones over what lies behind them.
uniform int u_ortho;
uniform int u_aa_pass;  // as mesh.geom: 0 every pixel, 1 interior, 2 and 3 fringe (coverage from 1/2, under 1/2), 4 translucent

in vec3 f_normal;
in vec3 f_position;
in vec4 f_color;
noperspective in vec3 f_edge;
noperspective in vec3 f_crease;
flat in vec3 f_crease_normal[3];

out vec4 frag_color;

#if LIT
vec3 lit(vec3 color, vec3 normal, vec3 view_dir) {
    vec3 n = normalize(normal);
    if (dot(n, view_dir) < 0.0) n = -n;  // double sided
    const vec3 L = vec3(-0.3013, 0.3874, 0.8713);
    float diffuse = abs(dot(n, L));
    vec3 h = normalize(L + view_dir);
    float spec = pow(max(dot(n, h), 0.0), 32.0);
    return color * (0.35 + 0.65 * diffuse) + vec3(0.22 * spec);
}
#endif

void main() {
    vec3 k = clamp(f_edge + 0.5, 0.0, 1.0);
    float coverage = k.x * k.y * k.z;
    if (u_aa_pass == 1 && coverage < 1.0) discard;
    if (u_aa_pass == 2 && (coverage >= 1.0 || coverage < 0.5)) discard;
    if (u_aa_pass == 3 && (coverage >= 0.5 || coverage <= 0.0)) discard;
    if (u_aa_pass == 4 && coverage <= 0.0) discard;
    vec3 color = f_color.rgb;
#if LIT
    vec3 view_dir = u_ortho == 1 ? vec3(0.0, 0.0, 1.0) : normalize(-f_position);
    color = lit(f_color.rgb, f_normal, view_dir);
    // Near a crease (mesh.geom), the face across it covers part of the
    // pixel: its shading, mixed in by that share.
    float d = min(f_crease.x, min(f_crease.y, f_crease.z));
    float own = clamp(d + 0.5, 0.0, 1.0);
    if (own < 1.0) {
        vec3 other = d == f_crease.x ? f_crease_normal[0] : d == f_crease.y ? f_crease_normal[1] : f_crease_normal[2];
        color = mix(lit(f_color.rgb, other, view_dir), color, own);
    }
#endif
    frag_color = vec4(color, f_color.a * (u_aa_pass >= 2 ? coverage : 1.0));
}
