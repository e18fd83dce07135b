#pragma once

// The History tab of the Versions dock (MODEL.md §10): the plan's audit trail, newest first —
// time (UTC), author, action and how many fields changed; selecting an entry shows its changed
// fields by their human names with before and after. When the saved chain does not verify, a
// banner says so and names the altered entry (the plan still opens).

#include "models/history/HistoryEntry.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTreeWidget;

namespace cplan {

class ChangeTree;
class PlanDocument;
class RefreshWhenShown;

class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // At most this many saved entries are listed (the newest); `cplan history` lists them all.
    static constexpr int shownEntries = 2000;

    explicit HistoryPanel(PlanDocument *document, QWidget *parent = nullptr);

    QTreeWidget *entries() const { return m_entries; }
    ChangeTree *changes() const { return m_changes; }
    QLabel *banner() const { return m_banner; }
    QLabel *reason() const { return m_reason; }

    void refresh();

private:
    void showSelected();

    PlanDocument *m_document;
    QLabel *m_banner;
    QLabel *m_note;
    QTreeWidget *m_entries;
    QLabel *m_reason;
    ChangeTree *m_changes;
    RefreshWhenShown *m_deferred;
    std::vector<HistoryEntry> m_shown; // the listed entries, newest first
    std::vector<HistoryEntry> m_saved; // the newest saved entries, decoded
    QString m_savedKey;                // which file and how many entries m_saved is of
};

} // namespace cplan
