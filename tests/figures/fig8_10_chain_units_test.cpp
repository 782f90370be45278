// Figures 8 and 10 (MODEL.md §9): the chain unit's panels, and the four
// H-PCPs of panel (c) at the four start corners of the larger lattice.
#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <string>
#include <variant>

#include "figures/figures.h"
#include "figures/palette.h"
#include "model/cage.h"
#include "model/chain_unit.h"
#include "model/constants.h"
#include "model/hexahedron.h"
#include "model/materials.h"

using namespace cagescope;

namespace {
scene::Scene build(const std::string& id, double time = -1.0) {
    auto p = figures::default_params();
    p.time = time;
    return figures::build_figure(*figures::find_figure(id), p);
}
const scene::Sphere& sphere(const scene::Scene& s, const std::string& id) {
    const auto* p = s.find(id);
    INFO(id);
    REQUIRE(p);
    return std::get<scene::Sphere>(p->shape);
}
bool same_color(const scene::Color& a, const scene::Color& b) { return glm::length(a - b) < 1e-6f; }
int count_id_prefix(const scene::Scene& s, const std::string& prefix) {
    int n = 0;
    for (const auto& p : s.primitives) n += p.id.rfind(prefix, 0) == 0;
    return n;
}
}  // namespace

TEST_CASE("panel (a) draws every atom at its model position in its element or space colour") {
    for (const auto polymer : {model::Polymer::polyethylene, model::Polymer::polypropylene}) {
        const auto unit = model::make_chain_unit(polymer);
        const auto s = build(polymer == model::Polymer::polyethylene ? "8a" : "10a");
        for (const auto& atom : unit.atoms) {
            const auto& ball = sphere(s, "unit." + atom.name);
            CHECK(glm::length(glm::dvec3(ball.center) - atom.position) < 1e-6);
            const auto expected = atom.space ? figures::palette::space_color(*atom.space)
                                  : atom.element == model::Element::carbon ? figures::palette::carbon
                                                                           : figures::palette::hydrogen;
            CHECK(same_color(ball.color, expected));
        }
        // One stick per bond plus the two cut chain bonds (each in two parts).
        CHECK(count_id_prefix(s, "unit.bond.") == static_cast<int>(unit.bonds.size()));
        CHECK(count_id_prefix(s, "unit.chain_bond.") == 4);
        for (const auto sp : model::kSpaces) CHECK(s.find("legend." + std::string(model::space_name(sp))));
    }
}

TEST_CASE("PP's panels mark ⊕ on the z axis through the centre of mass, and PE's do not") {
    const auto pp = build("10a");
    const auto* mark = pp.find("label.centre_of_mass");
    REQUIRE(mark);
    CHECK(std::get<scene::Label>(mark->shape).text == "⊕");
    CHECK(glm::length(std::get<scene::Label>(mark->shape).anchor) < 1e-6f);  // 0*, the centre of mass
    const auto& axis = std::get<scene::Polyline>(pp.find("axis.z")->shape);
    CHECK(axis.points.front().x == Approx(0.0f).margin(1e-6));
    CHECK(axis.points.front().y == Approx(0.0f).margin(1e-6));
    CHECK(glm::normalize(axis.points.back() - axis.points.front()).z == Approx(1.0f));
    CHECK(build("10c").find("label.centre_of_mass"));
    CHECK_FALSE(build("8a").find("label.centre_of_mass"));
}

TEST_CASE("panel (b) puts the unit, scaled by its printed Å to σ factor, inside the σ = 1 sphere") {
    const auto unit = model::make_chain_unit(model::Polymer::polypropylene);
    const auto s = build("10b");
    const auto& hsm = sphere(s, "hsm.sphere");
    CHECK(hsm.radius == Approx(0.5f));
    CHECK(hsm.color.a < 1.0f);
    for (const auto& atom : unit.atoms)
        CHECK(glm::length(sphere(s, "unit." + atom.name).center) < 0.5f);
    char factor[32];
    std::snprintf(factor, sizeof factor, "1 Å = %.4f σ", unit.angstrom_to_sigma);
    CHECK_THAT(s.caption, Catch::Contains(factor));
}

TEST_CASE("panel (c): the four H-PCPs at the larger lattice's start corners 9, 10, 11, 12, in loop order") {
    for (const auto polymer : {model::Polymer::polyethylene, model::Polymer::polypropylene}) {
        const std::string id = polymer == model::Polymer::polyethylene ? "8c" : "10c";
        const auto material = polymer == model::Polymer::polyethylene ? model::polyethylene() : model::polypropylene();
        const auto lattice =
            model::make_hexahedron({material.omega_z_deg(), 90.0, 0.0, 0.0}, model::lattice_spacing());
        const auto edges = model::loop_edges();
        INFO(id);
        // Step k shows k + 1 of them, in loop order; the resting state all four.
        for (int step = 0; step < 4; ++step) {
            const auto s = build(id, step);
            for (std::size_t i = 0; i < 4; ++i) {
                const std::string name = "pcp." + std::string(model::space_name(edges[i].space));
                if (static_cast<int>(i) <= step) {
                    const auto& ball = sphere(s, name);
                    const glm::dvec3 corner =
                        lattice.map(model::cage_corner(edges[i].from_label) / model::cage_side());
                    CHECK(glm::length(glm::dvec3(ball.center) - corner) < 1e-6);
                    CHECK(same_color(ball.color, figures::palette::space_color(edges[i].space)));
                } else {
                    CHECK_FALSE(s.find(name));
                }
            }
        }
        CHECK(count_id_prefix(build(id), "pcp.") == 4);
        CHECK(figures::find_figure(id)->animation_steps == 4);
    }
}

TEST_CASE("PP's larger lattice is tilted to its Ω_z, PE's is the cube") {
    const auto tilt = [](const std::string& id) {
        // The lateral edge from bottom corner 0 to top corner 4 (corner order of model::Hexahedron).
        const auto s = build(id);
        const auto& e = std::get<scene::Polyline>(s.find("lattice.edge.8")->shape);
        return std::acos(glm::normalize(e.points[1] - e.points[0]).z) * 180.0 / M_PI;
    };
    CHECK(tilt("8c") == Approx(0.0).margin(1e-3));
    CHECK(tilt("10c") == Approx(model::polypropylene().omega_z_deg()).margin(1e-3));
    CHECK(model::polypropylene().omega_z_deg() == Approx(42.1).margin(0.05));
}

TEST_CASE("Fig. 8 and 10 set the three panels side by side, lettered a, b, c, each panel's primitives kept") {
    for (const std::string fig : {"8", "10"}) {
        const auto all = build(fig);
        std::size_t panel_primitives = 0;
        for (const std::string letter : {"a", "b", "c"}) {
            const auto panel = build(fig + letter);
            panel_primitives += panel.primitives.size();
            for (const auto& p : panel.primitives) CHECK(all.find(letter + "." + p.id));
            REQUIRE(all.find("panel." + letter));
            CHECK(std::get<scene::Label>(all.find("panel." + letter)->shape).text == letter);
        }
        CHECK(all.primitives.size() == panel_primitives + 6);  // letter and subtitle of each panel
        // The panels sit left to right in order.
        const auto x = [&](const char* id) { return std::get<scene::Label>(all.find(id)->shape).anchor.x; };
        CHECK(x("panel.a") < x("panel.b"));
        CHECK(x("panel.b") < x("panel.c"));
        CHECK_THAT(all.title, Catch::StartsWith("Fig. " + fig + " "));
    }
}
