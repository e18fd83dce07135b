#pragma once

// File ▸ Save Version…: the name and an optional comment of a named snapshot of the whole plan
// (MODEL.md §10). The document stores it (PlanDocument::saveVersion); a name in use is refused
// there with its message.

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace cplan {

class SaveVersionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveVersionDialog(QWidget *parent = nullptr);

    QString name() const;
    QString comment() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *commentEdit() const { return m_comment; }

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_comment;
    QDialogButtonBox *m_buttons;
};

} // namespace cplan
