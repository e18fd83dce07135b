#pragma once

// Files the exchange tests write: text in a given encoding, small XLSX workbooks (with
// libxlsxwriter), and hostile archives (with minizip).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringEncoder>
#include <QTest>

namespace cplan::test {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray encoded(const QString &text, const char *encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    Q_ASSERT(encoder.isValid());
    return encoder.encode(text);
}

} // namespace cplan::test
