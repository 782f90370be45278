#version 330 core
// Ray-cast sphere impostors by vertex pulling: an indexed quad of 4 vertices
// per sphere (vertex 4i+k is corner k of sphere i), the sphere's data read
// from a buffer texture (2 texels: centre+radius, colour).
// A negative radius asks for the inner (back) surface of a translucent shell.
uniform samplerBuffer u_spheres;
uniform mat4 u_view;
uniform mat4 u_proj;
uniform int u_ortho;           // 1 = orthographic projection
uniform float u_px_world;      // world size of a pixel at view distance 1 (ortho: absolute)
uniform int u_highlight;       // sphere index drawn brighter, -1 = none

out vec3 v_pos;                // view-space point on the billboard
flat out vec3 v_center;        // view-space centre
flat out float v_radius;
flat out vec4 v_color;
flat out int v_back;

#if OCTAGON
// Translucent spheres cover much of a frame, two walls each, and their
// fragments are most of its cost: an octagon round the disc has 17% fewer
// than a square (8 tan(pi/8) against 4), 8 vertices a sphere.
const float kOut = 1.0823922;  // 1 / cos(pi/8): the octagon's corners, its sides touching the unit circle
const vec2 kCorners[8] = vec2[](vec2(0.9238795, 0.3826834) * kOut, vec2(0.3826834, 0.9238795) * kOut,
                                vec2(-0.3826834, 0.9238795) * kOut, vec2(-0.9238795, 0.3826834) * kOut,
                                vec2(-0.9238795, -0.3826834) * kOut, vec2(-0.3826834, -0.9238795) * kOut,
                                vec2(0.3826834, -0.9238795) * kOut, vec2(0.9238795, -0.3826834) * kOut);
#define CORNER_BITS 3
#else
const vec2 kCorners[4] = vec2[](vec2(-1.0, -1.0), vec2(1.0, -1.0), vec2(1.0, 1.0), vec2(-1.0, 1.0));
#define CORNER_BITS 2
#endif

void main() {
    int id = gl_VertexID >> CORNER_BITS;
    vec2 corner = kCorners[gl_VertexID & ((1 << CORNER_BITS) - 1)];
    vec4 a = texelFetch(u_spheres, id * 2);
    vec4 color = texelFetch(u_spheres, id * 2 + 1);
    float r = abs(a.w);
    v_back = a.w < 0.0 ? 1 : 0;
    if (id == u_highlight) color.rgb = mix(color.rgb, vec3(1.0), 0.45);
    vec3 c = (u_view * vec4(a.xyz, 1.0)).xyz;
    v_center = c;
    v_radius = r;
    v_color = color;
    // The billboard lies in the plane touching the sphere's nearest point, so
    // every fragment's exact depth is >= the billboard's (depth_greater in
    // the fragment shader keeps early depth rejection possible).
    vec3 pos;
    if (u_ortho == 1) {
        float s = r + u_px_world;  // room for the antialiased edge
        pos = c + vec3(corner * s, r);
    } else {
        float d = length(c);
        vec3 dir = c / max(d, 1e-20);
        // The tangent cone from the eye meets the plane through the centre,
        // normal to the view ray, in a circle of radius r*d/sqrt(d^2-r^2);
        // the touching plane is (d-r)/d as far.
        float s = (r * d / sqrt(max(d * d - r * r, 1e-20 * d * d)) + u_px_world * d) * (d - r) / d;
        vec3 helper = abs(dir.y) < 0.99 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
        vec3 u = normalize(cross(helper, dir));
        vec3 v = cross(dir, u);
        pos = c - dir * r + (u * corner.x + v * corner.y) * s;
        if (d <= r * 1.0001) pos = vec3(0.0, 0.0, 1.0);  // eye inside the sphere: drop it
    }
    v_pos = pos;
    gl_Position = u_proj * vec4(pos, 1.0);
}
