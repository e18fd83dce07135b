// The mapping of source columns to the roles of an actual row, and channel matching.

#include "models/exchange/ActualsImport.h"
#include "models/exchange/ImportHeaders.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActualsImport)
};

// A word the header guess looks for: its key (headerKey) and that key's forms (headerForms).
struct HeaderWord
{
    QString key;
    QSet<QString> forms;
};
using HeaderWords = std::vector<HeaderWord>;

HeaderWord headerWord(const QString &key)
{
    return {key, headerForms(key)};
}

HeaderWords wordList(std::initializer_list<const char *> texts)
{
    HeaderWords result;
    for (const char *text : texts)
        result.push_back(headerWord(headerKey(QString::fromUtf8(text))));
    return result;
}

// The constant words are keyed and given their forms once per process: recomputing them on
// every guess (for every stage) was a quarter of the CSV fuzzer's time (issue 21).
const HeaderWords &monthWords()
{
    static const HeaderWords result =
        wordList({"month", "月份", "月", "年月", "date", "日期", "period", "期间", "stage.month"});
    return result;
}
const HeaderWords &channelWords()
{
    static const HeaderWords result =
        wordList({"channel", "渠道", "渠道名称", "投放渠道", "媒体", "source", "来源"});
    return result;
}
const HeaderWords &spendWords()
{
    static const HeaderWords result =
        wordList({"spend", "花费", "消耗", "费用", "实际花费", "实际消耗", "cost", "amount", "金额",
                  "投放金额", "支出"});
    return result;
}

// Common names of funnel stages in both languages: an entry's English word first, then its
// other words, and the forms of all of them together.
struct StageSynonyms
{
    QString english;
    HeaderWords words;
    QSet<QString> forms;
};

const std::vector<StageSynonyms> &stageSynonyms()
{
    static const std::vector<StageSynonyms> table = [] {
        struct Entry
        {
            const char *english;
            std::initializer_list<const char *> others;
        };
        static const Entry entries[] = {
            {"leads", {"lead", "线索", "线索数", "线索量", "留资", "留资数"}},
            {"registered users",
             {"registrations", "registered", "注册", "注册数", "注册用户", "注册用户数", "注册量"}},
            {"accounts opened",
             {"accounts", "new accounts", "开户", "开户数", "新开户", "开户量", "新增开户"}},
            {"customers", {"customer", "客户", "客户数", "成交", "成交数", "新客户"}},
            {"clicks", {"点击", "点击数", "点击量"}},
            {"impressions", {"展示", "展现", "曝光", "曝光量", "展现量"}},
            {"visits", {"访问", "访问量", "到访"}},
            {"trials", {"试用", "试用数"}},
        };
        std::vector<StageSynonyms> result;
        for (const Entry &entry : entries) {
            StageSynonyms synonyms;
            synonyms.english = headerKey(QString::fromUtf8(entry.english));
            synonyms.words.push_back(headerWord(synonyms.english));
            for (const char *other : entry.others)
                synonyms.words.push_back(headerWord(headerKey(QString::fromUtf8(other))));
            for (const HeaderWord &word : synonyms.words)
                synonyms.forms.unite(word.forms);
            result.push_back(std::move(synonyms));
        }
        return result;
    }();
    return table;
}

// The words a stage goes by besides its own name: common Chinese names of funnel stages, and
// the generic first ("leads") and last ("customers") stage.
HeaderWords stageWords(const Plan &plan, int stage)
{
    const HeaderWord own = headerWord(headerKey(plan.stages.at(stage)));
    HeaderWords result{own, headerWord(headerKey(QStringLiteral("stage%1").arg(stage)))};
    // The stage's own name in either language: an entry applies when the stage's name is any
    // of its words ("开户" finds "accounts opened" and "开户数").
    for (const StageSynonyms &entry : stageSynonyms()) {
        const bool named = own.forms.intersects(entry.forms);
        const bool generic =
            (stage == 0 && entry.english == QLatin1String("leads")) ||
            (stage == int(plan.stages.size()) - 1 && entry.english == QLatin1String("customers"));
        if (named || generic)
            result.insert(result.end(), entry.words.begin(), entry.words.end());
    }
    return result;
}

// Each column's header forms, computed once (headerForms of its key).
std::vector<QSet<QString>> columnForms(const QStringList &header)
{
    std::vector<QSet<QString>> forms;
    forms.reserve(std::size_t(header.size()));
    for (const QString &text : header)
        forms.push_back(headerForms(headerKey(text)));
    return forms;
}

// Which columns have each header form, in ascending order, with the place of the first one no
// role has taken yet (taken columns are only ever added, so each list is walked once).
class HeaderIndex
{
public:
    explicit HeaderIndex(const QStringList &header) : m_used(std::size_t(header.size()), false)
    {
        const std::vector<QSet<QString>> forms = columnForms(header);
        for (std::size_t column = 0; column < forms.size(); ++column) {
            for (const QString &form : forms[column])
                m_columns[form].columns.push_back(int(column));
        }
    }

    // The first unused column that any word (in the order given) names, comparing the forms of
    // both, so "注册用户数" finds the stage "注册用户" and "# leads" the stage "Leads": for each
    // word the smallest unused column over its forms. The column found is marked used.
    int take(const HeaderWords &words)
    {
        for (const HeaderWord &word : words) {
            int found = -1;
            for (const QString &form : word.forms) {
                const auto it = m_columns.find(form);
                if (it == m_columns.end())
                    continue;
                Columns &list = *it;
                while (list.next < list.columns.size() &&
                       m_used[std::size_t(list.columns[list.next])])
                    ++list.next;
                if (list.next < list.columns.size() &&
                    (found < 0 || list.columns[list.next] < found))
                    found = list.columns[list.next];
            }
            if (found >= 0) {
                m_used[std::size_t(found)] = true;
                return found;
            }
        }
        return -1;
    }

private:
    struct Columns
    {
        std::vector<int> columns;
        std::size_t next = 0;
    };
    QHash<QString, Columns> m_columns;
    std::vector<bool> m_used;
};

QString columnName(const QStringList &header, int column)
{
    const QString text = header.value(column).trimmed();
    return text.isEmpty() ? Tr::tr("column %1").arg(column + 1)
                          : Tr::tr("column %1 (“%2”)").arg(column + 1).arg(text);
}

QString channelKey(const QString &name)
{
    QString result;
    for (const QChar ch : name) {
        if (!ch.isSpace())
            result.append(ch);
    }
    return result.toCaseFolded();
}

} // namespace

ImportMapping guessMapping(const QStringList &header, const Plan &plan)
{
    ImportMapping mapping;
    HeaderIndex index(header);
    mapping.month = index.take(monthWords());
    mapping.channel = index.take(channelWords());
    mapping.spend = index.take(spendWords());
    mapping.stages.assign(std::size_t(plan.stages.size()), -1);
    for (int stage = 0; stage < plan.stages.size(); ++stage)
        mapping.stages[std::size_t(stage)] = index.take(stageWords(plan, stage));
    return mapping;
}

Result<ImportMapping> parseMapping(const QString &text, const QStringList &header, const Plan &plan,
                                   ImportMapping mapping)
{
    mapping.stages.resize(std::size_t(plan.stages.size()), -1);
    const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{Tr::tr("--map: “%1” is not ROLE=COLUMN").arg(pair.trimmed())};
        const QString role = pair.left(eq).trimmed().toLower();
        const QString column = pair.mid(eq + 1).trimmed();
        int index = -1;
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (column.isEmpty() || column == QLatin1String("-")) {
            index = -1;
        } else if (isNumber) {
            if (number < 1 || number > header.size())
                return Error{Tr::tr("--map %1: column %2 does not exist (the table has %3 columns)")
                                 .arg(role)
                                 .arg(number)
                                 .arg(header.size())};
            index = number - 1;
        } else {
            for (int c = 0; c < header.size() && index < 0; ++c) {
                if (header.at(c).trimmed() == column)
                    index = c;
            }
            for (int c = 0; c < header.size() && index < 0; ++c) {
                if (headerKey(header.at(c)) == headerKey(column))
                    index = c;
            }
            if (index < 0)
                return Error{Tr::tr("--map %1: no column is headed “%2” (the headers are %3)")
                                 .arg(role, column, header.join(QStringLiteral(", ")))};
        }
        static const QRegularExpression stagePattern(QStringLiteral("^stage(\\d+)$"));
        if (role == QLatin1String("month")) {
            mapping.month = index;
        } else if (role == QLatin1String("channel")) {
            mapping.channel = index;
        } else if (role == QLatin1String("spend")) {
            mapping.spend = index;
        } else if (const auto match = stagePattern.match(role); match.hasMatch()) {
            // A number too large for an int reads as 0 and mapped stage0 (issue 21).
            bool inRange = false;
            const int stage = match.captured(1).toInt(&inRange);
            if (!inRange || stage >= plan.stages.size())
                return Error{Tr::tr("--map %1: the plan has %2 stages (stage0 to stage%3)")
                                 .arg(role)
                                 .arg(plan.stages.size())
                                 .arg(plan.stages.size() - 1)};
            mapping.stages[std::size_t(stage)] = index;
        } else {
            return Error{Tr::tr("--map: unknown role “%1” (use month, channel, spend, stage0, "
                                "stage1, …)")
                             .arg(role)};
        }
    }
    return mapping;
}

QString mappingText(const ImportMapping &mapping, const QStringList &header)
{
    const auto col = [&](int column) {
        if (column < 0)
            return QStringLiteral("-");
        const QString text = header.value(column).trimmed();
        // A header that is empty, numeric or holds the list's punctuation is named by number.
        bool numeric = false;
        text.toInt(&numeric);
        if (text.isEmpty() || numeric || text.contains(QLatin1Char(',')) ||
            text.contains(QLatin1Char('=')))
            return QString::number(column + 1);
        return text;
    };
    QStringList parts{QStringLiteral("month=") + col(mapping.month),
                      QStringLiteral("channel=") + col(mapping.channel),
                      QStringLiteral("spend=") + col(mapping.spend)};
    for (std::size_t stage = 0; stage < mapping.stages.size(); ++stage)
        parts << QStringLiteral("stage%1=%2").arg(stage).arg(col(mapping.stages[stage]));
    return parts.join(QLatin1Char(','));
}

Status checkMapping(const ImportMapping &mapping, const Plan &plan, const QStringList &header)
{
    QStringList missing;
    if (mapping.month < 0)
        missing << Tr::tr("month");
    if (mapping.channel < 0)
        missing << Tr::tr("channel");
    if (mapping.spend < 0)
        missing << Tr::tr("spend");
    if (!missing.isEmpty())
        return Error{
            Tr::tr("No column is chosen for %1. The headers are: %2.")
                .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", ")))};
    std::vector<int> columns{mapping.month, mapping.channel, mapping.spend};
    for (int column : mapping.stages) {
        if (column >= 0)
            columns.push_back(column);
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        for (std::size_t j = i + 1; j < columns.size(); ++j) {
            if (columns[i] == columns[j])
                return Error{
                    Tr::tr("%1 is chosen for two roles.").arg(columnName(header, columns[i]))};
        }
    }
    for (int stage = 1; stage < int(mapping.stages.size()); ++stage) {
        if (mapping.stageColumn(stage) >= 0 && mapping.stageColumn(stage - 1) < 0)
            return Error{Tr::tr("The stage “%1” has a column but “%2” before it has none; volumes "
                                "are measured from the first stage on.")
                             .arg(plan.stages.value(stage), plan.stages.value(stage - 1))};
    }
    return success();
}

QStringList unmappedColumnWarnings(const QStringList &header, const ImportMapping &mapping,
                                   const Plan &plan)
{
    std::vector<bool> used(std::size_t(header.size()), false);
    const auto use = [&](int column) {
        if (column >= 0 && column < header.size())
            used[std::size_t(column)] = true;
    };
    use(mapping.month);
    use(mapping.channel);
    use(mapping.spend);
    for (int column : mapping.stages)
        use(column);
    // Every word of a stage or an amount, and the longer ones to look for inside a header.
    QSet<QString> wordForms;
    QStringList inner;
    HeaderWords words = spendWords();
    for (int stage = 0; stage < plan.stages.size(); ++stage) {
        const HeaderWords more = stageWords(plan, stage);
        words.insert(words.end(), more.begin(), more.end());
    }
    for (const HeaderWord &word : words) {
        wordForms.unite(word.forms);
        if (word.key.size() >= 2 && !word.key.startsWith(QLatin1String("stage")))
            inner << word.key;
    }
    const std::vector<QSet<QString>> forms = columnForms(header);
    QStringList warnings;
    for (int column = 0; column < header.size(); ++column) {
        if (used[std::size_t(column)] || header.at(column).trimmed().isEmpty())
            continue;
        const QString key = headerKey(header.at(column));
        const auto unit = headerUnit(header.at(column));
        bool looks = forms[std::size_t(column)].intersects(wordForms) || (unit && unit->scale != 1);
        for (const QString &word : std::as_const(inner))
            looks = looks || key.contains(word);
        if (looks)
            warnings << Tr::tr("%1 looks like a stage volume or an amount but is not imported; "
                               "choose it for a role if it should be.")
                            .arg(columnName(header, column));
    }
    return warnings;
}

QString matchChannel(const QString &sourceName, const Plan &plan,
                     const QHash<QString, QString> &choices)
{
    const QString name = sourceName.trimmed();
    if (const auto choice = choices.constFind(name); choice != choices.cend())
        return plan.channelIndex(*choice) >= 0 ? *choice : QString();
    if (plan.channelIndex(name) >= 0)
        return name;
    const QString key = channelKey(name);
    QString found;
    for (const auto &channel : plan.channels) {
        if (channelKey(channel.name) == key) {
            if (!found.isEmpty())
                return {}; // two plan channels differ only in case: ask
            found = channel.name;
        }
    }
    return found;
}

QStringList unknownChannels(const SourceTable &table, const ImportMapping &mapping,
                            const Plan &plan)
{
    QStringList unknown;
    if (mapping.channel < 0)
        return unknown;
    // Each distinct name is matched once (a file of 100,000 names stays linear).
    QSet<QString> seen;
    for (const QStringList &row : table.rows) {
        const QString name = row.value(mapping.channel).trimmed();
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        if (matchChannel(name, plan).isEmpty())
            unknown << name;
    }
    return unknown;
}

} // namespace cplan
