// A scene as binary glTF 2.0 (.glb) for Blender, three.js and other 3D
// tools: spheres as meshes, lines as thin tubes (glTF lines are one pixel
// wide in most viewers), arrows as a tube with the frame's cone, polygons
// with their alpha (alphaMode BLEND). The scene's z-up becomes glTF's y-up:
// (x, y, z) is written (x, z, -y). One node per primitive, named by its id,
// under one node per layer; a label is an empty node at its anchor with its
// text in `extras`, and a primitive node with a section carries it there.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "scene/scene.h"

namespace cagescope::output {

struct GltfOptions {
    // World units a line of 1 px spans: lines and arrow shafts become tubes
    // as wide as the PNG draws them at the figure's camera.
    float world_per_px = 0.001f;
    std::set<std::string> hidden_layers;  // left out
    std::string generator = "cagescope";
};

// The file's bytes. Throws std::invalid_argument for a scene with nothing to write.
std::vector<std::uint8_t> write_glb(const scene::Scene& scene, const GltfOptions& options);

// The scene's z-up coordinates in glTF's y-up frame.
inline glm::vec3 to_gltf_axes(const glm::vec3& p) { return {p.x, p.z, -p.y}; }

}  // namespace cagescope::output
