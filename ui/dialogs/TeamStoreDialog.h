#pragma once

// File ▸ Open from Team Store… (MODEL.md §11, issue 26): the store's address (a PostgreSQL URI,
// without its password), the password (kept in memory only, never written anywhere), Connect →
// the store's plans with their revision and last change, Open. A failed connection says why in
// the dialog (wrong password, no server there, no role in the store, a store of a newer
// version), in TeamStore's words. The addresses connected to are remembered as recent stores
// (QSettings "recentTeamStores", never with a password).

#include <QDialog>
#include <QString>
#include <QStringList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cplan {

class TeamStore;

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
    // Connects with the address and password typed and lists the store's plans; on failure the
    // dialog shows why (and returns false).
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

private:
    void updateButtons();
    void showMessage(const QString &text, bool problem);

    QComboBox *m_address;
    QLineEdit *m_password;
    QPushButton *m_connect;
    QLabel *m_message;
    QTreeWidget *m_plans;
    QDialogButtonBox *m_buttons;
    QPushButton *m_open;
    std::shared_ptr<TeamStore> m_store;
    QString m_connectedAddress; // what m_store was opened with
};

} // namespace cplan
