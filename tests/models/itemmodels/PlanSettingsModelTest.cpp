// PlanSettingsModel (one row of settings) with StagesModel and TargetsModel alongside, since
// a settings page shows the three together.

#include "models/itemmodels/PlanSettingsModel.h"

#include "ModelFixture.h"

#include <QTest>

using namespace cplan;

class PlanSettingsModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsAndEditsSettings();
    void horizonChangeResetsAndUndoes();
};

void PlanSettingsModelTest::showsAndEditsSettings()
{
    test::ModelFixture fixture;
    PlanSettingsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const auto column = [](PlanSetting s) {
        return PlanSettingsModel::columnOf(s);
    };
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, column(PlanSetting::DiscountRateAnnual))).toString(),
             QStringLiteral("8%"));
    QCOMPARE(model.data(model.index(0, column(PlanSetting::StatusDate)), Qt::EditRole).toDate(),
             QDate(2025, 7, 1));
    QVERIFY(model.setData(model.index(0, column(PlanSetting::Name)), QStringLiteral("FY26")));
    QCOMPARE(fixture.document->undoStack()->text(0), QStringLiteral("Set Name to FY26"));
    QVERIFY(model.setData(model.index(0, column(PlanSetting::StatusDate)), QDate()));
    QVERIFY(fixture.document->plan().statusDate.isEmpty());
    QVERIFY(model.setData(model.index(0, column(PlanSetting::VarianceThreshold)),
                          QStringLiteral("15%")));
    QCOMPARE(fixture.document->plan().varianceThreshold, 0.15);
    QVERIFY(!model.setData(model.index(0, column(PlanSetting::Currency)), QStringLiteral("yuan")));
    QVERIFY(model.lastError().contains(QStringLiteral("currency"), Qt::CaseInsensitive));
    QVERIFY(!model.setData(model.index(0, column(PlanSetting::Months)), 0));
    QVERIFY(!model.setData(model.index(0, column(PlanSetting::Months)), QStringLiteral("1.5")));
    QVERIFY(!model.setData(model.index(0, column(PlanSetting::MilestoneThresholdFirst)), 9));
    QCOMPARE(fixture.document->plan().milestoneThresholdsDays[0], 3);
}

void PlanSettingsModelTest::horizonChangeResetsAndUndoes()
{
    test::ModelFixture fixture;
    PlanSettingsModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    QVERIFY(fixture.document->setPhasingKind(0, -1, Phasing::Kind::Monthly).ok());
    QVERIFY(model.setData(model.index(0, PlanSettingsModel::columnOf(PlanSetting::Months)), 15));
    const auto &weights = fixture.document->plan().scenarios[0].phasing.weights;
    QCOMPARE(weights.size(), std::size_t(15));
    QCOMPARE(weights[12], weights[0]); // the same month a year earlier
    QVERIFY(fixture.document->violations().empty());
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);
}

QTEST_GUILESS_MAIN(PlanSettingsModelTest)
#include "PlanSettingsModelTest.moc"
