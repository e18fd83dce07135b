#include "ui/dialogs/ScenarioNameDialog.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

#include <algorithm>

namespace cplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioNameDialog)
};
} // namespace

std::unique_ptr<QInputDialog> makeScenarioNameDialog(QWidget *parent, const QString &title,
                                                     const QString &suggested)
{
    auto dialog = std::make_unique<QInputDialog>(parent);
    dialog->setWindowTitle(title);
    dialog->setLabelText(Tr::tr("Name of the new scenario:"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextValue(suggested);
    // QInputDialog's box is ~180 px whatever it holds: as wide as the suggestion (and a little
    // room to add to it), within a dialog's reason; a longer name scrolls in the box.
    if (auto *edit = dialog->findChild<QLineEdit *>()) {
        const QFontMetrics metrics = edit->fontMetrics();
        const int wanted =
            metrics.horizontalAdvance(suggested) + metrics.horizontalAdvance(QLatin1Char('M')) * 3;
        edit->setMinimumWidth(std::clamp(wanted, 280, 760));
    }
    return dialog;
}

QString askScenarioName(QWidget *parent, const QString &title, const QString &suggested)
{
    const auto dialog = makeScenarioNameDialog(parent, title, suggested);
    return dialog->exec() == QDialog::Accepted ? dialog->textValue() : QString();
}

} // namespace cplan
