// Outputs that cannot be written and environments without a usable GL, run as
// real processes that get as far as rendering: exit 1 for failures while
// working, a message naming the file or what is missing, no partial file, and
// an existing file never clobbered.
#include <catch2/catch.hpp>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "spawn.h"

using namespace cagescope;
namespace fs = std::filesystem;

namespace {
const std::vector<std::string> kSmall{"--size", "64x48", "--ssaa", "1", "--quiet"};

std::vector<std::string> render_args(std::vector<std::string> args) {
    args.insert(args.begin(), "render");
    args.insert(args.end(), kSmall.begin(), kSmall.end());
    return args;
}

// A tiny tmpfs mounted for the test (root and a kernel that allows it), unmounted after.
struct TinyFs {
    test::TempDir dir;
    bool mounted = false;
    std::string why_not;
    explicit TinyFs(const char* size) {
        const std::string options = std::string("size=") + size;
        mounted = ::mount("tmpfs", dir.path.c_str(), "tmpfs", 0, options.c_str()) == 0;
        if (!mounted) why_not = std::strerror(errno);
    }
    ~TinyFs() {
        if (mounted) ::umount2(dir.path.c_str(), MNT_DETACH);
    }
};
}  // namespace

TEST_CASE("a full disk fails the export with exit 1, keeps the old file and leaves no temporary file", "[outputs]") {
    TinyFs disk("64k");
    if (!disk.mounted) {
        WARN("cannot mount a tmpfs here (" << disk.why_not << "): the full-disk case runs only with RLIMIT_FSIZE below");
        return;
    }
    const std::string keep = disk.dir / "fig7.png";
    test::write_file(keep, "the old image");
    // Fill what is left, so the next write hits ENOSPC.
    {
        std::FILE* f = std::fopen((disk.dir / "filler").c_str(), "wb");
        REQUIRE(f);
        const std::string block(4096, 'x');
        while (std::fwrite(block.data(), 1, block.size(), f) == block.size() && std::fflush(f) == 0) {
        }
        std::fclose(f);
    }
    const auto r = test::run_cagescope_with(render_args({"--figure", "7", "--out", keep}));
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("cannot write " + keep) && Catch::Contains("No space left on device"));
    CHECK(test::read_file(keep) == "the old image");
    CHECK(disk.dir.listing() == "fig7.png filler");
}

TEST_CASE("a write cut short (file size limit, as on a full disk) keeps the old PNG and sidecar", "[outputs]") {
    test::TempDir dir;
    const std::string png = dir / "fig7.png";
    test::write_file(png, "the old image");
    test::write_file(dir / "fig7.json", "the old sidecar");
    // 2000 bytes: the PNG of a 640x480 figure is far larger, so its write fails with EFBIG.
    const auto r = test::run_cagescope_with({"render", "--figure", "7", "--size", "640x480", "--ssaa", "1", "--out", png},
                                            {}, 2000);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("cannot write " + png) && Catch::Contains("File too large"));
    CHECK(test::read_file(png) == "the old image");
    CHECK(test::read_file(dir / "fig7.json") == "the old sidecar");
    CHECK(dir.listing() == "fig7.json fig7.png");
}

TEST_CASE("an unwritable directory fails by name, nothing is left behind", "[outputs]") {
    test::TempDir dir;
    // /proc takes no new files, even from root.
    const auto r = test::run_cagescope_with(render_args({"--figure", "7", "--out", "/proc/fig7.png"}));
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("cannot write /proc/fig7.png"));
    CHECK_FALSE(fs::exists("/proc/fig7.png"));

    // A directory whose name is taken by a file.
    test::write_file(dir / "taken", "x");
    const auto taken = test::run_cagescope_with(render_args({"--figure", "7", "--out-dir", dir / "taken"}));
    INFO(taken.err);
    CHECK(taken.exit_code == 2);
    CHECK_THAT(taken.err, Catch::Contains(dir / "taken") && Catch::Contains("is not a directory"));
    CHECK(dir.listing() == "taken");
}

TEST_CASE("a PNG name that is a symlink to /dev/full is replaced, never written through", "[outputs]") {
    test::TempDir dir;
    const std::string link = dir / "fig7.png";
    fs::create_symlink("/dev/full", link);
    const auto r = test::run_cagescope_with(render_args({"--figure", "7", "--out", link}));
    INFO(r.err);
    // The image goes to a temporary file beside it and is renamed over the
    // link: /dev/full is never the target of a write.
    CHECK(r.exit_code == 0);
    CHECK(fs::is_regular_file(fs::symlink_status(link)));
    CHECK(test::read_file(link).substr(1, 3) == "PNG");
    CHECK(dir.listing() == "fig7.json fig7.png");
}

TEST_CASE("a sidecar with unknown keys renders, with a warning per key", "[files]") {
    test::TempDir dir;
    REQUIRE(test::run_cagescope_with(render_args({"--figure", "7", "--out", dir / "a.png"})).exit_code == 0);
    auto sidecar = nlohmann::json::parse(test::read_file(dir / "a.json"));
    sidecar["zoom"] = 2;
    sidecar["camera"]["roll"] = 5;
    test::write_file(dir / "b.json", sidecar.dump());
    const auto r = test::run_cagescope_with({"render", "--from", dir / "b.json", "--out", dir / "c.png", "--quiet"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    // On one line (dump() without indentation), so each is at line 1.
    CHECK_THAT(r.err, Catch::Contains("warning: " + dir / "b.json" + ":1:") &&
                          Catch::Contains("unknown key 'zoom' ignored (a sidecar has ") &&
                          Catch::Contains("unknown key 'camera.roll' ignored (camera has "));
    CHECK(test::png_without_text(test::read_file(dir / "a.png")) == test::png_without_text(test::read_file(dir / "c.png")));
}

TEST_CASE("render --hide-layer takes the figure's layers and the caption, and the sidecar lists them", "[outputs]") {
    test::TempDir dir;
    const auto r = test::run_cagescope_with(
        render_args({"--figure", "7", "--hide-layer", "faces", "--hide-layer", "caption", "--out", dir / "a.png"}));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto sidecar = nlohmann::json::parse(test::read_file(dir / "a.json"));
    CHECK(sidecar["hidden_layers"] == nlohmann::json{"faces", "caption"});
}

TEST_CASE("render --all hides a layer where a figure has it, each sidecar lists only its own", "[outputs]") {
    test::TempDir dir;
    const auto r = test::run_cagescope_with(render_args({"--all", "--hide-layer", "labels", "--out-dir", dir / "all"}));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(nlohmann::json::parse(test::read_file(dir / "all/fig1a.json"))["hidden_layers"] == nlohmann::json{"labels"});
    CHECK(nlohmann::json::parse(test::read_file(dir / "all/fig7.json"))["hidden_layers"] == nlohmann::json::array());
}

TEST_CASE("a sidecar hiding a layer its figure lacks renders with a warning and drops it", "[files]") {
    test::TempDir dir;
    REQUIRE(test::run_cagescope_with(render_args({"--figure", "7", "--hide-layer", "faces", "--out", dir / "a.png"}))
                .exit_code == 0);
    auto sidecar = nlohmann::json::parse(test::read_file(dir / "a.json"));
    sidecar["hidden_layers"] = {"faces", "lables"};
    test::write_file(dir / "b.json", sidecar.dump(1));
    const auto r = test::run_cagescope_with({"render", "--from", dir / "b.json", "--out", dir / "c.png", "--quiet"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("warning: " + dir / "b.json" + ":") &&
                          Catch::Contains(": unknown layer 'lables' ignored (figure 7 has faces, hexahedron, "));
    CHECK(nlohmann::json::parse(test::read_file(dir / "c.json"))["hidden_layers"] == nlohmann::json{"faces"});
    CHECK(test::png_without_text(test::read_file(dir / "a.png")) == test::png_without_text(test::read_file(dir / "c.png")));
}

TEST_CASE("no usable EGL or GL: exit 1 saying what is missing, no file", "[env]") {
    struct Env {
        std::string var;
        std::string expected;
    };
    const Env e = GENERATE(values<Env>({
        // glvnd finds no EGL vendor: no driver at all.
        {"__EGL_VENDOR_LIBRARY_FILENAMES=/nonexistent/egl.json", "a Mesa EGL driver is needed"},
        {"__EGL_VENDOR_LIBRARY_DIRS=/nonexistent", "a Mesa EGL driver is needed"},
        // Mesa cannot load its driver.
        {"LIBGL_DRIVERS_PATH=/nonexistent", "eglInitialize failed"},
        {"GALLIUM_DRIVER=nonexistent", "eglInitialize failed"},
        // GL older than 3.3.
        {"MESA_GL_VERSION_OVERRIDE=2.1", "a Mesa driver with OpenGL 3.3 is needed"},
        {"MESA_GL_VERSION_OVERRIDE=3.2", "a Mesa driver with OpenGL 3.3 is needed"},
    }));
    test::TempDir dir;
    const auto r = test::run_cagescope_with(render_args({"--figure", "7", "--out", dir / "a.png"}), {e.var});
    INFO(e.var << ": " << r.err);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("cagescope: error: headless OpenGL") && Catch::Contains(e.expected));
    CHECK(dir.listing() == "");
}

TEST_CASE("without EGL, SVG, PDF, glTF and HTML exports still work: only a PNG makes a GL context", "[env]") {
    const std::string format = GENERATE("svg", "pdf", "glb", "html");
    test::TempDir dir;
    const auto r = test::run_cagescope_with(render_args({"--figure", "7", "--out", dir / ("a." + format)}),
                                            {"__EGL_VENDOR_LIBRARY_FILENAMES=/nonexistent/egl.json"});
    INFO(format << ": " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(fs::file_size(dir / ("a." + format)) > 0);
    CHECK(fs::file_size(dir / "a.json") > 0);
}

TEST_CASE("ffmpeg missing: exit 1 before any frame, saying how to install it or get PNGs", "[env]") {
    test::TempDir dir;
    const auto r = test::run_cagescope_with(
        {"render", "--figure", "2", "--frames", "0:3:1", "--mp4", dir / "a.mp4"}, {"PATH=/nonexistent"});
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("ffmpeg is not installed") && Catch::Contains("apt-get install ffmpeg") &&
                          Catch::Contains("--out-dir"));
    CHECK(dir.listing() == "");
}
