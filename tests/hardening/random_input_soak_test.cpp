// The random-input soak: the viewer under a display (Xvfb in CI) driven
// through its --script hook by thousands of random keys, clicks, drags and
// wheel notches, across every figure and through every built-in tour, with
// the window resized to 1×1, to 8192×8192 and back. It must exit 0 and, in
// the asan build, without a sanitizer report.
//
// The script is made from a seed (std::mt19937, so the same seed gives the
// same script everywhere); the seed is printed, and CAGESCOPE_SOAK_SEED=N
// replays a failure. CAGESCOPE_SOAK_EVENTS sets the number of random events
// (default 2000: about 45 s in the dev build, bounded in CI). The bound is the number of events, never
// a clock.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "figures/figures.h"
#include "spawn.h"

using namespace cagescope;

namespace {

constexpr std::uint32_t kDefaultSeed = 20261202;

std::uint32_t soak_seed() {
    const char* text = std::getenv("CAGESCOPE_SOAK_SEED");
    return text && *text ? static_cast<std::uint32_t>(std::strtoul(text, nullptr, 10)) : kDefaultSeed;
}

int soak_events() {
    const char* text = std::getenv("CAGESCOPE_SOAK_EVENTS");
    const int n = text ? std::atoi(text) : 0;
    return n > 0 ? n : 2000;
}

// Every shortcut but quit and the state files (written into the working
// directory), and keys bound to nothing. F12 writes into --shot-dir.
const std::vector<std::string> kKeys = {
    "1", "3", "5", "7", "9", "R", "Space", ",", ".", "PageDown", "PageUp", "Left", "Right", "Up", "Down",
    "H", "F1", "T", "M", "P", "L", "L shift", "B", "Escape", "Tab", "Home", "End", "Enter", "C ctrl",
    "V ctrl", "= ctrl", "- ctrl", "F11", "A", "Z", "0", "F5", "S ctrl"};

class ScriptMaker {
public:
    explicit ScriptMaker(std::uint32_t seed) : rng_(seed) {}

    // `n` random events in a window of about w×h.
    void random_events(int n, int w, int h) {
        for (int i = 0; i < n; ++i) {
            const int kind = pick(100);
            if (kind < 22) {
                std::string key = kKeys[static_cast<std::size_t>(pick(static_cast<int>(kKeys.size())))];
                if (key == "S ctrl" && pick(8) != 0) key = "9";  // screenshots are slow: a few
                out_ << "key " << key << "\n";
            } else if (kind < 50) {
                out_ << "move " << coordinate(w) << " " << coordinate(h) << "\n";
            } else if (kind < 65) {  // a drag with one of the three buttons
                const char* button = pick(3) == 0 ? "left" : pick(2) == 0 ? "right" : "middle";
                out_ << "press " << button << "\n";
                for (int k = 0, steps = 1 + pick(4); k < steps; ++k)
                    out_ << "move " << coordinate(w) << " " << coordinate(h) << "\n";
                out_ << "release " << button << "\n";
            } else if (kind < 78) {
                out_ << "click " << coordinate(w) << " " << coordinate(h) << "\n";
            } else if (kind < 93) {
                out_ << "scroll " << (pick(2) == 0 ? -1 : 1) * (1 + pick(3)) << "\n";
            } else {
                out_ << "wait " << pick(3) << "\n";
            }
        }
    }
    void line(const std::string& text) { out_ << text << "\n"; }
    std::string text() const { return out_.str(); }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
    // Mostly inside the window, sometimes just outside it.
    int coordinate(int side) { return std::uniform_int_distribution<int>(-20, side + 20)(rng_); }

    std::mt19937 rng_;
    std::ostringstream out_;
};

// The sanitizers' and the runtime's reports: none may appear.
bool has_sanitizer_report(const std::string& err) {
    for (const char* mark : {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:", "SUMMARY: "})
        if (err.find(mark) != std::string::npos) return true;
    return false;
}

struct Run {
    std::string what;
    std::vector<std::string> args;  // after the subcommand's own
    std::string script;
};

test::ProcessResult run_viewer(const test::TempDir& dir, const Run& run, int index) {
    const std::string path = dir / ("soak-" + std::to_string(index) + ".txt");
    test::write_file(path, run.script);
    // In the temporary directory: whatever a random click saves lands there.
    std::vector<std::string> argv = {"/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", dir.path.string(), CAGESCOPE_EXE};
    argv.insert(argv.end(), run.args.begin(), run.args.end());
    for (const char* a : {"--no-settings", "--size", "400x300", "--script"}) argv.emplace_back(a);
    argv.push_back(path);
    argv.emplace_back("--shot-dir");
    argv.push_back(dir.path.string());
    test::Spawn spawn;
    spawn.argv = argv;
    return test::run_process(spawn);
}

}  // namespace

TEST_CASE("random-input soak: every figure and every tour, resized to 1x1 and 8192x8192, exit 0, no sanitizer report",
          "[soak][viewer]") {
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) {
        WARN("no DISPLAY: the random-input soak is skipped (run it under xvfb-run)");
        return;
    }
    const std::uint32_t seed = soak_seed();
    const int events = soak_events();
    std::printf("random-input soak: seed %u, %d random events (replay: CAGESCOPE_SOAK_SEED=%u)\n", seed, events, seed);
    std::fflush(stdout);

    std::vector<Run> runs;
    // Every figure in one window: a share of the events on each. The glass
    // region small (--region-k 3) so the soak stays bounded.
    ScriptMaker view(seed);
    view.line("burst 4");  // four events a frame, as a fast hand queues them: thousands in a bounded time
    const auto figures = figures::figure_list();
    const int tours = 4;
    const int per_figure = std::max(events / 2 / static_cast<int>(figures.size()), 10);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        view.line("figure " + std::string(figures[i].id));
        view.random_events(per_figure, 400, 300);
        if (i == 2) {  // the extremes of the window's size, and back
            view.line("resize 1 1");
            view.line("wait 2");
            view.random_events(5, 1, 1);
            view.line("resize 8192 8192");
            view.line("wait 1");
            view.line("resize 400 300");
            view.line("wait 2");
        }
    }
    view.line("print");
    runs.push_back({"every figure", {"view", "--figure", "glass", "--region-k", "3"}, view.text()});
    // Every tour, every step: PageDown between random events.
    const char* names[tours] = {"cage-to-interface", "clusters", "hexahedron", "chain-units"};
    for (int t = 0; t < tours; ++t) {
        ScriptMaker tour(seed + 1 + static_cast<std::uint32_t>(t));
        tour.line("burst 4");
        for (int step = 0; step < 8; ++step) {
            tour.random_events(events / 2 / tours / 8, 400, 300);
            tour.line("key PageDown");
        }
        tour.line("print");
        runs.push_back({std::string("tour ") + names[t], {"tour", names[t]}, tour.text()});
    }

    test::TempDir dir;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const auto start = std::chrono::steady_clock::now();
        const test::ProcessResult r = run_viewer(dir, runs[i], static_cast<int>(i));
        // Said, not asserted: where the time goes.
        std::printf("random-input soak: %s: exit %d in %.1f s\n", runs[i].what.c_str(), r.exit_code,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        std::fflush(stdout);
        INFO(runs[i].what << " (seed " << seed << "); stderr:\n" << r.err.substr(0, 4000));
        CHECK(r.exit_code == 0);
        CHECK_FALSE(has_sanitizer_report(r.err));
        CHECK(r.out.find("state {") != std::string::npos);  // it got to the end of its script
    }
}

// The test of the test: a report on stderr is seen.
TEST_CASE("random-input soak: a sanitizer report is recognised", "[soak]") {
    CHECK(has_sanitizer_report("==1==ERROR: AddressSanitizer: heap-use-after-free on address"));
    CHECK(has_sanitizer_report("viewer.cpp:10:5: runtime error: signed integer overflow"));
    CHECK_FALSE(has_sanitizer_report("cagescope: warning: Spotlight off"));
    // The same seed makes the same script; another seed another.
    ScriptMaker a(7), b(7), c(8);
    a.random_events(200, 800, 600);
    b.random_events(200, 800, 600);
    c.random_events(200, 800, 600);
    CHECK(a.text() == b.text());
    CHECK(a.text() != c.text());
}
