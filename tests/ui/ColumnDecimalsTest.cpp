// Issue 22 B.7: amounts are rounded for display with ONE number of decimals per column (or, in a
// table whose rows are metrics, per metric row), chosen from the column's values: never "¥688"
// under "¥938.41", "¥28万" under "¥27.45万" or "CNY 20,000,000" under "CNY 12,345,678.90". Checked
// in the English (grouped, "CNY 1,809.00") and the Chinese ("¥2,000万") interface, on the tables
// that show amounts: Comparison, Channels (Budget page), Categories, Actuals, Scenarios, the
// channel results, the variance tables, the Monte Carlo percentiles' row style.

#include "models/document/PlanDocument.h"
#include "models/domain/NumberText.h"
#include "models/itemmodels/ActualsModel.h"
#include "models/itemmodels/CategoriesModel.h"
#include "models/itemmodels/ChannelsModel.h"
#include "models/itemmodels/PhasingAmountsModel.h"
#include "models/itemmodels/ScenariosModel.h"
#include "models/itemmodels/TabularText.h"
#include "models/itemmodels/ValueFormat.h"
#include "models/reports/PlanReports.h"
#include "models/storage/PlanJson.h"
#include "ui/charts/ComparisonView.h"
#include "ui/pages/ActualsVariancePanel.h"
#include "ui/pages/ChannelsPage.h"
#include "ui/widgets/Preferences.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <set>

using namespace cplan;

namespace {

// The decimals of the amount in a cell's text ("CNY 1,809.00" 2, "¥2,000万" 0, "¥240.2万" 1);
// -1 when the text holds no amount.
int decimalsOf(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d[\\d,]*(?:\\.(\\d+))?"));
    const auto match = number.match(text);
    if (!match.hasMatch())
        return -1;
    return int(match.captured(1).size());
}

// Whether a cell's text is an amount of money in the plan's currency, in either style.
bool isAmount(const QString &text)
{
    return text.contains(QStringLiteral("CNY")) || text.contains(QStringLiteral("¥"));
}

// The texts of a model's column (DisplayRole), the empty ones left out.
QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = model.data(model.index(row, column)).toString();
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

// Every text of `texts` has the same number of decimals.
bool alike(const QStringList &texts)
{
    std::set<int> decimals;
    for (const QString &text : texts)
        decimals.insert(decimalsOf(text));
    return decimals.size() <= 1;
}

const char *languageName(bool chinese)
{
    return chinese ? "zh" : "en";
}

} // namespace

class ColumnDecimalsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlanDocument> m_document;

    void useLanguage(bool chinese)
    {
        applyInterfaceLanguage(chinese ? InterfaceLanguage::Chinese : InterfaceLanguage::English);
        applyNumberStyle(Preferences{});
        QCOMPARE(ValueFormat::amountStyle(),
                 chinese ? AmountStyle::ChineseUnits : AmountStyle::Grouped);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->resetTo(samplePlan());
    }
    void cleanup() { m_document.reset(); }

    void language_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("en") << false;
        QTest::newRow("zh") << true;
    }

    // The Scenarios table's budget column: round budgets stay "CNY 20,000,000" / "¥2,000万";
    // one budget with cents gives every budget its two decimals.
    void scenarioBudgets_data() { language_data(); }
    void scenarioBudgets()
    {
        QFETCH(bool, chinese);
        useLanguage(chinese);
        ScenariosModel model(m_document.get());
        const int budget = ScenariosModel::BudgetColumn;
        QCOMPARE(model.data(model.index(0, budget)).toString(),
                 chinese ? QStringLiteral("¥2,000万") : QStringLiteral("CNY 20,000,000"));
        QVERIFY2(model.setData(model.index(1, budget), QStringLiteral("12345678.9")),
                 qPrintable(model.lastError()));
        const QStringList texts = columnTexts(model, budget);
        QVERIFY2(alike(texts), qPrintable(texts.join(QStringLiteral(" / "))));
        QCOMPARE(model.data(model.index(1, budget)).toString(),
                 chinese ? QStringLiteral("¥1,234.57万") : QStringLiteral("CNY 12,345,678.90"));
        QCOMPARE(model.data(model.index(0, budget)).toString(),
                 chinese ? QStringLiteral("¥2,000.00万") : QStringLiteral("CNY 20,000,000.00"));
        // Back to round budgets (undo): the column drops its decimals again.
        m_document->undoStack()->undo();
        QCOMPARE(model.data(model.index(0, budget)).toString(),
                 chinese ? QStringLiteral("¥2,000万") : QStringLiteral("CNY 20,000,000"));
        // Copy reads the raw number, not the text.
        QCOMPARE(model.data(model.index(0, budget), Qt::EditRole).toDouble(), 20000000.0);
    }

    // The Budget page's tables: the channels' amounts (and money drivers) and the categories'.
    void channelAndCategoryAmounts_data() { language_data(); }
    void channelAndCategoryAmounts()
    {
        QFETCH(bool, chinese);
        useLanguage(chinese);
        ChannelsModel channels(m_document.get());
        CategoriesModel categories(m_document.get());
        // A channel amount with cents beside round ones.
        QVERIFY2(channels.setData(channels.index(0, ChannelsModel::AmountColumn),
                                  QStringLiteral("1234567.89")),
                 qPrintable(channels.lastError()));
        int moneyColumns = 0;
        for (int column = 0; column < channels.columnCount(); ++column) {
            const QStringList texts = columnTexts(channels, column);
            if (texts.isEmpty() || !isAmount(texts.first()))
                continue;
            ++moneyColumns;
            QVERIFY2(alike(texts), qPrintable(QStringLiteral("%1 %2: %3")
                                                  .arg(QLatin1String(languageName(chinese)))
                                                  .arg(column)
                                                  .arg(texts.join(QStringLiteral(" / ")))));
        }
        QVERIFY(moneyColumns >= 2); // the amounts and at least one cost driver
        QCOMPARE(channels.data(channels.index(0, ChannelsModel::AmountColumn)).toString(),
                 chinese ? QStringLiteral("¥123.46万") : QStringLiteral("CNY 1,234,567.89"));
        // A budget with cents reaches the categories' amounts.
        ScenariosModel scenarios(m_document.get());
        QVERIFY(scenarios.setData(
            scenarios.index(m_document->activeScenarioIndex(), ScenariosModel::BudgetColumn),
            QStringLiteral("20000001.5")));
        const QStringList amounts = columnTexts(categories, CategoriesModel::AmountColumn);
        QVERIFY2(alike(amounts), qPrintable(amounts.join(QStringLiteral(" / "))));
    }

    // The Actuals grid's spend column (the sample's spends: 280,013.78, 274,500, ...).
    void actualSpends_data() { language_data(); }
    void actualSpends()
    {
        QFETCH(bool, chinese);
        useLanguage(chinese);
        ActualsModel model(m_document.get());
        const int spend = ActualsModel::SpendColumn;
        QVERIFY(model.setData(model.index(1, spend), QStringLiteral("50000")));
        QVERIFY(model.setData(model.index(2, spend), QStringLiteral("9876.5")));
        const QStringList texts = columnTexts(model, spend);
        QVERIFY(texts.size() >= 3);
        QVERIFY2(alike(texts), qPrintable(texts.join(QStringLiteral(" / "))));
        QCOMPARE(model.data(model.index(1, spend)).toString(),
                 chinese ? QStringLiteral("¥5.00万") : QStringLiteral("CNY 50,000.00"));
        QCOMPARE(model.data(model.index(2, spend)).toString(),
                 chinese ? QStringLiteral("¥9,876.50") : QStringLiteral("CNY 9,876.50"));
        // The same column as whole amounts only: no decimals at all.
        Plan plan = m_document->plan();
        for (Actual &actual : plan.actuals)
            actual.spend = std::round(actual.spend / 10000.0) * 10000.0;
        m_document->resetTo(plan);
        const QStringList whole = columnTexts(model, spend);
        QVERIFY2(alike(whole), qPrintable(whole.join(QStringLiteral(" / "))));
        QCOMPARE(decimalsOf(whole.first()), 0);
    }

    // The phasing amounts (Chinese units): each month's or quarter's column alike.
    void phasingAmounts_data() { language_data(); }
    void phasingAmounts()
    {
        QFETCH(bool, chinese);
        useLanguage(chinese);
        ChannelsModel channels(m_document.get());
        QVERIFY(channels.setData(channels.index(0, ChannelsModel::AmountColumn),
                                 QStringLiteral("1234567.89")));
        PhasingAmountsModel model(m_document.get());
        QVERIFY(model.columnCount() > 0);
        for (int column = 0; column < model.columnCount(); ++column) {
            QStringList amounts;
            for (const QString &text : columnTexts(model, column))
                amounts << text.section(QStringLiteral(" · "), 1); // "5.8% · ¥116.67万"
            QVERIFY2(alike(amounts), qPrintable(amounts.join(QStringLiteral(" / "))));
        }
    }

    // The Comparison: a metric across the scenarios (a row) shows one number of decimals, its
    // differences one too; a budget row with a budget below 10,000 shows cents throughout.
    void comparisonRows_data() { language_data(); }
    void comparisonRows()
    {
        QFETCH(bool, chinese);
        useLanguage(chinese);
        Plan plan = samplePlan();
        plan.scenarios[2].budget = 9500.5; // a tiny pilot beside CNY 20M and 25M
        m_document->resetTo(plan);
        ComparisonView view(m_document.get());
        view.setBaseScenario(plan.scenarios[0].name);
        view.resize(1000, 700);
        const QTableWidget *table = view.table();
        QVERIFY(table->rowCount() > 5);
        std::vector<int> valueColumns;
        std::vector<int> deltaColumns;
        for (int c = 1; c < table->columnCount(); ++c) {
            const QString header = table->horizontalHeaderItem(c)->text();
            if (header == ComparisonView::tr("Δ"))
                deltaColumns.push_back(c);
            else if (header != ComparisonView::tr("Δ %"))
                valueColumns.push_back(c);
        }
        QCOMPARE(int(valueColumns.size()), 3);
        int moneyRows = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            for (const auto *columns : {&valueColumns, &deltaColumns}) {
                QStringList texts;
                for (int c : *columns) {
                    const QString text = table->item(r, c)->text();
                    if (isAmount(text))
                        texts << text;
                }
                if (texts.size() < 2)
                    continue;
                ++moneyRows;
                QVERIFY2(alike(texts),
                         qPrintable(QStringLiteral("%1: %2").arg(
                             table->item(r, 0)->text(), texts.join(QStringLiteral(" / ")))));
            }
        }
        QVERIFY(moneyRows >= 4);
    }

    // Round figures stay round: the sample's budget row and its differences have no decimals
    // (the base's own difference, 0, asks for no cents).
    void comparisonKeepsRoundFigures_data() { language_data(); }
    void comparisonKeepsRoundFigures()
    {
        QFETCH(bool, chinese);
        useLanguage(chinese);
        ComparisonView view(m_document.get());
        view.setBaseScenario(m_document->plan().scenarios[0].name);
        const QTableWidget *table = view.table();
        int budgetRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1)->text() ==
                (chinese ? QStringLiteral("¥2,000万") : QStringLiteral("CNY 20,000,000")))
                budgetRow = r;
        }
        QVERIFY(budgetRow >= 0);
        QCOMPARE(table->item(budgetRow, 2)->text(),
                 chinese ? QStringLiteral("¥2,500万") : QStringLiteral("CNY 25,000,000"));
        QCOMPARE(table->item(budgetRow, 3)->text(),
                 chinese ? QStringLiteral("+¥500万") : QStringLiteral("+CNY 5,000,000"));
    }

    // The Actuals page's variance tables: the planned and actual spends of a table alike, and
    // the costs of the benchmark sentences alike ("¥857.50" under "¥1,692.87").
    void varianceTables_data() { language_data(); }
    void varianceTables()
    {
        QFETCH(bool, chinese);
        useLanguage(chinese);
        ActualsVariancePanel panel;
        const int baseline = m_document->plan().baselineScenarioIndex();
        panel.showVariance(m_document->plan(), m_document->reports().variance(baseline),
                           m_document->reports().projection(baseline));
        static const QRegularExpression amount(QStringLiteral("(?:CNY |¥)[\\d,.]+万?"));
        for (const QTableWidget *table : {panel.byChannelTable(), panel.byMonthTable()}) {
            QVERIFY(table->rowCount() > 1);
            QStringList spends;
            QStringList costs;
            for (int r = 0; r < table->rowCount(); ++r) {
                spends << table->item(r, 1)->text() << table->item(r, 2)->text();
                if (table == panel.byChannelTable()) {
                    auto found = amount.globalMatch(table->item(r, 4)->text());
                    while (found.hasNext())
                        costs << found.next().captured(0);
                }
            }
            QVERIFY2(alike(spends), qPrintable(spends.join(QStringLiteral(" / "))));
            QVERIFY2(alike(costs), qPrintable(costs.join(QStringLiteral(" / "))));
            if (table == panel.byChannelTable())
                QVERIFY(costs.size() >= 4);
        }
    }

    // The channel results under the channels table: each money column alike.
    void channelResults_data() { language_data(); }
    void channelResults()
    {
        QFETCH(bool, chinese);
        useLanguage(chinese);
        // A small test channel: its spend needs cents beside the millions of the others.
        ChannelsModel channels(m_document.get());
        QVERIFY(channels.setData(channels.index(0, ChannelsModel::AmountColumn),
                                 QStringLiteral("9500.5")));
        ChannelsPage page(m_document.get());
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto tables = page.findChildren<QTableWidget *>();
        QVERIFY(!tables.isEmpty());
        int moneyColumns = 0;
        for (const QTableWidget *table : tables) {
            for (int c = 0; c < table->columnCount(); ++c) {
                QStringList texts;
                for (int r = 0; r < table->rowCount(); ++r) {
                    if (table->item(r, c) && isAmount(table->item(r, c)->text()))
                        texts << table->item(r, c)->text();
                }
                if (texts.size() < 2)
                    continue;
                ++moneyColumns;
                QVERIFY2(alike(texts), qPrintable(texts.join(QStringLiteral(" / "))));
            }
        }
        QVERIFY(moneyColumns >= 3); // spend, cost per customer, customer value
    }
};

QTEST_MAIN(ColumnDecimalsTest)
#include "ColumnDecimalsTest.moc"
