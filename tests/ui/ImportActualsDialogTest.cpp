// Actuals ▸ Import… offscreen: the GB18030 sample month maps itself and applies as one undo
// step that undo takes back; unknown channels get a drop-down; a hand-made mapping is
// remembered per plan; a workbook's sheet can be chosen; reading a big file shows progress and
// can be cancelled; the main window's menu and the Actuals page's button open the dialog.

#include "FakeDialogProvider.h"
#include "ImportActualsFiles.h"
#include "TestPaths.h"

#include "models/document/PlanDocument.h"
#include "ui/dialogs/ImportActualsDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/ActualsPage.h"
#include "ui/widgets/Preferences.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cplan;

namespace {

const QString gbMonth = QStringLiteral("actuals-2025-04-gb18030.csv");
const QString video = QStringLiteral("Short video ads");

bool waitForRead(const ImportActualsDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isReading(); }, 20000);
}

} // namespace

class ImportActualsDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    test::FakeDialogProvider m_dialogs;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->setRecoveryFolder(m_dir.path());
        QVERIFY(m_document->open(test::dataPath(QStringLiteral("brokerage-2025.json"))).ok());
    }

    // The acceptance in the GUI: a month of actuals from a GB18030 CSV.
    void gb18030MonthAppliesAsOneUndoStep()
    {
        ImportActualsDialog dialog(m_document.get(), &m_dialogs);
        m_dialogs.openAnswers.enqueue(test::dataPath(gbMonth));
        QVERIFY(dialog.chooseFile());
        QVERIFY(waitForRead(dialog));
        QVERIFY(dialog.table().has_value());
        QVERIFY2(dialog.statusText().contains(QLatin1String("6 data row(s), GB18030, separated "
                                                            "by commas")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.sampleTable()->rowCount(), 6);
        QCOMPARE(dialog.sampleTable()->item(0, 1)->text(),
                 QStringLiteral("Search (long-tail keywords)"));
        QVERIFY(dialog.nextButton()->isEnabled());

        dialog.nextButton()->click();
        QCOMPARE(dialog.step(), ImportActualsDialog::ColumnsStep);
        QCOMPARE(dialog.roleCombo(ImportActualsDialog::MonthRole)->currentData().toInt(), 0);
        QCOMPARE(dialog.roleCombo(ImportActualsDialog::ChannelRole)->currentData().toInt(), 1);
        QCOMPARE(dialog.roleCombo(ImportActualsDialog::SpendRole)->currentData().toInt(), 2);
        for (int stage = 0; stage < 3; ++stage)
            QCOMPARE(dialog.roleCombo(ImportActualsDialog::FirstStageRole + stage)
                         ->currentData()
                         .toInt(),
                     3 + stage);
        QCOMPARE(dialog.channelTable()->rowCount(), 6);
        QCOMPARE(dialog.channelTable()->item(1, 1)->text(),
                 QStringLiteral("Short video ads (ignoring case and spaces)"));
        QVERIFY(!dialog.channelChoiceCombo(QStringLiteral("short video ads")));

        dialog.nextButton()->click();
        QCOMPARE(dialog.step(), ImportActualsDialog::PreviewStep);
        QCOMPARE(dialog.preview().added, 6);
        QCOMPARE(dialog.previewTable()->rowCount(), 6);
        QCOMPARE(dialog.previewTable()->item(0, ImportActualsDialog::OutcomeColumn)->text(),
                 QStringLiteral("Added"));
        QCOMPARE(dialog.previewTable()->item(0, ImportActualsDialog::MonthColumn)->text(),
                 QStringLiteral("2025-04"));
        QVERIFY(dialog.applyButton()->isEnabled());

        const Plan before = m_document->plan();
        const int steps = m_document->undoStack()->count();
        dialog.applyButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->plan().actuals.size(), before.actuals.size() + 6);
        QCOMPARE(m_document->plan().actuals[18].spend, 118420.5);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan(), before);
    }

    void unknownChannelsGetADropDown()
    {
        const QString path = m_dir.filePath(QStringLiteral("mixed.csv"));
        QVERIFY(test::writeTextFile(path,
                                    QStringLiteral("月份,渠道,消耗\n"
                                                   "2025/3,Short video ads,\"¥400,000\"\n"
                                                   "2025/4,抖音信息流,1000\n"
                                                   "2025/4,Offline events & partners,-5\n"),
                                    "GB18030"));
        ImportActualsDialog dialog(m_document.get(), &m_dialogs);
        dialog.openFile(path);
        QVERIFY(waitForRead(dialog));
        dialog.goToStep(ImportActualsDialog::ColumnsStep);
        QComboBox *choice = dialog.channelChoiceCombo(QStringLiteral("抖音信息流"));
        QVERIFY(choice);
        dialog.goToStep(ImportActualsDialog::PreviewStep);
        QCOMPARE(dialog.preview().replaced, 1);
        QCOMPARE(dialog.preview().refused, 2);
        QCOMPARE(dialog.previewTable()->item(1, ImportActualsDialog::DetailsColumn)->text(),
                 QStringLiteral("channel “抖音信息流” is not in the plan"));
        QCOMPARE(dialog.previewTable()->item(2, ImportActualsDialog::DetailsColumn)->text(),
                 QStringLiteral("spend -5 is negative"));
        QVERIFY(dialog.previewTable()
                    ->item(0, ImportActualsDialog::DetailsColumn)
                    ->text()
                    .startsWith(QLatin1String("replaces spend")));

        dialog.goToStep(ImportActualsDialog::ColumnsStep);
        choice->setCurrentIndex(choice->findData(video));
        dialog.goToStep(ImportActualsDialog::PreviewStep);
        QCOMPARE(dialog.preview().added, 1);
        QCOMPARE(dialog.preview().rows[1].actual.channel, video);
        QVERIFY(dialog.apply());
        const auto &actuals = m_document->plan().actuals;
        QVERIFY(std::any_of(actuals.begin(), actuals.end(), [](const Actual &a) {
            return a.month == QLatin1String("2025-04") && a.channel == video && a.spend == 1000.0;
        }));

        // The answer is remembered for this plan: the next import knows the name.
        ImportActualsDialog again(m_document.get(), &m_dialogs);
        again.openFile(path);
        QVERIFY(waitForRead(again));
        QCOMPARE(again.mapping().channelChoices.value(QStringLiteral("抖音信息流")), video);
    }

    // Issue 22 A.4: the Chinese UI's preview explains each refused row too (its "row N:"
    // prefix is "第 N 行：", which the old split on ": " turned into an empty detail).
    void chineseUiShowsRefusalDetails()
    {
        applyInterfaceLanguage(InterfaceLanguage::Chinese);
        const QString path = m_dir.filePath(QStringLiteral("refused.csv"));
        QVERIFY(test::writeTextFile(
            path, QStringLiteral("月份,渠道,花费\n2025-04,快手磁力金牛,1000\n"), "UTF-8"));
        ImportActualsDialog dialog(m_document.get(), &m_dialogs);
        dialog.openFile(path);
        QVERIFY(waitForRead(dialog));
        dialog.goToStep(ImportActualsDialog::PreviewStep);
        const QString details =
            dialog.previewTable()->item(0, ImportActualsDialog::DetailsColumn)->text();
        applyInterfaceLanguage(InterfaceLanguage::English);
        QCOMPARE(dialog.preview().refused, 1);
        QVERIFY2(details.contains(QStringLiteral("快手磁力金牛")), qPrintable(details));
    }

    // Issue 22 A.3 in the GUI: the header row is found below a title row and can be chosen.
    void headerRowIsFoundAndChosen()
    {
        const QString path = m_dir.filePath(QStringLiteral("titled.csv"));
        QVERIFY(test::writeTextFile(path,
                                    QStringLiteral("2025年4月投放实际数据,,\n"
                                                   "月份,渠道,花费（万元）\n"
                                                   "2025-04,Short video ads,41.236153\n"
                                                   "合计,,41.236153\n"),
                                    "UTF-8"));
        ImportActualsDialog dialog(m_document.get(), &m_dialogs);
        dialog.openFile(path);
        QVERIFY(waitForRead(dialog));
        QCOMPARE(dialog.headerRowSpin()->value(), 2);
        QCOMPARE(dialog.table()->header.at(0), QStringLiteral("月份"));
        QCOMPARE(dialog.sampleTable()->rowCount(), 3); // the title row, greyed, and two rows
        dialog.headerRowSpin()->setValue(1);
        QCOMPARE(dialog.table()->headerRowNumber, 1);
        QCOMPARE(dialog.mapping().month, -1);
        QVERIFY(!dialog.nextButton()->isEnabled() ||
                dialog.roleCombo(ImportActualsDialog::MonthRole)->currentData().toInt() < 0);
        dialog.headerRowSpin()->setValue(2);
        QCOMPARE(dialog.mapping().spend, 2);
        dialog.goToStep(ImportActualsDialog::PreviewStep);
        QCOMPARE(dialog.preview().added + dialog.preview().replaced, 1);
        QCOMPARE(dialog.preview().skipped, 1);
        QCOMPARE(dialog.preview().rows[0].actual.spend, 412361.53);
        QCOMPARE(dialog.previewTable()->item(1, ImportActualsDialog::OutcomeColumn)->text(),
                 QStringLiteral("Skipped"));
    }

    // Issue 22 A.2 in the GUI: step 2 names a stage-like column that no role uses.
    void unmappedStageColumnIsNamedInStepTwo()
    {
        const QString path = m_dir.filePath(QStringLiteral("stages.csv"));
        QVERIFY(test::writeTextFile(path,
                                    QStringLiteral("月份,渠道,花费,线索数,注册用户数,开户数\n"
                                                   "2025-04,Short video ads,1000,30,20,10\n"),
                                    "UTF-8"));
        ImportActualsDialog dialog(m_document.get(), &m_dialogs);
        dialog.openFile(path);
        QVERIFY(waitForRead(dialog));
        dialog.goToStep(ImportActualsDialog::ColumnsStep);
        QCOMPARE(dialog.mapping().stages, (std::vector<int>{3, 4, 5}));
        QVERIFY(!dialog.mappingStatusLabel()->text().contains(QStringLiteral("looks like")));
        QComboBox *accounts = dialog.roleCombo(ImportActualsDialog::FirstStageRole + 2);
        accounts->setCurrentIndex(0); // not in the file
        QVERIFY2(dialog.mappingStatusLabel()->text().contains(
                     QStringLiteral("column 6 (“开户数”) looks like")),
                 qPrintable(dialog.mappingStatusLabel()->text()));
    }

    // Issue 21 A.3: 99,999 distinct unknown channels no longer build a table of 99,999
    // drop-downs (minutes, ~1 GB); the first ones get a drop-down, the rest are counted.
    void manyUnknownChannelsStayResponsive()
    {
        const QString path = m_dir.filePath(QStringLiteral("channels.csv"));
        QString text = QStringLiteral("month,channel,spend\n");
        for (int i = 0; i < 99999; ++i)
            text +=
                QStringLiteral("2025-04,unknown channel %1,1000\n").arg(i, 5, 10, QLatin1Char('0'));
        QVERIFY(test::writeTextFile(path, text, "UTF-8"));
        ImportActualsDialog dialog(m_document.get(), &m_dialogs);
        dialog.openFile(path);
        QVERIFY(waitForRead(dialog));
        QElapsedTimer timer;
        timer.start();
        dialog.goToStep(ImportActualsDialog::ColumnsStep);
        const qint64 columnsMs = timer.restart();
        QVERIFY(dialog.channelTable()->rowCount() <= 201);
        QVERIFY(dialog.channelChoiceCombo(QStringLiteral("unknown channel 00000")));
        QVERIFY(!dialog.channelChoiceCombo(QStringLiteral("unknown channel 99998")));
        QVERIFY(dialog.channelTable()
                    ->item(dialog.channelTable()->rowCount() - 1, 0)
                    ->text()
                    .contains(QStringLiteral("99,799")));
        dialog.goToStep(ImportActualsDialog::PreviewStep);
        const qint64 previewMs = timer.elapsed();
        QCOMPARE(dialog.preview().refused, 99999);
        qInfo("99,999 unknown channels: columns step %lld ms, preview %lld ms", columnsMs,
              previewMs);
    }

    void handMadeMappingIsRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("letters.tsv"));
        QVERIFY(test::writeTextFile(
            path, QStringLiteral("A\tB\tC\tD\n2025-05\tShort video ads\t12\t3\n"), "UTF-8"));
        {
            ImportActualsDialog dialog(m_document.get(), &m_dialogs);
            dialog.openFile(path);
            QVERIFY(waitForRead(dialog));
            dialog.nextButton()->click();
            QVERIFY(!dialog.nextButton()->isEnabled()); // nothing maps itself
            dialog.roleCombo(ImportActualsDialog::MonthRole)->setCurrentIndex(1);
            dialog.roleCombo(ImportActualsDialog::ChannelRole)->setCurrentIndex(2);
            dialog.roleCombo(ImportActualsDialog::SpendRole)->setCurrentIndex(3);
            dialog.roleCombo(ImportActualsDialog::FirstStageRole + 1)->setCurrentIndex(4);
            QVERIFY(!dialog.nextButton()->isEnabled()); // a later stage without the first
            dialog.roleCombo(ImportActualsDialog::FirstStageRole + 1)->setCurrentIndex(0);
            dialog.roleCombo(ImportActualsDialog::FirstStageRole)->setCurrentIndex(4);
            QVERIFY(dialog.nextButton()->isEnabled());
            dialog.nextButton()->click();
            QCOMPARE(dialog.preview().added, 1);
            QVERIFY(dialog.apply());
        }
        ImportActualsDialog dialog(m_document.get(), &m_dialogs);
        dialog.openFile(path);
        QVERIFY(waitForRead(dialog));
        QCOMPARE(dialog.mapping().month, 0);
        QCOMPARE(dialog.mapping().channel, 1);
        QCOMPARE(dialog.mapping().spend, 2);
        QCOMPARE(dialog.mapping().stageColumn(0), 3);
        QSettings settings;
        QCOMPARE(settings
                     .value(ImportActualsDialog::settingsGroup(m_document.get()) +
                            QStringLiteral("/mapping"))
                     .toString(),
                 QStringLiteral("month=A,channel=B,spend=C,stage0=D,stage1=-,stage2=-"));
    }

    void workbookSheetCanBeChosen()
    {
        const QString path = m_dir.filePath(QStringLiteral("april.xlsx"));
        QVERIFY(test::writeTwoSheetWorkbook(
            path, {{QStringLiteral("Month"), QStringLiteral("Channel"), QStringLiteral("Spend")},
                   {QStringLiteral("Apr 2025"), video, QStringLiteral("$1,500")}}));
        ImportActualsDialog dialog(m_document.get(), &m_dialogs);
        dialog.openFile(path);
        QVERIFY(waitForRead(dialog));
        QCOMPARE(dialog.sheetCombo()->count(), 2);
        QCOMPARE(dialog.sheetCombo()->currentText(), QStringLiteral("Notes"));
        QVERIFY(dialog.sheetCombo()->isEnabled());
        QVERIFY(!dialog.encodingCombo()->isEnabled());
        dialog.sheetCombo()->setCurrentText(QStringLiteral("April"));
        QVERIFY(waitForRead(dialog));
        QVERIFY(dialog.table().has_value());
        QCOMPARE(dialog.table()->sheet, QStringLiteral("April"));
        dialog.goToStep(ImportActualsDialog::PreviewStep);
        QCOMPARE(dialog.preview().added, 1);
        QCOMPARE(dialog.preview().rows[0].actual.spend, 1500.0);
    }

    void bigFileShowsProgressAndCancels()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray chunk;
            for (int i = 0; i < 10000; ++i)
                chunk.append("2025-01,Search (long-tail keywords),1234.5,100\n");
            QVERIFY(file.write("month,channel,spend,leads\n") > 0);
            for (int i = 0; i < 120; ++i) // 1.2 million rows, 56 MB
                QVERIFY(file.write(chunk) == chunk.size());
        }
        ImportActualsDialog dialog(m_document.get(), &m_dialogs);
        dialog.show();
        dialog.openFile(path);
        QVERIFY(dialog.isReading());
        QVERIFY(dialog.progressBar()->isVisible());
        QVERIFY(dialog.cancelReadButton()->isVisible());
        QVERIFY(!dialog.nextButton()->isEnabled());
        dialog.cancelReadButton()->click();
        QVERIFY(waitForRead(dialog));
        QCOMPARE(dialog.statusText(), cancelledMessage());
        QVERIFY(!dialog.progressBar()->isVisible());
        QVERIFY(!dialog.table().has_value());

        // Read to its end, it is refused by the row cap with the reason shown.
        dialog.openFile(path);
        QVERIFY(waitForRead(dialog));
        QVERIFY2(dialog.statusText().startsWith(QLatin1String("big.csv: the table has more than "
                                                              "100000 data rows")),
                 qPrintable(dialog.statusText()));
        QVERIFY(!dialog.nextButton()->isEnabled());
    }

    void closingWhileReadingDoesNotHang()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.csv")); // from the test above
        auto dialog = std::make_unique<ImportActualsDialog>(m_document.get(), &m_dialogs);
        dialog->openFile(path);
        dialog.reset(); // cancels and waits for the worker
    }

    void mainWindowOpensTheDialog()
    {
        auto dialogs = std::make_unique<test::FakeDialogProvider>();
        test::FakeDialogProvider *fake = dialogs.get();
        MainWindow window(std::move(dialogs));
        window.document()->setRecoveryFolder(m_dir.path());
        QAction *menuEntry = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == QLatin1String("&Actuals") && menu->menu())
                menuEntry = menu->menu()->actions().value(0);
        }
        QVERIFY(menuEntry);
        QCOMPARE(menuEntry->text(), QStringLiteral("&Import…"));
        // The file question is answered "cancel": no dialog stays open, nothing changes.
        menuEntry->trigger();
        QCOMPARE(fake->asked, QStringList{QStringLiteral("open")});
        QCOMPARE(window.currentPage()->id(), PageId::Actuals);
        auto *page = static_cast<ActualsPage *>(window.page(PageId::Actuals));
        page->importAction()->trigger();
        QCOMPARE(fake->asked.size(), 2);
        QCOMPARE(window.document()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(ImportActualsDialogTest)
#include "ImportActualsDialogTest.moc"
