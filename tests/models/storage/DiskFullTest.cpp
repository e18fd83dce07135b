// Issue 21, A.6: a full disk while a plan or an export is written. Every write, flush and sync
// is checked; on failure the previous file stays as it was and the error is reported. The full
// disk is real: RLIMIT_FSIZE makes the kernel refuse writes past a size (FileSizeLimit.h).

#include "models/storage/CplanDiskFile.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"
#include "support/FileSizeLimit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Plan renamedSample(const QString &name)
{
    Plan plan = samplePlan();
    plan.name = name;
    // Long enough that the file passes every size tried below and QFileDevice's 16 KiB buffer.
    plan.nameZh = QString(8000, QChar(0x4E2D)); // 24,000 bytes of UTF-8
    return plan;
}

// The limits tried: nothing at all, inside the first block, the sizes the adversarial round
// found (4,096 bytes), both sides of Qt's write buffer, and just short of the whole file.
QList<qint64> limitsBelow(qint64 size)
{
    QList<qint64> limits;
    for (const qint64 limit : {qint64(0), qint64(1), qint64(100), qint64(4096), qint64(16383),
                               qint64(16384), qint64(16385), size / 2, size - 1}) {
        if (limit < size)
            limits << limit;
    }
    return limits;
}

} // namespace

class DiskFullTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonPlanSaveKeepsThePreviousFile_data();
    void jsonPlanSaveKeepsThePreviousFile();
    void newJsonPlanIsNotLeftHalfWritten();
    void cplanSaveKeepsThePreviousFile();
    void bytesReplaceKeepsThePreviousFile();
    void writerThatFailsLeavesNothing();
};

void DiskFullTest::initTestCase()
{
    test::FileSizeLimit probe(1 << 30);
    if (!probe.active())
        QSKIP("no file size limit on this system");
}

void DiskFullTest::jsonPlanSaveKeepsThePreviousFile_data()
{
    QTest::addColumn<bool>("large");
    // A small plan fits Qt's 16 KiB write buffer, whose flush failed unreported;
    // a larger plan is written past the buffer.
    QTest::addRow("sample") << false;
    QTest::addRow("large") << true;
}

void DiskFullTest::jsonPlanSaveKeepsThePreviousFile()
{
    QFETCH(bool, large);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"plan.json"_s);
    const auto named = [large](const QString &name) {
        Plan plan = large ? renamedSample(name) : samplePlan();
        if (!large) {
            plan.actuals.clear();
            plan.milestones.clear();
        }
        plan.name = name;
        return plan;
    };
    QVERIFY(savePlan(named(u"Before"_s), path, PlanFormat::Json).ok());
    const QByteArray before = bytesOf(path);
    const Plan changed = named(u"After"_s);
    const qint64 size = writePlanJson(changed).size();
    QVERIFY(large ? size > 16384 : size < 16384);
    for (const qint64 limit : limitsBelow(size)) {
        Status saved = success();
        {
            test::FileSizeLimit full(limit);
            saved = savePlan(changed, path, PlanFormat::Json);
        }
        QVERIFY2(!saved.ok(), qPrintable(u"limit %1: reported as saved"_s.arg(limit)));
        QVERIFY2(saved.error().contains(u"plan.json"_s), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(u"the previous file is unchanged"_s),
                 qPrintable(saved.error()));
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"plan.json"_s});
        QCOMPARE(loadPlan(path)->name, u"Before"_s);
    }
    // With room, the same save goes through.
    QVERIFY(savePlan(changed, path, PlanFormat::Json).ok());
    QCOMPARE(loadPlan(path)->name, u"After"_s);
}

void DiskFullTest::newJsonPlanIsNotLeftHalfWritten()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"new.json"_s);
    Status saved = success();
    {
        test::FileSizeLimit full(4096);
        saved = savePlan(renamedSample(u"New"_s), path, PlanFormat::Json);
    }
    QVERIFY(!saved.ok());
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void DiskFullTest::cplanSaveKeepsThePreviousFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"plan.cplan"_s);
    QVERIFY(writeCplanFile(renamedSample(u"Before"_s), path).ok());
    const QByteArray before = bytesOf(path);
    for (const qint64 limit : limitsBelow(before.size())) {
        Status saved = success();
        {
            test::FileSizeLimit full(limit);
            saved = writeCplanFile(renamedSample(u"After"_s), path);
        }
        QVERIFY2(!saved.ok(), qPrintable(u"limit %1: reported as saved"_s.arg(limit)));
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(readCplanFile(path)->name, u"Before"_s);
    }
}

void DiskFullTest::bytesReplaceKeepsThePreviousFile()
{
    // The step every export, JSON plan and recovery record goes through.
    QTemporaryDir folder;
    const QString path = folder.filePath(u"export.csv"_s);
    QString error;
    QVERIFY(replaceFileWithBytes(path, "previous\n", &error));
    const QByteArray large(100000, 'a');
    for (const qint64 limit : limitsBelow(large.size())) {
        bool replaced = true;
        {
            test::FileSizeLimit full(limit);
            replaced = replaceFileWithBytes(path, large, &error);
        }
        QVERIFY2(!replaced, qPrintable(u"limit %1: reported as written"_s.arg(limit)));
        QVERIFY(!error.isEmpty());
        QCOMPARE(bytesOf(path), QByteArray("previous\n"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"export.csv"_s});
    }
    QVERIFY(replaceFileWithBytes(path, large, &error));
    QCOMPARE(bytesOf(path), large);
}

void DiskFullTest::writerThatFailsLeavesNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"report.pdf"_s);
    QString error;
    QVERIFY(replaceFileWithBytes(path, "previous", &error));
    const bool replaced = replaceFileCompletely(
        path,
        [](const QString &temporary, QString *reason) {
            QFile half(temporary);
            half.open(QIODevice::WriteOnly);
            half.write("half");
            *reason = u"the drawing failed"_s;
            return false;
        },
        &error);
    QVERIFY(!replaced);
    QCOMPARE(error, u"the drawing failed"_s);
    QCOMPARE(bytesOf(path), QByteArray("previous"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"report.pdf"_s});
}

QTEST_GUILESS_MAIN(DiskFullTest)
#include "DiskFullTest.moc"
