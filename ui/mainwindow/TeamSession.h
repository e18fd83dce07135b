#pragma once

// The window's link to the team store while a plan from it is open (MODEL.md §11, issue 26): it
// owns the TeamListener of that plan and is the only part of the window that knows about the store
// (ARCHITECTURE.md rule 15: the pages edit the document, the document its home).
//
//  - another member's change of this plan (NOTIFY) -> PlanDocument::refreshFromHome()
//  - the listener lost the server                  -> offline (the window shows a band)
//  - the server is back                            -> refreshFromHome(), then sendPending()
//  - edits kept while the listener is connected    -> sendPending() again every 3 s
//
// The password typed in the dialog lives here, in memory, for the listener's reconnects.

#include "models/domain/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTimer;

namespace cplan {

class PlanDocument;
class TeamListener;

class TeamSession : public QObject
{
    Q_OBJECT

public:
    TeamSession(PlanDocument *document, QString address, QString password, QString planName,
                QObject *parent = nullptr);
    ~TeamSession() override;

    // Connects the listener and LISTENs; an error (the server gone since the plan was read) leaves
    // the session offline (the band says so; reopening the plan tries again).
    Status start();

    // The listener hears the store and the document's last contact with it worked.
    bool isOnline() const;
    QString address() const { return m_address; }
    QString planName() const { return m_planName; }
    // "db.example.com/plans": the store as the title and status bar name it.
    QString storeName() const;
    static QString storeNameOf(const QString &address);
    // Why the connection was lost (empty while online).
    QString lostMessage() const { return m_lostMessage; }
    TeamListener *listener() const { return m_listener; }

signals:
    void onlineChanged(bool online);
    // A refresh or a resend that failed, or another member's change (for the status bar).
    void messageShown(const QString &message);
    // The document took the others' changes (after a NOTIFY or a reconnect).
    void refreshed();

private:
    void planChangedInStore(const QString &plan, qint64 revision, const QString &author);
    void connectionLost(const QString &message);
    void connectionRestored();
    void setOnline(bool online);
    bool refresh();
    // While the listener hears the store but edits wait (the document lost its own connection, or a
    // resend failed): tries sendPending() again every few seconds.
    void retryPending();

    PlanDocument *m_document;
    QString m_address;
    QString m_password;
    QString m_planName;
    TeamListener *m_listener;
    class QTimer *m_retry;
    bool m_online = true;
    QString m_lostMessage;
};

} // namespace cplan
