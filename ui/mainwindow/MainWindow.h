#pragma once

#include <QMainWindow>

namespace cplan {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace cplan
