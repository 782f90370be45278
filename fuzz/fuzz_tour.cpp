// libFuzzer target: a tour file from its bytes, as `cagescope tour FILE`
// reads it (syntax, the locator that gives file:line:column to errors and
// unknown-key warnings, steps, parameters, caption placeholders), and as
// `cagescope tour --check FILE` lists its problems. Bad input
// may only end in UsageError; anything else escaping, a crash or a sanitizer
// report is a bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cli_support.h"
#include "viewer/tour.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cagescope;
    const std::string text(reinterpret_cast<const char*>(data), size);
    // `tour --check` never throws, and finds a problem wherever loading fails.
    const std::vector<std::string> problems = viewer::check_tour(text, "fuzz-tour.json");
    try {
        std::size_t warnings = 0;
        const viewer::Tour tour = viewer::parse_tour(text, "fuzz-tour.json", [&](const std::string&) { ++warnings; });
        if (tour.steps.empty()) __builtin_trap();  // a tour has at least one step
        const auto table = model::derivation_table();
        for (const auto& step : tour.steps) (void)viewer::expand_caption(step.caption, table);
    } catch (const app::UsageError&) {
        if (problems.empty()) __builtin_trap();
    }
    return 0;
}
