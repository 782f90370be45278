#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <set>
#include <string>
#include <variant>

#include "figures/figures.h"
#include "model/constants.h"
#include "model/two_hsm.h"
#include "projection.h"
#include "caption_numbers.h"

using namespace cagescope;

namespace {
scene::Scene fig2(double time = -1.0, model::SpacingMode mode = model::SpacingMode::equal_angle) {
    auto p = figures::default_params();
    p.time = time;
    p.spacing = mode;
    figures::resolve_and_check(p);
    return figures::build_figure(*figures::find_figure("2"), p);
}

// Counts ids of the form prefix + number (e.g. "pair.7"), not "pair.7.p".
int count_numbered(const scene::Scene& s, const std::string& prefix) {
    int n = 0;
    for (const auto& p : s.primitives) {
        if (p.id.rfind(prefix, 0) != 0) continue;
        const std::string rest = p.id.substr(prefix.size());
        n += !rest.empty() && rest.find_first_not_of("0123456789") == std::string::npos;
    }
    return n;
}

const scene::Polyline& polyline(const scene::Scene& s, const std::string& id) {
    const auto* p = s.find(id);
    REQUIRE(p);
    return std::get<scene::Polyline>(p->shape);
}
}  // namespace

TEST_CASE("Fig. 2 at rest has 16 pairs, 16 orbitals and 16 moments per HSM, ids unique, layers and sections set") {
    const auto mode = GENERATE(model::SpacingMode::equal_angle, model::SpacingMode::equal_step);
    const auto s = fig2(-1.0, mode);
    CHECK(count_numbered(s, "pair.") == 16);
    CHECK(count_numbered(s, "a0.orbital.") == 16);
    CHECK(count_numbered(s, "c0.orbital.") == 16);
    CHECK(count_numbered(s, "a0.moment.") == 16);
    CHECK(count_numbered(s, "c0.moment.") == 16);
    CHECK(count_numbered(s, "a0.point.beta.") == 16);
    CHECK(count_numbered(s, "c0.point.beta.") == 16);
    std::set<std::string> ids;
    for (const auto& p : s.primitives) {
        INFO(p.id);
        CHECK(ids.insert(p.id).second);
        CHECK_FALSE(p.layer.empty());
        CHECK_FALSE(p.section.empty());
    }
    CHECK(s.find("pair.7")->layer == "pairs");
    CHECK(s.find("a0.orbital.7")->layer == "orbitals");
    CHECK(s.find("interface.rectangle")->layer == "interface");
    CHECK(s.find("trap.wedge")->layer == "trap");
}

TEST_CASE("Fig. 2 pairs are the model's, parallel to z, on the interface plane y = a/2") {
    const auto mode = GENERATE(model::SpacingMode::equal_angle, model::SpacingMode::equal_step);
    const auto s = fig2(-1.0, mode);
    const auto m = model::make_two_hsm(mode);
    const float yi = static_cast<float>(model::lattice_spacing() / 2.0);
    for (int l = 1; l <= 16; ++l) {
        INFO("pair " << l);
        const auto& pr = polyline(s, "pair." + std::to_string(l));
        REQUIRE(pr.points.size() == 2);
        const auto& want = m.pairs[static_cast<std::size_t>(l - 1)];
        CHECK(glm::length(pr.points[0] - glm::vec3(want.p)) < 1e-6f);
        CHECK(glm::length(pr.points[1] - glm::vec3(want.p_star)) < 1e-6f);
        CHECK(pr.points[0].y == Approx(yi).margin(1e-6));
        CHECK(pr.points[1].y == Approx(yi).margin(1e-6));
        CHECK(pr.points[0].x == Approx(pr.points[1].x).margin(1e-6));
        CHECK(std::abs(pr.points[1].z - pr.points[0].z) > 1e-4f);  // never of zero length
    }
    // Pair 1 is the prism line 2-2*.
    const auto& first = polyline(s, "pair.1");
    CHECK(glm::length(first.points[0] - glm::vec3(m.interface.p2)) < 1e-6f);
    CHECK(glm::length(first.points[1] - glm::vec3(m.interface.p2_star)) < 1e-6f);
}

TEST_CASE("Fig. 2 orbitals are circles touching the interface at p and p*") {
    const auto s = fig2();
    const auto m = model::make_two_hsm();
    const float yi = static_cast<float>(model::lattice_spacing() / 2.0);
    for (int l : {1, 8, 16}) {
        for (const char* hsm : {"a0", "c0"}) {
            INFO(hsm << " orbital " << l);
            const auto& o = polyline(s, std::string(hsm) + ".orbital." + std::to_string(l));
            CHECK(o.closed);
            const auto& want = (std::string(hsm) == "a0" ? m.a0_orbitals : m.c0_orbitals)[static_cast<std::size_t>(l - 1)];
            float nearest = 1e9f;
            for (const auto& q : o.points) {
                CHECK(glm::length(q - glm::vec3(want.centre)) == Approx(want.radius).margin(1e-5));
                CHECK(q.x == Approx(want.centre.x).margin(1e-6));
                nearest = std::min(nearest, std::abs(q.y - yi));
            }
            CHECK(nearest < 1e-4f);  // it reaches the interface plane
        }
    }
}

TEST_CASE("Fig. 2 stars c0's corner labels and puts its loop clockwise seen from +z") {
    const auto s = fig2();
    for (int c = 9; c <= 12; ++c) {
        const auto* a = s.find("label.a0.corner." + std::to_string(c));
        const auto* b = s.find("label.c0.corner." + std::to_string(c));
        REQUIRE(a);
        REQUIRE(b);
        CHECK(std::get<scene::Label>(a->shape).text == std::to_string(c));
        CHECK(std::get<scene::Label>(b->shape).text == std::to_string(c) + "^*");
        CHECK(glm::length(std::get<scene::Label>(b->shape).anchor -
                          glm::vec3(model::rotate_to_c0(model::cage_corner(c)))) < 1e-6f);
    }
    for (const char* corner : {"2", "2star", "3", "3star"}) CHECK(s.find(std::string("label.interface.") + corner));
    // Signed area of c0's loop 9*, 10*, 11*, 12* projected on the xy plane: negative = clockwise.
    float area = 0.0f;
    for (int c = 9; c <= 12; ++c) {
        const auto p = std::get<scene::Sphere>(s.find("c0.corner." + std::to_string(c))->shape).center;
        const auto q = std::get<scene::Sphere>(s.find("c0.corner." + std::to_string(c == 12 ? 9 : c + 1))->shape).center;
        area += p.x * q.y - q.x * p.y;
    }
    CHECK(area < 0.0f);
}

TEST_CASE("Fig. 2 animation: step k shows k+1 pairs with the PCPs on λ = k+1, then the trap pause") {
    const auto m = model::make_two_hsm();
    for (int k = 0; k < 16; ++k) {
        INFO("time " << k);
        const auto s = fig2(k);
        CHECK(count_numbered(s, "pair.") == k + 1);
        CHECK(count_numbered(s, "a0.orbital.") == k + 1);
        CHECK(s.find("pair." + std::to_string(k + 1)));
        CHECK_FALSE(s.find("pair." + std::to_string(k + 2)));
        const auto pcp = std::get<scene::Sphere>(s.find("a0.pcp")->shape).center;
        CHECK(glm::length(pcp - glm::vec3(m.a0_path[static_cast<std::size_t>(k)].position)) < 1e-6f);
    }
    for (int k = 16; k < 20; ++k) {
        const auto s = fig2(k);
        CHECK(count_numbered(s, "pair.") == 16);
        CHECK_THAT(s.caption, Catch::Contains("trap"));
    }
    // The frames differ: the current pair is drawn bold.
    CHECK(polyline(fig2(3), "pair.4").width_px > polyline(fig2(3), "pair.3").width_px);
}

TEST_CASE("Fig. 2: every label anchor is inside the frame of the default camera") {
    const auto* info = figures::find_figure("2");
    for (double time : {-1.0, 0.0, 7.0, 17.0}) {
        const auto s = fig2(time);
        for (auto projection : {scene::Projection::perspective, scene::Projection::orthographic})
            for (auto view : {info->default_view, scene::ViewPreset::top})
                for (float aspect : {16.0f / 9.0f, 4.0f / 3.0f}) {
                    test::check_labels_in_frame(s, view, projection, aspect);
                }
    }
}

TEST_CASE("Fig. 2 frames the interface region: the cages are not lost next to the whole spheres") {
    const auto s = fig2();
    const auto b = s.bounds();
    // The drawn scene spans less than the two whole spheres would (2r + a in y).
    const double whole = 2.0 * model::hsm_radius() + model::lattice_spacing();
    CHECK(b.max.y - b.min.y < 0.6 * whole);
    CHECK(b.max.z - b.min.z < 1.5 * model::hsm_radius());
}

TEST_CASE("Fig. 2's magnified copy of the interface holds the 16 pairs scaled by the stated factor") {
    const auto s = fig2();
    const auto& text = std::get<scene::Label>(s.find("label.detail")->shape).text;
    const auto x = text.find("×");
    REQUIRE(x != std::string::npos);
    const float factor = std::stof(text.substr(x + std::string("×").size()));
    CHECK(factor > 1.0f);
    for (int l = 1; l <= 16; ++l) {
        const auto& real = polyline(s, "pair." + std::to_string(l));
        const auto& copy = polyline(s, "detail.pair." + std::to_string(l));
        CHECK(glm::length(copy.points[1] - copy.points[0]) ==
              Approx(factor * glm::length(real.points[1] - real.points[0])).epsilon(1e-4));
        CHECK(copy.points[0].x == Approx(copy.points[1].x).margin(1e-6));  // still parallel to z
    }
}

TEST_CASE("Fig. 2 caption and notes carry the computed numbers beside the paper's") {
    const auto s = fig2();
    // The computed values, each before its "(paper ...)".
    CHECK(number_before_paper(s.caption, "overlap") == Approx(model::overlap_fraction() * 100.0).margin(0.005));
    CHECK(number_before_paper(s.caption, "moments turn") == Approx(model::sweep_deg()).margin(0.005));
    CHECK(number_before_paper(s.caption, "trap") == Approx(model::trap_deg()).margin(0.00005));
    CHECK_THAT(s.caption, Catch::Contains("drawn ×"));
    bool crossing = false;
    for (const auto& n : s.notes) crossing |= n.find("between λ = 8 and λ = 9") != std::string::npos;
    CHECK(crossing);
    CHECK_THAT(s.title, Catch::StartsWith("Fig. 2  "));
}

TEST_CASE("Fig. 2 draws the 3-4-5-6 diagonal plane through 10-11 and the diagonals 6-3, 6*-3* parallel to 10-11, 10*-11*") {
    const auto s = fig2();
    const auto m = model::make_two_hsm(model::SpacingMode::equal_angle);
    const auto* plane = s.find("a0.diagonal_plane");
    REQUIRE(plane);
    CHECK(plane->layer == "diagonal_plane");
    CHECK_THAT(plane->section, Catch::Contains("III.A.2"));
    const auto& poly = std::get<scene::Polygon>(plane->shape).points;
    REQUIRE(poly.size() == 4);
    // Corner 3 of the interface, then 11 and 10 of a0's cage.
    CHECK(glm::length(poly[0] - glm::vec3(m.interface.p3)) < 1e-6f);
    CHECK(glm::length(poly[1] - glm::vec3(m.a0_corners[2])) < 1e-6f);
    CHECK(glm::length(poly[2] - glm::vec3(m.a0_corners[1])) < 1e-6f);
    // Planar, and it holds every orbital's diameter P → p (the orbitals "appear in" it).
    const glm::vec3 n = glm::normalize(glm::cross(poly[1] - poly[0], poly[2] - poly[0]));
    for (const auto& p : poly) CHECK(std::abs(glm::dot(p - poly[0], n)) < 1e-6f);
    for (int l = 0; l < 16; ++l) {
        INFO("λ = " << l + 1);
        CHECK(std::abs(glm::dot(glm::vec3(m.a0_path[static_cast<std::size_t>(l)].position) - poly[0], n)) < 1e-6f);
        CHECK(std::abs(glm::dot(glm::vec3(m.pairs[static_cast<std::size_t>(l)].p) - poly[0], n)) < 1e-6f);
    }
    // 6-3 through 3, parallel to 10-11; 6*-3* through 3*, parallel to 10*-11*; the two orthogonal.
    const auto& d = std::get<scene::Polyline>(s.find("a0.diagonal.6-3")->shape).points;
    const auto& ds = std::get<scene::Polyline>(s.find("c0.diagonal.6-3")->shape).points;
    const glm::vec3 u = glm::normalize(d[1] - d[0]), us = glm::normalize(ds[1] - ds[0]);
    const glm::vec3 v = glm::normalize(glm::vec3(m.a0_corners[2] - m.a0_corners[1]));
    const glm::vec3 vs = glm::normalize(glm::vec3(m.c0_corners[2] - m.c0_corners[1]));
    CHECK(glm::length(glm::cross(u, v)) < 1e-6f);
    CHECK(glm::length(glm::cross(us, vs)) < 1e-6f);
    CHECK(std::abs(glm::dot(u, us)) < 1e-6f);
    CHECK(glm::length(d[1] - glm::vec3(m.interface.p3)) < 1e-6f);
    CHECK(glm::length(ds[1] - glm::vec3(m.interface.p3_star)) < 1e-6f);
    // So every p_λ lies on 6-3 and every p*_λ on 6*-3*.
    for (const auto& pr : m.pairs) {
        CHECK(glm::length(glm::cross(glm::vec3(pr.p) - d[0], u)) < 1e-6f);
        CHECK(glm::length(glm::cross(glm::vec3(pr.p_star) - ds[0], us)) < 1e-6f);
    }
    // c0's plane is a0's under R.
    const auto& polys = std::get<scene::Polygon>(s.find("c0.diagonal_plane")->shape).points;
    for (std::size_t k = 0; k < 4; ++k)
        CHECK(glm::length(polys[k] - glm::vec3(model::rotate_to_c0(glm::dvec3(poly[k])))) < 1e-5f);
    bool noted = false;
    for (const auto& note : s.notes) noted = noted || note.find("3-4-5-6") != std::string::npos;
    CHECK(noted);
}
