#version 330 core
out vec4 frag_color;

void main() { frag_color = vec4(0.0); }
