#version 330 core
// A label anchor as one point, pulled toward the eye by a small distance (the
// radius of the sphere it labels), for an occlusion query against the depth
// buffer.
layout(location = 0) in vec4 a_anchor;  // xyz world, w = pull toward the eye (world units)
uniform mat4 u_view;
uniform mat4 u_proj;
uniform int u_ortho;
uniform float u_depth_bias;

void main() {
    vec3 p = (u_view * vec4(a_anchor.xyz, 1.0)).xyz;
    vec3 to_eye = u_ortho == 1 ? vec3(0.0, 0.0, 1.0) : normalize(-p);
    p += to_eye * a_anchor.w;
    vec4 clip = u_proj * vec4(p, 1.0);
    clip.z -= u_depth_bias * clip.w;
    gl_Position = clip;
}
