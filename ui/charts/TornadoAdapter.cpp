#include "ui/charts/TornadoAdapter.h"

#include <QCoreApplication>

#include <cmath>

namespace cplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TornadoAdapter)
};

const QLatin1String sharePrefix("share:");
} // namespace

std::optional<double> TornadoBar::span() const
{
    if (!low || !high)
        return std::nullopt;
    return std::abs(*high - *low);
}

QString analysisMetricTitle(const QString &metric)
{
    if (metric == QLatin1String("customers"))
        return Tr::tr("Customers");
    if (metric == QLatin1String("cac"))
        return Tr::tr("CAC");
    if (metric == QLatin1String("value"))
        return Tr::tr("Customer value");
    if (metric == QLatin1String("roi"))
        return Tr::tr("ROI");
    if (metric == QLatin1String("return_ratio"))
        return Tr::tr("Return ratio");
    if (metric == QLatin1String("ltv"))
        return Tr::tr("LTV");
    if (metric == QLatin1String("leads"))
        return Tr::tr("Leads");
    return metric;
}

QString sensitivityDriverLabel(const QString &driver)
{
    if (driver.startsWith(sharePrefix))
        return Tr::tr("Share of %1").arg(driver.mid(sharePrefix.size()));
    // The families of MODEL.md §5.4, across all channels.
    if (driver == QLatin1String("cpl"))
        return Tr::tr("Cost per lead");
    if (driver == QLatin1String("conversion"))
        return Tr::tr("Conversion rates");
    if (driver == QLatin1String("arpu"))
        return Tr::tr("Monthly revenue per customer");
    if (driver == QLatin1String("margin"))
        return Tr::tr("Margin");
    if (driver == QLatin1String("retention"))
        return Tr::tr("Monthly retention");
    if (driver == QLatin1String("saturation"))
        return Tr::tr("Saturation spend");
    return driver;
}

TornadoChartData tornadoChartData(const SensitivityResult &result)
{
    TornadoChartData data;
    data.metric = result.metric;
    data.kind = figureKindOf(result.metric);
    data.swing = result.swing;
    data.base = result.base;
    data.bars.reserve(result.bars.size());
    for (const SensitivityBar &bar : result.bars)
        data.bars.push_back({bar.driver, sensitivityDriverLabel(bar.driver), bar.low, bar.high});
    return data;
}

} // namespace cplan
