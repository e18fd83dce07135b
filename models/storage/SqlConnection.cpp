#include "models/storage/SqlConnection.h"

#include <QSqlError>
#include <QUuid>

namespace cplan {

SqlConnection::SqlConnection(const QString &fileName)
    : m_name(QStringLiteral("cplan-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_database.setDatabaseName(fileName);
}

SqlConnection::~SqlConnection()
{
    close();
    // Release our handle first: removeDatabase() wants no QSqlDatabase object left on the name.
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::open(const QString &connectOptions)
{
    if (!m_database.isValid())
        return false;
    m_database.setConnectOptions(connectOptions);
    return m_database.open();
}

void SqlConnection::close()
{
    if (m_database.isOpen())
        m_database.close();
}

QString SqlConnection::errorText() const
{
    if (!m_database.isValid())
        return QStringLiteral("the SQLite driver of Qt (QSQLITE) is not available");
    const QSqlError error = m_database.lastError();
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace cplan
