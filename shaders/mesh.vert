#version 330 core
// Triangle meshes in world space: arrow heads (lit) and flat polygons.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec4 a_color;
uniform mat4 u_view;
uniform mat4 u_proj;
uniform int u_highlight_first;
uniform int u_highlight_last;  // vertices [first, last) drawn brighter

out vec3 v_normal;    // view space
out vec3 v_position;  // view space
out vec4 v_color;

void main() {
    vec4 p = u_view * vec4(a_position, 1.0);
    v_position = p.xyz;
    v_normal = mat3(u_view) * a_normal;
    vec4 color = a_color;
    if (gl_VertexID >= u_highlight_first && gl_VertexID < u_highlight_last)
        color.rgb = mix(color.rgb, vec3(1.0), 0.35);
    v_color = color;
    gl_Position = u_proj * p;
}
