// Metric names and number formats for the exports (MODEL.md §4).

#include "models/domain/MetricNames.h"
#include "models/engine/MetricName.h"
#include "models/exchange/ExportWorkbook.h"

#include <QCoreApplication>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportMetricName)
};

QString stageName(const Plan &plan, int stage)
{
    return stage >= 0 && stage < plan.stages.size() ? plan.stages.at(stage)
                                                    : Tr::tr("stage %1").arg(stage);
}

} // namespace

QString exportMetricName(const Plan &plan, const QString &metricId)
{
    // The window's names (built from the plan's own stages), so a workbook or report says what
    // the screen says; the list below names the totals that are not metrics of their own.
    const QString shown = metricDisplayName(plan, metricId);
    if (shown != metricId)
        return shown;
    if (const auto k = stageSuffix(metricId, QLatin1String("stage_volumes.")))
        return Tr::tr("Stage volume: %1").arg(stageName(plan, *k));
    if (const auto k = stageSuffix(metricId, QLatin1String("cost_per_stage.")))
        return Tr::tr("Cost per stage: %1").arg(stageName(plan, *k));
    if (const auto k = stageSuffix(metricId, QLatin1String("stage_conversion."))) {
        return Tr::tr("Conversion %1 → %2").arg(stageName(plan, *k - 1), stageName(plan, *k));
    }
    if (const auto k = stageSuffix(metricId, QLatin1String("stage_cum.")))
        return Tr::tr("%1 to date").arg(stageName(plan, *k));

    static const std::vector<std::pair<const char *, const char *>> names = {
        {"budget", QT_TRANSLATE_NOOP("ExportMetricName", "Budget")},
        {"channel_spend", QT_TRANSLATE_NOOP("ExportMetricName", "Channel spend")},
        {"overhead", QT_TRANSLATE_NOOP("ExportMetricName", "Overhead")},
        {"reserve", QT_TRANSLATE_NOOP("ExportMetricName", "Reserve")},
        {"leads", QT_TRANSLATE_NOOP("ExportMetricName", "Leads")},
        {"customers", QT_TRANSLATE_NOOP("ExportMetricName", "Customers")},
        {"cost_per_lead", QT_TRANSLATE_NOOP("ExportMetricName", "Cost per lead")},
        {"cac", QT_TRANSLATE_NOOP("ExportMetricName", "Customer acquisition cost")},
        {"cac_loaded", QT_TRANSLATE_NOOP("ExportMetricName", "Acquisition cost with overhead")},
        {"conversion", QT_TRANSLATE_NOOP("ExportMetricName", "Lead-to-customer conversion")},
        {"ltv", QT_TRANSLATE_NOOP("ExportMetricName", "Lifetime value per customer")},
        {"value", QT_TRANSLATE_NOOP("ExportMetricName", "Customer value")},
        {"roi", QT_TRANSLATE_NOOP("ExportMetricName", "ROI")},
        {"roi_loaded", QT_TRANSLATE_NOOP("ExportMetricName", "ROI with overhead")},
        {"return_ratio", QT_TRANSLATE_NOOP("ExportMetricName", "Return ratio")},
        {"ltv_cac", QT_TRANSLATE_NOOP("ExportMetricName", "LTV / CAC")},
        {"payback_month", QT_TRANSLATE_NOOP("ExportMetricName", "Payback month")},
        {"spend_cum", QT_TRANSLATE_NOOP("ExportMetricName", "Spend to date")},
        {"customers_cum", QT_TRANSLATE_NOOP("ExportMetricName", "Customers to date")},
        {"cac_to_date", QT_TRANSLATE_NOOP("ExportMetricName", "Acquisition cost to date")}};
    for (const auto &[id, name] : names) {
        if (metricId == QLatin1String(id))
            return QCoreApplication::translate("ExportMetricName", name);
    }
    return metricId;
}

CellFormat exportMetricFormat(const QString &metricId)
{
    const QString family = metricId.section(QLatin1Char('.'), 0, 0);
    static const QStringList money = {QStringLiteral("budget"),   QStringLiteral("channel_spend"),
                                      QStringLiteral("overhead"), QStringLiteral("reserve"),
                                      QStringLiteral("value"),    QStringLiteral("spend_cum")};
    static const QStringList precise = {QStringLiteral("cost_per_stage"),
                                        QStringLiteral("cost_per_lead"),
                                        QStringLiteral("cac"),
                                        QStringLiteral("cac_loaded"),
                                        QStringLiteral("ltv"),
                                        QStringLiteral("cac_to_date")};
    static const QStringList percent = {QStringLiteral("conversion"), QStringLiteral("roi"),
                                        QStringLiteral("roi_loaded"),
                                        QStringLiteral("stage_conversion")};
    static const QStringList ratio = {QStringLiteral("ltv_cac")};
    if (family == QLatin1String("return_ratio"))
        return CellFormat::ReturnRatio;
    if (money.contains(family))
        return CellFormat::Money;
    if (precise.contains(family))
        return CellFormat::MoneyPrecise;
    if (percent.contains(family))
        return CellFormat::Percent;
    if (ratio.contains(family))
        return CellFormat::Ratio;
    if (family == QLatin1String("payback_month"))
        return CellFormat::Integer;
    return CellFormat::Count;
}

} // namespace cplan
