#version 330 core
uniform int u_mode;  // as sphere.frag: 0 alpha-to-coverage under MSAA, 1 aliased, 4 and 5 fringe (ink from 1/2, under 1/2)

flat in vec4 v_color;
out vec4 frag_color;

void main() {
    if ((u_mode == 1 || u_mode == 4) && v_color.a < 0.5) discard;
    if (u_mode == 5 && v_color.a >= 0.5) discard;
    frag_color = u_mode == 1 ? vec4(v_color.rgb, 1.0) : v_color;
}
