// ScenariosModel: names and budgets; create/delete/reorder through the document.

#include "models/itemmodels/ScenariosModel.h"

#include "ModelFixture.h"

#include <QTest>

using namespace cplan;

class ScenariosModelTest : public QObject
{
    Q_OBJECT

private slots:
    void renamesAndBudgets();
    void structuralChanges();
};

void ScenariosModelTest::renamesAndBudgets()
{
    test::ModelFixture fixture;
    ScenariosModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(1, ScenariosModel::BudgetColumn)).toString(),
             QStringLiteral("CNY 25,000,000"));
    QVERIFY(model.setData(model.index(0, ScenariosModel::NameColumn), QStringLiteral("Base")));
    QCOMPARE(fixture.document->activeScenario().name, QStringLiteral("Base"));
    QVERIFY(!model.setData(model.index(0, ScenariosModel::NameColumn),
                           QStringLiteral("Plan B (CNY 25M)")));
    QVERIFY(!model.setData(model.index(0, ScenariosModel::NameColumn), QStringLiteral(" ")));
    QVERIFY(!model.setData(model.index(0, ScenariosModel::BudgetColumn), -5.0));
    QVERIFY(model.lastError().contains(QStringLiteral("budget"), Qt::CaseInsensitive));
    QVERIFY(
        model.setData(model.index(0, ScenariosModel::BudgetColumn), QStringLiteral("21,000,000")));
    QCOMPARE(fixture.document->plan().scenarios[0].budget, 21000000.0);
}

void ScenariosModelTest::structuralChanges()
{
    test::ModelFixture fixture;
    ScenariosModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    QVERIFY(fixture.document->createScenario(1).ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(3, 0)).toString(), QStringLiteral("Plan B (CNY 25M) (copy)"));
    QVERIFY(fixture.document->moveScenario(3, 0).ok());
    QVERIFY(fixture.document->removeScenario(1).ok());
    QCOMPARE(model.rowCount(), 3);
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);
    fixture.redoAll();
    QCOMPARE(model.rowCount(), 3);
}

QTEST_GUILESS_MAIN(ScenariosModelTest)
#include "ScenariosModelTest.moc"
