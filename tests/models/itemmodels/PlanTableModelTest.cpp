// PlanTableModel's change signals, for every table model of the plan: a value edit (and its undo
// and redo) reaches the views as dataChanged on the model's cells, never as a reset, so views
// keep their selection and scroll position; QAbstractItemModelTester checks the model's
// contract through all of it.

#include "ModelFixture.h"

#include "models/itemmodels/ActualsModel.h"
#include "models/itemmodels/CategoriesModel.h"
#include "models/itemmodels/ChannelsModel.h"
#include "models/itemmodels/MilestonesModel.h"
#include "models/itemmodels/PhasingModel.h"
#include "models/itemmodels/PlanSettingsModel.h"
#include "models/itemmodels/ScenariosModel.h"
#include "models/itemmodels/StagesModel.h"
#include "models/itemmodels/TargetsModel.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace cplan;

namespace {

using ModelFactory = std::function<PlanTableModel *(PlanDocument *)>;

// The first editable number cell (a value edit: halved), else the first editable text cell.
QModelIndex editableCell(const QAbstractItemModel &model, bool numbers)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            if (!(model.flags(index) & Qt::ItemIsEditable))
                continue;
            const QVariant value = index.data(Qt::EditRole);
            const bool isNumber = value.typeId() == QMetaType::Double;
            if (numbers ? isNumber && value.toDouble() > 0.0
                        : value.typeId() == QMetaType::QString && !value.toString().isEmpty())
                return index;
        }
    }
    return {};
}

} // namespace

class PlanTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void valueEditSignalsCellsNotAReset_data();
    void valueEditSignalsCellsNotAReset();
};

void PlanTableModelTest::valueEditSignalsCellsNotAReset_data()
{
    QTest::addColumn<ModelFactory>("factory");
    QTest::newRow("stages") << ModelFactory([](PlanDocument *d) { return new StagesModel(d); });
    QTest::newRow("categories") << ModelFactory(
        [](PlanDocument *d) { return new CategoriesModel(d); });
    QTest::newRow("channels") << ModelFactory([](PlanDocument *d) { return new ChannelsModel(d); });
    QTest::newRow("phasing") << ModelFactory([](PlanDocument *d) { return new PhasingModel(d); });
    QTest::newRow("scenarios") << ModelFactory(
        [](PlanDocument *d) { return new ScenariosModel(d); });
    QTest::newRow("targets") << ModelFactory([](PlanDocument *d) { return new TargetsModel(d); });
    QTest::newRow("milestones") << ModelFactory(
        [](PlanDocument *d) { return new MilestonesModel(d); });
    QTest::newRow("actuals") << ModelFactory([](PlanDocument *d) { return new ActualsModel(d); });
    QTest::newRow("settings") << ModelFactory(
        [](PlanDocument *d) { return new PlanSettingsModel(d); });
}

void PlanTableModelTest::valueEditSignalsCellsNotAReset()
{
    QFETCH(ModelFactory, factory);
    test::ModelFixture fixture;
    std::unique_ptr<PlanTableModel> model(factory(fixture.document.get()));
    test::ModelFixture::watch(model.get());
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    const int rows = model->rowCount();
    const int columns = model->columnCount();

    QModelIndex cell = editableCell(*model, true);
    QVariant value;
    if (cell.isValid()) {
        value = cell.data(Qt::EditRole).toDouble() * 0.5;
    } else {
        cell = editableCell(*model, false);
        QVERIFY2(cell.isValid(), "the model has no editable cell to try");
        value = cell.data(Qt::EditRole).toString() + QStringLiteral(" 2");
    }
    QVERIFY2(model->setData(cell, value), qPrintable(model->lastError()));
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() > 0);
    // The edited cell is inside a signalled range.
    const auto covers = [&](const QList<QVariant> &signal) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        return topLeft.row() <= cell.row() && cell.row() <= bottomRight.row() &&
               topLeft.column() <= cell.column() && cell.column() <= bottomRight.column();
    };
    QVERIFY(std::any_of(changed.begin(), changed.end(), covers));
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->columnCount(), columns);

    changed.clear();
    fixture.undoAll();
    fixture.redoAll();
    fixture.undoAll();
    QCOMPARE(resets.count(), 0);
    QVERIFY(std::any_of(changed.begin(), changed.end(), covers));
}

QTEST_GUILESS_MAIN(PlanTableModelTest)
#include "PlanTableModelTest.moc"
