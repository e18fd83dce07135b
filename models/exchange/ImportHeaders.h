#pragma once

// Reading the header words of an actuals file as finance writes them (issue 22 A.1, A.2, A.5):
// a unit in the header scales the column ("花费(万元)" holds ten-thousands of yuan), a stage
// column goes by its name with the usual count suffixes ("注册用户数", "# leads"), and a
// totals row ("合计", "Total") is not a month of data.

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cplan {

struct HeaderUnit
{
    double scale = 1.0; // the value of one unit of the column: 10,000 for 万元
    QString text;       // the unit as the header writes it ("万元", "CNY 10k")
};

// The unit a header names: in brackets (half- or full-width: "花费(万元)", "金额（千元）",
// "spend [CNY 10k]"), after a slash or colon ("花费/万元") or written on ("花费万元"). Money
// words (元, CNY, RMB, ¥) and count words (人, 户, 个) read as 1; 千/k/thousand 10³, 万/10k 10⁴,
// 十万 10⁵, 百万/m/million 10⁶, 千万 10⁷, 亿 10⁸, bn/billion 10⁹. nullopt when the header names
// no unit (or something that is not one, like "%").
std::optional<HeaderUnit> headerUnit(const QString &header);

// The unit of a note row above the header ("单位：万元", "Unit: CNY 10k"), nullopt if none.
std::optional<HeaderUnit> noteUnit(const QString &cell);

// A header as compared: case-folded, without spaces and without its unit.
QString headerKey(const QString &text);

// The key and the key without one of the usual count suffixes or prefixes (数, 数量, 人数, 户数,
// 量, count, #, number of); a shortened form keeps at least two characters ("客户数" gives
// "客户", never "客").
QSet<QString> headerForms(const QString &key);

// True for the label of a totals row: 合计, 小计, 总计, 汇总, Total, Subtotal, Grand total, Sum
// (also "2025年合计", "Q1 total").
bool isTotalsLabel(const QString &cell);

} // namespace cplan
