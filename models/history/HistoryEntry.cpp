#include "models/history/HistoryEntry.h"

#include "models/history/CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryEntry)
};

const QLatin1String seqKey("seq");
const QLatin1String atKey("at");
const QLatin1String authorKey("author");
const QLatin1String actionKey("action");
const QLatin1String changesKey("changes");
const QLatin1String reasonKey("reason");
const QLatin1String hashKey("hash");
const QLatin1String pathKey("path");
const QLatin1String beforeKey("before");
const QLatin1String afterKey("after");

// Text in double quotes with `"` and `\` escaped, cut after `longest` characters.
QString quotedText(const QString &text, qsizetype longest = 60)
{
    QString shown = text.size() > longest ? text.left(longest) + QStringLiteral("…") : text;
    shown.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    shown.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

// A JSON value as a message quotes it.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::fromLatin1(ecmaScriptNumber(value.toDouble()));
    case QJsonValue::String:
        return quotedText(value.toString());
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

QString fieldAt(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

bool isHashText(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

bool isHistoryTime(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    return form.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODate).isValid();
}

// "history entry 17 (2026-12-01T09:30:00Z, Li Wei, "Set budget ...")".
QString entryName(const HistoryEntry &entry)
{
    return Tr::tr("history entry %1 (%2, %3, %4)")
        .arg(entry.seq)
        .arg(entry.at, entry.author, quotedText(entry.action));
}

ChainCheck altered(const QString &name, qint64 seq)
{
    return {false, seq, Tr::tr("%1: altered after it was written").arg(name)};
}

ChainCheck outOfPlace(qint64 expected, qint64 found)
{
    return {false, expected,
            Tr::tr("history entry %1: missing or out of order (entry %2 is in its place)")
                .arg(expected)
                .arg(found)};
}

// Reads a string field; `required` refuses its absence.
std::optional<QString> stringField(const QJsonObject &object, QLatin1String key,
                                   const QString &where, QStringList &errors)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        errors.append(Tr::tr("%1: missing").arg(fieldAt(where, key)));
        return std::nullopt;
    }
    if (!value.isString()) {
        errors.append(
            Tr::tr("%1: must be text (got %2)").arg(fieldAt(where, key), describe(value)));
        return std::nullopt;
    }
    return value.toString();
}

void refuseUnknownKeys(const QJsonObject &object, std::initializer_list<QLatin1String> known,
                       const QString &where, QStringList &errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            errors.append(Tr::tr("%1: unknown key").arg(fieldAt(where, it.key())));
    }
}

std::optional<FieldChange> changeFromJson(const QJsonValue &value, const QString &where,
                                          QStringList &errors)
{
    if (!value.isObject()) {
        errors.append(Tr::tr("%1: must be an object (got %2)").arg(where, describe(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const qsizetype before = errors.size();
    refuseUnknownKeys(object, {pathKey, beforeKey, afterKey}, where, errors);
    const std::optional<QString> path = stringField(object, pathKey, where, errors);
    if (path && path->isEmpty())
        errors.append(Tr::tr("%1: must not be empty").arg(fieldAt(where, pathKey)));
    if (errors.size() != before)
        return std::nullopt;
    return FieldChange{*path, object.value(beforeKey), object.value(afterKey)};
}

// Names the entry whose canonical text is `canonical`, from that text, so that both forms of
// verifyChain() word the message alike; text that is no entry at all is named by its seq.
QString entryName(qint64 seq, const QByteArray &canonical)
{
    const QJsonDocument document = QJsonDocument::fromJson(canonical);
    const Result<HistoryEntry> read = entryFromJson(document.object(), QString());
    if (read && read->seq == seq)
        return entryName(*read);
    return Tr::tr("history entry %1").arg(seq);
}

// chainHash() without its conversions, for 100,000 entries on open: one hash object, the hex
// digits as bytes.
template <typename Entries, typename CanonicalOf>
ChainCheck verify(const Entries &entries, CanonicalOf canonicalOf)
{
    QByteArray previous = firstPreviousHash().toLatin1();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 expected = 1;
    for (const auto &entry : entries) {
        if (entry.seq != expected)
            return outOfPlace(expected, entry.seq);
        const QByteArray &canonical = canonicalOf(entry);
        hash.reset();
        hash.addData(previous);
        hash.addData(canonical);
        previous = hash.result().toHex();
        if (entry.hash != QLatin1StringView(previous))
            return altered(entryName(entry.seq, canonical), entry.seq);
        ++expected;
    }
    return {};
}

} // namespace

QJsonObject entryJson(const HistoryEntry &entry, bool withHash)
{
    QJsonArray changes;
    for (const FieldChange &change : entry.changes) {
        QJsonObject item{{pathKey, change.path}};
        if (!change.before.isUndefined())
            item.insert(beforeKey, change.before);
        if (!change.after.isUndefined())
            item.insert(afterKey, change.after);
        changes.append(item);
    }
    QJsonObject object{{seqKey, entry.seq},
                       {atKey, entry.at},
                       {authorKey, entry.author},
                       {actionKey, entry.action},
                       {changesKey, changes}};
    if (!entry.reason.isEmpty())
        object.insert(reasonKey, entry.reason);
    if (withHash)
        object.insert(hashKey, entry.hash);
    return object;
}

QByteArray entryCanonical(const HistoryEntry &entry)
{
    return canonicalJson(entryJson(entry, false));
}

StoredEntry storedEntry(const HistoryEntry &entry)
{
    return {entry.seq, entryCanonical(entry), entry.hash};
}

Result<HistoryEntry> entryFromJson(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return Error{Tr::tr("%1: must be an object (got %2)").arg(where, describe(value))};
    const QJsonObject object = value.toObject();
    QStringList errors;
    refuseUnknownKeys(object, {seqKey, atKey, authorKey, actionKey, changesKey, reasonKey, hashKey},
                      where, errors);
    HistoryEntry entry;

    const QJsonValue seq = object.value(seqKey);
    // Whole numbers up to 2^53 are exact in a JSON number.
    const double number = seq.toDouble();
    if (seq.isUndefined())
        errors.append(Tr::tr("%1: missing").arg(fieldAt(where, seqKey)));
    else if (!seq.isDouble() || number < 1 || number > 9007199254740992.0 ||
             std::floor(number) != number)
        errors.append(Tr::tr("%1: must be a whole number of at least 1 (got %2)")
                          .arg(fieldAt(where, seqKey), describe(seq)));
    else
        entry.seq = qint64(number);

    if (const auto at = stringField(object, atKey, where, errors)) {
        if (isHistoryTime(*at))
            entry.at = *at;
        else
            errors.append(Tr::tr("%1: must be a UTC time such as 2026-12-07T01:02:03Z (got %2)")
                              .arg(fieldAt(where, atKey), describe(*at)));
    }
    if (const auto author = stringField(object, authorKey, where, errors))
        entry.author = *author;
    if (const auto action = stringField(object, actionKey, where, errors))
        entry.action = *action;

    const QJsonValue changes = object.value(changesKey);
    if (changes.isUndefined()) {
        errors.append(Tr::tr("%1: missing").arg(fieldAt(where, changesKey)));
    } else if (!changes.isArray()) {
        errors.append(Tr::tr("%1: must be a list (got %2)")
                          .arg(fieldAt(where, changesKey), describe(changes)));
    } else {
        const QJsonArray list = changes.toArray();
        entry.changes.reserve(std::size_t(list.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString place = fieldAt(where, changesKey) + QLatin1Char('[') +
                                  QString::number(i) + QLatin1Char(']');
            if (auto change = changeFromJson(list.at(i), place, errors))
                entry.changes.push_back(std::move(*change));
        }
    }

    if (object.contains(reasonKey)) {
        // entryJson() leaves an empty reason out, so "reason": "" was not written by the app.
        if (const auto reason = stringField(object, reasonKey, where, errors)) {
            if (reason->isEmpty())
                errors.append(Tr::tr("%1: must not be empty (leave the key out for no reason)")
                                  .arg(fieldAt(where, reasonKey)));
            entry.reason = *reason;
        }
    }
    // A hash is optional here (an entry about to be chained has none); verifyChain() reports
    // an entry whose hash is missing as altered.
    if (object.contains(hashKey)) {
        if (const auto hash = stringField(object, hashKey, where, errors)) {
            if (isHashText(*hash))
                entry.hash = *hash;
            else
                errors.append(Tr::tr("%1: must be 64 lowercase hexadecimal digits (got %2)")
                                  .arg(fieldAt(where, hashKey), describe(*hash)));
        }
    }
    if (!errors.isEmpty())
        return Error{errors.join(QLatin1Char('\n'))};
    return entry;
}

QString historyTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString chainHash(const QString &previousHash, const QByteArray &canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toLatin1());
    hash.addData(canonical);
    return QString::fromLatin1(hash.result().toHex());
}

QString chainHash(const QString &previousHash, const HistoryEntry &entry)
{
    return chainHash(previousHash, entryCanonical(entry));
}

QString firstPreviousHash()
{
    return QString(64, QLatin1Char('0'));
}

void chainEntries(std::vector<HistoryEntry> &fresh, qint64 previousSeq, const QString &previousHash)
{
    QString previous = previousHash;
    for (HistoryEntry &entry : fresh) {
        entry.seq = ++previousSeq;
        entry.hash = chainHash(previous, entry);
        previous = entry.hash;
    }
}

ChainCheck verifyChain(const std::vector<HistoryEntry> &entries)
{
    return verify(entries, [](const HistoryEntry &entry) { return entryCanonical(entry); });
}

ChainCheck verifyChain(const std::vector<StoredEntry> &entries)
{
    return verify(entries,
                  [](const StoredEntry &entry) -> const QByteArray & { return entry.canonical; });
}

} // namespace cplan
