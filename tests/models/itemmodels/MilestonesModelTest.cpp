// MilestonesModel: dates, status, dependencies and checks as editable cells.

#include "models/itemmodels/MilestonesModel.h"
#include "models/itemmodels/ItemRoles.h"

#include "ModelFixture.h"

#include <QTest>

using namespace cplan;

class MilestonesModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsAndEditsMilestones();
    void datesAreReadAsPeopleWriteThem();
    void anIgnoredActualIsExplained();
    void gatesAreAListOfChannels();
};

void MilestonesModelTest::gatesAreAListOfChannels()
{
    test::ModelFixture fixture;
    MilestonesModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan &plan = fixture.document->plan();
    const QModelIndex gates = model.index(1, MilestonesModel::GatesColumn);
    QCOMPARE(model.headerData(MilestonesModel::GatesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Gates"));
    // From the channel picker: a list, one undo step named as people read it.
    const QStringList two{plan.channels[1].name, plan.channels[4].name};
    QVERIFY2(model.setData(gates, two), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().milestones[1].gates, two);
    QCOMPARE(model.data(gates, Qt::EditRole).toStringList(), two);
    QCOMPARE(model.data(gates).toString(), two.join(QStringLiteral(", ")));
    QCOMPARE(fixture.document->undoStack()->text(fixture.document->undoStack()->count() - 1),
             QStringLiteral("Set Gates of M2 to %1").arg(two.join(QStringLiteral(", "))));
    // Typed or pasted text: split at commas and semicolons.
    QVERIFY(model.setData(
        gates, QStringLiteral(" %1 ;%2 ").arg(plan.channels[0].name, plan.channels[2].name)));
    QCOMPARE(fixture.document->plan().milestones[1].gates,
             (QStringList{plan.channels[0].name, plan.channels[2].name}));
    // A name that is no channel is refused, saying why, and the gates stay as they were.
    QVERIFY(!model.setData(gates, QStringLiteral("Radio")));
    QVERIFY2(model.lastError().contains(QStringLiteral("unknown channel")),
             qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().milestones[1].gates,
             (QStringList{plan.channels[0].name, plan.channels[2].name}));
    QCOMPARE(model.data(gates, PathRole).toString(), QStringLiteral("milestones[\"M2\"].gates"));
    QVERIFY(model.setData(gates, QString()));
    QVERIFY(fixture.document->plan().milestones[1].gates.isEmpty());
}

void MilestonesModelTest::datesAreReadAsPeopleWriteThem()
{
    test::ModelFixture fixture;
    // "4/3" takes the plan's year (2025), not the clock's (2026): issue 22 C.12.
    fixture.document->setClock([] { return QDateTime(QDate(2026, 5, 20), QTime(9, 0), Qt::UTC); });
    MilestonesModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const QModelIndex forecast = model.index(1, MilestonesModel::ForecastColumn);
    QVERIFY2(model.setData(forecast, QStringLiteral("2025-04-03")), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().milestones[1].forecast, QStringLiteral("2025-04-03"));
    QVERIFY2(model.setData(forecast, QStringLiteral("2025/4/5")), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().milestones[1].forecast, QStringLiteral("2025-04-05"));
    QVERIFY2(model.setData(forecast, QStringLiteral("4/3")), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().milestones[1].forecast, QStringLiteral("2025-04-03"));
    QCOMPARE(model.data(forecast, Qt::EditRole).toDate(), QDate(2025, 4, 3));
    QVERIFY2(model.setData(forecast, QStringLiteral("4月5日")), qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().milestones[1].forecast, QStringLiteral("2025-04-05"));
    QVERIFY(!model.setData(forecast, QStringLiteral("next week")));
    QVERIFY2(model.lastError().contains(QStringLiteral("\"next week\" is not a date")),
             qPrintable(model.lastError()));
    QCOMPARE(fixture.document->plan().milestones[1].forecast, QStringLiteral("2025-04-05"));
    QVERIFY(model.setData(forecast, QString()));
    QVERIFY(fixture.document->plan().milestones[1].forecast.isEmpty());
}

void MilestonesModelTest::anIgnoredActualIsExplained()
{
    test::ModelFixture fixture;
    MilestonesModel model(fixture.document.get());
    // M2 is in progress: an actual date does not count until it is done (MODEL.md §6).
    QVERIFY(fixture.document->plan().milestones[1].status == MilestoneStatus::InProgress);
    QVERIFY(!model.actualIgnored(1));
    QVERIFY(
        model.setData(model.index(1, MilestonesModel::ActualColumn), QStringLiteral("2025/6/28")));
    QVERIFY(model.actualIgnored(1));
    const QString tip =
        model.data(model.index(1, MilestonesModel::StatusColumn), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("2025-06-28 is ignored until the milestone is marked "
                                         "done")),
             qPrintable(tip));
    QVERIFY(model.setData(model.index(1, MilestonesModel::StatusColumn), QStringLiteral("done")));
    QVERIFY(!model.actualIgnored(1));
    QVERIFY(model.data(model.index(1, MilestonesModel::StatusColumn), Qt::ToolTipRole)
                .toString()
                .isEmpty());
}

void MilestonesModelTest::showsAndEditsMilestones()
{
    test::ModelFixture fixture;
    MilestonesModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    QCOMPARE(model.rowCount(), static_cast<int>(before.milestones.size()));
    QCOMPARE(model.data(model.index(0, MilestonesModel::PlannedColumn), Qt::EditRole).toDate(),
             QDate(2025, 3, 31));
    QVERIFY(!model.data(model.index(0, MilestonesModel::ForecastColumn), Qt::EditRole)
                 .toDate()
                 .isValid());
    QCOMPARE(model.data(model.index(1, MilestonesModel::StatusColumn)).toString(),
             QStringLiteral("In progress"));
    QCOMPARE(model.data(model.index(1, MilestonesModel::DependsOnColumn)).toString(),
             QStringLiteral("M1"));
    // Checks are shown by the metric's name; editing keeps the ids the file uses.
    QCOMPARE(model.data(model.index(0, MilestonesModel::ChecksColumn)).toString(),
             QStringLiteral("Registered users to date ≥ 30,000"));
    QCOMPARE(model.data(model.index(0, MilestonesModel::ChecksColumn), Qt::EditRole).toString(),
             QStringLiteral("stage_cum.1 >= 30000"));

    QVERIFY(model.setData(model.index(0, MilestonesModel::IdColumn), QStringLiteral("F1")));
    QCOMPARE(fixture.document->plan().milestones[1].dependsOn, QStringList{QStringLiteral("F1")});
    QVERIFY(model.setData(model.index(1, MilestonesModel::ForecastColumn), QDate(2025, 7, 20)));
    QCOMPARE(fixture.document->plan().milestones[1].forecast, QStringLiteral("2025-07-20"));
    QVERIFY(model.setData(model.index(1, MilestonesModel::StatusColumn), QStringLiteral("done")));
    QVERIFY(model.setData(model.index(2, MilestonesModel::ChecksColumn),
                          QStringLiteral("stage_cum.1 >= 1000; spend_cum <= 5,000,000")));
    QCOMPARE(fixture.document->plan().milestones[2].checks.size(), std::size_t(2));
    QCOMPARE(fixture.document->plan().milestones[2].checks[1].value, 5000000.0);

    QVERIFY(!model.setData(model.index(1, MilestonesModel::PlannedColumn),
                           QStringLiteral("2025-13-40")));
    QVERIFY2(model.lastError().contains(QStringLiteral("\"2025-13-40\" is not a date")),
             qPrintable(model.lastError()));
    QVERIFY(!model.setData(model.index(1, MilestonesModel::DependsOnColumn), QStringLiteral("M9")));
    QVERIFY(!model.setData(model.index(1, MilestonesModel::StatusColumn), QStringLiteral("late")));
    QVERIFY(!model.setData(model.index(2, MilestonesModel::ChecksColumn), QStringLiteral("cac")));
    QVERIFY(!model.setData(model.index(1, MilestonesModel::IdColumn), QStringLiteral("M3")));

    Milestone added;
    added.id = QStringLiteral("M9");
    added.name = QStringLiteral("Review");
    added.planned = QStringLiteral("2025-12-15");
    QVERIFY(fixture.document->addMilestone(added).ok());
    QCOMPARE(model.rowCount(), static_cast<int>(before.milestones.size()) + 1);
    QVERIFY(fixture.document->removeMilestone(0).ok());
    QVERIFY(fixture.document->plan().milestones[0].dependsOn.isEmpty());
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);
}

QTEST_GUILESS_MAIN(MilestonesModelTest)
#include "MilestonesModelTest.moc"
