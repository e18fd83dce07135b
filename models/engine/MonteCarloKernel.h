#pragma once

// The innermost part of the Monte Carlo trials (MODEL.md §5.3), used by MonteCarloTrials: one
// tile of 16 trials — the draws, leads and funnel, lifetime value, the payback recursion of
// §3.10 when it is asked for, and the tile's monthly customers — written once over vectors of
// doubles and compiled for three instruction sets: the x86-64 baseline (SSE2, 2 lanes), AVX (4)
// and AVX-512 (8). The widest one the processor has is chosen when the program runs, so
// one build is fast on a new machine and still runs on an old one.
//
// Every kernel does the same IEEE operations in the same order on each lane (no fused
// multiply-add, sums in a fixed order), so all of them give the same bits: which processor ran a
// plan never changes its results. MonteCarloKernelTest checks that on every kernel the
// processor has, against outputs kept from before the kernels existed.

#include <cstddef>
#include <cstdint>
#include <new>
#include <vector>

namespace cplan::montecarlo {

// Trials per tile: two vectors of AVX-512 (a trial's payback margin is one long chain of
// additions, so two or more vectors of trials advance side by side).
constexpr int tileWidth = 16;

enum class Kernel
{
    Automatic, // the widest of the others that the processor has
    Baseline,  // x86-64 baseline (SSE2); the only one on other processors
    Avx,       // 256-bit vectors (also what AVX2 processors run)
    Avx512,
};

// The uncertain driver families, in the order a trial draws them for each channel.
enum Family
{
    Cpl,
    Conversion,
    Arpu,
    Retention,
    FamilyCount
};

// What is the same in every trial, as laid out by MonteCarloTrials (pointers into its arrays).
struct KernelInputs
{
    int channels = 0;
    int stages = 0; // K ≥ 1
    int monthCount = 0;
    int valueHorizon = 1;
    double discountDivisor = 1.0; // 1 + δ (MODEL.md §3.7)
    bool needsPayback = false;
    const double *costPerLead = nullptr;  // C
    const double *conversion = nullptr;   // (K−1) × C, column-major: (k, c) at c·(K−1) + k
    const double *saturatedSum = nullptr; // C: Σ_m h
    const double *arpu = nullptr;         // C
    const double *margin = nullptr;       // C
    const double *retention = nullptr;    // C
    const double *retentionCeiling = nullptr; // C
    const double *halfWidths = nullptr;       // 4 × C, column-major: (family, c) at 4c + family
    const double *saturated = nullptr;        // C × M, column-major: h(c, m) at m·C + c
    const double *cumulativeSpend = nullptr;  // T = M + H − 1
    int length = 0;                           // T
    // C: 1 where a drawn q = ρ/(1+δ) can come within 1e-4 of 1 (the closed form of the
    // lifetime value is then replaced by its sum), else 0, so most channels skip the check.
    const unsigned char *mayNearOne = nullptr;
};

// Where a tile writes its monthly customers (the fan): trial w of the tile, month m at
// `first[m·stride + w]`, for the tile's first `count` trials (0: none).
struct FanOutput
{
    double *first = nullptr;
    std::ptrdiff_t stride = 0;
    int count = 0;
};

// Storage on 64-byte boundaries, so a vector of 8 lanes is one cache line, not two halves.
template <typename T>
struct CacheLineAllocator
{
    using value_type = T;
    static constexpr std::align_val_t alignment{64};
    CacheLineAllocator() = default;
    template <typename U>
    CacheLineAllocator(const CacheLineAllocator<U> &)
    {}
    T *allocate(std::size_t n)
    {
        return static_cast<T *>(::operator new(n * sizeof(T), alignment));
    }
    void deallocate(T *p, std::size_t) { ::operator delete(p, alignment); }
    template <typename U>
    bool operator==(const CacheLineAllocator<U> &) const
    {
        return true;
    }
};
using LaneArray = std::vector<double, CacheLineAllocator<double>>;

// One thread's working arrays, kept across tiles; outputs are read from it after a tile.
struct KernelScratch
{
    LaneArray uniform;       // baseline kernel: the tile's draws, channel-major
    LaneArray perLead;       // C × 16: customers per unit of h (the fan's input)
    LaneArray terms;         // C × 16
    LaneArray retention;     // C × 16: drawn ρ
    LaneArray fade;          // C × 16: ρ^H
    LaneArray marginPerUnit; // C × 16
    LaneArray active;        // C × 16: the state of the §3.10 recursion
    LaneArray stageTotals;   // K × 16
    alignas(64) double values[tileWidth] = {};
    int payback[tileWidth] = {}; // month, 0 = none within T

    void prepare(int channels, int stages);
};

// Runs trials [first, first + count) (count ≤ tileWidth) of the stream `seed`; lanes past
// `count` are filled but mean nothing.
using TileFunction = void (*)(const KernelInputs &inputs, std::uint64_t seed, std::uint64_t first,
                              int count, KernelScratch &scratch, const FanOutput &fan);

// The kernels this processor can run, Baseline first.
std::vector<Kernel> availableKernels();
// The function of a kernel; Automatic (or one the processor lacks) gives the widest available.
TileFunction tileFunction(Kernel kernel);
// The kernel that `kernel` resolves to on this processor.
Kernel resolvedKernel(Kernel kernel);
const char *kernelName(Kernel kernel);

} // namespace cplan::montecarlo
