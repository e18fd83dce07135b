// The "Name of the new scenario" question shows the name it suggests whole (issue 22 E.21: the
// re-plan's "Base (re-plan from 2026-07)" and longer Chinese names were cut off in
// QInputDialog's default box, so a user could not see what they were accepting).

#include "ui/dialogs/ScenarioNameDialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QTest>

using namespace cplan;

class ScenarioNameDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void theSuggestedNameFitsTheBox_data()
    {
        QTest::addColumn<QString>("suggested");
        QTest::newRow("re-plan") << QStringLiteral("Brand awareness push (re-plan from 2026-07)");
        QTest::newRow("zh re-plan") << QStringLiteral("品牌认知推广（重新规划，自 2026-07 起）");
        QTest::newRow("optimised") << QStringLiteral("Base (optimised) 2");
        QTest::newRow("calibrated")
            << QStringLiteral("Aggressive digital expansion with partners (calibrated)");
    }

    void theSuggestedNameFitsTheBox()
    {
        QFETCH(QString, suggested);
        const auto dialog =
            makeScenarioNameDialog(nullptr, QStringLiteral("Save as scenario"), suggested);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        QCOMPARE(edit->text(), suggested);
        // The text's width plus the box's own margins (frame and text margins, a few pixels).
        const int needed = edit->fontMetrics().horizontalAdvance(suggested) + 12;
        QVERIFY2(
            edit->width() >= needed,
            qPrintable(
                QStringLiteral("box %1 px, the name needs %2").arg(edit->width()).arg(needed)));
        // Still a dialog, not a screen-wide bar.
        QVERIFY(dialog->width() <= 900);
    }

    void aVeryLongNameStaysWithinReason()
    {
        const QString suggested(300, QLatin1Char('x'));
        const auto dialog =
            makeScenarioNameDialog(nullptr, QStringLiteral("Save as scenario"), suggested);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(dialog->width() <= 900);
        QCOMPARE(dialog->textValue(), suggested);
    }
};

QTEST_MAIN(ScenarioNameDialogTest)
#include "ScenarioNameDialogTest.moc"
