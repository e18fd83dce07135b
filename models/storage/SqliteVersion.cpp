#include "models/storage/SqliteVersion.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cplan {

namespace {
struct SqliteVersionText
{
    Q_DECLARE_TR_FUNCTIONS(SqliteVersion)
};
} // namespace

Result<QString> sqliteLibraryVersion()
{
    const QString connection =
        QStringLiteral("cplan-sqlite-version-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<QString> result = Error{SqliteVersionText::tr("SQLite did not answer")};
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(QStringLiteral(":memory:"));
        if (!database.open()) {
            result = Error{SqliteVersionText::tr("the SQLite driver is not available (%1)")
                               .arg(database.lastError().text())};
        } else {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                result = query.value(0).toString();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace cplan
