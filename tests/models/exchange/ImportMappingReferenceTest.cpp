// The header guess of an actuals import (guessMapping) and the warnings for unmapped columns
// (unmappedColumnWarnings) give exactly what the straightforward algorithm gave before they
// were made linear (issue 21: every word of every role was compared with every column's forms,
// and the stage synonyms were keyed again for every stage of every guess). The old algorithm is
// kept here, word for word, as the reference; both run on many generated headers and plans:
// duplicates, Chinese and English stage words, count suffixes and prefixes, units, case and
// spaces, empty cells, unknown words, plans whose stage names are themselves synonyms.

#include "ExchangeTestSupport.h"
#include "models/exchange/ActualsImport.h"
#include "models/exchange/ImportHeaders.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <vector>

using namespace cplan;

namespace {

// ---- The reference: the algorithm before issue 21's change, unchanged. ----
namespace reference {

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

std::vector<QSet<QString>> columnForms(const QStringList &header)
{
    std::vector<QSet<QString>> forms;
    for (const QString &text : header)
        forms.push_back(headerForms(headerKey(text)));
    return forms;
}

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

QString columnName(const QStringList &header, int column)
{
    const QString text = header.value(column).trimmed();
    return text.isEmpty()
               ? QCoreApplication::translate("ActualsImport", "column %1").arg(column + 1)
               : QCoreApplication::translate("ActualsImport", "column %1 (“%2”)")
                     .arg(column + 1)
                     .arg(text);
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
            warnings << QCoreApplication::translate(
                            "ActualsImport",
                            "%1 looks like a stage volume or an amount but is not imported; "
                            "choose it for a role if it should be.")
                            .arg(columnName(header, column));
    }
    return warnings;
}

} // namespace reference

// ---- Generated headers and plans. ----

const char *const stems[] = {
    // stage words of both languages (the synonym table's and others)
    "leads", "Lead", "线索", "留资", "registered users", "Registrations", "registered", "注册",
    "注册用户", "accounts opened", "accounts", "New Accounts", "开户", "新开户", "新增开户",
    "customers", "customer", "客户", "成交", "新客户", "clicks", "点击", "impressions", "展示",
    "展现", "曝光", "visits", "访问", "到访", "trials", "试用", "qualified", "合格线索",
    // month, channel and spend words
    "month", "月份", "月", "年月", "date", "日期", "period", "期间", "stage.month", "channel",
    "渠道", "渠道名称", "投放渠道", "媒体", "source", "来源", "spend", "花费", "消耗", "费用",
    "实际花费", "cost", "Amount", "金额", "投放金额", "支出",
    // generic and unknown words
    "stage0", "stage1", "stage2", "stage3", "stage4", "Stage 1", "stage", "note", "备注", "x", "",
    " ", "数", "量", "#", "number", "count", "客"};

// A few words only, so that the forms of headers and stage names meet often: "线索" and
// "线索数" in one header, a stage named "线索数" (its forms are both), the word that names a
// later column through one form and an earlier one through another.
const char *const fewStems[] = {"线索",  "leads", "注册用户", "开户",   "客户",  "customers",
                                "month", "渠道",  "spend",    "stage0", "stage1"};

const char *const suffixes[] = {"",     "",      "",       "数", "量", "数量",   "人数",
                                "户数", "count", " count", " #", "#",  "number", " No."};
const char *const prefixes[] = {"",           "",        "",          "# ",      "#",
                                "number of ", "No. of ", "count of ", "Number ", "count"};
const char *const units[] = {"",           "",         "",      "",    "(万元)", "（元）",
                             " [CNY 10k]", "（表单）", "/万元", "(%)", "（人）"};

QString pick(QRandomGenerator &random, const char *const *list, int size)
{
    return QString::fromUtf8(list[random.bounded(size)]);
}

template <int N>
QString pick(QRandomGenerator &random, const char *const (&list)[N])
{
    return pick(random, list, N);
}

QString randomStem(QRandomGenerator &random, bool few)
{
    return few ? pick(random, fewStems) : pick(random, stems);
}

QString randomWord(QRandomGenerator &random, bool few)
{
    QString word = pick(random, prefixes) + randomStem(random, few) + pick(random, suffixes);
    if (random.bounded(4) == 0)
        word = word.toUpper();
    if (random.bounded(5) == 0)
        word = QStringLiteral("  ") + word + QStringLiteral(" ");
    return word + pick(random, units);
}

QStringList randomHeader(QRandomGenerator &random, const QStringList &previous, bool few)
{
    QStringList header;
    const int columns = random.bounded(25);
    for (int column = 0; column < columns; ++column) {
        // A third repeat a word already used (duplicates), in this header or the last.
        if (random.bounded(3) == 0 && !header.isEmpty())
            header << header.at(random.bounded(header.size()));
        else if (random.bounded(8) == 0 && !previous.isEmpty())
            header << previous.at(random.bounded(previous.size()));
        else
            header << randomWord(random, few);
    }
    return header;
}

Plan randomPlan(QRandomGenerator &random, const Plan &sample, bool few)
{
    Plan plan = sample;
    switch (random.bounded(3)) {
    case 0:
        return plan; // the sample's own stage names
    case 1:
        plan.stages = {QStringLiteral("线索"), QStringLiteral("注册用户"), QStringLiteral("开户")};
        return plan;
    default:
        break;
    }
    plan.stages.clear();
    const int stages = 1 + random.bounded(6);
    for (int stage = 0; stage < stages; ++stage) {
        // Stage names from the same words as the headers (a name may repeat, or be empty).
        plan.stages << (random.bounded(4) == 0 ? randomWord(random, few)
                                               : randomStem(random, few) + pick(random, suffixes));
    }
    return plan;
}

QString describe(const ImportMapping &mapping)
{
    QStringList stages;
    for (int column : mapping.stages)
        stages << QString::number(column);
    return QStringLiteral("month %1 channel %2 spend %3 stages [%4]")
        .arg(mapping.month)
        .arg(mapping.channel)
        .arg(mapping.spend)
        .arg(stages.join(QLatin1Char(' ')));
}

} // namespace

class ImportMappingReferenceTest : public QObject
{
    Q_OBJECT

private slots:
    // Hand-picked headers where the order of words, of columns and of roles decides.
    void knownHeaders_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<bool>("chinese");
        const auto row = [](const char *name, std::initializer_list<const char *> words,
                            bool chinese) {
            QStringList header;
            for (const char *word : words)
                header << QString::fromUtf8(word);
            QTest::newRow(name) << header << chinese;
        };
        row("english", {"month", "channel", "spend", "leads", "registered users", "customers"},
            false);
        row("chinese", {"月份", "渠道", "花费（万元）", "线索数", "注册用户数", "开户数"}, true);
        row("duplicates",
            {"线索数", "线索", "# leads", "月份", "月", "渠道", "渠道", "花费", "花费"}, true);
        row("later word earlier column", {"x", "date", "month", "source", "channel", "cost"},
            false);
        row("stage words", {"stage2", "stage1", "stage0", "month", "channel", "amount"}, false);
        row("suffix and prefix", {"number of leads", "leads count", "No. of 注册", "开户量"}, true);
        row("empty", {}, false);
        row("blank cells", {"", " ", "", "month"}, false);
    }
    void knownHeaders()
    {
        QFETCH(QStringList, header);
        QFETCH(bool, chinese);
        Plan plan = test::samplePlan();
        if (chinese)
            plan.stages = {QStringLiteral("线索"), QStringLiteral("注册用户"),
                           QStringLiteral("开户")};
        const ImportMapping expected = reference::guessMapping(header, plan);
        const ImportMapping mapping = guessMapping(header, plan);
        QCOMPARE(describe(mapping), describe(expected));
        QCOMPARE(unmappedColumnWarnings(header, mapping, plan),
                 reference::unmappedColumnWarnings(header, expected, plan));
    }

    // Many generated headers and plans (a fixed seed, so a failure repeats): the same mapping
    // and the same warnings as the reference, for the guess and for other mappings.
    void generatedHeaders()
    {
        QRandomGenerator random(21);
        const Plan sample = test::samplePlan();
        QStringList previous;
        int mappedStages = 0;
        int duplicates = 0;
        int warnings = 0;
        for (int round = 0; round < 8000; ++round) {
            // Half the rounds draw from all the words, half from a few.
            const bool few = round % 2 == 1;
            const Plan plan = randomPlan(random, sample, few);
            const QStringList header = randomHeader(random, previous, few);
            previous = header;
            const ImportMapping expected = reference::guessMapping(header, plan);
            const ImportMapping mapping = guessMapping(header, plan);
            if (!(mapping == expected))
                QFAIL(qPrintable(QStringLiteral("round %1, stages [%2], header [%3]: %4, "
                                                "expected %5")
                                     .arg(round)
                                     .arg(plan.stages.join(QStringLiteral(" | ")),
                                          header.join(QStringLiteral(" | ")), describe(mapping),
                                          describe(expected))));
            for (int column : mapping.stages)
                mappedStages += column >= 0 ? 1 : 0;
            duplicates += int(header.size() - QSet<QString>(header.begin(), header.end()).size());
            // The warnings for the guess, and for a mapping that leaves some columns unused.
            ImportMapping partial = mapping;
            partial.spend = -1;
            if (!partial.stages.empty())
                partial.stages.back() = -1;
            for (const ImportMapping &which : {mapping, partial}) {
                const QStringList got = unmappedColumnWarnings(header, which, plan);
                const QStringList want = reference::unmappedColumnWarnings(header, which, plan);
                if (got != want)
                    QFAIL(qPrintable(QStringLiteral("round %1, header [%2]: warnings differ:\n%3\n"
                                                    "expected\n%4")
                                         .arg(round)
                                         .arg(header.join(QStringLiteral(" | ")),
                                              got.join(QLatin1Char('\n')),
                                              want.join(QLatin1Char('\n')))));
                warnings += int(got.size());
            }
        }
        // The generator reaches the cases that matter (not only headers nobody names).
        qInfo("8000 headers: %d stages mapped, %d duplicate headers, %d warnings", mappedStages,
              duplicates, warnings);
        QVERIFY2(mappedStages > 4000, qPrintable(QString::number(mappedStages)));
        QVERIFY2(duplicates > 15000, qPrintable(QString::number(duplicates)));
        QVERIFY2(warnings > 40000, qPrintable(QString::number(warnings)));
    }

    // A wide header (columns nobody names, then the roles, then duplicates of them): the same
    // answer as the reference.
    void wideHeader()
    {
        Plan plan = test::samplePlan();
        plan.stages = {QStringLiteral("线索"), QStringLiteral("注册用户"), QStringLiteral("开户")};
        QStringList header;
        for (int column = 0; column < 3000; ++column)
            header << QStringLiteral("note %1").arg(column);
        const QStringList roles{QStringLiteral("月份"),         QStringLiteral("渠道"),
                                QStringLiteral("花费（万元）"), QStringLiteral("线索数"),
                                QStringLiteral("注册用户数"),   QStringLiteral("开户数")};
        header << roles << roles;
        const ImportMapping expected = reference::guessMapping(header, plan);
        QCOMPARE(expected.month, 3000);
        QCOMPARE(describe(guessMapping(header, plan)), describe(expected));
        QCOMPARE(unmappedColumnWarnings(header, expected, plan),
                 reference::unmappedColumnWarnings(header, expected, plan));
    }
};

QTEST_GUILESS_MAIN(ImportMappingReferenceTest)
#include "ImportMappingReferenceTest.moc"
