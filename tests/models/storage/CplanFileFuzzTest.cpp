#include "models/storage/CplanFile.h"

#include "CplanTestFiles.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace cplan::test;

// Damaged copies of a valid file, made by flipping random bytes with a fixed seed (so a failure
// is reproducible): reading each must either give a plan or a message that names the file, must
// not crash, and must not change the damaged file.
class CplanFileFuzzTest : public QObject
{
    Q_OBJECT

private slots:
    void survivesFlippedBytes()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString original = folder.filePath(QStringLiteral("original.cplan"));
        QVERIFY(writeCplanFile(everyOptionalPlan(), original).ok());
        const QByteArray valid = fileBytes(original);
        const QString file = folder.filePath(QStringLiteral("fuzz.cplan"));

        QRandomGenerator random(0xC0FFEE);
        constexpr int rounds = 600;
        int plans = 0;
        int errors = 0;
        for (int round = 0; round < rounds; ++round) {
            QByteArray bytes = valid;
            const int flips = 1 + int(random.bounded(8));
            for (int flip = 0; flip < flips; ++flip) {
                // Half the rounds hit the first page (header and schema), half anywhere.
                const auto limit =
                    round % 2 == 0 ? qMin<qsizetype>(4096, bytes.size()) : bytes.size();
                const auto at = qsizetype(random.bounded(quint32(limit)));
                bytes[at] = static_cast<char>(bytes[at] ^ char(1 + random.bounded(255)));
            }
            QVERIFY(writeBytes(file, bytes));
            const Result<Plan> read = readCplanFile(file);
            if (read.ok()) {
                ++plans;
            } else {
                ++errors;
                QVERIFY2(read.error().startsWith(QStringLiteral("fuzz.cplan: ")),
                         qPrintable(read.error()));
            }
            QCOMPARE(fileBytes(file), bytes);
        }
        QCOMPARE(plans + errors, rounds);
        QVERIFY(errors > 0);
        qInfo("%d damaged files read as a plan, %d refused", plans, errors);
    }
};

QTEST_GUILESS_MAIN(CplanFileFuzzTest)
#include "CplanFileFuzzTest.moc"
