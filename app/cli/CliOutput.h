#pragma once

// What the `cplan` commands share to write their output (MODEL.md §9): translated messages,
// readable numbers, aligned tables and indented JSON.

#include "app/cli/CliCommand.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace cplan::cli {

// Messages of the command line, all in the "cplan" translation context.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// Numbers in readable tables: thousands separators whatever the user's locale, so the output
// of scripts and tests is stable; "—" for a null ratio (MODEL.md §3).
QString number(double value, int decimals = 0);
QString number(const std::optional<double> &value, int decimals = 0);
// A ratio as a percentage with one decimal ("12.5%"), "—" when null.
QString percent(const std::optional<double> &value);

// `text` with every control character except newline and tab shown as an escape (`\u001b`),
// and the bidirectional overrides too: names from a file reach the terminal through this, so an
// ESC sequence in a plan cannot clear the screen or disguise what is printed (issue 14).
QString escapeForTerminal(const QString &text);

// A name from a file as one line of the readable output: line breaks, tabs and every other
// control character as escapes (`\u000a`), so a name holding "\n" cannot forge lines of a table
// or a message (issue 21). Table cells and the names in headings pass through it.
QString oneLine(const QString &text);

// The --json output of every command.
void printJson(const QJsonObject &object, Streams &streams);

// Aligned columns. `alignment` has one letter per column, 'l' (text) or 'r' (numbers); columns
// beyond it are right-aligned.
class TextTable
{
public:
    TextTable(QStringList header, QLatin1String alignment);

    void addRow(QStringList row);
    void print(QTextStream &out) const;

private:
    std::vector<QStringList> m_rows;
    QLatin1String m_alignment;
};

} // namespace cplan::cli
