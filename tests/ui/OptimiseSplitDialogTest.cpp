// The "Optimise split…" dialog on the sample's Plan A: it shows the engine's optimal split,
// locks and goals reach the engine, infeasible bounds show the located error, and "save as
// scenario" is one undo step that undo removes completely.

#include "TestPaths.h"
#include "support/PlanComparison.h"

#include "models/document/PlanDocument.h"
#include "models/engine/GoalSeek.h"
#include "ui/dialogs/OptimiseSplitDialog.h"
#include "ui/widgets/FigureFormat.h"
#include "ui/widgets/Preferences.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cplan;

class OptimiseSplitDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_recovery;
    std::unique_ptr<PlanDocument> m_document;

    const Scenario &planA() const { return m_document->plan().scenarios.front(); }

private slots:
    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->setRecoveryFolder(m_recovery.path());
        QVERIFY(m_document->open(test::dataPath(QStringLiteral("brokerage-2025.json"))).ok());
        m_document->setActiveScenarioIndex(0);
    }

    void showsTheEnginesOptimalShares()
    {
        OptimiseSplitDialog dialog(m_document.get());
        const auto expected = optimizeSplit(m_document->plan(), planA());
        QVERIFY(expected.ok());
        QVERIFY(dialog.optimization().has_value());
        const OptimizerResult &shown = *dialog.optimization();
        QCOMPARE(shown.channels, expected->channels);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.table()->rowCount(), int(expected->channels.size()));
        for (int c = 0; c < dialog.table()->rowCount(); ++c) {
            const auto i = Eigen::Index(c);
            QCOMPARE(shown.optimal.shares[i], expected->optimal.shares[i]);
            QCOMPARE(dialog.table()->item(c, OptimiseSplitDialog::OptimalShareColumn)->text(),
                     formatFigure(expected->optimal.shares[i], FigureKind::Percent, {}));
            QCOMPARE(dialog.table()->item(c, OptimiseSplitDialog::ChannelColumn)->text(),
                     expected->channels.at(c));
        }
        // The sample's split is not optimal: the uplift is real and shown.
        QVERIFY(expected->uplift > 0.0);
        QVERIFY(dialog.summary()->text().contains(
            formatFigure(expected->uplift, FigureKind::Money, m_document->plan().currency)));
    }

    // Issue 22 E.23: a channel without saturation that takes 100 % is warned about.
    void unsaturatedChannelTakingEverythingIsWarned()
    {
        Plan plan = m_document->plan();
        for (ChannelDrivers &drivers : plan.scenarios.front().channels) {
            drivers.saturationSpend.reset();
            drivers.minShare = 0.0;
            drivers.maxShare = 1.0;
        }
        m_document->resetTo(plan);
        m_document->setActiveScenarioIndex(0);
        OptimiseSplitDialog dialog(m_document.get());
        QVERIFY(dialog.optimization().has_value());
        QVERIFY2(dialog.summary()->text().contains(QStringLiteral("no saturation spend")),
                 qPrintable(dialog.summary()->text()));
    }

    void saturatedSampleHasNoSuchWarning()
    {
        OptimiseSplitDialog dialog(m_document.get());
        QVERIFY(!dialog.summary()->text().contains(QStringLiteral("no saturation spend")));
    }

    void objectiveAndLocksReachTheEngine()
    {
        OptimiseSplitDialog dialog(m_document.get());
        dialog.setObjective(OptimizerObjective::Customers);
        dialog.setLocked(1, true);
        OptimizerOptions options;
        options.objective = OptimizerObjective::Customers;
        options.lockedChannels << m_document->plan().channels[1].name;
        const auto expected = optimizeSplit(m_document->plan(), planA(), options);
        QVERIFY(expected.ok());
        QVERIFY(dialog.optimization()->objective == OptimizerObjective::Customers);
        QCOMPARE(dialog.optimization()->optimal.shares[1], planA().channels[1].share);
        QVERIFY(
            (dialog.optimization()->optimal.shares - expected->optimal.shares).abs().maxCoeff() <
            1e-12);
    }

    void infeasibleBoundsShowTheLocatedError()
    {
        // Lock every channel but one whose maximum cannot take the rest: Σ max < 1.
        for (int c = 0; c < int(planA().channels.size()); ++c)
            QVERIFY(m_document
                        ->setChannelDriver(0, c, ChannelDriver::MaxShare,
                                           planA().channels[std::size_t(c)].share)
                        .ok());
        QVERIFY(m_document->setChannelDriver(0, 0, ChannelDriver::Share, 0.1).ok());
        QVERIFY(m_document->setChannelDriver(0, 0, ChannelDriver::MaxShare, 0.1).ok());
        OptimiseSplitDialog dialog(m_document.get());
        const auto expected = optimizeSplit(m_document->plan(), m_document->activeScenario());
        QVERIFY(!expected.ok());
        QCOMPARE(dialog.errorText(), expected.error());
        QVERIFY(!dialog.optimization().has_value());
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void unreachableGoalIsClear()
    {
        OptimiseSplitDialog dialog(m_document.get());
        dialog.setGoal(OptimiseSplitDialog::Goal::CacCap, 500.0);
        QVERIFY(dialog.goalSeek().has_value());
        QVERIFY(!dialog.goalSeek()->reachable);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.optimisedScenario(QStringLiteral("x")).has_value());

        const auto expected =
            seekGoal(m_document->plan(), planA(), GoalKind::ReachCustomers, 12000.0);
        QVERIFY(expected.ok() && expected->pool);
        dialog.setGoal(OptimiseSplitDialog::Goal::ReachCustomers, 12000.0);
        QVERIFY(dialog.goalSeek()->reachable);
        QCOMPARE(*dialog.goalSeek()->pool, *expected->pool);
        QVERIFY(dialog.saveButton()->isEnabled());
        const auto scenario = dialog.optimisedScenario(QStringLiteral("Reach 12k"));
        QVERIFY(scenario.has_value());
        QCOMPARE(scenario->budget, *expected->budget);
    }

    // Issue 22 B.9: the goal's answer writes amounts in the interface's style ("¥500", "¥1,234万"
    // in Chinese, not "500" and "12,345,678") and ends its sentences as the language does.
    void goalAnswersUseTheAmountStyleAndTheLanguage()
    {
        applyInterfaceLanguage(InterfaceLanguage::Chinese);
        applyNumberStyle(Preferences{});
        const auto restore = qScopeGuard([] {
            applyInterfaceLanguage(InterfaceLanguage::English);
            applyNumberStyle(Preferences{});
        });
        OptimiseSplitDialog dialog(m_document.get());
        dialog.setGoal(OptimiseSplitDialog::Goal::CacCap, 500.0);
        QVERIFY(!dialog.goalSeek()->reachable);
        QString text = dialog.goalAnswerText();
        QVERIFY2(text.contains(QStringLiteral("¥500")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("。")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('.')) ||
                     text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))),
                 qPrintable(text));

        dialog.setGoal(OptimiseSplitDialog::Goal::ReachCustomers, 12000.0);
        QVERIFY(dialog.goalSeek()->reachable);
        text = dialog.goalAnswerText();
        QVERIFY2(text.contains(QStringLiteral("12,000")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("万")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("。 ")) && !text.contains(QStringLiteral(". ")),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("。")), qPrintable(text));
        // The engine's sentence for the CLI keeps plain figures.
        QVERIFY2(!dialog.goalSeek()->explanation.contains(QStringLiteral("¥")),
                 qPrintable(dialog.goalSeek()->explanation));
    }

    // Issue 22 B.9: the marginal columns' titles say what their figures are, customers or
    // value, per extra amount of money ("每增投 1,000" named neither ¥ nor customers).
    void marginalTitlesFollowTheirFigures()
    {
        applyInterfaceLanguage(InterfaceLanguage::Chinese);
        applyNumberStyle(Preferences{});
        const auto restore = qScopeGuard([] {
            applyInterfaceLanguage(InterfaceLanguage::English);
            applyNumberStyle(Preferences{});
        });
        OptimiseSplitDialog dialog(m_document.get());
        const auto title = [&dialog](int column) {
            return dialog.table()->horizontalHeaderItem(column)->text();
        };
        dialog.setObjective(OptimizerObjective::Customers);
        for (int column : {OptimiseSplitDialog::CurrentMarginalColumn,
                           OptimiseSplitDialog::OptimalMarginalColumn}) {
            QVERIFY2(title(column).contains(QStringLiteral("¥1,000")), qPrintable(title(column)));
            QVERIFY2(title(column).contains(QStringLiteral("客户")), qPrintable(title(column)));
        }
        dialog.setObjective(OptimizerObjective::Value);
        for (int column : {OptimiseSplitDialog::CurrentMarginalColumn,
                           OptimiseSplitDialog::OptimalMarginalColumn}) {
            QVERIFY2(title(column).contains(QStringLiteral("¥1,000")), qPrintable(title(column)));
            QVERIFY2(title(column).contains(QStringLiteral("价值")), qPrintable(title(column)));
        }
    }

    void saveAsScenarioIsOneUndoStep()
    {
        const Plan before = m_document->plan();
        const int steps = m_document->undoStack()->count();
        OptimiseSplitDialog dialog(m_document.get());
        QString suggested;
        dialog.setNameQuestion([&](const QString &name) {
            suggested = name;
            return QStringLiteral("Plan A optimised");
        });
        dialog.saveButton()->click();
        QCOMPARE(suggested, QStringLiteral("Plan A (CNY 20M) (optimised)"));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        const Plan &after = m_document->plan();
        QCOMPARE(after.scenarios.size(), before.scenarios.size() + 1);
        const Scenario &added = after.scenarios.back();
        QCOMPARE(added.name, QStringLiteral("Plan A optimised"));
        QCOMPARE(m_document->activeScenarioIndex(), int(after.scenarios.size()) - 1);
        for (std::size_t c = 0; c < added.channels.size(); ++c)
            QCOMPARE(added.channels[c].share,
                     dialog.optimization()->optimal.shares[Eigen::Index(c)]);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        m_document->undoStack()->undo();
        QCOMPARE_PLANS(m_document->plan(), before);
    }

    void duplicateNameIsRefused()
    {
        OptimiseSplitDialog dialog(m_document.get());
        const int steps = m_document->undoStack()->count();
        const Status status = dialog.saveAsScenario(planA().name);
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(planA().name));
        QCOMPARE(m_document->undoStack()->count(), steps);
    }
};

QTEST_MAIN(OptimiseSplitDialogTest)
#include "OptimiseSplitDialogTest.moc"
