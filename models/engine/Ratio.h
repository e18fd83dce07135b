#pragma once

// The one rule for every ratio of MODEL.md §3: a zero denominator or a null operand gives a
// null ratio, never NaN or infinity.

#include <cmath>
#include <optional>

namespace cplan {

inline std::optional<double> safeRatio(double numerator, double denominator)
{
    if (denominator == 0.0)
        return std::nullopt;
    const double value = numerator / denominator;
    // A finite quotient of finite operands can still overflow (a denormal denominator).
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

inline std::optional<double> safeRatio(std::optional<double> numerator,
                                       std::optional<double> denominator)
{
    if (!numerator || !denominator)
        return std::nullopt;
    return safeRatio(*numerator, *denominator);
}

} // namespace cplan
