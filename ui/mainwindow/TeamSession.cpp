#include "ui/mainwindow/TeamSession.h"

#include "models/document/PlanDocument.h"
#include "models/team/TeamListener.h"

#include <QTimer>
#include <QUrl>

namespace cplan {

TeamSession::TeamSession(PlanDocument *document, QString address, QString password,
                         QString planName, QObject *parent)
    : QObject(parent), m_document(document), m_address(std::move(address)),
      m_password(std::move(password)), m_planName(std::move(planName)),
      m_listener(new TeamListener(m_address, m_password, this)), m_retry(new QTimer(this))
{
    m_retry->setInterval(3000);
    connect(m_retry, &QTimer::timeout, this, &TeamSession::retryPending);
    connect(m_document, &PlanDocument::liveStateChanged, this, [this] {
        if (m_document->unsentEdits() > 0 && m_online)
            m_retry->start();
        else if (m_document->unsentEdits() == 0)
            m_retry->stop();
    });
    connect(m_listener, &TeamListener::planChanged, this, &TeamSession::planChangedInStore);
    connect(m_listener, &TeamListener::connectionLost, this, &TeamSession::connectionLost);
    connect(m_listener, &TeamListener::connectionRestored, this, &TeamSession::connectionRestored);
}

TeamSession::~TeamSession()
{
    // Not kept past the session (the listener has its own copy until it goes too).
    m_password.fill(QLatin1Char(' '));
}

Status TeamSession::start()
{
    const Status started = m_listener->start();
    if (!started)
        connectionLost(started.error());
    return started;
}

bool TeamSession::isOnline() const
{
    return m_online && m_document->isOnline();
}

void TeamSession::retryPending()
{
    if (!m_online || !m_document->isLive() || m_document->unsentEdits() == 0) {
        m_retry->stop();
        return;
    }
    if (m_document->sendPending())
        m_retry->stop();
}

QString TeamSession::storeName() const
{
    return storeNameOf(m_address);
}

QString TeamSession::storeNameOf(const QString &address)
{
    const QUrl url(address);
    if (url.isValid() && !url.host().isEmpty()) {
        QString name = url.host();
        if (url.port() > 0 && url.port() != 5432)
            name += QLatin1Char(':') + QString::number(url.port());
        const QString database = url.path().mid(1);
        return database.isEmpty() ? name : name + QLatin1Char('/') + database;
    }
    return address;
}

void TeamSession::planChangedInStore(const QString &plan, qint64 revision, const QString &author)
{
    if (plan != m_planName)
        return;
    if (refresh() && author != m_document->home().storeUser())
        emit messageShown(tr("%1 changed the plan (revision %2).").arg(author).arg(revision));
}

bool TeamSession::refresh()
{
    if (const Status refreshed = m_document->refreshFromHome(); !refreshed) {
        emit messageShown(tr("Could not read the others' changes: %1").arg(refreshed.error()));
        return false;
    }
    emit refreshed();
    return true;
}

void TeamSession::connectionLost(const QString &message)
{
    m_retry->stop();
    m_lostMessage = message;
    setOnline(false);
}

void TeamSession::connectionRestored()
{
    // The notifications of the gap are lost: read what changed, then send what waited.
    m_lostMessage.clear();
    refresh();
    setOnline(true);
    if (m_document->unsentEdits() > 0) {
        if (const Status sent = m_document->sendPending(); !sent) {
            emit messageShown(tr("Could not send your kept edits: %1").arg(sent.error()));
            m_retry->start();
        }
    }
}

void TeamSession::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

} // namespace cplan
