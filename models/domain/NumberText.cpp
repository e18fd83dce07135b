#include "models/domain/NumberText.h"

#include "models/domain/Months.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

enum class Kind
{
    Number,
    Amount,
    Percent
};

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

// The power of ten a unit word stands for.
int unitExponent(const QString &unit)
{
    if (unit == QStringLiteral("千") || unit.compare(QLatin1String("k"), Qt::CaseInsensitive) == 0)
        return 3;
    if (unit == QStringLiteral("万") || unit == QStringLiteral("萬"))
        return 4;
    if (unit == QStringLiteral("十万"))
        return 5;
    if (unit == QStringLiteral("百万") || unit == QLatin1String("M") ||
        unit == QLatin1String("mn") || unit == QLatin1String("MM"))
        return 6;
    if (unit == QStringLiteral("千万"))
        return 7;
    if (unit == QStringLiteral("亿") || unit == QStringLiteral("億"))
        return 8;
    if (unit == QLatin1String("bn") || unit == QLatin1String("B"))
        return 9;
    return 0;
}

// The ISO code a currency sign or word stands for; "" when it could be several.
QString currencyCode(const QString &mark)
{
    const QString upper = mark.toUpper();
    if (upper == QStringLiteral("¥") || upper == QStringLiteral("元") ||
        upper == QStringLiteral("块") || upper == QLatin1String("RMB"))
        return QStringLiteral("CNY");
    if (upper == QLatin1String("US$"))
        return QStringLiteral("USD");
    if (upper == QLatin1String("HK$"))
        return QStringLiteral("HKD");
    if (upper == QStringLiteral("€"))
        return QStringLiteral("EUR");
    if (upper == QStringLiteral("£"))
        return QStringLiteral("GBP");
    return upper;
}

bool currencyFits(const QString &mark, const QString &currency)
{
    if (mark.isEmpty() || currency.isEmpty())
        return true;
    const QString wanted = currency.toUpper();
    if (mark == QLatin1String("$")) // dollars of every kind: USD, HKD, SGD, AUD, ...
        return wanted.endsWith(QLatin1Char('D'));
    if (mark == QStringLiteral("¥")) // the yen shares the sign
        return wanted == QLatin1String("CNY") || wanted == QLatin1String("JPY");
    return currencyCode(mark) == wanted;
}

// The mantissa as C-locale digits ("1234.5"): plain, or grouped in threes with commas. Empty
// when it is neither (the caller then tries the user's locale).
QString plainMantissa(const QString &mantissa)
{
    static const QRegularExpression plain(QStringLiteral("^(\\d+\\.?\\d*|\\.\\d+)$"));
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d*)?$"));
    if (plain.match(mantissa).hasMatch())
        return mantissa;
    if (grouped.match(mantissa).hasMatch())
        return QString(mantissa).remove(QLatin1Char(','));
    return {};
}

struct Parsed
{
    double value = 0.0;
    bool percentSign = false;
    QString currency; // the sign or code that was typed, "" for none
};

// The grammar of every number cell:
//   [sign] [currency] [sign] mantissa [e exponent] [unit] [currency] [%]
Result<Parsed> parseText(const QString &original, Kind kind, QString *failure)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?<sign1>[-+]?)(?<cur1>US\\$|HK\\$|RMB|[A-Za-z]{3}|[¥$€£])?(?<sign2>[-+]?)"
                       "(?<mantissa>[0-9][0-9.,']*|\\.[0-9]+)(?:[eE](?<exponent>[-+]?[0-9]{1,3}))?"
                       "(?<unit>十万|百万|千万|千|万|萬|亿|億|mn|MM|bn|k|K|M|B)?"
                       "(?<cur2>元|块|RMB|[A-Za-z]{3})?(?<percent>%)?$"));
    QString text = NumberText::normalised(original).trimmed();
    text.remove(QLatin1Char(' '));
    text.replace(QChar(0x2212), QLatin1Char('-')); // the minus sign of typeset numbers
    if (text.isEmpty()) {
        *failure = NumberText::tr("a number is needed");
        return Error{*failure};
    }
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error{};
    const QString sign1 = match.captured(u"sign1");
    const QString sign2 = match.captured(u"sign2");
    if (!sign1.isEmpty() && !sign2.isEmpty())
        return Error{};
    const bool negative = sign1 == QLatin1String("-") || sign2 == QLatin1String("-");
    const QString cur1 = match.captured(u"cur1");
    const QString cur2 = match.captured(u"cur2");
    if (!cur1.isEmpty() && !cur2.isEmpty() &&
        !(cur2 == QStringLiteral("元") && currencyCode(cur1) == QLatin1String("CNY")) &&
        currencyCode(cur1) != currencyCode(cur2))
        return Error{};
    Parsed parsed;
    parsed.currency = cur1.isEmpty() ? cur2 : cur1;
    parsed.percentSign = !match.captured(u"percent").isEmpty();
    const QString unit = match.captured(u"unit");
    if (kind != Kind::Amount && !parsed.currency.isEmpty())
        return Error{};
    if (kind == Kind::Amount && parsed.percentSign)
        return Error{};
    if (kind == Kind::Percent && !unit.isEmpty())
        return Error{};
    if (parsed.percentSign && !unit.isEmpty())
        return Error{};

    int exponent = unitExponent(unit) - (parsed.percentSign ? 2 : 0);
    const QString typedExponent = match.captured(u"exponent");
    if (!typedExponent.isEmpty())
        exponent += typedExponent.toInt();

    const QString mantissa = plainMantissa(match.captured(u"mantissa"));
    bool ok = false;
    if (!mantissa.isEmpty()) {
        // Moving the decimal point in the text keeps "0.2亿" and "60%" exact (one rounding).
        parsed.value =
            QLocale::c().toDouble(mantissa + QLatin1Char('e') + QString::number(exponent), &ok);
    } else {
        // "1.234,5" in a locale that writes numbers that way; a locale that writes them as
        // above has nothing to add (and "1,5" is not a number there).
        const QLocale locale;
        if (locale.decimalPoint() != QLatin1String(".") ||
            locale.groupSeparator() != QLatin1String(","))
            parsed.value = locale.toDouble(match.captured(u"mantissa"), &ok);
        if (ok)
            parsed.value *= std::pow(10.0, exponent);
    }
    if (!ok || !std::isfinite(parsed.value))
        return Error{};
    if (negative)
        parsed.value = -parsed.value;
    return parsed;
}

QString shortestDecimal(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

// "12345.5" with the decimal point moved `places` to the left: "1.23455" for 4.
QString shiftedLeft(const QString &digits, int places)
{
    QString whole = digits.section(QLatin1Char('.'), 0, 0);
    QString fraction = digits.section(QLatin1Char('.'), 1);
    while (whole.size() <= places)
        whole.prepend(QLatin1Char('0'));
    fraction.prepend(whole.right(places));
    whole.chop(places);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

QString groupedInThrees(const QString &digits)
{
    QString whole = digits.section(QLatin1Char('.'), 0, 0);
    const QString fraction = digits.section(QLatin1Char('.'), 1);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QLatin1Char(','));
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

} // namespace

QString NumberText::normalised(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0xFFE5) // fullwidth yen sign
            result += QChar(0x00A5);
        else if (u >= 0xFF01 && u <= 0xFF5E) // fullwidth ASCII
            result += QChar(char16_t(u - 0xFEE0));
        else if (c.isSpace() || u == 0x3000 || u == 0x202F || u == 0x2009 || u == 0x00A0)
            result += QLatin1Char(' ');
        else
            result += c;
    }
    return result;
}

Result<double> NumberText::parseNumber(const QString &text)
{
    QString failure;
    auto parsed = parseText(text, Kind::Number, &failure);
    if (!parsed)
        return Error{failure.isEmpty() ? tr("\"%1\" is not a number").arg(text.trimmed())
                                       : failure};
    return parsed->value;
}

Result<double> NumberText::parseAmount(const QString &text, const QString &currency)
{
    QString failure;
    auto parsed = parseText(text, Kind::Amount, &failure);
    if (!parsed) {
        if (!failure.isEmpty())
            return Error{tr("an amount is needed")};
        return Error{tr("\"%1\" is not an amount of money (for example 20,000,000, 2000万 or "
                        "CNY 20M)")
                         .arg(text.trimmed())};
    }
    if (!currencyFits(parsed->currency, currency))
        return Error{tr("\"%1\" is not in %2, the plan's currency").arg(text.trimmed(), currency)};
    return parsed->value;
}

Result<double> NumberText::parsePercent(const QString &text)
{
    QString failure;
    auto parsed = parseText(text, Kind::Percent, &failure);
    if (!parsed) {
        if (!failure.isEmpty())
            return Error{tr("a percentage is needed")};
        return Error{
            tr("\"%1\" is not a percentage (for example 60%, 60 or 0.6)").arg(text.trimmed())};
    }
    // A bare number above 1 in a percentage cell is percent: "60" means 60%. Read again with the
    // point moved, so "60" gives exactly 0.6.
    if (!parsed->percentSign && parsed->value > 1.0)
        return parseText(text + QLatin1Char('%'), Kind::Percent, &failure)->value;
    return parsed->value;
}

Result<QDate> NumberText::parseDate(const QString &original, const QDate &today)
{
    static const QRegularExpression full(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression monthDay(
        QStringLiteral("^(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const QString text = normalised(original).trimmed();
    QDate date;
    if (auto match = full.match(text); match.hasMatch()) {
        date =
            QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    } else if (match = compact.match(text); match.hasMatch()) {
        date =
            QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    } else if (match = monthDay.match(text); match.hasMatch() && today.isValid()) {
        date = QDate(today.year(), match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (!date.isValid())
        return Error{tr("\"%1\" is not a date (for example 2025-04-03, 2025/4/3 or 4/3)")
                         .arg(original.trimmed())};
    return date;
}

namespace {
// What stands before a Chinese-units amount: "¥" for CNY, else the code and a space.
QString chineseAmountMark(const QString &currency)
{
    return currency.compare(QLatin1String("CNY"), Qt::CaseInsensitive) == 0 ? QStringLiteral("¥")
           : currency.isEmpty()                                             ? QString()
                                : currency + QLatin1Char(' ');
}

// The power of ten of the Chinese unit an amount of this size is written in: 亿, 万 or none.
int chineseUnitPlaces(double size)
{
    return size >= 1e8 ? 8 : size >= 1e4 ? 4 : 0;
}
} // namespace

QString NumberText::formatAmount(double value, const QString &currency, AmountStyle style,
                                 int decimals)
{
    if (decimals < 0 || !std::isfinite(value))
        return formatAmount(value, currency, style);
    decimals = std::min(decimals, 8);
    const double scale = std::pow(10.0, decimals);
    if (style == AmountStyle::ChineseUnits) {
        int places = chineseUnitPlaces(std::abs(value));
        double shown = std::round(std::abs(value) / std::pow(10.0, places) * scale) / scale;
        // Rounding may reach the next unit: ¥9,999.996 is ¥1.00万, not ¥10,000.00.
        if (places < 8 && shown * std::pow(10.0, places) >= (places == 0 ? 1e4 : 1e8)) {
            places += 4;
            shown = std::round(std::abs(value) / std::pow(10.0, places) * scale) / scale;
        }
        const QString sign = value < 0 && shown > 0.0 ? QStringLiteral("-") : QString();
        const QString unit = places == 8   ? QStringLiteral("亿")
                             : places == 4 ? QStringLiteral("万")
                                           : QString();
        return sign + chineseAmountMark(currency) +
               groupedInThrees(QString::number(shown, 'f', decimals)) + unit;
    }
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0.00"
    const QString amount = displayLocale().toString(rounded, 'f', decimals);
    return currency.isEmpty() ? amount : currency + QLatin1Char(' ') + amount;
}

int NumberText::amountDecimals(std::span<const double> values, AmountStyle style)
{
    int decimals = 0;
    for (const double value : values) {
        if (!std::isfinite(value))
            continue;
        const double size = std::abs(value);
        const double hundredths = std::round(
            size /
            std::pow(10.0, style == AmountStyle::ChineseUnits ? chineseUnitPlaces(size) : 0) *
            100.0);
        if (hundredths >= 1e17 || std::fmod(hundredths, 100.0) == 0.0)
            continue; // whole in its unit (or beyond what a double's cents say)
        if (style == AmountStyle::Grouped)
            return 2; // cents or none: "CNY 45.50", never "CNY 45.5"
        decimals = std::max(decimals, std::fmod(hundredths, 10.0) == 0.0 ? 1 : 2);
    }
    return decimals;
}

QString NumberText::formatAmount(double value, const QString &currency, AmountStyle style)
{
    if (style == AmountStyle::ChineseUnits && std::isfinite(value)) {
        const QString sign = value < 0 ? QStringLiteral("-") : QString();
        const QString mark = chineseAmountMark(currency);
        const QString digits = shortestDecimal(std::abs(value));
        const double size = std::abs(value);
        QString body;
        if (size >= 1e8)
            body = groupedInThrees(shiftedLeft(digits, 8)) + QStringLiteral("亿");
        else if (size >= 1e4)
            body = groupedInThrees(shiftedLeft(digits, 4)) + QStringLiteral("万");
        else
            body = groupedInThrees(digits);
        return sign + mark + body;
    }
    const bool whole = std::floor(value) == value;
    const QString amount = displayLocale().toString(value, 'f', whole ? 0 : 2);
    return currency.isEmpty() ? amount : currency + QLatin1Char(' ') + amount;
}

QString NumberText::formatPercent(double value, int decimals)
{
    return trimmedNumber(value * 100.0, decimals) + displayLocale().percent();
}

QString NumberText::formatQuantity(double value, int decimals)
{
    return trimmedNumber(value, decimals);
}

QString NumberText::formatMonth(const QDate &month)
{
    if (!month.isValid())
        return {};
    if (QLocale().language() == QLocale::Chinese)
        return QStringLiteral("%1年%2月").arg(month.year()).arg(month.month());
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString NumberText::formatMonth(const QString &month)
{
    // "YYYY-MM", or the month of a date "YYYY-MM-DD"; anything else is shown as it is.
    if (month.size() != 7 && month.size() != 10)
        return month;
    const std::optional<QDate> date = parseMonth(month.left(7));
    return date ? formatMonth(*date) : month;
}

QStringList NumberText::formatMonths(const QStringList &months)
{
    QStringList shown;
    shown.reserve(months.size());
    for (const QString &month : months)
        shown << formatMonth(month);
    return shown;
}

QString NumberText::formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (QLocale().language() == QLocale::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return date.toString(Qt::ISODate);
}

} // namespace cplan
