#include "models/itemmodels/ValueFormat.h"

#include "models/domain/PlanValidator.h"

#include <QDate>

#include <atomic>
#include <cmath>

namespace cplan {

namespace {

std::atomic<AmountStyle> &chosenStyle()
{
    static std::atomic<AmountStyle> style{AmountStyle::Grouped};
    return style;
}

} // namespace

AmountStyle ValueFormat::amountStyle()
{
    return chosenStyle().load();
}

void ValueFormat::setAmountStyle(AmountStyle style)
{
    chosenStyle().store(style);
}

QString ValueFormat::money(double value, const QString &currency)
{
    // In Chinese units, rounded for display (issue 22 B.7): two decimals of 万 (¥240.2万, not
    // ¥240.2006490815597万), four of 亿 (¥1.2346亿), cents below 10,000. Editing starts from
    // the exact value (EditRole), never from this text.
    if (amountStyle() == AmountStyle::ChineseUnits && std::isfinite(value)) {
        const double size = std::abs(value);
        const double step = size >= 1e8 ? 1e4 : size >= 1e4 ? 100.0 : 0.0;
        value = step > 0.0 ? std::round(value / step) * step : std::round(value * 100.0) / 100.0;
    }
    return NumberText::formatAmount(value, currency, amountStyle());
}

QString ValueFormat::money(double value, const QString &currency, int decimals)
{
    return NumberText::formatAmount(value, currency, amountStyle(), decimals);
}

int ValueFormat::moneyDecimals(std::span<const double> values)
{
    return NumberText::amountDecimals(values, amountStyle());
}

QString ValueFormat::percent(double value)
{
    return NumberText::formatPercent(value);
}

QString ValueFormat::number(double value, int decimals)
{
    return NumberText::formatQuantity(value, decimals);
}

QString ValueFormat::plainText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return formatNumber(value.toDouble());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList: // a list cell (a milestone's gates): "Search, Short video ads"
        return value.toStringList().join(QStringLiteral(", "));
    default:
        return value.toString();
    }
}

} // namespace cplan
