#include <catch2/catch.hpp>
#include <cmath>
#include <glm/geometric.hpp>
#include <variant>

#include "figures/figures.h"
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
