#include "ui/dialogs/PreferencesDialog.h"

#include "models/document/PlanHome.h"
#include "models/domain/NumberText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cplan {

namespace {

// The language an interface of `locale` shows when "System" is chosen.
InterfaceLanguage systemLanguage()
{
    return isChinese(interfaceLocale(InterfaceLanguage::System)) ? InterfaceLanguage::Chinese
                                                                 : InterfaceLanguage::English;
}

InterfaceLanguage effective(InterfaceLanguage language)
{
    return language == InterfaceLanguage::System ? systemLanguage() : language;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, InterfaceLanguage running,
                                     QWidget *parent)
    : QDialog(parent), m_running(effective(running)), m_language(new QComboBox(this)),
      m_numberStyle(new QComboBox(this)), m_autosave(new QSpinBox(this)),
      m_author(new QLineEdit(this)), m_restartNote(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(480);

    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), int(InterfaceLanguage::System));
    m_language->addItem(QStringLiteral("English"), int(InterfaceLanguage::English));
    m_language->addItem(QStringLiteral("简体中文"), int(InterfaceLanguage::Chinese));
    m_language->setCurrentIndex(m_language->findData(int(current.language)));

    const double example = 20000000;
    m_numberStyle->setObjectName(QStringLiteral("numberStyleBox"));
    m_numberStyle->addItem(tr("Automatic (Chinese units in a Chinese interface)"),
                           int(NumberStyle::Automatic));
    m_numberStyle->addItem(
        tr("Grouped digits (%1)")
            .arg(NumberText::formatAmount(example, QStringLiteral("CNY"), AmountStyle::Grouped)),
        int(NumberStyle::Grouped));
    m_numberStyle->addItem(tr("Chinese units (%1, %2)")
                               .arg(NumberText::formatAmount(example, QStringLiteral("CNY"),
                                                             AmountStyle::ChineseUnits),
                                    NumberText::formatAmount(125000000, QStringLiteral("CNY"),
                                                             AmountStyle::ChineseUnits)),
                           int(NumberStyle::ChineseUnits));
    m_numberStyle->setCurrentIndex(m_numberStyle->findData(int(current.numberStyle)));

    m_autosave->setObjectName(QStringLiteral("autosaveBox"));
    m_autosave->setRange(1, 60);
    m_autosave->setValue(current.autosaveMinutes);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setToolTip(tr("How often unsaved changes are copied to a recovery file, so that "
                              "a crash loses at most this much work."));

    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setText(current.authorName);
    // Without a name the history records the system account's: shown, so the user sees what
    // is written when the field stays empty.
    m_author->setPlaceholderText(defaultAuthor());
    m_author->setToolTip(tr("The name the plan's history records for your changes and "
                            "sign-offs. Empty: your system account's name."));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Amounts:"), m_numberStyle);
    form->addRow(tr("Save a recovery copy &every:"), m_autosave);
    form->addRow(tr("Your &name:"), m_author);
    auto *hint = new QLabel(
        tr("Typing accepts every form whatever is chosen: 20000000, 20,000,000, ¥2,000万, 0.2亿."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.language = InterfaceLanguage(m_language->currentData().toInt());
    preferences.numberStyle = NumberStyle(m_numberStyle->currentData().toInt());
    preferences.autosaveMinutes = m_autosave->value();
    preferences.authorName = m_author->text().trimmed();
    return preferences;
}

bool PreferencesDialog::needsRestart() const
{
    return effective(preferences().language) != m_running;
}

void PreferencesDialog::updateRestartNote()
{
    // Said in the chosen language as well, since that is the one the user reads.
    const bool chinese = effective(preferences().language) == InterfaceLanguage::Chinese;
    m_restartNote->setText(
        !needsRestart() ? QString()
        : chinese       ? tr("The language changes the next time Campaign Planner starts.") +
                        QStringLiteral("\n重新启动 Campaign Planner 后界面将显示为简体中文。")
                  : tr("The language changes the next time Campaign Planner starts.") +
                        QStringLiteral("\nThe interface will be in English after a restart."));
    m_restartNote->setVisible(needsRestart());
}

} // namespace cplan
