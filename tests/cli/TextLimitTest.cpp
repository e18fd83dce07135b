// Issue 21, A.10: one limit on a text's length — 10,000 characters, counted in characters —
// checked on every way in before anything is written: the CLI's --save-as names, JSON import,
// edits in the window, and every save. What one part of the program writes, the others read.

#include "models/domain/TextLimit.h"
#include "CliRun.h"
#include "models/document/PlanDocument.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;
using test::readBytes;
using test::runCli;

class TextLimitTest : public QObject
{
    Q_OBJECT

private slots:
    void cjkNameExportsToJsonThatOpens();
    void saveAsNameOverTheLimitIsRefusedBeforeWriting();
    void editOverTheLimitIsRefused();
    void saveOverTheLimitWritesNothing();
};

void TextLimitTest::cjkNameExportsToJsonThatOpens()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(u"plan.cplan"_s);
    Plan sample = samplePlan();
    sample.name = QString(5000, QChar(0x9884)); // 5,000 characters, 15,000 bytes of UTF-8
    sample.nameZh = QString(longestText, QChar(0x4E2D));
    QVERIFY(writeCplanFile(sample, plan).ok());
    const QString json = dir.filePath(u"plan.json"_s);
    const auto exported = runCli({u"export"_s, plan, u"--format"_s, u"json"_s, u"--out"_s, json});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const auto validated = runCli({u"validate"_s, json});
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.err.left(500)));
    const Result<Plan> read = loadPlan(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().left(500)));
    QVERIFY(*read == sample);
    // And back into a .cplan.
    const QString again = dir.filePath(u"again.cplan"_s);
    const auto imported = runCli({u"import"_s, json, again});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err.left(500)));
    QVERIFY(*readCplanFile(again) == sample);
}

void TextLimitTest::saveAsNameOverTheLimitIsRefusedBeforeWriting()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(u"plan.cplan"_s);
    QVERIFY(writeCplanFile(samplePlan(), plan).ok());
    const QByteArray before = readBytes(plan);
    const QString longName = QString(longestText + 1, u'n');
    for (const QStringList &command :
         {QStringList{u"optimize"_s, plan, u"--scenario"_s, u"Plan A (CNY 20M)"_s, u"--save-as"_s,
                      longName},
          QStringList{u"replan"_s, plan, u"--scenario"_s, u"Plan A (CNY 20M)"_s, u"--save-as"_s,
                      longName}}) {
        const auto run = runCli(command);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"a text of 10001 characters, longer than the 10000 a plan "
                                  "allows; nothing was saved"_s),
                 qPrintable(run.err.right(300)));
        QCOMPARE(readBytes(plan), before);
    }
    // Exactly at the limit is fine, in characters: 10,000 emoji are 20,000 UTF-16 units.
    QString emoji;
    for (int i = 0; i < longestText; ++i)
        emoji += QString::fromUtf8("\xf0\x9f\x98\x80");
    const auto run =
        runCli({u"replan"_s, plan, u"--scenario"_s, u"Plan A (CNY 20M)"_s, u"--save-as"_s, emoji});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(300)));
    const Result<Plan> read = readCplanFile(plan);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().left(300)));
    QVERIFY(read->scenarioIndex(emoji) >= 0);
}

void TextLimitTest::editOverTheLimitIsRefused()
{
    // What the window's paste of a plan name comes down to: an edit of the document.
    PlanDocument document;
    document.newFromSample();
    const Plan before = document.plan();
    const Status renamed = document.setSetting(PlanSetting::Name, QString(longestText + 1, u'x'));
    QVERIFY(!renamed.ok());
    QVERIFY2(renamed.error().contains(u"longer than the 10000 a plan allows"_s),
             qPrintable(renamed.error()));
    QVERIFY(document.plan() == before);
    QVERIFY(!document.isModified());
    QVERIFY(document.setSetting(PlanSetting::Name, QString(longestText, u'x')).ok());
    QVERIFY(document.renameScenario(0, QString(longestText + 1, u's')).ok() == false);
}

void TextLimitTest::saveOverTheLimitWritesNothing()
{
    QTemporaryDir dir;
    Plan plan = samplePlan();
    plan.channels[0].group = QString(longestText + 1, u'g');
    for (const auto &[name, format] : {std::pair{u"plan.cplan"_s, PlanFormat::Cplan},
                                       std::pair{u"plan.json"_s, PlanFormat::Json}}) {
        const QString path = dir.filePath(name);
        QVERIFY(savePlan(samplePlan(), path, format).ok());
        const QByteArray before = readBytes(path);
        const Status saved = savePlan(plan, path, format);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(u"channels[0].group: a text of 10001 characters"_s),
                 qPrintable(saved.error()));
        QCOMPARE(readBytes(path), before);
    }
}

QTEST_GUILESS_MAIN(TextLimitTest)
#include "TextLimitTest.moc"
