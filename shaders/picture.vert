#version 330 core
// A copy of the scene's repeat too small to draw whole: a screen-aligned
// square round its bounding sphere (4 indexed vertices per copy) that shows
// a picture of the pattern drawn this frame along the camera's direction.
uniform samplerBuffer u_centers;  // one texel per copy: bounding-sphere centre, picture layer
uniform mat4 u_view;
uniform mat4 u_proj;
uniform float u_radius;           // the pattern's bounding radius, world units

out vec2 v_uv;
flat out float v_layer;

const vec2 kCorners[4] = vec2[](vec2(-1.0, -1.0), vec2(1.0, -1.0), vec2(1.0, 1.0), vec2(-1.0, 1.0));

void main() {
    vec2 corner = kCorners[gl_VertexID & 3];
    vec4 center = texelFetch(u_centers, gl_VertexID >> 2);
    vec3 c = (u_view * vec4(center.xyz, 1.0)).xyz;
    v_uv = corner * 0.5 + 0.5;
    v_layer = center.w;
    gl_Position = u_proj * vec4(c + vec3(corner * u_radius, 0.0), 1.0);
}
