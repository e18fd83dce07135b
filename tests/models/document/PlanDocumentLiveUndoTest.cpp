// PlanDocument::undo()/redo(), the window's Undo and Redo (issue 26): in a file they do exactly
// what QUndoStack's undo and redo do (the same plans, the same history entries, the same
// modified mark), and say so when there is nothing to undo or redo. A file home is not live.
// The live side (an inverse edit of my own step) is tested against a real server in
// tests/team/TeamLiveDocumentTest.cpp.

#include "models/document/PlanDocument.h"
#include "models/storage/PlanJson.h"
#include "support/PlanComparison.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <vector>

using namespace cplan;

namespace {

// A few edits of different kinds, each one undo step.
std::vector<std::function<Status(PlanDocument &)>> edits()
{
    return {
        [](PlanDocument &d) { return d.setBudget(0, 12345678); },
        [](PlanDocument &d) { return d.setChannelDriver(0, 1, ChannelDriver::Cpl, 77.5); },
        [](PlanDocument &d) { return d.addChannel(QStringLiteral("Podcasts")); },
        [](PlanDocument &d) { return d.setSetting(PlanSetting::Name, QStringLiteral("Renamed")); },
        [](PlanDocument &d) { return d.createScenario(0); },
        [](PlanDocument &d) { return d.removeChannel(0); },
    };
}

std::unique_ptr<PlanDocument> editedDocument(const QString &recovery)
{
    auto document = std::make_unique<PlanDocument>();
    document->setRecoveryFolder(recovery);
    document->resetTo(samplePlan());
    for (const auto &edit : edits()) {
        const Status done = edit(*document);
        if (!done)
            qWarning("%s", qPrintable(done.error()));
    }
    return document;
}

} // namespace

class PlanDocumentLiveUndoTest : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoInAFileAreTheUndoStacks()
    {
        QTemporaryDir folder;
        auto mine = editedDocument(folder.filePath(QStringLiteral("a")));
        auto reference = editedDocument(folder.filePath(QStringLiteral("b")));
        QVERIFY(!mine->isLive());
        QCOMPARE(mine->undoStack()->count(), int(edits().size()));
        QCOMPARE_PLANS(mine->plan(), reference->plan());

        // Down the whole stack and up again, in steps that mix undo and redo.
        const std::vector<bool> moves{true, true, false, true,  true,  true,  false, false, true,
                                      true, true, true,  false, false, false, false, false, false};
        for (bool undo : moves) {
            const Status done = undo ? mine->undo() : mine->redo();
            QVERIFY2(done, qPrintable(done ? QString() : done.error()));
            if (undo)
                reference->undoStack()->undo();
            else
                reference->undoStack()->redo();
            QCOMPARE(mine->undoStack()->index(), reference->undoStack()->index());
            QCOMPARE_PLANS(mine->plan(), reference->plan());
            QCOMPARE(mine->isModified(), reference->isModified());
            QCOMPARE(mine->pendingEntries().size(), reference->pendingEntries().size());
            QCOMPARE(mine->activeScenarioIndex(), reference->activeScenarioIndex());
        }
    }

    void nothingToUndoOrRedoIsSaid()
    {
        QTemporaryDir folder;
        PlanDocument document;
        document.setRecoveryFolder(folder.path());
        document.resetTo(samplePlan());
        const Plan before = document.plan();
        const Status undone = document.undo();
        QVERIFY(!undone);
        QVERIFY(!undone.error().isEmpty());
        const Status redone = document.redo();
        QVERIFY(!redone);
        QCOMPARE_PLANS(document.plan(), before);

        QVERIFY(document.setBudget(0, 42));
        QVERIFY(document.undo());
        QCOMPARE_PLANS(document.plan(), before);
        QVERIFY(document.redo());
        QCOMPARE(document.plan().scenarios[0].budget, 42.0);
        QVERIFY(!document.redo());
        // A file is never offline and has nothing unsent.
        QCOMPARE(document.unsentEdits(), 0);
        QVERIFY(!document.isOnline());
        QVERIFY(document.sendPending());
        QVERIFY(document.refreshFromHome());
        QCOMPARE(document.plan().scenarios[0].budget, 42.0);
    }
};

QTEST_GUILESS_MAIN(PlanDocumentLiveUndoTest)
#include "PlanDocumentLiveUndoTest.moc"
