// ChannelsModel: display/edit roles, refusal with the validator's text, merging, paste as one
// step, structural changes under QAbstractItemModelTester.

#include "models/itemmodels/ChannelsModel.h"
#include "models/domain/ViolationSentence.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/TabularText.h"

#include "ModelFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace cplan;

class ChannelsModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsTheActiveScenariosDrivers();
    void editsAreUndoStepsThatMerge();
    void invalidInputIsRefused();
    void saturationCanBeCleared();
    void pasteIsOneStepOrRefusedWhole();
    void structuralChangesPassTheModelTester();
    void sharesAndRatesReadAsPercent_data();
    void sharesAndRatesReadAsPercent();
    void moneyCellsReadAsPeopleWriteMoney_data();
    void moneyCellsReadAsPeopleWriteMoney();
    void textThatIsNotANumberIsRefusedByName();
    void pastedSpreadsheetBlocksForgiveToo();
    void budgetByAmountSetsTheShare();
};

void ChannelsModelTest::sharesAndRatesReadAsPercent_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bare number above 1 is percent") << QStringLiteral("60");
    QTest::newRow("with percent sign") << QStringLiteral("60%");
    QTest::newRow("fraction") << QStringLiteral("0.6");
    QTest::newRow("full-width") << QStringLiteral("６０％");
}

void ChannelsModelTest::sharesAndRatesReadAsPercent()
{
    QFETCH(QString, text);
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const QModelIndex share = model.index(2, ChannelsModel::ShareColumn);
    const QModelIndex margin = model.index(2, model.columnOf(ChannelDriver::Margin));
    QVERIFY2(model.setData(share, text), qPrintable(model.lastError()));
    QVERIFY2(model.setData(margin, text), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().scenarios[0].channels[2].share, 0.6);
    QCOMPARE(fixture.document->plan().scenarios[0].channels[2].margin, 0.6);
    QCOMPARE(model.data(share).toString(), QStringLiteral("60%"));
    QCOMPARE(model.data(margin).toString(), QStringLiteral("60%"));
}

void ChannelsModelTest::moneyCellsReadAsPeopleWriteMoney_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("plain") << QStringLiteral("20000000") << 2e7;
    QTest::newRow("grouped") << QStringLiteral("20,000,000") << 2e7;
    QTest::newRow("yen") << QStringLiteral("¥20,000,000") << 2e7;
    QTest::newRow("full-width yen") << QStringLiteral("￥20,000,000") << 2e7;
    QTest::newRow("code and M") << QStringLiteral("CNY 20M") << 2e7;
    QTest::newRow("M") << QStringLiteral("20M") << 2e7;
    QTest::newRow("wan") << QStringLiteral("2000万") << 2e7;
    QTest::newRow("yi") << QStringLiteral("0.2亿") << 2e7;
    QTest::newRow("wan yuan") << QStringLiteral("2,000 万元") << 2e7;
    QTest::newRow("full-width digits") << QStringLiteral("２０００万") << 2e7;
}

void ChannelsModelTest::moneyCellsReadAsPeopleWriteMoney()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    const QModelIndex saturation = model.index(0, model.columnOf(ChannelDriver::SaturationSpend));
    QVERIFY2(model.setData(saturation, text), qPrintable(model.lastError()));
    QCOMPARE(*fixture.document->plan().scenarios[0].channels[0].saturationSpend, expected);
    QCOMPARE(model.data(saturation).toString(), QStringLiteral("CNY 20,000,000"));
}

void ChannelsModelTest::textThatIsNotANumberIsRefusedByName()
{
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    const Plan before = fixture.document->plan();
    const QModelIndex cpl = model.index(0, model.columnOf(ChannelDriver::Cpl));
    QVERIFY(!model.setData(cpl, QStringLiteral("USD 45")));
    QCOMPARE(model.lastError(), QStringLiteral("CPL of Search (long-tail keywords): \"USD 45\" is "
                                               "not in CNY, the plan's currency"));
    QVERIFY(!model.setData(cpl, QStringLiteral("45 approx")));
    QVERIFY2(model.lastError().contains(QStringLiteral("\"45 approx\"")),
             qPrintable(model.lastError()));
    QVERIFY(!model.setData(model.index(0, ChannelsModel::ShareColumn), QStringLiteral("20万")));
    QVERIFY2(model.lastError().contains(QStringLiteral("\"20万\" is not a percentage")),
             qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan(), before);
}

void ChannelsModelTest::pastedSpreadsheetBlocksForgiveToo()
{
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const int cpl = model.columnOf(ChannelDriver::Cpl);
    // As Excel/WPS copy a formatted range: currency signs, separators, full-width digits, %.
    auto block = TabularText::parse(
        QStringLiteral("￥45.50\t\"2,000 万元\"\t10%\r\n４０\tCNY 1.5M\t0.05\r\n"));
    QVERIFY(block.ok());
    QVERIFY2(model.pasteBlock(model.index(0, cpl), block.value()), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->undoStack()->count(), 1);
    QCOMPARE(fixture.document->undoStack()->text(0), QStringLiteral("Paste 6 cell(s)"));
    const auto &channels = fixture.document->plan().scenarios[0].channels;
    QCOMPARE(channels[0].cpl, 45.5);
    QCOMPARE(*channels[0].saturationSpend, 2e7);
    QCOMPARE(channels[0].carryover, 0.1);
    QCOMPARE(channels[1].cpl, 40.0);
    QCOMPARE(*channels[1].saturationSpend, 1.5e6);
    QCOMPARE(channels[1].carryover, 0.05);

    const Plan before = fixture.document->plan();
    auto bad = TabularText::parse(QStringLiteral("41\tabout 2M\t10%\n"));
    QVERIFY(bad.ok());
    QVERIFY(!model.pasteBlock(model.index(0, cpl), bad.value()));
    QVERIFY2(model.lastError().contains(QStringLiteral("\"about 2M\"")),
             qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan(), before);

    // Delete on a selection writes a block of empty cells: named "Clear", not "Paste" (E.24).
    const int saturation = model.columnOf(ChannelDriver::SaturationSpend);
    QVERIFY2(model.pasteBlock(model.index(0, saturation), {QStringList{QString()}}),
             qPrintable(model.lastError()));
    QCOMPARE(fixture.document->undoStack()->text(1), QStringLiteral("Clear 1 cell(s)"));
}

void ChannelsModelTest::budgetByAmountSetsTheShare()
{
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    // The channel pool is 20M x 60% = 12M; 4.8M of it is a share of 40%.
    const QModelIndex amount = model.index(1, ChannelsModel::AmountColumn);
    QVERIFY2(model.setData(amount, QStringLiteral("480万")), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->undoStack()->count(), 1);
    QCOMPARE(fixture.document->plan().scenarios[0].channels[1].share, 0.4);
    QCOMPARE(model.data(amount).toString(), QStringLiteral("CNY 4,800,000"));
    QCOMPARE(model.data(model.index(1, ChannelsModel::ShareColumn)).toString(),
             QStringLiteral("40%"));
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);

    // More than the pool is refused in the money typed, not as the share it would be.
    QVERIFY(!model.setData(amount, QStringLiteral("123456789")));
    QCOMPARE(model.lastError(),
             QStringLiteral("Amount of Short video ads: CNY 123,456,789 is more than the channel "
                            "pool of CNY 12,000,000 (1,028.81% of it); an amount can be at most "
                            "the pool"));
    QCOMPARE(fixture.document->plan(), before);

    // Without a channel pool an amount cannot become a share: refused, not guessed.
    QVERIFY(fixture.document->setBudget(0, 0.0).ok());
    QVERIFY(!model.setData(amount, QStringLiteral("100")));
    QVERIFY2(model.lastError().contains(QStringLiteral("channel pool is 0")),
             qPrintable(model.lastError()));
}

void ChannelsModelTest::showsTheActiveScenariosDrivers()
{
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 4 + 3 + 2 + 5);
    const int cpl = model.columnOf(ChannelDriver::Cpl);
    QCOMPARE(model.data(model.index(0, cpl), Qt::EditRole).toDouble(), 45.0);
    QCOMPARE(model.data(model.index(0, cpl)).toString(), QStringLiteral("CNY 45"));
    QCOMPARE(model.data(model.index(0, ChannelsModel::ShareColumn)).toString(),
             QStringLiteral("20%"));
    // Amount: budget 20M x channel categories 60% x share 20%.
    QCOMPARE(model.data(model.index(0, ChannelsModel::AmountColumn), Qt::EditRole).toDouble(),
             2400000.0);
    QCOMPARE(model.data(model.index(0, ChannelsModel::AmountColumn)).toString(),
             QStringLiteral("CNY 2,400,000"));
    QCOMPARE(model.data(model.index(0, ChannelsModel::ShareColumn), AmountRole).toDouble(),
             2400000.0);
    QCOMPARE(model.data(model.index(0, ChannelsModel::ShareColumn), SumOffRole).toBool(), false);
    const int rate = model.columnOf(ChannelDriver::Conversion, 1);
    QCOMPARE(model.data(model.index(0, rate)).toString(), QStringLiteral("12%"));
    // Two lines in the header keep the rate column as narrow as its numbers.
    QCOMPARE(model.headerData(rate, Qt::Horizontal).toString(),
             QStringLiteral("Registered users →\nAccounts opened"));
    QVERIFY(
        !model.data(model.index(5, model.columnOf(ChannelDriver::SaturationSpend)), Qt::EditRole)
             .isValid());
    QVERIFY(model.flags(model.index(0, ChannelsModel::AmountColumn)) & Qt::ItemIsEditable);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    fixture.document->setActiveScenarioIndex(1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0, ChannelsModel::AmountColumn), Qt::EditRole).toDouble(),
             fixture.document->plan().scenarios[1].budget * 0.6 *
                 fixture.document->plan().scenarios[1].channels[0].share);
}

void ChannelsModelTest::editsAreUndoStepsThatMerge()
{
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    const QModelIndex cpl = model.index(1, model.columnOf(ChannelDriver::Cpl));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(cpl, 13.0));
    QVERIFY(model.setData(cpl, QStringLiteral("14.5")));
    QVERIFY(model.setData(cpl, 48));
    QVERIFY(changed.count() >= 3);
    QCOMPARE(fixture.document->undoStack()->count(), 1);
    QCOMPARE(fixture.document->undoStack()->text(0),
             QStringLiteral("Set CPL of Short video ads to 48"));
    QCOMPARE(model.data(cpl, Qt::EditRole).toDouble(), 48.0);
    QVERIFY(model.setData(model.index(1, ChannelsModel::ShareColumn), QStringLiteral("35%")));
    QCOMPARE(fixture.document->plan().scenarios[0].channels[1].share, 0.35);
    QCOMPARE(model.data(model.index(1, ChannelsModel::ShareColumn), SumOffRole).toBool(), true);
    QCOMPARE(model.headerData(ChannelsModel::ShareColumn, Qt::Horizontal, SumOffRole).toBool(),
             true);
    QCOMPARE(fixture.document->undoStack()->count(), 2);
    QVERIFY(model.setData(model.index(0, ChannelsModel::NameColumn), QStringLiteral("Search")));
    QCOMPARE(fixture.document->undoStack()->text(2),
             QStringLiteral("Set Channel of Search (long-tail keywords) to Search"));
    QCOMPARE(fixture.document->plan().actuals[0].channel, QStringLiteral("Search"));
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);
}

void ChannelsModelTest::invalidInputIsRefused()
{
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const QModelIndex rate = model.index(0, model.columnOf(ChannelDriver::Conversion, 1));
    QVERIFY(!model.setData(rate, 1.4));
    QCOMPARE(model.data(rate, Qt::EditRole).toDouble(), 0.12);
    QString expected;
    Plan edited = fixture.document->plan();
    edited.scenarios[0].channels[0].conversion[1] = 1.4;
    for (const Violation &violation : validatePlan(edited)) {
        if (violation.path == model.data(rate, PathRole).toString())
            expected = violationSentence(edited, violation); // the window's words
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model.lastError(), expected);
    QCOMPARE(fixture.document->undoStack()->count(), 0);

    QVERIFY(!model.setData(model.index(0, model.columnOf(ChannelDriver::Cpl)),
                           QStringLiteral("cheap")));
    QVERIFY2(model.lastError().contains(QStringLiteral("\"cheap\" is not an amount of money")),
             qPrintable(model.lastError()));
    QVERIFY(!model.setData(model.index(0, ChannelsModel::NameColumn),
                           QStringLiteral("Short video ads")));
    QVERIFY(!model.setData(model.index(0, ChannelsModel::AmountColumn), QStringLiteral("-5")));
    QVERIFY2(model.lastError().contains(QStringLiteral("share")), qPrintable(model.lastError()));
    QVERIFY(model.setData(model.index(0, model.columnOf(ChannelDriver::Cpl)), 50.0));
    QVERIFY(model.lastError().isEmpty());
}

void ChannelsModelTest::saturationCanBeCleared()
{
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    const QModelIndex saturation = model.index(0, model.columnOf(ChannelDriver::SaturationSpend));
    QVERIFY(model.setData(saturation, QString()));
    QVERIFY(!fixture.document->plan().scenarios[0].channels[0].saturationSpend);
    QCOMPARE(model.data(saturation).toString(), QString());
    QVERIFY(model.setData(saturation, QStringLiteral("1,000,000")));
    QCOMPARE(*fixture.document->plan().scenarios[0].channels[0].saturationSpend, 1000000.0);
    QVERIFY(!model.setData(saturation, -5.0));
}

void ChannelsModelTest::pasteIsOneStepOrRefusedWhole()
{
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const int cpl = model.columnOf(ChannelDriver::Cpl);
    auto block = TabularText::parse(QStringLiteral("40\t\t0.1\r\n11\t\"1,300,000\"\t0\r\n"));
    QVERIFY(block.ok());
    QVERIFY2(model.pasteBlock(model.index(0, cpl), block.value()), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->undoStack()->count(), 1);
    const auto &channels = fixture.document->plan().scenarios[0].channels;
    QCOMPARE(channels[0].cpl, 40.0);
    QVERIFY(!channels[0].saturationSpend);
    QCOMPARE(channels[0].carryover, 0.1);
    QCOMPARE(channels[1].cpl, 11.0);
    QCOMPARE(*channels[1].saturationSpend, 1300000.0);

    const Plan before = fixture.document->plan();
    auto bad = TabularText::parse(QStringLiteral("41\t\t0.2\n12\t\t150%\n"));
    QVERIFY(bad.ok());
    QVERIFY(!model.pasteBlock(model.index(0, cpl), bad.value()));
    QVERIFY(model.lastError().contains(QStringLiteral("carryover")));
    QCOMPARE(fixture.document->plan(), before);
    QCOMPARE(fixture.document->undoStack()->count(), 1);
    // A block that does not fit is refused too.
    QVERIFY(!model.pasteBlock(model.index(5, cpl), block.value()));
    // Copy gives back exact values.
    const QString copied = TabularText::format(model.textBlock(0, cpl, 1, cpl + 2));
    QCOMPARE(copied, QStringLiteral("40\t\t0.1\n11\t1300000\t0\n"));
}

void ChannelsModelTest::structuralChangesPassTheModelTester()
{
    test::ModelFixture fixture;
    ChannelsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    PlanDocument &document = *fixture.document;
    QVERIFY(document.addChannel(QStringLiteral("Radio")).ok());
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(document.addStage(3, QStringLiteral("Active traders")).ok());
    QCOMPARE(model.columnCount(), 4 + 3 + 3 + 5);
    QVERIFY(document.moveChannel(6, 0).ok());
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Radio"));
    QVERIFY(document.removeChannel(3).ok());
    QVERIFY(document.createScenario(0).ok());
    QVERIFY(document.setSetting(PlanSetting::Months, 24).ok());
    fixture.undoAll();
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 14);
    fixture.redoAll();
    QCOMPARE(model.rowCount(), 6);
    document.newBlank();
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(ChannelsModelTest)
#include "ChannelsModelTest.moc"
