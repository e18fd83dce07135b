// Issue 22 D.13: undo texts name things in words, as the cells show them, not by their keys
// (it said 添加目标"cac", 指标设为return_ratio, 类型设为reserve, 投放节奏设为quarterly,
// 状态设为done, 比较方式设为>=).

#include "ModelFixture.h"

#include "models/itemmodels/CategoriesModel.h"
#include "models/itemmodels/MilestonesModel.h"
#include "models/itemmodels/PhasingModel.h"
#include "models/itemmodels/TargetsModel.h"

#include <QTest>
#include <QUndoStack>

using namespace cplan;

class UndoWordsTest : public QObject
{
    Q_OBJECT

private:
    static QString lastUndoText(const test::ModelFixture &fixture)
    {
        const QUndoStack *stack = fixture.document->undoStack();
        return stack->text(stack->count() - 1);
    }

private slots:
    void targetMetricAndComparison()
    {
        test::ModelFixture fixture;
        TargetsModel model(fixture.document.get());
        QVERIFY(model.setData(model.index(0, TargetsModel::MetricColumn),
                              QStringLiteral("return_ratio")));
        QString text = lastUndoText(fixture);
        QVERIFY2(!text.contains(QStringLiteral("return_ratio")), qPrintable(text));
        QVERIFY2(text.contains(model.index(0, TargetsModel::MetricColumn).data().toString()),
                 qPrintable(text));
        // The return ratio brought "≥" with it (TargetsModelTest): set the other one.
        QVERIFY(model.setData(model.index(0, TargetsModel::OpColumn), QStringLiteral("<=")));
        text = lastUndoText(fixture);
        QVERIFY2(text.endsWith(QStringLiteral("≤ at most")), qPrintable(text));

        QVERIFY(fixture.document
                    ->addTarget({QStringLiteral("cac"), Comparison::LessOrEqual, 1000.0, {}})
                    .ok());
        text = lastUndoText(fixture);
        QVERIFY2(!text.endsWith(QStringLiteral("cac")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CAC")), qPrintable(text));
    }

    void categoryKindPhasingFormAndMilestoneStatus()
    {
        test::ModelFixture fixture;
        CategoriesModel categories(fixture.document.get());
        const int last = categories.rowCount() - 1;
        QVERIFY2(categories.setData(categories.index(last, CategoriesModel::KindColumn),
                                    QStringLiteral("overhead")),
                 qPrintable(categories.lastError()));
        QString text = lastUndoText(fixture);
        QVERIFY2(text.endsWith(QStringLiteral("Overhead")), qPrintable(text));

        PhasingModel phasing(fixture.document.get());
        const QModelIndex form = phasing.index(0, PhasingModel::FormColumn);
        const bool quarterly = form.data(Qt::EditRole).toString() == QLatin1String("quarterly");
        QVERIFY2(
            phasing.setData(form, quarterly ? QStringLiteral("even") : QStringLiteral("quarterly")),
            qPrintable(phasing.lastError()));
        text = lastUndoText(fixture);
        QVERIFY2(text.endsWith(quarterly ? QStringLiteral("Even") : QStringLiteral("Quarterly")),
                 qPrintable(text));

        MilestonesModel milestones(fixture.document.get());
        QVERIFY2(milestones.setData(milestones.index(0, MilestonesModel::StatusColumn),
                                    QStringLiteral("cancelled")),
                 qPrintable(milestones.lastError()));
        text = lastUndoText(fixture);
        QVERIFY2(!text.endsWith(QStringLiteral("cancelled")), qPrintable(text));
        QVERIFY2(
            text.endsWith(milestones.index(0, MilestonesModel::StatusColumn).data().toString()),
            qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(UndoWordsTest)
#include "UndoWordsTest.moc"
