#include "models/engine/Sensitivity.h"

#include "models/engine/Projection.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sensitivity)
};

double clampUnit(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

// One family moved by `factor` in every channel. Moved values are kept in their valid ranges
// of MODEL.md §2 by clipping: rates, margin and retention to [0, 1] (a rate cannot pass 100%);
// cpl, arpu and saturation stay positive by themselves since the swing is below 1. A channel
// without saturation stays without it.
Scenario withScaledFamily(Scenario scenario, const QString &family, double factor)
{
    for (ChannelDrivers &drivers : scenario.channels) {
        if (family == QLatin1String("cpl")) {
            drivers.cpl *= factor;
        } else if (family == QLatin1String("conversion")) {
            for (double &rate : drivers.conversion)
                rate = clampUnit(rate * factor);
        } else if (family == QLatin1String("arpu")) {
            drivers.arpuMonthly *= factor;
        } else if (family == QLatin1String("margin")) {
            drivers.margin = clampUnit(drivers.margin * factor);
        } else if (family == QLatin1String("retention")) {
            drivers.retentionMonthly = clampUnit(drivers.retentionMonthly * factor);
        } else if (family == QLatin1String("saturation")) {
            if (drivers.saturationSpend)
                *drivers.saturationSpend *= factor;
        }
    }
    return scenario;
}

} // namespace

QStringList sensitivityFamilies()
{
    return {QStringLiteral("cpl"),    QStringLiteral("conversion"), QStringLiteral("arpu"),
            QStringLiteral("margin"), QStringLiteral("retention"),  QStringLiteral("saturation")};
}

Scenario withScaledShare(const Scenario &scenario, int channel, double factor)
{
    Scenario moved = scenario;
    auto &channels = moved.channels;
    const auto index = static_cast<std::size_t>(channel);
    const double before = channels[index].share;
    const double after = clampUnit(before * factor);
    channels[index].share = after;
    double others = 0.0;
    for (std::size_t c = 0; c < channels.size(); ++c)
        others += c == index ? 0.0 : channels[c].share;
    const double rest = 1.0 - after;
    const auto otherCount = static_cast<double>(channels.size() - 1);
    for (std::size_t c = 0; c < channels.size(); ++c) {
        if (c == index)
            continue;
        // The others keep their proportions; when they had nothing, they share the rest evenly.
        channels[c].share = others > 0.0 ? channels[c].share * rest / others : rest / otherCount;
    }
    return moved;
}

Result<SensitivityResult> runSensitivity(const Plan &plan, const Scenario &scenario, double swing,
                                         const QString &metric)
{
    if (!(swing >= 0.0 && swing < 1.0))
        return Error{Tr::tr("swing: must be at least 0 and below 1 (got %1)").arg(swing)};
    if (!isKnownMetric(metric, static_cast<int>(plan.stages.size())))
        return Error{Tr::tr("metric: \"%1\" is not a metric of the plan").arg(metric)};

    SensitivityResult result;
    result.scenario = scenario.name;
    result.metric = metric;
    result.swing = swing;
    result.base = metricValue(project(plan, scenario), metric);
    const auto valueOf = [&](const Scenario &moved) {
        return metricValue(project(plan, moved), metric);
    };
    for (const QString &family : sensitivityFamilies()) {
        result.bars.push_back({family, valueOf(withScaledFamily(scenario, family, 1.0 - swing)),
                               valueOf(withScaledFamily(scenario, family, 1.0 + swing))});
    }
    // A plan with one channel has no share to move (it must stay 1).
    if (scenario.channels.size() > 1) {
        for (std::size_t c = 0; c < scenario.channels.size() && c < plan.channels.size(); ++c) {
            const int channel = static_cast<int>(c);
            result.bars.push_back({QStringLiteral("share:") + plan.channels[c].name,
                                   valueOf(withScaledShare(scenario, channel, 1.0 - swing)),
                                   valueOf(withScaledShare(scenario, channel, 1.0 + swing))});
        }
    }
    // MODEL.md §5.4: by the size of the swing, largest first; a bar with a null end has no
    // size and goes last. Stable, so ties keep the family-then-channel order.
    const auto span = [](const SensitivityBar &bar) {
        return bar.low && bar.high ? std::abs(*bar.high - *bar.low) : -1.0;
    };
    std::stable_sort(
        result.bars.begin(), result.bars.end(),
        [&](const SensitivityBar &a, const SensitivityBar &b) { return span(a) > span(b); });
    return result;
}

} // namespace cplan
