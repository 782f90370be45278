#version 330 core
uniform int u_mode;  // as sphere.frag: 0 alpha-to-coverage under MSAA, 1 no MSAA

flat in vec4 v_color;
out vec4 frag_color;

void main() {
    if (u_mode == 1 && v_color.a < 0.5) discard;
    frag_color = u_mode == 1 ? vec4(v_color.rgb, 1.0) : v_color;
}
