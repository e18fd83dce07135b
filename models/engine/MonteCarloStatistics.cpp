#include "models/engine/MonteCarloStatistics.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace cplan {

namespace {

// Below this many values nth_element is about as fast as counting.
constexpr std::size_t countingThreshold = 1024;
// Buckets of the counting selection: 2048 ints stay in the L1 cache, and 10,000 trials put a
// handful of values in each.
constexpr int bucketCount = 2048;

// Linear interpolation between the order statistics of rank `below` and `below + 1`, as
// percentileOfSorted() does.
double interpolate(double position, std::size_t below, double low, double high)
{
    return low + (position - static_cast<double>(below)) * (high - low);
}

// By nth_element on the shrinking tail (O(n) per level; `values` is reordered). `levels`
// ascending.
template <std::size_t N>
std::array<double, N> bySelection(std::vector<double> &values, const std::array<double, N> &levels)
{
    std::array<double, N> result{};
    const std::size_t count = values.size();
    std::size_t selectedFrom = 0; // values[0, selectedFrom) are ≤ every value after them
    for (std::size_t i = 0; i < N; ++i) {
        const double position = levels[i] * static_cast<double>(count - 1);
        const auto below = static_cast<std::size_t>(std::floor(position));
        const auto begin = values.begin();
        if (below >= selectedFrom) {
            std::nth_element(begin + static_cast<std::ptrdiff_t>(selectedFrom),
                             begin + static_cast<std::ptrdiff_t>(below), values.end());
            selectedFrom = below + 1;
        }
        const double low = values[below];
        const double high =
            below + 1 < count
                ? *std::min_element(begin + static_cast<std::ptrdiff_t>(below + 1), values.end())
                : low;
        result[i] = interpolate(position, below, low, high);
    }
    return result;
}

} // namespace

template <std::size_t N>
std::array<double, N> monteCarloPercentiles(std::vector<double> &values,
                                            const std::array<double, N> &levels)
{
    // Counting selection: bucket b holds the values with ⌊(x − min)·scale⌋ = b. That index never
    // decreases as x grows (each rounding step is monotone), so the buckets are in value order
    // and the value of rank r sits in the bucket whose cumulative count passes r: three passes
    // over the values (min/max, count, gather) and a sort of the few gathered ones, instead of
    // a partition per level. The order statistics, and so the results, are those of a sort.
    const std::size_t count = values.size();
    if (count < countingThreshold)
        return bySelection(values, levels);
    // Vectorised (the smallest and largest values do not depend on the order they are met in;
    // a scalar loop here kept its running minimum in memory and cost half of this function).
    const Eigen::Map<const Eigen::ArrayXd> all(values.data(), static_cast<Eigen::Index>(count));
    const double lowest = all.minCoeff();
    const double highest = all.maxCoeff();
    const double scale = bucketCount / (highest - lowest);
    if (!(highest > lowest) || !std::isfinite(scale))
        return bySelection(values, levels);
    const auto bucketOf = [lowest, scale](double value) {
        return std::min(static_cast<int>((value - lowest) * scale), bucketCount - 1);
    };
    std::array<int, bucketCount + 1> start{}; // start[b] = how many values lie in buckets < b
    // Each value's bucket, kept for the gathering pass (bucketCount fits 16 bits); the array is
    // the thread's own, reused, as the fan asks for one set of percentiles a month.
    static_assert(bucketCount <= 65536);
    thread_local std::vector<std::uint16_t> bucketOfValue;
    bucketOfValue.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto bucket = static_cast<std::uint16_t>(bucketOf(values[i]));
        bucketOfValue[i] = bucket;
        ++start[std::size_t(bucket) + 1];
    }
    for (std::size_t b = 0; b < bucketCount; ++b)
        start[b + 1] += start[b];

    // The ranks each level interpolates between, and the buckets that hold them.
    std::array<std::size_t, 2 * N> ranks{};
    std::array<int, 2 * N> bucketOfRank{};
    std::array<char, bucketCount> needed{};
    for (std::size_t i = 0; i < N; ++i) {
        const double position = levels[i] * static_cast<double>(count - 1);
        const auto below = static_cast<std::size_t>(std::floor(position));
        ranks[2 * i] = below;
        ranks[2 * i + 1] = std::min(below + 1, count - 1);
    }
    for (std::size_t j = 0; j < ranks.size(); ++j) {
        const auto rank = static_cast<int>(ranks[j]);
        const auto bucket = std::upper_bound(start.begin(), start.end(), rank) - start.begin() - 1;
        bucketOfRank[j] = static_cast<int>(bucket);
        needed[static_cast<std::size_t>(bucket)] = 1;
    }
    std::vector<double> gathered;
    for (std::size_t i = 0; i < count; ++i) {
        if (needed[bucketOfValue[i]])
            gathered.push_back(values[i]);
    }
    std::sort(gathered.begin(), gathered.end());

    // Where each needed bucket starts among the gathered values: the sizes of the needed buckets
    // below it (at most 2N of them).
    std::array<int, 2 *N> distinct = bucketOfRank;
    std::sort(distinct.begin(), distinct.end());
    const auto distinctEnd = std::unique(distinct.begin(), distinct.end());
    const auto gatheredIndex = [&](std::size_t j) {
        const int bucket = bucketOfRank[j];
        int offset = 0;
        for (auto b = distinct.begin(); b != distinctEnd && *b < bucket; ++b)
            offset += start[static_cast<std::size_t>(*b) + 1] - start[static_cast<std::size_t>(*b)];
        return static_cast<std::size_t>(offset + static_cast<int>(ranks[j]) -
                                        start[static_cast<std::size_t>(bucket)]);
    };

    std::array<double, N> result{};
    for (std::size_t i = 0; i < N; ++i) {
        const double position = levels[i] * static_cast<double>(count - 1);
        result[i] = interpolate(position, ranks[2 * i], gathered[gatheredIndex(2 * i)],
                                gathered[gatheredIndex(2 * i + 1)]);
    }
    return result;
}

template std::array<double, 3> monteCarloPercentiles(std::vector<double> &,
                                                     const std::array<double, 3> &);
template std::array<double, 5> monteCarloPercentiles(std::vector<double> &,
                                                     const std::array<double, 5> &);

MetricDistribution monteCarloDistribution(const QString &metric, const std::vector<double> &values,
                                          const std::vector<char> &defined)
{
    MetricDistribution result;
    result.metric = metric;
    std::vector<double> sorted;
    sorted.reserve(values.size());
    double sum = 0.0;
    // Summed in trial order: the same bits on every run.
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!defined[i])
            continue;
        sorted.push_back(values[i]);
        sum += values[i];
    }
    result.definedTrials = static_cast<int>(sorted.size());
    if (sorted.empty())
        return result;
    result.mean = sum / static_cast<double>(sorted.size());
    const auto levels = monteCarloPercentiles(sorted, std::array{0.05, 0.10, 0.50, 0.90, 0.95});
    result.p5 = levels[0];
    result.p10 = levels[1];
    result.p50 = levels[2];
    result.p90 = levels[3];
    result.p95 = levels[4];
    return result;
}

Histogram monteCarloHistogram(const QString &metric, const std::vector<double> &values,
                              const std::vector<char> &defined, int bins)
{
    Histogram result;
    result.metric = metric;
    bool any = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!defined[i])
            continue;
        result.lower = any ? std::min(result.lower, values[i]) : values[i];
        result.upper = any ? std::max(result.upper, values[i]) : values[i];
        any = true;
    }
    if (!any)
        return result;
    const double width = result.upper - result.lower;
    result.counts.assign(static_cast<std::size_t>(width > 0.0 ? bins : 1), 0);
    const auto last = static_cast<int>(result.counts.size()) - 1;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!defined[i])
            continue;
        const int bin =
            width > 0.0 ? static_cast<int>((values[i] - result.lower) / width * bins) : 0;
        ++result.counts[static_cast<std::size_t>(std::clamp(bin, 0, last))];
    }
    return result;
}

} // namespace cplan
