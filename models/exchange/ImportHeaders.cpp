#include "models/exchange/ImportHeaders.h"

#include <QRegularExpression>

namespace cplan {

namespace {

// Case-folded, full-width forms as ASCII, without any kind of space.
QString compact(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar ch : text) {
        char16_t code = ch.unicode();
        if (code >= 0xFF01 && code <= 0xFF5E)
            code = char16_t(code - 0xFF01 + 0x21);
        const QChar plain(code);
        if (!plain.isSpace() && code != 0x3000)
            result.append(plain);
    }
    return result.toCaseFolded();
}

// The scale of a unit text already compacted ("万元" -> 10⁴); nullopt when it is no unit.
std::optional<double> unitScale(QString unit)
{
    static const QRegularExpression prefix(QStringLiteral("^(?:单位|unit|units|in)[:]?"));
    unit.remove(prefix);
    // Money and count words carry no scale.
    static const QRegularExpression words(
        QStringLiteral("cny|rmb|yuan|人民币|元|¥|￥|\\$|usd|人次|人|户|个|次|pcs"));
    unit.remove(words);
    struct Entry
    {
        const char *text;
        double scale;
    };
    static const Entry table[] = {
        {"", 1.0},           {"千", 1e3},        {"k", 1e3},          {"1k", 1e3},
        {"thousand", 1e3},   {"thousands", 1e3}, {"'000", 1e3},       {"000", 1e3},
        {"1,000", 1e3},      {"1000", 1e3},      {"万", 1e4},         {"10k", 1e4},
        {"10,000", 1e4},     {"10000", 1e4},     {"10thousand", 1e4}, {"十万", 1e5},
        {"100k", 1e5},       {"百万", 1e6},      {"m", 1e6},          {"mn", 1e6},
        {"mio", 1e6},        {"million", 1e6},   {"millions", 1e6},   {"1m", 1e6},
        {"千万", 1e7},       {"10m", 1e7},       {"亿", 1e8},         {"100m", 1e8},
        {"100million", 1e8}, {"十亿", 1e9},      {"bn", 1e9},         {"billion", 1e9},
    };
    for (const Entry &entry : table) {
        if (unit == QString::fromUtf8(entry.text))
            return entry.scale;
    }
    return std::nullopt;
}

struct Split
{
    QString name; // the header without its unit
    QString unit; // the unit as written, empty when none
    std::optional<double> scale;
};

Split splitUnit(const QString &text)
{
    const QString trimmed = text.trimmed();
    // "花费(万元)", "金额（千元）", "spend [CNY 10k]", "花费【万元】".
    static const QRegularExpression bracket(
        QStringLiteral("^(.*?)\\s*[(（\\[【]([^)）\\]】]*)[)）\\]】]\\s*$"));
    if (const auto match = bracket.match(trimmed); match.hasMatch()) {
        const QString unit = match.captured(2).trimmed();
        return {match.captured(1), unit, unitScale(compact(unit))};
    }
    // "花费/万元", "金额：千元", "spend - CNY 10k": only when the part after it is a unit.
    static const QRegularExpression separated(
        QStringLiteral("^(.+?)\\s*[/|:：_-]\\s*([^/|:：_-]+)$"));
    if (const auto match = separated.match(trimmed); match.hasMatch()) {
        const QString unit = match.captured(2).trimmed();
        if (const auto scale = unitScale(compact(unit)))
            return {match.captured(1), unit, scale};
    }
    // "花费万元", "消耗千元": a money unit written on.
    static const QRegularExpression written(
        QStringLiteral("^(.{2,}?)((?:十|百|千)?万元|千元|亿元)$"));
    if (const auto match = written.match(trimmed); match.hasMatch()) {
        const QString unit = match.captured(2);
        return {match.captured(1), unit, unitScale(compact(unit))};
    }
    return {trimmed, QString(), std::nullopt};
}

} // namespace

std::optional<HeaderUnit> headerUnit(const QString &header)
{
    const Split split = splitUnit(header);
    if (!split.scale)
        return std::nullopt;
    return HeaderUnit{*split.scale, split.unit};
}

std::optional<HeaderUnit> noteUnit(const QString &cell)
{
    static const QRegularExpression note(
        QStringLiteral("^\\s*(?:金额单位|单位|units?|amounts?\\s+in)\\s*[:：]?\\s*(.+?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = note.match(cell);
    if (!match.hasMatch())
        return std::nullopt;
    const QString unit = match.captured(1);
    const auto scale = unitScale(compact(unit));
    if (!scale)
        return std::nullopt;
    return HeaderUnit{*scale, unit};
}

QString headerKey(const QString &text)
{
    const Split split = splitUnit(text);
    // A bracket that holds no unit ("线索（表单）") is still left out of the key, as before.
    return compact(split.name);
}

QSet<QString> headerForms(const QString &key)
{
    QSet<QString> forms{key};
    // Made once: every header cell of every import asks.
    static const QStringList suffixes = [] {
        QStringList words;
        for (const char *word : {"数量", "人数", "户数", "数", "量", "count", "#", "number", "no."})
            words << QString::fromUtf8(word);
        return words;
    }();
    static const QStringList prefixes = [] {
        QStringList words;
        for (const char *word : {"#", "numberof", "no.of", "countof", "number", "count"})
            words << QString::fromUtf8(word);
        return words;
    }();
    for (const QString &word : suffixes) {
        if (key.endsWith(word) && key.size() - word.size() >= 2)
            forms.insert(key.left(key.size() - word.size()));
    }
    for (const QString &word : prefixes) {
        if (key.startsWith(word) && key.size() - word.size() >= 2)
            forms.insert(key.mid(word.size()));
    }
    return forms;
}

bool isTotalsLabel(const QString &cell)
{
    // Most cells are months and channel names: a cheap look for the words before any pattern.
    if (cell.isEmpty() || cell.size() > 40)
        return false;
    const QString key = compact(cell);
    if (!key.contains(QStringLiteral("计")) && !key.contains(QStringLiteral("总")) &&
        !key.contains(QLatin1String("total")) && !key.contains(QLatin1String("sum")))
        return false;
    static const QRegularExpression chinese(QStringLiteral("(?:合计|小计|总计|总和|汇总)[:]?$"));
    static const QRegularExpression english(
        QStringLiteral("^(?:grand)?(?:sub)?totals?[:]?$|^sum[:]?$|totals?[:]?$|^(?:sub)?totals?"
                       "(?:[:]|\\d{4}$)"));
    return chinese.match(key).hasMatch() || english.match(key).hasMatch();
}

} // namespace cplan
