#include "models/storage/CplanSchema.h"

#include "models/storage/CplanFile.h"
#include "models/storage/SqlConnection.h"
#include "models/storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <mutex>
#include <vector>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CplanSchema)
};

struct SchemaStep
{
    const char *purpose;
    std::vector<QLatin1String> statements;
};

// Lists keep their order through a `position` column (0..n-1, checked dense on reading). A list
// that belongs to another row names its owner by the owner's position. Per-scenario lists are
// not tied to the plan's categories or channels by foreign key: a plan being edited may be
// invalid (say, a scenario with one share too many), and the file must still hold it exactly so
// the validator can report it after reopening.
const char *const milestoneGatesPurpose =
    QT_TRANSLATE_NOOP("CplanSchema", "the milestone gates table");
const char *const pastActualsPurpose = QT_TRANSLATE_NOOP("CplanSchema", "the past actuals tables");
const char *const historyPurpose =
    QT_TRANSLATE_NOOP("CplanSchema", "the history, versions, sign-off and people tables");

const std::vector<SchemaStep> &schemaSteps()
{
    static const std::vector<SchemaStep> steps{
        {QT_TRANSLATE_NOOP("CplanSchema", "the plan tables"),
         {
             QLatin1String("CREATE TABLE plan ("
                           "id INTEGER PRIMARY KEY CHECK (id = 1), "
                           "name TEXT NOT NULL, "
                           "name_zh TEXT NOT NULL, "
                           "currency TEXT NOT NULL, "
                           "start_month TEXT NOT NULL, "
                           "months INTEGER NOT NULL, "
                           "value_horizon_months INTEGER NOT NULL, "
                           "discount_rate_annual REAL NOT NULL, "
                           "status_date TEXT NOT NULL, "
                           "variance_threshold REAL NOT NULL, "
                           "milestone_level1_days INTEGER NOT NULL, "
                           "milestone_level2_days INTEGER NOT NULL)"),
             QLatin1String("CREATE TABLE stages ("
                           "position INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL)"),
             QLatin1String("CREATE TABLE categories ("
                           "position INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, "
                           "kind TEXT NOT NULL)"),
             QLatin1String("CREATE TABLE channels ("
                           "position INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, "
                           "channel_group TEXT NOT NULL)"),
             QLatin1String("CREATE TABLE targets ("
                           "position INTEGER PRIMARY KEY, "
                           "metric TEXT NOT NULL, "
                           "op TEXT NOT NULL, "
                           "value REAL NOT NULL, "
                           "label TEXT NOT NULL)"),
             QLatin1String("CREATE TABLE milestones ("
                           "position INTEGER PRIMARY KEY, "
                           "milestone_id TEXT NOT NULL, "
                           "name TEXT NOT NULL, "
                           "phase TEXT NOT NULL, "
                           "owner TEXT NOT NULL, "
                           "planned TEXT NOT NULL, "
                           "forecast TEXT NOT NULL, "
                           "actual TEXT NOT NULL, "
                           "status TEXT NOT NULL)"),
             QLatin1String("CREATE TABLE milestone_dependencies ("
                           "milestone INTEGER NOT NULL REFERENCES milestones (position), "
                           "position INTEGER NOT NULL, "
                           "depends_on TEXT NOT NULL, "
                           "PRIMARY KEY (milestone, position))"),
             QLatin1String("CREATE TABLE milestone_checks ("
                           "milestone INTEGER NOT NULL REFERENCES milestones (position), "
                           "position INTEGER NOT NULL, "
                           "metric TEXT NOT NULL, "
                           "op TEXT NOT NULL, "
                           "value REAL NOT NULL, "
                           "PRIMARY KEY (milestone, position))"),
             // phasing: 'even', 'quarterly' or 'monthly'; a NULL uncertainty = no such key.
             QLatin1String("CREATE TABLE scenarios ("
                           "position INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, "
                           "budget REAL NOT NULL, "
                           "phasing TEXT NOT NULL, "
                           "uncertainty_cpl REAL, "
                           "uncertainty_conversion REAL, "
                           "uncertainty_arpu REAL, "
                           "uncertainty_retention REAL)"),
             QLatin1String("CREATE TABLE scenario_category_shares ("
                           "scenario INTEGER NOT NULL REFERENCES scenarios (position), "
                           "position INTEGER NOT NULL, "
                           "share REAL NOT NULL, "
                           "PRIMARY KEY (scenario, position))"),
             QLatin1String("CREATE TABLE scenario_phasing_weights ("
                           "scenario INTEGER NOT NULL REFERENCES scenarios (position), "
                           "position INTEGER NOT NULL, "
                           "weight REAL NOT NULL, "
                           "PRIMARY KEY (scenario, position))"),
             // A NULL saturation_spend = no saturation; a NULL phasing = the scenario's.
             QLatin1String("CREATE TABLE channel_drivers ("
                           "scenario INTEGER NOT NULL REFERENCES scenarios (position), "
                           "position INTEGER NOT NULL, "
                           "share REAL NOT NULL, "
                           "cpl REAL NOT NULL, "
                           "saturation_spend REAL, "
                           "carryover REAL NOT NULL, "
                           "arpu_monthly REAL NOT NULL, "
                           "margin REAL NOT NULL, "
                           "retention_monthly REAL NOT NULL, "
                           "min_share REAL NOT NULL, "
                           "max_share REAL NOT NULL, "
                           "phasing TEXT, "
                           "uncertainty_cpl REAL, "
                           "uncertainty_conversion REAL, "
                           "uncertainty_arpu REAL, "
                           "uncertainty_retention REAL, "
                           "PRIMARY KEY (scenario, position))"),
             QLatin1String("CREATE TABLE channel_conversion_rates ("
                           "scenario INTEGER NOT NULL, "
                           "channel INTEGER NOT NULL, "
                           "position INTEGER NOT NULL, "
                           "rate REAL NOT NULL, "
                           "PRIMARY KEY (scenario, channel, position), "
                           "FOREIGN KEY (scenario, channel) "
                           "REFERENCES channel_drivers (scenario, position))"),
             QLatin1String("CREATE TABLE channel_phasing_weights ("
                           "scenario INTEGER NOT NULL, "
                           "channel INTEGER NOT NULL, "
                           "position INTEGER NOT NULL, "
                           "weight REAL NOT NULL, "
                           "PRIMARY KEY (scenario, channel, position), "
                           "FOREIGN KEY (scenario, channel) "
                           "REFERENCES channel_drivers (scenario, position))"),
             QLatin1String("CREATE TABLE actuals ("
                           "position INTEGER PRIMARY KEY, "
                           "month TEXT NOT NULL, "
                           "channel TEXT NOT NULL, "
                           "spend REAL NOT NULL)"),
             QLatin1String("CREATE TABLE actual_volumes ("
                           "actual INTEGER NOT NULL REFERENCES actuals (position), "
                           "position INTEGER NOT NULL, "
                           "volume REAL NOT NULL, "
                           "PRIMARY KEY (actual, position))"),
         }},
        // Which build wrote the file and when, so a support question ("which version saved
        // this?") has an answer without guessing from the schema number.
        {QT_TRANSLATE_NOOP("CplanSchema", "the file information table"),
         {
             QLatin1String("CREATE TABLE meta ("
                           "key TEXT PRIMARY KEY, "
                           "value TEXT NOT NULL)"),
         }},
        // The scenario actuals are compared with; '' = the first scenario, as before.
        {QT_TRANSLATE_NOOP("CplanSchema", "the baseline scenario setting"),
         {
             QLatin1String("ALTER TABLE plan ADD COLUMN baseline_scenario TEXT NOT NULL "
                           "DEFAULT ''"),
         }},
        // Channels whose spend waits for a milestone (MODEL.md §6 "Gates"); an older file has
        // none. The channel is kept by name, as depends_on keeps milestone ids.
        {milestoneGatesPurpose,
         {
             QLatin1String("CREATE TABLE milestone_gates ("
                           "milestone INTEGER NOT NULL REFERENCES milestones (position), "
                           "position INTEGER NOT NULL, "
                           "channel TEXT NOT NULL, "
                           "PRIMARY KEY (milestone, position))"),
         }},
        // Past months that calibration fits drivers to (MODEL.md §5.6); the actuals' form.
        {pastActualsPurpose,
         {
             QLatin1String("CREATE TABLE past_actuals ("
                           "position INTEGER PRIMARY KEY, "
                           "month TEXT NOT NULL, "
                           "channel TEXT NOT NULL, "
                           "spend REAL NOT NULL)"),
             QLatin1String("CREATE TABLE past_actual_volumes ("
                           "past_actual INTEGER NOT NULL REFERENCES past_actuals (position), "
                           "position INTEGER NOT NULL, "
                           "volume REAL NOT NULL, "
                           "PRIMARY KEY (past_actual, position))"),
         }},
        // MODEL.md §10. A scenario's sign-off (an older file's scenarios are drafts); the team;
        // the audit trail, one row per entry: `entry` is the entry's canonical JSON without its
        // hash (what the hash is taken of, so the chain is checked without re-encoding), `hash`
        // the chain hash; rows are only ever added. A version keeps the plan content it names as
        // zlib-compressed canonical JSON, read only when the version is viewed or compared.
        {historyPurpose,
         {
             QLatin1String("ALTER TABLE scenarios ADD COLUMN signoff_state TEXT NOT NULL "
                           "DEFAULT 'draft'"),
             QLatin1String("ALTER TABLE scenarios ADD COLUMN signoff_by TEXT NOT NULL "
                           "DEFAULT ''"),
             QLatin1String("ALTER TABLE scenarios ADD COLUMN signoff_at TEXT NOT NULL "
                           "DEFAULT ''"),
             QLatin1String("ALTER TABLE scenarios ADD COLUMN signoff_comment TEXT NOT NULL "
                           "DEFAULT ''"),
             QLatin1String("ALTER TABLE scenarios ADD COLUMN approved_by TEXT NOT NULL "
                           "DEFAULT ''"),
             QLatin1String("ALTER TABLE scenarios ADD COLUMN approved_at TEXT NOT NULL "
                           "DEFAULT ''"),
             QLatin1String("CREATE TABLE people ("
                           "position INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, "
                           "role TEXT NOT NULL)"),
             QLatin1String("CREATE TABLE history ("
                           "seq INTEGER PRIMARY KEY, "
                           "entry TEXT NOT NULL, "
                           "hash TEXT NOT NULL)"),
             QLatin1String("CREATE TABLE versions ("
                           "position INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, "
                           "at TEXT NOT NULL, "
                           "author TEXT NOT NULL, "
                           "comment TEXT NOT NULL, "
                           "content_hash TEXT NOT NULL, "
                           "snapshot BLOB NOT NULL)"),
         }},
    };
    return steps;
}

struct SchemaObject
{
    QString type;
    QString tableName;
    QString sql;
};

// What sqlite_master holds, by object name. False when it cannot be read.
bool readSchemaObjects(QSqlDatabase &database, std::map<QString, SchemaObject> *objects,
                       QString *error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"))) {
        *error = query.lastError().databaseText();
        return false;
    }
    while (query.next()) {
        (*objects)[query.value(1).toString()] = SchemaObject{
            query.value(0).toString(), query.value(2).toString(), query.value(3).toString()};
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().databaseText();
        return false;
    }
    return true;
}

// Object names come from an untrusted file: quote them, and keep a hostile name short.
QString quotedName(const QString &name)
{
    constexpr int longest = 60;
    const QString shown = name.size() > longest ? name.left(longest) + QStringLiteral("…") : name;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString typeWord(const QString &type)
{
    if (type == QLatin1String("table"))
        return Tr::tr("a table");
    if (type == QLatin1String("index"))
        return Tr::tr("an index");
    if (type == QLatin1String("trigger"))
        return Tr::tr("a trigger");
    if (type == QLatin1String("view"))
        return Tr::tr("a view");
    return Tr::tr("an object of type %1").arg(quotedName(type));
}

// Tables SQLite itself adds when someone runs ANALYZE on the file. They only steer the query
// planner, so a file that was inspected with an SQLite tool is still accepted.
bool isPlannerStatistics(const QString &name, const SchemaObject &object)
{
    return object.type == QLatin1String("table") &&
           (name == QLatin1String("sqlite_stat1") || name == QLatin1String("sqlite_stat4"));
}

} // namespace

int cplanSchemaVersion()
{
    return static_cast<int>(schemaSteps().size());
}

namespace {
// A step's version, found by its purpose rather than written as a number, so steps appended by
// other work keep the writer right.
int versionOfStep(const char *purpose)
{
    const auto &steps = schemaSteps();
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].purpose == purpose)
            return static_cast<int>(i) + 1;
    return cplanSchemaVersion() + 1;
}
} // namespace

int milestoneGatesSchemaVersion()
{
    return versionOfStep(milestoneGatesPurpose);
}

int historySchemaVersion()
{
    return versionOfStep(historyPurpose);
}

int pastActualsSchemaVersion()
{
    return versionOfStep(pastActualsPurpose);
}

Status migrateCplanSchema(QSqlDatabase &database, int fromVersion, int toVersion)
{
    const auto &steps = schemaSteps();
    if (fromVersion < 0 || toVersion > static_cast<int>(steps.size()) || fromVersion > toVersion)
        return Error{
            Tr::tr("cannot go from schema %1 to schema %2").arg(fromVersion).arg(toVersion)};
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        const SchemaStep &step = steps[static_cast<std::size_t>(version - 1)];
        const auto failed = [&](const QString &reason) {
            return Error{Tr::tr("schema step %1 (%2) failed: %3")
                             .arg(version)
                             .arg(Tr::tr(step.purpose), reason)};
        };
        SqlTransaction transaction(database);
        if (!transaction.isActive())
            return failed(database.lastError().databaseText());
        {
            QSqlQuery query(database);
            for (const QLatin1String &statement : step.statements) {
                if (!query.exec(QString(statement)))
                    return failed(query.lastError().databaseText());
            }
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                return failed(query.lastError().databaseText());
        }
        if (!transaction.commit())
            return failed(database.lastError().databaseText());
    }
    return success();
}

namespace {

// The layout schema `version` has, made rather than written down twice: the same steps run on a
// scratch database, and what SQLite recorded read back (its automatic indexes included). It is
// the same every time, so it is made once per version and process: making it was about half the
// time of reading a small plan (the .cplan fuzzer's profile). `layout` stays valid for the
// process (entries of a std::map never move); any thread may ask.
Status expectedLayout(int version, const std::map<QString, SchemaObject> **layout)
{
    static std::mutex mutex;
    static std::map<int, std::map<QString, SchemaObject>> made;
    const std::lock_guard<std::mutex> lock(mutex);
    if (const auto found = made.find(version); found != made.end()) {
        *layout = &found->second;
        return success();
    }
    std::map<QString, SchemaObject> expected;
    {
        SqlConnection scratch(QStringLiteral(":memory:"));
        if (!scratch.open())
            return Error{Tr::tr("cannot be checked (%1)").arg(scratch.errorText())};
        const Status built = migrateCplanSchema(scratch.database(), 0, version);
        if (!built)
            return Error{Tr::tr("cannot be checked (%1)").arg(built.error())};
        QString error;
        if (!readSchemaObjects(scratch.database(), &expected, &error))
            return Error{Tr::tr("cannot be checked (%1)").arg(error)};
    }
    *layout = &made.emplace(version, std::move(expected)).first->second;
    return success();
}

} // namespace

Status checkCplanSchema(QSqlDatabase &database, int version)
{
    if (version < 1 || version > cplanSchemaVersion())
        return Error{Tr::tr("is damaged (unknown schema %1)").arg(version)};

    const std::map<QString, SchemaObject> *madeLayout = nullptr;
    if (const Status made = expectedLayout(version, &madeLayout); !made)
        return made;
    const std::map<QString, SchemaObject> &expected = *madeLayout;

    std::map<QString, SchemaObject> actual;
    QString error;
    if (!readSchemaObjects(database, &actual, &error))
        return Error{Tr::tr("is damaged (%1)").arg(error)};

    for (const auto &[name, object] : actual) {
        if (isPlannerStatistics(name, object))
            continue;
        const auto wanted = expected.find(name);
        if (wanted == expected.end() || wanted->second.type != object.type) {
            return Error{Tr::tr("holds %1 %2 that Campaign Planner does not create (refused as "
                                "unsafe)")
                             .arg(typeWord(object.type), quotedName(name))};
        }
        if (wanted->second.tableName != object.tableName || wanted->second.sql != object.sql) {
            return Error{Tr::tr("holds %1 %2 whose definition Campaign Planner did not write "
                                "(refused as unsafe)")
                             .arg(typeWord(object.type), quotedName(name))};
        }
    }
    for (const auto &[name, object] : expected) {
        if (actual.find(name) == actual.end())
            return Error{
                Tr::tr("is damaged (missing %1 %2)").arg(typeWord(object.type), quotedName(name))};
    }
    return success();
}

} // namespace cplan
