#pragma once

// What a person calls a metric of MODEL.md §4 ("cost_per_stage.1" → "Cost per registered user"),
// in which unit it is written, and which way is better. Names are built from the plan's own
// stage names, so the window never shows a metric id; the CLI's JSON keeps the ids.

#include "models/domain/Plan.h"
#include "models/domain/ValidationMetrics.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace cplan {

enum class MetricUnit
{
    Currency, // an amount in the plan's currency
    Count,    // people or leads
    Percent,  // a rate or a share, stored as a fraction (0.15 = 15 %)
    Ratio,    // "1 : 3", stored as 3
    Months    // a month number or a number of months
};

enum class MetricDirection
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral // more or less is not better by itself (spend)
};

// "Registered users to date" for "stage_cum.1" with the sample's stages. An unknown id comes
// back unchanged so nothing is hidden.
QString metricDisplayName(const Plan &plan, const QString &metricId);
QString metricDisplayName(const QStringList &stages, const QString &metricId);
// One sentence saying how the metric is computed, for tooltips.
QString metricDescription(const QStringList &stages, const QString &metricId);
MetricUnit metricUnit(const QString &metricId);
MetricDirection metricDirection(const QString &metricId);
inline bool metricLowerIsBetter(const QString &metricId)
{
    return metricDirection(metricId) == MetricDirection::LowerIsBetter;
}

// Every metric a target (or, with MetricUse::Check, a milestone check) may name for this plan's
// stages, in the order a picker lists them.
QStringList availableMetrics(const Plan &plan, MetricUse use);

// "Registered users" → "registered user", "Accounts opened" → "account opened": a stage name
// as it reads after "Cost per".
QString singularStageName(const QString &stage);

// The plan's title in the interface language: its Chinese title (name_zh) when the interface
// is Chinese and the plan has one, else its name.
QString planTitle(const Plan &plan, const QLocale &locale = QLocale());

} // namespace cplan
