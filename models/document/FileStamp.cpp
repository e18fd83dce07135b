#include "models/document/FileStamp.h"

#include "models/storage/PlanPaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace cplan {

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
    const QFileInfo info(path);
    if (!info.isFile())
        return stamp;
    stamp.exists = true;
    stamp.size = info.size();
    stamp.modified = info.lastModified().toUTC();
    QFile file(path);
    if (stamp.size <= largestCplanFile && file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        stamp.sha256 = hash.result();
    }
    return stamp;
}

} // namespace cplan
