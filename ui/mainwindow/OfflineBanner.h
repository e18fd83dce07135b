#pragma once

// The band across the top of the window while the team store cannot be reached (issue 26 item
// 4): it says the connection is lost and that the edits are kept and sent when it is back, and
// offers "Save a Local Copy…" (the plan as this window has it, as a .cplan file).

#include <QFrame>

class QLabel;
class QPushButton;

namespace cplan {

class OfflineBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    QLabel *text() const { return m_text; }
    QPushButton *saveCopyButton() const { return m_saveCopy; }
    // The server's words (in English, from libpq), for the tooltip (empty: none).
    void setDetail(const QString &detail);
    // How many of this window's edits wait to be sent.
    void setUnsent(int count);

signals:
    void saveCopyRequested();

private:
    void updateText();

    QLabel *m_text;
    QPushButton *m_saveCopy;
    QString m_detail;
    int m_unsent = 0;
};

} // namespace cplan
