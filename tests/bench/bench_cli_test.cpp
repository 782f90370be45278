// `cagescope bench --frames 3 --json` runs and emits valid JSON with the
// expected keys. Nothing is asserted about the times themselves.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/process.h"

using namespace cagescope;

namespace {
void check_frame_keys(const nlohmann::json& row) {
    for (const char* key : {"frames_measured", "frame_ms_median", "frame_ms_p95", "fps_median", "msaa", "gl_errors"})
        CHECK(row.contains(key));
}
void check_export_keys(const nlohmann::json& e) {
    for (const char* key : {"total_ms", "scene_ms", "render_ms", "encode_ms", "write_ms"}) {
        INFO(key);
        REQUIRE(e.contains(key));
        CHECK(e[key].get<double>() >= 0.0);
    }
}
}  // namespace

TEST_CASE("bench --frames 3 --json prints one JSON report with every key") {
    // One small figure keeps the test short; --figure all runs the same code per scene.
    const auto r = test::run_cagescope({"bench", "--figure", "3b", "--frames", "3", "--runs", "1", "--size", "320x200",
                                        "--json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto report = nlohmann::json::parse(r.out);  // throws (fails) if not valid JSON
    for (const char* key : {"version", "gl_renderer", "size", "frames", "msaa", "floor", "scenes", "bench_peak_mb"})
        CHECK(report.contains(key));
    CHECK(report["size"] == "320x200");
    CHECK(report["frames"] == 3);

    const auto& floor = report["floor"];
    CHECK(floor.contains("context_ms"));
    check_frame_keys(floor);
    check_export_keys(floor["export_1080p"]);
    check_export_keys(floor["export_2160p"]);
    CHECK(floor.contains("render_process_s"));
    CHECK(floor["render_process_peak_mb"].get<double>() > 0.0);

    REQUIRE(report["scenes"].size() == 1);
    const auto& row = report["scenes"][0];
    CHECK(row["figure"] == "3b");
    for (const char* key : {"build_ms", "upload_ms", "rebuild_ms", "render_process_s", "render_process_peak_mb"})
        CHECK(row.contains(key));
    CHECK(row["primitives"]["spheres"].get<int>() > 0);
    check_frame_keys(row);
    CHECK(row["frames_measured"] == 3);
    CHECK(row["gl_errors"] == 0);
    check_export_keys(row["export_1080p"]);
    check_export_keys(row["export_2160p"]);

    // Quality against the 4x4-supersampled reference, with and without the
    // text: a figure has edges, and its export is close to the reference
    // but not the same.
    const auto& q = row["quality_1080p"];
    CHECK(q["reference_ssaa"] == 4);
    CHECK(q["reference_msaa"] == 4);
    for (const char* part : {"frame", "geometry"}) {
        INFO(part);
        const auto& p = q[part];
        REQUIRE(p["psnr_db"].is_number());
        CHECK(p["psnr_db"].get<double>() > 20.0);
        CHECK(p["psnr_db"].get<double>() < 90.0);
        CHECK(p["edge_pixels"].get<long>() > 1000);
        CHECK(p["edge_error_p99"].get<int>() > 0);
        CHECK(p["edge_error_p99"].get<int>() <= p["edge_error_max"].get<int>());
        CHECK(p["edge_error_max"].get<int>() <= 255);
    }
    // Text is the worst part of the frame: without it the image is closer.
    CHECK(q["geometry"]["psnr_db"].get<double>() > q["frame"]["psnr_db"].get<double>());
}

TEST_CASE("bench refuses an unknown figure with exit status 2") {
    const auto r = test::run_cagescope({"bench", "--figure", "99", "--frames", "3", "--json"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("available") != std::string::npos);
}
