#include "ui/dialogs/TeamStoreDialog.h"

#include "models/team/TeamStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cplan {

namespace {

const QString recentKey = QStringLiteral("recentTeamStores");

bool isUri(const QString &address)
{
    return address.startsWith(QLatin1String("postgresql://")) ||
           address.startsWith(QLatin1String("postgres://"));
}

// "2026-12-01T09:30:00Z" as the user's local time, to the minute.
QString shownTime(const QString &at)
{
    const QDateTime time = QDateTime::fromString(at, Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : at;
}

// Runs on a worker thread: opens the store and reads what the dialog lists.
TeamStoreDialog::Listing connectAndList(const QString &address, const QString &password)
{
    TeamStoreDialog::Listing listing;
    auto opened = TeamStore::open(address, password);
    if (!opened) {
        listing.error =
            TeamStoreDialog::tr("Could not open the team store: %1").arg(opened.error());
        return listing;
    }
    std::shared_ptr<TeamStore> store = std::move(opened.value());
    const auto role = store->role();
    auto plans = store->plans();
    if (!plans) {
        listing.error = TeamStoreDialog::tr("Could not list the plans: %1").arg(plans.error());
        return listing;
    }
    listing.store = std::move(store);
    listing.role = role ? *role : QString();
    listing.plans = std::move(plans).value();
    return listing;
}

} // namespace

TeamStoreDialog::TeamStoreDialog(QWidget *parent)
    : QDialog(parent), m_address(new QComboBox), m_password(new QLineEdit),
      m_connect(new QPushButton(tr("&Connect"))), m_message(new QLabel), m_plans(new QTreeWidget),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)),
      m_watcher(new QFutureWatcher<Listing>(this))
{
    setObjectName(QStringLiteral("teamStoreDialog"));
    setWindowTitle(tr("Open from Team Store"));

    m_address->setObjectName(QStringLiteral("teamStoreAddress"));
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->addItems(recentStores());
    m_address->setCurrentText(recentStores().value(0));
    m_address->lineEdit()->setPlaceholderText(
        QStringLiteral("postgresql://li.wei@db.example.com/plans"));
    m_address->setToolTip(tr("The team store's PostgreSQL address: "
                             "postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]. "
                             "Do not put the password here."));
    m_address->setMinimumWidth(420);
    m_address->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_password->setObjectName(QStringLiteral("teamStorePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in memory while the plan is open, never saved. Leave it empty "
                              "when PGPASSWORD or ~/.pgpass has it."));

    m_connect->setObjectName(QStringLiteral("teamStoreConnect"));
    m_connect->setAutoDefault(true);
    m_connect->setDefault(true);

    m_message->setObjectName(QStringLiteral("teamStoreMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // it quotes the address typed and the server
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(tr("Type the store's address and your password, then Connect."));

    m_plans->setObjectName(QStringLiteral("teamStorePlans"));
    m_plans->setRootIsDecorated(false);
    m_plans->setHeaderLabels({tr("Plan"), tr("Revision"), tr("Last change by"), tr("Last change")});
    m_plans->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plans->header()->setStretchLastSection(false);
    for (int column = 1; column < 4; ++column)
        m_plans->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_plans->setMinimumHeight(160);
    m_plans->setEnabled(false);

    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("teamStoreOpen"));
    m_open->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_connect);
    // A label of its own: QFormLayout gives a row whose field is a layout no buddy, and the "&"
    // would show as it is.
    auto *passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_plans, 1);
    layout->addWidget(m_buttons);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_connecting)
            stopConnecting();
        else
            startConnecting();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!selectedPlan().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_plans, &QTreeWidget::itemSelectionChanged, this, &TeamStoreDialog::updateButtons);
    connect(m_plans, &QTreeWidget::itemActivated, this, [this] {
        if (!selectedPlan().isEmpty())
            accept();
    });
    // Another address or password: the list shown belongs to the old one.
    const auto changed = [this] {
        if (m_store && (address() != m_connectedAddress)) {
            m_store.reset();
            m_plans->clear();
            m_plans->setEnabled(false);
        }
        updateButtons();
    };
    connect(m_address, &QComboBox::currentTextChanged, this, changed);
    updateButtons();
    if (!m_address->currentText().isEmpty())
        m_password->setFocus();
}

TeamStoreDialog::~TeamStoreDialog() = default;

void TeamStoreDialog::setAddress(const QString &address)
{
    m_address->setCurrentText(withoutPassword(address));
    m_password->setFocus();
}

QString TeamStoreDialog::address() const
{
    return m_address->currentText().trimmed();
}

QString TeamStoreDialog::password() const
{
    return m_password->text();
}

QString TeamStoreDialog::selectedPlan() const
{
    const QList<QTreeWidgetItem *> selected = m_plans->selectedItems();
    return m_store && !selected.isEmpty() ? selected.first()->text(0) : QString();
}

void TeamStoreDialog::updateButtons()
{
    m_connect->setEnabled(m_connecting || !address().isEmpty());
    m_open->setEnabled(!selectedPlan().isEmpty());
    // Enter connects until there is a plan to open, then opens it.
    m_open->setDefault(m_open->isEnabled());
    m_connect->setDefault(!m_open->isEnabled());
}

void TeamStoreDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_message->setPalette(palette);
}

bool TeamStoreDialog::startConnecting()
{
    if (m_connecting)
        stopConnecting();
    m_store.reset();
    m_plans->clear();
    m_plans->setEnabled(false);
    const QString typed = address();
    if (typed.isEmpty()) {
        updateButtons();
        showMessage(tr("Type the store's address first."), true);
        return false;
    }
    const QString typedPassword = password();
    // One watcher: a new future replaces the one of a stopped attempt, whose end is then never
    // reported here (the attempt finishes on its own and its connection is closed).
    disconnect(m_watcher, nullptr, this, nullptr);
    connect(m_watcher, &QFutureWatcher<Listing>::finished, this, [this, typed, typedPassword] {
        setConnecting(false);
        showListing(m_watcher->result(), typed, typedPassword);
    });
    setConnecting(true);
    showMessage(tr("Connecting to %1 …").arg(withoutPassword(typed)), false);
    m_watcher->setFuture(QtConcurrent::run(connectAndList, typed, typedPassword));
    return true;
}

void TeamStoreDialog::stopConnecting()
{
    if (!m_connecting)
        return;
    disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher->setFuture(QFuture<Listing>());
    setConnecting(false);
    showMessage(tr("Stopped connecting to %1.").arg(withoutPassword(address())), false);
}

bool TeamStoreDialog::connectToStore()
{
    if (!startConnecting())
        return false;
    QEventLoop loop;
    bool listed = false;
    const auto finished = connect(this, &TeamStoreDialog::connectFinished, &loop, [&](bool ok) {
        listed = ok;
        loop.quit();
    });
    loop.exec();
    disconnect(finished);
    return listed;
}

void TeamStoreDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    m_connect->setText(connecting ? tr("&Stop") : tr("&Connect"));
    m_connect->setToolTip(connecting ? tr("Stop waiting for the store to answer") : QString());
    m_address->setEnabled(!connecting);
    m_password->setEnabled(!connecting);
    if (connecting)
        m_connect->setFocus();
    updateButtons();
}

void TeamStoreDialog::showListing(Listing listing, const QString &typed,
                                  const QString &typedPassword)
{
    if (!listing.store) {
        QString why = listing.error;
        if (!typedPassword.isEmpty())
            why.replace(typedPassword, QStringLiteral("***"));
        showMessage(why, true);
        m_password->setFocus();
        emit connectFinished(false);
        return;
    }
    m_store = std::move(listing.store);
    m_connectedAddress = typed;
    rememberStore(typed);
    for (const TeamPlanInfo &plan : listing.plans) {
        auto *item = new QTreeWidgetItem(m_plans);
        item->setText(0, plan.name);
        item->setText(1, QString::number(plan.revision));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, plan.changedBy);
        item->setText(3, shownTime(plan.changedAt));
    }
    m_plans->setEnabled(!listing.plans.empty());
    const QString user = m_store->user();
    const QString as = roleName(listing.role);
    if (listing.plans.empty()) {
        showMessage(tr("Connected as %1 (%2). The store has no plans yet: its owner publishes one "
                       "with `cplan team publish PLAN.cplan URL`.")
                        .arg(user, as),
                    false);
    } else {
        showMessage(tr("Connected as %1 (%2). Choose a plan to open.").arg(user, as), false);
        m_plans->setCurrentItem(m_plans->topLevelItem(0));
        m_plans->setFocus();
    }
    updateButtons();
    emit connectFinished(true);
}

QString TeamStoreDialog::roleName(const QString &role)
{
    // The names of the Team tab (TeamPanel), so a role reads the same everywhere.
    if (role == QLatin1String("director"))
        return QCoreApplication::translate("cplan::TeamPanel", "Director");
    if (role == QLatin1String("finance"))
        return QCoreApplication::translate("cplan::TeamPanel", "Finance");
    if (role == QLatin1String("pm"))
        return QCoreApplication::translate("cplan::TeamPanel", "Project manager");
    if (role == QLatin1String("viewer"))
        return QCoreApplication::translate("cplan::TeamPanel", "Viewer");
    if (role == QLatin1String("owner"))
        return tr("Store owner");
    return role.isEmpty() ? tr("no role") : role;
}

QStringList TeamStoreDialog::recentStores()
{
    return QSettings().value(recentKey).toStringList();
}

void TeamStoreDialog::rememberStore(const QString &address)
{
    const QString shown = withoutPassword(address.trimmed());
    if (shown.isEmpty())
        return;
    QStringList stores = recentStores();
    stores.removeAll(shown);
    stores.prepend(shown);
    while (stores.size() > maxRecentStores)
        stores.removeLast();
    QSettings().setValue(recentKey, stores);
}

void TeamStoreDialog::clearRecentStores()
{
    QSettings().remove(recentKey);
}

QString TeamStoreDialog::withoutPassword(const QString &address)
{
    if (isUri(address)) {
        QUrl url(address);
        if (!url.isValid())
            return address;
        url.setPassword(QString());
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query.isEmpty() ? QString() : query.query());
        return url.toString();
    }
    // key=value form: password=... or password='...'
    QString text = address;
    return text
        .remove(
            QRegularExpression(QStringLiteral("\\s*password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)")))
        .trimmed();
}

} // namespace cplan
