#pragma once

// The one place where amounts, percentages, plain numbers and dates become text and text becomes
// them again (ARCHITECTURE.md rule 14): tables, charts, exports and typed or pasted input all go
// through it, so what a cell shows can be typed back.
//
// Input forgives the ways planners write numbers: "20000000", "20,000,000", "¥20,000,000",
// "￥20,000,000", "CNY 20M", "20M", "2000万", "0.2亿", "2,000 万元", full-width digits
// ("２０００万"), "60%" / "60" / "0.6" in a percentage cell, "2025/4/3" or "4/3" for a date.
// Anything else is refused with a message that quotes the text; nothing is scaled, rounded or
// clamped behind the user's back (a negative amount stays negative, for the validator to refuse).
//
// Unit words are applied by moving the decimal point in the text ("0.2亿" is read as "0.2e8"), so
// a value and its formatted text convert back and forth exactly.

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <span>

namespace cplan {

// How an amount of money is written.
enum class AmountStyle
{
    // "CNY 20,000,000", "CNY 45.50": the ISO code and every digit (the default everywhere).
    Grouped,
    // "¥2,000万", "¥1.25亿", "¥9,500": Chinese units of ten thousand and a hundred million, the
    // form a Chinese planner reads at a glance; exact (as many decimals as the value needs).
    ChineseUnits,
};

class NumberText
{
    Q_DECLARE_TR_FUNCTIONS(NumberText)

public:
    // ---- Reading ----------------------------------------------------------------------------
    // A plain number: group separators, full-width digits, a sign ("-", "−"), an exponent and the
    // unit words 千 万 亿 k M bn are accepted; "12.5%" is 0.125.
    static Result<double> parseNumber(const QString &text);
    // Money: parseNumber() plus a currency sign or code before or after ("¥", "￥", "CNY", "元",
    // "万元"). A code other than `currency` is refused (when `currency` is not empty); a "%" is.
    static Result<double> parseAmount(const QString &text, const QString &currency = {});
    // A share or rate in [0, 1] as a fraction: "60%" and "0.6" are 0.6, and a bare number above
    // 1 is read as percent ("60" is 0.6). Range checks are the validator's.
    static Result<double> parsePercent(const QString &text);
    // A calendar date: "2025-04-03", "2025/4/3", "2025.4.3", "2025年4月3日", and, in the year of
    // `today`, "4/3", "4-3" or "4月3日" (month first, as in China and the US).
    static Result<QDate> parseDate(const QString &text, const QDate &today);

    // ---- Writing ----------------------------------------------------------------------------
    static QString formatAmount(double value, const QString &currency,
                                AmountStyle style = AmountStyle::Grouped);
    // With exactly `decimals` decimals of the unit shown (issue 22 B.7: a column's cells alike):
    // "CNY 1,809.00", "¥240.20万", "¥28.00万", "¥953.30", "¥2,000万" for 0. The value is rounded
    // to them first, so ¥9,999.996 with 2 is "¥1.00万". A negative `decimals` is formatAmount().
    static QString formatAmount(double value, const QString &currency, AmountStyle style,
                                int decimals);
    // The decimals a column of `values` needs so every cell shows the same number of them
    // (formatAmount() with decimals): Grouped 2 when an amount has cents, else 0; ChineseUnits the
    // most any amount needs in its own unit (¥, 万, 亿) rounded to two decimals of it: 0, 1 or 2
    // (¥674.4 / ¥688 / ¥938.41 become ¥674.40 / ¥688.00 / ¥938.41). Non-finite values count not.
    static int amountDecimals(std::span<const double> values, AmountStyle style);
    // "12.5%" for 0.125 (up to `decimals` decimals, trailing zeros dropped).
    static QString formatPercent(double value, int decimals = 2);
    // "1,234.5678" (up to `decimals` decimals, trailing zeros dropped).
    static QString formatQuantity(double value, int decimals = 4);
    // A plan month as the interface's language writes it: "2025-03", in Chinese "2025年3月".
    // `month` is "YYYY-MM" (or a date in it); other text is returned unchanged.
    static QString formatMonth(const QString &month);
    static QString formatMonth(const QDate &month);
    // formatMonth() of each: a chart's or table's month labels.
    static QStringList formatMonths(const QStringList &months);
    // A calendar date: "2025-04-03", in Chinese "2025年4月3日" (parseDate() reads both back).
    static QString formatDate(const QDate &date);

    // Full-width forms (digits, letters, "，", "．", "％", "￥") as their ASCII/Latin-1 forms and
    // every kind of space as a plain space; what the parsers do first.
    static QString normalised(const QString &text);
};

} // namespace cplan
