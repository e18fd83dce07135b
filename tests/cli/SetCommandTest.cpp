// cplan set (MODEL.md §9, §10), run in-process: one edit of the plan file with one history
// entry, validated like an edit in the window; every refusal (an unknown path, a value of the
// wrong type or out of range, a scenario that is not a draft) names the place and writes nothing.

#include "HistoryCliSupport.h"
#include "models/storage/PlanIo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using test::planA;
using test::planB;
using test::runCli;
using test::runJson;
using test::search;

namespace {

QString budgetOf(const QString &scenario)
{
    return QStringLiteral("scenarios[\"%1\"].budget").arg(scenario);
}

double budgetIn(const QString &path, const QString &scenario)
{
    const auto plan = loadPlan(path);
    if (!plan)
        return -1;
    const int index = plan->scenarioIndex(scenario);
    return index < 0 ? -1 : plan->scenarios[static_cast<std::size_t>(index)].budget;
}

} // namespace

class SetCommandTest : public QObject
{
    Q_OBJECT

private slots:
    // The example: the value is in the file, with one history entry that says what
    // changed, from what to what, who did it and why.
    void setsAValueWithOneHistoryEntry()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        const auto run =
            runCli({QStringLiteral("set"), plan, budgetOf(planA) + QStringLiteral("=25000000"),
                    QStringLiteral("--reason"), QStringLiteral("CFO asked")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString action = QStringLiteral("Set %1 to 25000000").arg(budgetOf(planA));
        QCOMPARE(run.out, QStringLiteral("plan.cplan: %1\n").arg(action));
        QCOMPARE(budgetIn(plan, planA), 25e6);

        const QJsonObject history =
            runJson({QStringLiteral("history"), plan, QStringLiteral("--json")});
        QCOMPARE(history.value(QLatin1String("verified")).toBool(), true);
        QVERIFY(history.value(QLatin1String("altered_at")).isNull());
        const QJsonArray entries = history.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("seq")).toInt(), 1);
        QCOMPARE(entry.value(QLatin1String("action")).toString(), action);
        QCOMPARE(entry.value(QLatin1String("reason")).toString(), QStringLiteral("CFO asked"));
        QVERIFY(!entry.value(QLatin1String("author")).toString().isEmpty());
        QCOMPARE(entry.value(QLatin1String("hash")).toString().size(), 64);
        const QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.at(0).toObject();
        QCOMPARE(change.value(QLatin1String("path")).toString(), budgetOf(planA));
        QCOMPARE(change.value(QLatin1String("before")).toDouble(), 20e6);
        QCOMPARE(change.value(QLatin1String("after")).toDouble(), 25e6);
    }

    // Several PATH=VALUE are one edit: one entry holding every change.
    void severalValuesAreOneEdit()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        const QString conversion =
            QStringLiteral("scenarios[\"%1\"].channels[\"%2\"].conversion[1]").arg(planB, search);
        const auto run = runCli(
            {QStringLiteral("set"), plan, budgetOf(planB) + QStringLiteral("=26000000"),
             conversion + QStringLiteral("=0.15"), QStringLiteral("name=Brokerage 2025 (revised)"),
             QStringLiteral("milestones[\"M2\"].planned=2025-06-30")});
        QCOMPARE(run.exitCode, 0);
        const auto loaded = loadPlan(plan);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, QStringLiteral("Brokerage 2025 (revised)"));
        QCOMPARE(loaded->scenarios.at(1).budget, 26e6);
        QCOMPARE(loaded->scenarios.at(1).channels.at(0).conversion.at(1), 0.15);
        const QJsonArray entries =
            runJson({QStringLiteral("history"), plan, QStringLiteral("--json")})
                .value(QLatin1String("entries"))
                .toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("changes")).toArray().size(), 3);
        QVERIFY(!entries.at(0).toObject().contains(QLatin1String("reason")));
        // A value set to what it already was (M2's planned date) is not named in the action.
        const QString action = entries.at(0).toObject().value(QLatin1String("action")).toString();
        QVERIFY2(action.contains(QLatin1String("name to")), qPrintable(action));
        QVERIFY2(!action.contains(QLatin1String("milestones")), qPrintable(action));
    }

    // Each refusal names the place, exits 2 and leaves the file as it was, byte for byte.
    void badInputIsRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scenario") << QStringLiteral("scenarios[\"Plan Z\"].budget=1")
                                          << QStringLiteral("scenarios[\"Plan Z\"]");
        QTest::newRow("unknown field") << QStringLiteral("scenarios[\"%1\"].budgte=1").arg(planA)
                                       << QStringLiteral("scenarios[\"%1\"].budgte").arg(planA);
        QTest::newRow("wrong type") << budgetOf(planA) + QStringLiteral("=lots")
                                    << budgetOf(planA) + QStringLiteral(": must be a number");
        QTest::newRow("out of range")
            << QStringLiteral("scenarios[\"%1\"].channels[\"%2\"].conversion[1]=1.4")
                   .arg(planA, search)
            << QStringLiteral("scenarios[\"%1\"].channels[\"%2\"].conversion[1]")
                   .arg(planA, search);
        QTest::newRow("negative budget")
            << budgetOf(planA) + QStringLiteral("=-5") << budgetOf(planA);
        // The validator numbers actual rows and names a duplicate by position: a refusal there
        // is found through the row's position in the list.
        QTest::newRow("actual row")
            << QStringLiteral("actuals[\"2025-02/Short video ads\"].spend=-3")
            << QStringLiteral("].spend: must be at least 0 (got -3)");
        QTest::newRow("duplicate scenario name")
            << QStringLiteral("scenarios[\"%1\"].name=%2").arg(planB, planA)
            << QStringLiteral("duplicate name");
        QTest::newRow("bad path") << QStringLiteral("scenarios[Plan A].budget=1")
                                  << QStringLiteral("scenarios[Plan A].budget");
        QTest::newRow("no value") << QStringLiteral("budget") << QStringLiteral("PATH=VALUE");
        QTest::newRow("sign-off by hand")
            << QStringLiteral("scenarios[\"%1\"].signoff={\"state\":\"approved\"}").arg(planA)
            << QStringLiteral("cplan signoff");
    }

    void badInputIsRefusedAndNothingIsWritten()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        const QByteArray before = test::readBytes(plan);
        const auto run = runCli({QStringLiteral("set"), plan, assignment});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("nothing was written")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(test::readBytes(plan), before);
    }

    // A scenario that is not a draft refuses every edit (MODEL.md §10): exit 2, a message that
    // says who approved it, and the file unchanged byte for byte. Another scenario still edits.
    void approvedScenarioRefusesTheEdit()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        for (const char *action : {"submit", "approve"}) {
            const auto run = runCli({QStringLiteral("signoff"), plan, QLatin1String(action),
                                     QStringLiteral("--scenario"), planA});
            QCOMPARE(run.exitCode, 0);
        }
        const QByteArray before = test::readBytes(plan);
        const QStringList places{
            budgetOf(planA) + QStringLiteral("=25000000"),
            QStringLiteral("scenarios[\"%1\"].channels[\"%2\"].cpl=50").arg(planA, search),
            QStringLiteral("scenarios[\"%1\"].name=Plan A2").arg(planA),
        };
        for (const QString &assignment : places) {
            const auto run = runCli({QStringLiteral("set"), plan, assignment});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(planA), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("approved")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("nothing was written")), qPrintable(run.err));
            QCOMPARE(test::readBytes(plan), before);
        }
        const auto other =
            runCli({QStringLiteral("set"), plan, budgetOf(planB) + QStringLiteral("=24000000")});
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(budgetIn(plan, planB), 24e6);
    }

    // Writing a whole scenario (or the list) cannot approve it either: only cplan signoff does.
    void aWholeScenarioCannotCarryASignoff()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        const QByteArray before = test::readBytes(plan);
        QJsonObject scenario = QJsonDocument::fromJson(test::readBytes(test::samplePath()))
                                   .object()
                                   .value(QLatin1String("plan"))
                                   .toObject()
                                   .value(QLatin1String("scenarios"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
        QCOMPARE(scenario.value(QLatin1String("name")).toString(), planA);
        scenario.insert(QLatin1String("budget"), 21e6);
        const QString value =
            QString::fromUtf8(QJsonDocument(scenario).toJson(QJsonDocument::Compact));
        // The scenario as it is, with another budget: allowed (a draft stays a draft).
        QCOMPARE(runCli({QStringLiteral("set"), plan,
                         QStringLiteral("scenarios[\"%1\"]=%2").arg(planA, value)})
                     .exitCode,
                 0);
        const QByteArray edited = test::readBytes(plan);
        QVERIFY(edited != before);
        scenario.insert(QLatin1String("signoff"),
                        QJsonObject{{QLatin1String("state"), QStringLiteral("approved")}});
        const QString approved =
            QString::fromUtf8(QJsonDocument(scenario).toJson(QJsonDocument::Compact));
        const auto run = runCli({QStringLiteral("set"), plan,
                                 QStringLiteral("scenarios[\"%1\"]=%2").arg(planA, approved)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("scenarios[\"%1\"].signoff: ").arg(planA)),
                 qPrintable(run.err));
        QCOMPARE(test::readBytes(plan), edited);
    }

    // Setting what is already there changes nothing and writes no entry.
    void theSameValueWritesNothing()
    {
        QTemporaryDir dir;
        const QString plan = test::importSample(dir);
        const QByteArray before = test::readBytes(plan);
        const auto run =
            runCli({QStringLiteral("set"), plan, budgetOf(planA) + QStringLiteral("=20000000")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("nothing changed")));
        QCOMPARE(test::readBytes(plan), before);
    }

    // An interchange JSON plan stays JSON and carries its history.
    void jsonPlanKeepsItsFormatAndHistory()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(QFile::copy(test::samplePath(), plan));
        QFile::setPermissions(plan, QFile::ReadOwner | QFile::WriteOwner);
        const auto run =
            runCli({QStringLiteral("set"), plan, budgetOf(planA) + QStringLiteral("=21000000"),
                    QStringLiteral("--reason=typo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(test::readBytes(plan).trimmed().startsWith('{'));
        PlanFormat format = PlanFormat::Cplan;
        QVERIFY(loadPlan(plan, &format).ok());
        QCOMPARE(format, PlanFormat::Json);
        QCOMPARE(budgetIn(plan, planA), 21e6);
        const QJsonArray entries =
            runJson({QStringLiteral("history"), plan, QStringLiteral("--json")})
                .value(QLatin1String("entries"))
                .toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("typo"));
    }

    void helpDescribesTheCommand()
    {
        const auto run = runCli({QStringLiteral("set"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(
            QStringLiteral("usage: cplan set PLAN PATH=VALUE… [--reason TEXT]\n")));
        const auto missing = runCli({QStringLiteral("set"), QStringLiteral("plan.cplan")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("usage: cplan set")));
    }
};

QTEST_GUILESS_MAIN(SetCommandTest)
#include "SetCommandTest.moc"
