// Help ▸ About names the version, the build, the libraries (Qt, QCustomPlot, SQLite, Eigen)
// with their versions, and the licence.

#include "ui/dialogs/AboutDialog.h"
#include "cplan/BuildInfo.h"
#include "cplan/Version.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace cplan;

class AboutDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void versionsAreTheLibrariesOwn()
    {
        QCOMPARE(AboutDialog::qtVersion(), QString::fromLatin1(qVersion()));
        QVERIFY(QRegularExpression(QStringLiteral("^2\\.\\d+\\.\\d+$"))
                    .match(AboutDialog::qcustomplotVersion())
                    .hasMatch());
        QVERIFY2(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$"))
                     .match(AboutDialog::sqliteVersion())
                     .hasMatch(),
                 qPrintable(AboutDialog::sqliteVersion()));
        QVERIFY(AboutDialog::eigenVersion().startsWith(QLatin1String("3.4.")));
    }

    void textNamesVersionBuildLibrariesAndLicence()
    {
        AboutDialog dialog;
        const QString text = dialog.plainText();
        QVERIFY2(
            text.contains(QStringLiteral("Campaign Planner %1").arg(QLatin1String(versionString))),
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String(buildType)));
        QVERIFY(text.contains(QLatin1String(buildCommit)));
        QVERIFY(text.contains(QStringLiteral("Qt: ") + AboutDialog::qtVersion()));
        QVERIFY(text.contains(QStringLiteral("QCustomPlot: ") + AboutDialog::qcustomplotVersion()));
        QVERIFY(text.contains(QStringLiteral("SQLite: ") + AboutDialog::sqliteVersion()));
        QVERIFY(text.contains(QStringLiteral("Eigen: ") + AboutDialog::eigenVersion()));
        QVERIFY(text.contains(QLatin1String("GNU General Public License, version 3")));
    }

    void copyPutsTheTextOnTheClipboard()
    {
        AboutDialog dialog;
        QPushButton *copy = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("&Copy"))
                copy = button;
        }
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), dialog.plainText());
    }
};

QTEST_MAIN(AboutDialogTest)
#include "AboutDialogTest.moc"
