#version 330 core
// Built twice (gl_util build_program): LIT 1 shades arrow heads with a
// headlight, LIT 0 gives polygons their flat colour.
uniform int u_ortho;

in vec3 v_normal;
in vec3 v_position;
in vec4 v_color;

out vec4 frag_color;

void main() {
    vec3 color = v_color.rgb;
#if LIT
    vec3 view_dir = u_ortho == 1 ? vec3(0.0, 0.0, 1.0) : normalize(-v_position);
    vec3 n = normalize(v_normal);
    if (dot(n, view_dir) < 0.0) n = -n;  // double sided
    const vec3 L = vec3(-0.3013, 0.3874, 0.8713);
    float diffuse = abs(dot(n, L));
    vec3 h = normalize(L + view_dir);
    float spec = pow(max(dot(n, h), 0.0), 32.0);
    color = color * (0.35 + 0.65 * diffuse) + vec3(0.22 * spec);
#endif
    frag_color = vec4(color, v_color.a);
}
