#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>
#include <variant>

#include "figures/figures.h"
#include "figures/palette.h"
#include "model/constants.h"

using namespace cagescope;

namespace {
scene::Scene build(const char* id, figures::FigureParams p = figures::default_params()) {
    return figures::build_figure(*figures::find_figure(id), p);
}
}  // namespace

TEST_CASE("Fig. 11 magnifies the gap from q_β-16 to 11 and relaxes the twist as the PCP leaves the trap") {
    const auto rest = build("11");
    CHECK_THAT(std::get<scene::Label>(rest.find("label.magnifier.radius")->shape).text, Catch::Contains("magnified ×"));
    CHECK(rest.find("torsion.arrow.arc"));
    CHECK_THAT(std::get<scene::Label>(rest.find("label.pcp")->shape).text, Catch::Contains("trap"));

    auto p = figures::default_params();
    p.time = 15.0;  // fully relaxed
    const auto relaxed = build("11", p);
    CHECK_FALSE(relaxed.find("torsion.arrow.arc"));
    CHECK_THAT(std::get<scene::Label>(relaxed.find("label.torsion")->shape).text, Catch::Contains("0.000°"));
    // Relaxed, the β face diagonal 10 → 11 is straight again.
    const auto& d = std::get<scene::Polyline>(relaxed.find("face.beta.diagonal")->shape);
    const glm::vec3 chord = glm::normalize(d.points.back() - d.points.front());
    for (const auto& q : d.points) CHECK(glm::length(glm::cross(q - d.points.front(), chord)) < 1e-6f);
}

namespace {
const scene::Primitive& prim(const scene::Scene& s, const std::string& id) {
    const auto* p = s.find(id);
    INFO(id);
    REQUIRE(p);
    return *p;
}
// The sense of a polyline round the z axis seen from +z: +1 counter-clockwise.
int sense_round_z(const std::vector<glm::vec3>& pts) {
    float z = 0.0f;
    for (std::size_t i = 1; i < pts.size(); ++i) z += pts[i - 1].x * pts[i].y - pts[i - 1].y * pts[i].x;
    return z > 0.0f ? 1 : (z < 0.0f ? -1 : 0);
}
}  // namespace

TEST_CASE("Fig. 11's red ∠Tors arrow and the a0 sphere's yellow ∠Tors turn opposite ways round z") {
    const auto s = build("11");
    const auto& red = prim(s, "torsion.arrow.arc");
    CHECK(red.layer == "torsion");
    CHECK(std::get<scene::Polyline>(red.shape).color == figures::palette::red);
    CHECK(std::get<scene::Arrow>(prim(s, "torsion.arrow.head").shape).color == figures::palette::red);
    const auto& yellow = prim(s, "sphere_turn.arrow.arc");
    CHECK(yellow.layer == "sphere_turn");
    CHECK_THAT(yellow.section, Catch::Contains("IV.D.3"));
    CHECK(std::get<scene::Polyline>(yellow.shape).color == figures::palette::yellow);
    CHECK(std::get<scene::Arrow>(prim(s, "sphere_turn.arrow.head").shape).color == figures::palette::yellow);
    // The cage twists with a positive ∠Tors (counter-clockwise from +z); the sphere turns back.
    REQUIRE(figures::default_params().torsion_deg > 0.0);
    CHECK(sense_round_z(std::get<scene::Polyline>(red.shape).points) == 1);
    CHECK(sense_round_z(std::get<scene::Polyline>(yellow.shape).points) == -1);
    // Both on the Ω_z axis: every point the same distance from it.
    for (const char* id : {"torsion.arrow.arc", "sphere_turn.arrow.arc"}) {
        const auto& pts = std::get<scene::Polyline>(prim(s, id).shape).points;
        const float r0 = std::hypot(pts.front().x, pts.front().y);
        for (const auto& p : pts) CHECK(std::hypot(p.x, p.y) == Approx(r0).epsilon(1e-4));
    }
    CHECK(figures::palette::yellow != figures::palette::interface_plane);
}

TEST_CASE("Fig. 11's red arc runs from q_β-16 to 11 with radius |q_β-16 − 11|, in the twisted β face") {
    const auto s = build("11");
    const auto& arc_p = prim(s, "arc.red");
    CHECK(arc_p.layer == "arc");
    CHECK_THAT(arc_p.section, Catch::Contains("IV.D.3"));
    const auto& arc = std::get<scene::Polyline>(arc_p.shape);
    CHECK(arc.color == figures::palette::red);
    const glm::vec3 q16 = std::get<scene::Sphere>(prim(s, "magnifier.q_beta_16").shape).center;
    const glm::vec3 c11 = std::get<scene::Sphere>(prim(s, "magnifier.corner.11").shape).center;
    const glm::vec3 centre = std::get<scene::Sphere>(prim(s, "arc.centre").shape).center;
    // From q_{β-16} to 11, the ends not hidden under the balls drawn there.
    CHECK(glm::length(arc.points.front() - q16) < 1e-5f);
    CHECK(glm::length(arc.points.back() - c11) < 1e-5f);
    const float chord = glm::length(q16 - c11);
    CHECK(std::get<scene::Sphere>(prim(s, "magnifier.q_beta_16").shape).radius < 0.1f * chord);
    // Radius = the distance from q_{β-16} to 11, at every sample; so the arc spans 60°.
    for (const auto& p : arc.points) CHECK(glm::length(p - centre) == Approx(chord).epsilon(1e-3));
    const float turn = std::acos(glm::dot(glm::normalize(q16 - centre), glm::normalize(c11 - centre)));
    CHECK(glm::degrees(turn) == Approx(60.0).margin(0.05));
    // Curved, not the old straight segment: its middle is off the chord.
    const glm::vec3 m = arc.points[arc.points.size() / 2];
    CHECK(glm::length(glm::cross(m - q16, glm::normalize(c11 - q16))) > 0.1f * chord);
    // Planar, and bowed within the twisted β face: the arc's centre lies off
    // the chord's middle perpendicular to both the chord and the face's normal
    // (the face is not flat when twisted: its normal from three corners).
    const glm::vec3 m_plane = glm::normalize(glm::cross(q16 - centre, c11 - centre));
    for (const auto& p : arc.points) CHECK(std::abs(glm::dot(p - centre, m_plane)) < 1e-3f * chord);
    const auto& face = std::get<scene::Polygon>(prim(s, "face.beta").shape).points;
    const glm::vec3 n = glm::normalize(glm::cross(face[1] - face[0], face[2] - face[0]));
    const glm::vec3 off = glm::normalize(centre - 0.5f * (q16 + c11));
    CHECK(std::abs(glm::dot(off, n)) < 1e-3f);
    CHECK(std::abs(glm::dot(off, glm::normalize(c11 - q16))) < 1e-3f);
    // The true radius, printed: the magnified chord over the magnification.
    CHECK_THAT(std::get<scene::Label>(prim(s, "label.arc.radius").shape).text, Catch::Contains("q_{β-16} − 11"));
}

TEST_CASE("Fig. 11 marks ∠Trap as the wedge at the axis, the trap angle drawn ×500") {
    const auto s = build("11");
    const auto& w = prim(s, "trap.wedge");
    CHECK(w.layer == "trap");
    const auto& pts = std::get<scene::Polygon>(w.shape).points;
    REQUIRE(pts.size() == 3);
    CHECK(std::hypot(pts[0].x, pts[0].y) < 1e-6f);  // apex on the Ω_z axis
    const auto az = [](const glm::vec3& p) { return std::atan2(p.y, p.x) * 180.0 / M_PI; };
    CHECK((az(pts[2] - pts[0]) - az(pts[1] - pts[0])) / 500.0 == Approx(model::trap_deg()).epsilon(1e-3));
    CHECK_THAT(std::get<scene::Label>(prim(s, "label.trap").shape).text,
               Catch::Contains("∠Trap = 0.0198°") && Catch::Contains("×500"));
}
