#include "ui/widgets/Preferences.h"

#include "models/itemmodels/ValueFormat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace cplan {

namespace {

const QString languageKey = QStringLiteral("preferences/language");
const QString numberStyleKey = QStringLiteral("preferences/numberStyle");
const QString autosaveKey = QStringLiteral("preferences/autosaveMinutes");
const QString authorKey = QStringLiteral("preferences/authorName");

QString languageText(InterfaceLanguage language)
{
    switch (language) {
    case InterfaceLanguage::English:
        return QStringLiteral("en");
    case InterfaceLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case InterfaceLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

QString numberStyleText(NumberStyle style)
{
    switch (style) {
    case NumberStyle::Grouped:
        return QStringLiteral("grouped");
    case NumberStyle::ChineseUnits:
        return QStringLiteral("chinese-units");
    case NumberStyle::Automatic:
        break;
    }
    return QStringLiteral("automatic");
}

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    const QString language = settings.value(languageKey).toString();
    if (language == languageText(InterfaceLanguage::English))
        preferences.language = InterfaceLanguage::English;
    else if (language == languageText(InterfaceLanguage::Chinese))
        preferences.language = InterfaceLanguage::Chinese;
    const QString style = settings.value(numberStyleKey).toString();
    if (style == numberStyleText(NumberStyle::Grouped))
        preferences.numberStyle = NumberStyle::Grouped;
    else if (style == numberStyleText(NumberStyle::ChineseUnits))
        preferences.numberStyle = NumberStyle::ChineseUnits;
    bool ok = false;
    const int minutes = settings.value(autosaveKey).toInt(&ok);
    if (ok)
        preferences.autosaveMinutes = std::clamp(minutes, 1, 60);
    preferences.authorName = settings.value(authorKey).toString().trimmed();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(languageKey, languageText(language));
    settings.setValue(numberStyleKey, numberStyleText(numberStyle));
    settings.setValue(autosaveKey, autosaveMinutes);
    settings.setValue(authorKey, authorName.trimmed());
}

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QLocale interfaceLocale(InterfaceLanguage language, const QLocale &system)
{
    switch (language) {
    case InterfaceLanguage::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case InterfaceLanguage::Chinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    case InterfaceLanguage::System:
        break;
    }
    // Traditional Chinese systems get the simplified translation too: it is the only one, and
    // closer to their readers than English.
    return system;
}

AmountStyle amountStyleFor(NumberStyle style, const QLocale &locale)
{
    switch (style) {
    case NumberStyle::Grouped:
        return AmountStyle::Grouped;
    case NumberStyle::ChineseUnits:
        return AmountStyle::ChineseUnits;
    case NumberStyle::Automatic:
        break;
    }
    return isChinese(locale) ? AmountStyle::ChineseUnits : AmountStyle::Grouped;
}

QLocale applyInterfaceLanguage(InterfaceLanguage language)
{
    const QLocale locale = interfaceLocale(language);
    QLocale::setDefault(locale);
    static QTranslator *application = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **translator : {&application, &qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    if (!isChinese(locale))
        return locale;
    application = new QTranslator(QCoreApplication::instance());
    if (application->load(QStringLiteral(":/i18n/campaign-planner_zh_CN.qm")))
        QCoreApplication::installTranslator(application);
    // Qt's translation of its own buttons and dialogs (Debian: qt6-translations-l10n).
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China),
                 QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale;
}

InterfaceLanguage runningInterfaceLanguage()
{
    return isChinese(QLocale()) ? InterfaceLanguage::Chinese : InterfaceLanguage::English;
}

void applyNumberStyle(const Preferences &preferences)
{
    const AmountStyle style = amountStyleFor(preferences.numberStyle, QLocale());
    if (style == ValueFormat::amountStyle())
        return;
    ValueFormat::setAmountStyle(style);
    emit DisplaySettings::instance()->numberStyleChanged();
}

DisplaySettings *DisplaySettings::instance()
{
    static DisplaySettings *settings = new DisplaySettings;
    return settings;
}

} // namespace cplan
