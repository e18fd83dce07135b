// Issue 14, item 5: validation of hostile, huge lists takes about as long as reading them.
// Each case took from a minute to several minutes (or overflowed the stack) with the scans and
// the recursion the validator used before; the time limits here are generous for a slow,
// sanitized build, and far below the old times.

#include "models/domain/PlanValidator.h"
#include "models/storage/PlanJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 allowedMilliseconds = 15000;

bool hasViolationAt(const std::vector<Violation> &violations, const QString &path)
{
    return std::any_of(violations.begin(), violations.end(),
                       [&](const Violation &v) { return v.path == path; });
}

// A chain m0 <- m1 <- ... <- m(n-1): each milestone depends on the one before.
void makeChain(Plan &plan, int count)
{
    plan.milestones.clear();
    plan.milestones.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Milestone milestone;
        milestone.id = u"m%1"_s.arg(i);
        milestone.name = milestone.id;
        milestone.planned = u"2025-03-01"_s;
        if (i > 0)
            milestone.dependsOn = {u"m%1"_s.arg(i - 1)};
        plan.milestones.push_back(milestone);
    }
}

} // namespace

class PlanValidatorLimitsTest : public QObject
{
    Q_OBJECT

private slots:
    void manyStagesFromJson();
    void manyChannels();
    void longMilestoneChain();
    void deepCycleIsFoundWithoutRecursion();
    void manyActualRows();
};

void PlanValidatorLimitsTest::manyStagesFromJson()
{
    // 300,000 stages in a 3 MB JSON file took more than a minute.
    QJsonObject root = QJsonDocument::fromJson(samplePlanJson()).object();
    QJsonObject planObject = root.value("plan"_L1).toObject();
    QJsonArray stages;
    for (int i = 0; i < 300000; ++i)
        stages.append(u"s%1"_s.arg(i));
    planObject.insert("stages"_L1, stages);
    root.insert("plan"_L1, planObject);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);

    QElapsedTimer timer;
    timer.start();
    const Result<Plan> plan = readPlanJson(bytes);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error()));
    const auto violations = validatePlan(*plan);
    const qint64 elapsed = timer.elapsed();
    qInfo("300,000 stages: read and validated in %lld ms", elapsed);
    QVERIFY(hasViolationAt(violations, u"stages"_s));
    QVERIFY(violations.size() < 100);
    QVERIFY2(elapsed < allowedMilliseconds, qPrintable(QString::number(elapsed)));
}

void PlanValidatorLimitsTest::manyChannels()
{
    Plan plan = samplePlan();
    const Channel first = plan.channels.front();
    for (int i = 0; i < 200000; ++i)
        plan.channels.push_back(Channel{u"extra %1"_s.arg(i), first.group});
    QElapsedTimer timer;
    timer.start();
    const auto violations = validatePlan(plan);
    const qint64 elapsed = timer.elapsed();
    qInfo("200,000 channels: validated in %lld ms", elapsed);
    QVERIFY(hasViolationAt(violations, u"channels"_s));
    QVERIFY(violations.size() < 100);
    QVERIFY2(elapsed < allowedMilliseconds, qPrintable(QString::number(elapsed)));
}

void PlanValidatorLimitsTest::longMilestoneChain()
{
    // A 100,000-milestone chain took 199 s.
    Plan plan = samplePlan();
    makeChain(plan, 100000);
    QElapsedTimer timer;
    timer.start();
    const auto violations = validatePlan(plan);
    const qint64 elapsed = timer.elapsed();
    qInfo("100,000-milestone chain: validated in %lld ms", elapsed);
    QVERIFY2(violations.empty(), qPrintable(violationsText(violations).left(500)));
    QVERIFY2(elapsed < allowedMilliseconds, qPrintable(QString::number(elapsed)));
}

void PlanValidatorLimitsTest::deepCycleIsFoundWithoutRecursion()
{
    // A recursive search overflowed the stack at 5,000 under ASan; 200,000 overflows any stack.
    Plan plan = samplePlan();
    makeChain(plan, 200000);
    plan.milestones.front().dependsOn = {u"m199999"_s};
    const auto violations = validatePlan(plan);
    QCOMPARE(violations.size(), std::size_t(1));
    QCOMPARE(violations.front().path, u"milestones[\"m0\"].depends_on[0]"_s);
    // m0 needs m199999, which needs m199998, ... which needs m0.
    QVERIFY(violations.front().message.startsWith(
        u"depends on itself through m0 -> m199999 -> m199998 -> "_s));
    QVERIFY(violations.front().message.endsWith(u"-> m2 -> m1 -> m0"_s));
}

void PlanValidatorLimitsTest::manyActualRows()
{
    Plan plan = samplePlan();
    const Actual row = plan.actuals.front();
    plan.actuals.clear();
    for (int i = 0; i < 100000; ++i) {
        Actual actual = row;
        actual.channel = u"unknown %1"_s.arg(i % 50000); // every row a duplicate of another
        plan.actuals.push_back(actual);
    }
    QElapsedTimer timer;
    timer.start();
    const auto violations = validatePlan(plan);
    const qint64 elapsed = timer.elapsed();
    qInfo("100,000 actual rows: validated in %lld ms", elapsed);
    QCOMPARE(violations.size(), std::size_t(150000));
    QVERIFY2(elapsed < allowedMilliseconds, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(PlanValidatorLimitsTest)
#include "PlanValidatorLimitsTest.moc"
