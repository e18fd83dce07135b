#include "ui/widgets/FigureFormat.h"

#include "models/domain/MetricNames.h"
#include "models/itemmodels/ValueFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cplan {

FigureKind figureKindOf(const QString &metric)
{
    switch (metricUnit(metric)) {
    case MetricUnit::Currency:
        return FigureKind::Money;
    case MetricUnit::Count:
        return FigureKind::Count;
    case MetricUnit::Percent:
        return FigureKind::Percent;
    case MetricUnit::Ratio:
        return FigureKind::Ratio;
    case MetricUnit::Months:
        return FigureKind::Month;
    }
    return FigureKind::Money;
}

QString comparisonSymbol(Comparison op)
{
    return op == Comparison::LessOrEqual ? QStringLiteral("≤") : QStringLiteral("≥");
}

int figureDecimals(const std::vector<std::optional<double>> &values, FigureKind kind)
{
    if (kind != FigureKind::Money)
        return -1;
    std::vector<double> amounts;
    amounts.reserve(values.size());
    for (const std::optional<double> &value : values) {
        if (value && std::isfinite(*value))
            amounts.push_back(*value);
    }
    if (ValueFormat::amountStyle() != AmountStyle::Grouped)
        return NumberText::amountDecimals(amounts, ValueFormat::amountStyle());
    // A zero (the base's own difference) needs no cents.
    return std::any_of(amounts.begin(), amounts.end(),
                       [](double amount) { return amount != 0.0 && std::abs(amount) < 10000; })
               ? 2
               : 0;
}

QString formatFigure(std::optional<double> value, FigureKind kind, const QString &currency,
                     int decimals)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    const QLocale locale;
    switch (kind) {
    case FigureKind::Money: {
        if (decimals >= 0) {
            return ValueFormat::amountStyle() != AmountStyle::Grouped
                       ? NumberText::formatAmount(*value, currency, ValueFormat::amountStyle(),
                                                  decimals)
                       : currency + QLatin1Char(' ') + locale.toString(*value, 'f', decimals);
        }
        // The display style chosen for the whole program (ValueFormat), e.g. "¥2,000万".
        if (ValueFormat::amountStyle() != AmountStyle::Grouped) {
            // Two decimals of the unit shown: ¥602.53万, ¥1.25亿, ¥953.30.
            const double size = std::abs(*value);
            const double step = size >= 1e8 ? 1e6 : size >= 1e4 ? 100.0 : 0.0;
            const double rounded =
                step > 0.0 ? std::round(*value / step) * step : std::round(*value * 100.0) / 100.0;
            return NumberText::formatAmount(rounded, currency, ValueFormat::amountStyle());
        }
        // Unit costs (CPL, CAC) need their cents; budgets and values do not.
        return currency + QLatin1Char(' ') +
               locale.toString(*value, 'f', std::abs(*value) < 10000 ? 2 : 0);
    }
    case FigureKind::Count:
        return locale.toString(*value, 'f', 0);
    case FigureKind::Percent:
        return locale.toString(*value * 100.0, 'f', 1) + locale.percent();
    case FigureKind::Ratio:
        return QCoreApplication::translate("FigureFormat", "1 : %1")
            .arg(locale.toString(*value, 'f', 2));
    case FigureKind::Month:
        return QCoreApplication::translate("FigureFormat", "month %1")
            .arg(locale.toString(static_cast<qlonglong>(std::llround(*value))));
    }
    return {};
}

} // namespace cplan
