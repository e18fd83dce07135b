// The other commands that write into the plan they read — import-actuals, optimize/replan
// --save-as, calibrate --apply/--save-as — write through the document like `cplan set`
// (ARCHITECTURE.md rule 15, MODEL.md §10): the file keeps its history and versions, each write
// adds one entry, a scenario that is not a draft refuses a change, and a scenario the command
// adds is a new draft even when copied from an approved one.

#include "HistoryCliSupport.h"
#include "models/storage/PlanIo.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using test::planA;
using test::runCli;
using test::runJson;

namespace {

// The sample as a .cplan with one edit and one version in its record.
QString planWithRecord(const QTemporaryDir &dir)
{
    const QString plan = test::importSample(dir);
    runCli({QStringLiteral("set"), plan, QStringLiteral("name=Brokerage 2025")});
    runCli(
        {QStringLiteral("version"), plan, QStringLiteral("--save"), QStringLiteral("Board draft")});
    return plan;
}

QStringList actions(const QString &plan)
{
    QStringList found;
    const QJsonObject history =
        runJson({QStringLiteral("history"), plan, QStringLiteral("--json")});
    for (const QJsonValue &entry : history.value(QLatin1String("entries")).toArray())
        found << entry.toObject().value(QLatin1String("action")).toString();
    return found;
}

int versionCount(const QString &plan)
{
    return int(runJson({QStringLiteral("versions"), plan, QStringLiteral("--json")})
                   .value(QLatin1String("versions"))
                   .toArray()
                   .size());
}

void approve(const QString &plan, const QString &scenario)
{
    for (const char *action : {"submit", "approve"}) {
        const auto run = runCli({QStringLiteral("signoff"), plan, QLatin1String(action),
                                 QStringLiteral("--scenario"), scenario});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

} // namespace

class CommandHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    // Before, import-actuals rewrote the .cplan from the plan alone: the history and the
    // versions were gone.
    void importActualsKeepsTheRecordAndAddsAnEntry()
    {
        QTemporaryDir dir;
        const QString plan = planWithRecord(dir);
        const auto run = runCli({QStringLiteral("import-actuals"), plan,
                                 test::dataPath(QStringLiteral("actuals-2025-04-gb18030.csv"))});
        QCOMPARE(run.exitCode, 0);
        const QStringList found = actions(plan);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(2), QStringLiteral("Import actuals from actuals-2025-04-gb18030.csv"));
        QCOMPARE(versionCount(plan), 1);
        QCOMPARE(runCli({QStringLiteral("verify"), plan}).exitCode, 0);
    }

    // A re-plan saved beside an approved scenario: the record stays, and the copy is a draft
    // (it was approved by nobody).
    void replanSaveAsAddsADraftAndKeepsTheRecord()
    {
        QTemporaryDir dir;
        const QString plan = planWithRecord(dir);
        approve(plan, planA);
        const auto run = runCli({QStringLiteral("replan"), plan, QStringLiteral("--scenario"),
                                 planA, QStringLiteral("--save-as"), QStringLiteral("Re-plan")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto loaded = loadPlan(plan);
        QVERIFY(loaded.ok());
        const int index = loaded->scenarioIndex(QStringLiteral("Re-plan"));
        QVERIFY(index >= 0);
        QVERIFY(loaded->scenarios[std::size_t(index)].signoff.isDraft());
        QVERIFY(loaded->scenarios[std::size_t(loaded->scenarioIndex(planA))].signoff.state ==
                SignoffState::Approved);
        const QStringList found = actions(plan);
        QCOMPARE(found.size(), 5); // set, version, submit, approve, re-plan
        QVERIFY2(found.last().contains(QLatin1String("Re-plan")), qPrintable(found.last()));
        QCOMPARE(versionCount(plan), 1);
    }

    void optimizeSaveAsKeepsTheRecord()
    {
        QTemporaryDir dir;
        const QString plan = planWithRecord(dir);
        const auto run = runCli({QStringLiteral("optimize"), plan, QStringLiteral("--scenario"),
                                 planA, QStringLiteral("--save-as"), QStringLiteral("Optimal")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(actions(plan).size(), 3);
        QCOMPARE(versionCount(plan), 1);
    }

    // calibrate --apply changes the scenario itself: refused while it is approved, the file
    // unchanged byte for byte.
    void calibrateApplyIsRefusedForAnApprovedScenario()
    {
        QTemporaryDir dir;
        const QString plan = planWithRecord(dir);
        approve(plan, planA);
        const QByteArray before = test::readBytes(plan);
        const auto run = runCli({QStringLiteral("calibrate"), plan,
                                 test::dataPath(QStringLiteral("actuals-2025-04-gb18030.csv")),
                                 QStringLiteral("--scenario"), planA, QStringLiteral("--apply")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(planA), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("nothing was saved")), qPrintable(run.err));
        QCOMPARE(test::readBytes(plan), before);
    }
};

QTEST_GUILESS_MAIN(CommandHistoryTest)
#include "CommandHistoryTest.moc"
