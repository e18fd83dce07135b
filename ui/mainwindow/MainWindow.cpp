#include "ui/mainwindow/MainWindow.h"

namespace cplan {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Campaign Planner"));
    resize(1280, 800);
}

} // namespace cplan
