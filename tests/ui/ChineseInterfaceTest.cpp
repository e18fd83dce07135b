// The interface in Chinese (zh_CN): opens every page of the main window with the sample plan,
// every menu and every dialog, and fails on any visible text that is still English, either a
// source string of the translation left untranslated or English words that never went through
// tr() at all. Proper names and units are allowed (allowedWords()). Also checks the sample opens
// with its Chinese names, amounts in 万/亿 and months written the Chinese way.

#include "models/document/PlanDocument.h"
#include "models/document/SampleNames.h"
#include "models/domain/NumberText.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/ValueFormat.h"
#include "models/storage/PlanJson.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/CalibrationDialog.h"
#include "ui/dialogs/ImportActualsDialog.h"
#include "ui/dialogs/OptimiseSplitDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/ReplanDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/mainwindow/DocumentController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/pages/Page.h"
#include "ui/report/ExportDialog.h"
#include "ui/widgets/Preferences.h"

#include "FakeDialogProvider.h"
#include "ImageChecks.h"
#include "ScreenshotSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <QTextBrowser>
#include <QXmlStreamReader>
#include <cmath>

#include <qcustomplot.h>

#include <memory>

using namespace cplan;

namespace {

// Words that stay as they are in a Chinese interface: names, abbreviations, units, formats.
const QSet<QString> &allowedWords()
{
    static const QSet<QString> words{
        QStringLiteral("Campaign"),    QStringLiteral("Planner"),     QStringLiteral("English"),
        QStringLiteral("KOL"),         QStringLiteral("WeCom"),       QStringLiteral("App"),
        QStringLiteral("CNY"),         QStringLiteral("ROI"),         QStringLiteral("LTV"),
        QStringLiteral("CAC"),         QStringLiteral("CPL"),         QStringLiteral("ARPU"),
        QStringLiteral("JSON"),        QStringLiteral("CSV"),         QStringLiteral("XLSX"),
        QStringLiteral("PDF"),         QStringLiteral("TSV"),         QStringLiteral("Excel"),
        QStringLiteral("SQLite"),      QStringLiteral("QCustomPlot"), QStringLiteral("Eigen"),
        QStringLiteral("GPL"),         QStringLiteral("GNU"),         QStringLiteral("UTF"),
        QStringLiteral("GB"),          QStringLiteral("Ctrl"),        QStringLiteral("Shift"),
        QStringLiteral("Alt"),         QStringLiteral("cplan"),       QStringLiteral("json"),
        QStringLiteral("csv"),         QStringLiteral("xlsx"),        QStringLiteral("pdf"),
        QStringLiteral("YYYY"),        QStringLiteral("MM"),          QStringLiteral("DD"),
        QStringLiteral("Letter"),      QStringLiteral("Fusion"),      QStringLiteral("Windows"),
        QStringLiteral("Qt"),          QStringLiteral("max_share"),   QStringLiteral("min_share"),
        QStringLiteral("home"),        QStringLiteral("tmp"),         QStringLiteral("root"),
        QStringLiteral("brokerage"),   QStringLiteral("sample"),      QStringLiteral("campaign"),
        QStringLiteral("plan"),        QStringLiteral("Brokerage"),   QStringLiteral("customer"),
        QStringLiteral("acquisition"), QStringLiteral("Untitled"),    QStringLiteral("LibreOffice"),
        QStringLiteral("WPS"),         QStringLiteral("Del"),         QStringLiteral("pp"),
        QStringLiteral("Esc"),         QStringLiteral("Enter"),       QStringLiteral("Tab"),
        QStringLiteral("PgUp"),        QStringLiteral("PgDown"),      QStringLiteral("Home"),
        QStringLiteral("End"),         QStringLiteral("Ins"),         QStringLiteral("Space"),
        QStringLiteral("Release"),     QStringLiteral("Debug"),       QStringLiteral("USD"),
        QStringLiteral("EUR"),         QStringLiteral("ID"),          QStringLiteral("ISO"),
        QStringLiteral("LGPL"),        QStringLiteral("Mozilla"),     QStringLiteral("PostgreSQL"),
    };
    return words;
}

// The English source strings of the translation whose translation differs from them.
QSet<QString> translatedSources()
{
    QSet<QString> sources;
    QFile file(QFINDTESTDATA("../../resources/translations/campaign-planner_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source)
                sources.insert(source);
        }
    }
    return sources;
}

// "&Open…" → "Open", "<b>Plan</b>" → "Plan": the words a user reads.
QString readable(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&[a-z]+;|&#\\d+;"));
    text.remove(tags).replace(entities, QStringLiteral(" "));
    text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
    return text.trimmed();
}

// Every dialog of the window, made (not shown) for `window`'s plan; `provider` answers the
// import dialog's questions.
std::vector<std::unique_ptr<QDialog>> everyDialog(MainWindow *window, DialogProvider *provider)
{
    Preferences chinese;
    chinese.language = InterfaceLanguage::Chinese;
    PlanDocument *document = window->document();
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(
        std::make_unique<PreferencesDialog>(chinese, InterfaceLanguage::Chinese, window));
    dialogs.push_back(std::make_unique<AboutDialog>(window));
    dialogs.push_back(std::make_unique<OptimiseSplitDialog>(document, window));
    dialogs.push_back(std::make_unique<ReplanDialog>(document, window));
    dialogs.push_back(std::make_unique<ImportActualsDialog>(document, provider, window));
    dialogs.push_back(std::make_unique<ImportActualsDialog>(document, provider, window,
                                                            ImportTarget::PastActuals));
    dialogs.push_back(std::make_unique<CalibrationDialog>(document, provider, window));
    dialogs.push_back(
        std::make_unique<ExportDialog>(QStringList{document->plan().scenarios.front().name}, 0,
                                       QStringLiteral("/tmp/brokerage"), window));
    dialogs.push_back(std::make_unique<UserGuideDialog>(window));
    return dialogs;
}

class TextCollector
{
public:
    explicit TextCollector(QSet<QString> sources) : m_sources(std::move(sources)) {}

    // Records `text` seen at `where` when it is English.
    void check(const QString &where, const QString &raw)
    {
        const QString text = readable(raw);
        if (text.isEmpty())
            return;
        // Whole words of letters only: a commit hash ("cec1c62") or "P50" is not English.
        static const QRegularExpression word(
            QStringLiteral("(?<![A-Za-z0-9_])[A-Za-z][A-Za-z_]*[A-Za-z](?![A-Za-z0-9_])"));
        QStringList english;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString found = it.next().captured(0);
            if (!allowedWords().contains(found))
                english << found;
        }
        const bool untranslatedSource =
            m_sources.contains(raw.trimmed()) || m_sources.contains(text);
        if (untranslatedSource || english.size() >= 1)
            m_problems << QStringLiteral("%1: “%2”").arg(where, text.left(120));
    }

    void collectWidget(const QString &where, QWidget *root)
    {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(root))
                continue;
            const QString place =
                where + QLatin1Char('/') + QLatin1String(widget->metaObject()->className());
            if (!widget->toolTip().isEmpty())
                check(place + QStringLiteral(" tooltip"), widget->toolTip());
            if (auto *label = qobject_cast<QLabel *>(widget))
                check(place, label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                check(place, button->text());
            else if (auto *box = qobject_cast<QGroupBox *>(widget))
                check(place, box->title());
            else if (auto *combo = qobject_cast<QComboBox *>(widget))
                for (int i = 0; i < combo->count(); ++i)
                    check(place, combo->itemText(i));
            else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                check(place + QStringLiteral(" placeholder"), edit->placeholderText());
            else if (auto *tabs = qobject_cast<QTabWidget *>(widget))
                for (int i = 0; i < tabs->count(); ++i)
                    check(place, tabs->tabText(i));
            else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
                collectView(place, view);
            else if (auto *plot = qobject_cast<QCustomPlot *>(widget))
                collectPlot(place, plot);
        }
        for (QAction *action : root->actions())
            collectAction(where, action);
    }

    void collectView(const QString &where, QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model || qobject_cast<QTextBrowser *>(view))
            return;
        const int rows = std::min(model->rowCount(), 60);
        const int columns = std::min(model->columnCount(), 40);
        for (int c = 0; c < columns; ++c) {
            check(where + QStringLiteral(" header"),
                  model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            check(where + QStringLiteral(" header tooltip"),
                  model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
        for (int r = 0; r < rows; ++r) {
            check(where + QStringLiteral(" row header"),
                  model->headerData(r, Qt::Vertical, Qt::DisplayRole).toString());
            for (int c = 0; c < columns; ++c) {
                const QModelIndex index = model->index(r, c);
                check(where + QStringLiteral(" cell"), index.data(Qt::DisplayRole).toString());
                check(where + QStringLiteral(" cell tooltip"),
                      index.data(Qt::ToolTipRole).toString());
            }
        }
    }

    void collectPlot(const QString &where, QCustomPlot *plot)
    {
        for (QCPAxisRect *rect : plot->axisRects())
            for (QCPAxis *axis : rect->axes())
                if (axis->visible())
                    check(where + QStringLiteral(" axis"), axis->label());
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (plot->plottable(i)->visible())
                check(where + QStringLiteral(" series"), plot->plottable(i)->name());
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)); text && text->visible())
                check(where + QStringLiteral(" label"), text->text());
        for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
            if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
                check(where + QStringLiteral(" title"), title->text());
    }

    void collectAction(const QString &where, QAction *action)
    {
        if (action->isSeparator())
            return;
        check(where + QStringLiteral(" action"), action->text());
        if (!action->toolTip().isEmpty() && action->toolTip() != action->text())
            check(where + QStringLiteral(" action tip"), action->toolTip());
        check(where + QStringLiteral(" status tip"), action->statusTip());
        if (QMenu *menu = action->menu())
            for (QAction *inner : menu->actions())
                collectAction(where + QStringLiteral(" ▸ ") + readable(action->text()), inner);
    }

    QStringList problems() const { return m_problems; }

private:
    QSet<QString> m_sources;
    QStringList m_problems;
};

} // namespace

class ChineseInterfaceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QLocale locale = applyInterfaceLanguage(InterfaceLanguage::Chinese);
        QCOMPARE(locale.language(), QLocale::Chinese);
        applyNumberStyle(Preferences{});
        m_sources = translatedSources();
        QVERIFY2(m_sources.size() > 1000, "the translation source file was not found or is empty");
        // The translation is loaded (a string of the main window and one of Qt's own).
        QCOMPARE(QCoreApplication::translate("cplan::MainWindow", "&File"),
                 QStringLiteral("文件(&F)"));
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    }

    void cleanupTestCase() { applyInterfaceLanguage(InterfaceLanguage::English); }

    void sampleOpensWithChineseNames()
    {
        PlanDocument document;
        document.newFromSample();
        const Plan &plan = document.plan();
        QCOMPARE(plan.channels.front().name, QStringLiteral("搜索（长尾关键词）"));
        QCOMPARE(plan.stages.at(1), QStringLiteral("注册用户"));
        QCOMPARE(plan.categories.front().name, QStringLiteral("营销"));
        QCOMPARE(plan.scenarios.front().name, QStringLiteral("A 方案（2000 万元）"));
        // Actuals follow the renamed channels; nothing else changes, to the last bit.
        for (const Actual &actual : plan.actuals)
            QVERIFY2(plan.channelIndex(actual.channel) >= 0, qPrintable(actual.channel));
        const Plan english = samplePlan();
        for (std::size_t s = 0; s < plan.scenarios.size(); ++s) {
            const Projection zh = project(plan, plan.scenarios[s]);
            const Projection en = project(english, english.scenarios[s]);
            QCOMPARE(zh.totals.customers, en.totals.customers);
            QCOMPARE(zh.totals.channelSpend, en.totals.channelSpend);
        }
    }

    // Issue 22 D.14: File ▸ New in Chinese names the blank plan in Chinese.
    void newBlankPlanHasChineseNames()
    {
        PlanDocument document;
        document.newBlank();
        const Plan &plan = document.plan();
        QCOMPARE(plan.name, QStringLiteral("未命名计划"));
        QCOMPARE(plan.scenarios.front().name, QStringLiteral("基准"));
        QCOMPARE(plan.categories.front().name, QStringLiteral("营销"));
        QCOMPARE(plan.channels.front().name, QStringLiteral("渠道 1"));
        QCOMPARE(plan.stages, (QStringList{QStringLiteral("线索"), QStringLiteral("客户")}));
    }

    void amountsAndMonthsAreWrittenTheChineseWay()
    {
        QCOMPARE(ValueFormat::amountStyle(), AmountStyle::ChineseUnits);
        QCOMPARE(ValueFormat::money(20000000, QStringLiteral("CNY")), QStringLiteral("¥2,000万"));
        QCOMPARE(ValueFormat::money(125000000, QStringLiteral("CNY")), QStringLiteral("¥1.25亿"));
        QCOMPARE(NumberText::formatMonth(QStringLiteral("2025-03")), QStringLiteral("2025年3月"));
        QCOMPARE(NumberText::formatDate(QDate(2025, 4, 3)), QStringLiteral("2025年4月3日"));
        // What a Chinese cell shows reads back to the value to the precision shown, under the
        // Chinese locale (万/亿 moved by the decimal point, not multiplied): two decimals of 万,
        // four of 亿, cents below 10,000 (issue 22 B.7: no ¥240.2006490815597万).
        for (double value : {0.0, 9500.0, 10000.0, 20000000.0, 1.25e8, 123456789.5, 7654321.09,
                             280013.78, -35000.0, 3.5e11, 2402006.490815597, 953.304}) {
            const QString text = ValueFormat::money(value, QStringLiteral("CNY"));
            const auto parsed = NumberText::parseAmount(text, QStringLiteral("CNY"));
            QVERIFY2(parsed.ok(), qPrintable(text));
            const double step = std::abs(value) >= 1e8 ? 1e4 : std::abs(value) >= 1e4 ? 100 : 0.01;
            QVERIFY2(std::abs(*parsed - value) <= step / 2 * 1.000001, qPrintable(text));
        }
        QCOMPARE(ValueFormat::money(2402006.490815597, QStringLiteral("CNY")),
                 QStringLiteral("¥240.2万"));
        QCOMPARE(ValueFormat::money(280013.78, QStringLiteral("CNY")), QStringLiteral("¥28万"));
        QCOMPARE(ValueFormat::money(953.304, QStringLiteral("CNY")), QStringLiteral("¥953.3"));
        const auto date = NumberText::parseDate(NumberText::formatDate(QDate(2025, 4, 3)), {});
        QVERIFY(date.ok());
        QCOMPARE(*date, QDate(2025, 4, 3));
    }

    void everyPageMenuAndDialogIsChinese()
    {
        QTemporaryDir recovery;
        auto window = std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
        window->document()->setRecoveryFolder(recovery.path());
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->controller()->startUp(QString()));
        TextCollector texts(m_sources);
        texts.check(QStringLiteral("window title"), window->windowTitle());
        for (QAction *menu : window->menuBar()->actions())
            texts.collectAction(QStringLiteral("menu"), menu);
        for (int i = 0; i < pageCount; ++i) {
            window->showPage(PageId(i));
            QApplication::processEvents();
            texts.collectWidget(QStringLiteral("page %1").arg(i + 1), window.get());
        }

        test::FakeDialogProvider provider;
        const auto dialogs = everyDialog(window.get(), &provider);
        for (const auto &dialog : dialogs) {
            dialog->show();
            QApplication::processEvents();
            const QString name = QString::fromLatin1(dialog->metaObject()->className());
            texts.check(name + QStringLiteral(" title"), dialog->windowTitle());
            texts.collectWidget(name, dialog.get());
            dialog->hide();
        }

        const QStringList problems = texts.problems();
        for (const QString &problem : problems)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 English texts in the Chinese interface:\n")
                                .arg(problems.size()) +
                            problems.mid(0, 80).join(QLatin1Char('\n'))));
    }

    // Help ▸ User Guide shows the Chinese guide, and F1 finds each page's section in it; every
    // link inside it leads to a heading.
    void userGuideIsChineseAndF1FindsEverySection()
    {
        const QString docs = QFileInfo(QFINDTESTDATA("../../docs/user-guide.zh-CN.md")).path();
        QVERIFY2(!docs.isEmpty(), "docs/user-guide.zh-CN.md is missing");
        UserGuideDialog dialog;
        QVERIFY(dialog.openGuide(docs));
        QVERIFY(dialog.browser()->source().fileName() == QLatin1String("user-guide.zh-CN.md"));
        const QStringList headings = dialog.headings();
        for (int i = 0; i < pageCount; ++i) {
            const QString section = UserGuideDialog::sectionFor(PageId(i));
            QVERIFY2(headings.contains(section), qPrintable(section));
            QVERIFY(dialog.showSection(section));
        }
        QSet<QString> anchors;
        for (const QString &heading : headings)
            anchors.insert(UserGuideDialog::anchorFor(heading));
        QFile guide(QDir(docs).filePath(QStringLiteral("user-guide.zh-CN.md")));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        static const QRegularExpression link(QStringLiteral("\\]\\(#([^)]+)\\)"));
        for (auto it = link.globalMatch(QString::fromUtf8(guide.readAll())); it.hasNext();) {
            const QString anchor = it.next().captured(1);
            QVERIFY2(anchors.contains(anchor), qPrintable(anchor));
        }
    }

    // Every page in Chinese at both sizes, light and dark, and the dialogs, for a person to
    // look at (scripts/screenshots.sh): clipped or overlapping Chinese text shows there.
    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1280x800-light") << QSize(1280, 800) << false;
        QTest::newRow("1024x700-light") << QSize(1024, 700) << false;
        QTest::newRow("1280x800-dark") << QSize(1280, 800) << true;
    }

    void screenshots()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        const QDir folder(test::startScreenshots());
        QVERIFY(folder.exists());
        dark ? test::useDarkScreenshotPalette() : test::useLightScreenshotPalette();
        QTemporaryDir recovery;
        auto window = std::make_unique<MainWindow>(std::make_unique<test::FakeDialogProvider>());
        window->document()->setRecoveryFolder(recovery.path());
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->controller()->startUp(QString()));
        const QString suffix = QStringLiteral("%1x%2-%3")
                                   .arg(size.width())
                                   .arg(size.height())
                                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        for (int i = 0; i < pageCount; ++i) {
            window->showPage(PageId(i));
            QApplication::processEvents();
            const QImage image = window->grab().toImage();
            QVERIFY2(test::showsContent(image), qPrintable(QStringLiteral("page %1").arg(i + 1)));
            QVERIFY(image.save(folder.filePath(
                QStringLiteral("zh-%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(suffix))));
        }
        if (size.width() != 1280 || dark)
            return;
        test::FakeDialogProvider provider;
        const auto dialogs = everyDialog(window.get(), &provider);
        for (const auto &dialog : dialogs) {
            dialog->show();
            QApplication::processEvents();
            QVERIFY(dialog->grab().toImage().save(
                folder.filePath(QStringLiteral("zh-dialog-%1.png")
                                    .arg(QString::fromLatin1(dialog->metaObject()->className())
                                             .section(QStringLiteral("::"), -1)))));
            dialog->hide();
        }
    }

private:
    QSet<QString> m_sources;
};

QTEST_MAIN(ChineseInterfaceTest)
#include "ChineseInterfaceTest.moc"
