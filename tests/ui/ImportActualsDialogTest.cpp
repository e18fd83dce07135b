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

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
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
