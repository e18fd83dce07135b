#include "models/document/RecoveryStamp.h"

#include "models/storage/CplanDiskFile.h" // replaceFileWithBytes

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStamp)
};

// The sidecar of RecoveryStore.cpp: the recovery file's name with ".json" for ".cplan".
QString sidecarPath(const QString &recoveryPath)
{
    QString sidecar = recoveryPath;
    if (sidecar.endsWith(QStringLiteral(".cplan")))
        sidecar.chop(QStringLiteral(".cplan").size());
    return sidecar + QStringLiteral(".json");
}

// The record beside `recoveryPath`; nullopt when there is none or it is not a JSON object.
std::optional<QJsonObject> readRecord(const QString &recoveryPath)
{
    QFile file(sidecarPath(recoveryPath));
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

const QString viewKey = QStringLiteral("view");

} // namespace

QJsonObject fileStampJson(const FileStamp &stamp)
{
    return {{QStringLiteral("exists"), stamp.exists},
            {QStringLiteral("size"), QString::number(stamp.size)},
            {QStringLiteral("modified"), stamp.modified.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("sha256"), QString::fromLatin1(stamp.sha256.toHex())}};
}

std::optional<FileStamp> fileStampFromJson(const QJsonObject &object)
{
    const QJsonValue exists = object.value(QStringLiteral("exists"));
    if (!exists.isBool())
        return std::nullopt;
    FileStamp stamp;
    stamp.exists = exists.toBool();
    if (!stamp.exists)
        return stamp;
    bool sizeRead = false;
    stamp.size = object.value(QStringLiteral("size")).toString().toLongLong(&sizeRead);
    stamp.modified = QDateTime::fromString(object.value(QStringLiteral("modified")).toString(),
                                           Qt::ISODateWithMs)
                         .toUTC();
    stamp.sha256 =
        QByteArray::fromHex(object.value(QStringLiteral("sha256")).toString().toLatin1());
    if (!sizeRead || !stamp.modified.isValid())
        return std::nullopt;
    return stamp;
}

std::optional<FileStamp> recordedOriginalStamp(const QString &recoveryPath)
{
    const std::optional<QJsonObject> record = readRecord(recoveryPath);
    if (!record)
        return std::nullopt;
    return fileStampFromJson(record->value(QStringLiteral("original_stamp")).toObject());
}

Status recordRecoveryView(const QString &recoveryPath, const RecoveryView &view)
{
    std::optional<QJsonObject> record = readRecord(recoveryPath);
    if (!record)
        return success(); // not autosaved yet: nothing to restore, nothing to record
    const QJsonObject recorded{{QStringLiteral("scenario"), view.scenario},
                               {QStringLiteral("page"), view.page}};
    if (record->value(viewKey).toObject() == recorded)
        return success();
    record->insert(viewKey, recorded);
    QString error;
    const QString path = sidecarPath(recoveryPath);
    if (!replaceFileWithBytes(path, QJsonDocument(*record).toJson(), &error))
        return Error{Tr::tr("Cannot write %1 (%2)").arg(path, error)};
    return success();
}

std::optional<RecoveryView> recordedRecoveryView(const QString &recoveryPath)
{
    const std::optional<QJsonObject> record = readRecord(recoveryPath);
    if (!record || !record->value(viewKey).isObject())
        return std::nullopt;
    const QJsonObject recorded = record->value(viewKey).toObject();
    RecoveryView view;
    view.scenario = recorded.value(QStringLiteral("scenario")).toString();
    view.page = recorded.value(QStringLiteral("page")).toInt(-1);
    return view;
}

} // namespace cplan
