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

out vec4 frag_color;

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
    vec3 n = normalize(f_normal);
    if (dot(n, view_dir) < 0.0) n = -n;  // double sided
    const vec3 L = vec3(-0.3013, 0.3874, 0.8713);
    float diffuse = abs(dot(n, L));
    vec3 h = normalize(L + view_dir);
    float spec = pow(max(dot(n, h), 0.0), 32.0);
    color = color * (0.35 + 0.65 * diffuse) + vec3(0.22 * spec);
#endif
    frag_color = vec4(color, f_color.a * (u_aa_pass >= 2 ? coverage : 1.0));
}
