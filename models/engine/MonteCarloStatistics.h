#pragma once

// The statistics of the Monte Carlo analysis (MODEL.md §5.3), used by MonteCarlo.cpp:
// percentiles by linear interpolation between order statistics (numpy's default), the mean,
// and the histogram of the defined values of one metric.

#include "models/engine/MonteCarlo.h"

#include <array>
#include <cstddef>
#include <vector>

namespace cplan {

// The percentiles at `levels` (each in [0, 1]) of `values` (not empty): exactly the numbers of
// percentileOfSorted() on the sorted values, found by selection instead of a sort. `values` may
// be reordered.
template <std::size_t N>
std::array<double, N> monteCarloPercentiles(std::vector<double> &values,
                                            const std::array<double, N> &levels);

extern template std::array<double, 3> monteCarloPercentiles(std::vector<double> &,
                                                            const std::array<double, 3> &);
extern template std::array<double, 5> monteCarloPercentiles(std::vector<double> &,
                                                            const std::array<double, 5> &);

// Mean and P5/P10/P50/P90/P95 of the values whose `defined` flag is set (MetricDistribution).
MetricDistribution monteCarloDistribution(const QString &metric, const std::vector<double> &values,
                                          const std::vector<char> &defined);

// Equal-width bins over [lower, upper] of the defined values (one bin when all are equal).
Histogram monteCarloHistogram(const QString &metric, const std::vector<double> &values,
                              const std::vector<char> &defined, int bins);

} // namespace cplan
