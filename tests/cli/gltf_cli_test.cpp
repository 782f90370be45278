// `render --out fig.glb` as a user gets it, read back by a real glTF reader
// (Debian's tinygltf): the structure, names, materials and axes against the
// scene the same figure builds.
#include <catch2/catch.hpp>

#include <cmath>
#include <glm/geometric.hpp>
#include <map>
#include <tiny_gltf.h>

#include "figures/figure_params.h"
#include "figures/figures.h"
#include "hardening/spawn.h"
#include "scene/markup.h"
#include "support/process.h"

using namespace cagescope;

namespace {

struct Loaded {
    tinygltf::Model model;
    std::string err, warn;
    bool ok = false;
};

Loaded load(const std::string& path) {
    Loaded l;
    tinygltf::TinyGLTF reader;
    l.ok = reader.LoadBinaryFromFile(&l.model, &l.err, &l.warn, path);
    return l;
}

Loaded render_glb(const test::TempDir& dir, const std::string& figure, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"render", "--figure", figure, "--out", dir / ("f" + figure + ".glb")};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = test::run_cagescope(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return load(dir / ("f" + figure + ".glb"));
}

scene::Scene built(const std::string& figure) {
    const figures::FigureInfo& info = *figures::find_figure(figure);
    return figures::build_figure(info, figures::default_params(info));
}

float linear(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }

glm::vec3 vec(const std::vector<double>& v) {
    return {static_cast<float>(v.at(0)), static_cast<float>(v.at(1)), static_cast<float>(v.at(2))};
}

// The nodes under the root's layer nodes, in order.
std::vector<const tinygltf::Node*> primitive_nodes(const tinygltf::Model& m) {
    std::vector<const tinygltf::Node*> out;
    const tinygltf::Node& root = m.nodes.at(static_cast<std::size_t>(m.scenes.at(0).nodes.at(0)));
    for (const int layer : root.children)
        for (const int child : m.nodes.at(static_cast<std::size_t>(layer)).children)
            out.push_back(&m.nodes.at(static_cast<std::size_t>(child)));
    return out;
}

// A node's mesh's (only) primitive, and that primitive's material.
const tinygltf::Primitive& mesh_primitive(const tinygltf::Model& m, const tinygltf::Node& n) {
    return m.meshes.at(static_cast<std::size_t>(n.mesh)).primitives.at(0);
}
const tinygltf::Material& material_of(const tinygltf::Model& m, const tinygltf::Primitive& prim) {
    return m.materials.at(static_cast<std::size_t>(prim.material));
}

}  // namespace

TEST_CASE("every paper figure as glTF: one node per primitive named by its id, under one node per layer") {
    for (const figures::FigureInfo& f : figures::figure_list()) {
        if (!f.in_paper) continue;
        DYNAMIC_SECTION("fig. " << f.id) {
            test::TempDir dir;
            const Loaded l = render_glb(dir, std::string(f.id));
            INFO(l.err << l.warn);
            REQUIRE(l.ok);
            CHECK(l.warn.empty());
            CHECK(l.model.asset.version == "2.0");
            const scene::Scene s = built(std::string(f.id));
            const auto layers = s.layers();
            const tinygltf::Node& root = l.model.nodes.at(static_cast<std::size_t>(l.model.scenes.at(0).nodes.at(0)));
            CHECK(root.name == scene::markup_plain(s.title));
            REQUIRE(root.children.size() == layers.size());
            CHECK(l.model.nodes.size() == 1 + layers.size() + s.primitives.size());
            std::map<std::string, std::size_t> ids;  // id -> primitives with it
            for (const scene::Primitive& p : s.primitives) ++ids[p.id];
            for (const tinygltf::Node* n : primitive_nodes(l.model)) CHECK(ids[n->name]-- > 0);
            for (std::size_t i = 0; i < layers.size(); ++i)
                CHECK(l.model.nodes.at(static_cast<std::size_t>(root.children[i])).name == layers[i]);
        }
    }
}

TEST_CASE("glTF: spheres keep their centre and radius in y-up axes and their colour, as linear values") {
    test::TempDir dir;
    const Loaded l = render_glb(dir, "3b");
    REQUIRE(l.ok);
    const scene::Scene s = built("3b");
    std::map<std::string, const scene::Sphere*> spheres;
    for (const scene::Primitive& p : s.primitives)
        if (const auto* sp = std::get_if<scene::Sphere>(&p.shape)) spheres[p.id] = sp;
    REQUIRE(spheres.size() > 10);
    int checked = 0;
    for (const tinygltf::Node* n : primitive_nodes(l.model)) {
        const auto it = spheres.find(n->name);
        if (it == spheres.end()) continue;
        const scene::Sphere& sp = *it->second;
        const glm::vec3 t = vec(n->translation);
        CHECK(t.x == Approx(sp.center.x).margin(1e-6));
        CHECK(t.y == Approx(sp.center.z).margin(1e-6));   // z up becomes y up
        CHECK(t.z == Approx(-sp.center.y).margin(1e-6));  // and y becomes -z
        CHECK(vec(n->scale).x == Approx(sp.radius));
        REQUIRE(n->mesh >= 0);
        const auto& prim = mesh_primitive(l.model, *n);
        const auto& mat = material_of(l.model, prim);
        CHECK(mat.pbrMetallicRoughness.baseColorFactor[0] == Approx(linear(sp.color.r)).margin(1e-5));
        CHECK(mat.pbrMetallicRoughness.baseColorFactor[2] == Approx(linear(sp.color.b)).margin(1e-5));
        CHECK(mat.alphaMode == (sp.color.a < 1.0f ? "BLEND" : "OPAQUE"));
        // The unit sphere's bounds.
        const auto& pos = l.model.accessors.at(static_cast<std::size_t>(prim.attributes.at("POSITION")));
        CHECK(pos.maxValues.at(1) == Approx(1.0).margin(1e-6));
        ++checked;
    }
    CHECK(checked == static_cast<int>(spheres.size()));
}

TEST_CASE("glTF: lines are tubes round their points, polygons keep alpha and both sides, labels their text") {
    test::TempDir dir;
    const Loaded l = render_glb(dir, "7");
    REQUIRE(l.ok);
    const scene::Scene s = built("7");
    std::map<std::string, const scene::Primitive*> by_id;
    for (const scene::Primitive& p : s.primitives) by_id.emplace(p.id, &p);
    int lines = 0, polygons = 0, labels = 0;
    for (const tinygltf::Node* n : primitive_nodes(l.model)) {
        const scene::Primitive& p = *by_id.at(n->name);
        if (const auto* line = std::get_if<scene::Polyline>(&p.shape); line && line->points.size() > 1 && n->mesh >= 0) {
            const auto& prim = mesh_primitive(l.model, *n);
            const auto& pos = l.model.accessors.at(static_cast<std::size_t>(prim.attributes.at("POSITION")));
            const glm::vec3 lo = vec(pos.minValues), hi = vec(pos.maxValues);
            glm::vec3 points_lo(1e30f), points_hi(-1e30f);
            for (const glm::vec3& q : line->points) {
                const glm::vec3 g(q.x, q.z, -q.y);
                points_lo = glm::min(points_lo, g);
                points_hi = glm::max(points_hi, g);
                if (line->dashed) continue;  // an end may fall in a gap
                CHECK(glm::all(glm::lessThanEqual(lo, g + 1e-3f)));
                CHECK(glm::all(glm::greaterThanEqual(hi, g - 1e-3f)));
            }
            // A thin tube: no wider than the points' bounds by more than 0.02 (its radius is a few thousandths).
            CHECK(glm::all(glm::greaterThanEqual(lo, points_lo - 0.02f)));
            CHECK(glm::all(glm::lessThanEqual(hi, points_hi + 0.02f)));
            CHECK(glm::length(hi - lo) > 0.0f);
            ++lines;
        } else if (const auto* poly = std::get_if<scene::Polygon>(&p.shape)) {
            const auto& prim = mesh_primitive(l.model, *n);
            const auto& mat = material_of(l.model, prim);
            CHECK(mat.doubleSided);
            CHECK(mat.alphaMode == (poly->color.a < 1.0f ? "BLEND" : "OPAQUE"));
            CHECK(mat.pbrMetallicRoughness.baseColorFactor[3] == Approx(poly->color.a));
            CHECK(l.model.accessors.at(static_cast<std::size_t>(prim.attributes.at("POSITION"))).count ==
                  3 * (poly->points.size() - 2));
            ++polygons;
        } else if (const auto* label = std::get_if<scene::Label>(&p.shape)) {
            CHECK(n->mesh == -1);
            CHECK(n->extras.Get("label").Get("text").Get<std::string>() == scene::markup_plain(label->text));
            CHECK(n->extras.Get("label").Get("markup").Get<std::string>() == label->text);
            CHECK(vec(n->translation).y == Approx(label->anchor.z).margin(1e-6));
            ++labels;
        }
        if (!p.section.empty()) CHECK(n->extras.Get("section").Get<std::string>() == p.section);
    }
    CHECK(lines > 0);
    CHECK(polygons > 0);
    CHECK(labels > 0);
}

TEST_CASE("glTF: a hidden layer is left out, and bad requests leave no file") {
    test::TempDir dir;
    const scene::Scene s = built("7");
    const std::string layer = s.layers().front();
    const Loaded l = render_glb(dir, "7", {"--hide-layer", layer});
    REQUIRE(l.ok);
    for (const tinygltf::Node& n : l.model.nodes) CHECK(n.name != layer);
    const auto r = test::run_cagescope({"render", "--figure", "glass", "--out", dir / "g.glb"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("too many for a glTF file") != std::string::npos);
    CHECK(dir.listing() == "f7.glb f7.json");
}

TEST_CASE("glTF: every triangle faces the way its normals point (front faces outside)") {
    test::TempDir dir;
    const Loaded l = render_glb(dir, "11");  // tubes, cones, spheres and polygons
    REQUIRE(l.ok);
    const auto floats = [&](int accessor_index) {
        const auto& acc = l.model.accessors.at(static_cast<std::size_t>(accessor_index));
        const auto& view = l.model.bufferViews.at(static_cast<std::size_t>(acc.bufferView));
        const auto* data = reinterpret_cast<const float*>(l.model.buffers.at(0).data.data() + view.byteOffset + acc.byteOffset);
        std::vector<glm::vec3> out(acc.count);
        for (std::size_t i = 0; i < acc.count; ++i) out[i] = {data[3 * i], data[3 * i + 1], data[3 * i + 2]};
        return out;
    };
    std::size_t triangles = 0, facing = 0;
    for (const auto& mesh : l.model.meshes)
        for (const auto& prim : mesh.primitives) {
            const auto p = floats(prim.attributes.at("POSITION"));
            const auto n = floats(prim.attributes.at("NORMAL"));
            REQUIRE(p.size() % 3 == 0);
            for (std::size_t t = 0; t + 2 < p.size(); t += 3) {
                const glm::vec3 face = glm::cross(p[t + 1] - p[t], p[t + 2] - p[t]);
                if (glm::length(face) < 1e-12f) continue;  // a sliver at a sphere's pole
                ++triangles;
                facing += glm::dot(face, n[t] + n[t + 1] + n[t + 2]) > 0.0f;
            }
        }
    CHECK(triangles > 1000);
    CHECK(facing == triangles);
}
