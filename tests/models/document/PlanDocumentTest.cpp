// PlanDocument: undo/redo of every edit, merging, refusal, normalising, renaming, the file
// lifecycle (failed open/save leave the document as it was) and autosave/recovery.

#include "models/document/PlanDocument.h"
#include "models/domain/PlanValidator.h"
#include "models/domain/ViolationSentence.h"
#include "models/engine/Projection.h"
#include "models/storage/PlanIo.h"
#include "models/storage/PlanJson.h"
#include "support/PlanComparison.h"

#include "TestPaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace cplan;

namespace {

const QString search = QStringLiteral("Search (long-tail keywords)");

std::unique_ptr<PlanDocument> sampleDocument(const QString &recoveryFolder = {})
{
    auto document = std::make_unique<PlanDocument>();
    if (!recoveryFolder.isEmpty())
        document->setRecoveryFolder(recoveryFolder);
    document->resetTo(samplePlan());
    return document;
}

} // namespace

class PlanDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsBlankAndValid();
    void channelRenameAndRemovalFollowTheGates();
    void undoRedoOfEveryCommandRestoresTheExactPlan();
    void repeatedEditsOfOneCellMerge();
    void invalidInputIsRefusedWithTheValidatorsMessage();
    void offSumIsAllowedShownAndNormalised();
    void renamingAChannelRenamesItsActuals();
    void pastActualsFollowChannelsAndStages();
    void stagesKeepConversionVectorsAligned();
    void activeScenarioStaysValidAfterUndoOfCreate();
    void projectionFollowsEdits();
    void saveOpenRoundTripAndModifiedMark();
    void failedOpenLeavesTheDocumentUntouched();
    void failedSaveLeavesTheDocumentModified();
    void autosaveWritesAfterTheIntervalWhileModified();
    void crashedSessionCanBeListedAndRestored();
    void aRecoveryRecordNamingANonPlanIsNotSavedOverIt();
    void cleanCloseRemovesTheRecoveryFile();
    void baselineScenarioFollowsRenameAndRemove();

private:
    QTemporaryDir m_folder;
};

void PlanDocumentTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
}

void PlanDocumentTest::startsBlankAndValid()
{
    PlanDocument document;
    QCOMPARE(document.plan(), blankPlan());
    QVERIFY(document.violations().empty());
    QVERIFY(!document.isModified());
    QCOMPARE(document.displayName(), QStringLiteral("Untitled"));
    QVERIFY(document.projection() != nullptr);
}

void PlanDocumentTest::undoRedoOfEveryCommandRestoresTheExactPlan()
{
    auto document = sampleDocument(m_folder.filePath(QStringLiteral("undo")));
    PlanDocument &d = *document;
    Target target{QStringLiteral("cac"), Comparison::LessOrEqual, 900.0, QStringLiteral("CAC")};
    Milestone milestone;
    milestone.id = QStringLiteral("M9");
    milestone.name = QStringLiteral("Launch");
    milestone.planned = QStringLiteral("2025-05-31");
    Phasing monthly{Phasing::Kind::Monthly, std::vector<double>(18, 1.0)}; // months = 18 by then

    const std::vector<std::pair<const char *, std::function<Status()>>> edits = {
        {"setting name",
         [&] {
             return d.setSetting(PlanSetting::Name, QStringLiteral("X"));
         }},
        {"setting months",
         [&] {
             return d.setSetting(PlanSetting::Months, 18);
         }},
        {"setting discount",
         [&] {
             return d.setSetting(PlanSetting::DiscountRateAnnual, 0.05);
         }},
        {"setting status date",
         [&] {
             return d.setSetting(PlanSetting::StatusDate, QDate(2025, 8, 1));
         }},
        {"add stage",
         [&] {
             return d.addStage(1, QStringLiteral("Qualified"));
         }},
        {"rename stage",
         [&] {
             return d.renameStage(1, QStringLiteral("Qualified leads"));
         }},
        {"move stage",
         [&] {
             return d.moveStage(1, 2);
         }},
        {"remove stage",
         [&] {
             return d.removeStage(2);
         }},
        {"add category",
         [&] {
             return d.addCategory(QStringLiteral("Brand"), CategoryKind::Overhead);
         }},
        {"rename category",
         [&] {
             return d.renameCategory(4, QStringLiteral("Brand work"));
         }},
        {"category kind",
         [&] {
             return d.setCategoryKind(4, CategoryKind::Reserve);
         }},
        {"move category",
         [&] {
             return d.moveCategory(4, 0);
         }},
        {"category share",
         [&] {
             return d.setCategoryShare(0, 1, 0.5);
         }},
        {"normalise categories",
         [&] {
             return d.normaliseCategoryShares(0);
         }},
        {"remove category",
         [&] {
             return d.removeCategory(0);
         }},
        {"add channel",
         [&] {
             return d.addChannel(QStringLiteral("Radio"), QStringLiteral("Old"));
         }},
        {"rename channel",
         [&] {
             return d.renameChannel(0, QStringLiteral("Search"));
         }},
        {"channel group",
         [&] {
             return d.setChannelGroup(1, QStringLiteral("Video"));
         }},
        {"move channel",
         [&] {
             return d.moveChannel(6, 0);
         }},
        {"driver cpl",
         [&] {
             return d.setChannelDriver(0, 1, ChannelDriver::Cpl, 48.0);
         }},
        {"driver saturation none",
         [&] {
             return d.setChannelDriver(0, 1, ChannelDriver::SaturationSpend, QVariant());
         }},
        {"driver conversion",
         [&] {
             return d.setChannelDriver(1, 2, ChannelDriver::Conversion, 0.4, 1);
         }},
        {"channel share",
         [&] {
             return d.setChannelDriver(0, 2, ChannelDriver::Share, 0.5);
         }},
        {"normalise channels",
         [&] {
             return d.normaliseChannelShares(0);
         }},
        {"budget",
         [&] {
             return d.setBudget(1, 30000000.0);
         }},
        {"phasing monthly",
         [&] {
             return d.setPhasingKind(0, -1, Phasing::Kind::Monthly);
         }},
        {"phasing weight",
         [&] {
             return d.setPhasingWeight(0, -1, 3, 2.5);
         }},
        {"channel override",
         [&] {
             return d.setPhasing(0, 2, monthly);
         }},
        {"override quarterly",
         [&] {
             return d.setPhasingKind(0, 2, Phasing::Kind::Quarterly);
         }},
        {"remove override",
         [&] {
             return d.setPhasing(0, 2, std::nullopt);
         }},
        {"create scenario",
         [&] {
             return d.createScenario(0);
         }},
        {"rename scenario",
         [&] {
             return d.renameScenario(3, QStringLiteral("Stretch"));
         }},
        {"move scenario",
         [&] {
             return d.moveScenario(3, 0);
         }},
        {"remove scenario",
         [&] {
             return d.removeScenario(1);
         }},
        {"add target",
         [&] {
             return d.addTarget(target);
         }},
        {"set target",
         [&] {
             Target changed = target;
             changed.value = 800.0;
             return d.setTarget(5, changed);
         }},
        {"remove target",
         [&] {
             return d.removeTarget(0);
         }},
        {"add milestone",
         [&] {
             return d.addMilestone(milestone);
         }},
        {"set milestone id",
         [&] {
             Milestone changed = d.plan().milestones[0];
             changed.id = QStringLiteral("M1a");
             return d.setMilestone(0, changed);
         }},
        {"remove milestone",
         [&] {
             return d.removeMilestone(1);
         }},
        {"set actual",
         [&] {
             return d.setActual(QStringLiteral("2025-04"), QStringLiteral("Search"), 1000.0,
                                {10.0});
         }},
        {"clear actual",
         [&] {
             return d.setActual(QStringLiteral("2025-02"), QStringLiteral("Short video ads"),
                                std::nullopt, {});
         }},
        {"remove channel",
         [&] {
             return d.removeChannel(1);
         }},
        {"setting months back",
         [&] {
             return d.setSetting(PlanSetting::Months, 12);
         }},
    };

    std::vector<Plan> states{d.plan()};
    std::vector<QString> texts;
    for (const auto &[name, edit] : edits) {
        const Status status = edit();
        QVERIFY2(status.ok(), qPrintable(QLatin1String(name) + QLatin1String(": ") +
                                         (status.ok() ? QString() : status.error())));
        QVERIFY2(d.plan() != states.back(), name);
        QCOMPARE(d.undoStack()->count(), static_cast<int>(states.size()));
        QVERIFY2(!d.undoStack()->text(d.undoStack()->count() - 1).isEmpty(), name);
        // Aligned vectors stay aligned after every structural edit.
        for (const Scenario &scenario : d.plan().scenarios) {
            QCOMPARE(scenario.channels.size(), d.plan().channels.size());
            QCOMPARE(scenario.categoryShares.size(), d.plan().categories.size());
            for (const ChannelDrivers &drivers : scenario.channels)
                QCOMPARE(static_cast<qsizetype>(drivers.conversion.size()),
                         d.plan().stages.size() - 1);
        }
        QVERIFY(d.activeScenarioIndex() < static_cast<int>(d.plan().scenarios.size()));
        states.push_back(d.plan());
    }
    for (int i = static_cast<int>(states.size()) - 2; i >= 0; --i) {
        d.undoStack()->undo();
        QCOMPARE_PLANS(d.plan(), states[i]);
        QVERIFY(d.activeScenarioIndex() < static_cast<int>(d.plan().scenarios.size()));
    }
    QVERIFY(!d.isModified());
    for (std::size_t i = 1; i < states.size(); ++i) {
        d.undoStack()->redo();
        QCOMPARE_PLANS(d.plan(), states[i]);
    }
}

void PlanDocumentTest::repeatedEditsOfOneCellMerge()
{
    auto document = sampleDocument();
    const Plan before = document->plan();
    QVERIFY(document->setChannelDriver(0, 0, ChannelDriver::Cpl, 46.0).ok());
    QVERIFY(document->setChannelDriver(0, 0, ChannelDriver::Cpl, 47.0).ok());
    QVERIFY(document->setChannelDriver(0, 0, ChannelDriver::Cpl, 48.0).ok());
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->text(0), QStringLiteral("Set CPL of %1 to 48").arg(search));
    QCOMPARE(document->plan().scenarios[0].channels[0].cpl, 48.0);
    // Another cell is another step.
    QVERIFY(document->setChannelDriver(0, 1, ChannelDriver::Cpl, 13.0).ok());
    QCOMPARE(document->undoStack()->count(), 2);
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->plan(), before);
}

void PlanDocumentTest::invalidInputIsRefusedWithTheValidatorsMessage()
{
    auto document = sampleDocument();
    const Plan before = document->plan();
    const Status refused = document->setChannelDriver(0, 0, ChannelDriver::Conversion, 1.4, 1);
    QVERIFY(!refused.ok());
    Plan edited = before;
    edited.scenarios[0].channels[0].conversion[1] = 1.4;
    QString expected;
    for (const Violation &violation : validatePlan(edited)) {
        if (violation.path.endsWith(QStringLiteral(".conversion[1]")))
            expected = violationSentence(edited, violation); // the window's words, not the path
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(refused.error(), expected);
    QCOMPARE(document->plan(), before);
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!document->isModified());

    QVERIFY(!document->setChannelDriver(0, 0, ChannelDriver::Cpl, QStringLiteral("abc")).ok());
    QVERIFY(!document->renameChannel(0, QStringLiteral("Short video ads")).ok());
    QVERIFY(!document->removeScenario(0).ok() || document->plan().scenarios.size() == 2);
    QVERIFY(!document->setSetting(PlanSetting::Months, 0).ok());
    QCOMPARE(document->plan().months, 12);
}

void PlanDocumentTest::offSumIsAllowedShownAndNormalised()
{
    auto document = sampleDocument();
    QVERIFY(!document->categoryShareSum(0).off);
    QVERIFY(document->setCategoryShare(0, 0, 0.8).ok());
    const ShareSum sum = document->categoryShareSum(0);
    QVERIFY(sum.off);
    QVERIFY(qAbs(sum.sum - 1.2) < 1e-12);
    QVERIFY(!document->violations().empty()); // the sum is reported at the list
    QVERIFY(document->normaliseCategoryShares(0).ok());
    QVERIFY(!document->categoryShareSum(0).off);
    QCOMPARE(document->undoStack()->text(1), QStringLiteral("Normalise category shares"));
    QVERIFY(qAbs(document->plan().scenarios[0].categoryShares[0] - 0.8 / 1.2) < 1e-15);
    QVERIFY(document->violations().empty());

    QVERIFY(document->setChannelDriver(0, 0, ChannelDriver::Share, 0.3).ok());
    QVERIFY(document->channelShareSum(0).off);
    QVERIFY(document->normaliseChannelShares(0).ok());
    QVERIFY(!document->channelShareSum(0).off);
}

void PlanDocumentTest::renamingAChannelRenamesItsActuals()
{
    auto document = sampleDocument();
    const qsizetype searchActuals =
        std::count_if(document->plan().actuals.begin(), document->plan().actuals.end(),
                      [](const Actual &a) { return a.channel == search; });
    QVERIFY(searchActuals > 0);
    QVERIFY(document->renameChannel(0, QStringLiteral("Search")).ok());
    QCOMPARE(document->undoStack()->text(0),
             QStringLiteral("Rename channel %1 to Search").arg(search));
    const Plan &plan = document->plan();
    QCOMPARE(plan.channels[0].name, QStringLiteral("Search"));
    QCOMPARE(std::count_if(plan.actuals.begin(), plan.actuals.end(),
                           [](const Actual &a) { return a.channel == QLatin1String("Search"); }),
             searchActuals);
    QVERIFY(std::none_of(plan.actuals.begin(), plan.actuals.end(),
                         [](const Actual &a) { return a.channel == search; }));
    // Every scenario's drivers are aligned by position, so each still has the channel.
    for (const Scenario &scenario : plan.scenarios)
        QCOMPARE(scenario.channels.size(), plan.channels.size());
    QVERIFY(document->violations().empty());
}

// The past actuals calibration fits to (MODEL.md §5.6) follow the plan's channels and stages as
// the actuals do, and undo brings every row back exactly.
void PlanDocumentTest::pastActualsFollowChannelsAndStages()
{
    Plan plan = samplePlan();
    plan.pastActuals = plan.actuals;
    for (Actual &past : plan.pastActuals)
        past.month = QStringLiteral("2024") + past.month.mid(4);
    auto document = std::make_unique<PlanDocument>();
    document->resetTo(plan);
    const QString second = plan.channels[1].name;
    QVERIFY(document->renameChannel(0, QStringLiteral("Search")).ok());
    QVERIFY(document->removeStage(1).ok());
    QVERIFY(document->removeChannel(1).ok());
    const Plan &edited = document->plan();
    QCOMPARE(edited.pastActuals.size(), edited.actuals.size());
    for (std::size_t i = 0; i < edited.pastActuals.size(); ++i) {
        const Actual &past = edited.pastActuals[i];
        QVERIFY(past.channel != search && past.channel != second);
        QCOMPARE(past.channel, edited.actuals[i].channel);
        QCOMPARE(past.volumes, edited.actuals[i].volumes);
        QVERIFY(past.volumes.size() <= std::size_t(edited.stages.size()));
    }
    // Removing a channel and a stage breaks shares and targets, but no past row.
    for (const Violation &violation : document->violations())
        QVERIFY2(!violation.path.startsWith(QLatin1String("past_actuals")),
                 qPrintable(violation.text()));
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QVERIFY(document->plan() == plan);
}

void PlanDocumentTest::stagesKeepConversionVectorsAligned()
{
    auto document = sampleDocument();
    const double customersBefore = document->projection()->totals.customers;
    QVERIFY(document->addStage(1, QStringLiteral("Qualified")).ok());
    QCOMPARE(document->plan().stages.size(), 4);
    // The new stage passes everyone through, so the customers do not change.
    QVERIFY(qAbs(document->projection()->totals.customers - customersBefore) <=
            1e-9 * customersBefore);
    QVERIFY(document->violations().empty());
    QVERIFY(document->removeStage(1).ok());
    QVERIFY(document->removeStage(1).ok()); // merges two rates into one
    QCOMPARE(document->plan().stages.size(), 2);
    const auto &rates = document->plan().scenarios[0].channels[0].conversion;
    QCOMPARE(rates.size(), std::size_t(1));
    QVERIFY(qAbs(rates[0] - 0.3 * 0.12) < 1e-15);
    QVERIFY(qAbs(document->projection()->totals.customers - customersBefore) <=
            1e-9 * customersBefore);
    QVERIFY(!document->removeStage(0).ok()); // two stages at least
}

void PlanDocumentTest::activeScenarioStaysValidAfterUndoOfCreate()
{
    auto document = sampleDocument();
    QSignalSpy activeSpy(document.get(), &PlanDocument::activeScenarioChanged);
    QVERIFY(document->createScenario(2).ok());
    QCOMPARE(document->plan().scenarios.size(), std::size_t(4));
    QCOMPARE(document->activeScenarioIndex(), 3);
    QCOMPARE(document->activeScenario().name,
             QStringLiteral("Plan A + conversion programme (copy)"));
    QVERIFY(document->createScenario(2).ok());
    QCOMPARE(document->activeScenario().name,
             QStringLiteral("Plan A + conversion programme (copy 2)"));
    document->undoStack()->undo();
    QCOMPARE(document->activeScenarioIndex(), 3);
    document->undoStack()->undo();
    QCOMPARE(document->activeScenarioIndex(), 2);
    QVERIFY(activeSpy.count() >= 3);
    document->setActiveScenarioIndex(0);
    QVERIFY(document->removeScenario(0).ok());
    QVERIFY(document->activeScenarioIndex() < 2);
    QVERIFY(document->removeScenario(0).ok());
    QVERIFY(!document->removeScenario(0).ok());
}

void PlanDocumentTest::projectionFollowsEdits()
{
    auto document = sampleDocument();
    QVERIFY(document->projection());
    const Projection expected = project(document->plan(), document->plan().scenarios[0]);
    QCOMPARE(document->projection()->totals.customers, expected.totals.customers);
    QSignalSpy spy(document.get(), &PlanDocument::projectionChanged);
    QVERIFY(document->setBudget(0, 40000000.0).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(document->projection()->totals.channelSpend, 40000000.0 * 0.6);
    document->setActiveScenarioIndex(1);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(document->projection()->scenario, document->plan().scenarios[1].name);
}

void PlanDocumentTest::saveOpenRoundTripAndModifiedMark()
{
    auto document = sampleDocument(m_folder.filePath(QStringLiteral("roundtrip")));
    QSignalSpy modifiedSpy(document.get(), &PlanDocument::modifiedChanged);
    QVERIFY(!document->save().ok()); // untitled
    QVERIFY(document->setBudget(0, 21000000.0).ok());
    QVERIFY(document->isModified());
    QCOMPARE(modifiedSpy.count(), 1);
    const QString path = m_folder.filePath(QStringLiteral("plan.cplan"));
    const Status saved = document->saveAs(path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
    QVERIFY(!document->isModified());
    QCOMPARE(document->displayName(), QStringLiteral("plan.cplan"));
    QCOMPARE(document->fileFormat(), PlanFormat::Cplan);

    PlanDocument reopened;
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(reopened.plan(), document->plan());
    QVERIFY(!reopened.isModified());
    QVERIFY(reopened.setBudget(0, 1.0).ok());
    QVERIFY(reopened.revert().ok());
    QCOMPARE(reopened.plan(), document->plan());
    QCOMPARE(reopened.undoStack()->count(), 0);

    const QString jsonPath = m_folder.filePath(QStringLiteral("plan.json"));
    QVERIFY(document->saveAs(jsonPath).ok());
    QCOMPARE(document->fileFormat(), PlanFormat::Json);
    QVERIFY(reopened.open(jsonPath).ok());
    QCOMPARE(reopened.plan(), document->plan());
}

void PlanDocumentTest::failedOpenLeavesTheDocumentUntouched()
{
    auto document = sampleDocument();
    QVERIFY(document->setBudget(0, 22000000.0).ok());
    const Plan before = document->plan();
    const Status missing = document->open(m_folder.filePath(QStringLiteral("missing.cplan")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QStringLiteral("missing.cplan")));
    QFile garbage(m_folder.filePath(QStringLiteral("garbage.cplan")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a plan at all");
    garbage.close();
    QVERIFY(!document->open(garbage.fileName()).ok());
    QCOMPARE(document->plan(), before);
    QVERIFY(document->isModified());
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(document->filePath().isEmpty());
}

void PlanDocumentTest::failedSaveLeavesTheDocumentModified()
{
    auto document = sampleDocument();
    QVERIFY(document->setBudget(0, 23000000.0).ok());
    const Status failed =
        document->saveAs(m_folder.filePath(QStringLiteral("no-such-folder/plan.cplan")));
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error().isEmpty());
    QVERIFY(document->isModified());
    QVERIFY(document->filePath().isEmpty());
    QCOMPARE(document->plan().scenarios[0].budget, 23000000.0);
}

void PlanDocumentTest::autosaveWritesAfterTheIntervalWhileModified()
{
    const QString folder = m_folder.filePath(QStringLiteral("autosave"));
    auto document = sampleDocument(folder);
    document->setAutosaveInterval(std::chrono::milliseconds(30));
    document->setClock([] { return QDateTime(QDate(2025, 7, 1), QTime(9, 30), Qt::UTC); });
    QSignalSpy spy(document.get(), &PlanDocument::autosaved);
    QTest::qWait(100);
    QCOMPARE(spy.count(), 0); // not modified: nothing to write
    QVERIFY(!QFile::exists(document->recoveryFilePath()));
    QVERIFY(document->setBudget(0, 24000000.0).ok());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(document->recoveryFilePath()), 2000);
    QCOMPARE(spy.first().at(1).toString(), QString());
    // Another session sees no crash while this one is alive.
    QVERIFY(PlanDocument::listRecoveries(folder).empty());
    document->undoStack()->undo(); // back to clean: the timer stops
    QVERIFY(!document->isModified());
}

void PlanDocumentTest::crashedSessionCanBeListedAndRestored()
{
    const QString folder = m_folder.filePath(QStringLiteral("crash"));
    const QString original = m_folder.filePath(QStringLiteral("crash-original.cplan"));
    Plan edited;
    {
        auto crashed = sampleDocument(folder);
        QVERIFY(crashed->saveAs(original).ok());
        QVERIFY(crashed->setBudget(0, 26000000.0).ok());
        QVERIFY(crashed->renameChannel(1, QStringLiteral("Video")).ok());
        crashed->setClock([] { return QDateTime(QDate(2025, 7, 2), QTime(8, 0), Qt::UTC); });
        QVERIFY(crashed->autosaveNow().ok());
        edited = crashed->plan();
        // The session ends without close(): what a crash leaves behind.
    }
    PlanDocument next;
    next.setRecoveryFolder(folder);
    const auto entries = next.recoverableSessions();
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].originalPath, QFileInfo(original).absoluteFilePath());
    QCOMPARE(entries[0].savedAt, QDateTime(QDate(2025, 7, 2), QTime(8, 0), Qt::UTC));
    QCOMPARE(entries[0].planName, edited.name);
    QVERIFY(next.restoreRecovery(entries[0]).ok());
    QCOMPARE(next.plan(), edited);
    QVERIFY(next.isModified());
    QCOMPARE(next.filePath(), QFileInfo(original).absoluteFilePath());
    QVERIFY(next.recoverableSessions().empty()); // it is this session's file now
    QVERIFY(next.save().ok());
    QVERIFY(!next.isModified());
    QVERIFY(!QFile::exists(entries[0].recoveryPath));
    QVERIFY(PlanDocument::listRecoveries(folder).empty());
    PlanDocument check;
    QVERIFY(check.open(original).ok());
    QCOMPARE(check.plan(), edited);
}

// Issue 21, A.15: a tampered recovery record whose original path names a user's text file.
// Restore brings the plan back as never saved; Save refuses and the text file is untouched.
void PlanDocumentTest::aRecoveryRecordNamingANonPlanIsNotSavedOverIt()
{
    const QString folder = m_folder.filePath(QStringLiteral("tampered"));
    const QString notes = m_folder.filePath(QStringLiteral("notes.txt"));
    const QByteArray notesText = "my notes, not a plan\n";
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(notesText) == notesText.size());
    }
    {
        auto crashed = sampleDocument(folder);
        QVERIFY(crashed->setBudget(0, 26000000.0).ok());
        QVERIFY(crashed->autosaveNow().ok());
    }
    // The sidecar is rewritten by someone else to name the text file.
    const QDir dir(folder);
    const QStringList sidecars = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(sidecars.size(), 1);
    {
        QFile sidecar(dir.filePath(sidecars.front()));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        QJsonObject object = QJsonDocument::fromJson(sidecar.readAll()).object();
        sidecar.close();
        object.insert(QStringLiteral("original_path"), QFileInfo(notes).absoluteFilePath());
        QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sidecar.write(QJsonDocument(object).toJson());
    }
    PlanDocument next;
    next.setRecoveryFolder(folder);
    const auto entries = next.recoverableSessions();
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].originalPath, QFileInfo(notes).absoluteFilePath());
    QVERIFY(next.restoreRecovery(entries[0]).ok());
    QVERIFY(next.isModified());
    QCOMPARE(next.filePath(), QString());
    QVERIFY(!next.save().ok());
    QFile file(notes);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), notesText);
    QVERIFY(!QFile::exists(notes + QStringLiteral(".bak")));
}

void PlanDocumentTest::cleanCloseRemovesTheRecoveryFile()
{
    const QString folder = m_folder.filePath(QStringLiteral("close"));
    auto document = sampleDocument(folder);
    QVERIFY(document->setBudget(0, 27000000.0).ok());
    QVERIFY(document->autosaveNow().ok());
    const QString path = document->recoveryFilePath();
    QVERIFY(QFile::exists(path));
    document->close();
    QVERIFY(!QFile::exists(path));
    QCOMPARE(document->plan(), blankPlan());
    QVERIFY(!document->isModified());
    document.reset();
    QVERIFY(PlanDocument::listRecoveries(folder).empty());
}

void PlanDocumentTest::baselineScenarioFollowsRenameAndRemove()
{
    PlanDocument document;
    document.resetTo(samplePlan());
    // Default: the first scenario, whichever is active.
    document.setActiveScenarioIndex(2);
    QCOMPARE(document.baselineScenarioIndex(), 0);
    QVERIFY(document.baselineProjection());
    QCOMPARE(document.baselineProjection()->scenario, document.plan().scenarios[0].name);
    QVERIFY(document.setSetting(PlanSetting::BaselineScenario, QStringLiteral("Plan B (CNY 25M)"))
                .ok());
    QCOMPARE(document.baselineScenarioIndex(), 1);
    QCOMPARE(document.baselineProjection()->totals.budget, 25e6);
    QVERIFY(!document.setSetting(PlanSetting::BaselineScenario, QStringLiteral("Plan Z")).ok());
    QVERIFY(document.renameScenario(1, QStringLiteral("Stretch")).ok());
    QCOMPARE(document.plan().baselineScenario, QStringLiteral("Stretch"));
    QVERIFY(document.violations().empty());
    document.undoStack()->undo();
    QCOMPARE(document.plan().baselineScenario, QStringLiteral("Plan B (CNY 25M)"));
    QVERIFY(document.removeScenario(1).ok());
    QVERIFY(document.plan().baselineScenario.isEmpty());
    QVERIFY(document.violations().empty());
    QCOMPARE(document.baselineScenarioIndex(), 0);
    document.undoStack()->undo();
    QCOMPARE(document.plan().baselineScenario, QStringLiteral("Plan B (CNY 25M)"));
}

void PlanDocumentTest::channelRenameAndRemovalFollowTheGates()
{
    // MODEL.md §6 "Gates" name channels: they follow a rename and go with a removed channel,
    // so neither edit leaves a gate that the validator refuses.
    auto document = sampleDocument();
    Milestone m2 = document->plan().milestones[1];
    m2.gates = {search, QStringLiteral("Short video ads")};
    QVERIFY(document->setMilestone(1, m2).ok());
    QVERIFY(document->renameChannel(0, QStringLiteral("Search")).ok());
    QCOMPARE(document->plan().milestones[1].gates,
             (QStringList{QStringLiteral("Search"), QStringLiteral("Short video ads")}));
    QVERIFY(document->violations().empty());
    QVERIFY(document->removeChannel(1).ok());
    QCOMPARE(document->plan().milestones[1].gates, QStringList{QStringLiteral("Search")});
    // (The shares no longer sum to 1; no gate is among the broken rules.)
    for (const Violation &violation : document->violations())
        QVERIFY2(!violation.path.contains(QStringLiteral("gates")), qPrintable(violation.path));
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->plan().milestones[1].gates, m2.gates);
}

QTEST_GUILESS_MAIN(PlanDocumentTest)
#include "PlanDocumentTest.moc"
