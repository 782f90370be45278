// The scene laid out as the GL renderer uploads it, once per scene change:
// flat arrays of sphere texels, segment texels and mesh vertices, laid out
// layer after layer so that hiding a layer skips a range; blocks with
// bounding spheres for culling; the translucent items a frame sorts; what
// each primitive's highlight covers; where the copies of a repeat lie.
// CPU only: the renderer uploads the arrays as they are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>
#include <string>
#include <vector>

#include "scene/scene.h"

namespace cagescope::frame {

// The arrays' layouts, as the shaders read them.
constexpr int kSphereFloats = 8;   // centre 3, radius 1, colour 4 (shaders/sphere.vert)
constexpr int kSegmentFloats = 16; // p0, s0, p1, s1, colour 4, width, dashed, dash, 0 (shaders/line.vert)
constexpr int kMeshFloats = 10;    // position 3, normal 3, colour 4 (shaders/mesh.vert)
// Mesh triangles carry their neighbours (GL_TRIANGLES_ADJACENCY): per
// triangle its corners at 0, 2, 4 and at 1, 3, 5 the far corner of the
// triangle across edge 0-2, 2-4 and 4-0, or, where no triangle of the same
// shape shares the edge (a polygon's outline), a vertex with a zero normal.
// shaders/mesh.geom finds the outline and silhouette edges from them.
constexpr int kMeshVerticesPerTriangle = 6;

// A run of array elements (spheres, segments or mesh vertices).
struct Range {
    int first = 0;
    int count = 0;
};

// A run of consecutive spheres or segments of one layer with a bounding
// sphere, tested against the view each frame: off-screen blocks are skipped,
// and blocks whose spheres all project below half a pixel are drawn as specks.
struct Block {
    Range range;
    glm::vec3 center{0.0f};
    float bound = 0.0f;       // radius enclosing every member, whole
    float max_radius = 0.0f;  // largest sphere radius (spheres only)
};
constexpr int kBlockSize = 256;

// Splits a range of spheres or segments of `data` into blocks with bounds.
std::vector<Block> make_blocks(const std::vector<float>& data, const Range& range, bool spheres);

enum class Kind : std::uint8_t { sphere, polyline, arrow, polygon, label };

// What a primitive's highlight covers in the arrays.
struct Highlight {
    Kind kind = Kind::label;  // label: nothing to highlight
    int first = -1;           // sphere index, segment range or vertex range [first, last)
    int last = -1;
    int mesh_first = -1;      // arrows: the head's vertex range
    int mesh_last = -1;
    bool translucent = false; // spheres: `first` indexes translucent_spheres
};

struct TranslucentSphere {
    glm::vec4 center_radius{0.0f};
    glm::vec4 color{1.0f};
    int layer = 0;
};

struct TranslucentPolygon {
    Range vertices;  // in mesh
    glm::vec3 centroid{0.0f};
    int layer = 0;
};

// The scene's repeat (scene::Repeat) as laid out: where each copy's spheres
// and segments are, and the blocks of everything else.
struct Copies {
    std::vector<glm::vec3> centers;  // bounding-sphere centre of each copy
    float bound = 0.0f;              // radius enclosing the pattern, whole
    float max_radius = 0.0f;         // largest sphere of the pattern
    std::size_t first = 0, size = 0; // the copies' primitive indices, as scene::Repeat
    std::vector<Range> spheres, segments;  // copy i, layer l at i * layers + l
    std::vector<std::vector<Block>> rest_sphere_blocks, rest_segment_blocks;  // by layer: not in any copy
    bool empty() const { return centers.empty(); }
};

struct PackedScene {
    std::vector<std::string> layers;
    std::vector<float> spheres;   // opaque, kSphereFloats each
    std::vector<float> segments;  // polylines and arrow shafts, kSegmentFloats each
    std::vector<float> mesh;      // cones, then opaque polygons, then translucent ones; kMeshFloats per vertex,
                                  // kMeshVerticesPerTriangle per triangle
    // Ranges by layer.
    std::vector<Range> sphere_ranges, segment_ranges, cone_ranges, polygon_ranges;
    std::vector<std::vector<Block>> sphere_blocks, segment_blocks;
    std::vector<TranslucentSphere> translucent_spheres;
    std::vector<TranslucentPolygon> translucent_polygons;
    std::vector<Highlight> highlights;  // by primitive index
    Copies copies;                      // empty without a valid scene::Repeat

    std::size_t sphere_count() const { return spheres.size() / kSphereFloats; }
    std::size_t segment_count() const { return segments.size() / kSegmentFloats; }
    std::size_t mesh_vertex_count() const { return mesh.size() / kMeshFloats; }
};

PackedScene pack_scene(const scene::Scene& scene);

}  // namespace cagescope::frame
