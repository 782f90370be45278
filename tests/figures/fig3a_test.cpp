#include <catch2/catch.hpp>
#include <variant>

#include "figures/figures.h"
#include "figures/palette.h"
#include "model/constants.h"
#include "model/lj.h"

using namespace cagescope;

namespace {
scene::Scene fig3a() { return figures::build_figure(*figures::find_figure("3a"), figures::default_params()); }
}  // namespace

TEST_CASE("Fig. 3a marks q_L, q0 and q_R on the curve at the 1/16 level and the well bottom") {
    const auto s = fig3a();
    const auto z_of = [&](const char* id) { return std::get<scene::Sphere>(s.find(id)->shape).center.z; };
    const auto x_of = [&](const char* id) { return std::get<scene::Sphere>(s.find(id)->shape).center.x; };
    // q_L and q_R share the height f = -15/16; q0 sits lower, at f = -1.
    CHECK(z_of("point.q_L") == Approx(z_of("point.q_R")).margin(1e-5));
    CHECK(z_of("point.q0") < z_of("point.q_L"));
    CHECK(x_of("point.q_L") < x_of("point.q0"));
    CHECK(x_of("point.q0") < x_of("point.q_R"));
    // The 1/16 line passes through both fixed points.
    const auto& line = std::get<scene::Polyline>(s.find("line.one_sixteenth")->shape);
    CHECK(line.points[0].z == Approx(z_of("point.q_L")).margin(1e-5));
}

TEST_CASE("Fig. 3a's blue arrow d_L* is one vector from q_1L = q_R to q_1R = σ1/σ0·q_R") {
    const auto s = fig3a();
    const auto* p = s.find("span.d_L");
    REQUIRE(p);
    CHECK(p->layer == "span");
    CHECK_THAT(p->section, Catch::Contains("III.C.1"));
    const auto& arrow = std::get<scene::Arrow>(p->shape);
    // The paper's "blue arrow": the palette's blue, not the old double-headed span.
    CHECK(arrow.color == figures::palette::blue);
    CHECK(s.find("span.d_L.left") == nullptr);
    CHECK(s.find("span.d_L.right") == nullptr);
    const float q_r_x = std::get<scene::Sphere>(s.find("point.q_R")->shape).center.x;
    const float q1r_x = std::get<scene::Sphere>(s.find("point.q1_R")->shape).center.x;
    // A vector from q_L to q_R of σ1: the tail at q_1,L, the tip at q_1,R (pointing +q).
    CHECK(arrow.tail.x == Approx(q_r_x).margin(1e-5));
    CHECK(arrow.tip.x == Approx(q1r_x).margin(1e-5));
    CHECK(arrow.tip.x > arrow.tail.x);
    CHECK(arrow.tip.z == Approx(arrow.tail.z).margin(1e-6));
    // The plot's q scale: the arrow's length over q0's offset from q_L equals d_L* / (q0 - q_L).
    const float q_l_x = std::get<scene::Sphere>(s.find("point.q_L")->shape).center.x;
    const float q0_x = std::get<scene::Sphere>(s.find("point.q0")->shape).center.x;
    CHECK((arrow.tip.x - arrow.tail.x) / (q0_x - q_l_x) ==
          Approx(model::d_l_star() / (model::q0() - model::q_left())).epsilon(1e-4));
    CHECK_THAT(std::get<scene::Label>(s.find("label.d_L")->shape).text, Catch::Contains("0.104649"));
}

TEST_CASE("Fig. 3a's inset tangents have slope -1 and +1 at χ = 3/8 and 5/8") {
    CHECK(model::lj_df_dchi(3.0 / 8.0) == Approx(-1.0));
    const auto s = fig3a();
    for (const char* id : {"inset.tangent.3_8", "inset.tangent.5_8"}) {
        const auto& t = std::get<scene::Polyline>(s.find(id)->shape);
        const float slope = (t.points[1].z - t.points[0].z) / (t.points[1].x - t.points[0].x);
        CHECK((std::string(id).find("3_8") != std::string::npos ? slope < 0.0f : slope > 0.0f));
    }
    CHECK_THAT(s.caption, Catch::Contains("paper 0.10464895") && Catch::Contains("1.12246"));
}
