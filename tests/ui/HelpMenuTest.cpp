// The Help menu of the main window: F1 opens the guide at the section of the page shown,
// User Guide at its start, About the About box.

#include "ui/mainwindow/HelpMenu.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include "FakeDialogProvider.h"
#include "TestPaths.h"

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <memory>

using namespace cplan;

class HelpMenuTest : public QObject
{
    Q_OBJECT

private:
    static QAction *helpAction(MainWindow &window, const QString &text)
    {
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() != QLatin1String("&Help") || !menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == text)
                    return action;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CPLAN_DOC_DIR",
                QDir::cleanPath(test::dataDir() + QStringLiteral("/../../docs")).toUtf8());
    }

    void f1OpensThePagesSection()
    {
        MainWindow window(std::make_unique<test::FakeDialogProvider>());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *onPage = helpAction(window, QStringLiteral("&Help on This Page"));
        QVERIFY(onPage);
        QCOMPARE(onPage->shortcut(), QKeySequence(QKeySequence::HelpContents));

        window.showPage(PageId::Phasing);
        onPage->trigger();
        auto *guide = window.findChild<UserGuideDialog *>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QScrollBar *scroll = guide->browser()->verticalScrollBar();
        const int phasing = scroll->value();
        QVERIFY(phasing > 0);
        // The heading at the top of the view is the Phasing page's.
        const QTextCursor top = guide->browser()->cursorForPosition(QPoint(4, 4));
        QCOMPARE(top.block().text(), UserGuideDialog::sectionFor(PageId::Phasing));

        // Another page, the same window, another place.
        window.showPage(PageId::Actuals);
        onPage->trigger();
        QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
        QVERIFY(scroll->value() != phasing);
        QCOMPARE(guide->browser()->cursorForPosition(QPoint(4, 4)).block().text(),
                 UserGuideDialog::sectionFor(PageId::Actuals));

        // User Guide starts at the top.
        QAction *contents = helpAction(window, QStringLiteral("&User Guide"));
        QVERIFY(contents);
        contents->trigger();
        QCOMPARE(scroll->value(), 0);
    }

    void aboutOpensTheAboutBox()
    {
        MainWindow window(std::make_unique<test::FakeDialogProvider>());
        window.show();
        QAction *about = helpAction(window, QStringLiteral("&About Campaign Planner"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }
};

QTEST_MAIN(HelpMenuTest)
#include "HelpMenuTest.moc"
