#include "ui/widgets/DelayCostText.h"

#include "ui/widgets/FigureFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DelayCostText)
};

// A true minus sign or a plus before the formatted size of `value`.
QString signedFigure(double value, FigureKind kind, const QString &currency)
{
    const QString size = formatFigure(std::abs(value), kind, currency);
    if (size == formatFigure(0.0, kind, currency))
        return size;
    return (value < 0.0 ? QString(QChar(0x2212)) : QStringLiteral("+")) + size;
}

bool movedNothing(const DelayCost &cost)
{
    return cost.customersDelta() == 0.0 && cost.valueDelta() == 0.0 && cost.spendLost == 0.0;
}

} // namespace

QString delayCostSummary(const DelayCost &cost, const QString &currency)
{
    if (movedNothing(cost))
        return Tr::tr("no cost: still within its planned month");
    QString text =
        Tr::tr("%1 customers").arg(signedFigure(cost.customersDelta(), FigureKind::Count, {}));
    if (const auto cac = cost.cacDelta())
        text = Tr::tr("%1, CAC %2").arg(text, signedFigure(*cac, FigureKind::Money, currency));
    if (cost.spendLost > 0.0)
        text = Tr::tr("%1, %2 not spent")
                   .arg(text, formatFigure(cost.spendLost, FigureKind::Money, currency));
    return text;
}

QString delayCostAlert(const DelayCost &cost, const QString &currency)
{
    const QString summary = delayCostSummary(cost, currency);
    return cost.delayDays == 1 ? Tr::tr("%1 1 day late: %2").arg(cost.id, summary)
                               : Tr::tr("%1 %2 days late: %3")
                                     .arg(cost.id, QLocale().toString(cost.delayDays), summary);
}

QString delayCostDetails(const DelayCost &cost, const QString &currency)
{
    QStringList lines;
    lines << Tr::tr("Cost of delay (gates %1): %2")
                 .arg(cost.gates.join(QStringLiteral(", ")), delayCostSummary(cost, currency));
    lines << Tr::tr("Customers %1 on time, %2 as forecast")
                 .arg(formatFigure(cost.onTime.customers, FigureKind::Count, {}),
                      formatFigure(cost.forecast.customers, FigureKind::Count, {}));
    lines << Tr::tr("Value %1 on time, %2 as forecast")
                 .arg(formatFigure(cost.onTime.value, FigureKind::Money, currency),
                      formatFigure(cost.forecast.value, FigureKind::Money, currency));
    lines << Tr::tr("CAC %1 on time, %2 as forecast")
                 .arg(formatFigure(cost.onTime.cac, FigureKind::Money, currency),
                      formatFigure(cost.forecast.cac, FigureKind::Money, currency));
    if (cost.spendLost > 0.0)
        lines << Tr::tr("%1 of planned spend moves past the horizon and is not spent")
                     .arg(formatFigure(cost.spendLost, FigureKind::Money, currency));
    return lines.join(QLatin1Char('\n'));
}

} // namespace cplan
