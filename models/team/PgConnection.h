#pragma once

// One connection to the team store's PostgreSQL server (MODEL.md §11), through libpq directly:
// the store needs LISTEN/NOTIFY and the exact SQLSTATE of a refusal (a stale edit, a locked
// scenario, a missing right), which Qt's QPSQL driver does not pass on, and libpq needs no
// extra Qt plugin on the user's machine.
//
// The password comes from the connection URI, PGPASSWORD or ~/.pgpass (libpq reads them); the
// app never stores it, and messages show the address without it.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace cplan {

// The rows of one query, as text (NULL = a null QByteArray).
class PgRows
{
public:
    PgRows() = default;
    explicit PgRows(pg_result *result);
    int count() const;
    QByteArray raw(int row, int column) const;
    // The same without a copy (valid while these rows live; empty for NULL).
    QByteArrayView view(int row, int column) const;
    QString text(int row, int column) const;
    bool isNull(int row, int column) const;
    qint64 number(int row, int column) const;
    qint64 affected() const; // rows an INSERT/UPDATE/DELETE touched

private:
    std::shared_ptr<pg_result> m_result;
};

// A NOTIFY received on a channel this connection LISTENs to.
struct PgNotification
{
    QString channel;
    QString payload;
};

// A failed statement: the server's message and its SQLSTATE ("42501" = no right).
struct PgError
{
    QString sqlState;
    QString message;
    QString detail;
};

class PgConnection
{
public:
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Connects to `url` (a PostgreSQL URI or key=value string). Errors say which server and
    // why (wrong password, no server there, ...), never the password.
    static Result<std::unique_ptr<PgConnection>> open(const QString &url);
    // The same with a password typed by the user (kept in this connection's memory only; it wins
    // over one in `url`). Empty: as open(url).
    static Result<std::unique_ptr<PgConnection>> open(const QString &url, const QString &password);

    // False once the connection to the server was lost (a statement failed for it, or
    // consumeInput() found the socket closed).
    bool isConnected() const;
    // Connects again with the same parameters (blocking, one attempt). Ok when connected.
    Status reset();
    // Starts connecting without blocking (as open(); an address that cannot be used is refused
    // at once); then resetPoll() whenever the socket is ready, as after resetStart().
    static Result<std::unique_ptr<PgConnection>> openStart(const QString &url,
                                                           const QString &password);
    // The same without blocking: resetStart(), then resetPoll() whenever the socket is ready
    // for what the last poll asked (reading or writing), until Connected or Failed.
    enum class Poll
    {
        Reading,
        Writing,
        Connected,
        Failed
    };
    bool resetStart();
    Poll resetPoll();
    int socket() const; // PQsocket(): -1 when there is none
    // Reads what the server sent (notifications) without blocking; false when the connection
    // is lost.
    bool consumeInput();
    // The message of the last connection failure (reset, consumeInput).
    QString connectionError() const;

    // "postgresql://user@host:port/dbname": the address without its password.
    QString address() const;
    QString user() const;
    int serverVersion() const; // 150004 for 15.4
    // The verifier the server keeps for `user`'s `password` (SCRAM-SHA-256 unless the server's
    // password_encryption says otherwise), computed here.
    Result<QString> passwordVerifier(const QString &user, const QString &password);

    // Runs `sql` with text parameters ($1, $2 ...). On failure lastError() tells why.
    std::optional<PgRows> exec(const QString &sql, const QStringList &parameters = {});
    const PgError &lastError() const { return m_error; }
    // The notifications that arrived, waiting up to `timeoutMs` for the first one (0: only
    // those already here). LISTEN first (exec("LISTEN channel")).
    std::vector<PgNotification> notifications(int timeoutMs);
    // exec() as a Result whose message is `what: the server's message`.
    Result<PgRows> run(const QString &sql, const QStringList &parameters = {});
    // Rolls back unless the transaction was committed (ARCHITECTURE.md rule 7).
    class Transaction
    {
    public:
        explicit Transaction(PgConnection &connection);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool began() const { return m_began; }
        Status commit();

    private:
        PgConnection &m_connection;
        bool m_began = false;
        bool m_done = false;
    };

private:
    explicit PgConnection(pg_conn *connection);
    pg_conn *m_connection;
    bool m_starting = false; // openStart() until its poll ends
    PgError m_error;
};

} // namespace cplan
