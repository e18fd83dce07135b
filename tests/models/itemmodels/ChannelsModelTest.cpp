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
};

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
    QVERIFY(!(model.flags(model.index(0, ChannelsModel::AmountColumn)) & Qt::ItemIsEditable));

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
    QVERIFY(model.lastError().contains(QStringLiteral("\"cheap\" is not a number")));
    QVERIFY(!model.setData(model.index(0, ChannelsModel::NameColumn),
                           QStringLiteral("Short video ads")));
    QVERIFY(!model.setData(model.index(0, ChannelsModel::AmountColumn), 5.0));
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
    auto bad = TabularText::parse(QStringLiteral("41\t\t0.2\n12\t\t1.5\n"));
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
