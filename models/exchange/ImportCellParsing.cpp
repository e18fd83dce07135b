#include "models/exchange/ImportCellParsing.h"

#include <QRegularExpression>

#include <cmath>

namespace cplan {

namespace {

// Full-width forms (U+FF01..U+FF5E) as ASCII, the ideographic space and the no-break spaces as
// plain spaces, the minus sign U+2212 as '-'.
QString toHalfWidth(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        if (code >= 0xFF01 && code <= 0xFF5E)
            result.append(QChar(char16_t(code - 0xFF01 + 0x21)));
        else if (code == 0x3000 || code == 0x00A0 || code == 0x202F || code == 0x2009)
            result.append(QLatin1Char(' '));
        else if (code == 0x2212)
            result.append(QLatin1Char('-'));
        else
            result.append(ch);
    }
    return result;
}

// Currency words and signs a cell may carry around its number.
QString stripCurrency(QString text)
{
    static const QRegularExpression words(
        QStringLiteral("^(?:CNY|RMB|USD|EUR|GBP|HKD|JPY)\\s*|\\s*(?:CNY|RMB|USD|EUR|GBP|HKD|JPY|"
                       "元|人民币)$"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(words);
    static const QString signs = QStringLiteral("¥$€£￥");
    QString result;
    result.reserve(text.size());
    for (const QChar ch : text) {
        if (!signs.contains(ch))
            result.append(ch);
    }
    return result;
}

// Removes grouping separators and makes '.' the decimal point. Both ',' and '.' present: the
// last one is the decimal point. Only ',': thousands when every group after it has 3 digits
// ("1,234,567"), else the decimal point ("12,5"). Several '.': thousands ("1.234.567").
std::optional<QString> normaliseSeparators(QString digits)
{
    digits.remove(QLatin1Char(' '));
    digits.remove(QLatin1Char('\''));
    const qsizetype lastComma = digits.lastIndexOf(QLatin1Char(','));
    const qsizetype lastDot = digits.lastIndexOf(QLatin1Char('.'));
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(?:[,.]\\d{3})+$"));
    if (lastComma >= 0 && lastDot >= 0) {
        const QChar decimal = lastComma > lastDot ? QLatin1Char(',') : QLatin1Char('.');
        const QChar group = lastComma > lastDot ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype point = std::max(lastComma, lastDot);
        QString whole = digits.left(point);
        if (whole.contains(decimal) || !grouped.match(whole).hasMatch())
            return std::nullopt;
        whole.remove(group);
        return whole + QLatin1Char('.') + digits.mid(point + 1);
    }
    if (lastComma >= 0) {
        if (grouped.match(digits).hasMatch())
            return digits.remove(QLatin1Char(','));
        if (digits.count(QLatin1Char(',')) == 1)
            return digits.replace(QLatin1Char(','), QLatin1Char('.'));
        return std::nullopt;
    }
    if (digits.count(QLatin1Char('.')) > 1) {
        if (!grouped.match(digits).hasMatch())
            return std::nullopt;
        return digits.remove(QLatin1Char('.'));
    }
    return digits;
}

int monthFromName(const QString &name)
{
    static const char *const names[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
    const QString lower = name.toLower();
    for (int i = 0; i < 12; ++i) {
        const QLatin1String full(names[i]);
        if (lower == full || lower == full.left(3) || (i == 8 && lower == QLatin1String("sept")))
            return i + 1;
    }
    return 0;
}

std::optional<QString> monthOf(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || day != 1)
        return std::nullopt;
    return date.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

bool isBlankCell(const QString &text)
{
    return toHalfWidth(text).trimmed().isEmpty();
}

std::optional<double> parseAmount(const QString &text)
{
    QString value = stripCurrency(toHalfWidth(text).trimmed()).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (value.startsWith(QLatin1Char('(')) && value.endsWith(QLatin1Char(')'))) {
        negative = true;
        value = value.mid(1, value.size() - 2).trimmed();
    }
    if (value.startsWith(QLatin1Char('-')) || value.startsWith(QLatin1Char('+'))) {
        negative = negative != value.startsWith(QLatin1Char('-'));
        value = stripCurrency(value.mid(1).trimmed()).trimmed();
    }
    static const QRegularExpression shape(QStringLiteral("^[0-9][0-9,.' ]*$"));
    static const QRegularExpression scientific(
        QStringLiteral("^[0-9]+(?:\\.[0-9]*)?[eE][-+]?[0-9]+$"));
    std::optional<QString> plain;
    if (scientific.match(value).hasMatch())
        plain = value;
    else if (shape.match(value).hasMatch())
        plain = normaliseSeparators(value);
    if (!plain)
        return std::nullopt;
    bool ok = false;
    const double number = plain->toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return negative ? -number : number;
}

QDate dateFromExcelSerial(double serial)
{
    // Excel counts 1900-01-01 as 1 and believes in 1900-02-29 (serial 60); from serial 61 on,
    // day 0 is 1899-12-30. Dates before March 1900 never occur in a plan.
    if (!std::isfinite(serial) || serial < 61 || serial > 2958465)
        return {};
    return QDate(1899, 12, 30).addDays(static_cast<qint64>(std::floor(serial)));
}

std::optional<QString> parseMonthCell(const QString &text)
{
    const QString value = toHalfWidth(text).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    // 2025-03, 2025/3, 2025.3, 2025年3月 and with a day: 2025-03-01, 2025/3/1, 2025年3月1日.
    static const QRegularExpression numeric(QStringLiteral(
        "^(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*月?(?:\\s*(?:[-/.]|月)?\\s*(\\d{1,2})\\s*日?)?"
        "(?:[ T]00:00(?::00(?:\\.0+)?)?)?$"));
    if (const auto match = numeric.match(value); match.hasMatch()) {
        const int day = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
        return monthOf(match.captured(1).toInt(), match.captured(2).toInt(), day);
    }
    // Mar 2025, March 2025, Mar-2025, Mar-25 is not accepted (two-digit years are guesses).
    static const QRegularExpression named(QStringLiteral("^([A-Za-z]{3,9})\\.?[\\s,-]*(\\d{4})$"));
    if (const auto match = named.match(value); match.hasMatch()) {
        const int month = monthFromName(match.captured(1));
        if (month == 0)
            return std::nullopt;
        return monthOf(match.captured(2).toInt(), month, 1);
    }
    // 2025-Mar, 2025 March.
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[\\s,-]*([A-Za-z]{3,9})$"));
    if (const auto match = yearFirst.match(value); match.hasMatch()) {
        const int month = monthFromName(match.captured(2));
        if (month == 0)
            return std::nullopt;
        return monthOf(match.captured(1).toInt(), month, 1);
    }
    // An Excel date serial: a whole number of days in the range of plan years.
    static const QRegularExpression serialPattern(QStringLiteral("^\\d{5}(?:\\.0+)?$"));
    if (serialPattern.match(value).hasMatch()) {
        const QDate date = dateFromExcelSerial(value.toDouble());
        if (!date.isValid())
            return std::nullopt;
        return monthOf(date.year(), date.month(), date.day());
    }
    return std::nullopt;
}

} // namespace cplan
