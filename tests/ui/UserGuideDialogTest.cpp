// The user guide window: it shows docs/user-guide.md with its images, has a section for every
// page (what F1 opens), scrolls to a section's heading, follows links to model.md and back,
// and says plainly when the guide is not installed.

#include "ui/dialogs/UserGuideDialog.h"

#include "TestPaths.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace cplan;

namespace {
QString docsFolder()
{
    return QDir::cleanPath(test::dataDir() + QStringLiteral("/../../docs"));
}

// The top of the first block whose text is `heading`, in document coordinates.
int headingTop(QTextBrowser *browser, const QString &heading)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text() == heading)
            return qRound(browser->document()->documentLayout()->blockBoundingRect(block).top());
    }
    return -1;
}
} // namespace

class UserGuideDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void anchorsAreGitHubs()
    {
        QCOMPARE(UserGuideDialog::anchorFor(QStringLiteral("Optimise, test uncertainty and "
                                                           "sensitivity")),
                 QStringLiteral("optimise-test-uncertainty-and-sensitivity"));
        QCOMPARE(UserGuideDialog::anchorFor(QStringLiteral("5. Carryover (adstock)")),
                 QStringLiteral("5-carryover-adstock"));
    }

    void everyPageHasItsSection()
    {
        UserGuideDialog dialog;
        QVERIFY(dialog.openGuide(docsFolder()));
        const QStringList headings = dialog.headings();
        QVERIFY(headings.size() > 10);
        for (int i = 0; i < pageCount; ++i) {
            const QString section = UserGuideDialog::sectionFor(PageId(i));
            QVERIFY2(headings.contains(section), qPrintable(section));
        }
    }

    void showSectionPutsTheHeadingAtTheTop()
    {
        UserGuideDialog dialog;
        dialog.resize(900, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.openGuide(docsFolder()));
        const QString section = UserGuideDialog::sectionFor(PageId::Milestones);
        QVERIFY(dialog.showSection(section));
        QScrollBar *scroll = dialog.browser()->verticalScrollBar();
        QVERIFY(scroll->value() > 0);
        QCOMPARE(scroll->value(), qMin(headingTop(dialog.browser(), section), scroll->maximum()));
        // By anchor, as links in the guide name it.
        QVERIFY(dialog.showSection(
            UserGuideDialog::anchorFor(UserGuideDialog::sectionFor(PageId::Budget))));
        QCOMPARE(scroll->value(),
                 qMin(headingTop(dialog.browser(), UserGuideDialog::sectionFor(PageId::Budget)),
                      scroll->maximum()));
        QVERIFY(!dialog.showSection(QStringLiteral("No such section")));
    }

    void everyImageOfTheGuideIsThere()
    {
        QFile file(QDir(docsFolder()).filePath(QStringLiteral("user-guide.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
        int count = 0;
        UserGuideDialog dialog;
        QVERIFY(dialog.openGuide(docsFolder()));
        for (auto match = image.globalMatch(text); match.hasNext();) {
            const QString path = match.next().captured(1);
            QVERIFY2(QFileInfo::exists(QDir(docsFolder()).filePath(path)), qPrintable(path));
            const QVariant loaded = dialog.browser()->loadResource(
                QTextDocument::ImageResource,
                QUrl::fromLocalFile(QDir(docsFolder()).filePath(path)));
            QVERIFY2(loaded.isValid(), qPrintable(path));
            ++count;
        }
        QVERIFY(count >= 4);
    }

    void imagesFitTheWindow()
    {
        UserGuideDialog dialog;
        dialog.resize(900, 600); // the default size; the screenshots are 960 px wide
        // Loaded before it is shown, as the Help menu does.
        QVERIFY(dialog.openGuide(docsFolder()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int available = dialog.browser()->viewport()->width();
        int images = 0;
        for (QTextBlock block = dialog.browser()->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                const QTextCharFormat format = fragment.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                const QTextImageFormat image = format.toImageFormat();
                QVERIFY2(image.width() > 100 && image.width() < available,
                         qPrintable(QStringLiteral("%1: %2 of %3")
                                        .arg(image.name())
                                        .arg(image.width())
                                        .arg(available)));
                ++images;
            }
        }
        QVERIFY(images >= 4);
        QCOMPARE(dialog.browser()->horizontalScrollBar()->maximum(), 0);
    }

    void linksOpenTheModelAndBackReturns()
    {
        UserGuideDialog dialog;
        QVERIFY(dialog.openGuide(docsFolder()));
        QTextBrowser *browser = dialog.browser();
        emit browser->anchorClicked(QUrl(QStringLiteral("model.md")));
        QVERIFY(browser->source().path().endsWith(QLatin1String("/model.md")));
        QVERIFY(dialog.headings().size() > 5);
        QVERIFY(browser->isBackwardAvailable());
        browser->backward();
        QVERIFY(browser->source().path().endsWith(QLatin1String("/user-guide.md")));
        QVERIFY(dialog.headings().contains(UserGuideDialog::sectionFor(PageId::Overview)));
    }

    void saysWhenTheGuideIsMissing()
    {
        QTemporaryDir empty;
        UserGuideDialog dialog;
        QVERIFY(!dialog.openGuide(empty.path()));
        QVERIFY(dialog.browser()->toPlainText().contains(QLatin1String("not installed")));
    }

    void findsTheGuideNamedByTheEnvironment()
    {
        qputenv("CPLAN_DOC_DIR", docsFolder().toUtf8());
        QCOMPARE(UserGuideDialog::guideFolder(), docsFolder());
        qunsetenv("CPLAN_DOC_DIR");
    }
};

QTEST_MAIN(UserGuideDialogTest)
#include "UserGuideDialogTest.moc"
