#include "models/document/PlanHome.h"

#include "models/history/CanonicalJson.h"
#include "models/storage/CplanFile.h"
#include "models/storage/PlanJson.h"
#include "models/storage/PlanPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanHome)
};

// An entry's stored canonical text with its hash: the entry as the JSON and the CLI show it.
Result<HistoryEntry> decode(const StoredEntry &stored)
{
    QJsonParseError error;
    QJsonObject object = QJsonDocument::fromJson(stored.canonical, &error).object();
    if (error.error != QJsonParseError::NoError)
        return Error{
            Tr::tr("history entry %1: not JSON (%2)").arg(stored.seq).arg(error.errorString())};
    object.insert(QLatin1String("hash"), stored.hash);
    return entryFromJson(object, QStringLiteral("history entry %1").arg(stored.seq));
}

VersionRow versionRow(const NewVersion &version)
{
    VersionRow row;
    row.name = version.name;
    row.at = version.at;
    row.author = version.author;
    row.comment = version.comment;
    row.contentHash = planContentHash(version.content);
    row.snapshot = canonicalJson(planContentJson(version.content));
    return row;
}

VersionInfo versionInfo(const VersionRow &row)
{
    return {row.name, row.at, row.author, row.comment, row.contentHash};
}

Result<Plan> planFromSnapshot(const QByteArray &snapshot, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(snapshot, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{Tr::tr("version \"%1\" is damaged (its plan is not JSON)").arg(name)};
    Result<Plan> plan = readPlanContentJson(document.object());
    if (!plan)
        return Error{Tr::tr("version \"%1\" is damaged (%2)").arg(name, plan.error())};
    return plan;
}

} // namespace

const std::vector<StoredEntry> &PlanHome::history() const
{
    if (!m_historyLoaded) {
        HistoryLoad load = readHistory();
        m_history = std::move(load.entries);
        m_chainCheck = std::move(load.check);
        m_historyLoaded = true;
    }
    return m_history;
}

const ChainCheck &PlanHome::chainCheck() const
{
    history();
    return m_chainCheck;
}

qint64 PlanHome::historyCount() const
{
    return m_historyLoaded ? qint64(m_history.size()) : m_headSeq;
}

void PlanHome::adoptHistory(HistoryLoad load)
{
    if (m_historyLoaded || load.headSeq != m_headSeq)
        return;
    m_history = std::move(load.entries);
    m_chainCheck = std::move(load.check);
    m_historyLoaded = true;
}

void PlanHome::setHistory(std::vector<StoredEntry> entries)
{
    m_history = std::move(entries);
    m_chainCheck = verifyChain(m_history);
    m_historyLoaded = true;
    m_headSeq = m_history.empty() ? 0 : m_history.back().seq;
    m_headHash = m_history.empty() ? QString() : m_history.back().hash;
}

void PlanHome::setHistoryUnread(qint64 headSeq, const QString &headHash)
{
    m_history.clear();
    m_chainCheck = {};
    m_historyLoaded = false;
    m_headSeq = headSeq;
    m_headHash = headHash;
}

void PlanHome::appendHistory(const std::vector<StoredEntry> &fresh)
{
    if (m_historyLoaded)
        m_history.insert(m_history.end(), fresh.begin(), fresh.end());
    if (!fresh.empty()) {
        m_headSeq = fresh.back().seq;
        m_headHash = fresh.back().hash;
    }
}

bool PlanHome::hasVersion(const QString &name) const
{
    return std::any_of(m_versions.begin(), m_versions.end(),
                       [&](const VersionInfo &version) { return version.name == name; });
}

std::vector<HistoryEntry> PlanHome::historyEntries(qint64 since) const
{
    std::vector<HistoryEntry> entries;
    for (const StoredEntry &stored : history()) {
        if (stored.seq < since)
            continue;
        Result<HistoryEntry> entry = decode(stored);
        if (entry) {
            entries.push_back(std::move(*entry));
        } else {
            // An entry that no longer reads is still listed, as what it is.
            HistoryEntry damaged;
            damaged.seq = stored.seq;
            damaged.action = entry.error();
            damaged.hash = stored.hash;
            entries.push_back(damaged);
        }
    }
    return entries;
}

FileHome::FileHome(QString path, PlanFormat format) : m_path(std::move(path)), m_format(format) {}

std::unique_ptr<FileHome> FileHome::relocated(const FileHome *from, const QString &path,
                                              PlanFormat format)
{
    auto home = std::make_unique<FileHome>(path, format);
    if (from) {
        home->m_versions = from->m_versions;
        home->m_basePath = from->m_basePath;
        home->m_snapshots = from->m_snapshots;
        if (from->historyLoaded()) {
            home->setHistory(from->history());
            home->m_headSeq = from->m_headSeq;
            home->m_headHash = from->m_headHash;
        } else {
            home->setHistoryUnread(from->m_headSeq, from->m_headHash);
        }
    }
    return home;
}

PlanHome::HistoryLoad FileHome::loadHistoryOf(const QString &cplanPath)
{
    HistoryLoad load;
    Result<PlanRecord> read = readCplanHistory(cplanPath);
    if (!read) {
        load.check.verified = false;
        load.check.message = read.error();
        return load;
    }
    load.entries = std::move(read->history);
    load.check = verifyChain(load.entries);
    load.headSeq = load.entries.empty() ? 0 : load.entries.back().seq;
    const QString lastHash = load.entries.empty() ? QString() : load.entries.back().hash;
    // Entries cut from the end leave a chain that verifies; the file's own note of its last
    // entry does not match it then.
    if (load.check.verified && read->recordedHeadSeq != -1 &&
        (read->recordedHeadSeq != load.headSeq || read->recordedHeadHash != lastHash)) {
        load.check.verified = false;
        load.check.alteredAt = load.headSeq + 1;
        load.check.message =
            Tr::tr("history entry %1: missing — the file says its history ends at entry %2, "
                   "but it ends at entry %3 (entries were removed after they were written)")
                .arg(load.headSeq + 1)
                .arg(read->recordedHeadSeq)
                .arg(load.headSeq);
    }
    return load;
}

PlanHome::HistoryLoad FileHome::readHistory() const
{
    if (m_basePath.isEmpty())
        return {};
    return loadHistoryOf(m_basePath);
}

Result<Plan> FileHome::open()
{
    // Regular files only (PlanPaths.h); told apart by content, not by name (MODEL.md §9).
    const Status readable = checkReadableFile(m_path, largestCplanFile);
    if (!readable)
        return Error{readable.error()};
    QByteArray head;
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QFileInfo(m_path).fileName() + QStringLiteral(": ") +
                         Tr::tr("cannot be read (%1)").arg(file.errorString())};
        head = file.peek(16);
    }
    if (looksLikeSqlite(head)) {
        Result<CplanContents> contents = readCplanContents(m_path, true, HistoryPart::Last);
        if (!contents)
            return Error{contents.error()};
        m_format = PlanFormat::Cplan;
        const std::vector<StoredEntry> &last = contents->record.history;
        setHistoryUnread(last.empty() ? 0 : last.back().seq,
                         last.empty() ? QString() : last.back().hash);
        m_versions.clear();
        for (const VersionRow &row : contents->record.versions)
            m_versions.push_back(versionInfo(row));
        m_basePath = QFileInfo(m_path).absoluteFilePath();
        m_snapshots.clear();
        return std::move(contents->plan);
    }
    const Result<QByteArray> bytes = readPlanBytes(m_path, largestJsonFile);
    if (!bytes)
        return Error{bytes.error()};
    Result<PlanJsonFile> file = readPlanJsonFile(*bytes);
    const auto located = [this](const QString &message) {
        return Error{QFileInfo(m_path).fileName() + QStringLiteral(": ") + message};
    };
    if (!file)
        return located(file.error());
    std::vector<StoredEntry> history;
    for (qsizetype i = 0; i < file->history.size(); ++i) {
        Result<HistoryEntry> entry =
            entryFromJson(file->history.at(i), QStringLiteral("history[%1]").arg(i));
        if (!entry)
            return located(entry.error());
        StoredEntry stored = storedEntry(*entry);
        history.push_back(std::move(stored));
    }
    std::vector<VersionInfo> versions;
    std::vector<QByteArray> snapshots;
    for (qsizetype i = 0; i < file->versions.size(); ++i) {
        const QString where = QStringLiteral("versions[%1]").arg(i);
        const QJsonObject object = file->versions.at(i).toObject();
        const QJsonValue plan = object.value(QLatin1String("plan"));
        VersionInfo info{object.value(QLatin1String("name")).toString(),
                         object.value(QLatin1String("at")).toString(),
                         object.value(QLatin1String("author")).toString(),
                         object.value(QLatin1String("comment")).toString(),
                         object.value(QLatin1String("content_hash")).toString()};
        if (!file->versions.at(i).isObject() || info.name.isEmpty() || !plan.isObject())
            return located(
                Tr::tr("%1: must be an object with a \"name\" and a \"plan\"").arg(where));
        const QByteArray snapshot = canonicalJson(plan.toObject());
        Result<Plan> content = planFromSnapshot(snapshot, info.name);
        if (!content)
            return located(where + QStringLiteral(": ") + content.error());
        if (info.contentHash.isEmpty())
            info.contentHash = planContentHash(*content);
        versions.push_back(info);
        snapshots.push_back(snapshot);
    }
    m_format = PlanFormat::Json;
    setHistory(std::move(history));
    m_versions = std::move(versions);
    m_snapshots = std::move(snapshots);
    m_basePath.clear();
    return std::move(file->plan);
}

Result<Plan> FileHome::versionContent(const QString &name) const
{
    for (std::size_t i = 0; i < m_versions.size(); ++i) {
        if (m_versions[i].name != name)
            continue;
        if (m_basePath.isEmpty())
            return planFromSnapshot(m_snapshots.at(i), name);
        Result<QByteArray> snapshot = readCplanVersionSnapshot(m_basePath, name);
        if (!snapshot)
            return Error{snapshot.error()};
        return planFromSnapshot(*snapshot, name);
    }
    return Error{Tr::tr("there is no version named \"%1\"").arg(name)};
}

Status FileHome::save(const Plan &plan, const PlanCommit &commit)
{
    for (const NewVersion &version : commit.versions) {
        if (version.name.trimmed().isEmpty())
            return Error{Tr::tr("a version needs a name")};
        if (hasVersion(version.name))
            return Error{Tr::tr("a version named \"%1\" exists already").arg(version.name)};
    }
    const qint64 headSeq = m_headSeq;
    const QString headHash = m_headHash;
    std::vector<HistoryEntry> fresh = commit.entries;
    chainEntries(fresh, headSeq, headSeq == 0 ? firstPreviousHash() : headHash);
    std::vector<StoredEntry> rows;
    for (const HistoryEntry &entry : fresh)
        rows.push_back(storedEntry(entry));
    std::vector<VersionRow> versions;
    for (const NewVersion &version : commit.versions)
        versions.push_back(versionRow(version));

    if (m_format == PlanFormat::Cplan) {
        CplanUpdate update;
        update.plan = &plan;
        update.basePath = m_basePath;
        update.baseHeadSeq = headSeq;
        update.baseHeadHash = headHash;
        if (m_basePath.isEmpty()) {
            update.record.history = history();
            for (std::size_t i = 0; i < m_versions.size(); ++i) {
                const VersionInfo &info = m_versions[i];
                update.record.versions.push_back({info.name, info.at, info.author, info.comment,
                                                  info.contentHash, m_snapshots.at(i)});
            }
        }
        update.newHistory = rows;
        update.newVersions = versions;
        update.keepBackup = m_keepBackup;
        const Status saved = saveCplanUpdate(update, m_path);
        m_keepBackup = false;
        if (!saved)
            return saved;
        m_basePath = QFileInfo(m_path).absoluteFilePath();
        m_snapshots.clear();
    } else {
        // The interchange JSON carries the whole record: every version's content with it.
        QJsonArray historyList;
        for (const StoredEntry &stored : history()) {
            QJsonObject object = QJsonDocument::fromJson(stored.canonical).object();
            object.insert(QLatin1String("hash"), stored.hash);
            historyList.append(object);
        }
        for (const HistoryEntry &entry : fresh)
            historyList.append(entryJson(entry, true));
        // Every version's content, from the .cplan in one read (not one copy of it per version).
        std::vector<QByteArray> snapshots = m_snapshots;
        if (!m_basePath.isEmpty()) {
            Result<std::vector<QByteArray>> read = readCplanVersionSnapshots(m_basePath);
            if (!read)
                return Error{read.error()};
            if (read->size() != m_versions.size())
                return Error{Tr::tr("%1 changed while it was being read")
                                 .arg(QFileInfo(m_basePath).fileName())};
            snapshots = std::move(*read);
        }
        for (const VersionRow &row : versions)
            snapshots.push_back(row.snapshot);
        QJsonArray versionList;
        for (std::size_t i = 0; i < snapshots.size(); ++i) {
            const VersionInfo info = i < m_versions.size()
                                         ? m_versions[i]
                                         : versionInfo(versions[i - m_versions.size()]);
            versionList.append(QJsonObject{
                {QLatin1String("name"), info.name},
                {QLatin1String("at"), info.at},
                {QLatin1String("author"), info.author},
                {QLatin1String("comment"), info.comment},
                {QLatin1String("content_hash"), info.contentHash},
                {QLatin1String("plan"), QJsonDocument::fromJson(snapshots[i]).object()}});
        }
        const Status saved =
            savePlanJsonBytes(plan, writePlanJson(plan, historyList, versionList), m_path);
        if (!saved)
            return saved;
        m_basePath.clear();
        m_snapshots = std::move(snapshots);
    }
    appendHistory(rows);
    for (const VersionRow &row : versions)
        m_versions.push_back(versionInfo(row));
    return success();
}

namespace {
QString &preferredAuthor()
{
    static QString name;
    return name;
}
} // namespace

void setPreferredAuthor(const QString &name)
{
    preferredAuthor() = name.trimmed();
}

QString defaultAuthor()
{
    if (!preferredAuthor().isEmpty())
        return preferredAuthor();
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(getuid())) {
        // The GECOS field: "Full Name,room,phone,...".
        const QString full =
            QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0);
        if (!full.trimmed().isEmpty())
            return full.trimmed();
        if (account->pw_name && *account->pw_name)
            return QString::fromLocal8Bit(account->pw_name);
    }
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? Tr::tr("unknown") : user;
}

} // namespace cplan
