#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <set>
#include <variant>

#include "figures/figures.h"
#include "model/constants.h"
#include "model/hexahedron.h"

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

TEST_CASE("Fig. 7's notes say which HSM volume the excluded volume is compared with") {
    const auto s = fig7(figures::default_params());
    bool note = false;
    for (const auto& n : s.notes) note |= n.find("σ^3 = 1") != std::string::npos && n.find("π/6") != std::string::npos;
    CHECK(note);
}

TEST_CASE("Fig. 7 says that the twist is exaggerated, and by how much") {
    auto p = figures::default_params();
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
