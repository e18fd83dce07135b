// MODEL.md §10 through the document: every change that reaches the file becomes one chained
// history entry (undo of an unsaved step leaves none), versions are stored, viewed and restored
// as one undo step, a scenario that is not a draft refuses every edit of the document API, and an
// entry altered in the file is named on open.

#include "models/document/PlanDocument.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanJson.h"
#include "support/PlanComparison.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

#include <functional>
#include <memory>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<PlanDocument> documentAt(const QString &path)
{
    auto document = std::make_unique<PlanDocument>();
    document->setAuthor(u"Li Wei"_s);
    document->setClock([] { return QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC); });
    document->resetTo(samplePlan());
    if (!document->saveAs(path).ok())
        return nullptr;
    return document;
}

bool runSql(const QString &path, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    bool ran = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        if (database.open())
            ran = QSqlQuery(database).exec(statement);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ran;
}

} // namespace

class PlanHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void savedStepsBecomeChainedEntries()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        auto document = documentAt(path);
        QVERIFY(document);
        QVERIFY(document->historyEntries().empty()); // a new plan's first save: nothing changed
        QVERIFY(document->setBudget(0, 25'000'000).ok());
        document->setNextReason(u"CFO asked"_s);
        QVERIFY(document->setChannelDriver(0, 0, ChannelDriver::Cpl, 48.0).ok());
        QCOMPARE(document->pendingEntries().size(), std::size_t(2));
        QVERIFY(document->save().ok());
        QVERIFY(document->pendingEntries().empty());

        PlanDocument reopened;
        QVERIFY(reopened.open(path).ok());
        QVERIFY(reopened.chainCheck().verified);
        const std::vector<HistoryEntry> entries = reopened.historyEntries();
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].seq, 1);
        QCOMPARE(entries[0].author, u"Li Wei"_s);
        QCOMPARE(entries[0].at, u"2026-12-07T09:30:00Z"_s);
        QCOMPARE(entries[0].changes.size(), std::size_t(1));
        QCOMPARE(entries[0].changes[0].path, u"scenarios[\"Plan A (CNY 20M)\"].budget"_s);
        QCOMPARE(entries[0].changes[0].before.toDouble(), 20'000'000.0);
        QCOMPARE(entries[0].changes[0].after.toDouble(), 25'000'000.0);
        QCOMPARE(entries[1].reason, u"CFO asked"_s);
        QVERIFY(entries[1].changes[0].path.endsWith(u".cpl"_s));
        QCOMPARE(entries[1].hash, chainHash(entries[0].hash, entries[1]));

        // A later save appends after them.
        QVERIFY(reopened.setBudget(1, 26'000'000).ok());
        QVERIFY(reopened.save().ok());
        PlanDocument third;
        QVERIFY(third.open(path).ok());
        QCOMPARE(third.historyEntries().size(), std::size_t(3));
        QVERIFY(third.chainCheck().verified);
    }

    void actionsWriteNumbersAsTyped()
    {
        QTemporaryDir folder;
        auto document = documentAt(folder.filePath(u"p.cplan"_s));
        QVERIFY(document);
        QVERIFY(document->setChannelDriver(0, 1, ChannelDriver::Cpl, 12.0 * 1.2).ok());
        QCOMPARE(document->pendingEntries().back().action, u"Set CPL of Short video ads to 14.4"_s);
    }

    void undoOfAnUnsavedStepLeavesNoEntry()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        auto document = documentAt(path);
        QVERIFY(document);
        QVERIFY(document->setBudget(0, 21'000'000).ok());
        document->undoStack()->undo();
        QVERIFY(document->pendingEntries().empty());
        document->undoStack()->redo();
        QCOMPARE(document->pendingEntries().size(), std::size_t(1));
        QVERIFY(document->save().ok());
        // Undoing a saved step is a change of its own.
        document->undoStack()->undo();
        QCOMPARE(document->pendingEntries().size(), std::size_t(1));
        QVERIFY(document->pendingEntries()[0].action.startsWith(u"Undo: "_s));
        QCOMPARE(document->pendingEntries()[0].changes[0].after.toDouble(), 20'000'000.0);
    }

    void quickCorrectionsOfOneCellAreOneEntry()
    {
        QTemporaryDir folder;
        auto document = documentAt(folder.filePath(u"p.cplan"_s));
        QVERIFY(document);
        QVERIFY(document->setChannelDriver(0, 0, ChannelDriver::Cpl, 46.0).ok());
        QVERIFY(document->setChannelDriver(0, 0, ChannelDriver::Cpl, 47.0).ok());
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(document->pendingEntries().size(), std::size_t(1));
        QCOMPARE(document->pendingEntries()[0].changes[0].before.toDouble(), 45.0);
        QCOMPARE(document->pendingEntries()[0].changes[0].after.toDouble(), 47.0);
        // Typed back to where it was: nothing left.
        QVERIFY(document->setChannelDriver(0, 0, ChannelDriver::Cpl, 45.0).ok());
        QVERIFY(document->pendingEntries().empty());
    }

    void approvedScenarioRefusesEveryEdit()
    {
        QTemporaryDir folder;
        auto document = documentAt(folder.filePath(u"p.cplan"_s));
        QVERIFY(document);
        QVERIFY(document->signoff(0, SignoffAction::Submit).ok());
        QVERIFY(document->signoff(0, SignoffAction::Approve).ok());
        QVERIFY(document->plan().scenarios[0].signoff.state == SignoffState::Approved);
        QCOMPARE(document->plan().scenarios[0].signoff.approvedBy, u"Li Wei"_s);
        const Plan before = document->plan();
        const std::vector<std::pair<const char *, std::function<Status()>>> edits{
            {"budget",
             [&] {
                 return document->setBudget(0, 1'000'000);
             }},
            {"category share",
             [&] {
                 return document->setCategoryShare(0, 0, 0.5);
             }},
            {"share",
             [&] {
                 return document->setChannelDriver(0, 0, ChannelDriver::Share, 0.25);
             }},
            {"cpl",
             [&] {
                 return document->setChannelDriver(0, 0, ChannelDriver::Cpl, 50.0);
             }},
            {"saturation",
             [&] {
                 return document->setChannelDriver(0, 0, ChannelDriver::SaturationSpend, 5e5);
             }},
            {"carryover",
             [&] {
                 return document->setChannelDriver(0, 1, ChannelDriver::Carryover, 0.2);
             }},
            {"conversion",
             [&] {
                 return document->setChannelDriver(0, 0, ChannelDriver::Conversion, 0.2, 1);
             }},
            {"arpu",
             [&] {
                 return document->setChannelDriver(0, 0, ChannelDriver::ArpuMonthly, 300.0);
             }},
            {"margin",
             [&] {
                 return document->setChannelDriver(0, 0, ChannelDriver::Margin, 0.5);
             }},
            {"retention",
             [&] {
                 return document->setChannelDriver(0, 0, ChannelDriver::RetentionMonthly, 0.9);
             }},
            {"min share",
             [&] {
                 return document->setChannelDriver(0, 0, ChannelDriver::MinShare, 0.01);
             }},
            {"max share",
             [&] {
                 return document->setChannelDriver(0, 0, ChannelDriver::MaxShare, 0.9);
             }},
            {"phasing weight",
             [&] {
                 return document->setPhasingWeight(0, -1, 0, 0.3);
             }},
            {"phasing kind",
             [&] {
                 return document->setPhasingKind(0, -1, Phasing::Kind::Monthly);
             }},
            {"rename",
             [&] {
                 return document->renameScenario(0, u"Renamed"_s);
             }},
            {"remove",
             [&] {
                 return document->removeScenario(0);
             }},
            {"add channel",
             [&] {
                 return document->addChannel(u"Radio"_s);
             }},
            {"add stage",
             [&] {
                 return document->addStage(1, u"Trial"_s);
             }},
        };
        for (const auto &[name, edit] : edits) {
            const Status refused = edit();
            QVERIFY2(!refused.ok(), name);
            QVERIFY2(refused.error().contains(u"approved by Li Wei"_s),
                     qPrintable(refused.error()));
            QVERIFY2(refused.error().contains(u"New draft from this scenario"_s), name);
            QCOMPARE_PLANS(document->plan(), before);
        }
        // Other scenarios stay editable; a new draft from the approved one is editable.
        QVERIFY(document->setBudget(1, 26'000'000).ok());
        QVERIFY(document->newDraftFrom(0).ok());
        const int draft = int(document->plan().scenarios.size()) - 1;
        QVERIFY(document->plan().scenarios[std::size_t(draft)].signoff.isDraft());
        QVERIFY(document->setBudget(draft, 1'000'000).ok());
        // The approved scenario is the baseline for actuals now.
        QCOMPARE(document->plan().baselineScenarioIndex(), 0);
    }

    void signoffIsUndoableAndItsRulesHold()
    {
        QTemporaryDir folder;
        auto document = documentAt(folder.filePath(u"p.cplan"_s));
        QVERIFY(document);
        QVERIFY(!document->signoff(1, SignoffAction::Approve).ok()); // not submitted
        QVERIFY(document->signoff(1, SignoffAction::Submit).ok());
        QVERIFY(!document->setBudget(1, 1.0).ok());                 // submitted refuses too
        QVERIFY(!document->signoff(1, SignoffAction::Return).ok()); // needs a comment
        QVERIFY(document->signoff(1, SignoffAction::Return, u"CAC too high"_s).ok());
        QVERIFY(document->plan().scenarios[1].signoff.isDraft());
        QCOMPARE(document->plan().scenarios[1].signoff.comment, u"CAC too high"_s);
        QVERIFY(document->signoff(1, SignoffAction::Submit).ok());
        QVERIFY(document->signoff(1, SignoffAction::Approve).ok());
        QVERIFY(document->signoff(1, SignoffAction::Lock).ok());
        QVERIFY(document->plan().scenarios[1].signoff.state == SignoffState::Locked);
        QCOMPARE(document->plan().baselineScenarioIndex(), 1);
        document->undoStack()->undo(); // lock
        document->undoStack()->undo(); // approve
        QVERIFY(document->plan().scenarios[1].signoff.state == SignoffState::Submitted);
        document->undoStack()->redo();
        QVERIFY(document->plan().scenarios[1].signoff.state == SignoffState::Approved);
        QCOMPARE(document->pendingEntries().back().action, u"Approve “Plan B (CNY 25M)”"_s);
    }

    void versionsAreStoredViewedAndRestored()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        auto document = documentAt(path);
        QVERIFY(document);
        const Plan board = document->plan();
        QVERIFY(document->saveVersion(u"Board draft"_s, u"for the board"_s).ok());
        QVERIFY(!document->saveVersion(u"Board draft"_s, {}).ok()); // exists
        QVERIFY(!document->saveVersion(u"  "_s, {}).ok());
        QVERIFY(document->setBudget(0, 30'000'000).ok());
        QVERIFY(document->save().ok());
        QCOMPARE(document->versions().size(), std::size_t(1));
        QCOMPARE(document->versions()[0].author, u"Li Wei"_s);
        const Result<Plan> content = document->versionContent(u"Board draft"_s);
        QVERIFY(content.ok());
        QCOMPARE_PLANS(*content, board);

        // Restore as the plan: one undo step.
        const int steps = document->undoStack()->count();
        QVERIFY(document->restoreVersion(u"Board draft"_s, false).ok());
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE_PLANS(document->plan(), board);
        document->undoStack()->undo();
        QCOMPARE(document->plan().scenarios[0].budget, 30'000'000.0);
        // As new scenarios.
        QVERIFY(document->restoreVersion(u"Board draft"_s, true).ok());
        QCOMPARE(document->plan().scenarios.size(), board.scenarios.size() * 2);
        QCOMPARE(document->plan().scenarios.back().name,
                 board.scenarios.back().name + u" (Board draft)"_s);

        // Reopened, the version is still there, and so through JSON.
        const QString json = folder.filePath(u"p.json"_s);
        QVERIFY(document->saveAs(json).ok());
        PlanDocument fromJson;
        QVERIFY(fromJson.open(json).ok());
        QCOMPARE(fromJson.versions().size(), std::size_t(1));
        QVERIFY(fromJson.chainCheck().verified);
        QCOMPARE(fromJson.historyEntries().size(), document->historyEntries().size());
        QCOMPARE_PLANS(*fromJson.versionContent(u"Board draft"_s), board);
        // And back into a .cplan.
        const QString again = folder.filePath(u"again.cplan"_s);
        QVERIFY(fromJson.saveAs(again).ok());
        PlanDocument fromCplan;
        QVERIFY(fromCplan.open(again).ok());
        QVERIFY(fromCplan.chainCheck().verified);
        QCOMPARE(fromCplan.historyEntries().size(), document->historyEntries().size());
        QCOMPARE_PLANS(*fromCplan.versionContent(u"Board draft"_s), board);
    }

    void twoWindowsNeverLoseAChangeSilently()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        QVERIFY(documentAt(path));
        PlanDocument first;
        PlanDocument second;
        QVERIFY(first.open(path).ok());
        QVERIFY(second.open(path).ok());
        QVERIFY(first.setBudget(0, 21'000'000).ok());
        QVERIFY(first.save().ok());
        QVERIFY(second.setBudget(1, 26'000'000).ok());
        const Status stale = second.save();
        QVERIFY(!stale.ok()); // the other window's save is not written over unasked
        QVERIFY2(stale.error().contains(u"history changed since it was read"_s),
                 qPrintable(stale.error()));
        PlanDocument check;
        QVERIFY(check.open(path).ok());
        QCOMPARE(check.plan().scenarios[0].budget, 21'000'000.0);
        // "Replace with mine": the other window's entry stays, one entry records the replacement.
        QVERIFY(second.saveOverOtherChanges().ok());
        PlanDocument after;
        QVERIFY(after.open(path).ok());
        QVERIFY(after.chainCheck().verified);
        const std::vector<HistoryEntry> entries = after.historyEntries();
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[1].changes.size(), std::size_t(2)); // budget 0 back, budget 1 set
        QCOMPARE_PLANS(after.plan(), second.plan());
    }

    void anAlteredEntryIsNamedOnOpen()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        auto document = documentAt(path);
        QVERIFY(document);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(document->setBudget(0, 20'000'000 + 1000 * (i + 1)).ok());
            QVERIFY(document->save().ok());
        }
        document.reset();
        QVERIFY(runSql(path, u"UPDATE history SET entry = replace(entry, '20003000', "
                             "'20009000') WHERE seq = 3"_s));
        PlanDocument reopened;
        QSignalSpy checked(&reopened, &PlanDocument::historyChecked);
        QVERIFY(reopened.open(path).ok()); // it opens, and says which entry (in the background)
        QVERIFY(checked.wait(10000));
        QVERIFY(reopened.home().historyLoaded());
        QVERIFY(!reopened.chainCheck().verified);
        QCOMPARE(reopened.chainCheck().alteredAt, std::optional<qint64>(3));
        QVERIFY2(reopened.chainCheck().message.contains(u"history entry 3"_s),
                 qPrintable(reopened.chainCheck().message));
    }

    void askingEarlyWaitsForTheBackgroundCheck()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        auto document = documentAt(path);
        QVERIFY(document);
        QVERIFY(document->setBudget(0, 21'000'000).ok());
        QVERIFY(document->save().ok());
        PlanDocument reopened;
        QSignalSpy checked(&reopened, &PlanDocument::historyChecked);
        QVERIFY(reopened.open(path).ok());
        // Asked before the worker is done: the answer is the worker's, and the window that
        // waits for the signal still gets it.
        QVERIFY(reopened.chainCheck().verified);
        QCOMPARE(reopened.historyEntries().size(), std::size_t(1));
        QVERIFY(checked.count() == 1 || checked.wait(10000));
        QCOMPARE(checked.count(), 1);
    }

    void entriesCutFromTheEndAreNamed()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.cplan"_s);
        auto document = documentAt(path);
        QVERIFY(document);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(document->setBudget(0, 20'000'000 + 1000 * (i + 1)).ok());
            QVERIFY(document->save().ok());
        }
        document.reset();
        PlanDocument intact;
        QVERIFY(intact.open(path).ok());
        QVERIFY(intact.chainCheck().verified);
        QVERIFY(runSql(path, u"DELETE FROM history WHERE seq >= 3"_s));
        PlanDocument reopened;
        QVERIFY(reopened.open(path).ok());
        QVERIFY(!reopened.chainCheck().verified);
        QCOMPARE(reopened.chainCheck().alteredAt, std::optional<qint64>(3));
        QVERIFY2(reopened.chainCheck().message.contains(u"ends at entry 4"_s),
                 qPrintable(reopened.chainCheck().message));
    }
};

QTEST_GUILESS_MAIN(PlanHistoryTest)
#include "PlanHistoryTest.moc"
