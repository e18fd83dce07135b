// Issue 14, item 3: a plan open in the window, changed on disk by another program (here as
// `cplan optimize ... --save-as` does it, through writeCplanFile). The next Save used to write
// over that change silently (and the second Save pushed it out of the .bak too). Now the
// controller notices (file stamp before saving, QFileSystemWatcher while open) and asks:
// reload, keep mine (save as), replace with mine, or compare.

#include "FakeDialogProvider.h"
#include "support/PlanComparison.h"

#include "models/document/PlanDocument.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanJson.h"
#include "ui/mainwindow/DocumentController.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cplan;
using namespace Qt::StringLiterals;
using cplan::test::FakeDialogProvider;
using Change = DialogProvider::ExternalChangeChoice;

class DocumentControllerExternalChangeTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<FakeDialogProvider> m_dialogs;
    std::unique_ptr<DocumentController> m_controller;
    QString m_path;

    // What the other program writes: the sample with another name and budget.
    static Plan otherProgramsPlan()
    {
        Plan plan = samplePlan();
        plan.name = u"Optimised by cplan"_s;
        plan.scenarios[0].budget = 21000000;
        return plan;
    }
    Plan onDisk() const { return readCplanFile(m_path).value(); }

    // Opens the sample, edits it (unsaved), then another program saves over the file.
    void openEditAndChangeOnDisk()
    {
        QVERIFY(m_controller->openFile(m_path));
        QVERIFY(m_document->setBudget(0, 12345678).ok());
        QVERIFY(writeCplanFile(otherProgramsPlan(), m_path).ok());
    }

    // Opens the plan, edits it, writes the recovery copy and goes away without closing.
    void crashWithAnEdit()
    {
        QVERIFY(m_controller->openFile(m_path));
        QVERIFY(m_document->setBudget(0, 12345678).ok());
        QVERIFY(m_document->autosaveNow().ok());
        m_controller.reset();
        m_document.reset();
    }
    // The next start: the recovery copy is offered and restored.
    void restartAndRestore()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->setRecoveryFolder(m_dir->filePath(u"recovery"_s));
        m_dialogs = std::make_unique<FakeDialogProvider>();
        m_controller = std::make_unique<DocumentController>(m_document.get(), m_dialogs.get());
        m_dialogs->restoreAnswers.enqueue(true);
        QVERIFY(m_controller->startUp(QString()));
        QCOMPARE(m_document->filePath(), m_path);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"plan.cplan"_s);
        QVERIFY(writeCplanFile(samplePlan(), m_path).ok());
        m_document = std::make_unique<PlanDocument>();
        m_document->setRecoveryFolder(m_dir->filePath(u"recovery"_s));
        m_dialogs = std::make_unique<FakeDialogProvider>();
        m_controller = std::make_unique<DocumentController>(m_document.get(), m_dialogs.get());
    }
    void cleanup()
    {
        m_controller.reset();
        m_document.reset();
        m_dialogs.reset();
    }

    void saveAsksInsteadOfOverwriting()
    {
        openEditAndChangeOnDisk();
        QVERIFY(m_controller->fileChangedOnDisk());
        m_dialogs->externalChangeAnswers.enqueue(Change::Cancel);
        QVERIFY(!m_controller->save());
        QCOMPARE(m_dialogs->asked, QStringList{u"changed:saving"_s});
        QCOMPARE_PLANS(onDisk(), otherProgramsPlan());
        QVERIFY(m_document->isModified());
        // Asked again at the next save: the change is still there.
        m_dialogs->externalChangeAnswers.enqueue(Change::Cancel);
        QVERIFY(!m_controller->save());
        QCOMPARE_PLANS(onDisk(), otherProgramsPlan());
    }

    void compareThenKeepMineAsAnotherFile()
    {
        openEditAndChangeOnDisk();
        const QString mine = m_dir->filePath(u"mine.cplan"_s);
        m_dialogs->externalChangeAnswers << Change::Compare << Change::SaveAs;
        m_dialogs->saveAsAnswers.enqueue(mine);
        QVERIFY(m_controller->save());
        QCOMPARE(m_dialogs->asked,
                 (QStringList{u"changed:saving"_s, u"info:Your version and the file on disk"_s,
                              u"changed:saving"_s, u"saveAs"_s}));
        const QString differences = m_dialogs->information.value(0);
        QVERIFY2(differences.contains(u"name: \"Optimised by cplan\" → \"Brokerage"_s),
                 qPrintable(differences));
        QVERIFY2(differences.contains(u".budget: 21000000 → 12345678"_s), qPrintable(differences));
        QCOMPARE_PLANS(onDisk(), otherProgramsPlan());
        QCOMPARE(readCplanFile(mine)->scenarios[0].budget, 12345678.0);
        QVERIFY(!m_document->isModified());
    }

    void reloadTakesTheOtherVersion()
    {
        openEditAndChangeOnDisk();
        m_dialogs->externalChangeAnswers.enqueue(Change::Reload);
        QVERIFY(!m_controller->save());
        QCOMPARE_PLANS(m_document->plan(), otherProgramsPlan());
        QVERIFY(!m_document->isModified());
        QVERIFY(!m_controller->fileChangedOnDisk());
    }

    void replaceWithMineOverwrites()
    {
        openEditAndChangeOnDisk();
        m_dialogs->externalChangeAnswers.enqueue(Change::Overwrite);
        QVERIFY(m_controller->save());
        QCOMPARE(onDisk().scenarios[0].budget, 12345678.0);
        // The other program's version is the backup, and the next save does not ask again.
        QCOMPARE_PLANS(readCplanFile(m_path + u".bak"_s).value(), otherProgramsPlan());
        QVERIFY(m_document->setBudget(0, 7654321).ok());
        QVERIFY(m_controller->save());
        QCOMPARE(m_dialogs->asked, QStringList{u"changed:saving"_s});
    }

    void ownSavesAreNotChangesByAnotherProgram()
    {
        QVERIFY(m_controller->openFile(m_path));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_document->setBudget(0, 1000000 + i).ok());
            QVERIFY(m_controller->save());
            QTest::qWait(50); // let the watcher report the rename
        }
        QVERIFY(!m_controller->fileChangedOnDisk());
        QCOMPARE(m_dialogs->asked, QStringList());
    }

    // Issue 21, A.9: the window crashed with unsaved edits; while it was down another program
    // saved the file. The restored plan's Save must ask, not write over that change.
    void restoredRecoveryAsksBeforeReplacingAChangeMadeWhileDown()
    {
        crashWithAnEdit();
        QTest::qWait(20); // a later modification time, as in real life
        QVERIFY(writeCplanFile(otherProgramsPlan(), m_path).ok());
        restartAndRestore();
        QCOMPARE(m_document->plan().scenarios[0].budget, 12345678.0);
        m_dialogs->externalChangeAnswers.enqueue(Change::Cancel);
        QVERIFY(!m_controller->save());
        QCOMPARE(m_dialogs->asked, (QStringList{u"restore:plan.cplan"_s, u"changed:saving"_s}));
        QCOMPARE_PLANS(onDisk(), otherProgramsPlan());
    }

    void restoredRecoverySavesWithoutAskingWhenTheFileIsUnchanged()
    {
        crashWithAnEdit();
        restartAndRestore();
        QVERIFY(m_controller->save());
        QCOMPARE(m_dialogs->asked, QStringList{u"restore:plan.cplan"_s});
        QCOMPARE(onDisk().scenarios[0].budget, 12345678.0);
    }

    void watchedFileChangeIsOfferedForReload()
    {
        QVERIFY(m_controller->openFile(m_path));
        m_dialogs->externalChangeAnswers.enqueue(Change::Reload);
        QVERIFY(writeCplanFile(otherProgramsPlan(), m_path).ok());
        QTRY_COMPARE(m_dialogs->asked, QStringList{u"changed:watching"_s});
        QCOMPARE_PLANS(m_document->plan(), otherProgramsPlan());
        // And the watch goes on after the rename that replaced the file.
        Plan third = otherProgramsPlan();
        third.name = u"Third version"_s;
        m_dialogs->externalChangeAnswers.enqueue(Change::Reload);
        QVERIFY(writeCplanFile(third, m_path).ok());
        QTRY_COMPARE(m_document->plan().name, u"Third version"_s);
    }
};

QTEST_MAIN(DocumentControllerExternalChangeTest)
#include "DocumentControllerExternalChangeTest.moc"
