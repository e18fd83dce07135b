#pragma once

// Parsing of stage-indexed metric names of MODEL.md §4 ("cost_per_stage.1", "stage_cum.2").

#include <QLatin1String>
#include <QString>

#include <optional>

namespace cplan {

// 2 for ("cost_per_stage.2", "cost_per_stage."); nullopt when `metric` is not that form.
inline std::optional<int> stageSuffix(const QString &metric, QLatin1String prefix)
{
    if (!metric.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const int stage = metric.mid(prefix.size()).toInt(&ok);
    if (!ok || stage < 0)
        return std::nullopt;
    return stage;
}

} // namespace cplan
