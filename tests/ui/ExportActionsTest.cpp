// File ▸ Export…, Print… and Print Preview through the DialogProvider seam: the Export dialog
// writes each format, Print Preview lays out the report's pages, and screenshots of both.

#include "FakeDialogProvider.h"
#include "ScreenshotSupport.h"

#include "models/document/PlanDocument.h"
#include "models/exchange/CsvWriter.h"
#include "models/exchange/ExportWorkbook.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/report/ExportActions.h"
#include "ui/report/ExportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTemporaryDir>
#include <QTest>

namespace cplan {

class ExportActionsTest : public QObject
{
    Q_OBJECT

private:
    QString m_screenshots;

    static std::unique_ptr<MainWindow> sampleWindow(test::FakeDialogProvider **dialogs)
    {
        auto fake = std::make_unique<test::FakeDialogProvider>();
        *dialogs = fake.get();
        auto window = std::make_unique<MainWindow>(std::move(fake));
        window->controller()->newFromSample();
        return window;
    }

    // The dialog drawn over the window at its position, as a user sees it.
    void saveOverWindow(QWidget *window, QDialog &dialog, const QString &name)
    {
        if (m_screenshots.isEmpty())
            return;
        QImage image = window->grab().toImage();
        const QImage over = dialog.grab().toImage();
        QPainter painter(&image);
        painter.drawImage(
            QPoint((image.width() - over.width()) / 2, (image.height() - over.height()) / 3), over);
        painter.end();
        QVERIFY(image.save(QDir(m_screenshots).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        m_screenshots = test::startScreenshots();
        test::useLightScreenshotPalette();
    }

    void exportDialogWritesTheChosenFormat()
    {
        test::FakeDialogProvider *dialogs = nullptr;
        auto window = sampleWindow(&dialogs);
        QTemporaryDir dir;
        for (const auto &[format, name] : std::vector<std::pair<ExportDialog::Format, QString>>{
                 {ExportDialog::Format::Xlsx, QStringLiteral("plan.xlsx")},
                 {ExportDialog::Format::Pdf, QStringLiteral("plan.pdf")},
                 {ExportDialog::Format::Json, QStringLiteral("plan.json")}}) {
            const QString target = dir.filePath(name);
            dialogs->dialogAnswer = [&, format = format](QDialog &dialog) {
                auto *exportDialog = qobject_cast<ExportDialog *>(&dialog);
                if (!exportDialog)
                    return int(QDialog::Rejected);
                exportDialog->setFormat(format);
                exportDialog->setScenario(QStringLiteral("Plan B (CNY 25M)"));
                exportDialog->setPath(target);
                return int(QDialog::Accepted);
            };
            window->exportActions()->exportAction()->trigger();
            QVERIFY2(dialogs->errors.isEmpty(), qPrintable(dialogs->errors.join(u'\n')));
            QVERIFY2(QFile(target).size() > 1000, qPrintable(target));
        }
        QCOMPARE(dialogs->asked.count(QStringLiteral("dialog:cplan::ExportDialog")), 3);
        QFile pdf(dir.filePath(QStringLiteral("plan.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void exportDialogFollowsTheFormat()
    {
        ExportDialog dialog({QStringLiteral("A"), QStringLiteral("B")}, 1,
                            QStringLiteral("/tmp/plan"));
        QCOMPARE(dialog.scenario(), QStringLiteral("B"));
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/plan.xlsx"));
        dialog.setFormat(ExportDialog::Format::Pdf);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/plan.pdf"));
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("exportPageSize"))->isEnabled());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("exportTable"))->isEnabled());
        dialog.setFormat(ExportDialog::Format::Csv);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/plan.csv"));
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("exportTable"))->isEnabled());
    }

    void exportTakesTodayFromTheDocumentsClock()
    {
        // A plan without a status date is exported as of today: the document's clock, not the
        // machine's, so the file is the one built for the injected date.
        test::FakeDialogProvider *dialogs = nullptr;
        auto window = sampleWindow(&dialogs);
        PlanDocument *document = window->document();
        QVERIFY(document->setSetting(PlanSetting::StatusDate, QString()).ok());
        const QDate today(2025, 11, 15); // after M3 and before M4: M3 is late by today
        document->setClock([today] { return QDateTime(today, QTime(10, 0), Qt::UTC); });
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("exported.csv"));
        const QString table = QStringLiteral("milestones");
        const Status written =
            window->exportActions()->exportTo(ExportDialog::Format::Csv, {}, exported, table);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error()));

        const auto readAll = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const auto expectedFor = [&](const QDate &date) {
            const auto workbook = buildExportWorkbook(document->plan(), {}, date);
            const QString path = dir.filePath(date.toString(Qt::ISODate) + QStringLiteral(".csv"));
            return workbook && writeCsv(*workbook, path, table).ok() ? readAll(path) : QByteArray();
        };
        const QByteArray actual = readAll(exported);
        QVERIFY(!actual.isEmpty());
        QCOMPARE(actual, expectedFor(today));
        // The date shows in the milestones table, so a different clock would give other bytes.
        QVERIFY(actual != expectedFor(QDate(2025, 4, 1)));
    }

    void exportRefusesThePlanItself()
    {
        test::FakeDialogProvider *dialogs = nullptr;
        auto window = sampleWindow(&dialogs);
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cplan"));
        dialogs->saveAsAnswers.enqueue(plan);
        QVERIFY(window->controller()->saveAs());
        const QByteArray before = [&] {
            QFile file(plan);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const Status refused =
            window->exportActions()->exportTo(ExportDialog::Format::Xlsx, {}, plan);
        QVERIFY(!refused.ok());
        QFile file(plan);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // Issue 21, item 13: Export… replaced an existing file at the suggested path without asking.
    // It asks (for every file a CSV export writes), and "no" leaves the files as they were.
    void exportAsksBeforeReplacingAFile()
    {
        test::FakeDialogProvider *dialogs = nullptr;
        auto window = sampleWindow(&dialogs);
        QTemporaryDir dir;
        const auto readAll = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const auto writeAll = [](const QString &path, const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
        const QString monthly = dir.filePath(QStringLiteral("report-monthly.csv"));
        QVERIFY(writeAll(xlsx, "last month's report"));
        QVERIFY(writeAll(monthly, "last month's table"));
        ExportDialog::Format format = ExportDialog::Format::Xlsx;
        QString target = xlsx;
        dialogs->dialogAnswer = [&](QDialog &dialog) {
            auto *exportDialog = qobject_cast<ExportDialog *>(&dialog);
            if (!exportDialog)
                return int(QDialog::Rejected);
            exportDialog->setFormat(format);
            exportDialog->setPath(target);
            return int(QDialog::Accepted);
        };

        dialogs->replaceAnswers.enqueue(false);
        window->exportActions()->exportAction()->trigger();
        QCOMPARE(dialogs->asked.last(), QStringLiteral("replace:report.xlsx"));
        QCOMPARE(readAll(xlsx), QByteArray("last month's report"));

        format = ExportDialog::Format::Csv;
        target = dir.filePath(QStringLiteral("report.csv"));
        dialogs->replaceAnswers.enqueue(false);
        window->exportActions()->exportAction()->trigger();
        QCOMPARE(dialogs->asked.last(), QStringLiteral("replace:report-monthly.csv"));
        QCOMPARE(readAll(monthly), QByteArray("last month's table"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("report-summary.csv"))));

        format = ExportDialog::Format::Xlsx;
        target = xlsx;
        dialogs->replaceAnswers.enqueue(true);
        window->exportActions()->exportAction()->trigger();
        QVERIFY2(dialogs->errors.isEmpty(), qPrintable(dialogs->errors.join(u'\n')));
        QVERIFY(readAll(xlsx).startsWith("PK"));

        // A new file is written without a question.
        target = dir.filePath(QStringLiteral("new.xlsx"));
        const qsizetype questions = dialogs->asked.size();
        window->exportActions()->exportAction()->trigger();
        QCOMPARE(dialogs->asked.size(), questions + 1); // only the Export dialog itself
        QVERIFY(readAll(target).startsWith("PK"));
    }

    void printPreviewShowsTheReportsPages()
    {
        test::FakeDialogProvider *dialogs = nullptr;
        auto window = sampleWindow(&dialogs);
        window->resize(1280, 800);
        window->show();
        int pages = 0;
        dialogs->dialogAnswer = [&](QDialog &dialog) {
            if (!qobject_cast<QPrintPreviewDialog *>(&dialog))
                return int(QDialog::Rejected);
            dialog.show();
            QTest::qWait(200);
            auto *preview = dialog.findChild<QPrintPreviewWidget *>();
            if (preview)
                pages = preview->pageCount();
            saveOverWindow(window.get(), dialog, QStringLiteral("print-preview.png"));
            // The last page: the tornado of the Analysis page's sensitivity run.
            if (preview) {
                preview->setCurrentPage(pages);
                QTest::qWait(100);
                saveOverWindow(window.get(), dialog, QStringLiteral("print-preview-last.png"));
            }
            return int(QDialog::Rejected);
        };
        window->exportActions()->printPreviewAction()->trigger();
        QVERIFY2(dialogs->errors.isEmpty(), qPrintable(dialogs->errors.join(u'\n')));
        QCOMPARE(dialogs->asked.last(), QStringLiteral("dialog:QPrintPreviewDialog"));
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
    }

    void printGoesThroughThePrintDialog()
    {
        test::FakeDialogProvider *dialogs = nullptr;
        auto window = sampleWindow(&dialogs);
        dialogs->dialogAnswer = [](QDialog &) {
            return int(QDialog::Rejected);
        };
        window->exportActions()->printAction()->trigger();
        QCOMPARE(dialogs->asked.last(), QStringLiteral("dialog:QPrintDialog"));
    }

    void screenshotsOfTheExportDialog()
    {
        if (m_screenshots.isEmpty())
            QSKIP("no screenshot folder");
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            test::FakeDialogProvider *dialogs = nullptr;
            auto window = sampleWindow(&dialogs);
            window->resize(size);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            dialogs->dialogAnswer = [&](QDialog &dialog) {
                dialog.show();
                dialog.adjustSize();
                QTest::qWait(50);
                saveOverWindow(
                    window.get(), dialog,
                    QStringLiteral("export-dialog-%1x%2.png").arg(size.width()).arg(size.height()));
                return int(QDialog::Rejected);
            };
            window->exportActions()->exportAction()->trigger();
        }
    }
};

} // namespace cplan

QTEST_MAIN(cplan::ExportActionsTest)
#include "ExportActionsTest.moc"
