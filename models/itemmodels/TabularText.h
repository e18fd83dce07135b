#pragma once

// Copy and paste of a rectangular selection as tab-separated text, the form Excel and
// LibreOffice put on the clipboard. No widgets: the views call it with the clipboard's text.

#include "models/domain/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cplan {

class TabularText
{
public:
    // Limits that keep a hostile clipboard from stalling the program.
    static constexpr int maxRows = 10000;
    static constexpr int maxColumns = 1000;
    static constexpr int maxCells = 200000;
    static constexpr qsizetype maxChars = 8 * 1024 * 1024;

    // Rows of cells joined by tabs and "\n"; a cell holding a tab, newline or quote is quoted
    // ("a""b"), as spreadsheets do.
    static QString format(const std::vector<QStringList> &rows);

    // Parses pasted text: tabs between cells, "\n" or "\r\n" between rows, quoted cells (with
    // tabs, newlines and doubled quotes inside), a trailing newline ignored, ragged rows padded
    // with empty cells to the widest row. Refuses, with a message, text over the limits, an
    // unterminated quote, or NUL characters.
    static Result<std::vector<QStringList>> parse(const QString &text);
};

} // namespace cplan
