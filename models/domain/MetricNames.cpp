#include "models/domain/MetricNames.h"

#include <QCoreApplication>

#include <array>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MetricNames)
};

struct PlainMetric
{
    const char *id;
    const char *name;
    const char *description;
    MetricUnit unit;
    MetricDirection direction;
};

// MODEL.md §3.9 and §4: the totals without a stage number, and the cumulative check metrics.
constexpr std::array<PlainMetric, 17> plainMetrics{{
    {"leads", QT_TRANSLATE_NOOP("MetricNames", "Leads"),
     QT_TRANSLATE_NOOP("MetricNames", "Leads (the first funnel stage) over the plan"),
     MetricUnit::Count, MetricDirection::HigherIsBetter},
    {"customers", QT_TRANSLATE_NOOP("MetricNames", "Customers"),
     QT_TRANSLATE_NOOP("MetricNames", "Customers (the last funnel stage) over the plan"),
     MetricUnit::Count, MetricDirection::HigherIsBetter},
    {"cost_per_lead", QT_TRANSLATE_NOOP("MetricNames", "Cost per lead"),
     QT_TRANSLATE_NOOP("MetricNames", "Channel spend divided by leads"), MetricUnit::Currency,
     MetricDirection::LowerIsBetter},
    {"cac", QT_TRANSLATE_NOOP("MetricNames", "Customer acquisition cost (CAC)"),
     QT_TRANSLATE_NOOP("MetricNames", "Channel spend divided by customers"), MetricUnit::Currency,
     MetricDirection::LowerIsBetter},
    {"cac_loaded", QT_TRANSLATE_NOOP("MetricNames", "CAC with overhead"),
     QT_TRANSLATE_NOOP("MetricNames", "Channel spend plus overhead, divided by customers"),
     MetricUnit::Currency, MetricDirection::LowerIsBetter},
    {"conversion", QT_TRANSLATE_NOOP("MetricNames", "Lead to customer conversion"),
     QT_TRANSLATE_NOOP("MetricNames", "Customers divided by leads"), MetricUnit::Percent,
     MetricDirection::HigherIsBetter},
    {"ltv", QT_TRANSLATE_NOOP("MetricNames", "Lifetime value per customer (LTV)"),
     QT_TRANSLATE_NOOP("MetricNames",
                       "Discounted gross margin a customer brings over the value horizon"),
     MetricUnit::Currency, MetricDirection::HigherIsBetter},
    {"value", QT_TRANSLATE_NOOP("MetricNames", "Customer value"),
     QT_TRANSLATE_NOOP("MetricNames", "Customers times their lifetime value"), MetricUnit::Currency,
     MetricDirection::HigherIsBetter},
    {"roi", QT_TRANSLATE_NOOP("MetricNames", "Return on investment (ROI)"),
     QT_TRANSLATE_NOOP("MetricNames",
                       "(Customer value − spend) ÷ spend, as a percentage: ROI 200 % is a return "
                       "ratio of 1 : 3. For a target written \"ROI 1 : 3\", choose the return "
                       "ratio instead"),
     MetricUnit::Percent, MetricDirection::HigherIsBetter},
    {"roi_loaded", QT_TRANSLATE_NOOP("MetricNames", "ROI with overhead"),
     QT_TRANSLATE_NOOP("MetricNames", "(Customer value − spend − overhead) ÷ (spend + overhead)"),
     MetricUnit::Percent, MetricDirection::HigherIsBetter},
    {"return_ratio", QT_TRANSLATE_NOOP("MetricNames", "Return ratio (value : spend)"),
     QT_TRANSLATE_NOOP("MetricNames",
                       "Customer value ÷ spend; \"ROI 1 : 3\" means a return ratio of 3"),
     MetricUnit::Ratio, MetricDirection::HigherIsBetter},
    {"ltv_cac", QT_TRANSLATE_NOOP("MetricNames", "LTV : CAC"),
     QT_TRANSLATE_NOOP("MetricNames", "Lifetime value ÷ customer acquisition cost"),
     MetricUnit::Ratio, MetricDirection::HigherIsBetter},
    {"payback_month", QT_TRANSLATE_NOOP("MetricNames", "Payback month"),
     QT_TRANSLATE_NOOP("MetricNames",
                       "The first month in which cumulative margin covers cumulative spend"),
     MetricUnit::Months, MetricDirection::LowerIsBetter},
    {"channel_spend", QT_TRANSLATE_NOOP("MetricNames", "Channel spend"),
     QT_TRANSLATE_NOOP("MetricNames", "The budget spent on the channels"), MetricUnit::Currency,
     MetricDirection::Neutral},
    {"spend_cum", QT_TRANSLATE_NOOP("MetricNames", "Spend to date"),
     QT_TRANSLATE_NOOP("MetricNames", "Channel spend up to the end of the milestone's month"),
     MetricUnit::Currency, MetricDirection::Neutral},
    {"customers_cum", QT_TRANSLATE_NOOP("MetricNames", "Customers to date"),
     QT_TRANSLATE_NOOP("MetricNames", "Customers up to the end of the milestone's month"),
     MetricUnit::Count, MetricDirection::HigherIsBetter},
    {"cac_to_date", QT_TRANSLATE_NOOP("MetricNames", "CAC to date"),
     QT_TRANSLATE_NOOP("MetricNames", "Spend to date ÷ customers to date"), MetricUnit::Currency,
     MetricDirection::LowerIsBetter},
}};

// The metrics only a milestone check may name (MODEL.md §4).
bool isCumulative(const QString &id)
{
    return id == QLatin1String("spend_cum") || id == QLatin1String("customers_cum") ||
           id == QLatin1String("cac_to_date") || id.startsWith(QLatin1String("stage_cum."));
}

const PlainMetric *findPlain(const QString &id)
{
    for (const PlainMetric &metric : plainMetrics) {
        if (id == QLatin1String(metric.id))
            return &metric;
    }
    return nullptr;
}

// ("cost_per_stage", 1) for "cost_per_stage.1"; stage -1 when there is no stage number.
std::pair<QString, int> splitMetric(const QString &id)
{
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {id, -1};
    bool ok = false;
    const int stage = id.mid(dot + 1).toInt(&ok);
    return {id.left(dot), ok && stage >= 0 ? stage : -1};
}

QString stageName(const QStringList &stages, int stage)
{
    const QString name = stages.value(stage).trimmed();
    return name.isEmpty() ? Tr::tr("stage %1").arg(stage) : name;
}

// Lower-case the first letter unless the word is an acronym ("KOL leads" stays).
QString lowerFirst(const QString &text)
{
    if (text.size() > 1 && text.at(0).isUpper() && !text.at(1).isUpper())
        return text.at(0).toLower() + text.mid(1);
    return text;
}

QString singular(const QString &word)
{
    if (word.size() > 2 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        return word.left(word.size() - 1);
    return word;
}

} // namespace

QString singularStageName(const QString &stage)
{
    QStringList words = stage.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return stage;
    // "Registered users": the noun is last; "Accounts opened": the noun is first.
    const QString last = singular(words.last());
    if (last != words.last())
        words.last() = last;
    else
        words.first() = singular(words.first());
    return lowerFirst(words.join(QLatin1Char(' ')));
}

QString metricDisplayName(const QStringList &stages, const QString &metricId)
{
    if (const PlainMetric *plain = findPlain(metricId))
        return Tr::tr(plain->name);
    const auto [family, stage] = splitMetric(metricId);
    if (stage < 0)
        return metricId;
    if (family == QLatin1String("cost_per_stage"))
        return Tr::tr("Cost per %1").arg(singularStageName(stageName(stages, stage)));
    if (family == QLatin1String("stage_cum"))
        return Tr::tr("%1 to date").arg(stageName(stages, stage));
    if (family == QLatin1String("stage_volumes"))
        return stageName(stages, stage);
    if (family == QLatin1String("stage_conversion") && stage >= 1)
        return Tr::tr("%1 → %2 conversion")
            .arg(stageName(stages, stage - 1), lowerFirst(stageName(stages, stage)));
    return metricId;
}

QString metricDisplayName(const Plan &plan, const QString &metricId)
{
    return metricDisplayName(plan.stages, metricId);
}

QString metricDescription(const QStringList &stages, const QString &metricId)
{
    if (const PlainMetric *plain = findPlain(metricId))
        return Tr::tr(plain->description);
    const auto [family, stage] = splitMetric(metricId);
    if (family == QLatin1String("cost_per_stage"))
        return Tr::tr("Channel spend divided by %1").arg(lowerFirst(stageName(stages, stage)));
    if (family == QLatin1String("stage_cum"))
        return Tr::tr("%1 up to the end of the milestone's month").arg(stageName(stages, stage));
    if (family == QLatin1String("stage_volumes"))
        return Tr::tr("%1 over the plan").arg(stageName(stages, stage));
    if (family == QLatin1String("stage_conversion") && stage >= 1)
        return Tr::tr("%1 divided by %2")
            .arg(stageName(stages, stage), lowerFirst(stageName(stages, stage - 1)));
    return {};
}

MetricUnit metricUnit(const QString &metricId)
{
    if (const PlainMetric *plain = findPlain(metricId))
        return plain->unit;
    const QString family = splitMetric(metricId).first;
    if (family == QLatin1String("stage_conversion"))
        return MetricUnit::Percent;
    if (family == QLatin1String("stage_cum") || family == QLatin1String("stage_volumes"))
        return MetricUnit::Count;
    if (family == QLatin1String("budget") || family == QLatin1String("overhead") ||
        family == QLatin1String("reserve"))
        return MetricUnit::Currency;
    return MetricUnit::Currency;
}

MetricDirection metricDirection(const QString &metricId)
{
    if (const PlainMetric *plain = findPlain(metricId))
        return plain->direction;
    const QString family = splitMetric(metricId).first;
    if (family == QLatin1String("cost_per_stage"))
        return MetricDirection::LowerIsBetter;
    if (family == QLatin1String("stage_conversion") || family == QLatin1String("stage_cum") ||
        family == QLatin1String("stage_volumes"))
        return MetricDirection::HigherIsBetter;
    return MetricDirection::Neutral;
}

QStringList availableMetrics(const Plan &plan, MetricUse use)
{
    QStringList metrics;
    const int stageCount = int(plan.stages.size());
    for (const PlainMetric &metric : plainMetrics) {
        const QString id = QLatin1String(metric.id);
        if (use == MetricUse::Check || !isCumulative(id))
            metrics << id;
    }
    for (int k = 0; k < stageCount; ++k)
        metrics << QStringLiteral("cost_per_stage.%1").arg(k);
    for (int k = 1; k < stageCount; ++k)
        metrics << QStringLiteral("stage_conversion.%1").arg(k);
    if (use == MetricUse::Check) {
        for (int k = 0; k < stageCount; ++k)
            metrics << QStringLiteral("stage_cum.%1").arg(k);
    }
    return metrics;
}

QString planTitle(const Plan &plan, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese && !plan.nameZh.trimmed().isEmpty())
        return plan.nameZh.trimmed();
    return plan.name.trimmed();
}

} // namespace cplan
