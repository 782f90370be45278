// Valid ranges of the model's parameters, and the one check every entry point
// (command line, state files, sliders) uses to reject values outside them.
#pragma once

#include <span>
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

// As require_in_range, and the value must be a whole number.
int require_integer_in_range(std::string_view parameter, double value, const Range& range);

// "0° to 89°", for messages and --help.
std::string describe(const Range& range);

// One model parameter: the name used on the command line and in state files,
// its range, default and a one-line description, so the CLI's options and the
// viewer's sliders are built from one table.
struct ParameterSpec {
    std::string_view name;         // "omega-z"
    std::string_view symbol;       // "Ω_z"
    Range range;
    double default_value = 0.0;
    bool integer = false;          // λ, cluster, tube-n
    std::string_view description;  // one line
};

// Every parameter, in a stable order.
std::span<const ParameterSpec> parameter_specs();
// The spec called name; throws std::out_of_range if there is none.
const ParameterSpec& parameter_spec(std::string_view name);
// require_in_range (or require_integer_in_range) with the named spec's range.
double check_parameter(std::string_view name, double value);

}  // namespace cagescope::model
