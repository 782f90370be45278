#include "model/parameters.h"

#include <cmath>
#include <cstdio>

namespace cagescope::model {

namespace {
std::string format_value(double v, std::string_view unit) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(buf) + std::string(unit);
}
}  // namespace

std::string describe(const Range& range) {
    return format_value(range.min, range.unit) + " to " + format_value(range.max, range.unit);
}

double require_in_range(std::string_view parameter, double value, const Range& range) {
    if (std::isfinite(value) && value >= range.min && value <= range.max) return value;
    throw ParameterError(std::string(parameter) + " = " + format_value(value, range.unit) +
                         " is out of range: allowed " + describe(range));
}

}  // namespace cagescope::model
