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

TEST_CASE("numbers --json carries the rows of issue 14 with their values and statuses", "[cli]") {
    const auto r = run_cagescope({"numbers", "--json"});
    REQUIRE(r.exit_code == 0);
    const auto rows = nlohmann::json::parse(r.out);
    struct Want {
        const char* symbol;
        double value;
        double margin;
        const char* status;
    };
    // MODEL.md §1, computed by hand: 2·(8/3)^(1/6) - 2·2^(1/6); 109.5/90·d_L*;
    // 51.6/8; ×0.08617333262; 200·200^(-2/3); +1; /(20/3).
    for (const Want& w : {Want{"2Δd", 0.11025959, 5e-8, "derived"}, Want{"step", 0.01039537, 5e-8, "derived"},
                          Want{"d_L", 0.12732286, 5e-8, "differs"}, Want{"E_C", 6.45, 1e-9, "derived"},
                          Want{"E_C(meV)", 0.555818, 5e-6, "derived"}, Want{"E_jump", 5.848035, 5e-6, "differs"},
                          Want{"E_jump(0.036)", 7.2, 1e-9, "derived"}, Want{"k_B·T_JG", 6.848035, 5e-6, "differs"},
                          Want{"k_B·T_JG(0.036)", 8.2, 1e-9, "derived"}, Want{"T_JG/T_g", 1.027205, 5e-6, "differs"},
                          Want{"T_JG/T_g(0.036)", 1.23, 1e-9, "derived"}}) {
        INFO(w.symbol);
        int found = 0;
        for (const auto& row : rows)
            if (row["symbol"] == w.symbol) {
                ++found;
                CHECK(row["value"].get<double>() == Approx(w.value).margin(w.margin));
                CHECK(row["status"] == w.status);
                CHECK_FALSE(row["paper"].get<std::string>().empty());
                CHECK_FALSE(row["note"].get<std::string>().empty());
            }
        CHECK(found == 1);
    }
}

TEST_CASE("numbers prints the new rows and the note of a derived reading", "[cli]") {
    const auto r = run_cagescope({"numbers"});
    REQUIRE(r.exit_code == 0);
    for (const char* text : {"E_C ", "6.45 K", "0.556 meV", "E_jump ", "5.848 ε0", "7.200 ε0", "k_B·T_JG ",
                             "8.200 ε0", "T_JG/T_g ", "1.230", "d_L ", "0.12732", "2·(q_R - q0)", "0.11026"})
        CHECK_THAT(r.out, Catch::Contains(text));
    // 2Δd is derived, and its note says that it is a reading of the stated 0.1103.
    CHECK_THAT(r.out, Catch::Contains("↳ note: a reading: the paper states 0.1103"));
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
