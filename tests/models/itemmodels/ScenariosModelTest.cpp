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
    void budgetsAreReadAsPeopleWriteMoney();
    void renamingTheBaselineKeepsIt();
};

void ScenariosModelTest::budgetsAreReadAsPeopleWriteMoney()
{
    test::ModelFixture fixture;
    ScenariosModel model(fixture.document.get());
    const QModelIndex budget = model.index(0, ScenariosModel::BudgetColumn);
    const auto forms = {
        QStringLiteral("20000000"),     QStringLiteral("20,000,000"), QStringLiteral("¥20,000,000"),
        QStringLiteral("￥20,000,000"), QStringLiteral("CNY 20M"),    QStringLiteral("2000万"),
        QStringLiteral("0.2亿"),        QStringLiteral("2,000 万元"), QStringLiteral("２０００万")};
    for (const QString &text : forms) {
        QVERIFY(fixture.document->setBudget(0, 1.0).ok());
        QVERIFY2(model.setData(budget, text), qPrintable(text + model.lastError()));
        QCOMPARE(fixture.document->plan().scenarios[0].budget, 2e7);
    }
    // Nothing is clamped: a negative budget is refused with the reason, not made 0.
    QVERIFY(!model.setData(budget, QStringLiteral("-5")));
    QVERIFY2(model.lastError().contains(QStringLiteral("−5")), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().scenarios[0].budget, 2e7);
    QVERIFY(!model.setData(budget, QStringLiteral("2000 thousand")));
    QVERIFY2(model.lastError().contains(QStringLiteral("\"2000 thousand\"")),
             qPrintable(model.lastError()));
}

void ScenariosModelTest::renamingTheBaselineKeepsIt()
{
    test::ModelFixture fixture;
    ScenariosModel model(fixture.document.get());
    QVERIFY(fixture.document
                ->setSetting(PlanSetting::BaselineScenario, QStringLiteral("Plan B (CNY 25M)"))
                .ok());
    QVERIFY(model.setData(model.index(1, ScenariosModel::NameColumn), QStringLiteral("Stretch")));
    QCOMPARE(fixture.document->plan().baselineScenario, QStringLiteral("Stretch"));
    QCOMPARE(fixture.document->baselineScenarioIndex(), 1);
}

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
