#include "ui/charts/ChartFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace cplan {

namespace {
// A scaled figure with at most three significant digits and no trailing zeros.
QString scaledText(double scaled, const QLocale &locale)
{
    const double magnitude = std::abs(scaled);
    const int decimals = magnitude < 10 ? 2 : magnitude < 100 ? 1 : 0;
    QString text = locale.toString(scaled, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartFormat)
};
} // namespace

QString chineseUnitsText(double value, const QLocale &locale, std::optional<double> unitOf)
{
    const double magnitude = std::abs(unitOf.value_or(value));
    if (magnitude >= 1e8)
        return scaledText(value / 1e8, locale) + QStringLiteral("亿");
    if (magnitude >= 1e4)
        return scaledText(value / 1e4, locale) + QStringLiteral("万");
    return scaledText(value, locale);
}

QString axisValueText(double value, FigureKind kind, bool chineseUnits, const QLocale &locale,
                      std::optional<double> unitOf)
{
    // A tick at a rounding residue of zero (1e-10) reads "0", not "0.0000000001".
    if (std::abs(value) < 1e-9)
        value = 0.0;
    switch (kind) {
    case FigureKind::Percent:
        return scaledText(value * 100.0, locale) + locale.percent();
    case FigureKind::Ratio:
        return scaledText(value, locale);
    case FigureKind::Month:
        return locale.toString(static_cast<qlonglong>(std::llround(value)));
    case FigureKind::Money:
    case FigureKind::Count:
        break;
    }
    // A Chinese reader counts in 万 and 亿 whatever the amount style; k/M/bn are Western units.
    if (chineseUnits || locale.language() == QLocale::Chinese)
        return chineseUnitsText(value, locale, unitOf);
    const double magnitude = std::abs(unitOf.value_or(value));
    if (magnitude >= 1e9)
        return Tr::tr("%1bn").arg(scaledText(value / 1e9, locale));
    if (magnitude >= 1e6)
        return Tr::tr("%1M").arg(scaledText(value / 1e6, locale));
    if (magnitude >= 1e4)
        return Tr::tr("%1k").arg(scaledText(value / 1e3, locale));
    return scaledText(value, locale);
}

QString axisTitle(const QString &quantity, FigureKind kind, const QString &currency)
{
    if (kind != FigureKind::Money || currency.isEmpty())
        return quantity;
    return Tr::tr("%1 (%2)").arg(quantity, currency);
}

} // namespace cplan
