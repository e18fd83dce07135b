#pragma once

// The stamp of the original file that a recovery record keeps (issue 21, A.9): the file as it
// was when the recovery copy was written. A restored plan is based on that file, so a save of
// it must ask before replacing a file that another program changed since — even while the
// program was down. Kept apart from RecoveryStore.h and FileStamp.h, which most of the program
// includes.

#include "models/document/FileStamp.h"
#include "models/domain/Result.h"

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

// Where the user was when the recovery copy was written (issue 22 E.24), so a restored plan
// opens there: the active scenario by name (an index could name another scenario after a
// reorder) and the page by its place in the navigation.
struct RecoveryView
{
    QString scenario;
    int page = -1; // -1 = not known
};

// Adds `view` to the record beside the recovery file `recoveryPath`. Nothing is written when
// there is no record yet (the plan was not autosaved); each autosave writes a new record
// without a view, so its owner records the view again after it.
Status recordRecoveryView(const QString &recoveryPath, const RecoveryView &view);
// The view recorded beside `recoveryPath`; nullopt when none was (or it cannot be read).
std::optional<RecoveryView> recordedRecoveryView(const QString &recoveryPath);

} // namespace cplan
