// The team store's rows (TeamFields.h) back into the plan, without a server: every plan object
// survives teamFields() then planFromTeamFields() whatever its names hold (quotes, backslashes,
// Chinese, digits), in any row order; a damaged set of rows says where.

#include "models/storage/PlanJson.h"
#include "models/team/TeamFields.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace cplan;

class TeamStoreFieldsTest : public QObject
{
    Q_OBJECT

private slots:
    void rowsGiveThePlanBackWhateverItsNames()
    {
        Plan plan = samplePlan();
        QVERIFY(plan.channels.size() >= 3);
        const QString odd[] = {QStringLiteral("Search \"brand\" \\ long-tail"),
                               QStringLiteral("搜索广告"), QStringLiteral("2025")};
        for (std::size_t i = 0; i < 3; ++i) {
            const QString old = plan.channels[i].name;
            plan.channels[i].name = odd[i];
            for (Actual &actual : plan.actuals)
                if (actual.channel == old)
                    actual.channel = odd[i];
        }
        const QJsonObject json = planContentJson(plan);
        const TeamFields fields = teamFields(json);
        bool escaped = false;
        for (const auto &[path, field] : fields)
            escaped = escaped || path.contains(QLatin1Char('\\'));
        QVERIFY(escaped);

        auto fromMap = planFromTeamFields(fields);
        QVERIFY2(fromMap, qPrintable(fromMap ? QString() : fromMap.error()));
        QCOMPARE(*fromMap, json);
        std::vector<TeamField> rows;
        for (const auto &[path, field] : fields)
            rows.push_back(field);
        std::shuffle(rows.begin(), rows.end(), *QRandomGenerator::global());
        auto fromRows = planFromTeamFields(rows);
        QVERIFY2(fromRows, qPrintable(fromRows ? QString() : fromRows.error()));
        QCOMPARE(*fromRows, json);
    }

    void damagedRowsSayWhere()
    {
        TeamFields fields = teamFields(planContentJson(samplePlan()));
        const QString scenario =
            QString::fromUtf8("scenarios[\"%1\"]").arg(samplePlan().scenarios[0].name);
        const QString budget = scenario + QStringLiteral(".budget");
        QVERIFY(fields.contains(budget));
        fields[budget + QStringLiteral(".extra")] =
            TeamField{budget + QStringLiteral(".extra"), false, QJsonValue(1)};
        auto broken = planFromTeamFields(fields);
        QVERIFY(!broken);
        QVERIFY2(broken.error().contains(budget), qPrintable(broken.error()));
        fields.erase(budget + QStringLiteral(".extra"));
        fields[QStringLiteral("channels[\"x")] =
            TeamField{QStringLiteral("channels[\"x"), false, QJsonValue(1)};
        auto unreadable = planFromTeamFields(fields);
        QVERIFY(!unreadable);
        QVERIFY2(unreadable.error().contains(QLatin1String("does not read")),
                 qPrintable(unreadable.error()));
    }
};

QTEST_GUILESS_MAIN(TeamStoreFieldsTest)
#include "TeamStoreFieldsTest.moc"
