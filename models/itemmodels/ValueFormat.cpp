#include "models/itemmodels/ValueFormat.h"

#include "models/domain/PlanValidator.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace cplan {

namespace {

// The user's locale, but always with group separators (the C locale omits them by default).
QLocale displayLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString trimmedNumber(double value, int decimals)
{
    const QLocale locale = displayLocale();
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (text == QLatin1String("-0"))
        text = locale.toString(0);
    return text;
}

} // namespace

QString ValueFormat::money(double value, const QString &currency)
{
    const bool whole = std::floor(value) == value;
    const QString amount = displayLocale().toString(value, 'f', whole ? 0 : 2);
    return currency.isEmpty() ? amount : currency + QLatin1Char(' ') + amount;
}

QString ValueFormat::percent(double value)
{
    return trimmedNumber(value * 100.0, 2) + displayLocale().percent();
}

QString ValueFormat::number(double value, int decimals)
{
    return trimmedNumber(value, decimals);
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
    default:
        return value.toString();
    }
}

} // namespace cplan
