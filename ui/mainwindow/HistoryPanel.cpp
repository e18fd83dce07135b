#include "ui/mainwindow/HistoryPanel.h"

#include "models/document/PlanDocument.h"
#include "models/document/PlanHome.h"
#include "ui/widgets/ChangeTree.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/RefreshWhenShown.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cplan {

namespace {

// Where an entry is kept on its item: its index in the panel's list of entries.
constexpr int EntryRole = Qt::UserRole + 1;

} // namespace

HistoryPanel::HistoryPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_banner(new QLabel(this)), m_note(new QLabel(this)),
      m_entries(new QTreeWidget(this)), m_reason(new QLabel(this)), m_changes(new ChangeTree(this)),
      m_deferred(new RefreshWhenShown(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_banner->setObjectName(QStringLiteral("historyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(8, 6, 8, 6);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    warning.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x14));
    m_banner->setPalette(warning);
    m_banner->hide();
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_entries->setObjectName(QStringLiteral("historyEntries"));
    m_entries->setColumnCount(4);
    m_entries->setHeaderLabels({tr("Time (UTC)"), tr("Author"), tr("Action"), tr("Changes")});
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setAlternatingRowColors(true);
    m_entries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entries->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_entries->header()->setStretchLastSection(false);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setObjectName(QStringLiteral("historyReason"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_reason);
    detailsLayout->addWidget(m_changes, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_entries);
    splitter->addWidget(details);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(m_entries, &QTreeWidget::currentItemChanged, this, &HistoryPanel::showSelected);
    // A change adds a pending entry; a save, an open or a new plan changes the saved ones.
    connect(document, &PlanDocument::planChanged, m_deferred, &RefreshWhenShown::request);
    connect(document, &PlanDocument::modifiedChanged, m_deferred, &RefreshWhenShown::request);
    connect(document, &PlanDocument::filePathChanged, m_deferred, &RefreshWhenShown::request);
    connect(document, &PlanDocument::historyChecked, m_deferred, &RefreshWhenShown::request);
    refresh();
}

void HistoryPanel::refresh()
{
    // A plan just opened has its history read and checked on a worker thread
    // (PlanDocument::historyChecked); asking for it before then would read it here, on the
    // interface's thread, so until then the tab says it is being checked.
    const PlanHome &home = m_document->home();
    const bool loaded = home.historyLoaded();
    static const ChainCheck unchecked;
    const ChainCheck &check = loaded ? m_document->chainCheck() : unchecked;
    m_banner->setText(check.verified
                          ? QString()
                          : tr("The history was changed outside Campaign Planner: %1. The entries "
                               "from there on cannot be trusted.")
                                .arg(check.message));
    m_banner->setVisible(!check.verified);

    // The newest saved entries only: a long-lived plan keeps 100,000 and more. They are decoded
    // again only when a save or another file changed them, not on every edit (which only adds a
    // pending entry).
    const qint64 saved = home.historyCount();
    const QString savedKey = home.location() + QLatin1Char('#') + QString::number(saved) +
                             QLatin1Char('#') + QString::number(int(loaded)) + QLatin1Char('#') +
                             check.message;
    if (savedKey != m_savedKey) {
        m_saved = loaded ? home.historyEntries(std::max<qint64>(1, saved - shownEntries + 1))
                         : std::vector<HistoryEntry>{};
        m_savedKey = savedKey;
    }
    std::vector<HistoryEntry> entries = m_saved;
    const std::vector<HistoryEntry> &pending = m_document->pendingEntries();
    entries.insert(entries.end(), pending.begin(), pending.end());
    m_note->setText(!loaded ? tr("Reading and checking the history…")
                    : saved > shownEntries
                        ? tr("The newest %1 of %2 saved entries; `cplan history` "
                             "lists them all.")
                              .arg(QLocale().toString(shownEntries), QLocale().toString(saved))
                    : entries.empty()
                        ? tr("No history yet: every change is recorded here when the plan is "
                             "saved.")
                        : QString());
    m_note->setVisible(!m_note->text().isEmpty());

    m_entries->clear();
    m_entries->setProperty("entryCount", int(entries.size()));
    m_shown.clear();
    QList<QTreeWidgetItem *> items;
    for (int i = int(entries.size()) - 1; i >= 0; --i) {
        const HistoryEntry &entry = entries[std::size_t(i)];
        const bool unsaved = i >= int(entries.size() - pending.size());
        const QString time = unsaved ? tr("%1 (not saved yet)").arg(entry.at) : entry.at;
        auto *item = new QTreeWidgetItem({time, entry.author, entry.action,
                                          QLocale().toString(qlonglong(entry.changes.size()))});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, plainToolTip(entry.action));
        item->setData(0, EntryRole, int(m_shown.size()));
        if (check.alteredAt && entry.seq == *check.alteredAt)
            item->setForeground(0, QColor(0xb4, 0x23, 0x18));
        m_shown.push_back(std::move(entries[std::size_t(i)]));
        items << item;
    }
    m_entries->addTopLevelItems(items);
    showSelected();
}

void HistoryPanel::showSelected()
{
    const QTreeWidgetItem *item = m_entries->currentItem();
    const int index = item ? item->data(0, EntryRole).toInt() : -1;
    if (index < 0 || index >= int(m_shown.size())) {
        m_reason->clear();
        m_reason->hide();
        m_changes->showChanges({}, m_document->plan());
        return;
    }
    const HistoryEntry &entry = m_shown[std::size_t(index)];
    m_reason->setText(entry.reason.isEmpty() ? QString() : tr("Reason: %1").arg(entry.reason));
    m_reason->setVisible(!entry.reason.isEmpty());
    m_changes->showChanges(entry.changes, m_document->plan());
}

} // namespace cplan
