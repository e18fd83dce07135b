#pragma once

// File ▸ Open from Team Store… (MODEL.md §11, issue 26): the store's address (a PostgreSQL URI,
// without its password), the password (kept in memory only, never written anywhere), Connect →
// the store's plans with their revision and last change, Open. A failed connection says why in
// the dialog (wrong password, no server there, no role in the store, a store of a newer
// version), in TeamStore's words. The addresses connected to are remembered as recent stores
// (QSettings "recentTeamStores", never with a password).
//
// Connecting runs off the window's thread: a server that does not answer keeps the dialog
// waiting (libpq gives up after 10 s), not frozen. Meanwhile Connect reads Stop; stopping, or
// closing the dialog, drops the attempt, whose answer is then ignored when it comes.

#include <QDialog>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
template <typename T>
class QFutureWatcher;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cplan {

class TeamStore;
struct TeamPlanInfo;

class TeamStoreDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maxRecentStores = 8;

    explicit TeamStoreDialog(QWidget *parent = nullptr);
    ~TeamStoreDialog() override;

    QComboBox *addressField() const { return m_address; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *connectButton() const { return m_connect; }
    QTreeWidget *planList() const { return m_plans; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *openButton() const { return m_open; }

    // Fills the address (an entry of Open Recent Store) and puts the cursor in the password.
    void setAddress(const QString &address);
    // Starts connecting with the address and password typed (Connect); when the store answers,
    // its plans are listed, or the dialog shows why not. False when there is no address.
    bool startConnecting();
    // Drops the attempt under way (Stop); the dialog can connect again at once.
    void stopConnecting();
    bool isConnecting() const { return m_connecting; }
    // startConnecting(), then waits for the answer with the events still running (tests,
    // scripted use). True when the plans are listed.
    bool connectToStore();
    // After a successful connect: the connection, the address typed (without a password), the
    // password typed, and the plan chosen in the list (empty: none).
    std::shared_ptr<TeamStore> store() const { return m_store; }
    QString address() const;
    QString password() const;
    QString selectedPlan() const;

    // Recent stores, most recent first.
    static QStringList recentStores();
    static void rememberStore(const QString &address);
    static void clearRecentStores();
    // A store role ("director", "finance", "pm", "viewer", "owner") as the window names it.
    static QString roleName(const QString &role);
    // `address` with any password in it removed (what is shown, remembered and logged).
    static QString withoutPassword(const QString &address);

signals:
    // An attempt ended (not one that was stopped): listed = the plans are shown.
    void connectFinished(bool listed);

public:
    // What connecting finds, made off the window's thread.
    struct Listing
    {
        std::shared_ptr<TeamStore> store; // null: `error` says why
        QString error;
        QString role;
        std::vector<TeamPlanInfo> plans;
    };

private:
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    void showListing(Listing listing, const QString &typed, const QString &typedPassword);
    void setConnecting(bool connecting);

    QComboBox *m_address;
    QLineEdit *m_password;
    QPushButton *m_connect;
    QLabel *m_message;
    QTreeWidget *m_plans;
    QDialogButtonBox *m_buttons;
    QPushButton *m_open;
    std::shared_ptr<TeamStore> m_store;
    QString m_connectedAddress; // what m_store was opened with
    QFutureWatcher<Listing> *m_watcher;
    bool m_connecting = false;
};

} // namespace cplan
