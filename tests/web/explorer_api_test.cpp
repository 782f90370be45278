// The explorer's calls (src/web/explorer_api) on the host: the catalogue the
// sliders are built from, figures for given parameters, and every bad input
// answered with a message rather than an exception.
#include <catch2/catch.hpp>

#include "figures/figures.h"
#include "model/derivation_table.h"
#include "web/explorer_api.h"
#include "web/figure_data.h"
#include "web/numbers_json.h"

using namespace cagescope;
using nlohmann::json;

TEST_CASE("the catalogue lists every figure with the options it reads and its defaults") {
    const json c = json::parse(web::explorer_catalogue());
    REQUIRE(c["figures"].size() == figures::figure_list().size());
    for (const auto& f : c["figures"]) {
        const figures::FigureInfo& info = *figures::find_figure(f["id"].get<std::string>());
        CHECK(f["options"].size() == figures::options_read(info).size());
        CHECK(f["steps"] == info.animation_steps);
    }
    const json& fig7 = c["figures"][std::distance(figures::figure_list().begin(),
                                                 std::find_if(figures::figure_list().begin(), figures::figure_list().end(),
                                                              [](const auto& f) { return f.id == "7"; }))];
    CHECK(fig7["defaults"]["torsion"] == 0.0);  // Fig. 7's own default
    CHECK(c["materials"].size() == 3);
    bool omega = false;
    for (const auto& p : c["parameters"])
        if (p["name"] == "omega-z") omega = p["min"] == 0.0 && p["max"] == 89.0;
    CHECK(omega);
}

TEST_CASE("a figure for given parameters is the figure the command line draws for them") {
    const json page = json::parse(web::explorer_figure("7", R"({"omega-z": 30, "torsion": 1.0})"));
    REQUIRE_FALSE(page.contains("error"));
    figures::FigureParams params = figures::default_params(*figures::find_figure("7"));
    params.omega_z_deg = 30.0;
    params.torsion_deg = 1.0;
    CHECK(page == web::figure_data(*figures::find_figure("7"), params));
    const json pp = json::parse(web::explorer_figure("7", R"({"material": "PP"})"));
    CHECK(pp["caption"].dump().find("0.9994") != std::string::npos);  // V(PP)
}

TEST_CASE("bad explorer input gets a message not an exception") {
    const auto error_of = [](const std::string& text) {
        const json r = json::parse(text);
        return r.contains("error") ? r["error"].get<std::string>() : std::string();
    };
    CHECK(error_of(web::explorer_figure("99", "{}")).find("no figure 99") != std::string::npos);
    CHECK(error_of(web::explorer_figure("7", R"({"omega-z": 95})")).find("out of range") != std::string::npos);
    CHECK(error_of(web::explorer_figure("7", R"({"lambda": 3})")).find("does not read lambda") != std::string::npos);
    CHECK(error_of(web::explorer_figure("7", R"({"omega-z": "x"})")).find("must be a number") != std::string::npos);
    CHECK(error_of(web::explorer_figure("7", R"({"material": "glass"})")) != "");
    CHECK(error_of(web::explorer_figure("7", "not json")).find("JSON object") != std::string::npos);
    CHECK(error_of(web::explorer_figure("glass", "{}")).find("--format png") != std::string::npos);
    CHECK(error_of(web::explorer_numbers(R"({"tube-n": 0})")).find("out of range") != std::string::npos);
    CHECK(error_of(web::explorer_numbers(R"({"speed": 1})")).find("no input speed") != std::string::npos);
}

TEST_CASE("the explorer's numbers are the derivation table for the same inputs") {
    model::DerivationInputs in;
    in.tube_n = 1000;
    in.tg_over_tm = 0.5;
    CHECK(json::parse(web::explorer_numbers(R"({"tube-n": 1000, "tg-over-tm": 0.5})")) ==
          web::derivation_json(model::derivation_table(in)));
    CHECK(json::parse(web::explorer_table1()).size() == 9);
}
