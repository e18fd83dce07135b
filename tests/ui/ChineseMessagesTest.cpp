// Messages in the Chinese interface read as Chinese (issue 22 D.15): a sum of shares in
// percent, very large numbers in words instead of "1e+15", no "CNY 20M" examples, and Chinese
// punctuation in the sentences about a cell.

#include "models/domain/ViolationSentence.h"
#include "models/storage/PlanJson.h"
#include "ui/widgets/Preferences.h"

#include <QCoreApplication>
#include <QTest>

using namespace cplan;

namespace {
std::optional<Violation> violationAt(const Plan &plan, const QString &suffix)
{
    for (const Violation &violation : validatePlan(plan)) {
        if (violation.path.endsWith(suffix))
            return violation;
    }
    return std::nullopt;
}
} // namespace

class ChineseMessagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { applyInterfaceLanguage(InterfaceLanguage::Chinese); }
    void cleanupTestCase() { applyInterfaceLanguage(InterfaceLanguage::English); }

    void sharesAddUpInPercent()
    {
        Plan plan = samplePlan();
        for (ChannelDrivers &channel : plan.scenarios[0].channels)
            channel.share *= 0.4;
        const std::vector<Violation> violations = validatePlan(plan);
        QVERIFY(!violations.empty());
        const QString sentence = violationSentence(plan, violations.front());
        QVERIFY2(sentence.contains(QStringLiteral("合计必须为 100%（当前为 40%）")),
                 qPrintable(sentence));
        QVERIFY2(!sentence.contains(QStringLiteral("为 1（")), qPrintable(sentence));
    }

    void hugeNumbersAreWords()
    {
        Plan plan = samplePlan();
        QVERIFY(!plan.actuals.empty());
        plan.actuals[0].spend = 1e308;
        const auto spend = violationAt(plan, QStringLiteral("actuals[0].spend"));
        QVERIFY(spend);
        const QString sentence = violationSentence(plan, *spend);
        QVERIFY2(!sentence.contains(QStringLiteral("e+")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("1,000万亿")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("309 位数")), qPrintable(sentence));

        plan.actuals[0].spend = 2.5e15;
        const auto large = violationAt(plan, QStringLiteral("actuals[0].spend"));
        QVERIFY(large);
        const QString large_sentence = violationSentence(plan, *large);
        QVERIFY2(large_sentence.contains(QStringLiteral("2,500万亿")), qPrintable(large_sentence));
    }

    void sentencesUseChinesePunctuation()
    {
        Plan plan = samplePlan();
        plan.scenarios[0].channels[1].cpl = -5;
        const auto violation = violationAt(plan, QStringLiteral(".cpl"));
        QVERIFY(violation);
        const QString sentence = violationSentence(plan, *violation);
        // "短视频广告：单线索成本必须大于 0（您输入的是 −5）": a full-width colon, no ASCII
        // colon or parenthesis, no space between the field and its rule.
        QVERIFY2(sentence.contains(QStringLiteral("：")), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1Char(':')), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1Char('(')), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QStringLiteral(" 必须")), qPrintable(sentence));
    }

    void noEnglishAmountExamples()
    {
        const char *const examples[][2] = {
            {"NumberText",
             "\"%1\" is not an amount of money (for example 20,000,000, 2000万 or CNY 20M)"},
            {"cplan::BudgetPage",
             "The scenario's total budget, split into the categories below. Type it as you "
             "write it: 20,000,000, ¥20,000,000, 2000万, 0.2亿 or CNY 20M."},
        };
        for (const auto &example : examples) {
            const QString text = QCoreApplication::translate(example[0], example[1]);
            QVERIFY2(text != QString::fromUtf8(example[1]), example[1]); // translated
            QVERIFY2(!text.contains(QStringLiteral("CNY")), qPrintable(text));
        }
    }
};

QTEST_MAIN(ChineseMessagesTest)
#include "ChineseMessagesTest.moc"
