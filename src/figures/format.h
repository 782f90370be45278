// Number formatting for captions and labels: a fixed number of decimals, and
// the "value (paper: text)" pairing every derived number is shown with.
#pragma once

#include <cstdio>
#include <string>

namespace cagescope::figures {

inline std::string fixed(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

// "5.9987° (paper 5.9987°)"
inline std::string with_paper(const std::string& value, const std::string& paper) {
    return value + " (paper " + paper + ")";
}

}  // namespace cagescope::figures
