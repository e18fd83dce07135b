#include "models/itemmodels/ValueFormat.h"

#include "models/domain/PlanValidator.h"

#include <QDate>

#include <atomic>

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
    return NumberText::formatAmount(value, currency, amountStyle());
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
