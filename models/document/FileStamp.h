#pragma once

// What a plan file on disk looked like when the window last read or wrote it: size,
// modification time and a SHA-256 of the content. Comparing stamps tells whether another
// program (a `cplan optimize --save-as`, a sync client, a second window) has changed the file
// since, so a save does not silently overwrite that change (issue 14, item 3). The hash
// catches changes within the file system's time resolution; size and time catch the rest
// cheaply.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cplan {

struct FileStamp
{
    bool exists = false;
    qint64 size = 0;
    QDateTime modified;
    QByteArray sha256;

    // The stamp of `path` now (exists = false when there is no such regular file).
    static FileStamp of(const QString &path);

    bool operator==(const FileStamp &other) const
    {
        return exists == other.exists && size == other.size && modified == other.modified &&
               sha256 == other.sha256;
    }
};

} // namespace cplan
