#include "export/gltf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>
#include <glm/trigonometric.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <tuple>

#include "frame/tessellation.h"
#include "scene/markup.h"

namespace cagescope::output {

namespace {

using json = nlohmann::json;

constexpr int kSphereSlices = 24;  // round at any size a figure shows a sphere
constexpr int kSphereStacks = 12;
constexpr int kTubeSides = 8;      // a line is a few pixels wide
constexpr std::uint32_t kGlbMagic = 0x46546C67;  // "glTF"
constexpr std::uint32_t kChunkJson = 0x4E4F534A;
constexpr std::uint32_t kChunkBin = 0x004E4942;
constexpr int kFloat = 5126;        // accessor componentType
constexpr int kArrayBuffer = 34962; // bufferView target

// glTF's baseColorFactor is linear; the scene's colours are sRGB.
float linear_from_srgb(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }

struct Mesh {
    std::vector<glm::vec3> positions, normals;  // triangles, scene axes
    void add(const glm::vec3& p, const glm::vec3& n) {
        positions.push_back(p);
        normals.push_back(n);
    }
    bool empty() const { return positions.empty(); }
};

glm::vec3 any_perpendicular(const glm::vec3& d) {
    const glm::vec3 helper = std::abs(d.z) < 0.9f ? glm::vec3(0, 0, 1) : glm::vec3(1, 0, 0);
    return glm::normalize(glm::cross(d, helper));
}

// The side of a cylinder from a to b, smooth normals.
void add_tube(Mesh& mesh, const glm::vec3& a, const glm::vec3& b, float radius) {
    const glm::vec3 axis = b - a;
    const float length = glm::length(axis);
    if (length <= 0.0f || radius <= 0.0f) return;
    const glm::vec3 d = axis / length;
    const glm::vec3 u = any_perpendicular(d);
    const glm::vec3 v = glm::cross(d, u);
    const auto ring = [&](int i) {
        const float t = 2.0f * glm::pi<float>() * static_cast<float>(i) / static_cast<float>(kTubeSides);
        return std::cos(t) * u + std::sin(t) * v;
    };
    for (int i = 0; i < kTubeSides; ++i) {
        const glm::vec3 n0 = ring(i), n1 = ring(i + 1);
        const glm::vec3 a0 = a + radius * n0, a1 = a + radius * n1, b0 = b + radius * n0, b1 = b + radius * n1;
        // Counter-clockwise seen from outside (glTF's front faces): u, v, d are
        // right-handed, so the ring turns from n0 to n1 clockwise about -d.
        mesh.add(a0, n0);
        mesh.add(b1, n1);
        mesh.add(b0, n0);
        mesh.add(a0, n0);
        mesh.add(a1, n1);
        mesh.add(b1, n1);
    }
}

// A unit sphere at the origin; nodes move and scale it.
Mesh unit_sphere() {
    Mesh mesh;
    const auto point = [](int slice, int stack) {
        const float theta = glm::pi<float>() * static_cast<float>(stack) / static_cast<float>(kSphereStacks);
        const float phi = 2.0f * glm::pi<float>() * static_cast<float>(slice) / static_cast<float>(kSphereSlices);
        return glm::vec3(std::sin(theta) * std::cos(phi), std::sin(theta) * std::sin(phi), std::cos(theta));
    };
    for (int stack = 0; stack < kSphereStacks; ++stack)
        for (int slice = 0; slice < kSphereSlices; ++slice) {
            const glm::vec3 p00 = point(slice, stack), p10 = point(slice + 1, stack);
            const glm::vec3 p01 = point(slice, stack + 1), p11 = point(slice + 1, stack + 1);
            if (stack > 0) {  // the top stack's upper edge is one point
                for (const glm::vec3& p : {p00, p01, p10}) mesh.add(p, p);
            }
            if (stack + 1 < kSphereStacks) {
                for (const glm::vec3& p : {p10, p01, p11}) mesh.add(p, p);
            }
        }
    return mesh;
}

// Tubes along a polyline, cut into the GL frame's dashes if it is dashed.
void add_polyline(Mesh& mesh, const scene::Polyline& line, float world_per_px) {
    const auto& pts = line.points;
    if (pts.size() < 2) return;
    const float radius = 0.5f * line.width_px * world_per_px;
    const float dash = frame::dash_length_px(line.width_px, 1.0f) * world_per_px;
    const float period = dash * 1.8f;  // the gap is 0.8 of the dash
    const std::size_t n = line.closed && pts.size() > 2 ? pts.size() : pts.size() - 1;
    float s = 0.0f;  // arc length at the segment's start
    for (std::size_t i = 0; i < n; ++i) {
        const glm::vec3& a = pts[i];
        const glm::vec3& b = pts[(i + 1) % pts.size()];
        const float length = glm::length(b - a);
        if (!line.dashed || period <= 0.0f) {
            add_tube(mesh, a, b, radius);
        } else {
            for (float k = std::floor(s / period) * period; k < s + length; k += period) {
                const float t0 = std::max(k, s), t1 = std::min(k + dash, s + length);
                if (t1 > t0) add_tube(mesh, a + (b - a) * ((t0 - s) / length), a + (b - a) * ((t1 - s) / length), radius);
            }
        }
        s += length;
    }
}

// The shaft as the GL draws it (ending a little inside the head) and the frame's cone.
void add_arrow(Mesh& mesh, const scene::Arrow& arrow, float world_per_px) {
    const glm::vec3 axis = arrow.tip - arrow.tail;
    const float length = glm::length(axis);
    if (length <= 0.0f) return;
    const glm::vec3 dir = axis / length;
    const float head = std::min(arrow.head_length, length);
    if (head < length) add_tube(mesh, arrow.tail, arrow.tip - dir * (head * 0.8f), 0.5f * arrow.width_px * world_per_px);
    if (head > 0.0f && arrow.head_radius > 0.0f)
        for (const frame::MeshVertex& v : frame::cone_triangles(arrow.tip - dir * head, arrow.tip, arrow.head_radius))
            mesh.add(v.position, v.normal);
}

void add_polygon(Mesh& mesh, const scene::Polygon& polygon) {
    if (polygon.points.size() < 3) return;
    const glm::vec3 n = frame::polygon_normal(polygon.points);
    for (const auto& triangle : frame::fan_triangles(polygon.points.size()))
        for (const std::size_t corner : triangle) mesh.add(polygon.points[corner], n);
}

json vec3(const glm::vec3& v) { return json::array({v.x, v.y, v.z}); }

class Document {
public:
    int material(const scene::Color& c, bool double_sided) {
        const auto key = std::make_tuple(c.r, c.g, c.b, c.a, double_sided);
        const auto it = materials_.find(key);
        if (it != materials_.end()) return it->second;
        json m = {{"pbrMetallicRoughness",
                   {{"baseColorFactor", {linear_from_srgb(c.r), linear_from_srgb(c.g), linear_from_srgb(c.b), c.a}},
                    {"metallicFactor", 0.0},
                    {"roughnessFactor", 0.7}}}};
        if (c.a < 1.0f) m["alphaMode"] = "BLEND";
        if (double_sided) m["doubleSided"] = true;
        char name[32];
        std::snprintf(name, sizeof name, "#%02x%02x%02x%02x", channel(c.r), channel(c.g), channel(c.b), channel(c.a));
        m["name"] = name;
        const int index = static_cast<int>(json_materials_.size());
        json_materials_.push_back(std::move(m));
        materials_.emplace(key, index);
        return index;
    }

    // A mesh of one primitive in the given material, axes converted.
    int mesh(const std::string& name, const Mesh& m, int material_index) {
        std::vector<glm::vec3> positions(m.positions.size()), normals(m.normals.size());
        std::transform(m.positions.begin(), m.positions.end(), positions.begin(), to_gltf_axes);
        std::transform(m.normals.begin(), m.normals.end(), normals.begin(), to_gltf_axes);
        const int position = accessor(positions, true);
        const int normal = accessor(normals, false);
        const int index = static_cast<int>(meshes_.size());
        meshes_.push_back({{"name", name},
                           {"primitives",
                            json::array({{{"attributes", {{"POSITION", position}, {"NORMAL", normal}}},
                                          {"material", material_index},
                                          {"mode", 4}}})}});
        return index;
    }

    // The unit sphere in a material, shared by every sphere of that material.
    int sphere_mesh(int material_index) {
        const auto it = sphere_meshes_.find(material_index);
        if (it != sphere_meshes_.end()) return it->second;
        if (unit_sphere_.empty()) unit_sphere_ = unit_sphere();
        const int index = mesh("sphere", unit_sphere_, material_index);
        sphere_meshes_.emplace(material_index, index);
        return index;
    }

    int node(json n) {
        nodes_.push_back(std::move(n));
        return static_cast<int>(nodes_.size()) - 1;
    }
    json& node_at(int i) { return nodes_[static_cast<std::size_t>(i)]; }

    std::vector<std::uint8_t> glb(json asset, int root) {
        json doc = {{"asset", std::move(asset)},
                    {"scene", 0},
                    {"scenes", json::array({{{"nodes", json::array({root})}}})},
                    {"nodes", nodes_}};
        if (!meshes_.empty()) {
            doc["meshes"] = meshes_;
            doc["materials"] = json_materials_;
            doc["accessors"] = accessors_;
            doc["bufferViews"] = views_;
            doc["buffers"] = json::array({{{"byteLength", bin_.size()}}});
        }
        std::string text = doc.dump();
        while (text.size() % 4 != 0) text.push_back(' ');
        std::vector<std::uint8_t> out;
        const auto u32 = [&out](std::uint32_t v) {
            for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
        };
        const bool with_bin = !bin_.empty();
        const std::size_t total = 12 + 8 + text.size() + (with_bin ? 8 + bin_.size() : 0);
        u32(kGlbMagic);
        u32(2);
        u32(static_cast<std::uint32_t>(total));
        u32(static_cast<std::uint32_t>(text.size()));
        u32(kChunkJson);
        out.insert(out.end(), text.begin(), text.end());
        if (with_bin) {
            u32(static_cast<std::uint32_t>(bin_.size()));
            u32(kChunkBin);
            out.insert(out.end(), bin_.begin(), bin_.end());
        }
        return out;
    }

private:
    static int channel(float c) { return static_cast<int>(std::lround(std::clamp(c, 0.0f, 1.0f) * 255.0f)); }

    int accessor(const std::vector<glm::vec3>& values, bool with_bounds) {
        const std::size_t offset = bin_.size();  // always a multiple of 4: only floats are written
        bin_.resize(offset + values.size() * sizeof(glm::vec3));
        std::memcpy(bin_.data() + offset, values.data(), values.size() * sizeof(glm::vec3));
        views_.push_back({{"buffer", 0},
                          {"byteOffset", offset},
                          {"byteLength", values.size() * sizeof(glm::vec3)},
                          {"target", kArrayBuffer}});
        json a = {{"bufferView", views_.size() - 1}, {"componentType", kFloat}, {"count", values.size()}, {"type", "VEC3"}};
        if (with_bounds) {
            glm::vec3 lo(values.front()), hi(values.front());
            for (const glm::vec3& v : values) {
                lo = glm::min(lo, v);
                hi = glm::max(hi, v);
            }
            a["min"] = vec3(lo);
            a["max"] = vec3(hi);
        }
        accessors_.push_back(std::move(a));
        return static_cast<int>(accessors_.size()) - 1;
    }

    std::vector<std::uint8_t> bin_;
    json accessors_ = json::array(), views_ = json::array(), meshes_ = json::array();
    json json_materials_ = json::array(), nodes_ = json::array();
    std::map<std::tuple<float, float, float, float, bool>, int> materials_;
    std::map<int, int> sphere_meshes_;
    Mesh unit_sphere_;
};

json text_extras(const std::string& markup) { return {{"markup", markup}, {"text", scene::markup_plain(markup)}}; }

}  // namespace

std::vector<std::uint8_t> write_glb(const scene::Scene& scene, const GltfOptions& options) {
    Document doc;
    json root = {{"name", scene::markup_plain(scene.title).empty() ? "cagescope figure" : scene::markup_plain(scene.title)},
                 {"children", json::array()}};
    json extras = {{"title", text_extras(scene.title)},
                   {"caption", text_extras(scene.caption)},
                   {"drawn_note", text_extras(scene.drawn_note)}};
    extras["notes"] = json::array();
    for (const std::string& note : scene.notes) extras["notes"].push_back(text_extras(note));
    extras["sections"] = scene.sections;
    root["extras"] = std::move(extras);

    std::map<std::string, int> layer_nodes;
    std::vector<int> layer_order;
    for (const scene::Primitive& p : scene.primitives) {
        if (options.hidden_layers.count(p.layer) != 0) continue;
        json n = {{"name", p.id}};
        json extras_of = json::object();
        if (!p.section.empty()) extras_of["section"] = p.section;
        if (const auto* s = std::get_if<scene::Sphere>(&p.shape)) {
            n["mesh"] = doc.sphere_mesh(doc.material(s->color, false));
            n["translation"] = vec3(to_gltf_axes(s->center));
            n["scale"] = vec3(glm::vec3(s->radius));
        } else if (const auto* label = std::get_if<scene::Label>(&p.shape)) {
            n["translation"] = vec3(to_gltf_axes(label->anchor));
            extras_of["label"] = text_extras(label->text);
        } else {
            Mesh mesh;
            scene::Color color{1.0f};
            bool double_sided = false;
            if (const auto* line = std::get_if<scene::Polyline>(&p.shape)) {
                add_polyline(mesh, *line, options.world_per_px);
                color = line->color;
            } else if (const auto* arrow = std::get_if<scene::Arrow>(&p.shape)) {
                add_arrow(mesh, *arrow, options.world_per_px);
                color = arrow->color;
            } else if (const auto* polygon = std::get_if<scene::Polygon>(&p.shape)) {
                add_polygon(mesh, *polygon);
                color = polygon->color;
                double_sided = true;  // a flat face, seen from either side
            }
            if (!mesh.empty()) n["mesh"] = doc.mesh(p.id, mesh, doc.material(color, double_sided));
        }
        if (!extras_of.empty()) n["extras"] = std::move(extras_of);
        auto it = layer_nodes.find(p.layer);
        if (it == layer_nodes.end()) {
            it = layer_nodes.emplace(p.layer, doc.node({{"name", p.layer}, {"children", json::array()}})).first;
            layer_order.push_back(it->second);
        }
        const int index = doc.node(std::move(n));
        doc.node_at(it->second)["children"].push_back(index);
    }
    if (layer_order.empty()) throw std::invalid_argument("the scene has nothing to write as glTF (every layer hidden?)");
    for (const int layer : layer_order) root["children"].push_back(layer);
    const int root_index = doc.node(std::move(root));
    return doc.glb({{"version", "2.0"}, {"generator", options.generator}}, root_index);
}

}  // namespace cagescope::output
