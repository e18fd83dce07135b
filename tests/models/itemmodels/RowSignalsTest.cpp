// The item models' change signals: one entry added, removed or moved in a list is signalled as
// rows inserted, removed or moved (never a reset) by the tables whose rows are that list, and
// taken back the same way by undo; a value edit reaches only the tables that show what it
// touched. Every model is watched by QAbstractItemModelTester through all of it.

#include "ModelFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace cplan;
using namespace Qt::StringLiterals;
using cplan::test::everyModel;

namespace {

// What a model said about its rows.
struct RowSpy
{
    explicit RowSpy(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          moved(model, &QAbstractItemModel::rowsMoved),
          reset(model, &QAbstractItemModel::modelReset),
          changed(model, &QAbstractItemModel::dataChanged)
    {}
    void clear()
    {
        for (QSignalSpy *spy : {&inserted, &removed, &moved, &reset, &changed})
            spy->clear();
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy reset;
    QSignalSpy changed;
};

} // namespace

class RowSignalsTest : public QObject
{
    Q_OBJECT

private slots:
    void listEditsAreRowSignals_data();
    void listEditsAreRowSignals();
    void valueEditsReachOnlyTheTablesThatShowThem();
    void everyChangedCellIsSignalled_data();
    void everyChangedCellIsSignalled();
    void everyModelPassesTheTesterThroughEveryKindOfChange();
};

void RowSignalsTest::listEditsAreRowSignals_data()
{
    using Make = std::function<QAbstractItemModel *(PlanDocument *)>;
    using Edit = std::function<bool(PlanDocument &)>;
    QTest::addColumn<Make>("make");
    QTest::addColumn<Edit>("add");    // appends or inserts one entry at row `at`
    QTest::addColumn<Edit>("move");   // moves row 0 to row 2
    QTest::addColumn<Edit>("remove"); // removes row 1
    QTest::addColumn<int>("at");

    const auto channels = [](PlanDocument *d) {
        return new ChannelsModel(d);
    };
    const auto phasing = [](PlanDocument *d) {
        return new PhasingModel(d);
    };
    const Edit addChannel = [](PlanDocument &d) {
        return d.addChannel(u"Radio"_s).ok();
    };
    const Edit moveChannel = [](PlanDocument &d) {
        return d.moveChannel(0, 2).ok();
    };
    const Edit removeChannel = [](PlanDocument &d) {
        return d.removeChannel(1).ok();
    };
    QTest::newRow("channels") << Make(channels) << addChannel << moveChannel << removeChannel << 6;
    // The phasing table's rows are the scenario's row, then the channels.
    QTest::newRow("phasing (channels from row 1)")
        << Make(phasing) << addChannel << moveChannel << removeChannel << 7;
    QTest::newRow("categories") << Make([](PlanDocument *d) {
        return new CategoriesModel(d);
    }) << Edit([](PlanDocument &d) {
        return d.addCategory(u"Events"_s, CategoryKind::Overhead).ok();
    }) << Edit([](PlanDocument &d) { return d.moveCategory(0, 2).ok(); })
                                << Edit([](PlanDocument &d) { return d.removeCategory(1).ok(); })
                                << 4;
    QTest::newRow("stages") << Make([](PlanDocument *d) {
        return new StagesModel(d);
    }) << Edit([](PlanDocument &d) { return d.addStage(1, u"Visitors"_s).ok(); })
                            << Edit([](PlanDocument &d) { return d.moveStage(0, 2).ok(); })
                            << Edit([](PlanDocument &d) { return d.removeStage(1).ok(); }) << 1;
    QTest::newRow("scenarios") << Make([](PlanDocument *d) { return new ScenariosModel(d); })
                               << Edit([](PlanDocument &d) { return d.createScenario(0).ok(); })
                               << Edit([](PlanDocument &d) { return d.moveScenario(0, 2).ok(); })
                               << Edit([](PlanDocument &d) { return d.removeScenario(1).ok(); })
                               << 3;
    QTest::newRow("targets") << Make([](PlanDocument *d) { return new TargetsModel(d); })
                             << Edit([](PlanDocument &d) {
                                    Target target = d.plan().targets.front();
                                    target.value *= 2;
                                    return d.addTarget(target).ok();
                                })
                             << Edit()
                             << Edit([](PlanDocument &d) { return d.removeTarget(1).ok(); }) << 5;
    QTest::newRow("milestones") << Make([](PlanDocument *d) { return new MilestonesModel(d); })
                                << Edit([](PlanDocument &d) {
                                       Milestone milestone = d.plan().milestones.back();
                                       milestone.id = u"M9"_s;
                                       milestone.dependsOn.clear();
                                       return d.addMilestone(milestone).ok();
                                   })
                                << Edit()
                                << Edit([](PlanDocument &d) { return d.removeMilestone(1).ok(); })
                                << -1;
}

void RowSignalsTest::listEditsAreRowSignals()
{
    using Make = std::function<QAbstractItemModel *(PlanDocument *)>;
    using Edit = std::function<bool(PlanDocument &)>;
    QFETCH(Make, make);
    QFETCH(Edit, add);
    QFETCH(Edit, move);
    QFETCH(Edit, remove);
    QFETCH(int, at);

    test::ModelFixture fixture;
    PlanDocument &document = *fixture.document;
    std::unique_ptr<QAbstractItemModel> model(make(&document));
    test::ModelFixture::watch(model.get());
    RowSpy spy(model.get());
    const int rows = model->rowCount();
    const int expectedAt = at >= 0 ? at : rows;

    QVERIFY(add(document));
    QCOMPARE(model->rowCount(), rows + 1);
    QCOMPARE(spy.reset.count(), 0);
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(spy.inserted.at(0).at(1).toInt(), expectedAt);
    QCOMPARE(spy.inserted.at(0).at(2).toInt(), expectedAt);

    spy.clear();
    document.undoStack()->undo();
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(spy.reset.count(), 0);
    QCOMPARE(spy.removed.count(), 1);
    QCOMPARE(spy.removed.at(0).at(1).toInt(), expectedAt);

    spy.clear();
    document.undoStack()->redo();
    QCOMPARE(spy.reset.count(), 0);
    QCOMPARE(spy.inserted.count(), 1);
    document.undoStack()->undo();

    const int offset = qobject_cast<PhasingModel *>(model.get()) ? 1 : 0;
    if (move) {
        spy.clear();
        const QString first = model->index(offset, 0).data().toString();
        QVERIFY(move(document));
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.moved.count(), 1);
        QCOMPARE(spy.moved.at(0).at(1).toInt(), offset);     // from
        QCOMPARE(spy.moved.at(0).at(4).toInt(), offset + 3); // before the old row 3
        QCOMPARE(model->index(offset + 2, 0).data().toString(), first);
        spy.clear();
        document.undoStack()->undo();
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.moved.count(), 1);
        QCOMPARE(model->index(offset, 0).data().toString(), first);
    }

    spy.clear();
    const QString second = model->index(offset + 1, 0).data().toString();
    const QString third = model->index(offset + 2, 0).data().toString();
    QVERIFY(remove(document));
    QCOMPARE(model->rowCount(), rows - 1);
    QCOMPARE(spy.reset.count(), 0);
    QCOMPARE(spy.removed.count(), 1);
    QCOMPARE(spy.removed.at(0).at(1).toInt(), offset + 1);
    QCOMPARE(model->index(offset + 1, 0).data().toString(), third);
    spy.clear();
    document.undoStack()->undo();
    QCOMPARE(spy.reset.count(), 0);
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(model->index(offset + 1, 0).data().toString(), second);
}

void RowSignalsTest::valueEditsReachOnlyTheTablesThatShowThem()
{
    test::ModelFixture fixture;
    PlanDocument &document = *fixture.document;
    ActualsModel actuals(&document);
    StagesModel stages(&document);
    CategoriesModel categories(&document);
    ScenariosModel scenarios(&document);
    RowSpy actualsSpy(&actuals);
    RowSpy stagesSpy(&stages);
    RowSpy categoriesSpy(&categories);
    RowSpy scenariosSpy(&scenarios);

    // A budget: the scenarios table and the category amounts change; the actuals grid and the
    // stage list do not.
    QVERIFY(document.setBudget(0, 21'000'000).ok());
    QCOMPARE(scenariosSpy.changed.count(), 1);
    QCOMPARE(categoriesSpy.changed.count(), 1);
    QCOMPARE(actualsSpy.changed.count(), 0);
    QCOMPARE(stagesSpy.changed.count(), 0);
    // An actual: only the actuals grid.
    scenariosSpy.clear();
    categoriesSpy.clear();
    QVERIFY(document.setActual(u"2025-02"_s, document.plan().channels[0].name, 123.0, {}).ok());
    QCOMPARE(actualsSpy.changed.count(), 1);
    QCOMPARE(scenariosSpy.changed.count(), 0);
    QCOMPARE(categoriesSpy.changed.count(), 0);
    QCOMPARE(stagesSpy.changed.count(), 0);
    // A rule broken elsewhere repaints every table (a cell's colour may follow it).
    actualsSpy.clear();
    QVERIFY(document.setCategoryShare(0, 0, 0.9).ok());
    QVERIFY(!document.violations().empty());
    QCOMPARE(actualsSpy.changed.count(), 1);
    QCOMPARE(stagesSpy.changed.count(), 1);
}

namespace {

// What a view may show of a cell, role by role: a cell whose answer to any of these changed must
// be inside a dataChanged range.
QVariantList cellRoles(const QModelIndex &index)
{
    QVariantList roles;
    for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole),
                     int(Qt::TextAlignmentRole), int(Qt::ForegroundRole), int(Qt::BackgroundRole),
                     int(Qt::FontRole), int(Qt::CheckStateRole)})
        roles << index.data(role);
    for (int role = Qt::UserRole; role <= Qt::UserRole + 16; ++role)
        roles << index.data(role);
    return roles;
}

std::vector<std::vector<QVariantList>> allCells(const QAbstractItemModel &model)
{
    std::vector<std::vector<QVariantList>> cells(std::size_t(model.rowCount()));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            cells[std::size_t(row)].push_back(cellRoles(model.index(row, column)));
    }
    return cells;
}
} // namespace

void RowSignalsTest::everyChangedCellIsSignalled_data()
{
    using Edit = std::function<bool(PlanDocument &)>;
    QTest::addColumn<Edit>("edit");
    QTest::newRow("budget") << Edit(
        [](PlanDocument &d) { return d.setBudget(0, 21'000'000).ok(); });
    QTest::newRow("budget of another scenario")
        << Edit([](PlanDocument &d) { return d.setBudget(1, 19'000'000).ok(); });
    QTest::newRow("category share") << Edit([](PlanDocument &d) {
        return d.setCategoryShare(0, 0, d.plan().scenarios[0].categoryShares[0] + 0.01).ok();
    });
    QTest::newRow("channel share") << Edit(
        [](PlanDocument &d) { return d.setChannelDriver(0, 1, ChannelDriver::Share, 0.5).ok(); });
    QTest::newRow("channel cost per lead") << Edit(
        [](PlanDocument &d) { return d.setChannelDriver(0, 0, ChannelDriver::Cpl, 77.0).ok(); });
    QTest::newRow("conversion") << Edit([](PlanDocument &d) {
        return d.setChannelDriver(0, 2, ChannelDriver::Conversion, 0.2, 0).ok();
    });
    QTest::newRow("currency") << Edit(
        [](PlanDocument &d) { return d.setSetting(PlanSetting::Currency, u"USD"_s).ok(); });
    QTest::newRow("status date") << Edit([](PlanDocument &d) {
        return d.setSetting(PlanSetting::StatusDate, u"2025-03-15"_s).ok();
    });
    QTest::newRow("phasing weight")
        << Edit([](PlanDocument &d) { return d.setPhasingWeight(0, -1, 1, 0.2).ok(); });
    QTest::newRow("actual") << Edit([](PlanDocument &d) {
        return d.setActual(u"2025-02"_s, d.plan().channels[0].name, 123.0, {}).ok();
    });
}

void RowSignalsTest::everyChangedCellIsSignalled()
{
    QFETCH(std::function<bool(PlanDocument &)>, edit);
    test::ModelFixture fixture;
    PlanDocument &document = *fixture.document;
    const std::vector<std::unique_ptr<QAbstractItemModel>> models = everyModel(document);

    for (int pass = 0; pass < 2; ++pass) { // the edit, then its undo
        std::vector<std::vector<std::vector<QVariantList>>> before;
        std::vector<std::unique_ptr<RowSpy>> spies;
        for (const auto &model : models) {
            before.push_back(allCells(*model));
            spies.push_back(std::make_unique<RowSpy>(model.get()));
        }
        if (pass == 0)
            QVERIFY(edit(document));
        else
            document.undoStack()->undo();
        for (std::size_t m = 0; m < models.size(); ++m) {
            const QAbstractItemModel &model = *models[m];
            const RowSpy &spy = *spies[m];
            if (spy.reset.count() > 0)
                continue; // a reset tells every view to read everything again
            QCOMPARE(model.rowCount(), int(before[m].size()));
            const auto signalled = [&spy](int row, int column) {
                for (const QList<QVariant> &arguments : spy.changed) {
                    const auto topLeft = arguments.at(0).value<QModelIndex>();
                    const auto bottomRight = arguments.at(1).value<QModelIndex>();
                    if (row >= topLeft.row() && row <= bottomRight.row() &&
                        column >= topLeft.column() && column <= bottomRight.column())
                        return true;
                }
                return false;
            };
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    if (cellRoles(model.index(row, column)) ==
                            before[m][std::size_t(row)][std::size_t(column)] ||
                        signalled(row, column))
                        continue;
                    QFAIL(qPrintable(u"%1 (%2): cell (%3, %4) \"%5\" changed unsignalled"_s.arg(
                        QString::fromLatin1(model.metaObject()->className()),
                        pass == 0 ? u"edit"_s : u"undo"_s, QString::number(row),
                        QString::number(column), model.index(row, column).data().toString())));
                }
            }
        }
    }
}

void RowSignalsTest::everyModelPassesTheTesterThroughEveryKindOfChange()
{
    test::ModelFixture fixture;
    PlanDocument &document = *fixture.document;
    const std::vector<std::unique_ptr<QAbstractItemModel>> models = everyModel(document);
    for (const auto &model : models)
        test::ModelFixture::watch(model.get());

    QVERIFY(document.addChannel(u"Radio"_s).ok());
    QVERIFY(document.moveChannel(6, 0).ok());
    QVERIFY(document.addStage(3, u"Active traders"_s).ok());
    QVERIFY(document.moveStage(3, 1).ok());
    QVERIFY(document.addCategory(u"Events"_s, CategoryKind::Overhead).ok());
    QVERIFY(document.createScenario(0).ok());
    QVERIFY(document.moveScenario(3, 0).ok());
    QVERIFY(document.setBudget(0, 19'000'000).ok());
    QVERIFY(document.setActual(u"2025-03"_s, u"Radio"_s, 10.0, {1.0}).ok());
    QVERIFY(document.removeChannel(1).ok());
    QVERIFY(document.removeStage(1).ok());
    QVERIFY(document.removeScenario(2).ok());
    QVERIFY(document.setSetting(PlanSetting::Months, 24).ok());
    fixture.undoAll();
    fixture.redoAll();
    fixture.undoAll();
    document.newBlank();
    document.newFromSample();
}

QTEST_GUILESS_MAIN(RowSignalsTest)
#include "RowSignalsTest.moc"
