#pragma once

// Copy of a read-only table (comparison, scenarios side by side, Monte Carlo, variance, milestone
// status) as tab-separated text with its headers, the form Excel and LibreOffice paste into
// cells. Numbers lose their formatting ("CNY 1,234.50" → 1234.50, "month 7" → 7) so a
// spreadsheet reads them as numbers; percentages keep their "%" (spreadsheets read "12.5%").

#include <QString>
#include <Qt>

class QAbstractItemView;

namespace cplan {

namespace TableCopy {

// Item data a cell may carry for copying: the number as a spreadsheet should read it.
constexpr int RawValueRole = Qt::UserRole + 40;

// "CNY 1,234.50" → "1234.50", "+12.5%" → "12.5%" with its sign, "1 : 3.00" → "3.00",
// "—" → "", text that is not a number unchanged.
QString plainCellText(const QString &shown);

// The selected rectangle (or the whole table when nothing is selected), headers first, as
// tab-separated text.
QString selectionText(const QAbstractItemView *view);

// Ctrl+A selects every cell, Ctrl+C (and the context menu's Copy) puts selectionText() on the
// clipboard. Sets extended, per-cell selection.
void install(QAbstractItemView *view);

} // namespace TableCopy

} // namespace cplan
