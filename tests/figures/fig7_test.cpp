#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <set>
#include <variant>

#include "figures/figures.h"
#include "model/constants.h"
#include "model/hexahedron.h"
#include "model/materials.h"

using namespace cagescope;

namespace {
scene::Scene fig7(figures::FigureParams p) {
    figures::resolve_and_check(p);
    return figures::build_figure(*figures::find_figure("7"), p);
}
const scene::Polyline& line(const scene::Scene& s, const std::string& id) {
    const auto* p = s.find(id);
    REQUIRE(p);
    return std::get<scene::Polyline>(p->shape);
}
}  // namespace

TEST_CASE("Fig. 7 draws two diagonals on each of the six faces, ids unique") {
    const auto s = fig7(figures::default_params());
    for (const char* face : {"bottom", "top", "+x", "+y", "-x", "-y"})
        for (int d : {1, 2}) CHECK(s.find(std::string("hexahedron.face.") + face + ".diagonal." + std::to_string(d)));
    std::set<std::string> ids;
    for (const auto& p : s.primitives) CHECK(ids.insert(p.id).second);
}

TEST_CASE("Fig. 7 tilts the axial edge by Ω_z and marks it") {
    auto p = figures::default_params();
    p.omega_z_deg = 42.1;
    const auto s = fig7(p);
    const auto& e3 = line(s, "axis.e3");
    const glm::vec3 dir = glm::normalize(e3.points[1] - e3.points[0]);
    CHECK(std::acos(dir.z) * 180.0 / M_PI == Approx(42.1).margin(1e-3));
    CHECK(s.find("angle.omega_z"));
    CHECK_THAT(std::get<scene::Label>(s.find("label.omega_z")->shape).text, Catch::Contains("42.1"));
}

TEST_CASE("Fig. 7 at Ω_z = 0 and zero torsion: the PE cube, no torsion marks") {
    auto p = figures::default_params();
    p.omega_z_deg = 0.0;
    p.torsion_deg = 0.0;
    const auto s = fig7(p);
    CHECK_FALSE(s.find("angle.omega_z"));
    CHECK_FALSE(s.find("angle.torsion"));
    // A lateral face diagonal is straight when nothing twists.
    const auto& d = line(s, "hexahedron.face.+x.diagonal.1");
    const glm::vec3 chord = glm::normalize(d.points.back() - d.points.front());
    for (const auto& q : d.points) CHECK(glm::length(glm::cross(q - d.points.front(), chord)) < 1e-5f);
}

namespace {
const figures::FigureInfo& fig7_info() { return *figures::find_figure("7"); }
// The largest distance of a polyline's points from the line through its ends.
float bow_of(const scene::Polyline& d) {
    const glm::vec3 chord = glm::normalize(d.points.back() - d.points.front());
    float bow = 0.0f;
    for (const auto& q : d.points) bow = std::max(bow, glm::length(glm::cross(q - d.points.front(), chord)));
    return bow;
}
}  // namespace

TEST_CASE("Fig. 7 by default: the caption's general equilateral hexahedron, rhombic faces, no torsion") {
    const figures::FigureParams p = figures::default_params(fig7_info());
    CHECK(p.torsion_deg == 0.0);
    CHECK(p.omega_z_deg == Approx(model::polypropylene().omega_z_deg()).margin(1e-12));  // 42.1°
    CHECK(p.omega_z_deg == Approx(42.1).margin(0.05));
    CHECK(p.material.empty());
    const auto s = fig7(p);
    const double a = model::lattice_spacing();
    CHECK_FALSE(s.find("angle.torsion"));
    CHECK_FALSE(s.find("label.torsion"));
    CHECK_THAT(s.caption, !Catch::Contains("drawn ×"));
    int rhombi = 0;
    for (const char* face : {"bottom", "top", "+x", "+y", "-x", "-y"}) {
        INFO(face);
        const auto& d1 = line(s, std::string("hexahedron.face.") + face + ".diagonal.1");
        const auto& d2 = line(s, std::string("hexahedron.face.") + face + ".diagonal.2");
        // Straight: no point off the chord (torsion would bow them).
        CHECK(bow_of(d1) < 1e-5f);
        CHECK(bow_of(d2) < 1e-5f);
        const glm::vec3 a1 = d1.points.front(), c1 = d1.points.back(), b2 = d2.points.front(), e2 = d2.points.back();
        // Orthogonal, and bisecting each other: a rhombus (or a square) ...
        CHECK(std::abs(glm::dot(glm::normalize(c1 - a1), glm::normalize(e2 - b2))) < 1e-5f);
        CHECK(glm::length(0.5f * (a1 + c1) - 0.5f * (b2 + e2)) < 1e-5f);
        // ... of side a: equilateral.
        CHECK(glm::length(b2 - a1) == Approx(a).epsilon(1e-5));
        CHECK(glm::length(e2 - a1) == Approx(a).epsilon(1e-5));
        // A rhombus that is not a square has diagonals of different lengths.
        if (std::abs(glm::length(c1 - a1) - glm::length(e2 - b2)) > 0.05f * static_cast<float>(a)) ++rhombi;
    }
    CHECK(rhombi == 2);  // the ±y faces, which hold e1 and the tilted e3; the others are squares
    bool note = false;
    for (const auto& n : s.notes) note |= n.find("±y 47.9°") != std::string::npos;
    CHECK(note);
}

TEST_CASE("Fig. 7: torsion stays an option and the magic angle a preset") {
    auto p = figures::default_params(fig7_info());
    p.torsion_deg = model::magic_torsion_deg();
    const auto s = fig7(p);
    CHECK(s.find("angle.torsion"));
    CHECK_THAT(s.caption, Catch::Contains("drawn ×10"));
    CHECK(bow_of(line(s, "hexahedron.face.+x.diagonal.1")) > 1e-3f);
}

TEST_CASE("changing figure carries over only the parameters still at the old figure's defaults") {
    const auto& seven = fig7_info();
    const auto& eleven = *figures::find_figure("11");
    // 11 → 7: the magic torsion of Fig. 11 is its default, so Fig. 7 gets its own, none; Ω_z too.
    figures::FigureParams p = figures::default_params(eleven);
    figures::carry_params(eleven, seven, p);
    CHECK(p.torsion_deg == 0.0);
    CHECK(p.omega_z_deg == Approx(42.1).margin(0.05));
    // 7 → 11 and back: each figure at its own default.
    figures::carry_params(seven, eleven, p);
    CHECK(p.torsion_deg == model::magic_torsion_deg());
    // A value the user set is kept.
    p.torsion_deg = 0.5;
    figures::carry_params(eleven, seven, p);
    CHECK(p.torsion_deg == 0.5);
    // A material's Ω_z is the material's, not a default.
    p = figures::default_params(eleven);
    p.material = "PE";
    figures::carry_params(eleven, seven, p);
    CHECK(p.omega_z_deg == 0.0);
}

TEST_CASE("Fig. 7's notes say which HSM volume the excluded volume is compared with") {
    const auto s = fig7(figures::default_params());
    bool note = false;
    for (const auto& n : s.notes) note |= n.find("σ^3 = 1") != std::string::npos && n.find("π/6") != std::string::npos;
    CHECK(note);
}

TEST_CASE("Fig. 7 says that the twist is exaggerated, and by how much") {
    auto p = figures::default_params();
    p.torsion_deg = model::magic_torsion_deg();
    p.exaggeration = 20.0;  // not the default, so the test sees it
    const auto s = fig7(p);
    CHECK_THAT(s.caption, Catch::Contains("drawn ×20"));
    CHECK_THAT(std::get<scene::Label>(s.find("label.torsion")->shape).text, Catch::Contains("×20"));
    // The drawn twist bends the lateral face diagonals into arcs.
    const auto& d = line(s, "hexahedron.face.+x.diagonal.1");
    const glm::vec3 chord = glm::normalize(d.points.back() - d.points.front());
    float bow = 0.0f;
    for (const auto& q : d.points) bow = std::max(bow, glm::length(glm::cross(q - d.points.front(), chord)));
    CHECK(bow > 1e-3f);

    p.exaggeration = 1.0;
    CHECK_THAT(fig7(p).caption, !Catch::Contains("drawn ×"));
}

TEST_CASE("Fig. 7 with the PP preset reads Eq. 11 and the volume ≈ 1") {
    auto p = figures::default_params();
    p.material = "PP";
    const auto s = fig7(p);
    CHECK_THAT(s.caption, Catch::Contains("PP") && Catch::Contains("263 K") && Catch::Contains("195 K"));
    CHECK_THAT(s.caption, Catch::Contains("0.999"));
    CHECK_THAT(s.title, Catch::Contains("42.1"));
}
