#include "models/itemmodels/TabularText.h"

#include <QCoreApplication>

#include <algorithm>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TabularText)
};

bool needsQuotes(const QString &cell)
{
    return cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n')) ||
           cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('"'));
}

} // namespace

QString TabularText::format(const std::vector<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            if (needsQuotes(cell)) {
                QString escaped = cell;
                escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                cells.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
            } else {
                cells.append(cell);
            }
        }
        text += cells.join(QLatin1Char('\t'));
        text += QLatin1Char('\n');
    }
    return text;
}

Result<std::vector<QStringList>> TabularText::parse(const QString &text)
{
    if (text.size() > maxChars)
        return Error{Tr::tr("The pasted text is too large (%1 characters; at most %2).")
                         .arg(text.size())
                         .arg(maxChars)};
    if (text.contains(QChar(0)))
        return Error{Tr::tr("The pasted text contains NUL characters; it is not a table.")};

    std::vector<QStringList> rows;
    QStringList row;
    QString cell;
    qsizetype cells = 0;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    auto endCell = [&]() -> bool {
        row.append(cell);
        cell.clear();
        cellWasQuoted = false;
        ++cells;
        return row.size() <= maxColumns && cells <= maxCells;
    };
    auto endRow = [&]() -> bool {
        rows.push_back(row);
        row.clear();
        return static_cast<int>(rows.size()) <= maxRows;
    };
    const Error tooBig{Tr::tr("The pasted table is too large (at most %1 rows, %2 columns and %3 "
                              "cells).")
                           .arg(maxRows)
                           .arg(maxColumns)
                           .arg(maxCells)};

    const qsizetype length = text.size();
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < length && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !cellWasQuoted) {
            // Only a quote at the start of a cell opens a quoted cell, as in spreadsheets.
            inQuotes = true;
            cellWasQuoted = true;
        } else if (c == QLatin1Char('\t')) {
            if (!endCell())
                return tooBig;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < length && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endCell() || !endRow())
                return tooBig;
        } else {
            cell += c;
        }
    }
    if (inQuotes)
        return Error{Tr::tr("The pasted text has a quote that is never closed.")};
    // A trailing newline does not start another row.
    if (!cell.isEmpty() || !row.isEmpty() || cellWasQuoted) {
        if (!endCell() || !endRow())
            return tooBig;
    }
    // Spreadsheets drop trailing empty cells; pad ragged rows to a rectangle.
    qsizetype width = 0;
    for (const QStringList &r : rows)
        width = std::max(width, r.size());
    for (QStringList &r : rows) {
        while (r.size() < width)
            r.append(QString());
    }
    return rows;
}

} // namespace cplan
