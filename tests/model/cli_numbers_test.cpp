// `cagescope numbers` and `cagescope table1` as a user runs them.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "support/process.h"

using cagescope::test::run_cagescope;

TEST_CASE("numbers prints the derivation table", "[cli]") {
    const auto r = run_cagescope({"numbers"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("ΔΩ") != std::string::npos);
    CHECK(r.out.find("5.9987") != std::string::npos);
    CHECK(r.out.find("differs") != std::string::npos);
}

TEST_CASE("numbers --json has every key per row", "[cli]") {
    const auto r = run_cagescope({"numbers", "--json"});
    REQUIRE(r.exit_code == 0);
    const auto rows = nlohmann::json::parse(r.out);
    REQUIRE(rows.is_array());
    REQUIRE(rows.size() > 15);
    for (const auto& row : rows)
        for (auto key : {"symbol", "name", "formula", "value", "paper", "section", "status", "note"})
            CHECK(row.contains(key));
    bool found = false;
    for (const auto& row : rows)
        if (row["symbol"] == "d_L*") {
            found = true;
            CHECK(row["value"].get<double>() == Approx(0.1046489233).margin(1e-10));
            CHECK(row["status"] == "differs");
        }
    CHECK(found);
}

TEST_CASE("numbers follows --tube-n and --tg-over-tm", "[cli]") {
    const auto r = run_cagescope({"numbers", "--json", "--tube-n", "1000", "--tg-over-tm", "0.5"});
    REQUIRE(r.exit_code == 0);
    for (const auto& row : nlohmann::json::parse(r.out))
        if (row["symbol"] == "n_z") CHECK(row["value"].get<double>() == Approx(0.0316227766));
}

TEST_CASE("table1 --json marks V_7's jamming count only", "[cli]") {
    const auto r = run_cagescope({"table1", "--json"});
    REQUIRE(r.exit_code == 0);
    const auto rows = nlohmann::json::parse(r.out);
    REQUIRE(rows.size() == 9);
    for (const auto& row : rows)
        for (auto key : {"i", "construction", "paper", "differs"}) CHECK(row.contains(key));
    CHECK(rows[7]["differs"] == nlohmann::json::array({"jamming"}));
    CHECK(rows[3]["differs"].empty());
    CHECK(rows[8]["paper"]["hsms"] == "196 + 4");
    CHECK(rows[7]["paper"]["jamming"] == 60);
    CHECK(rows[7]["construction"]["jamming"] == 56);
}

TEST_CASE("table1 prints both sources and a legend", "[cli]") {
    const auto r = run_cagescope({"table1"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("196 + 4*") != std::string::npos);
    CHECK(r.out.find("56*") != std::string::npos);
    CHECK(r.out.find("* the construction and the paper differ") != std::string::npos);
}

TEST_CASE("bad options exit 2 with a message", "[cli][edge]") {
    CHECK(run_cagescope({"numbers", "--no-such-option"}).exit_code == 2);
    const auto r = run_cagescope({"numbers", "--tube-n", "0"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("tube-n = 0") != std::string::npos);
    CHECK(run_cagescope({"numbers", "--tg-over-tm", "nan"}).exit_code == 2);
}
