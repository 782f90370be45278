// Material presets (Ω_z computed by Eq. 11) and the tube (Eq. 8-10).
#include <catch2/catch.hpp>
#include <cmath>

#include "model/materials.h"
#include "model/parameters.h"
#include "model/tube.h"

using namespace cagescope::model;

TEST_CASE("material presets", "[materials]") {
    CHECK(polyethylene().omega_z_deg() == 0.0);
    CHECK(std::round(polyethylene().volume() * 1e4) == 13479);
    CHECK(std::round(polypropylene().omega_z_deg() * 10) == 421);
    CHECK(std::round(polypropylene().volume() * 1e4) == 9994);
    CHECK(arsenic_trisulfide().tg0 == 404.0);
    CHECK(std::round(arsenic_trisulfide().omega_z_deg() * 10) == 256);
    CHECK(std::round(arsenic_trisulfide().volume() * 1e4) == 12156);
    CHECK(material_preset("as2s3").name == "As2S3");
    CHECK(material_presets().size() == 3);
    CHECK_THROWS_AS(material_preset("glass"), ParameterError);
}

TEST_CASE("custom materials", "[materials][edge]") {
    CHECK(custom_material(300.0, 150.0).omega_z_deg() == Approx(60.0));
    CHECK(custom_material_from_temperatures(448.0, 583.0, 370.0).tg0 == 404.0);
    CHECK_THROWS_WITH(custom_material(300.0, 400.0), Catch::Contains("tg0 = 400 K"));
    CHECK_THROWS_WITH(custom_material(-5.0, 1.0), Catch::Contains("tg = -5 K") && Catch::Contains("1 K to 5000 K"));
    CHECK_THROWS_AS(custom_material_from_temperatures(448.0, 400.0, 370.0), ParameterError);
}

TEST_CASE("the tube", "[tube]") {
    const Tube t = make_tube(200, 2.0 / 3.0);
    CHECK(t.units.size() == 200);
    CHECK(t.units[1].z == Approx(t.spacing));
    CHECK(t.vacancy_edge == t.spacing);
    CHECK(std::round(t.n_z * 1e5) == 2924);
    CHECK(t.p_plus == Approx(std::pow(200.0, -20.0 / 3.0)));
    CHECK(t.p_minus == Approx(t.p_plus).epsilon(1e-9));
    CHECK(make_tube(1, 0.5).n_z == 1.0);
}

TEST_CASE("tube parameters out of range", "[tube][edge]") {
    CHECK_THROWS_WITH(make_tube(0, 0.5), Catch::Contains("tube-n = 0") && Catch::Contains("1 to 2000"));
    CHECK_THROWS_WITH(make_tube(2001, 0.5), Catch::Contains("tube-n = 2001"));
    CHECK_THROWS_WITH(make_tube(200, 1.0), Catch::Contains("tg-over-tm = 1"));
    CHECK_THROWS_WITH(make_tube(200, std::nan("")), Catch::Contains("tg-over-tm = nan"));
}
