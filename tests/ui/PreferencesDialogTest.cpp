// Edit ▸ Preferences…: the three preferences are kept in the settings, the number style applies
// at once to the open window (the Budget page's amount and the chart axes), the autosave
// interval too, and a language change says it needs a restart.

#include "ui/dialogs/PreferencesDialog.h"
#include "models/document/PlanDocument.h"
#include "models/document/PlanHome.h"
#include "models/itemmodels/ValueFormat.h"
#include "ui/charts/ChartView.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/BudgetPage.h"
#include "ui/widgets/Preferences.h"

#include "FakeDialogProvider.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cplan;

class PreferencesDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        QSettings().clear();
        ValueFormat::setAmountStyle(AmountStyle::Grouped);
    }

    void preferencesAreKept()
    {
        QCOMPARE(Preferences::load().language, InterfaceLanguage::System);
        QCOMPARE(Preferences::load().numberStyle, NumberStyle::Automatic);
        QCOMPARE(Preferences::load().autosaveMinutes, 1);
        Preferences chosen;
        chosen.language = InterfaceLanguage::Chinese;
        chosen.numberStyle = NumberStyle::ChineseUnits;
        chosen.autosaveMinutes = 5;
        chosen.save();
        const Preferences loaded = Preferences::load();
        QCOMPARE(loaded.language, InterfaceLanguage::Chinese);
        QCOMPARE(loaded.numberStyle, NumberStyle::ChineseUnits);
        QCOMPARE(loaded.autosaveMinutes, 5);
        // A hand-edited settings file cannot set an interval outside 1..60 minutes.
        QSettings().setValue(QStringLiteral("preferences/autosaveMinutes"), 100000);
        QCOMPARE(Preferences::load().autosaveMinutes, 60);
    }

    void automaticStyleFollowsTheLanguage()
    {
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(amountStyleFor(NumberStyle::Automatic, chinese), AmountStyle::ChineseUnits);
        QCOMPARE(amountStyleFor(NumberStyle::Automatic, english), AmountStyle::Grouped);
        QCOMPARE(amountStyleFor(NumberStyle::ChineseUnits, english), AmountStyle::ChineseUnits);
        QCOMPARE(amountStyleFor(NumberStyle::Grouped, chinese), AmountStyle::Grouped);
        QCOMPARE(interfaceLocale(InterfaceLanguage::System, chinese).language(), QLocale::Chinese);
        QCOMPARE(interfaceLocale(InterfaceLanguage::English, chinese).language(), QLocale::English);
        QCOMPARE(interfaceLocale(InterfaceLanguage::Chinese, english).language(), QLocale::Chinese);
    }

    void dialogSaysWhenALanguageChangeNeedsARestart()
    {
        PreferencesDialog dialog(Preferences{}, InterfaceLanguage::English);
        dialog.show();
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
        QVERIFY(note);
        QVERIFY(!dialog.needsRestart());
        QVERIFY(!note->isVisible());
        dialog.languageBox()->setCurrentIndex(
            dialog.languageBox()->findData(int(InterfaceLanguage::Chinese)));
        QVERIFY(dialog.needsRestart());
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("简体中文")));
        // Each language is named in itself.
        QVERIFY(dialog.languageBox()->findText(QStringLiteral("简体中文")) >= 0);
        QVERIFY(dialog.languageBox()->findText(QStringLiteral("English")) >= 0);
    }

    void numberStyleAndAutosaveApplyToTheOpenWindow()
    {
        QTemporaryDir recovery;
        auto dialogs = std::make_unique<test::FakeDialogProvider>();
        test::FakeDialogProvider *provider = dialogs.get();
        MainWindow window(std::move(dialogs));
        window.document()->setRecoveryFolder(recovery.path());
        QVERIFY(window.controller()->startUp(QString()));
        auto *budget = qobject_cast<BudgetPage *>(window.page(PageId::Budget));
        QVERIFY(budget);
        QCOMPARE(budget->budgetEditor()->text(), QStringLiteral("CNY 20,000,000"));
        const QList<ChartView *> charts = window.findChildren<ChartView *>();
        QVERIFY(!charts.isEmpty());
        for (ChartView *chart : charts)
            QVERIFY(!chart->chineseUnits());

        provider->dialogAnswer = [](QDialog &dialog) {
            auto &preferences = dynamic_cast<PreferencesDialog &>(dialog);
            preferences.numberStyleBox()->setCurrentIndex(
                preferences.numberStyleBox()->findData(int(NumberStyle::ChineseUnits)));
            preferences.autosaveBox()->setValue(7);
            return int(QDialog::Accepted);
        };
        auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        action->trigger();
        QCOMPARE(ValueFormat::amountStyle(), AmountStyle::ChineseUnits);
        QCOMPARE(budget->budgetEditor()->text(), QStringLiteral("¥2,000万"));
        for (ChartView *chart : charts)
            if (chart->currency() == QLatin1String("CNY"))
                QVERIFY(chart->chineseUnits());
        QVERIFY(window.document()->autosaveInterval() == std::chrono::minutes(7));
        QCOMPARE(Preferences::load().autosaveMinutes, 7);
        // Not an edit of the plan.
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.document()->undoStack()->canUndo());

        // Cancelled: nothing changes.
        provider->dialogAnswer = [](QDialog &dialog) {
            auto &preferences = dynamic_cast<PreferencesDialog &>(dialog);
            preferences.numberStyleBox()->setCurrentIndex(
                preferences.numberStyleBox()->findData(int(NumberStyle::Grouped)));
            return int(QDialog::Rejected);
        };
        action->trigger();
        QCOMPARE(ValueFormat::amountStyle(), AmountStyle::ChineseUnits);
        QCOMPARE(Preferences::load().numberStyle, NumberStyle::ChineseUnits);
    }

    // "Your name" (issue 23): kept in the settings, shown in the form (the system account's name
    // as the placeholder when empty), and the author of the document's history entries from the
    // start and as soon as it is changed.
    void yourNameBecomesTheHistorysAuthor()
    {
        Preferences chosen;
        chosen.authorName = QStringLiteral("  Li Wei ");
        chosen.save();
        QCOMPARE(Preferences::load().authorName, QStringLiteral("Li Wei"));
        PreferencesDialog form(Preferences::load(), InterfaceLanguage::English);
        QCOMPARE(form.authorEdit()->text(), QStringLiteral("Li Wei"));
        QCOMPARE(form.authorEdit()->placeholderText(), defaultAuthor());

        auto dialogs = std::make_unique<test::FakeDialogProvider>();
        test::FakeDialogProvider *provider = dialogs.get();
        MainWindow window(std::move(dialogs));
        QCOMPARE(window.document()->author(), QStringLiteral("Li Wei"));
        provider->dialogAnswer = [](QDialog &dialog) {
            dynamic_cast<PreferencesDialog &>(dialog).authorEdit()->setText(
                QStringLiteral("Zhang Min"));
            return int(QDialog::Accepted);
        };
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QCOMPARE(window.document()->author(), QStringLiteral("Zhang Min"));
        QCOMPARE(Preferences::load().authorName, QStringLiteral("Zhang Min"));
        // Emptied: the system account's name again.
        provider->dialogAnswer = [](QDialog &dialog) {
            dynamic_cast<PreferencesDialog &>(dialog).authorEdit()->clear();
            return int(QDialog::Accepted);
        };
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QCOMPARE(window.document()->author(), defaultAuthor());
    }
};

QTEST_MAIN(PreferencesDialogTest)
#include "PreferencesDialogTest.moc"
