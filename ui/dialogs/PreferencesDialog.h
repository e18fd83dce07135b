#pragma once

// Edit ▸ Preferences…: the interface language (System / English / 简体中文, used from the next
// start), how amounts are written (applied at once), the autosave interval (applied at once) and
// "Your name", the author the plan's history records (applied at once).

#include "ui/widgets/Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cplan {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` fills the form; `running` is the language the interface uses now (to say when a
    // restart is needed).
    PreferencesDialog(const Preferences &current, InterfaceLanguage running,
                      QWidget *parent = nullptr);

    // What the form says now.
    Preferences preferences() const;
    // True when the chosen language differs from the running interface's.
    bool needsRestart() const;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *numberStyleBox() const { return m_numberStyle; }
    QSpinBox *autosaveBox() const { return m_autosave; }
    QLineEdit *authorEdit() const { return m_author; }

private:
    void updateRestartNote();

    InterfaceLanguage m_running;
    QComboBox *m_language;
    QComboBox *m_numberStyle;
    QSpinBox *m_autosave;
    QLineEdit *m_author;
    QLabel *m_restartNote;
};

} // namespace cplan
