#pragma once

// The rows of a .cplan that are not the plan's content (MODEL.md §10): the audit trail and the
// saved versions. They are kept beside the plan tables and only ever added to: a save appends
// the new entries and versions, it does not rewrite the ones already there.

#include "models/domain/Result.h"
#include "models/history/HistoryEntry.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace cplan {

// An entry of the audit trail is kept as StoredEntry (HistoryEntry.h): its canonical JSON
// without its hash (RFC 8785; what the chain hash is taken of) and its chain hash.

// A saved version: its description and the plan content it names. `snapshot` is the canonical
// JSON of planContentJson() of that plan; empty when it was not read (reading a file reads only
// the descriptions; readCplanVersionSnapshot() reads one when it is viewed or compared).
struct VersionRow
{
    QString name;
    QString at; // UTC, ISO 8601
    QString author;
    QString comment;
    QString contentHash; // planContentHash() of the snapshot
    QByteArray snapshot;

    bool operator==(const VersionRow &) const = default;
};

struct PlanRecord
{
    std::vector<StoredEntry> history; // in seq order
    std::vector<VersionRow> versions;
    // The last entry as the file's meta table names it (written with every save): entries
    // removed from the end of the chain leave no gap the chain could show, this does.
    qint64 recordedHeadSeq = -1; // -1: the file names none (written before it did)
    QString recordedHeadHash;
};

// How much of the history a read takes: all of it, or only the last entry (what a save chains
// after; opening a plan reads that and checks the rest in the background).
enum class HistoryPart
{
    All,
    Last,
};

// Reads the history rows and the versions' descriptions (not their snapshots: those are read
// one at a time, readVersionSnapshot()) of a database at the current schema. Every value is
// type-checked; the error locates the row.
Result<PlanRecord> readPlanRecord(QSqlDatabase &database, HistoryPart part = HistoryPart::All);
// The snapshot of the version `name`, or an error naming it when there is none.
Result<QByteArray> readVersionSnapshot(QSqlDatabase &database, const QString &name);
// The meta key naming the last history entry ("<seq> <hash>").
inline constexpr char historyHeadKey[] = "history_head";
// Writes the meta row of the last history entry as the history table now ends.
Status writeHistoryHead(QSqlDatabase &database);
// Every version's snapshot, in the versions' order.
Result<std::vector<QByteArray>> readVersionSnapshots(QSqlDatabase &database);
// Appends rows and versions (whose snapshots must be present). The caller holds the transaction.
Status appendPlanRecord(QSqlDatabase &database, const std::vector<StoredEntry> &history,
                        const std::vector<VersionRow> &versions);

} // namespace cplan
