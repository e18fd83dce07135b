// The "Re-plan from actuals…" dialog on the sample's Plan A (status date 2025-07-01): it shows
// the engine's re-plan, inputs reach the engine, over-max channels and infeasible bounds are
// explained in currency before solving, a refused status date is shown, the chart marks the
// status date, and "save as scenario" is one undo step. Also writes the dialog's screenshots at
// 1280x800 and 1024x700 (light and dark) into $CPLAN_SCREENSHOT_DIR or ./screenshots.

#include "ScreenshotSupport.h"
#include "TestPaths.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/ValueFormat.h"
#include "ui/charts/ReplanChart.h"
#include "ui/dialogs/ReplanDialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cplan;

class ReplanDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_recovery;
    std::unique_ptr<PlanDocument> m_document;

    const Scenario &planA() const { return m_document->plan().scenarios.front(); }
    QString money(double amount) const
    {
        return ValueFormat::money(amount, m_document->plan().currency);
    }
    QString figure(double amount) const
    {
        return formatFigure(amount, FigureKind::Money, m_document->plan().currency);
    }

private slots:
    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->setRecoveryFolder(m_recovery.path());
        QVERIFY(m_document->open(test::dataPath(QStringLiteral("brokerage-2025.json"))).ok());
        m_document->setActiveScenarioIndex(0);
    }

    void showsTheEnginesReplan()
    {
        ReplanDialog dialog(m_document.get());
        QCOMPARE(dialog.statusDateEdit()->date(), QDate(2025, 7, 1));
        const auto expected = replanRemainder(m_document->plan(), planA());
        QVERIFY(expected.ok());
        QVERIFY(dialog.result().has_value());
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.table()->rowCount(), 6);
        for (int c = 0; c < 6; ++c) {
            const auto i = Eigen::Index(c);
            QCOMPARE(dialog.result()->replan.openSpend[i], expected->replan.openSpend[i]);
            QCOMPARE(dialog.table()->item(c, ReplanDialog::SpentColumn)->text(),
                     figure(expected->setup.spentByChannel[i]));
            QCOMPARE(dialog.table()->item(c, ReplanDialog::PlannedColumn)->text(),
                     figure(expected->setup.plannedOpen[i]));
            QCOMPARE(dialog.table()->item(c, ReplanDialog::ReplannedColumn)->text(),
                     figure(expected->replan.openSpend[i]));
        }
        QVERIFY(dialog.problem()->text().contains(money(expected->setup.remaining)));
        QVERIFY(dialog.summary()->text().contains(figure(expected->uplift)));
        // The chart: 12 months, the status line between June and July, the re-plan's months.
        const ReplanSpendSeries &series = dialog.chart()->series();
        QCOMPARE(series.months.size(), 12);
        QCOMPARE(series.statusMonth, 6);
        QCOMPARE(dialog.chart()->statusLinePosition(), 6.5);
        QVERIFY(std::abs(series.replanned[6] - expected->replan.monthly.col(0).sum()) < 1e-6);
        QVERIFY(std::abs(series.replanned[0] - expected->setup.closedSpend.col(0).sum()) < 1e-6);
        // Latest estimates: customers of the re-plan in the estimates table.
        QCOMPARE(dialog.estimates()->item(0, ReplanDialog::LatestColumn)->text(),
                 formatMetric(QStringLiteral("customers"),
                              expected->replan.latestEstimate.customers,
                              m_document->plan().currency));
    }

    void inputsReachTheEngine()
    {
        ReplanDialog dialog(m_document.get());
        dialog.setTiming(ReplanTiming::Free);
        dialog.setObjective(OptimizerObjective::Customers);
        dialog.setLocked(1, true);
        dialog.setStatusDate(QDate(2025, 9, 15));
        ReplanOptions options;
        options.timing = ReplanTiming::Free;
        options.objective = OptimizerObjective::Customers;
        options.lockedChannels << m_document->plan().channels[1].name;
        options.statusDate = QStringLiteral("2025-09-15");
        const auto expected = replanRemainder(m_document->plan(), planA(), options);
        QVERIFY(expected.ok());
        QVERIFY(dialog.result().has_value());
        QCOMPARE(dialog.result()->setup.statusMonth, 8);
        QVERIFY(dialog.result()->timing == ReplanTiming::Free);
        QVERIFY(dialog.result()->objective == OptimizerObjective::Customers);
        QVERIFY((dialog.result()->replan.monthly - expected->replan.monthly).abs().maxCoeff() ==
                0.0);
    }

    void largePlansAreSolvedOnAWorkerThread()
    {
        ReplanDialog dialog(m_document.get());
        QVERIFY(!dialog.isComputing());
        dialog.setBackgroundThreshold(0);
        QSignalSpy computed(&dialog, &ReplanDialog::computed);
        dialog.setTiming(ReplanTiming::Free);
        QVERIFY(dialog.isComputing());
        QVERIFY(!dialog.result().has_value());
        QVERIFY(!dialog.saveButton()->isEnabled());
        // A second request replaces the first: only its answer is shown.
        dialog.setObjective(OptimizerObjective::Customers);
        QVERIFY(computed.wait(20000));
        QCOMPARE(computed.count(), 1);
        QVERIFY(!dialog.isComputing());
        QVERIFY(dialog.result().has_value());
        QVERIFY(dialog.result()->objective == OptimizerObjective::Customers);
        ReplanOptions options;
        options.timing = ReplanTiming::Free;
        options.objective = OptimizerObjective::Customers;
        const auto expected = replanRemainder(m_document->plan(), planA(), options);
        QVERIFY(expected.ok());
        QCOMPARE(dialog.result()->replan.openSpend[0], expected->replan.openSpend[0]);
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    void statusDateFromTheClockWhenThePlanHasNone()
    {
        Plan plan = m_document->plan();
        plan.statusDate.clear();
        m_document->resetTo(plan);
        m_document->setClock([] { return QDateTime(QDate(2025, 5, 20), QTime(9, 0), Qt::UTC); });
        ReplanDialog dialog(m_document.get());
        QCOMPARE(dialog.statusDateEdit()->date(), QDate(2025, 5, 20));
        QCOMPARE(dialog.setup()->statusMonth, 4);
    }

    void refusedStatusDateIsShown()
    {
        ReplanDialog dialog(m_document.get());
        dialog.setStatusDate(QDate(2025, 1, 10));
        QVERIFY(!dialog.setup().has_value());
        QVERIFY(!dialog.result().has_value());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.problem()->text().contains(QStringLiteral("2025-01-31")));
        QCOMPARE(dialog.table()->item(0, ReplanDialog::ReplannedColumn)->text(),
                 QStringLiteral("—"));
    }

    void overMaxAndInfeasibleBoundsInCurrency()
    {
        // Offline events & partners has spent far more than its 15% maximum.
        Plan plan = m_document->plan();
        plan.actuals.push_back({QStringLiteral("2025-04"),
                                QStringLiteral("Offline events & partners"),
                                2'000'000.0,
                                {}});
        m_document->resetTo(plan);
        m_document->setActiveScenarioIndex(0);
        {
            ReplanDialog dialog(m_document.get());
            QVERIFY(dialog.result().has_value());
            QVERIFY2(dialog.problem()->text().contains(
                         QStringLiteral("Offline events &amp; partners has spent")),
                     qPrintable(dialog.problem()->text()));
            QVERIFY(dialog.problem()->text().contains(money(0.15 * 12'000'000.0)));
            QCOMPARE(dialog.table()->item(5, ReplanDialog::ReplannedColumn)->text(), figure(0.0));
        }
        // Minimum shares nobody can meet any more.
        for (auto &channel : plan.scenarios.front().channels)
            channel.minShare = 0.3;
        for (auto &channel : plan.scenarios.front().channels)
            channel.maxShare = 1.0;
        m_document->resetTo(plan);
        m_document->setActiveScenarioIndex(0);
        ReplanDialog dialog(m_document.get());
        QVERIFY(dialog.setup().has_value());
        QVERIFY(!dialog.result().has_value());
        QVERIFY(!dialog.saveButton()->isEnabled());
        const QString text = dialog.problem()->text();
        QVERIFY2(text.contains(money(dialog.setup()->lowerSum)), qPrintable(text));
        QVERIFY(text.contains(money(dialog.setup()->remaining)));
        QVERIFY(text.contains(QStringLiteral("cannot hold together")));
    }

    void saveAsScenarioIsOneUndoStep()
    {
        ReplanDialog dialog(m_document.get());
        dialog.setTiming(ReplanTiming::Free);
        const int steps = m_document->undoStack()->count();
        const std::size_t scenarios = m_document->plan().scenarios.size();
        QString suggested;
        dialog.setNameQuestion([&](const QString &name) {
            suggested = name;
            return QStringLiteral("Re-plan July");
        });
        dialog.saveButton()->click();
        QVERIFY(suggested.contains(QStringLiteral("re-plan from 2025-07")));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->plan().scenarios.size(), scenarios + 1);
        const Scenario &saved = m_document->plan().scenarios.back();
        QCOMPARE(saved.name, QStringLiteral("Re-plan July"));
        QCOMPARE(saved.channels[0].share, dialog.result()->replan.scenario.channels[0].share);
        // Its projection reproduces the closed months' spend and the re-plan.
        const Projection projection = project(m_document->plan(), saved);
        const ReplanResult &result = *dialog.result();
        for (int c = 0; c < 6; ++c) {
            for (int m = 0; m < 12; ++m) {
                const double expected =
                    m < 6 ? result.setup.closedSpend(c, m) : result.replan.monthly(c, m - 6);
                QVERIFY(std::abs(projection.spend(c, m) - expected) <=
                        1e-9 * std::max(1.0, expected));
            }
        }
        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan().scenarios.size(), scenarios);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        // A duplicate name is refused without an undo step.
        ReplanDialog again(m_document.get());
        const int before = m_document->undoStack()->index();
        QVERIFY(!again.saveAsScenario(planA().name).ok());
        QCOMPARE(m_document->undoStack()->index(), before);
    }

    void screenshots()
    {
        const QString folder = test::startScreenshots();
        QVERIFY(!folder.isEmpty());
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            if (theme == QLatin1String("dark"))
                test::useDarkScreenshotPalette();
            else
                test::useLightScreenshotPalette();
            for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
                ReplanDialog dialog(m_document.get());
                dialog.setTiming(ReplanTiming::Free);
                dialog.resize(size);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                QApplication::processEvents();
                QApplication::processEvents();
                for (int tab = 0; tab < 2; ++tab) {
                    dialog.lowerTabs()->setCurrentIndex(tab);
                    QApplication::processEvents();
                    const QImage image = dialog.grab().toImage();
                    QCOMPARE(image.size(), size);
                    QVERIFY(test::distinctColours(image) > 40);
                    const QString file = QDir(folder).filePath(
                        QStringLiteral("replan-dialog-%1x%2-%3%4.png")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(theme, tab ? QStringLiteral("-estimate") : QString()));
                    QVERIFY2(image.save(file), qPrintable(file));
                }
            }
        }
        test::useLightScreenshotPalette();
    }
};

QTEST_MAIN(ReplanDialogTest)
#include "ReplanDialogTest.moc"
