#pragma once

// The user's preferences (Edit ▸ Preferences…), kept in QSettings: the interface language, how
// amounts are written, how often unsaved work is copied to the recovery file, and the name the
// plan's history records as the author of this user's changes (MODEL.md §10). The language
// is applied when the application starts (applyInterfaceLanguage(), from main()); the number
// style and the autosave interval apply at once.

#include "models/domain/NumberText.h"

#include <QLocale>
#include <QObject>

namespace cplan {

enum class InterfaceLanguage
{
    System, // the system locale's language: Chinese → 简体中文, anything else → English
    English,
    Chinese, // 简体中文
};

enum class NumberStyle
{
    Automatic,    // Chinese units in a Chinese interface, else grouped digits
    Grouped,      // "CNY 20,000,000"
    ChineseUnits, // "¥2,000万", "¥1.25亿"
};

struct Preferences
{
    InterfaceLanguage language = InterfaceLanguage::System;
    NumberStyle numberStyle = NumberStyle::Automatic;
    int autosaveMinutes = 1; // 1..60
    // "Your name" (settings key preferences/authorName); empty = the system account's full name
    // (PlanDocument::setAuthor, defaultAuthor()).
    QString authorName;

    static Preferences load();
    void save() const;
};

// The locale the interface uses for `language` (numbers, dates and the translation).
QLocale interfaceLocale(InterfaceLanguage language, const QLocale &system = QLocale::system());
// True when `locale` is shown in Chinese.
bool isChinese(const QLocale &locale);
// The amount style `style` means in an interface of `locale`.
AmountStyle amountStyleFor(NumberStyle style, const QLocale &locale);

// Makes the interface speak `language`: sets QLocale's default and, for Chinese, installs the
// application's translation and Qt's own (standard buttons and dialogs). Call once, after the
// QApplication exists and before any window is made. Returns the locale now in use.
QLocale applyInterfaceLanguage(InterfaceLanguage language);
// The language the interface speaks now (English or Chinese).
InterfaceLanguage runningInterfaceLanguage();
// Sets the amount style of tables and charts (ValueFormat) from `preferences` for the current
// default locale; open tables and charts redraw (DisplaySettings::numberStyleChanged).
void applyNumberStyle(const Preferences &preferences);

// Tells open views that the way numbers are written changed.
class DisplaySettings : public QObject
{
    Q_OBJECT

public:
    static DisplaySettings *instance();

signals:
    void numberStyleChanged();

private:
    DisplaySettings() = default;
};

} // namespace cplan
