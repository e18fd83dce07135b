#pragma once

// Hears of the other members' edits (MODEL.md §11, issue 26 item 3): a connection of its own
// that LISTENs on "cplan_changes" (the server notifies when an edit commits, never for one
// rolled back) and is watched by a QSocketNotifier in the thread's event loop, so nothing
// blocks and nothing polls. When the connection is lost (a server restart, the network) it
// says so once and connects again by itself without blocking: after 1 s, then up to 5 s
// apart; once back it LISTENs again and says so (what was notified in the gap is lost: the
// receiver refreshes).

#include "models/domain/Result.h"
#include "models/team/PgConnection.h"

#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QTimer>

#include <memory>

namespace cplan {

class TeamListener : public QObject
{
    Q_OBJECT

public:
    // `password` as typed in a dialog (kept in memory only; empty: the address, PGPASSWORD or
    // ~/.pgpass).
    TeamListener(const QString &url, const QString &password, QObject *parent = nullptr);
    ~TeamListener() override;

    // Connects and listens (blocking, once). On failure the caller says why, and the listener
    // keeps trying by itself, as after a loss (connectionRestored when it is in).
    Status start();
    bool isConnected() const { return m_connected; }

signals:
    void planChanged(const QString &plan, qint64 revision, const QString &author);
    void connectionLost(const QString &message); // once per loss
    void connectionRestored(); // notifications of the gap are lost: the receiver refreshes

private:
    void watch(QSocketNotifier::Type type);
    void unwatch();
    void readNotifications();
    void lose(const QString &message);
    void scheduleAttempt();
    void attempt();
    void continueAttempt();
    void giveUpAttempt();
    bool listen();

    QString m_url;
    QString m_password;
    std::unique_ptr<PgConnection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_retry;    // the next attempt to connect again
    QTimer m_deadline; // an attempt that hangs (a host that does not answer) is given up
    int m_delayMs = 1000;
    bool m_connected = false;
    bool m_connecting = false;
};

} // namespace cplan
