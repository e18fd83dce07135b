#pragma once

// The stamp of the original file that a recovery record keeps (issue 21, A.9): the file as it
// was when the recovery copy was written. A restored plan is based on that file, so a save of
// it must ask before replacing a file that another program changed since — even while the
// program was down. Kept apart from RecoveryStore.h and FileStamp.h, which most of the program
// includes.

#include "models/document/FileStamp.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cplan {

// The stamp as the recovery record (the sidecar .json) keeps it.
QJsonObject fileStampJson(const FileStamp &stamp);
// nullopt for an object that is not a stamp.
std::optional<FileStamp> fileStampFromJson(const QJsonObject &object);

// The original file's stamp recorded beside the recovery file `recoveryPath`; nullopt when the
// record holds none (written by an older build) or cannot be read.
std::optional<FileStamp> recordedOriginalStamp(const QString &recoveryPath);

} // namespace cplan
