#version 330 core
// Antialiased edges for triangle meshes on a single-sampled target. A
// triangle's edge is antialiased where it is part of its shape's outline (a
// polygon's sides: no neighbour) or of its silhouette (a closed mesh, an
// arrow head: the triangle faces the eye and the neighbour folds away
// behind it). The fragment shader gets each such edge's pixel distance; the
// fringe passes also get a strip one pixel wide outside each, so the edge's
// partly covered pixels can be blended with their coverage. A crease, where
// two faces of a closed mesh both face the eye at a sharp angle (an arrow's
// base disc and its side), is given to the fragment shader too, with the
// neighbour's normal: each side's pixels near it mix in the other side's
// shading by coverage, as MSAA's samples would.
layout(triangles_adjacency) in;
layout(triangle_strip, max_vertices = 15) out;

uniform int u_ortho;
uniform vec2 u_viewport;  // pixels
uniform int u_aa_pass;    // 0 the triangle alone (MSAA); 1 interior; 2, 3 fringe and 4 translucent: with the strips

in vec3 v_normal[];
in vec3 v_position[];
in vec4 v_color[];

out vec3 f_normal;
out vec3 f_position;
out vec4 f_color;
noperspective out vec3 f_edge;  // pixels inside each antialiased edge (kFar for the others)
noperspective out vec3 f_crease;  // pixels inside each crease (kFar for the others)
flat out vec3 f_crease_normal[3]; // the face across each crease, view space

const float kFar = 1e4;

vec2 to_pixels(vec4 clip) { return (clip.xy / clip.w * 0.5 + 0.5) * u_viewport; }

// Seen edge on: the plane within about 6 degrees of the view ray through
// it, and under a quarter pixel in area on screen. A small triangle seen
// face on (an arrow head far away) is not; a thin one along a silhouette
// keeps its own smoothed edge.
bool edge_on(vec3 a, vec3 b, vec3 c, vec2 pa, vec2 pb, vec2 pc) {
    vec3 n = cross(b - a, c - a);
    vec3 ray = u_ortho == 1 ? vec3(0.0, 0.0, 1.0) : a;
    float len_n = length(n);
    if (len_n > 0.0 && abs(dot(n, ray)) > 0.1 * len_n * length(ray)) return false;
    float twice_area = abs((pb.x - pa.x) * (pc.y - pa.y) - (pb.y - pa.y) * (pc.x - pa.x));
    return twice_area < 0.5;
}

vec3 crease_normal[3] = vec3[](vec3(0.0), vec3(0.0), vec3(0.0));

// Pixels inside each of three edges at point q, an edge as a line
// dot(line.xy, x) + line.z.
vec3 inside(vec3 line[3], vec2 q) {
    return vec3(dot(line[0].xy, q) + line[0].z, dot(line[1].xy, q) + line[1].z, dot(line[2].xy, q) + line[2].z);
}

void emit(int corner, vec4 clip, vec3 edge, vec3 crease) {
    int i = corner * 2;  // the triangle's corners are inputs 0, 2, 4
    f_normal = v_normal[i];
    f_position = v_position[i];
    f_color = v_color[i];
    f_edge = edge;
    f_crease = crease;
    f_crease_normal = crease_normal;
    gl_Position = clip;
    EmitVertex();
}

void main() {
    vec4 clip[3] = vec4[](gl_in[0].gl_Position, gl_in[2].gl_Position, gl_in[4].gl_Position);
    // A corner behind the eye has no pixel position: such triangles (the
    // viewer flying through a scene) keep their plain, aliased edges.
    if (u_aa_pass == 0 || min(clip[0].w, min(clip[1].w, clip[2].w)) <= 1e-6) {
        for (int k = 0; k < 3; ++k) emit(k, clip[k], vec3(kFar), vec3(kFar));
        EndPrimitive();
        return;
    }
    vec2 p[3] = vec2[](to_pixels(clip[0]), to_pixels(clip[1]), to_pixels(clip[2]));
    // A triangle seen edge on (an arrow's base disc from the side) is left
    // out: a sliver, it would only alias the silhouette its neighbours smooth.
    if (edge_on(v_position[0], v_position[2], v_position[4], p[0], p[1], p[2])) return;

    // Facing, from the geometric normal turned toward the vertex normals
    // (outward on closed meshes).
    vec3 g = cross(v_position[2] - v_position[0], v_position[4] - v_position[0]);
    if (dot(g, v_normal[0] + v_normal[2] + v_normal[4]) < 0.0) g = -g;
    bool front = dot(g, u_ortho == 1 ? vec3(0.0, 0.0, 1.0) : -v_position[0]) > 0.0;
    // A triangle with three neighbours is part of a closed mesh (a polygon's
    // fan triangles all have an outline edge): facing away, it is hidden by
    // the mesh's near side, and drawn it would fill the silhouette's pixels.
    bool closed = dot(v_normal[1], v_normal[1]) * dot(v_normal[3], v_normal[3]) * dot(v_normal[5], v_normal[5]) > 0.0;
    if (closed && !front) return;

    // Each edge as a line: dot(line.xy, x) + line.z = pixels inside.
    vec3 line[3];
    vec3 crease_line[3];
    bool smooth_edge[3];
    for (int e = 0; e < 3; ++e) {
        vec2 a = p[e];
        vec2 d = p[(e + 1) % 3] - a;
        float len = length(d);
        smooth_edge[e] = false;
        line[e] = vec3(0.0, 0.0, kFar);
        crease_line[e] = vec3(0.0, 0.0, kFar);
        if (len < 1e-4) continue;
        vec2 n = vec2(-d.y, d.x) / len;
        if (dot(n, p[(e + 2) % 3] - a) < 0.0) n = -n;  // inward
        int adj = 2 * e + 1;
        bool outline = dot(v_normal[adj], v_normal[adj]) == 0.0;
        // The neighbour folds behind this triangle when its far corner lies
        // on this side of the edge, or when it is left out as edge on.
        bool fold = false;
        if (gl_in[adj].gl_Position.w > 1e-6) {
            vec2 q = to_pixels(gl_in[adj].gl_Position);
            fold = dot(n, q - a) > 0.0 ||
                   (!outline && edge_on(v_position[2 * e], v_position[(2 * e + 2) % 6], v_position[adj], a, a + d, q));
        }
        smooth_edge[e] = outline || (fold && front);
        if (smooth_edge[e]) line[e] = vec3(n, -dot(n, a));
        // A crease: the neighbour also faces the eye, its normal (its far
        // corner's; flat faces have one) turned more than 18 degrees away.
        vec3 own = normalize(v_normal[2 * e] + v_normal[(2 * e + 2) % 6]);
        if (!outline && !fold && front && dot(own, normalize(v_normal[adj])) < 0.95) {
            crease_line[e] = vec3(n, -dot(n, a));
            crease_normal[e] = v_normal[adj];
        }
    }
    for (int k = 0; k < 3; ++k) emit(k, clip[k], inside(line, p[k]), inside(crease_line, p[k]));
    EndPrimitive();
    if (u_aa_pass < 2) return;

    // The strips: each antialiased edge moved one pixel outward.
    for (int e = 0; e < 3; ++e) {
        if (!smooth_edge[e]) continue;
        vec2 out_px = -line[e].xy;
        for (int s = 0; s < 2; ++s) {
            int k = (e + s) % 3;
            vec4 moved = clip[k];
            moved.xy += out_px / u_viewport * 2.0 * moved.w;
            vec2 q = p[k] + out_px;
            emit(k, clip[k], inside(line, p[k]), inside(crease_line, p[k]));
            emit(k, moved, inside(line, q), inside(crease_line, q));
        }
        EndPrimitive();
    }
}
