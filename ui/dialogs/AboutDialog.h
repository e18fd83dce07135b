#pragma once

// Help ▸ About: the version and build of Campaign Planner, the versions of the libraries it
// runs on (Qt, QCustomPlot, SQLite, Eigen) and the licence.

#include <QDialog>

class QLabel;

namespace cplan {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "6.4.2", "2.1.0", "3.40.1", "3.4.0": what the About box lists, in that order.
    static QString qtVersion();
    static QString qcustomplotVersion();
    static QString sqliteVersion();
    static QString eigenVersion();

    // The text shown, as plain text (what "Copy" puts on the clipboard, and what tests read).
    QString plainText() const;

private:
    QLabel *m_details;
    QString m_plainText;
};

} // namespace cplan
