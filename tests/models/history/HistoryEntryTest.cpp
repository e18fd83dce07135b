// The audit trail's hash chain (MODEL.md §10 "History"): an entry altered in any field, moved,
// deleted or copied in from another chain is reported as exactly that entry, by both forms of
// verifyChain(); the hash is the one the model defines (checked against hashes computed outside
// the code under test).

#include "models/history/HistoryEntry.h"
#include "models/history/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

const QJsonValue absent(QJsonValue::Undefined);

// A chain of entries of every shape: with and without a reason, changes that add, remove and
// alter values of every JSON type, Chinese text.
std::vector<HistoryEntry> sampleChain(int count, const QString &author = u"Li Wei"_s)
{
    std::vector<HistoryEntry> entries;
    for (int i = 0; i < count; ++i) {
        HistoryEntry entry;
        entry.at = u"2026-12-%1T0%2:%3:00Z"_s.arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .arg(i % 10)
                       .arg(10 + i % 50);
        entry.author = i % 3 == 0 ? author : u"王芳"_s;
        entry.action = u"Edit %1 of Plan A"_s.arg(i + 1);
        entry.changes.push_back(
            {u"scenarios[\"Plan A\"].budget"_s, double(20000000 + i), double(25000000 + i)});
        entry.changes.push_back(
            {u"scenarios[\"Plan A\"].channels[\"Search\"].saturation_spend"_s, absent, 0.5 * i});
        entry.changes.push_back({u"milestones[\"M%1\"].forecast"_s.arg(i), u"2025-07-08"_s,
                                 i % 2 ? absent : QJsonValue(QJsonValue::Null)});
        entry.changes.push_back({u"channels[\"Search\"]"_s,
                                 QJsonObject{{u"name"_s, u"Search"_s}, {u"group"_s, u"公域"_s}},
                                 QJsonArray{1, true, u"x"_s}});
        if (i % 2 == 0)
            entry.reason = u"CFO asked (%1)"_s.arg(i);
        entries.push_back(entry);
    }
    chainEntries(entries, 0, firstPreviousHash());
    return entries;
}

std::vector<StoredEntry> stored(const std::vector<HistoryEntry> &entries)
{
    std::vector<StoredEntry> rows;
    for (const HistoryEntry &entry : entries)
        rows.push_back(storedEntry(entry));
    return rows;
}

// Both forms of verifyChain() agree; returns the first.
ChainCheck verifyBoth(const std::vector<HistoryEntry> &entries)
{
    const ChainCheck full = verifyChain(entries);
    const ChainCheck fast = verifyChain(stored(entries));
    if (full.verified != fast.verified || full.alteredAt != fast.alteredAt ||
        full.message != fast.message)
        qWarning() << "the two forms disagree:" << full.message << "vs" << fast.message;
    return full.verified == fast.verified && full.alteredAt == fast.alteredAt &&
                   full.message == fast.message
               ? full
               : ChainCheck{true, -1, u"the two forms of verifyChain() disagree"_s};
}

struct Alteration
{
    const char *name;
    std::function<void(HistoryEntry &)> alter;
};

// Every field of an entry, altered the way someone editing the file could.
std::vector<Alteration> alterations()
{
    return {
        {"seq",
         [](HistoryEntry &e) {
             e.seq += 100;
         }},
        {"at",
         [](HistoryEntry &e) {
             e.at.replace(0, 4, u"2025"_s);
         }},
        {"author",
         [](HistoryEntry &e) {
             e.author = u"Someone else"_s;
         }},
        {"action",
         [](HistoryEntry &e) {
             e.action += u" "_s;
         }},
        {"change path",
         [](HistoryEntry &e) {
             e.changes[0].path += u"x"_s;
         }},
        {"change before",
         [](HistoryEntry &e) {
             e.changes[0].before = 20000001.5;
         }},
        {"change after",
         [](HistoryEntry &e) {
             e.changes[0].after = 1.0;
         }},
        {"absent before made present",
         [](HistoryEntry &e) {
             e.changes[1].before = 0;
         }},
        {"null and absent swapped",
         [](HistoryEntry &e) {
             e.changes[2].after =
                 e.changes[2].after.isUndefined() ? QJsonValue(QJsonValue::Null) : absent;
         }},
        {"nested value",
         [](HistoryEntry &e) {
             e.changes[3].after = QJsonArray{1, false, u"x"_s};
         }},
        {"change removed",
         [](HistoryEntry &e) {
             e.changes.pop_back();
         }},
        {"change added",
         [](HistoryEntry &e) {
             e.changes.push_back({u"name"_s, u"a"_s, u"b"_s});
         }},
        {"reason",
         [](HistoryEntry &e) {
             e.reason = e.reason.isEmpty() ? u"why"_s : QString();
         }},
        {"hash",
         [](HistoryEntry &e) {
             e.hash[5] = e.hash[5] == u'0' ? u'1' : u'0';
         }},
    };
}

} // namespace

class HistoryEntryTest : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswerHashes();
    void untouchedChainVerifies();
    void everyAlteredFieldOfEveryEntryIsNamed();
    void everyReorderedPairIsNamed();
    void everyDeletedEntryIsNamed();
    void anEntryFromAnotherChainIsNamed();
    void messageNamesTheEntry();
    void entriesRoundTripThroughJson();
    void entryJsonLeavesAbsentOut();
    void badEntriesAreLocated_data();
    void badEntriesAreLocated();
    void chainContinuesAfterAnEnd();
};

void HistoryEntryTest::knownAnswerHashes()
{
    // The canonical texts and hashes below were written by hand and hashed with Python's
    // hashlib, not with this code.
    HistoryEntry first;
    first.at = u"2026-12-07T01:02:03Z"_s;
    first.author = u"Li Wei"_s;
    first.action = u"Set budget of Plan A to 25,000,000"_s;
    first.changes = {
        {u"scenarios[\"Plan A\"].budget"_s, 20000000, 25000000},
        {u"scenarios[\"Plan A\"].channels[\"Search\"].saturation_spend"_s, absent, 0.5}};
    first.reason = u"CFO asked"_s;
    HistoryEntry second;
    second.at = u"2026-12-07T01:05:00Z"_s;
    second.author = u"王芳"_s;
    second.action = u"改名"_s;
    second.changes = {{u"scenarios[\"Plan A\"].name"_s, u"Plan A"_s, absent}};
    std::vector<HistoryEntry> chain{first, second};
    chainEntries(chain, 0, firstPreviousHash());

    const QByteArray firstText =
        R"({"action":"Set budget of Plan A to 25,000,000","at":"2026-12-07T01:02:03Z","author":"Li Wei","changes":[{"after":25000000,"before":20000000,"path":"scenarios[\"Plan A\"].budget"},{"after":0.5,"path":"scenarios[\"Plan A\"].channels[\"Search\"].saturation_spend"}],"reason":"CFO asked","seq":1})";
    QCOMPARE(entryCanonical(chain[0]), firstText);
    QCOMPARE(chain[0].seq, 1);
    QCOMPARE(chain[0].hash, u"16b5c4d2893ff1139bb07049413c05206b62e99a5edb1d09d91454215b93dc40"_s);
    QCOMPARE(entryCanonical(chain[1]),
             u"{\"action\":\"改名\",\"at\":\"2026-12-07T01:05:00Z\",\"author\":\"王芳\","
             u"\"changes\":[{\"before\":\"Plan A\",\"path\":\"scenarios[\\\"Plan A\\\"].name\"}],"
             u"\"seq\":2}"_s.toUtf8());
    QCOMPARE(chain[1].seq, 2);
    QCOMPARE(chain[1].hash, u"763f0e37d99718ed7f3ef7e5293cc7c517eadc129ee025df3e0c3eb4461c5797"_s);
    QCOMPARE(firstPreviousHash(), QString(64, u'0'));
    QCOMPARE(chainHash(chain[0].hash, chain[1]), chain[1].hash);
}

void HistoryEntryTest::untouchedChainVerifies()
{
    QVERIFY(verifyBoth({}).verified);
    const auto chain = sampleChain(40);
    const ChainCheck check = verifyBoth(chain);
    QVERIFY2(check.verified, qPrintable(check.message));
    QVERIFY(!check.alteredAt);
    QVERIFY(check.message.isEmpty());
}

void HistoryEntryTest::everyAlteredFieldOfEveryEntryIsNamed()
{
    const auto chain = sampleChain(30);
    int cases = 0;
    for (const Alteration &alteration : alterations()) {
        for (std::size_t k = 0; k < chain.size(); ++k) {
            auto altered = chain;
            alteration.alter(altered[k]);
            QVERIFY2(!(altered[k] == chain[k]), alteration.name);
            const ChainCheck check = verifyBoth(altered);
            const QByteArray what = QByteArray(alteration.name) + " of entry " +
                                    QByteArray::number(qint64(k + 1)) + ": " +
                                    check.message.toUtf8();
            QVERIFY2(!check.verified, what.constData());
            QVERIFY2(check.alteredAt == qint64(k + 1), what.constData());
            ++cases;
        }
    }
    QCOMPARE(cases, 14 * 30);
}

void HistoryEntryTest::everyReorderedPairIsNamed()
{
    const auto chain = sampleChain(20);
    for (std::size_t i = 0; i < chain.size(); ++i) {
        for (std::size_t j = i + 1; j < chain.size(); ++j) {
            auto moved = chain;
            std::swap(moved[i], moved[j]);
            const ChainCheck check = verifyBoth(moved);
            QVERIFY(!check.verified);
            QCOMPARE(check.alteredAt, qint64(i + 1));
            // Moved with its number changed to fit the new place: still caught there.
            auto renumbered = moved;
            std::swap(renumbered[i].seq, renumbered[j].seq);
            const ChainCheck again = verifyBoth(renumbered);
            QVERIFY(!again.verified);
            QCOMPARE(again.alteredAt, qint64(i + 1));
        }
    }
}

void HistoryEntryTest::everyDeletedEntryIsNamed()
{
    const auto chain = sampleChain(25);
    // The last entry is not in the loop: a chain alone cannot tell that its end was cut off
    // (the file's meta has to remember where it ended).
    for (std::size_t k = 0; k + 1 < chain.size(); ++k) {
        auto shorter = chain;
        shorter.erase(shorter.begin() + std::ptrdiff_t(k));
        ChainCheck check = verifyBoth(shorter);
        QVERIFY(!check.verified);
        QCOMPARE(check.alteredAt, qint64(k + 1));
        // Deleted and the later entries renumbered: caught at the entry after the gap.
        for (std::size_t later = k; later < shorter.size(); ++later)
            shorter[later].seq -= 1;
        check = verifyBoth(shorter);
        QVERIFY(!check.verified);
        QCOMPARE(check.alteredAt, qint64(k + 1));
    }
}

void HistoryEntryTest::anEntryFromAnotherChainIsNamed()
{
    // Every entry is well-formed with a hash of its own; only chaining to the previous hash
    // tells that it was not written after this chain's previous entry.
    const auto chain = sampleChain(15);
    const auto other = sampleChain(15, u"Zhang San"_s);
    for (std::size_t k = 1; k < chain.size(); ++k) {
        auto spliced = chain;
        spliced[k] = other[k];
        spliced[k].author = chain[k].author; // the same author as the replaced entry
        std::vector<HistoryEntry> single{spliced[k]};
        chainEntries(single, qint64(k), other[k - 1].hash);
        spliced[k] = single[0];
        const ChainCheck check = verifyBoth(spliced);
        QVERIFY(!check.verified);
        QCOMPARE(check.alteredAt, qint64(k + 1));
    }
}

void HistoryEntryTest::messageNamesTheEntry()
{
    auto chain = sampleChain(20);
    chain[16].changes[0].after = 1;
    const ChainCheck check = verifyBoth(chain);
    QCOMPARE(check.message,
             u"history entry 17 (2026-12-17T06:26:00Z, 王芳, \"Edit 17 of Plan A\"): "
             u"altered after it was written"_s);
    chain = sampleChain(20);
    chain.erase(chain.begin() + 4);
    QCOMPARE(verifyBoth(chain).message,
             u"history entry 5: missing or out of order (entry 6 is in its place)"_s);
}

void HistoryEntryTest::entriesRoundTripThroughJson()
{
    for (const HistoryEntry &entry : sampleChain(6)) {
        const QByteArray text = QJsonDocument(entryJson(entry, true)).toJson();
        const Result<HistoryEntry> read =
            entryFromJson(QJsonDocument::fromJson(text).object(), u"history[0]"_s);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
        QVERIFY(*read == entry);
        QCOMPARE(storedEntry(*read).canonical, storedEntry(entry).canonical);
    }
    QCOMPARE(historyTime(QDateTime(QDate(2026, 12, 7), QTime(9, 2, 3, 456), QTimeZone(8 * 3600))),
             u"2026-12-07T01:02:03Z"_s);
}

void HistoryEntryTest::entryJsonLeavesAbsentOut()
{
    HistoryEntry entry = sampleChain(2)[1];
    const QJsonObject json = entryJson(entry, false);
    QVERIFY(!json.contains(u"hash"_s));
    QVERIFY(!json.contains(u"reason"_s)); // entry 2 has none
    const QJsonObject added = json.value(u"changes"_s).toArray().at(1).toObject();
    QVERIFY(!added.contains(u"before"_s));
    QCOMPARE(added.value(u"after"_s), QJsonValue(0.5));
    const QJsonObject nulled = json.value(u"changes"_s).toArray().at(2).toObject();
    QVERIFY(!nulled.contains(u"after"_s)); // entry 2 (i = 1): forecast removed
    QCOMPARE(entryJson(entry, true).value(u"hash"_s).toString(), entry.hash);
}

void HistoryEntryTest::badEntriesAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray good =
        R"({"seq":1,"at":"2026-12-07T01:02:03Z","author":"A","action":"B","changes":[]})";
    const auto with = [&good](const char *from, const char *to) {
        QByteArray text = good;
        return text.replace(from, to);
    };
    QTest::newRow("seq text")
        << with("\"seq\":1", "\"seq\":\"x\"")
        << u"history[3].seq: must be a whole number of at least 1 (got \"x\")"_s;
    QTest::newRow("seq fraction")
        << with("\"seq\":1", "\"seq\":1.5")
        << u"history[3].seq: must be a whole number of at least 1 (got 1.5)"_s;
    QTest::newRow("seq zero") << with("\"seq\":1", "\"seq\":0")
                              << u"history[3].seq: must be a whole number of at least 1 (got 0)"_s;
    QTest::newRow("seq missing") << with("\"seq\":1,", "") << u"history[3].seq: missing"_s;
    QTest::newRow("local time")
        << with("03Z", "03+08:00")
        << u"history[3].at: must be a UTC time such as 2026-12-07T01:02:03Z (got \"2026-12-07T01:02:03+08:00\")"_s;
    QTest::newRow("no such day")
        << with("12-07", "02-30")
        << u"history[3].at: must be a UTC time such as 2026-12-07T01:02:03Z (got \"2026-02-30T01:02:03Z\")"_s;
    QTest::newRow("author number")
        << with("\"A\"", "7") << u"history[3].author: must be text (got 7)"_s;
    QTest::newRow("changes object")
        << with("[]", "{}") << u"history[3].changes: must be a list (got an object)"_s;
    QTest::newRow("change without path")
        << with("[]", R"([{"before":1}])") << u"history[3].changes[0].path: missing"_s;
    QTest::newRow("change key") << with("[]", R"([{"path":"name","was":1}])")
                                << u"history[3].changes[0].was: unknown key"_s;
    QTest::newRow("unknown key") << with("\"seq\":1", "\"seq\":1,\"note\":\"x\"")
                                 << u"history[3].note: unknown key"_s;
    QTest::newRow("empty reason")
        << with("[]", "[],\"reason\":\"\"")
        << u"history[3].reason: must not be empty (leave the key out for no reason)"_s;
    QTest::newRow("short hash")
        << with("[]", "[],\"hash\":\"abc\"")
        << u"history[3].hash: must be 64 lowercase hexadecimal digits (got \"abc\")"_s;
    QTest::newRow("not an object")
        << QByteArray("[1]") << u"history[3]: must be an object (got a list)"_s;
}

void HistoryEntryTest::badEntriesAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue value =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const Result<HistoryEntry> read = entryFromJson(value, u"history[3]"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), message);
}

void HistoryEntryTest::chainContinuesAfterAnEnd()
{
    // Appending to a saved chain gives the same hashes as writing it all at once.
    const auto whole = sampleChain(10);
    auto head = std::vector<HistoryEntry>(whole.begin(), whole.begin() + 6);
    auto tail = std::vector<HistoryEntry>(whole.begin() + 6, whole.end());
    for (HistoryEntry &entry : tail) {
        entry.seq = 0;
        entry.hash.clear();
    }
    chainEntries(tail, head.back().seq, head.back().hash);
    head.insert(head.end(), tail.begin(), tail.end());
    QVERIFY(head == whole);
    QVERIFY(verifyBoth(head).verified);
}

QTEST_GUILESS_MAIN(HistoryEntryTest)
#include "HistoryEntryTest.moc"
