// ActualsModel: the month x channel grid, empty = not measured, clearing removes the row.

#include "models/itemmodels/ActualsModel.h"
#include "models/itemmodels/TabularText.h"

#include "ModelFixture.h"

#include <QColor>
#include <QTest>

using namespace cplan;

class ActualsModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsMeasuredAndEmptyCells();
    void entersAndClearsMeasurements();
    void followsChannelsStagesAndHorizon();
    void spendIsReadAsMoney();
    void flaggedCellsAreHighlighted();
};

void ActualsModelTest::spendIsReadAsMoney()
{
    test::ModelFixture fixture;
    ActualsModel model(fixture.document.get());
    const int april = 3 * 6 + 1; // 2025-04, Short video ads
    const QModelIndex spend = model.index(april, ActualsModel::SpendColumn);
    QVERIFY2(model.setData(spend, QStringLiteral("￥1,200,000")), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().actuals[model.actualIndexOfRow(april)].spend, 1.2e6);
    QVERIFY2(model.setData(spend, QStringLiteral("130万")), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().actuals[model.actualIndexOfRow(april)].spend, 1.3e6);
    QVERIFY(model.setData(model.index(april, ActualsModel::FirstVolumeColumn),
                          QStringLiteral("1.5万")));
    QCOMPARE(fixture.document->plan().actuals[model.actualIndexOfRow(april)].volumes[0], 15000.0);
    QVERIFY(!model.setData(spend, QStringLiteral("a lot")));
    QVERIFY2(model.lastError().contains(QStringLiteral("\"a lot\"")),
             qPrintable(model.lastError()));
    // A pasted Excel/WPS row: currency sign, separators, full-width digits.
    auto row = TabularText::parse(QStringLiteral("¥1,100,000\t２００００\t4,000\r\n"));
    QVERIFY(row.ok());
    QVERIFY2(model.pasteBlock(spend, row.value()), qPrintable(model.lastError()));
    const Actual &actual = fixture.document->plan().actuals[model.actualIndexOfRow(april)];
    QCOMPARE(actual.spend, 1.1e6);
    QCOMPARE(actual.volumes, (std::vector<double>{20000.0, 4000.0}));
}

void ActualsModelTest::flaggedCellsAreHighlighted()
{
    test::ModelFixture fixture;
    ActualsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const QModelIndex cell = model.index(2, ActualsModel::SpendColumn);
    QVERIFY(!model.data(cell, Qt::BackgroundRole).isValid());
    model.setFlaggedCells({{{2, ActualsModel::SpendColumn}, 7}}, [](int key) {
        return key == 7 ? QStringLiteral("Spend +25%") : QString();
    });
    QVERIFY(model.isFlagged(2, ActualsModel::SpendColumn));
    QVERIFY(model.data(cell, Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(model.data(cell, Qt::ToolTipRole).toString(), QStringLiteral("Spend +25%"));
    model.setFlaggedCells({});
    QVERIFY(!model.data(cell, Qt::BackgroundRole).isValid());

    // In any order, with a cell given twice: the last entry for a cell counts (the flags are a
    // sorted list, not a map, since issue 21 C).
    model.setFlaggedCells({{{5, ActualsModel::SpendColumn}, 1},
                           {{2, ActualsModel::FirstVolumeColumn}, 2},
                           {{2, ActualsModel::SpendColumn}, 3},
                           {{5, ActualsModel::SpendColumn}, 4}},
                          [](int key) { return QString::number(key); });
    QCOMPARE(model.data(cell, Qt::ToolTipRole).toString(), QStringLiteral("3"));
    QCOMPARE(model.data(model.index(5, ActualsModel::SpendColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("4"));
    QCOMPARE(
        model.data(model.index(2, ActualsModel::FirstVolumeColumn), Qt::ToolTipRole).toString(),
        QStringLiteral("2"));
    QVERIFY(!model.isFlagged(3, ActualsModel::SpendColumn));
    QVERIFY(!model.isFlagged(5, ActualsModel::FirstVolumeColumn));
}

void ActualsModelTest::showsMeasuredAndEmptyCells()
{
    test::ModelFixture fixture;
    ActualsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    QCOMPARE(model.rowCount(), 12 * 6);
    QCOMPARE(model.columnCount(), 3 + 3);
    QCOMPARE(model.data(model.index(0, ActualsModel::MonthColumn)).toString(),
             QStringLiteral("2025-01"));
    QCOMPARE(model.data(model.index(0, ActualsModel::SpendColumn), Qt::EditRole).toDouble(),
             280013.78);
    QCOMPARE(model.data(model.index(0, ActualsModel::SpendColumn)).toString(),
             QStringLiteral("CNY 280,013.78"));
    QCOMPARE(model.data(model.index(0, ActualsModel::FirstVolumeColumn)).toString(),
             QStringLiteral("4,817"));
    QCOMPARE(model.actualIndexOfRow(0), 0);
    const int april = 3 * 6;
    QCOMPARE(model.actualIndexOfRow(april), -1);
    QVERIFY(!model.data(model.index(april, ActualsModel::SpendColumn), Qt::EditRole).isValid());
    QCOMPARE(model.data(model.index(april, ActualsModel::SpendColumn)).toString(), QString());
}

void ActualsModelTest::entersAndClearsMeasurements()
{
    test::ModelFixture fixture;
    ActualsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    const int april = 3 * 6 + 1; // 2025-04, Short video ads
    QVERIFY(model.setData(model.index(april, ActualsModel::SpendColumn), 400000.0));
    QCOMPARE(fixture.document->plan().actuals.size(), before.actuals.size() + 1);
    const int index = model.actualIndexOfRow(april);
    QCOMPARE(fixture.document->plan().actuals[index].channel, QStringLiteral("Short video ads"));
    QCOMPARE(fixture.document->plan().actuals[index].month, QStringLiteral("2025-04"));
    // Volumes are a prefix of the stages.
    QVERIFY(!model.setData(model.index(april, ActualsModel::FirstVolumeColumn + 1), 10.0));
    QVERIFY(model.lastError().contains(QStringLiteral("Leads")));
    QVERIFY(model.setData(model.index(april, ActualsModel::FirstVolumeColumn), 15000.0));
    QVERIFY(model.setData(model.index(april, ActualsModel::FirstVolumeColumn + 1), 3000.0));
    QVERIFY(!model.setData(model.index(april, ActualsModel::FirstVolumeColumn), QString()));
    QVERIFY(!model.setData(model.index(april, ActualsModel::SpendColumn), -1.0));
    QVERIFY(model.lastError().contains(QStringLiteral("spend")));
    // Clearing everything removes the row.
    auto clear = TabularText::parse(QStringLiteral("\t\t\n"));
    QVERIFY(clear.ok());
    QVERIFY2(model.pasteBlock(model.index(april, ActualsModel::SpendColumn),
                              {QStringList{QString(), QString(), QString()}}),
             qPrintable(model.lastError()));
    QVERIFY(model.pasteBlock(model.index(april, ActualsModel::FirstVolumeColumn),
                             {QStringList{QString()}}));
    QCOMPARE(model.actualIndexOfRow(april), -1);
    QCOMPARE(fixture.document->plan().actuals, before.actuals);
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);
}

void ActualsModelTest::followsChannelsStagesAndHorizon()
{
    test::ModelFixture fixture;
    ActualsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    QVERIFY(fixture.document->renameChannel(0, QStringLiteral("Search")).ok());
    QCOMPARE(model.data(model.index(0, ActualsModel::ChannelColumn)).toString(),
             QStringLiteral("Search"));
    QCOMPARE(model.actualIndexOfRow(0), 0);
    QVERIFY(fixture.document->addStage(1, QStringLiteral("Visitors")).ok());
    QCOMPARE(model.columnCount(), 3 + 4);
    QVERIFY(fixture.document->setSetting(PlanSetting::Months, 6).ok());
    QCOMPARE(model.rowCount(), 6 * 6);
    QVERIFY(fixture.document->removeChannel(0).ok());
    QCOMPARE(model.rowCount(), 6 * 5);
    fixture.undoAll();
    QCOMPARE(model.rowCount(), 12 * 6);
    fixture.redoAll();
    QCOMPARE(model.rowCount(), 6 * 5);
}

QTEST_GUILESS_MAIN(ActualsModelTest)
#include "ActualsModelTest.moc"
