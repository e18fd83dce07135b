#include "ui/widgets/FigureFormat.h"

#include "models/itemmodels/ValueFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cplan {

FigureKind figureKindOf(const QString &metric)
{
    const QString base = metric.section(QLatin1Char('.'), 0, 0);
    if (base == QLatin1String("conversion") || base == QLatin1String("stage_conversion") ||
        base == QLatin1String("roi") || base == QLatin1String("roi_loaded"))
        return FigureKind::Percent;
    if (base == QLatin1String("return_ratio") || base == QLatin1String("ltv_cac"))
        return FigureKind::Ratio;
    if (base == QLatin1String("payback_month"))
        return FigureKind::Month;
    if (base == QLatin1String("leads") || base == QLatin1String("customers") ||
        base == QLatin1String("customers_cum") || base == QLatin1String("stage_cum"))
        return FigureKind::Count;
    return FigureKind::Money;
}

QString comparisonSymbol(Comparison op)
{
    return op == Comparison::LessOrEqual ? QStringLiteral("≤") : QStringLiteral("≥");
}

QString formatFigure(std::optional<double> value, FigureKind kind, const QString &currency)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    const QLocale locale;
    switch (kind) {
    case FigureKind::Money: {
        // Unit costs (CPL, CAC) need their cents; budgets and values do not.
        const int decimals = std::abs(*value) < 10000 ? 2 : 0;
        // The display style chosen for the whole program (ValueFormat), e.g. "¥2,000万".
        if (ValueFormat::amountStyle() != AmountStyle::Grouped) {
            const double scale = std::pow(10.0, decimals);
            return NumberText::formatAmount(std::round(*value * scale) / scale, currency,
                                            ValueFormat::amountStyle());
        }
        return currency + QLatin1Char(' ') + locale.toString(*value, 'f', decimals);
    }
    case FigureKind::Count:
        return locale.toString(*value, 'f', 0);
    case FigureKind::Percent:
        return locale.toString(*value * 100.0, 'f', 1) + locale.percent();
    case FigureKind::Ratio:
        return QCoreApplication::translate("cplan::FigureFormat", "1 : %1")
            .arg(locale.toString(*value, 'f', 2));
    case FigureKind::Month:
        return QCoreApplication::translate("cplan::FigureFormat", "month %1")
            .arg(locale.toString(static_cast<qlonglong>(std::llround(*value))));
    }
    return {};
}

} // namespace cplan
