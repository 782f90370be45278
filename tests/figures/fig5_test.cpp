#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <set>
#include <string>
#include <variant>

#include "figures/figures.h"
#include "figures/palette.h"
#include "model/constants.h"
#include "model/parameters.h"
#include "model/two_hsm.h"
#include "projection.h"

using namespace cagescope;

namespace {
figures::FigureParams params(int lambda, double time = -1.0) {
    auto p = figures::default_params();
    p.lambda = lambda;
    p.time = time;
    return p;
}
scene::Scene fig5(int lambda, double time = -1.0) {
    auto p = params(lambda, time);
    figures::resolve_and_check(p);
    return figures::build_figure(*figures::find_figure("5"), p);
}
const scene::Polyline& polyline(const scene::Scene& s, const std::string& id) {
    const auto* p = s.find(id);
    REQUIRE(p);
    return std::get<scene::Polyline>(p->shape);
}
int count_numbered(const scene::Scene& s, const std::string& prefix) {
    int n = 0;
    for (const auto& p : s.primitives) {
        if (p.id.rfind(prefix, 0) != 0) continue;
        const std::string rest = p.id.substr(prefix.size());
        n += !rest.empty() && rest.find_first_not_of("0123456789") == std::string::npos;
    }
    return n;
}
}  // namespace

TEST_CASE("Fig. 5 draws the coupled λ and λ* angle lines, orbitals and pair of the chosen λ") {
    const int lambda = GENERATE(1, 5, 8, 9, 16);
    INFO("lambda " << lambda);
    const auto s = fig5(lambda);
    const auto m = model::make_two_hsm();
    const auto i = static_cast<std::size_t>(lambda - 1);
    const std::string l = std::to_string(lambda);

    const auto& a = polyline(s, "a0.angle_line." + l);
    const auto& c = polyline(s, "c0.angle_line." + l);
    CHECK(glm::length(a.points[0]) < 1e-6f);
    CHECK(glm::length(a.points[1] - glm::vec3(model::contact_position(model::Space::beta, lambda))) < 1e-6f);
    CHECK(glm::length(c.points[0] - glm::vec3(m.c0_centre)) < 1e-6f);
    // c0's line is the image of a0's under R.
    CHECK(glm::length(c.points[1] - glm::vec3(model::rotate_to_c0(glm::dvec3(a.points[1])))) < 1e-6f);

    const auto& pair = polyline(s, "pair." + l);
    CHECK(glm::length(pair.points[0] - glm::vec3(m.pairs[i].p)) < 1e-6f);
    CHECK(glm::length(pair.points[1] - glm::vec3(m.pairs[i].p_star)) < 1e-6f);
    CHECK(pair.points[0].x == Approx(pair.points[1].x).margin(1e-6));
    CHECK(pair.points[0].y == Approx(model::lattice_spacing() / 2.0).margin(1e-6));
    CHECK(count_numbered(s, "pair.") == 1);  // at rest only the chosen pair

    for (const char* hsm : {"a0", "c0"}) {
        const auto& o = polyline(s, std::string(hsm) + ".orbital." + l);
        const auto& want = (std::string(hsm) == "a0" ? m.a0_orbitals : m.c0_orbitals)[i];
        for (const auto& q : o.points) CHECK(glm::length(q - glm::vec3(want.centre)) == Approx(want.radius).margin(1e-5));
        CHECK(glm::length(glm::vec3(want.touch) - glm::vec3(std::string(hsm) == "a0" ? m.pairs[i].p : m.pairs[i].p_star)) < 1e-6f);
    }
    CHECK_THAT(std::get<scene::Label>(s.find("label.pair.p")->shape).text, Catch::StartsWith("p"));
    CHECK_THAT(s.title, Catch::Contains("λ = " + l));
}

TEST_CASE("Fig. 5 marks Φ = 4.21° (stated) at 0* and ΔΩ/√2 beside it") {
    const auto s = fig5(5);
    const auto& arc = polyline(s, "angle.phi");
    const auto& first = arc.points.front();
    const auto& last = arc.points.back();
    const double angle = std::acos(glm::dot(glm::normalize(first), glm::normalize(last))) * 180.0 / M_PI;
    CHECK(angle == Approx(model::overlap_angle_deg()).margin(1e-3));
    CHECK_THAT(std::get<scene::Label>(s.find("label.phi")->shape).text, Catch::Contains("4.21°") && Catch::Contains("stated"));
    CHECK_THAT(std::get<scene::Label>(s.find("label.delta_omega")->shape).text, Catch::Contains("4.24°"));
    CHECK(s.find("interface.rectangle"));
}

TEST_CASE("Fig. 5 rejects λ outside 1..16") {
    for (int bad : {0, 17, -3}) {
        auto p = params(bad);
        CHECK_THROWS_AS(figures::resolve_and_check(p), model::ParameterError);
        CHECK_THROWS_AS(figures::build_figure(*figures::find_figure("5"), p), model::ParameterError);
    }
}

TEST_CASE("Fig. 5 animation walks λ: step k highlights λ = k+1 with k+1 pairs, then the trap pause") {
    for (int k = 0; k < 16; ++k) {
        INFO("time " << k);
        const auto s = fig5(5, k);
        CHECK(s.find("a0.angle_line." + std::to_string(k + 1)));
        CHECK(count_numbered(s, "pair.") == k + 1);
        CHECK(polyline(s, "pair." + std::to_string(k + 1)).width_px > 2.0f);
    }
    const auto pause = fig5(5, 18);
    CHECK(pause.find("a0.angle_line.16"));
    CHECK_THAT(pause.caption, Catch::Contains("trap"));
}

TEST_CASE("Fig. 5: ids unique, and every label anchor is inside the frame of the default camera") {
    const auto* info = figures::find_figure("5");
    for (int lambda : {1, 8, 16}) {
        const auto s = fig5(lambda);
        std::set<std::string> ids;
        for (const auto& p : s.primitives) {
            INFO(p.id);
            CHECK(ids.insert(p.id).second);
            CHECK_FALSE(p.layer.empty());
            CHECK_FALSE(p.section.empty());
        }
        for (auto projection : {scene::Projection::perspective, scene::Projection::orthographic})
            for (auto view : {info->default_view, scene::ViewPreset::top})
                for (float aspect : {16.0f / 9.0f, 4.0f / 3.0f}) {
                    test::check_labels_in_frame(s, view, projection, aspect);
                }
    }
}

TEST_CASE("Fig. 5's red dot θ_λ is on a0's angle line λ at the contact circle, θ_λ* its image on c0's") {
    const int lambda = GENERATE(1, 8, 16);
    INFO("λ = " << lambda);
    const auto s = fig5(lambda);
    const auto* dot = s.find("theta." + std::to_string(lambda));
    REQUIRE(dot);
    CHECK(dot->layer == "theta");
    CHECK_THAT(dot->section, Catch::Contains("III.A.3"));
    const auto& t = std::get<scene::Sphere>(dot->shape);
    CHECK(t.color == figures::palette::red);
    const glm::dvec3 contact = model::contact_position(model::Space::beta, lambda);
    CHECK(glm::length(t.center - glm::vec3(contact)) < 1e-6f);
    CHECK(glm::length(t.center) == Approx(1.0).margin(1e-6));  // on the σ = 1 circle round 0*
    // On the drawn angle line λ of a0: its far end.
    const auto& line = polyline(s, "a0.angle_line." + std::to_string(lambda));
    CHECK(glm::length(line.points.back() - t.center) < 1e-6f);
    const auto* star = s.find("theta_star." + std::to_string(lambda));
    REQUIRE(star);
    const auto& ts = std::get<scene::Sphere>(star->shape);
    CHECK(ts.color == figures::palette::red);
    CHECK(glm::length(ts.center - glm::vec3(model::rotate_to_c0(contact))) < 1e-6f);
    CHECK(glm::length(polyline(s, "c0.angle_line." + std::to_string(lambda)).points.back() - ts.center) < 1e-6f);
}
