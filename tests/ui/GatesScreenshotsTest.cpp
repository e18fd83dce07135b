// The Milestones page with a gated slip (MODEL.md §6 "Gates"): M2 of the sample gates the
// short-video channel and is forecast 8 days late, so its spend moves from June to July and the
// page shows what that costs. Rendered in English and Chinese at 1280×800 and 1024×700 into
// $CPLAN_SCREENSHOT_DIR (scripts/screenshots.sh) for the user guide, and checked to show the cost.

#include "models/document/PlanDocument.h"
#include "ui/charts/MilestoneTimelineChart.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/MilestonesPage.h"
#include "ui/pages/Page.h"
#include "ui/widgets/Preferences.h"

#include "FakeDialogProvider.h"
#include "ImageChecks.h"
#include "ScreenshotSupport.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cplan;

class GatesScreenshotsTest : public QObject
{
    Q_OBJECT

private:
    void render(InterfaceLanguage language, const QString &suffix)
    {
        applyInterfaceLanguage(language);
        applyNumberStyle(Preferences{});
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            QTemporaryDir recovery;
            auto window =
                std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
            window->document()->setRecoveryFolder(recovery.path());
            window->resize(size);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QVERIFY(window->controller()->startUp(QString()));
            PlanDocument *document = window->document();
            Milestone m2 = document->plan().milestones[1];
            m2.gates = {document->plan().channels[1].name};
            QVERIFY(document->setMilestone(1, m2).ok());
            window->showPage(PageId::Milestones);
            QApplication::processEvents();
            auto *page = qobject_cast<MilestonesPage *>(window->page(PageId::Milestones));
            QVERIFY(page);
            // The cost column is on screen and says what the slip costs.
            QTableWidget *status = page->statusTable();
            const QString cost = status->item(1, 5)->text();
            QVERIFY2(cost.contains(QChar(0x2212)), qPrintable(cost));
            status->scrollToItem(status->item(1, 0)); // M2's row in view (taller in Chinese)
            QVERIFY(status->columnViewportPosition(5) + status->columnWidth(5) / 2 <
                    status->viewport()->width());
            // The timeline replots when it is first painted (ChartView::scheduleReplot); inside
            // grab() on the offscreen platform that first paint shows an unlaid-out plot (the
            // same in the main screenshots), so it is replotted before the picture.
            if (auto *chart = page->findChild<MilestoneTimelineChart *>())
                chart->replot();
            const QImage image = window->grab().toImage();
            QCOMPARE(image.size(), window->size());
            QVERIFY(test::showsContent(image));
            const QString name = QStringLiteral("milestones-gates-%1x%2-%3.png")
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(suffix);
            QVERIFY2(image.save(QDir(m_folder).filePath(name)), qPrintable(name));
        }
    }

    QString m_folder;

private slots:
    void initTestCase()
    {
        m_folder = test::startScreenshots();
        QVERIFY(!m_folder.isEmpty());
        test::useLightScreenshotPalette();
    }

    void english() { render(InterfaceLanguage::English, QStringLiteral("en")); }
    void chinese() { render(InterfaceLanguage::Chinese, QStringLiteral("zh")); }

    void cleanupTestCase() { applyInterfaceLanguage(InterfaceLanguage::English); }
};

QTEST_MAIN(GatesScreenshotsTest)
#include "GatesScreenshotsTest.moc"
