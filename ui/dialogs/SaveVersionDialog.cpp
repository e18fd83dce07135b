#include "ui/dialogs/SaveVersionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cplan {

SaveVersionDialog::SaveVersionDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_comment(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveVersionDialog"));
    setWindowTitle(tr("Save Version"));
    setMinimumWidth(420);
    m_name->setObjectName(QStringLiteral("versionName"));
    m_name->setPlaceholderText(tr("Board draft"));
    m_comment->setObjectName(QStringLiteral("versionComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What this version is for (optional)"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Comment:"), m_comment);
    auto *note = new QLabel(tr("A version is a snapshot of the whole plan as it is now. It can "
                               "be viewed, compared and restored later; it is never changed."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!name().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

QString SaveVersionDialog::name() const
{
    return m_name->text().trimmed();
}

QString SaveVersionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace cplan
