// Valid ranges of the model's parameters, and the one check every entry point
// (command line, state files, sliders) uses to reject values outside them.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace cagescope::model {

// A value outside its parameter's range; the message names the parameter,
// the value and the range.
struct ParameterError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

struct Range {
    double min = 0.0;
    double max = 0.0;
    std::string_view unit;  // "°", "K", "" ...
};

// Returns value when it is finite and min <= value <= max; otherwise throws
// ParameterError, e.g. "omega-z = 95° is out of range: allowed 0° to 89°".
double require_in_range(std::string_view parameter, double value, const Range& range);

// "0° to 89°", for messages and --help.
std::string describe(const Range& range);

}  // namespace cagescope::model
