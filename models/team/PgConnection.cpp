#include "models/team/PgConnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <poll.h>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
};

QString addressOf(PGconn *connection)
{
    const char *host = PQhost(connection);
    const char *port = PQport(connection);
    const char *name = PQdb(connection);
    const char *user = PQuser(connection);
    QString hostText = QString::fromUtf8(host ? host : "");
    if (hostText.startsWith(QLatin1Char('/')))
        hostText = QStringLiteral("[%1]").arg(hostText); // a Unix socket directory
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(QString::fromUtf8(user ? user : ""), hostText, QString::fromUtf8(port ? port : ""),
             QString::fromUtf8(name ? name : ""));
}

QString serverMessage(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

} // namespace

PgRows::PgRows(pg_result *result) : m_result(result, PQclear) {}

int PgRows::count() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

QByteArray PgRows::raw(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result.get(), row, column),
                      PQgetlength(m_result.get(), row, column));
}

QByteArrayView PgRows::view(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArrayView(PQgetvalue(m_result.get(), row, column),
                          PQgetlength(m_result.get(), row, column));
}

QString PgRows::text(int row, int column) const
{
    return QString::fromUtf8(raw(row, column));
}

bool PgRows::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column) != 0;
}

qint64 PgRows::number(int row, int column) const
{
    return raw(row, column).toLongLong();
}

qint64 PgRows::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

PgConnection::PgConnection(pg_conn *connection) : m_connection(connection) {}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &url)
{
    return open(url, QString());
}

namespace {

// What open() and openStart() share: the address checked, the parameters (fail fast on an
// unreachable host, keepalives, the typed password last), and the connection made by `connect`
// (PQconnectdbParams, blocking, or PQconnectStartParams).
Result<PGconn *> startConnection(const QString &url, const QString &password,
                                 PGconn *(*connect)(const char *const *, const char *const *, int))
{
    if (url.trimmed().isEmpty())
        return Error{Tr::tr("the team store's address is empty (for example "
                            "postgresql://li.wei@db.example.com/plans)")};
    const QByteArray conninfo = url.toUtf8();
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.constData(), &parseError);
    if (!options) {
        const QString why = parseError ? serverMessage(parseError) : QString();
        PQfreemem(parseError);
        return Error{Tr::tr("\"%1\" is not a PostgreSQL connection address: %2").arg(url, why)};
    }
    PQconninfoFree(options);
    // Fail fast on an unreachable host, and notice a connection lost without a word (a cable
    // pulled) through TCP keepalives, unless the address says otherwise (it comes after them,
    // so what it says wins). A typed password comes last: it wins over one in the address.
    const QByteArray typedPassword = password.toUtf8();
    const char *keys[] = {"connect_timeout",
                          "application_name",
                          "keepalives_idle",
                          "keepalives_interval",
                          "keepalives_count",
                          "dbname",
                          password.isEmpty() ? nullptr : "password",
                          nullptr};
    const char *values[] = {"10",
                            "cplan",
                            "10",
                            "3",
                            "3",
                            conninfo.constData(),
                            password.isEmpty() ? nullptr : typedPassword.constData(),
                            nullptr};
    PGconn *connection = connect(keys, values, 1);
    if (!connection)
        return Error{Tr::tr("%1: could not connect: out of memory").arg(url)};
    // The server's notices ("schema cplan already exists, skipping") are not for the user.
    PQsetNoticeProcessor(
        connection, [](void *, const char *) {}, nullptr);
    return connection;
}

// Why `connection` (not connected) failed, in the user's words; it is closed.
Error connectionFailure(PGconn *connection)
{
    const QString where = addressOf(connection);
    const QString why = serverMessage(PQerrorMessage(connection));
    const bool needsPassword = PQconnectionNeedsPassword(connection) != 0;
    PQfinish(connection);
    if (needsPassword)
        return Error{Tr::tr("%1: the server asks for a password and none was given (put it "
                            "in PGPASSWORD or ~/.pgpass)")
                         .arg(where)};
    if (why.contains(QLatin1String("password authentication failed")))
        return Error{Tr::tr("%1: the server refused the password of this user").arg(where)};
    return Error{Tr::tr("%1: could not connect: %2").arg(where, why)};
}

PgConnection::Poll pollOutcome(PostgresPollingStatusType status)
{
    switch (status) {
    case PGRES_POLLING_READING:
        return PgConnection::Poll::Reading;
    case PGRES_POLLING_WRITING:
        return PgConnection::Poll::Writing;
    case PGRES_POLLING_OK:
        return PgConnection::Poll::Connected;
    default:
        return PgConnection::Poll::Failed;
    }
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &url,
                                                         const QString &password)
{
    auto started = startConnection(url, password, PQconnectdbParams);
    if (!started)
        return Error{started.error()};
    if (PQstatus(*started) != CONNECTION_OK)
        return connectionFailure(*started);
    return std::unique_ptr<PgConnection>(new PgConnection(*started));
}

Result<std::unique_ptr<PgConnection>> PgConnection::openStart(const QString &url,
                                                              const QString &password)
{
    auto started = startConnection(url, password, PQconnectStartParams);
    if (!started)
        return Error{started.error()};
    if (PQstatus(*started) == CONNECTION_BAD)
        return connectionFailure(*started);
    auto connection = std::unique_ptr<PgConnection>(new PgConnection(*started));
    connection->m_starting = true;
    return connection;
}

bool PgConnection::isConnected() const
{
    return PQstatus(m_connection) == CONNECTION_OK;
}

Status PgConnection::reset()
{
    PQreset(m_connection);
    if (!isConnected())
        return Error{Tr::tr("%1: could not connect: %2").arg(address(), connectionError())};
    return success();
}

bool PgConnection::resetStart()
{
    m_starting = false;
    return PQresetStart(m_connection) != 0;
}

PgConnection::Poll PgConnection::resetPoll()
{
    // A connection started by openStart() finishes through PQconnectPoll, a reset through
    // PQresetPoll (libpq's rule); either way the next attempt is a reset.
    const Poll poll =
        pollOutcome(m_starting ? PQconnectPoll(m_connection) : PQresetPoll(m_connection));
    if (poll == Poll::Connected || poll == Poll::Failed)
        m_starting = false;
    return poll;
}

int PgConnection::socket() const
{
    return PQsocket(m_connection);
}

bool PgConnection::consumeInput()
{
    return PQconsumeInput(m_connection) != 0 && isConnected();
}

QString PgConnection::connectionError() const
{
    return serverMessage(PQerrorMessage(m_connection));
}

QString PgConnection::address() const
{
    return addressOf(m_connection);
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_connection));
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_connection);
}

Result<QString> PgConnection::passwordVerifier(const QString &user, const QString &password)
{
    char *verifier = PQencryptPasswordConn(m_connection, password.toUtf8().constData(),
                                           user.toUtf8().constData(), nullptr);
    if (!verifier)
        return Error{
            QStringLiteral("%1: %2").arg(address(), serverMessage(PQerrorMessage(m_connection)))};
    const QString text = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return text;
}

std::optional<PgRows> PgConnection::exec(const QString &sql, const QStringList &parameters)
{
    std::vector<QByteArray> bytes;
    bytes.reserve(std::size_t(parameters.size()));
    std::vector<const char *> pointers;
    for (const QString &parameter : parameters) {
        bytes.push_back(parameter.toUtf8());
        pointers.push_back(parameter.isNull() ? nullptr : bytes.back().constData());
    }
    // Without parameters, the simple protocol: a migration is several statements.
    PGresult *result = pointers.empty() ? PQexec(m_connection, sql.toUtf8().constData())
                                        : PQexecParams(m_connection, sql.toUtf8().constData(),
                                                       int(pointers.size()), nullptr,
                                                       pointers.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgRows(result);
    m_error.sqlState = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    m_error.message = serverMessage(result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)
                                           : PQerrorMessage(m_connection));
    if (m_error.message.isEmpty())
        m_error.message = serverMessage(PQerrorMessage(m_connection));
    m_error.detail = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL));
    PQclear(result);
    return std::nullopt;
}

std::vector<PgNotification> PgConnection::notifications(int timeoutMs)
{
    std::vector<PgNotification> received;
    const auto collect = [&] {
        PQconsumeInput(m_connection);
        while (PGnotify *notify = PQnotifies(m_connection)) {
            received.push_back(PgNotification{QString::fromUtf8(notify->relname),
                                              QString::fromUtf8(notify->extra)});
            PQfreemem(notify);
        }
    };
    collect();
    if (received.empty() && timeoutMs > 0) {
        pollfd socket{PQsocket(m_connection), POLLIN, 0};
        if (socket.fd >= 0 && poll(&socket, 1, timeoutMs) > 0)
            collect();
    }
    return received;
}

Result<PgRows> PgConnection::run(const QString &sql, const QStringList &parameters)
{
    if (auto rows = exec(sql, parameters))
        return std::move(*rows);
    return Error{QStringLiteral("%1: %2").arg(address(), m_error.message)};
}

PgConnection::Transaction::Transaction(PgConnection &connection) : m_connection(connection)
{
    m_began = m_connection.exec(QStringLiteral("BEGIN")).has_value();
}

PgConnection::Transaction::~Transaction()
{
    if (m_began && !m_done)
        m_connection.exec(QStringLiteral("ROLLBACK"));
}

Status PgConnection::Transaction::commit()
{
    m_done = true;
    if (!m_connection.exec(QStringLiteral("COMMIT")))
        return Error{
            QStringLiteral("%1: %2").arg(m_connection.address(), m_connection.lastError().message)};
    return success();
}

} // namespace cplan
