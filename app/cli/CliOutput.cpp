#include "app/cli/CliOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace cplan::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("cplan", text, disambiguation, n);
}

QString number(double value, int decimals)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(value, 'f', decimals);
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? number(*value, decimals) : QStringLiteral("—");
}

QString percent(const std::optional<double> &value)
{
    return value ? number(*value * 100.0, 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString escapeForTerminal(const QString &text)
{
    const auto needsEscape = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c < 0xa0) ||
               (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    };
    if (std::none_of(text.begin(), text.end(), [&](QChar c) { return needsEscape(c.unicode()); }))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (needsEscape(c.unicode()))
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

QString oneLine(const QString &text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20; }))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c.unicode() < 0x20)
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

void printJson(const QJsonObject &object, Streams &streams)
{
    streams.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

TextTable::TextTable(QStringList header, QLatin1String alignment) : m_alignment(alignment)
{
    m_rows.push_back(std::move(header));
}

void TextTable::addRow(QStringList row)
{
    for (QString &cell : row)
        cell = oneLine(cell);
    m_rows.push_back(std::move(row));
}

void TextTable::print(QTextStream &out) const
{
    std::vector<qsizetype> widths;
    for (const auto &row : m_rows) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(row.size())), 0);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], row.at(i).size());
    }
    for (const auto &row : m_rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const auto width = widths[static_cast<std::size_t>(i)];
            const bool left = i < m_alignment.size() && m_alignment.at(i) == QLatin1Char('l');
            cells << (left ? row.at(i).leftJustified(width) : row.at(i).rightJustified(width));
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << QStringLiteral("  ") << line << '\n';
    }
}

} // namespace cplan::cli
