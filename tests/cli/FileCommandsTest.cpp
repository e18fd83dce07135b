// cplan new | import | export | validate | --version, run in-process (MODEL.md §9).

#include "CliRun.h"
#include "TestPaths.h"
#include "app/cli/CliCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

namespace {

using test::CliRun;
using test::readBytes;
using test::runCli;
using test::writeBytes;

// Compares JSON trees, numbers as doubles (150 and 150.0 are the same content).
bool sameContent(const QJsonValue &a, const QJsonValue &b, const QString &path, QString *where)
{
    if (a.isDouble() && b.isDouble()) {
        if (a.toDouble() == b.toDouble())
            return true;
        *where = path;
        return false;
    }
    if (a.type() != b.type()) {
        *where = path;
        return false;
    }
    if (a.isObject()) {
        const auto ao = a.toObject();
        const auto bo = b.toObject();
        if (ao.keys() != bo.keys()) {
            *where = path + QStringLiteral(" keys");
            return false;
        }
        for (const auto &key : ao.keys()) {
            if (!sameContent(ao.value(key), bo.value(key), path + QLatin1Char('.') + key, where))
                return false;
        }
        return true;
    }
    if (a.isArray()) {
        const auto aa = a.toArray();
        const auto ba = b.toArray();
        if (aa.size() != ba.size()) {
            *where = path + QStringLiteral(" length");
            return false;
        }
        for (qsizetype i = 0; i < aa.size(); ++i) {
            if (!sameContent(aa.at(i), ba.at(i), path + QStringLiteral("[%1]").arg(i), where))
                return false;
        }
        return true;
    }
    if (a == b)
        return true;
    *where = path;
    return false;
}

} // namespace

class FileCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void versionPrintsTheVersion()
    {
        const auto run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("cplan ")));
    }

    void unknownCommandIsBadUsage()
    {
        const auto run = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    }

    void unknownOptionIsBadUsage()
    {
        const auto run =
            runCli({QStringLiteral("validate"), QStringLiteral("x"), QStringLiteral("--frob")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown option --frob")));
    }

    // The acceptance: new --sample, export --format json gives back the sample.
    void sampleRoundTripsThroughCplanFile()
    {
        QTemporaryDir dir;
        const QString cplanPath = dir.filePath(QStringLiteral("x.cplan"));
        const QString jsonPath = dir.filePath(QStringLiteral("y.json"));
        auto run = runCli({QStringLiteral("new"), cplanPath, QStringLiteral("--sample"),
                           QStringLiteral("brokerage")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(readBytes(cplanPath).startsWith("SQLite format 3"), "new writes SQLite");
        run = runCli({QStringLiteral("export"), cplanPath, QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--out"), jsonPath});
        QCOMPARE(run.exitCode, 0);

        const auto exported = QJsonDocument::fromJson(readBytes(jsonPath));
        const auto sample = QJsonDocument::fromJson(
            readBytes(test::dataPath(QStringLiteral("brokerage-2025.json"))));
        QVERIFY(exported.isObject());
        QString where;
        QVERIFY2(sameContent(exported.object(), sample.object(), QStringLiteral("$"), &where),
                 qPrintable(where));
        QVERIFY(readBytes(jsonPath).contains("股票推广引流年度方案 2025"));
    }

    void importThenValidate()
    {
        QTemporaryDir dir;
        const QString cplanPath = dir.filePath(QStringLiteral("plan.cplan"));
        auto run = runCli({QStringLiteral("import"),
                           test::dataPath(QStringLiteral("brokerage-2025.json")), cplanPath});
        QCOMPARE(run.exitCode, 0);
        run = runCli({QStringLiteral("validate"), cplanPath});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("plan.cplan: valid\n"));
    }

    void blankPlanIsValid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blank.cplan"));
        QCOMPARE(runCli({QStringLiteral("new"), path}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("validate"), path}).exitCode, 0);
    }

    // Inputs are recognised by content, not by name: a JSON plan named .cplan still reads.
    void inputsAreRecognisedByContent()
    {
        QTemporaryDir dir;
        const QString disguised = dir.filePath(QStringLiteral("really-json.cplan"));
        writeBytes(disguised, readBytes(test::dataPath(QStringLiteral("brokerage-2025.json"))));
        QCOMPARE(runCli({QStringLiteral("validate"), disguised}).exitCode, 0);
    }

    void validateListsEveryViolationAndExitsTwo()
    {
        QTemporaryDir dir;
        QByteArray bytes = readBytes(test::dataPath(QStringLiteral("brokerage-2025.json")));
        bytes.replace("\"months\": 12", "\"months\": 0");
        bytes.replace("\"cpl\": 45,", "\"cpl\": -45,");
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        writeBytes(path, bytes);
        const auto run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(QStringLiteral("months: must be between 1 and 120 (got 0)")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral(
                     "scenarios[\"Plan A (CNY 20M)\"].channels[\"Search (long-tail keywords)\"]"
                     ".cpl: must be greater than 0 (got -45)")),
                 qPrintable(run.out));
    }

    void importRefusesInvalidPlanAndWritesNothing()
    {
        QTemporaryDir dir;
        QByteArray bytes = readBytes(test::dataPath(QStringLiteral("brokerage-2025.json")));
        bytes.replace("\"months\": 12", "\"months\": 0");
        const QString in = dir.filePath(QStringLiteral("bad.json"));
        const QString out = dir.filePath(QStringLiteral("out.cplan"));
        writeBytes(in, bytes);
        const auto run = runCli({QStringLiteral("import"), in, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }

    void brokenInputIsBadInputWithTheFileNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        writeBytes(path, "{\"format\": \"campaign-planner/1\", \"plan\": {");
        const auto run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("broken.json: ")), qPrintable(run.err));
    }

    void missingFileIsBadInput()
    {
        const auto run =
            runCli({QStringLiteral("validate"), QStringLiteral("/nonexistent/p.cplan")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("p.cplan: no such file\n"));
    }

    void exportRefusesUnknownFormat()
    {
        const auto run =
            runCli({QStringLiteral("export"), test::dataPath(QStringLiteral("brokerage-2025.json")),
                    QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"),
                    QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
    }

    void unknownSampleIsBadUsage()
    {
        QTemporaryDir dir;
        const auto run = runCli({QStringLiteral("new"), dir.filePath(QStringLiteral("a.cplan")),
                                 QStringLiteral("--sample"), QStringLiteral("nope")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.cplan"))));
    }
};

QTEST_GUILESS_MAIN(FileCommandsTest)
#include "FileCommandsTest.moc"
