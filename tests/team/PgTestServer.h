#pragma once

// A real, throwaway PostgreSQL server for the team store's tests (issue 26: no mocks of the
// database). initdb into a temporary folder as an unprivileged user (the "postgres" account
// when the tests run as root, which owns the folder then; else the current user), started with
// pg_ctl on 127.0.0.1 and a free port, stopped (immediately) when the fixture goes away.
// available() is false, with the reason, only when the PostgreSQL binaries are not installed.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <unistd.h>

namespace cplan::test {

// The message of a failed Result or Status, for QVERIFY2 (which evaluates its message even when
// the check passes): empty when it succeeded.
template <typename R>
const char *why(const R &result)
{
    static QByteArray text;
    text = result.ok() ? QByteArray() : result.error().toLocal8Bit();
    return text.constData();
}

class PgTestServer
{
public:
    static constexpr const char *ownerPassword = "owner-secret";

    PgTestServer()
    {
        m_bin = findBinaries();
        if (m_bin.isEmpty()) {
            m_problem = QStringLiteral("the PostgreSQL server binaries (initdb, pg_ctl) are not "
                                       "installed (Debian: postgresql)");
            return;
        }
        if (!m_dir.isValid()) {
            m_problem = QStringLiteral("no temporary folder");
            return;
        }
        m_asRoot = geteuid() == 0;
        if (m_asRoot &&
            !run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()}, false)) {
            m_problem = QStringLiteral("could not give the temporary folder to postgres");
            return;
        }
        // A test that aborts (a crash, an uncaught exception) runs no destructor: a watchdog
        // stops the server and removes its folder once this process is gone
        // (started before initdb, and waiting a little for an initdb or a start in flight).
        const QString stop =
            (m_asRoot ? QStringLiteral("runuser -u postgres -- ") : QString()) +
            QStringLiteral("'%1/pg_ctl' -D '%2' -m immediate stop").arg(m_bin, dataDir());
        QProcess::startDetached(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "while kill -0 %1 2>/dev/null; do sleep 1; done; sleep 3; %2 >/dev/null 2>&1; "
                 "rm -rf '%3'")
                 .arg(QCoreApplication::applicationPid())
                 .arg(stop, m_dir.path())});

        const QString passwordFile = m_dir.filePath(QStringLiteral("owner-password"));
        {
            QFile file(passwordFile);
            if (!file.open(QIODevice::WriteOnly)) {
                m_problem = QStringLiteral("could not write %1").arg(passwordFile);
                return;
            }
            file.write(ownerPassword);
        }
        if (m_asRoot)
            run(QStringLiteral("chown"), {QStringLiteral("postgres"), passwordFile}, false);
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("owner"),
                  QStringLiteral("--auth-host=scram-sha-256"),
                  QStringLiteral("--auth-local=scram-sha-256"),
                  QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
                 true)) {
            m_problem = QStringLiteral("initdb failed: ") + m_output;
            return;
        }
        for (int attempt = 0; attempt < 20 && !m_running; ++attempt) {
            m_port = 20000 + (int(getpid()) * 7 + attempt * 101) % 30000;
            m_running = startOnPort();
        }
        if (!m_running)
            m_problem = QStringLiteral("pg_ctl start failed: ") + m_output;
    }

    // Stops the server as an administrator would for a restart (pg_ctl stop -m fast: open
    // transactions are rolled back, clients are disconnected) and waits until it is down.
    bool stop()
    {
        if (!m_running)
            return true;
        m_running = !run(m_bin + QStringLiteral("/pg_ctl"),
                         {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                          QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                         true);
        return !m_running;
    }
    // Starts it again on the same port (after stop()), waiting until it accepts connections.
    bool start()
    {
        if (!m_running)
            m_running = startOnPort();
        return m_running;
    }

    ~PgTestServer()
    {
        if (m_running)
            run(m_bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("stop")},
                true);
    }

    bool available() const { return !m_bin.isEmpty(); }
    bool running() const { return m_running; }
    QString problem() const { return m_problem; }
    int port() const { return m_port; }

    // The address of database `database` as `user` with `password` (none: no password).
    QString url(const QString &user, const QString &password = {},
                const QString &database = QStringLiteral("postgres")) const
    {
        const QString credentials =
            password.isEmpty() ? user : QStringLiteral("%1:%2").arg(user, password);
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(credentials)
            .arg(m_port)
            .arg(database);
    }
    QString ownerUrl(const QString &database = QStringLiteral("postgres")) const
    {
        return url(QStringLiteral("owner"), QString::fromLatin1(ownerPassword), database);
    }

private:
    bool startOnPort()
    {
        return run(m_bin + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-l"),
                    m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                    QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 "
                                   "-c unix_socket_directories=%2 -c fsync=off")
                        .arg(m_port)
                        .arg(m_dir.path()),
                    QStringLiteral("start")},
                   true);
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    static QString findBinaries()
    {
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(found.begin(), found.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &version : found) {
            const QString bin = versions.filePath(version + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
    }

    // Runs `program`, as postgres when we are root and `unprivileged`.
    bool run(const QString &program, const QStringList &arguments, bool unprivileged)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (unprivileged && m_asRoot)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), program} +
                              arguments);
        else
            process.start(program, arguments);
        const bool finished = process.waitForFinished(120000);
        m_output = QString::fromLocal8Bit(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/cplan-pg-XXXXXX")};
    QString m_bin;
    QString m_problem;
    QString m_output;
    bool m_asRoot = false;
    bool m_running = false;
    int m_port = 0;
};

} // namespace cplan::test

// In a test's initTestCase(): skips the whole program when PostgreSQL is not installed, fails
// when it is but the server does not start.
#define CPLAN_REQUIRE_PG_SERVER(server)                                                            \
    do {                                                                                           \
        if (!(server).available())                                                                 \
            QSKIP(qPrintable((server).problem()));                                                 \
        QVERIFY2((server).running(), qPrintable((server).problem()));                              \
    } while (false)
