#include "models/document/RecoveryStamp.h"

#include <QFile>
#include <QJsonDocument>

namespace cplan {

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
    // The sidecar of RecoveryStore.cpp: the recovery file's name with ".json" for ".cplan".
    QString sidecar = recoveryPath;
    if (sidecar.endsWith(QStringLiteral(".cplan")))
        sidecar.chop(QStringLiteral(".cplan").size());
    QFile file(sidecar + QStringLiteral(".json"));
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    return fileStampFromJson(record.value(QStringLiteral("original_stamp")).toObject());
}

} // namespace cplan
