#pragma once

// Reading the cells of an actuals file (CSV or XLSX) as the numbers and months of a plan
// (MODEL.md §7): amounts as people and finance systems write them, and months in the forms
// Chinese and English spreadsheets use.

#include <QDate>
#include <QString>

#include <optional>

namespace cplan {

// An amount or a count: "1,234,567.89", "¥1 234", "￥１２３４", "CNY 1,234", "$1,234.50",
// "(1,234)" (negative), "-1.234,56" (European), "1234元". Full-width digits and punctuation are
// read as their ASCII forms. nullopt when the text is not a number (the caller names the cell).
// Empty text is nullopt too; callers tell "empty" from "unreadable" with isBlankCell().
std::optional<double> parseAmount(const QString &text);

// True when the cell holds nothing but spaces.
bool isBlankCell(const QString &text);

// A plan month "YYYY-MM" from "2025-03", "2025/3", "2025.3", "2025年3月", "Mar 2025",
// "March 2025", "Mar-2025", a first-of-month date ("2025-03-01", "2025/3/1", "2025年3月1日") or
// an Excel date serial (45717 = 2025-03-01). nullopt when the text is none of these; a date
// that is not the first of its month is refused too (it would silently move a day's numbers).
std::optional<QString> parseMonthCell(const QString &text);

// The date of an Excel serial number (1900 date system, with Excel's 1900-02-29), or an invalid
// date when `serial` is out of range (before 1900-03-01 or after 9999-12-31).
QDate dateFromExcelSerial(double serial);

} // namespace cplan
