// The first start opens a window that fits the screen (issue 22, E.20): 1280 x 800, or the
// screen's free area when that is smaller; a saved geometry is used as it is.

#include "ui/mainwindow/MainWindow.h"

#include "FakeDialogProvider.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace cplan;

class MainWindowFirstStartTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void firstStartFitsTheScreen()
    {
        const QSize free = QGuiApplication::primaryScreen()->availableGeometry().size();
        qInfo("screen's free area %dx%d", free.width(), free.height());
        MainWindow window(std::make_unique<test::FakeDialogProvider>());
        QCOMPARE(window.size(), QSize(1280, 800).boundedTo(free));
    }
};

QTEST_MAIN(MainWindowFirstStartTest)
#include "MainWindowFirstStartTest.moc"
