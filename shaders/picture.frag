#version 330 core
uniform sampler2DArray u_pictures;  // premultiplied alpha, one layer per step of size
uniform float u_extent[10];          // the part of a layer its picture fills (kPictureSteps)

in vec2 v_uv;
flat in float v_layer;
out vec4 frag_color;

void main() {
    vec4 c = texture(u_pictures, vec3(v_uv * u_extent[int(v_layer)], v_layer));
    if (c.a < 0.004) discard;
    frag_color = c;
}
