#pragma once

// Sizing a table column of figures (money, counts, percentages) to its contents without laying
// out every cell: the digits of a figure are of one width (the tabular figures of UI fonts), so
// a text two characters shorter than the longest is never wider, and texts that differ only in
// their digits are equally wide. Tables of 200 channels or 120 months measured every cell of
// every figure column on each edit (issue 21 C).

class QTableWidget;

namespace cplan {

// What QTableView::resizeColumnToContents(column) gives, laying out only one text of each shape
// (the text with its digits as 0) — for a column of `figures`, only of the texts within one
// character of the longest. Cells with a font of their own (Qt::FontRole) are measured apart.
void fitColumnByShapes(QTableWidget *table, int column, bool figures);

} // namespace cplan
