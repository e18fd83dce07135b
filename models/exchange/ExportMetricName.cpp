// Metric names and number formats for the exports (MODEL.md §4).

#include "models/engine/MetricName.h"
#include "models/exchange/ExportWorkbook.h"

#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::ExportMetricName", text);
}

QString stageName(const Plan &plan, int stage)
{
    return stage >= 0 && stage < plan.stages.size() ? plan.stages.at(stage)
                                                    : tr("stage %1").arg(stage);
}

} // namespace

QString exportMetricName(const Plan &plan, const QString &metricId)
{
    if (const auto k = stageSuffix(metricId, QLatin1String("stage_volumes.")))
        return tr("Stage volume: %1").arg(stageName(plan, *k));
    if (const auto k = stageSuffix(metricId, QLatin1String("cost_per_stage.")))
        return tr("Cost per stage: %1").arg(stageName(plan, *k));
    if (const auto k = stageSuffix(metricId, QLatin1String("stage_conversion."))) {
        return tr("Conversion %1 → %2").arg(stageName(plan, *k - 1), stageName(plan, *k));
    }
    if (const auto k = stageSuffix(metricId, QLatin1String("stage_cum.")))
        return tr("%1 to date").arg(stageName(plan, *k));

    static const std::vector<std::pair<const char *, const char *>> names = {
        {"budget", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Budget")},
        {"channel_spend", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Channel spend")},
        {"overhead", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Overhead")},
        {"reserve", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Reserve")},
        {"leads", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Leads")},
        {"customers", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Customers")},
        {"cost_per_lead", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Cost per lead")},
        {"cac", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Customer acquisition cost")},
        {"cac_loaded",
         QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Acquisition cost with overhead")},
        {"conversion", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Lead-to-customer conversion")},
        {"ltv", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Lifetime value per customer")},
        {"value", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Customer value")},
        {"roi", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "ROI")},
        {"roi_loaded", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "ROI with overhead")},
        {"return_ratio", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Return ratio")},
        {"ltv_cac", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "LTV / CAC")},
        {"payback_month", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Payback month")},
        {"spend_cum", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Spend to date")},
        {"customers_cum", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Customers to date")},
        {"cac_to_date", QT_TRANSLATE_NOOP("cplan::ExportMetricName", "Acquisition cost to date")}};
    for (const auto &[id, name] : names) {
        if (metricId == QLatin1String(id))
            return QCoreApplication::translate("cplan::ExportMetricName", name);
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
    static const QStringList ratio = {QStringLiteral("return_ratio"), QStringLiteral("ltv_cac")};
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
