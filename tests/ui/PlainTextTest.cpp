// Issue 21, A.2: every text that comes from a file or the user is shown as written. Qt takes a
// text that looks like HTML for rich text and loads what its <img src> names: a name holding
// <img src="/path/to/fifo"> hung the window, /dev/zero read until memory ran out. Message
// boxes and labels are set to plain text; tooltips pass through plainToolTip().

#include "FakeDialogProvider.h"

#include "models/document/PlanDocument.h"
#include "models/storage/PlanJson.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/QtDialogProvider.h"
#include "ui/pages/PlanPlace.h"
#include "ui/widgets/PlainText.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <functional>

using namespace cplan;

namespace {

const QString hostile = QStringLiteral("<img src=\"/dev/zero\"><b>Bold</b>");

// What a tooltip shows for `tip`: Qt's own rule, rich text when it looks like rich text.
QString shownToolTip(const QString &tip)
{
    QTextDocument document;
    if (Qt::mightBeRichText(tip))
        document.setHtml(tip);
    else
        document.setPlainText(tip);
    return document.toPlainText()
        .replace(QChar::LineSeparator, QLatin1Char('\n'))
        .replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

// Runs `ask` (which opens a modal message box) and reads the box's text label while it is open.
void readMessageBox(const std::function<void()> &ask, Qt::TextFormat *format, QString *text)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || seen)
            return;
        seen = true;
        if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))) {
            *format = label->textFormat();
            *text = label->text();
        }
        box->done(0);
    });
    poll.start();
    ask();
    QVERIFY(seen);
}

} // namespace

class PlainTextTest : public QObject
{
    Q_OBJECT

private slots:
    void toolTipsShowTheTextAsWritten()
    {
        for (const QString &text :
             {hostile, QStringLiteral("<b>a</b> & <i>b</i>\nsecond line <img src=x>"),
              QStringLiteral("Search (long-tail keywords)"), QStringLiteral("a < b > c")}) {
            QCOMPARE(shownToolTip(plainToolTip(text)), text);
        }
        // Text Qt does not take for rich text is left as it is.
        QCOMPARE(plainToolTip(QStringLiteral("plain\ntext")), QStringLiteral("plain\ntext"));
    }

    void messageBoxesShowTheTextAsWritten()
    {
        QtDialogProvider dialogs(nullptr);
        Qt::TextFormat format = Qt::AutoText;
        QString text;
        readMessageBox([&] { dialogs.showError(QStringLiteral("Error"), hostile); }, &format,
                       &text);
        QCOMPARE(format, Qt::PlainText);
        QCOMPARE(text, hostile);
        format = Qt::AutoText;
        readMessageBox([&] { dialogs.showInformation(QStringLiteral("Info"), hostile); }, &format,
                       &text);
        QCOMPARE(format, Qt::PlainText);
        format = Qt::AutoText;
        readMessageBox([&] { dialogs.askSaveChanges(hostile, QStringLiteral("closing")); }, &format,
                       &text);
        QCOMPARE(format, Qt::PlainText);
        QVERIFY(text.contains(hostile));
        format = Qt::AutoText;
        readMessageBox([&] { dialogs.askRestoreRecovery(hostile, QStringLiteral("08:00")); },
                       &format, &text);
        QCOMPARE(format, Qt::PlainText);
        format = Qt::AutoText;
        readMessageBox([&] { dialogs.askExternalChange(hostile, true); }, &format, &text);
        QCOMPARE(format, Qt::PlainText);
        format = Qt::AutoText;
        readMessageBox([&] { dialogs.askReplaceFiles({hostile}); }, &format, &text);
        QCOMPARE(format, Qt::PlainText);
    }

    // A plan whose names are HTML: every label of every page that shows one shows it as plain
    // text (the Overview's heading, target tiles, notes, ...).
    void pagesShowNamesAsWritten()
    {
        Plan plan = samplePlan();
        plan.name = hostile + QStringLiteral(" plan");
        plan.scenarios[0].name = hostile + QStringLiteral(" scenario");
        const QString oldChannel = plan.channels[0].name;
        plan.channels[0].name = hostile + QStringLiteral(" channel");
        for (auto &actual : plan.actuals) {
            if (actual.channel == oldChannel)
                actual.channel = plan.channels[0].name;
        }
        if (!plan.targets.empty())
            plan.targets[0].label = hostile + QStringLiteral(" target");
        if (!plan.milestones.empty())
            plan.milestones[0].name = hostile + QStringLiteral(" milestone");

        MainWindow window(std::make_unique<test::FakeDialogProvider>());
        window.document()->resetTo(plan);
        window.resize(1280, 800);
        window.show();
        int shown = 0;
        for (int id = 0; id < pageCount; ++id) {
            window.showPage(PageId(id));
            QCoreApplication::processEvents();
            for (const QLabel *label : window.findChildren<QLabel *>()) {
                if (!label->text().contains(QStringLiteral("<img")))
                    continue;
                ++shown;
                QVERIFY2(label->textFormat() == Qt::PlainText,
                         qPrintable(QStringLiteral("%1 on page %2: %3")
                                        .arg(label->objectName())
                                        .arg(id)
                                        .arg(label->text())));
            }
        }
        QVERIFY(shown > 0);
    }
};

QTEST_MAIN(PlainTextTest)
#include "PlainTextTest.moc"
