// Scenario ▸ "Calibrate from past actuals…" (issue 24 item 5) on the sample plan with twelve
// generated months of 2024: two channels from known drivers (predictedLeads plus a fixed ±3 %
// pattern), one with constant spend, three without past rows. The dialog shows the engine's fit,
// Apply sets exactly the checked, identified drivers in one undo step, unidentified drivers
// cannot be checked, "Save as new scenario" adds a calibrated copy and refuses a taken name,
// and an import with a bad row changes nothing. Also writes the dialog's screenshots at
// 1024x700 in English and Chinese into $CPLAN_SCREENSHOT_DIR or ./screenshots.

#include "FakeDialogProvider.h"
#include "ImportActualsFiles.h"
#include "ScreenshotSupport.h"
#include "TestPaths.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/ValueFormat.h"
#include "ui/charts/CalibrationChart.h"
#include "ui/dialogs/CalibrationChannelPanel.h"
#include "ui/dialogs/CalibrationDialog.h"
#include "ui/dialogs/ImportActualsDialog.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/Preferences.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace cplan;
using Row = CalibrationChannelPanel::Row;

namespace {

struct Truth
{
    double cpl;
    double saturation;
    double carryover;
};
const Truth searchTruth{45.0, 600'000.0, 0.3};
const Truth videoTruth{30.0, 1'200'000.0, 0.5};
constexpr double registered = 0.35; // of leads
constexpr double opened = 0.12;     // of registered users

// Twelve months of 2024 for `channel`: spend × `scale`, leads from the drivers, ±3 % noise.
void addHistory(std::vector<Actual> &rows, const QString &channel, const Truth &truth, double scale)
{
    static const double shape[] = {0.4, 1.2, 0.7, 1.8, 0.5, 1.5, 0.9, 2.0, 0.6, 1.1, 1.6, 0.8};
    static const double noise[] = {0.03,  -0.02, 0.01,  -0.03, 0.02,  0.0,
                                   -0.01, 0.03,  -0.02, 0.01,  -0.01, 0.02};
    std::vector<double> spend;
    for (const double s : shape)
        spend.push_back(s * scale);
    const std::vector<double> leads =
        predictedLeads(spend, truth.cpl, truth.saturation, truth.carryover);
    for (int m = 0; m < 12; ++m) {
        const auto i = static_cast<std::size_t>(m);
        const double l = std::round(leads[i] * (1.0 + noise[i]));
        const double r = std::round(l * registered);
        rows.push_back({QStringLiteral("2024-%1").arg(m + 1, 2, 10, QLatin1Char('0')),
                        channel,
                        spend[i],
                        {l, r, std::round(r * opened)}});
    }
}

} // namespace

class CalibrationDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_recovery;
    QTemporaryDir m_files;
    std::unique_ptr<PlanDocument> m_document;
    test::FakeDialogProvider m_dialogs;

    const Plan &plan() const { return m_document->plan(); }
    const ChannelDrivers &drivers(int scenario, int channel) const
    {
        return plan().scenarios.at(std::size_t(scenario)).channels.at(std::size_t(channel));
    }
    QString channelName(int c) const { return plan().channels.at(std::size_t(c)).name; }
    static QString cell(CalibrationDialog &dialog, int row, int column)
    {
        const QTableWidgetItem *item = dialog.panel()->driverTable()->item(row, column);
        return item ? item->text() : QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dialogs = test::FakeDialogProvider();
        m_document = std::make_unique<PlanDocument>();
        m_document->setRecoveryFolder(m_recovery.path());
        QVERIFY(m_document->open(test::dataPath(QStringLiteral("brokerage-2025.json"))).ok());
        m_document->setActiveScenarioIndex(0);
        std::vector<Actual> rows;
        addHistory(rows, channelName(0), searchTruth, 400'000.0);
        addHistory(rows, channelName(1), videoTruth, 800'000.0);
        for (int m = 0; m < 12; ++m)
            rows.push_back({QStringLiteral("2024-%1").arg(m + 1, 2, 10, QLatin1Char('0')),
                            channelName(2),
                            200'000.0,
                            {5000.0 + 40 * (m % 3), 1500.0, 150.0}});
        QVERIFY(m_document
                    ->applyEdit({QStringLiteral("past months"),
                                 [rows](Plan &edited) {
                                     edited.pastActuals = rows;
                                     return success();
                                 },
                                 PlanChange::values(PlanChange::Area::Actuals),
                                 {QStringLiteral("past_actuals")},
                                 {}})
                    .ok());
    }

    void showsThePastMonthsAndTheEnginesFit()
    {
        CalibrationDialog dialog(m_document.get(), &m_dialogs);
        QCOMPARE(dialog.scenarioName(), plan().scenarios.front().name);
        QCOMPARE(dialog.pastTable()->rowCount(), 36);
        QCOMPARE(dialog.pastTable()->item(0, CalibrationDialog::PastMonthColumn)->text(),
                 QStringLiteral("2024-01"));
        QVERIFY(dialog.pastSummary()->text().contains(QStringLiteral("36")));
        QVERIFY(dialog.pastSummary()->text().contains(QStringLiteral("2024-01")));
        QVERIFY(dialog.pastSummary()->text().contains(QStringLiteral("2024-12")));
        QCOMPARE(dialog.channelList()->count(), int(plan().channels.size()));

        const auto expected = calibratePlan(plan());
        QVERIFY(expected.ok());
        QCOMPARE(dialog.calibrations().size(), expected->size());
        const LeadResponseFit &fit = expected->front().leads;
        QVERIFY(fit.cpl.identified() && fit.saturationSpend.identified() &&
                fit.carryover.identified());
        // The fit is near the drivers the months came from.
        QVERIFY(std::abs(*fit.cpl.estimate / searchTruth.cpl - 1.0) < 0.1);
        QVERIFY(std::abs(*fit.carryover.estimate - searchTruth.carryover) < 0.05);

        dialog.selectChannel(0);
        const QString currency = plan().currency;
        const QString cpl = ValueFormat::money(std::round(*fit.cpl.estimate * 100) / 100, currency);
        const QString cplSe =
            ValueFormat::money(std::round(*fit.cpl.standardError * 100) / 100, currency);
        QCOMPARE(cell(dialog, Row::CplRow, CalibrationChannelPanel::FittedColumn),
                 cpl + QStringLiteral(" ± ") + cplSe);
        QCOMPARE(cell(dialog, Row::CplRow, CalibrationChannelPanel::CurrentColumn),
                 ValueFormat::money(std::round(drivers(0, 0).cpl * 100) / 100, currency));
        QCOMPARE(cell(dialog, Row::CarryoverRow, CalibrationChannelPanel::FittedColumn),
                 ValueFormat::percent(*fit.carryover.estimate) + QStringLiteral(" ± ") +
                     ValueFormat::percent(*fit.carryover.standardError));
        const FittedRate &rate = expected->front().conversion.front();
        QCOMPARE(cell(dialog, Row::FirstConversionRow, CalibrationChannelPanel::FittedColumn),
                 ValueFormat::percent(*rate.estimate) + QStringLiteral(" ± ") +
                     ValueFormat::percent(*rate.standardError));
        QCOMPARE(dialog.panel()->driverTable()->rowCount(), 5);
        QVERIFY(dialog.panel()->qualityLabel()->text().contains(
            ValueFormat::percent(*fit.holdoutMape)));

        // The chart: nine observed months as dots, the last three as the hold-out, the fit.
        const CalibrationChart *chart = dialog.panel()->chart();
        QCOMPARE(chart->actualGraph()->dataCount(), 9);
        QCOMPARE(chart->holdoutGraph()->dataCount(), 3);
        QCOMPARE(chart->holdoutGraph()->data()->at(0)->key, 10.0);
        QCOMPARE(chart->fittedGraph()->dataCount(), 12);
        QCOMPARE(chart->fittedGraph()->data()->at(4)->value, fit.fittedLeads[4]);
    }

    void unidentifiedDriversCannotBeChecked()
    {
        CalibrationDialog dialog(m_document.get(), &m_dialogs);
        // Constant spend: cost per lead and saturation cannot be told apart.
        dialog.selectChannel(2);
        QCOMPARE(dialog.panel()->channel(), 2);
        const QTableWidgetItem *cpl =
            dialog.panel()->driverTable()->item(Row::CplRow, CalibrationChannelPanel::DriverColumn);
        QVERIFY(!(cpl->flags() & Qt::ItemIsEnabled));
        QVERIFY(!(cpl->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(cpl->checkState(), Qt::Unchecked);
        QCOMPARE(cell(dialog, Row::CplRow, CalibrationChannelPanel::NoteColumn),
                 QStringLiteral("spend never varied"));
        dialog.setChecked(2, Row::CplRow, true);
        QVERIFY(!dialog.isChecked(2, Row::CplRow));
        // Its conversion rates are pooled ratios: they can be applied.
        const QTableWidgetItem *rate = dialog.panel()->driverTable()->item(
            Row::FirstConversionRow, CalibrationChannelPanel::DriverColumn);
        QVERIFY(rate->flags() & Qt::ItemIsEnabled);
        QCOMPARE(rate->checkState(), Qt::Checked);

        // A channel without past rows: nothing at all can be applied.
        dialog.selectChannel(3);
        for (int row = 0; row < dialog.panel()->driverTable()->rowCount(); ++row) {
            const QTableWidgetItem *item =
                dialog.panel()->driverTable()->item(row, CalibrationChannelPanel::DriverColumn);
            QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
            QVERIFY(!dialog.isChecked(3, row));
        }
        QVERIFY(dialog.panel()->qualityLabel()->text().contains(QStringLiteral("at least 6")));
        QVERIFY(dialog.channelList()->item(3)->text().contains(QStringLiteral("not fitted")));
    }

    void applySetsTheCheckedIdentifiedDriversInOneUndoStep()
    {
        const Plan before = plan();
        const auto fits = calibratePlan(before);
        QVERIFY(fits.ok());
        CalibrationDialog dialog(m_document.get(), &m_dialogs);
        // Clear carryover of channel 0 by its checkbox, as the user does.
        dialog.selectChannel(0);
        QTableWidgetItem *carryover = dialog.panel()->driverTable()->item(
            Row::CarryoverRow, CalibrationChannelPanel::DriverColumn);
        carryover->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.isChecked(0, Row::CarryoverRow));
        // And the second conversion rate of channel 1.
        dialog.setChecked(1, Row::FirstConversionRow + 1, false);

        const int steps = m_document->undoStack()->count();
        QVERIFY(dialog.applyButton()->isEnabled());
        dialog.applyButton()->click();
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->undoStack()->undoText(),
                 QStringLiteral("Calibrate %1 from past actuals").arg(before.scenarios[0].name));

        const ChannelCalibration &search = (*fits)[0];
        const ChannelCalibration &video = (*fits)[1];
        QCOMPARE(drivers(0, 0).cpl, *search.leads.cpl.estimate);
        QVERIFY(drivers(0, 0).saturationSpend == search.leads.saturationSpend.estimate);
        QCOMPARE(drivers(0, 0).carryover, before.scenarios[0].channels[0].carryover);
        QCOMPARE(drivers(0, 0).conversion[0], *search.conversion[0].estimate);
        QVERIFY(drivers(0, 0).uncertainty.cpl == search.cplUncertainty);
        QCOMPARE(drivers(0, 1).carryover, *video.leads.carryover.estimate);
        QCOMPARE(drivers(0, 1).conversion[0], *video.conversion[0].estimate);
        QCOMPARE(drivers(0, 1).conversion[1], before.scenarios[0].channels[1].conversion[1]);
        // Constant spend: cost per lead kept; no past rows: nothing changed.
        QCOMPARE(drivers(0, 2).cpl, before.scenarios[0].channels[2].cpl);
        for (int c = 3; c < int(before.channels.size()); ++c)
            QVERIFY(drivers(0, c) == before.scenarios[0].channels[std::size_t(c)]);
        for (std::size_t s = 1; s < before.scenarios.size(); ++s)
            QVERIFY(plan().scenarios[s] == before.scenarios[s]);

        // Applied again, nothing moves: refused, no empty undo step.
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(!dialog.applyToScenario().ok());
        QCOMPARE(m_document->undoStack()->count(), steps + 1);

        m_document->undoStack()->undo();
        QVERIFY(plan() == before);
    }

    void saveAsNewScenarioAddsACalibratedCopy()
    {
        const Plan before = plan();
        const auto fits = calibratePlan(before);
        QVERIFY(fits.ok());
        CalibrationDialog dialog(m_document.get(), &m_dialogs);
        const int steps = m_document->undoStack()->count();
        QVERIFY(!dialog.saveAsScenario(before.scenarios[1].name).ok());
        QVERIFY(!dialog.saveAsScenario(QStringLiteral("  ")).ok());
        QCOMPARE(m_document->undoStack()->count(), steps);
        QVERIFY(plan() == before);

        QString suggested;
        dialog.setNameQuestion([&suggested](const QString &name) {
            suggested = name;
            return QStringLiteral("Plan A calibrated");
        });
        dialog.saveButton()->click();
        QCOMPARE(suggested, before.scenarios[0].name + QStringLiteral(" (calibrated)"));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(plan().scenarios.size(), before.scenarios.size() + 1);
        const int added = plan().scenarioIndex(QStringLiteral("Plan A calibrated"));
        QVERIFY(added >= 0);
        QCOMPARE(drivers(added, 0).cpl, *(*fits)[0].leads.cpl.estimate);
        QVERIFY(plan().scenarios[0] == before.scenarios[0]);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        m_document->undoStack()->undo();
        QVERIFY(plan() == before);
    }

    void importWithABadRowChangesNothing()
    {
        const QString path = m_files.filePath(QStringLiteral("last-year.csv"));
        QVERIFY(test::writeTextFile(path,
                                    QStringLiteral("Month,Channel,Spend,Leads\n"
                                                   "2023-11,%1,1000,50\n"
                                                   "2023-12,%1,-5,40\n")
                                        .arg(channelName(4)),
                                    "UTF-8"));
        const Plan before = plan();
        const int steps = m_document->undoStack()->count();
        CalibrationDialog dialog(m_document.get(), &m_dialogs);
        m_dialogs.openAnswers.enqueue(path);
        bool applyOffered = true;
        QString summary;
        m_dialogs.dialogAnswer = [&](QDialog &shown) {
            auto &import = dynamic_cast<ImportActualsDialog &>(shown);
            if (!QTest::qWaitFor([&] { return !import.isReading(); }, 20000))
                return int(QDialog::Rejected);
            import.goToStep(ImportActualsDialog::PreviewStep);
            applyOffered = import.applyButton()->isEnabled() || import.apply();
            summary = import.windowTitle();
            return import.result();
        };
        dialog.importPastActuals();
        QCOMPARE(summary, QStringLiteral("Import past actuals"));
        QVERIFY(!applyOffered);
        QCOMPARE(m_document->undoStack()->count(), steps);
        QVERIFY(plan() == before);

        // The same file without its bad row: one undo step naming past rows, and a new fit.
        QVERIFY(test::writeTextFile(path,
                                    QStringLiteral("Month,Channel,Spend,Leads\n"
                                                   "2023-11,%1,1000,50\n")
                                        .arg(channelName(4)),
                                    "UTF-8"));
        m_dialogs.openAnswers.enqueue(path);
        m_dialogs.dialogAnswer = [&](QDialog &shown) {
            auto &import = dynamic_cast<ImportActualsDialog &>(shown);
            if (!QTest::qWaitFor([&] { return !import.isReading(); }, 20000))
                return int(QDialog::Rejected);
            import.goToStep(ImportActualsDialog::PreviewStep);
            import.apply();
            return import.result();
        };
        dialog.importPastActuals();
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->undoStack()->undoText(),
                 QStringLiteral("Import 1 past row(s) from last-year.csv"));
        QCOMPARE(plan().pastActuals.size(), before.pastActuals.size() + 1);
        QVERIFY(plan().actuals == before.actuals);
        QCOMPARE(dialog.pastTable()->rowCount(), 37);
        QCOMPARE(dialog.calibrations()[4].leads.observations, 1);
    }

    void scenarioMenuOpensTheDialog()
    {
        auto dialogs = std::make_unique<test::FakeDialogProvider>();
        test::FakeDialogProvider *fake = dialogs.get();
        MainWindow window(std::move(dialogs));
        window.document()->setRecoveryFolder(m_recovery.path());
        QVERIFY(window.controller()->startUp(QString()));
        QString scenario;
        fake->dialogAnswer = [&scenario](QDialog &shown) {
            scenario = dynamic_cast<CalibrationDialog &>(shown).scenarioName();
            return int(QDialog::Rejected);
        };
        auto *action = window.findChild<QAction *>(QStringLiteral("calibrateAction"));
        QVERIFY(action);
        action->trigger();
        QCOMPARE(fake->asked, QStringList{QStringLiteral("dialog:cplan::CalibrationDialog")});
        QCOMPARE(scenario, window.document()->activeScenario().name);
    }

    // Issue 22 D.15: in Chinese, as the rest of the window writes it: amounts "¥45" (not
    // "CNY 45") and the fit's sentences without a space after the full stop.
    void chineseAmountsAndSentences()
    {
        applyInterfaceLanguage(InterfaceLanguage::Chinese);
        applyNumberStyle(Preferences{});
        const auto restore = qScopeGuard([] {
            applyInterfaceLanguage(InterfaceLanguage::English);
            applyNumberStyle(Preferences{});
        });
        CalibrationDialog dialog(m_document.get(), &m_dialogs);
        dialog.selectChannel(0);
        const QTableWidget *table = dialog.panel()->driverTable();
        const QString cpl =
            table->item(CalibrationChannelPanel::CplRow, CalibrationChannelPanel::CurrentColumn)
                ->text();
        QVERIFY2(cpl.startsWith(QStringLiteral("¥")), qPrintable(cpl));
        const QString quality = dialog.panel()->qualityLabel()->text();
        QVERIFY2(quality.contains(QStringLiteral("。")), qPrintable(quality));
        QVERIFY2(!quality.contains(QStringLiteral("。 ")), qPrintable(quality));
    }

    void screenshots()
    {
        const QString folder = test::startScreenshots();
        QVERIFY(!folder.isEmpty());
        test::useLightScreenshotPalette();
        for (const bool chinese : {false, true}) {
            if (chinese) {
                // As the application starts in Chinese: the language and its amounts ("¥45").
                applyInterfaceLanguage(InterfaceLanguage::Chinese);
                applyNumberStyle(Preferences{});
            }
            CalibrationDialog dialog(m_document.get(), &m_dialogs);
            dialog.resize(1024, 700);
            dialog.selectChannel(0);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (int tab = 0; tab < 2; ++tab) {
                dialog.tabs()->setCurrentIndex(tab);
                QApplication::processEvents();
                QApplication::processEvents();
                const QImage image = dialog.grab().toImage();
                QCOMPARE(image.size(), QSize(1024, 700));
                QVERIFY(test::distinctColours(image) > 40);
                const QString file = QDir(folder).filePath(
                    QStringLiteral("calibration-dialog-1024x700-%1%2.png")
                        .arg(tab ? QStringLiteral("past") : QStringLiteral("fit"),
                             chinese ? QStringLiteral("-zh") : QString()));
                QVERIFY2(image.save(file), qPrintable(file));
            }
            // A channel whose spend never varied: the reasons in words, disabled checkboxes.
            dialog.tabs()->setCurrentIndex(CalibrationDialog::ChannelsTab);
            dialog.selectChannel(2);
            QApplication::processEvents();
            const QImage image = dialog.grab().toImage();
            QVERIFY(test::distinctColours(image) > 40);
            const QString file = QDir(folder).filePath(
                QStringLiteral("calibration-dialog-1024x700-not-identified%1.png")
                    .arg(chinese ? QStringLiteral("-zh") : QString()));
            QVERIFY2(image.save(file), qPrintable(file));
        }
        applyInterfaceLanguage(InterfaceLanguage::English);
        applyNumberStyle(Preferences{});
    }
};

QTEST_MAIN(CalibrationDialogTest)
#include "CalibrationDialogTest.moc"
