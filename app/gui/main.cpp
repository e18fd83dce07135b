#include "ui/mainwindow/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Campaign Planner"));
    QApplication::setOrganizationName(QStringLiteral("Campaign Planner"));
    cplan::MainWindow window;
    window.show();
    return QApplication::exec();
}
