// The mapping of source columns to the roles of an actual row, and channel matching.

#include "models/exchange/ActualsImport.h"
#include "models/exchange/ImportHeaders.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActualsImport)
};

QStringList keys(std::initializer_list<const char *> words)
{
    QStringList result;
    for (const char *word : words)
        result << headerKey(QString::fromUtf8(word));
    return result;
}

const QStringList &monthWords()
{
    static const QStringList words =
        keys({"month", "月份", "月", "年月", "date", "日期", "period", "期间", "stage.month"});
    return words;
}
const QStringList &channelWords()
{
    static const QStringList words =
        keys({"channel", "渠道", "渠道名称", "投放渠道", "媒体", "source", "来源"});
    return words;
}
const QStringList &spendWords()
{
    static const QStringList words = keys({"spend", "花费", "消耗", "费用", "实际花费", "实际消耗",
                                           "cost", "amount", "金额", "投放金额", "支出"});
    return words;
}

// The words a stage goes by besides its own name: common Chinese names of funnel stages, and
// the generic first ("leads") and last ("customers") stage.
QStringList stageWords(const Plan &plan, int stage)
{
    QStringList words{headerKey(plan.stages.at(stage)),
                      headerKey(QStringLiteral("stage%1").arg(stage))};
    struct Synonyms
    {
        const char *english;
        std::initializer_list<const char *> others;
    };
    static const Synonyms table[] = {
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
    // The stage's own name in either language: an entry applies when the stage's name is any
    // of its words ("开户" finds "accounts opened" and "开户数").
    const QSet<QString> own = headerForms(headerKey(plan.stages.at(stage)));
    for (const auto &entry : table) {
        const QString english = headerKey(QString::fromUtf8(entry.english));
        QStringList entryWords{english};
        for (const char *other : entry.others)
            entryWords << headerKey(QString::fromUtf8(other));
        bool named = false;
        for (const QString &word : std::as_const(entryWords))
            named = named || own.intersects(headerForms(word));
        const bool generic =
            (stage == 0 && english == QLatin1String("leads")) ||
            (stage == int(plan.stages.size()) - 1 && english == QLatin1String("customers"));
        if (named || generic)
            words << entryWords;
    }
    return words;
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

// The first unused column that any word (in the order given) names, comparing the forms of
// both, so "注册用户数" finds the stage "注册用户" and "# leads" the stage "Leads".
int findHeader(const std::vector<QSet<QString>> &forms, const QStringList &words,
               const std::vector<bool> &used)
{
    for (const QString &word : words) {
        const QSet<QString> wanted = headerForms(word);
        for (std::size_t column = 0; column < forms.size(); ++column) {
            if (!used[column] && forms[column].intersects(wanted))
                return int(column);
        }
    }
    return -1;
}

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
    std::vector<bool> used(std::size_t(header.size()), false);
    const std::vector<QSet<QString>> forms = columnForms(header);
    const auto take = [&](const QStringList &words) {
        const int column = findHeader(forms, words, used);
        if (column >= 0)
            used[std::size_t(column)] = true;
        return column;
    };
    mapping.month = take(monthWords());
    mapping.channel = take(channelWords());
    mapping.spend = take(spendWords());
    mapping.stages.assign(std::size_t(plan.stages.size()), -1);
    for (int stage = 0; stage < plan.stages.size(); ++stage)
        mapping.stages[std::size_t(stage)] = take(stageWords(plan, stage));
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
    QStringList words = spendWords();
    for (int stage = 0; stage < plan.stages.size(); ++stage)
        words << stageWords(plan, stage);
    for (const QString &word : std::as_const(words)) {
        wordForms.unite(headerForms(word));
        if (word.size() >= 2 && !word.startsWith(QLatin1String("stage")))
            inner << word;
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
