// Small defects of the main window: "&" in menus and undo labels, the page shortcuts, Ctrl+Y,
// the tool bar at 1280 px, the sample's title.

#include "FakeDialogProvider.h"

#include "models/document/PlanDocument.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/BudgetPage.h"
#include "ui/pages/Page.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <memory>

using namespace cplan;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_recovery;
    std::unique_ptr<MainWindow> m_window;

    QAction *menuAction(const QString &menuTitle, const QString &textStart) const
    {
        for (QAction *top : m_window->menuBar()->actions()) {
            if (top->text() != menuTitle || !top->menu())
                continue;
            for (QAction *action : top->menu()->actions()) {
                if (action->text().startsWith(textStart))
                    return action;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
        m_window->document()->setRecoveryFolder(m_recovery.path());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->controller()->startUp(QString()));
    }
    void cleanup() { m_window.reset(); }

    // Start-up makes only the page it shows; a page is made when first shown, under the title
    // the navigation already listed, and the one shown stays shown.
    void pagesAreMadeWhenFirstShown()
    {
        QVERIFY(m_window->hasPage(PageId::Overview));
        for (int i = 1; i < pageCount; ++i)
            QVERIFY2(!m_window->hasPage(PageId(i)), qPrintable(MainWindow::pageTitle(PageId(i))));
        QCOMPARE(m_window->currentPage(), m_window->page(PageId::Overview));
        // Asked for (a menu does), a page is made without being shown.
        Page *actuals = m_window->page(PageId::Actuals);
        QVERIFY(actuals);
        QCOMPARE(m_window->currentPage(), m_window->page(PageId::Overview));
        QVERIFY(!actuals->isVisible());
        for (int i = 0; i < pageCount; ++i) {
            m_window->showPage(PageId(i));
            Page *shown = m_window->currentPage();
            QVERIFY(shown);
            QCOMPARE(shown, m_window->page(PageId(i)));
            QVERIFY(shown->isVisible());
            QCOMPARE(shown->title(), MainWindow::pageTitle(PageId(i)));
            QCOMPARE(m_window->navigation()->item(i)->text(), shown->title());
        }
        QCOMPARE(m_window->findChildren<Page *>().size(), pageCount);
    }

    void theSampleIsTitledByItsName()
    {
        QVERIFY2(m_window->windowTitle().startsWith(m_window->document()->plan().name),
                 qPrintable(m_window->windowTitle()));
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("Untitled")));
    }

    void ampersandsStayInMenusAndUndoLabels()
    {
        QAction *channels = menuAction(QStringLiteral("&View"), QStringLiteral("Channels"));
        QVERIFY(channels);
        QCOMPARE(channels->text(), QStringLiteral("Channels && funnel"));
        // An edit of "KOL matrix & live streams": the undo label keeps the "&" (escaped).
        PlanDocument *document = m_window->document();
        QCOMPARE(document->plan().channels[2].name, QStringLiteral("KOL matrix & live streams"));
        QVERIFY(document->renameChannel(2, QStringLiteral("KOL & co")).ok());
        QAction *undo = menuAction(QStringLiteral("&Edit"), QStringLiteral("&Undo"));
        QVERIFY(undo);
        QVERIFY2(undo->text().contains(QStringLiteral("KOL matrix && liv")),
                 qPrintable(undo->text()));
        QVERIFY2(undo->toolTip().contains(QStringLiteral("KOL matrix & live streams")),
                 qPrintable(undo->toolTip()));
        QCOMPARE(MainWindow::undoActionText(QStringLiteral("&Undo"), QStringLiteral("Set A & B")),
                 QStringLiteral("&Undo Set A && B"));
    }

    void longUndoLabelsAreShortenedAndTheScenarioSelectorStaysOnTheToolBar()
    {
        PlanDocument *document = m_window->document();
        QVERIFY(document
                    ->renameChannel(0, QStringLiteral("A very long channel name that goes on and "
                                                      "on for quite a while"))
                    .ok());
        QAction *undo = menuAction(QStringLiteral("&Edit"), QStringLiteral("&Undo"));
        QVERIFY(undo->text().size() <= 48);
        QVERIFY(undo->toolTip().size() > 0);
        m_window->resize(1280, 800);
        QTest::qWait(50);
        // A widget that overflows the tool bar is moved into the extension menu and hidden.
        QVERIFY(m_window->scenarioSelector()->isVisible());
        const QRect selector(m_window->scenarioSelector()->mapTo(m_window.get(), QPoint(0, 0)),
                             m_window->scenarioSelector()->size());
        QVERIFY(m_window->rect().contains(selector));
    }

    void ctrlZeroShowsPlanSettings()
    {
        QAction *settings = menuAction(QStringLiteral("&View"), QStringLiteral("Plan settings"));
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
        m_window->showPage(PageId::Overview);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage()->id(), PageId::Settings);
    }

    void ctrlYRedoes()
    {
        PlanDocument *document = m_window->document();
        const double before = document->plan().scenarios[0].budget;
        QVERIFY(document->setBudget(0, before + 1000).ok());
        document->undoStack()->undo();
        QCOMPARE(document->plan().scenarios[0].budget, before);
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(document->plan().scenarios[0].budget, before + 1000);
    }

    // Typed budget, Return, Ctrl+Z with the cursor still in the field: the plan edit is undone
    // (the field itself has nothing to undo), and Ctrl+Y brings it back.
    void ctrlZInTheBudgetFieldUndoesThePlanEdit()
    {
        PlanDocument *document = m_window->document();
        m_window->showPage(PageId::Budget);
        auto *budget = qobject_cast<BudgetPage *>(m_window->page(PageId::Budget));
        QVERIFY(budget);
        QLineEdit *field = budget->budgetEditor();
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("25000000"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(document->plan().scenarios[0].budget, 25000000.0);
        QVERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document->plan().scenarios[0].budget, 20000000.0);
        QTest::keyClick(field, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(document->plan().scenarios[0].budget, 25000000.0);
        // While the user is typing, Ctrl+Z is the field's own.
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("3"));
        QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document->plan().scenarios[0].budget, 25000000.0);
    }

    void everyPageFitsA1024By700Screen()
    {
        for (int id = 0; id < pageCount; ++id) {
            m_window->showPage(static_cast<PageId>(id));
            m_window->resize(1024, 700);
            QApplication::processEvents();
            Page *page = m_window->page(static_cast<PageId>(id));
            // The window cannot be smaller than the tallest page (they share a stack).
            QString why = QStringLiteral("%1: window %2x%3; minimum heights:")
                              .arg(page->title())
                              .arg(m_window->width())
                              .arg(m_window->height());
            for (int other = 0; other < pageCount; ++other) {
                const Page *each = m_window->page(static_cast<PageId>(other));
                why += QStringLiteral(" %1 %2x%3,")
                           .arg(each->title())
                           .arg(each->minimumSizeHint().width())
                           .arg(each->minimumSizeHint().height());
            }
            QVERIFY2(m_window->size() == QSize(1024, 700), qPrintable(why));
        }
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
