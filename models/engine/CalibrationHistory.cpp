// A channel's past months as one series (MODEL.md §5.6 "Series"), with every row checked and
// refused by its place in the plan's past actuals.

#include "models/engine/CalibrationParts.h"

#include "models/domain/Months.h"
#include "models/domain/ValidationPath.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace cplan {

using namespace calibration;

namespace {

// A series longer than this (50 years) is a typing error in a month, not history.
constexpr int longestSeries = 600;

QString valueText(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

Result<ChannelHistory> channelHistory(const std::vector<Actual> &pastActuals,
                                      const QString &channel, int stageCount)
{
    std::map<int, std::size_t> rowOfMonth; // month offset from 0000-01 → row index
    std::optional<QDate> earliest;
    for (std::size_t i = 0; i < pastActuals.size(); ++i) {
        const Actual &row = pastActuals[i];
        if (row.channel != channel)
            continue;
        const QString path = indexPath(QStringLiteral("past_actuals"), static_cast<qsizetype>(i));
        const auto month = parseMonth(row.month);
        if (!month)
            return Error{fieldPath(path, QStringLiteral("month")) + QStringLiteral(": ") +
                         Tr::tr("must be a month YYYY-MM (got %1)").arg(quoted(row.month))};
        if (!std::isfinite(row.spend) || row.spend < 0.0)
            return Error{
                fieldPath(path, QStringLiteral("spend")) + QStringLiteral(": ") +
                Tr::tr("must be a number of at least 0 (got %1)").arg(valueText(row.spend))};
        const QString volumesPath = fieldPath(path, QStringLiteral("volumes"));
        if (static_cast<int>(row.volumes.size()) > stageCount)
            return Error{volumesPath + QStringLiteral(": ") +
                         Tr::tr("must have at most %1 values, one per stage (got %2)")
                             .arg(stageCount)
                             .arg(row.volumes.size())};
        for (std::size_t k = 0; k < row.volumes.size(); ++k) {
            const QString volumePath = indexPath(volumesPath, static_cast<qsizetype>(k));
            const double volume = row.volumes[k];
            if (!std::isfinite(volume) || volume < 0.0)
                return Error{
                    volumePath + QStringLiteral(": ") +
                    Tr::tr("must be a number of at least 0 (got %1)").arg(valueText(volume))};
            if (k > 0 && volume > row.volumes[k - 1])
                return Error{volumePath + QStringLiteral(": ") +
                             Tr::tr("cannot be more than the stage before it (%1 after %2): a "
                                    "funnel only narrows")
                                 .arg(valueText(volume), valueText(row.volumes[k - 1]))};
        }
        const int key = month->year() * 12 + month->month() - 1;
        const auto [first, inserted] = rowOfMonth.emplace(key, i);
        if (!inserted)
            return Error{path + QStringLiteral(": ") +
                         Tr::tr("duplicate row: same month and channel as %1")
                             .arg(indexPath(QStringLiteral("past_actuals"),
                                            static_cast<qsizetype>(first->second)))};
        if (!earliest || *month < *earliest)
            earliest = month;
    }
    ChannelHistory history;
    if (rowOfMonth.empty())
        return history;
    const int firstKey = rowOfMonth.begin()->first;
    const int length = rowOfMonth.rbegin()->first - firstKey + 1;
    if (length > longestSeries)
        return Error{indexPath(QStringLiteral("past_actuals"),
                               static_cast<qsizetype>(rowOfMonth.rbegin()->second)) +
                     QStringLiteral(": ") +
                     Tr::tr("the past months of %1 span %2 months; at most %3 can be calibrated")
                         .arg(quoted(channel))
                         .arg(length)
                         .arg(longestSeries)};
    history.firstMonth = monthText(*earliest);
    history.spend.assign(static_cast<std::size_t>(length), 0.0);
    history.leads.assign(static_cast<std::size_t>(length), std::nullopt);
    history.pooledNumerator.assign(static_cast<std::size_t>(std::max(stageCount, 1)), 0.0);
    history.pooledDenominator.assign(static_cast<std::size_t>(std::max(stageCount, 1)), 0.0);
    for (const auto &[key, rowIndex] : rowOfMonth) {
        const Actual &row = pastActuals[rowIndex];
        const auto m = static_cast<std::size_t>(key - firstKey);
        history.spend[m] = row.spend;
        if (!row.volumes.empty())
            history.leads[m] = row.volumes.front();
        for (std::size_t k = 1; k < row.volumes.size(); ++k) {
            history.pooledNumerator[k] += row.volumes[k];
            history.pooledDenominator[k] += row.volumes[k - 1];
        }
    }
    return history;
}

} // namespace cplan
