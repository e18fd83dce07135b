#pragma once

// One QSqlDatabase connection for one operation.
//
// Qt keeps connections in a process-wide registry by name, and a connection may only be used by
// the thread that made it. A fresh unique name per read or save (QUuid) makes reading and saving
// safe on worker threads and lets two files be open at once. The registry entry is removed in the
// destructor, after the QSqlDatabase handle this object holds has been released, which is the
// order removeDatabase() requires to avoid the "connection is still in use" warning. Every
// QSqlQuery made on the connection must be gone before this object is.

#include <QSqlDatabase>
#include <QString>

namespace cplan {

class SqlConnection
{
public:
    // A QSQLITE connection on `fileName` (":memory:" for a scratch database), not yet open.
    explicit SqlConnection(const QString &fileName);
    ~SqlConnection();

    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    QSqlDatabase &database() { return m_database; }
    // Opens the file; `connectOptions` as QSqlDatabase::setConnectOptions (e.g.
    // "QSQLITE_OPEN_READONLY"). False with errorText() set when it cannot be opened.
    bool open(const QString &connectOptions = {});
    // Closes the file (SQLite releases its handle, so the file can be synced and renamed).
    void close();
    // Why the last operation failed, as SQLite reports it.
    QString errorText() const;

private:
    QString m_name;
    QSqlDatabase m_database;
};

} // namespace cplan
