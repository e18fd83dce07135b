#pragma once

// One entry of a plan's audit trail and the SHA-256 chain over them (MODEL.md §10 "History").
//
// An entry records one change that reached the file: when (UTC), who, the undo step's text,
// every changed field with its value before and after, and an optional reason. Entries are never
// rewritten: each carries hash = SHA-256(previous entry's hash as 64 hex digits, followed by the
// entry's RFC 8785 canonical JSON without "hash"), the first entry chained after 64 zeros. So an
// entry altered, deleted or moved outside the app breaks the chain at that entry, and
// verifyChain() names it.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace cplan {

// One changed field: its path as in MODEL.md §8 (`scenarios["Plan A"].budget`) and the values of
// the interchange JSON before and after. QJsonValue::Undefined = absent (the field or element
// was added, or removed).
struct FieldChange
{
    QString path;
    QJsonValue before;
    QJsonValue after;

    bool operator==(const FieldChange &) const = default;
};

struct HistoryEntry
{
    qint64 seq = 0; // 1, 2, 3 ... in file order
    QString at;     // UTC, ISO 8601 to the second with 'Z': "2026-12-07T01:02:03Z"
    QString author;
    QString action; // the undo step's text: "Set budget of Plan A to 25,000,000"
    std::vector<FieldChange> changes;
    QString reason; // optional; empty = no "reason" key
    QString hash;   // 64 lowercase hex digits

    bool operator==(const HistoryEntry &) const = default;
};

// An entry as a .cplan keeps it, for verifying many entries fast: `canonical` is
// canonicalJson(entryJson(entry, false)), stored so that verifying does not re-canonicalise.
struct StoredEntry
{
    qint64 seq = 0;
    QByteArray canonical;
    QString hash;
};

// {seq, at, author, action, changes: [{path, before, after}], reason?, hash?}. An absent
// before/after leaves its key out (it is not null); an empty reason leaves "reason" out.
QJsonObject entryJson(const HistoryEntry &entry, bool withHash);
// canonicalJson(entryJson(entry, false)): the text the entry's hash covers.
QByteArray entryCanonical(const HistoryEntry &entry);
StoredEntry storedEntry(const HistoryEntry &entry);

// Reads an entry written by entryJson(entry, true) (or without its hash: an entry about to be
// chained; verifyChain() reports one without a hash as altered). Errors are located like the
// plan reader's, from `where` ("history[3]"): `history[3].seq: must be a whole number of at
// least 1 (got "x")`. Unknown keys are refused: the hash would not cover them, so they could be
// added unnoticed.
Result<HistoryEntry> entryFromJson(const QJsonValue &value, const QString &where);

// "2026-12-07T01:02:03Z": the entry time of `time` (converted to UTC, to the second).
QString historyTime(const QDateTime &time);

// SHA-256 hex of previousHash (64 hex digits, ASCII) followed by entryCanonical(entry).
QString chainHash(const QString &previousHash, const HistoryEntry &entry);
QString chainHash(const QString &previousHash, const QByteArray &canonical);
// The hash the first entry is chained after: 64 zeros.
QString firstPreviousHash();

// Numbers `fresh` after the entry (previousSeq, previousHash) and sets each one's hash, so they
// can be appended to a chain that ends there (previousSeq 0 and firstPreviousHash() for the
// first entries of a plan).
void chainEntries(std::vector<HistoryEntry> &fresh, qint64 previousSeq,
                  const QString &previousHash);

// The result of checking a chain. When it does not verify, alteredAt is the seq of the first
// entry that is not as written: its content or hash changed, or it is missing or out of place
// (the seq expected at the first position where the numbering breaks), and `message` names it:
// `history entry 17 (2026-12-01T09:30:00Z, Li Wei, "Set budget ..."): altered after it was
// written`.
struct ChainCheck
{
    bool verified = true;
    std::optional<qint64> alteredAt;
    QString message;
};

ChainCheck verifyChain(const std::vector<HistoryEntry> &entries);
// The same check over stored canonical texts (100,000 entries on open); it gives the same
// answer as the other form for the same entries.
ChainCheck verifyChain(const std::vector<StoredEntry> &entries);

} // namespace cplan
