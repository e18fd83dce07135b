// PhasingModel: quarterly/monthly weights of the scenario and the channel overrides.

#include "models/itemmodels/PhasingModel.h"
#include "models/itemmodels/ItemRoles.h"

#include "ModelFixture.h"

#include <QTest>

using namespace cplan;

class PhasingModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsQuarterlyWeightsPerMonth();
    void switchesFormsAndOverrides();
};

void PhasingModelTest::showsQuarterlyWeightsPerMonth()
{
    test::ModelFixture fixture;
    PhasingModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), 13);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2025-01"));
    QCOMPARE(model.data(model.index(0, PhasingModel::FormColumn), Qt::EditRole).toString(),
             QStringLiteral("quarterly"));
    QCOMPARE(model.data(model.index(0, 1 + 4), Qt::EditRole).toDouble(), 0.15); // May = Q2
    QCOMPARE(model.data(model.index(1, PhasingModel::FormColumn), Qt::EditRole).toString(),
             QStringLiteral("scenario"));
    QCOMPARE(model.data(model.index(1, 1), InheritedRole).toBool(), true);
    QVERIFY(!(model.flags(model.index(1, 1)) & Qt::ItemIsEditable));
    // Editing any month of a quarter sets the quarter.
    QVERIFY(model.setData(model.index(0, 1 + 5), 0.25));
    QCOMPARE(fixture.document->plan().scenarios[0].phasing.weights[1], 0.25);
    QVERIFY(!model.setData(model.index(0, 1 + 5), -1.0));
    QVERIFY(model.lastError().contains(QStringLiteral("phasing")));
}

void PhasingModelTest::switchesFormsAndOverrides()
{
    test::ModelFixture fixture;
    PhasingModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    QVERIFY(model.setData(model.index(0, PhasingModel::FormColumn), QStringLiteral("monthly")));
    const Phasing &monthly = fixture.document->plan().scenarios[0].phasing;
    QVERIFY(monthly.kind == Phasing::Kind::Monthly);
    QCOMPARE(monthly.weights.size(), std::size_t(12));
    QCOMPARE(monthly.weights[11], 0.35);
    QVERIFY(model.setData(model.index(0, 1 + 11), 0.5));
    QVERIFY(model.setData(model.index(0, PhasingModel::FormColumn), QStringLiteral("Quarterly")));
    QCOMPARE(fixture.document->plan().scenarios[0].phasing.weights[3], (0.35 + 0.35 + 0.5) / 3);
    QVERIFY(model.setData(model.index(2, PhasingModel::FormColumn), QStringLiteral("monthly")));
    QVERIFY(fixture.document->plan().scenarios[0].channels[1].phasing.has_value());
    QCOMPARE(model.data(model.index(2, 1), InheritedRole).toBool(), false);
    QVERIFY(model.setData(model.index(2, 1 + 2), 3.0));
    QVERIFY(model.setData(model.index(2, PhasingModel::FormColumn), QStringLiteral("scenario")));
    QVERIFY(!fixture.document->plan().scenarios[0].channels[1].phasing.has_value());
    QVERIFY(!model.setData(model.index(0, PhasingModel::FormColumn), QStringLiteral("scenario")));
    QVERIFY(!model.setData(model.index(0, PhasingModel::FormColumn), QStringLiteral("weekly")));
    QVERIFY(fixture.document->setSetting(PlanSetting::Months, 18).ok());
    QCOMPARE(model.columnCount(), 19);
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);
    QCOMPARE(model.columnCount(), 13);
}

QTEST_GUILESS_MAIN(PhasingModelTest)
#include "PhasingModelTest.moc"
