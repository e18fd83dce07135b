#include "models/team/TeamListener.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cplan {

namespace {

const QLatin1String channel("cplan_changes");
constexpr int firstDelayMs = 1000;
constexpr int longestDelayMs = 5000;
constexpr int attemptTimeoutMs = 10000;

} // namespace

TeamListener::TeamListener(const QString &url, const QString &password, QObject *parent)
    : QObject(parent), m_url(url), m_password(password)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TeamListener::attempt);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(attemptTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, &TeamListener::giveUpAttempt);
}

TeamListener::~TeamListener()
{
    unwatch();
}

Status TeamListener::start()
{
    unwatch();
    m_retry.stop();
    auto connection = PgConnection::open(m_url, m_password);
    if (!connection) {
        // No store yet (not up, not reachable): the caller shows why, and the listener keeps
        // trying as after a loss, so the window comes online by itself once the store is back.
        m_connection.reset();
        m_connected = false;
        m_delayMs = firstDelayMs;
        scheduleAttempt();
        return Error{connection.error()};
    }
    m_connection = std::move(connection.value());
    if (!listen())
        return Error{QStringLiteral("%1: %2").arg(m_connection->address(),
                                                  m_connection->lastError().message)};
    m_connected = true;
    return success();
}

bool TeamListener::listen()
{
    if (!m_connection->exec(QStringLiteral("LISTEN ") + channel))
        return false;
    watch(QSocketNotifier::Read);
    return true;
}

void TeamListener::watch(QSocketNotifier::Type type)
{
    unwatch();
    const int socket = m_connection ? m_connection->socket() : -1;
    if (socket < 0)
        return;
    m_notifier = new QSocketNotifier(qintptr(socket), type, this);
    if (type == QSocketNotifier::Read && !m_connecting)
        connect(m_notifier, &QSocketNotifier::activated, this, &TeamListener::readNotifications);
    else
        connect(m_notifier, &QSocketNotifier::activated, this, &TeamListener::continueAttempt);
}

void TeamListener::unwatch()
{
    if (!m_notifier)
        return;
    // It may be the notifier whose signal is being handled: deleted once that returns.
    m_notifier->setEnabled(false);
    m_notifier->disconnect(this);
    m_notifier->deleteLater();
    m_notifier = nullptr;
}

void TeamListener::readNotifications()
{
    if (!m_connection->consumeInput()) {
        lose(m_connection->connectionError());
        return;
    }
    for (const PgNotification &notification : m_connection->notifications(0)) {
        if (notification.channel != channel)
            continue;
        const QJsonObject payload = QJsonDocument::fromJson(notification.payload.toUtf8()).object();
        emit planChanged(payload.value(QLatin1String("plan")).toString(),
                         payload.value(QLatin1String("revision")).toInteger(),
                         payload.value(QLatin1String("author")).toString());
    }
    // Reading the notifications reads the socket again: it may have found it closed (libpq
    // then closes it too, and it must not stay watched).
    if (m_connection && !m_connection->isConnected())
        lose(m_connection->connectionError());
}

void TeamListener::lose(const QString &message)
{
    unwatch();
    const bool wasConnected = m_connected;
    m_connected = false;
    m_delayMs = firstDelayMs;
    if (wasConnected)
        emit connectionLost(message);
    scheduleAttempt();
}

void TeamListener::scheduleAttempt()
{
    m_retry.start(m_delayMs);
    m_delayMs = std::min(m_delayMs + firstDelayMs, longestDelayMs);
}

void TeamListener::attempt()
{
    if (!m_connection) {
        // Never connected: the first attempt opens (without blocking), later ones reset.
        auto started = PgConnection::openStart(m_url, m_password);
        if (!started) {
            scheduleAttempt();
            return;
        }
        m_connection = std::move(started.value());
    } else if (!m_connection->resetStart()) {
        scheduleAttempt();
        return;
    }
    m_connecting = true;
    m_deadline.start();
    // libpq: wait until the socket is writable before the first poll.
    watch(QSocketNotifier::Write);
    if (!m_notifier)
        giveUpAttempt();
}

void TeamListener::continueAttempt()
{
    switch (m_connection->resetPoll()) {
    case PgConnection::Poll::Reading:
        watch(QSocketNotifier::Read);
        return;
    case PgConnection::Poll::Writing:
        watch(QSocketNotifier::Write);
        return;
    case PgConnection::Poll::Failed:
        giveUpAttempt();
        return;
    case PgConnection::Poll::Connected:
        break;
    }
    m_deadline.stop();
    m_connecting = false;
    if (!listen()) {
        unwatch();
        scheduleAttempt();
        return;
    }
    m_connected = true;
    m_delayMs = firstDelayMs;
    emit connectionRestored();
}

void TeamListener::giveUpAttempt()
{
    m_deadline.stop();
    m_connecting = false;
    unwatch();
    scheduleAttempt();
}

} // namespace cplan
