// Reading the computed numbers out of a figure's caption in tests.
#pragma once

#include <catch2/catch.hpp>
#include <regex>
#include <string>

// The number a caption prints right before "(paper": the computed value,
// never the paper's (which follows it), so the check can fail.
inline double number_before_paper(const std::string& caption, const std::string& lead) {
    const std::smatch m = [&] {
        std::smatch found;
        std::regex_search(caption, found, std::regex(lead + R"(\s*(-?[0-9]+\.?[0-9]*)\s*(%|°|σ)?\s*\(paper)"));
        return found;
    }();
    if (m.empty()) FAIL("no computed number after '" << lead << "' in: " << caption);
    return std::stod(m[1].str());
}
