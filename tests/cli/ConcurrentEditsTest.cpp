// Issue 21, A.7: two programs change one plan at once. Each real `cplan` process reads the
// plan, changes it and saves it back; a change whose command exits 0 must be in the final file
// (before the fix, one of two simultaneous imports was lost in almost every round).

#include "CliRun.h"
#include "models/storage/PlanIo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

const QString searchChannel = u"Search (long-tail keywords)"_s;
const QString videoChannel = u"Short video ads"_s;

QString actualsCsv(const QTemporaryDir &dir, const QString &name, const QString &month,
                   const QString &channel, int spend)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(u"month,channel,spend,Leads,Registered users,Accounts opened\n"
               "%1,%2,%3,100,50,10\n"_s.arg(month, channel)
                   .arg(spend)
                   .toUtf8());
    return path;
}

bool hasActual(const Plan &plan, const QString &month, const QString &channel, double spend)
{
    return std::any_of(plan.actuals.begin(), plan.actuals.end(), [&](const Actual &actual) {
        return actual.month == month && actual.channel == channel && actual.spend == spend;
    });
}

QProcess *startCplan(const QStringList &args, QObject *parent)
{
    auto *process = new QProcess(parent);
    process->setProgram(QStringLiteral(CPLAN_EXECUTABLE));
    process->setArguments(args);
    return process;
}

struct Outcome
{
    int exitCode = -1;
    QString err;
};

// Starts both commands at once and waits for both.
std::pair<Outcome, Outcome> runTogether(const QStringList &first, const QStringList &second)
{
    QObject owner;
    QProcess *a = startCplan(first, &owner);
    QProcess *b = startCplan(second, &owner);
    a->start();
    b->start();
    const auto finish = [](QProcess *process) {
        Outcome outcome;
        if (process->waitForFinished(120000) && process->exitStatus() == QProcess::NormalExit)
            outcome.exitCode = process->exitCode();
        outcome.err = QString::fromUtf8(process->readAllStandardError());
        return outcome;
    };
    const Outcome outcomeA = finish(a);
    const Outcome outcomeB = finish(b);
    return {outcomeA, outcomeB};
}

} // namespace

class ConcurrentEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void twoImportsAtOnceKeepBothChanges_data();
    void twoImportsAtOnceKeepBothChanges();
    void replanSaveAsBesideAnImportKeepsBoth();
};

void ConcurrentEditsTest::twoImportsAtOnceKeepBothChanges_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addRow("cplan") << u"plan.cplan"_s;
    QTest::addRow("json") << u"plan.json"_s;
}

void ConcurrentEditsTest::twoImportsAtOnceKeepBothChanges()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString plan = dir.filePath(fileName);
    const Result<Plan> sample = loadPlan(test::samplePath());
    QVERIFY(sample.ok());
    const PlanFormat format = fileName.endsWith(u".json"_s) ? PlanFormat::Json : PlanFormat::Cplan;
    int lost = 0;
    int saved = 0;
    const int rounds = 20;
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(savePlan(*sample, plan, format).ok());
        const int spendA = 1000 + round;
        const int spendB = 2000 + round;
        const QString csvA = actualsCsv(dir, u"a.csv"_s, u"2025-04"_s, searchChannel, spendA);
        const QString csvB = actualsCsv(dir, u"b.csv"_s, u"2025-05"_s, videoChannel, spendB);
        const auto [a, b] =
            runTogether({u"import-actuals"_s, plan, csvA}, {u"import-actuals"_s, plan, csvB});
        // Waiting for the other writer is fine, and so is a refusal that says so; exiting 0
        // without the change in the file is not.
        QVERIFY2(a.exitCode == 0 || a.err.contains(u"right now"_s), qPrintable(a.err));
        QVERIFY2(b.exitCode == 0 || b.err.contains(u"right now"_s), qPrintable(b.err));
        const Result<Plan> after = loadPlan(plan);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error()));
        if (a.exitCode == 0) {
            ++saved;
            lost += hasActual(*after, u"2025-04"_s, searchChannel, spendA) ? 0 : 1;
        }
        if (b.exitCode == 0) {
            ++saved;
            lost += hasActual(*after, u"2025-05"_s, videoChannel, spendB) ? 0 : 1;
        }
    }
    QCOMPARE(lost, 0);
    QCOMPARE(saved, 2 * rounds); // both waited their turn
    QCOMPARE(QDir(dir.path()).entryList({u"*.save-lock"_s}, QDir::Files | QDir::Hidden),
             QStringList());
}

void ConcurrentEditsTest::replanSaveAsBesideAnImportKeepsBoth()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(u"plan.cplan"_s);
    const Result<Plan> sample = loadPlan(test::samplePath());
    QVERIFY(sample.ok());
    int lost = 0;
    const int rounds = 10;
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(savePlan(*sample, plan).ok());
        const QString csv = actualsCsv(dir, u"a.csv"_s, u"2025-04"_s, searchChannel, 3000 + round);
        const QString name = u"Re-plan %1"_s.arg(round);
        const auto [replan, import] = runTogether(
            {u"replan"_s, plan, u"--scenario"_s, u"Plan A (CNY 20M)"_s, u"--save-as"_s, name},
            {u"import-actuals"_s, plan, csv});
        QVERIFY2(replan.exitCode == 0, qPrintable(replan.err));
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        const Result<Plan> after = loadPlan(plan);
        QVERIFY(after.ok());
        lost += after->scenarioIndex(name) >= 0 ? 0 : 1;
        lost += hasActual(*after, u"2025-04"_s, searchChannel, 3000 + round) ? 0 : 1;
    }
    QCOMPARE(lost, 0);
}

QTEST_GUILESS_MAIN(ConcurrentEditsTest)
#include "ConcurrentEditsTest.moc"
