// MODEL.md §10 through the tables: a scenario that is submitted, approved or locked refuses every
// edit a user can type into any cell of any table model. Every editable cell of every model is
// given a new value; none may change an approved scenario. The control run on the same plan with
// draft scenarios shows the loop does reach the scenarios (so the check cannot pass vacuously).

#include "ModelFixture.h"

#include <QTest>

#include <functional>

using namespace cplan;
using namespace cplan::test;

namespace {

// A value other than the cell's own, of its kind.
QVariant otherValue(const QVariant &value)
{
    bool isNumber = false;
    const double number = value.toDouble(&isNumber);
    if (isNumber && value.typeId() != QMetaType::QString)
        return number * 0.9 + 0.01;
    if (value.typeId() == QMetaType::Bool)
        return !value.toBool();
    return value.toString() + QStringLiteral(" x");
}

// The scenarios without their sign-off.
std::vector<Scenario> contentOf(std::vector<Scenario> scenarios)
{
    for (Scenario &scenario : scenarios)
        scenario.signoff = {};
    return scenarios;
}

// Types a new value into every editable cell of every model (undoing what was accepted, so each
// cell starts from the plan as it was) and counts the edits that changed a scenario.
int scenarioChangesTyped(PlanDocument &document, int *cellsTried)
{
    int changed = 0;
    *cellsTried = 0;
    const auto models = everyModel(document);
    for (const auto &model : models) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (!(model->flags(index) & Qt::ItemIsEditable))
                    continue;
                ++*cellsTried;
                const std::vector<Scenario> before = contentOf(document.plan().scenarios);
                const int steps = document.undoStack()->index();
                model->setData(index, otherValue(index.data(Qt::EditRole)), Qt::EditRole);
                if (contentOf(document.plan().scenarios) != before)
                    ++changed;
                while (document.undoStack()->index() > steps)
                    document.undoStack()->undo();
            }
        }
    }
    return changed;
}

} // namespace

class SignoffLockModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void approvedScenariosRefuseEveryCell()
    {
        ModelFixture fixture;
        PlanDocument &document = *fixture.document;
        for (int s = 0; s < int(document.plan().scenarios.size()); ++s) {
            QVERIFY(document.signoff(s, SignoffAction::Submit).ok());
            QVERIFY(document.signoff(s, SignoffAction::Approve).ok());
        }
        for (int active = 0; active < int(document.plan().scenarios.size()); ++active) {
            document.setActiveScenarioIndex(active);
            int tried = 0;
            QCOMPARE(scenarioChangesTyped(document, &tried), 0);
            QVERIFY(tried > 50);
        }
    }

    void draftScenariosTakeTheSameCells()
    {
        ModelFixture fixture;
        int tried = 0;
        QVERIFY(scenarioChangesTyped(*fixture.document, &tried) > 20);
    }
};

QTEST_MAIN(SignoffLockModelsTest)
#include "SignoffLockModelsTest.moc"
