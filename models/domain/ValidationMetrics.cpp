#include "models/domain/ValidationMetrics.h"

#include "models/domain/ValidationPath.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)
};

// MODEL.md §4: the totals of §3.9 a target can name.
constexpr std::array<const char *, 14> plainMetrics{
    "leads",        "customers", "cost_per_lead", "cac",          "cac_loaded",
    "conversion",   "ltv",       "value",         "roi",          "roi_loaded",
    "return_ratio", "ltv_cac",   "payback_month", "channel_spend"};

// MODEL.md §4: cumulative to the end of a milestone's month, for checks only.
constexpr std::array<const char *, 3> cumulativeMetrics{"spend_cum", "customers_cum",
                                                        "cac_to_date"};

template <std::size_t N>
bool isOneOf(const QString &metric, const std::array<const char *, N> &names)
{
    for (const char *name : names) {
        if (metric == QLatin1String(name))
            return true;
    }
    return false;
}

} // namespace

QString metricProblem(const QString &metric, int stageCount, MetricUse use)
{
    if (isOneOf(metric, plainMetrics))
        return {};
    if (use == MetricUse::Check && isOneOf(metric, cumulativeMetrics))
        return {};

    // Per-stage metrics: `family.k` with k a stage number in the family's range.
    static const QRegularExpression staged(QStringLiteral("^([a-z_]+)\\.(\\d{1,3})$"));
    const auto match = staged.match(metric);
    if (match.hasMatch()) {
        const QString family = match.captured(1);
        const int stage = match.captured(2).toInt();
        int first = -1;
        if (family == QLatin1String("cost_per_stage"))
            first = 0;
        else if (family == QLatin1String("stage_conversion"))
            first = 1; // MODEL.md §4: stage_volumes[k] / stage_volumes[k-1], k >= 1
        else if (use == MetricUse::Check && family == QLatin1String("stage_cum"))
            first = 0;
        if (first >= 0) {
            if (stage >= first && stage < stageCount)
                return {};
            return Tr::tr("unknown metric %1 (the stage number must be from %2 to %3)")
                .arg(quoted(metric))
                .arg(first)
                .arg(stageCount - 1);
        }
    }
    return Tr::tr("unknown metric %1").arg(quoted(metric));
}

} // namespace cplan
