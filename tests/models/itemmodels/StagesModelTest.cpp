// StagesModel and TargetsModel: two small list-like tables.

#include "models/itemmodels/StagesModel.h"
#include "models/itemmodels/TargetsModel.h"

#include "ModelFixture.h"

#include <QTest>

using namespace cplan;

class StagesModelTest : public QObject
{
    Q_OBJECT

private slots:
    void renamesAndRestructuresStages();
    void editsTargets();
};

void StagesModelTest::renamesAndRestructuresStages()
{
    test::ModelFixture fixture;
    StagesModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setData(model.index(1, 0), QStringLiteral("Sign-ups")));
    QVERIFY(!model.setData(model.index(1, 0), QStringLiteral("Leads")));
    QVERIFY(!model.setData(model.index(1, 0), QString()));
    QVERIFY(fixture.document->addStage(3, QStringLiteral("Funded")).ok());
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(fixture.document->moveStage(3, 1).ok());
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("Funded"));
    QVERIFY(fixture.document->removeStage(1).ok());
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);
}

void StagesModelTest::editsTargets()
{
    test::ModelFixture fixture;
    TargetsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.data(model.index(0, TargetsModel::MetricColumn), Qt::EditRole).toString(),
             QStringLiteral("cost_per_stage.1"));
    QVERIFY(model.setData(model.index(0, TargetsModel::ValueColumn), 140));
    QVERIFY(model.setData(model.index(0, TargetsModel::OpColumn), QStringLiteral(">=")));
    QVERIFY(!model.setData(model.index(0, TargetsModel::OpColumn), QStringLiteral("<")));
    QVERIFY(!model.setData(model.index(0, TargetsModel::MetricColumn), QStringLiteral("fame")));
    QVERIFY(model.lastError().contains(QStringLiteral("metric")));
    QVERIFY(fixture.document
                ->addTarget(
                    {QStringLiteral("cac"), Comparison::LessOrEqual, 900.0, QStringLiteral("CAC")})
                .ok());
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(fixture.document->removeTarget(0).ok());
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);
}

QTEST_GUILESS_MAIN(StagesModelTest)
#include "StagesModelTest.moc"
