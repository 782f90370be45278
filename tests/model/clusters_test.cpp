// Clusters V_0..V_8 by construction, and Table 1 beside the paper.
#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <string>
#include <vector>

#include "model/clusters.h"
#include "model/constants.h"
#include "model/parameters.h"

using namespace cagescope::model;

TEST_CASE("cluster counts follow the closed forms", "[clusters]") {
    const int i = GENERATE(range(0, 9));
    const Cluster c = make_cluster(i);
    CHECK(c.counts.hsms == 2 * i * i + 10 * i + 5);
    CHECK(c.counts.loop_cbosons == 8 * i + 4);
    CHECK(c.counts.cluster_cbosons == 4 * (i + 1) * (i + 1));
    CHECK(c.counts.loop_hscls == 2 * i * i + 2 * i + 1);
    CHECK(c.counts.jamming == 8 * i);
    CHECK(c.counts.plus_z_hscls + c.counts.minus_z_hscls == c.counts.loop_hscls);
    CHECK(c.loop_sense == (i % 2 == 0 ? Sense::plus_z : Sense::minus_z));
}

TEST_CASE("arrows agree on shared edges and lie at edge midpoints", "[clusters]") {
    const Cluster c = make_cluster(3);
    const double a = lattice_spacing();
    for (const Arrow& arrow : c.arrows) {
        CHECK(glm::length(arrow.direction) == Approx(1.0));
        // One coordinate on the lattice, the other half-way: a midpoint.
        const double fx = arrow.position.x / a - std::floor(arrow.position.x / a);
        const double fy = arrow.position.y / a - std::floor(arrow.position.y / a);
        CHECK(std::abs(fx - 0.5) + std::abs(fy - 0.5) == Approx(0.5).margin(1e-9));
    }
    // V_0: counter-clockwise round a0 (+z): the arrow at (a/2, 0) points +y.
    const Cluster v0 = make_cluster(0);
    bool found = false;
    for (const Arrow& arrow : v0.arrows)
        if (glm::length(arrow.position - glm::dvec3{a / 2, 0, 0}) < 1e-12) {
            found = true;
            CHECK(arrow.direction.y == Approx(1.0));
        }
    CHECK(found);
    // Every inner edge is drawn once even though both ends are centres.
    CHECK(make_cluster(1).arrows.size() == 16);
}

TEST_CASE("jamming particles come in side-by-side pairs", "[clusters]") {
    const Cluster c = make_cluster(2);
    REQUIRE(c.jamming.size() == 16);
    for (std::size_t k = 0; k + 1 < c.jamming.size(); k += 2) {
        const double gap = glm::length(c.jamming[k] - c.jamming[k + 1]);
        CHECK(gap > 0.1);
        CHECK(gap < lattice_spacing());
    }
}

TEST_CASE("Table 1: V_0-V_6 equal in every column", "[table1]") {
    const int i = GENERATE(range(0, 7));
    const Table1Row row = table1_row(i);
    INFO("V_" << i);
    CHECK(row.differs.empty());
    CHECK(row.construction_cells[0] == row.paper.cells[0]);
}

TEST_CASE("Table 1: V_7 equal except jamming, 56 vs 60", "[table1]") {
    const Table1Row row = table1_row(7);
    REQUIRE(row.differs.size() == 1);
    CHECK(row.differs[0] == "jamming");
    CHECK(row.construction.jamming == 56);
    CHECK(row.paper.cells[4] == "60");
}

TEST_CASE("Table 1: V_8 is reported as differing", "[table1]") {
    const Table1Row row = table1_row(8);
    CHECK(row.paper.cells[0] == "196 + 4");
    CHECK(row.differs.size() == kTable1Columns);
    CHECK(row.construction.hsms == 213);
}

TEST_CASE("cluster index outside 0..8 is rejected", "[clusters][edge]") {
    CHECK_THROWS_WITH(make_cluster(9), Catch::Contains("cluster = 9") && Catch::Contains("0 to 8"));
    CHECK_THROWS_AS(make_cluster(-1), ParameterError);
}
