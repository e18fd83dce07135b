// The Monte Carlo tile kernel (see MonteCarloKernel.h). Written with GCC/Clang vector types of W
// doubles: the compiler turns each operation into one instruction of the target of the function
// it is inlined into (W = 8 for AVX-512, 4 for AVX, 2 for SSE2). This file is compiled with
// -ffp-contract=off (no fused multiply-add on any target, so every kernel rounds as the baseline
// does) and -fno-math-errno (so a square root of a vector stays a vector instruction); see
// models/engine/CMakeLists.txt.
//
// Each step does, lane by lane, exactly the operations of the Eigen expressions this kernel
// replaced, in their order: min/max as Eigen's (b < a ? b : a), the sum of a tile's values in
// the order of Eigen's row-wise sum, the stage sums and the fan's sums channel after channel.
// MonteCarloKernelTest compares the kernels bit for bit, and with the engine before them.

#include "models/engine/MonteCarloKernel.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>

#define CPLAN_KERNEL_INLINE inline __attribute__((always_inline))

namespace cplan::montecarlo {

namespace {

// Vectors of W doubles: the native width of a kernel (2 for SSE2, 4 for AVX, 8 for AVX-512).
// A tile's 16 lanes are run in groups of W, each group from the first step to the payback.
template <int W>
struct Vectors
{
    typedef double Lanes __attribute__((vector_size(W * sizeof(double))));
    typedef std::int64_t Mask __attribute__((vector_size(W * sizeof(double))));
};

// splitmix64 (Steele, Lea, Flood 2014): a counter-based generator. A trial's stream starts
// from a mix of (seed, trial index), so no trial depends on which thread or block ran before.
constexpr std::uint64_t golden = 0x9E3779B97F4A7C15ULL;
constexpr std::uint64_t trialSalt = 0xD1B54A32D192ED03ULL;

CPLAN_KERNEL_INLINE std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

template <int W>
CPLAN_KERNEL_INLINE typename Vectors<W>::Lanes load(const double *from)
{
    typename Vectors<W>::Lanes lanes;
    std::memcpy(&lanes, from, sizeof lanes);
    return lanes;
}

template <typename Lanes>
CPLAN_KERNEL_INLINE void store(double *to, Lanes lanes)
{
    std::memcpy(to, &lanes, sizeof lanes);
}

template <int W>
CPLAN_KERNEL_INLINE typename Vectors<W>::Lanes broadcast(double value)
{
    typename Vectors<W>::Lanes lanes;
    for (int w = 0; w < W; ++w)
        lanes[w] = value;
    return lanes;
}

// mask ? a : b, lane by lane, by bits (the same on GCC and Clang).
template <typename Lanes, typename Mask>
CPLAN_KERNEL_INLINE Lanes select(Mask mask, Lanes a, Lanes b)
{
    return std::bit_cast<Lanes>((std::bit_cast<Mask>(a) & mask) | (std::bit_cast<Mask>(b) & ~mask));
}

// Eigen's min(a, b) and max(a, b) of packets: b < a ? b : a and b > a ? b : a.
template <typename Lanes>
CPLAN_KERNEL_INLINE Lanes minimum(Lanes a, Lanes b)
{
    return select(b < a, b, a);
}

template <typename Lanes>
CPLAN_KERNEL_INLINE Lanes maximum(Lanes a, Lanes b)
{
    return select(b > a, b, a);
}

template <int W>
CPLAN_KERNEL_INLINE typename Vectors<W>::Lanes squareRoot(typename Vectors<W>::Lanes x)
{
    typename Vectors<W>::Lanes root;
    for (int w = 0; w < W; ++w)
        root[w] = __builtin_sqrt(x[w]);
    return root;
}

// A standard triangular draw t on [−1, 1] (mode 0) by the inverse CDF — U < ½: t = √(2U) − 1,
// else t = 1 − √(2(1−U)) — and then the factor 1 + u·t: triangular on [1−u, 1+u], mode 1.
template <int W>
CPLAN_KERNEL_INLINE typename Vectors<W>::Lanes triangularFactor(typename Vectors<W>::Lanes uniform,
                                                                double halfWidth)
{
    const auto magnitude = 1.0 - squareRoot<W>(2.0 * minimum(uniform, 1.0 - uniform));
    return select(uniform < 0.5, -magnitude, magnitude) * halfWidth + 1.0;
}

// a^n and b^n for a whole n ≥ 0 by repeated squaring (H is a whole number of months), both in
// one loop.
template <int W>
CPLAN_KERNEL_INLINE void integerPowers(typename Vectors<W>::Lanes a, typename Vectors<W>::Lanes b,
                                       int exponent, typename Vectors<W>::Lanes &powerOfA,
                                       typename Vectors<W>::Lanes &powerOfB)
{
    powerOfA = broadcast<W>(1.0);
    powerOfB = powerOfA;
    for (int n = exponent; n > 0; n >>= 1) {
        if (n & 1) {
            powerOfA *= a;
            powerOfB *= b;
        }
        if (n > 1) {
            a *= a;
            b *= b;
        }
    }
}

// The monthly customers of lanes [g, g + W): N[w, m] = Σ_c perLead[c, w]·h[c, m], channels in
// order, four months at a time; into the fan for the lanes it keeps.
template <int W>
CPLAN_KERNEL_INLINE void fanMonths(const KernelInputs &in, const KernelScratch &s, int g,
                                   const FanOutput &fan)
{
    using Lanes = typename Vectors<W>::Lanes;
    const int channels = in.channels;
    const int lanes = std::min(fan.count - g, W);
    if (lanes <= 0)
        return;
    const double *perLead = s.perLead.data() + g;
    const auto put = [&](int m, Lanes customers) {
        double *to = fan.first + static_cast<std::ptrdiff_t>(m) * fan.stride + g;
        if (lanes == W)
            store(to, customers);
        else
            for (int w = 0; w < lanes; ++w)
                to[w] = customers[w];
    };
    const auto h = [&](int c, int m) {
        return in.saturated[static_cast<std::ptrdiff_t>(m) * channels + c];
    };
    int m = 0;
    for (; m + 4 <= in.monthCount; m += 4) {
        Lanes a = broadcast<W>(0.0), b = a, c2 = a, d = a;
        for (int c = 0; c < channels; ++c) {
            const Lanes p = load<W>(perLead + static_cast<std::ptrdiff_t>(c) * tileWidth);
            a = p * h(c, m) + a;
            b = p * h(c, m + 1) + b;
            c2 = p * h(c, m + 2) + c2;
            d = p * h(c, m + 3) + d;
        }
        put(m, a);
        put(m + 1, b);
        put(m + 2, c2);
        put(m + 3, d);
    }
    for (; m < in.monthCount; ++m) {
        Lanes a = broadcast<W>(0.0);
        for (int c = 0; c < channels; ++c)
            a = load<W>(perLead + static_cast<std::ptrdiff_t>(c) * tileWidth) * h(c, m) + a;
        put(m, a);
    }
}

// One month of the §3.10 recursion for every channel, lanes [p, p + P): X = ρ·X + g·N[t] −
// g·ρ^H·N[t−H] in units of h (marginPerUnit = g·perLead), then the running margin, channel
// after channel. A lane's margin is one chain of additions (months, then channels, in the
// projection's order), so P / W vectors are advanced side by side: that many chains in flight.
// A cohort of 0 changes no value, so the months with nothing entering or leaving skip those
// terms.
template <int W, int P, bool entering, bool leaving>
CPLAN_KERNEL_INLINE void paybackStep(const KernelInputs &in, KernelScratch &s, int t, int p,
                                     typename Vectors<W>::Lanes (&marginSoFar)[P / W])
{
    const int channels = in.channels;
    // Only the months that exist are addressed (entering: t < M; leaving: 0 ≤ t − H < M).
    const double *now =
        entering ? in.saturated + static_cast<std::ptrdiff_t>(t) * channels : nullptr;
    const double *gone =
        leaving ? in.saturated + static_cast<std::ptrdiff_t>(t - in.valueHorizon) * channels
                : nullptr;
    double *active = s.active.data() + p;
    const double *retention = s.retention.data() + p;
    const double *fade = s.fade.data() + p;
    const double *marginPerUnit = s.marginPerUnit.data() + p;
    for (int c = 0; c < channels; ++c) {
        const std::ptrdiff_t base = static_cast<std::ptrdiff_t>(c) * tileWidth;
#pragma GCC unroll 8
        for (int j = 0; j < P / W; ++j) {
            const std::ptrdiff_t offset = base + j * W;
            auto x = load<W>(active + offset) * load<W>(retention + offset);
            if constexpr (entering)
                x = x + now[c];
            if constexpr (leaving)
                x = x - load<W>(fade + offset) * gone[c];
            store(active + offset, x);
            marginSoFar[j] += x * load<W>(marginPerUnit + offset);
        }
    }
}

// MODEL.md §3.10 for lanes [p, p + P) of the tile, `live` of them trials: the first month at
// which the cumulative margin covers the cumulative spend, per trial (0 = none within T); the
// lanes stop when all their trials have paid back. P is a tradeoff: more chains in flight, but
// the slowest trial of the P sets the months run.
template <int W, int P>
CPLAN_KERNEL_INLINE void paybackMonths(const KernelInputs &in, int p, int live, KernelScratch &s)
{
    using Lanes = typename Vectors<W>::Lanes;
    for (int c = 0; c < in.channels; ++c)
        std::memset(s.active.data() + static_cast<std::ptrdiff_t>(c) * tileWidth + p, 0,
                    P * sizeof(double));
    Lanes marginSoFar[P / W];
    for (Lanes &lanes : marginSoFar)
        lanes = broadcast<W>(0.0);
    int *payback = s.payback + p;
    int open = live;
    for (int t = 0; t < in.length && open > 0; ++t) {
        const bool entering = t < in.monthCount;
        const bool leaving = t >= in.valueHorizon && t - in.valueHorizon < in.monthCount;
        if (entering && leaving)
            paybackStep<W, P, true, true>(in, s, t, p, marginSoFar);
        else if (entering)
            paybackStep<W, P, true, false>(in, s, t, p, marginSoFar);
        else if (leaving)
            paybackStep<W, P, false, true>(in, s, t, p, marginSoFar);
        else
            paybackStep<W, P, false, false>(in, s, t, p, marginSoFar);
        const double spendSoFar = in.cumulativeSpend[t];
        if (spendSoFar <= 0.0)
            continue;
        for (int w = 0; w < live; ++w) {
            if (payback[w] == 0 && marginSoFar[w / W][w % W] >= spendSoFar) {
                payback[w] = t + 1;
                --open;
            }
        }
    }
}

// Lanes [g, g + W) of a tile, every step after the draws.
template <int W>
CPLAN_KERNEL_INLINE void runLanes(const KernelInputs &in, int g, KernelScratch &s,
                                  const FanOutput &fan)
{
    using Lanes = typename Vectors<W>::Lanes;
    using Mask = typename Vectors<W>::Mask;
    const int channels = in.channels;
    const int stages = in.stages;
    const Lanes zero = broadcast<W>(0.0);
    const Lanes one = broadcast<W>(1.0);

    double *stageTotals = s.stageTotals.data() + g;
    double *terms = s.terms.data() + g;
    for (int c = 0; c < channels; ++c) {
        const std::ptrdiff_t offset = static_cast<std::ptrdiff_t>(c) * tileWidth;
        // A trial draws channel by channel, family by family, whatever tile it is in, and
        // always every family, so its stream does not depend on which u are 0.
        Lanes factor[FamilyCount];
#pragma GCC unroll 4
        for (int family = 0; family < FamilyCount; ++family) {
            const Lanes uniform =
                load<W>(s.uniform.data() + (c * FamilyCount + family) * tileWidth + g);
            factor[family] = triangularFactor<W>(uniform, in.halfWidths[c * FamilyCount + family]);
        }

        // MODEL.md §3.5–§3.6: leads = h/p, then the funnel; conversion moves all of a channel's
        // rates by one draw, each rate clipped to [0, 1]. Stage totals: channel after channel.
        const double saturatedSum = in.saturatedSum[c];
        const Lanes costPerLead = factor[Cpl] * in.costPerLead[c];
        Lanes perLead = select(costPerLead > 0.0, 1.0 / costPerLead, zero);
        for (int k = 0; k < stages; ++k) {
            if (k > 0) {
                const double rate = in.conversion[c * (stages - 1) + (k - 1)];
                perLead *= maximum(minimum(factor[Conversion] * rate, one), zero);
            }
            double *total = stageTotals + k * tileWidth;
            const Lanes volume = perLead * saturatedSum;
            store(total, c == 0 ? volume : load<W>(total) + volume);
        }
        // perLead is now customers per unit of h: N[c,m] = h[c,m]·perLead_c.
        store(s.perLead.data() + offset + g, perLead);

        // MODEL.md §3.7: LTV_c = g_c · Σ_{t<H} q^t, q = ρ_c/(1+δ), drawn arpu and retention,
        // retention clipped to [0, ceiling].
        const Lanes monthlyMargin = (factor[Arpu] * in.arpu[c]) * in.margin[c];
        const Lanes retention = minimum(maximum(factor[Retention] * in.retention[c], zero),
                                        broadcast<W>(in.retentionCeiling[c]));
        const Lanes ratio = retention / in.discountDivisor;
        Lanes ratioPower;
        Lanes fade; // undiscounted ρ^H, as in the projection's cash curve (kept for the payback)
        integerPowers<W>(ratio, retention, in.valueHorizon, ratioPower, fade);
        Lanes lifetime = ((1.0 - ratioPower) / (1.0 - ratio)) * monthlyMargin;
        const Lanes gap = 1.0 - ratio;
        const Mask far = (gap >= 1e-4) | (gap <= -1e-4);
        for (int w = 0; in.mayNearOne[c] && w < W; ++w) {
            if (far[w])
                continue;
            // Near q = 1 the closed form loses digits, as in updateLifetimeValues().
            double sum = 0.0;
            double term = 1.0;
            for (int t = 0; t < in.valueHorizon; ++t) {
                sum += term;
                term *= ratio[w];
            }
            lifetime[w] = monthlyMargin[w] * sum;
        }
        store(terms + offset, (perLead * saturatedSum) * lifetime);

        if (in.needsPayback) {
            store(s.retention.data() + offset + g, retention);
            store(s.marginPerUnit.data() + offset + g, monthlyMargin * perLead);
            store(s.fade.data() + offset + g, fade);
        }
    }
    if (channels == 0) {
        for (int k = 0; k < stages; ++k)
            store(stageTotals + k * tileWidth, zero);
    }

    // The values, Σ_c terms, in the order of Eigen's row-wise sum of a dynamic number of
    // columns: the first, then groups of four summed pairwise, then the rest one by one.
    Lanes value = zero;
    if (channels > 0) {
        value = load<W>(terms);
        const int groups = (channels - 1) & ~3;
        int c = 1;
        for (; c < groups; c += 4) {
            const Lanes a = load<W>(terms + c * tileWidth) + load<W>(terms + (c + 1) * tileWidth);
            const Lanes b =
                load<W>(terms + (c + 2) * tileWidth) + load<W>(terms + (c + 3) * tileWidth);
            value = value + (a + b);
        }
        for (; c < channels; ++c)
            value = value + load<W>(terms + c * tileWidth);
    }
    store(s.values + g, value);
    fanMonths<W>(in, s, g, fan);
}

template <int W>
CPLAN_KERNEL_INLINE void runTile(const KernelInputs &in, std::uint64_t seed, std::uint64_t first,
                                 int count, KernelScratch &s, const FanOutput &fan)
{
    // The draws, one trial at a time in scalar registers, into the tile's array in the order the
    // channel loop reads them (a lane past `count`: ½, the mode). Vector draws need 64-bit
    // multiplications, which only AVX-512 has, and were no faster there (measured on AMD EPYC).
    double *uniform = s.uniform.data();
    const int draws = FamilyCount * in.channels;
    const std::uint64_t seedMix = mix(seed);
    for (int w = 0; w < tileWidth; ++w) {
        std::uint64_t lane = seedMix ^ mix(first + static_cast<std::uint64_t>(w) + trialSalt);
        for (int j = 0; j < draws; ++j) {
            lane += golden;
            uniform[j * tileWidth + w] =
                w < count ? static_cast<double>(mix(lane) >> 11) * 0x1.0p-53 : 0.5;
        }
    }
    // A group with no trial (the end of a last, partial tile) is left as it is: never read.
    for (int g = 0; g < tileWidth && g < count; g += W)
        runLanes<W>(in, g, s, fan);
    for (int &month : s.payback)
        month = 0;
    // The baseline's 2-lane vectors need the whole tile (8 chains); wider ones do best with
    // 8 lanes a pass (one AVX-512 vector, two AVX ones).
    constexpr int passWidth = W == 2 ? tileWidth : 8;
    if (in.needsPayback) {
        for (int p = 0; p < tileWidth && p < count; p += passWidth)
            paybackMonths<W, passWidth>(in, p, std::min(count - p, passWidth), s);
    }
}

void tileBaseline(const KernelInputs &in, std::uint64_t seed, std::uint64_t first, int count,
                  KernelScratch &s, const FanOutput &fan)
{
    runTile<2>(in, seed, first, count, s, fan);
}

#if defined(__x86_64__)
#define CPLAN_KERNEL_X86 1

__attribute__((target("avx"))) void tileAvx(const KernelInputs &in, std::uint64_t seed,
                                            std::uint64_t first, int count, KernelScratch &s,
                                            const FanOutput &fan)
{
    runTile<4>(in, seed, first, count, s, fan);
}

__attribute__((target("avx512f,avx512dq"))) void tileAvx512(const KernelInputs &in,
                                                            std::uint64_t seed, std::uint64_t first,
                                                            int count, KernelScratch &s,
                                                            const FanOutput &fan)
{
    runTile<8>(in, seed, first, count, s, fan);
}

bool hasAvx()
{
    return __builtin_cpu_supports("avx");
}

bool hasAvx512()
{
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
}
#endif

// CPLAN_MONTECARLO_KERNEL=baseline|avx|avx512 picks the automatic kernel (benchmarks, or a
// user who suspects one); anything else, or one the processor lacks, leaves the widest.
Kernel fromEnvironment()
{
    const char *name = std::getenv("CPLAN_MONTECARLO_KERNEL");
    if (name == nullptr)
        return Kernel::Automatic;
    for (const Kernel kernel : {Kernel::Baseline, Kernel::Avx, Kernel::Avx512}) {
        if (std::strcmp(name, kernelName(kernel)) == 0)
            return kernel;
    }
    return Kernel::Automatic;
}

} // namespace

void KernelScratch::prepare(int channels, int stages)
{
    const auto lanes = static_cast<std::size_t>(channels) * tileWidth;
    uniform.resize(FamilyCount * lanes);
    for (auto *buffer : {&perLead, &terms, &retention, &fade, &marginPerUnit, &active})
        buffer->resize(lanes);
    stageTotals.resize(static_cast<std::size_t>(stages) * tileWidth);
}

std::vector<Kernel> availableKernels()
{
    std::vector<Kernel> kernels{Kernel::Baseline};
#ifdef CPLAN_KERNEL_X86
    if (hasAvx())
        kernels.push_back(Kernel::Avx);
    if (hasAvx512())
        kernels.push_back(Kernel::Avx512);
#endif
    return kernels;
}

Kernel resolvedKernel(Kernel kernel)
{
    const std::vector<Kernel> available = availableKernels();
    if (kernel == Kernel::Automatic)
        kernel = fromEnvironment();
    for (const Kernel each : available) {
        if (each == kernel)
            return kernel;
    }
    return available.back();
}

TileFunction tileFunction(Kernel kernel)
{
    switch (resolvedKernel(kernel)) {
#ifdef CPLAN_KERNEL_X86
    case Kernel::Avx:
        return tileAvx;
    case Kernel::Avx512:
        return tileAvx512;
#endif
    default:
        return tileBaseline;
    }
}

const char *kernelName(Kernel kernel)
{
    switch (kernel) {
    case Kernel::Automatic:
        return "automatic";
    case Kernel::Baseline:
        return "baseline";
    case Kernel::Avx:
        return "avx";
    case Kernel::Avx512:
        return "avx512";
    }
    return "baseline";
}

} // namespace cplan::montecarlo
