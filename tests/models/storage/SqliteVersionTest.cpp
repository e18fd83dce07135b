// sqliteLibraryVersion(): the version Help ▸ About shows comes from SQLite itself, and asking
// leaves no database connection behind.

#include "models/storage/SqliteVersion.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTest>

using namespace cplan;

class SqliteVersionTest : public QObject
{
    Q_OBJECT

private slots:
    void answersWithTheLibraryVersion()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        const Result<QString> version = sqliteLibraryVersion();
        QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error()));
        QVERIFY2(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(*version).hasMatch(),
                 qPrintable(*version));
        QCOMPARE(QSqlDatabase::connectionNames(), before);
        const Result<QString> again = sqliteLibraryVersion();
        QVERIFY(again.ok());
        QCOMPARE(*again, *version);
    }
};

QTEST_GUILESS_MAIN(SqliteVersionTest)
#include "SqliteVersionTest.moc"
