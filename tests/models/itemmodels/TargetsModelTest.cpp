// The targets table names metrics as people do, picks them by id underneath, writes the value
// in the metric's unit, and lets an untyped label follow its metric.

#include "ModelFixture.h"

#include "models/itemmodels/TargetsModel.h"

#include <QTest>
#include <QUndoStack>

using namespace cplan;

class TargetsModelTest : public QObject
{
    Q_OBJECT

private slots:
    void metricsAreShownByName()
    {
        test::ModelFixture fixture;
        TargetsModel model(fixture.document.get());
        test::ModelFixture::watch(&model);
        QCOMPARE(model.data(model.index(0, TargetsModel::MetricColumn)).toString(),
                 QStringLiteral("Cost per registered user"));
        QCOMPARE(model.data(model.index(0, TargetsModel::MetricColumn), Qt::EditRole).toString(),
                 QStringLiteral("cost_per_stage.1"));
        QCOMPARE(model.data(model.index(1, TargetsModel::MetricColumn)).toString(),
                 QStringLiteral("Registered users → accounts opened conversion"));
        QCOMPARE(model.data(model.index(3, TargetsModel::MetricColumn)).toString(),
                 QStringLiteral("Return ratio (value : spend)"));
        // The value in the metric's unit: 15 %, 1 : 3, month 18.
        QCOMPARE(model.data(model.index(1, TargetsModel::ValueColumn)).toString(),
                 QStringLiteral("15 %"));
        QCOMPARE(model.data(model.index(3, TargetsModel::ValueColumn)).toString(),
                 QStringLiteral("1 : 3"));
        QCOMPARE(model.data(model.index(4, TargetsModel::ValueColumn)).toString(),
                 QStringLiteral("month 18"));
        QCOMPARE(model.data(model.index(1, TargetsModel::ValueColumn), Qt::EditRole).toDouble(),
                 0.15);
        QCOMPARE(model.data(model.index(0, TargetsModel::OpColumn)).toString(),
                 QStringLiteral("≤ at most"));
        QVERIFY(!model.data(model.index(0, TargetsModel::MetricColumn), Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    void aLabelFollowsItsMetricUnlessTyped()
    {
        test::ModelFixture fixture;
        TargetsModel model(fixture.document.get());
        // The sample's first label is the metric's own name: it follows a new metric.
        QVERIFY(model.setData(model.index(0, TargetsModel::MetricColumn), QStringLiteral("cac")));
        QCOMPARE(model.data(model.index(0, TargetsModel::LabelColumn)).toString(),
                 QStringLiteral("Customer acquisition cost (CAC)"));
        QVERIFY(fixture.document->plan().targets[0].label.isEmpty());
        // A typed label stays.
        QCOMPARE(fixture.document->plan().targets[2].label,
                 QStringLiteral("Lifetime value per account"));
        QVERIFY(model.setData(model.index(2, TargetsModel::MetricColumn), QStringLiteral("value")));
        QCOMPARE(model.data(model.index(2, TargetsModel::LabelColumn)).toString(),
                 QStringLiteral("Lifetime value per account"));
    }

    // Choosing a metric sets the comparison it needs (issue 22 E.23): "at least" where more is
    // better (ROI), "at most" for a cost; a neutral metric keeps the one chosen. The ROI's
    // tooltip says how it differs from the return ratio a "ROI 1 : 3" target means.
    void aMetricBringsItsComparison()
    {
        test::ModelFixture fixture;
        TargetsModel model(fixture.document.get());
        const QModelIndex metric = model.index(0, TargetsModel::MetricColumn);
        QVERIFY(fixture.document->plan().targets[0].op == Comparison::LessOrEqual);
        QVERIFY(model.setData(metric, QStringLiteral("roi")));
        QVERIFY(fixture.document->plan().targets[0].op == Comparison::GreaterOrEqual);
        QCOMPARE(model.data(model.index(0, TargetsModel::OpColumn)).toString(),
                 QStringLiteral("≥ at least"));
        QVERIFY(model.data(metric, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("return ratio of 1 : 3")));
        QVERIFY(model.setData(metric, QStringLiteral("cac")));
        QVERIFY(fixture.document->plan().targets[0].op == Comparison::LessOrEqual);
        QVERIFY(model.setData(model.index(0, TargetsModel::OpColumn), QStringLiteral(">=")));
        QVERIFY(model.setData(metric, QStringLiteral("channel_spend")));
        QVERIFY(fixture.document->plan().targets[0].op == Comparison::GreaterOrEqual);
        // One edit, one undo step: undo brings the metric and its comparison back together.
        fixture.document->undoStack()->undo();
        QCOMPARE(fixture.document->plan().targets[0].metric, QStringLiteral("cac"));
        QVERIFY(fixture.document->plan().targets[0].op == Comparison::GreaterOrEqual);
        fixture.document->undoStack()->undo();
        QVERIFY(fixture.document->plan().targets[0].op == Comparison::LessOrEqual);
    }
};

QTEST_MAIN(TargetsModelTest)
#include "TargetsModelTest.moc"
