// Issue 14, items 8 and 10: what QJsonDocument lets through. A repeated key (the last one won),
// a lone UTF-16 surrogate (it swallowed the next character) and strings of any length (a 50 MB
// name peaked at 565 MB) are refused with the place.

#include "models/storage/JsonTextCheck.h"
#include "models/storage/PlanJson.h"

#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

// The sample with the plan's "name" member replaced by `member` (raw JSON text).
QByteArray sampleWithName(const QByteArray &member)
{
    QByteArray bytes = samplePlanJson();
    const qsizetype at = bytes.indexOf("\"name\":");
    const qsizetype end = bytes.indexOf('\n', at);
    Q_ASSERT(at > 0 && end > at);
    return bytes.left(at) + member + bytes.mid(end);
}

QString readError(const QByteArray &bytes)
{
    const Result<Plan> plan = readPlanJson(bytes);
    return plan.ok() ? QString() : plan.error();
}

} // namespace

class JsonTextCheckTest : public QObject
{
    Q_OBJECT

private slots:
    void sampleAndPairsPass();
    void duplicateKeyIsRefused_data();
    void duplicateKeyIsRefused();
    void loneSurrogateIsRefused_data();
    void loneSurrogateIsRefused();
    void longStringIsRefused();
    void limitCountsCharactersNotBytes();
    void deepNestingIsRefused();
    void malformedJsonIsLeftToTheParser();
};

void JsonTextCheckTest::sampleAndPairsPass()
{
    QVERIFY(checkJsonText(samplePlanJson()).ok());
    const QByteArray withPair = sampleWithName(R"("name": "Smile \ud83d\ude00 \u4e2d\"\\",)");
    const Result<Plan> plan = readPlanJson(withPair);
    QVERIFY2(plan.ok(), qPrintable(readError(withPair)));
    QCOMPARE(plan->name, u"Smile \U0001F600 中\"\\"_s);
}

void JsonTextCheckTest::duplicateKeyIsRefused_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray(R"("name": "A", "name": "B",)")
                           << u"name: the key \"name\" appears twice in one object (line 4, "_s;
    QTest::newRow("escaped") << QByteArray(R"("name": "A", "n\u0061me": "B",)")
                             << u"name: the key \"name\" appears twice"_s;
}

void JsonTextCheckTest::duplicateKeyIsRefused()
{
    QFETCH(QByteArray, member);
    QFETCH(QString, expected);
    const QString error = readError(sampleWithName(member));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void JsonTextCheckTest::loneSurrogateIsRefused_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::newRow("high alone") << QByteArray(R"("name": "A\ud800B",)");
    QTest::newRow("high then plain escape") << QByteArray(R"("name": "A\ud800\u0041",)");
    QTest::newRow("low alone") << QByteArray(R"("name": "A\udc00",)");
    QTest::newRow("at the end") << QByteArray(R"("name": "A\uD800",)");
}

void JsonTextCheckTest::loneSurrogateIsRefused()
{
    QFETCH(QByteArray, member);
    const QString error = readError(sampleWithName(member));
    QVERIFY2(error.contains(u"name: \\u"_s) && error.contains(u"surrogate"_s), qPrintable(error));
    QVERIFY2(error.contains(u"(line 4, column "_s), qPrintable(error));
}

void JsonTextCheckTest::longStringIsRefused()
{
    const QByteArray name(longestJsonString + 1, 'x');
    const QString error = readError(sampleWithName("\"name\": \"" + name + "\","));
    QVERIFY2(error.contains(u"name: a text is longer than 10000 characters"_s), qPrintable(error));
    const QByteArray fits(longestJsonString - 10, 'x');
    QVERIFY(readPlanJson(sampleWithName("\"name\": \"" + fits + "\",")).ok());
}

void JsonTextCheckTest::limitCountsCharactersNotBytes()
{
    // Issue 21, A.10: 10,000 Chinese characters are 30,000 bytes of UTF-8, and as many escapes
    // are 60,000; all three spellings are one text of 10,000 characters and fit. One more
    // character does not.
    const QByteArray chinese = QString(longestText, QChar(0x4E2D)).toUtf8();
    QByteArray escaped;
    for (qsizetype i = 0; i < longestText; ++i)
        escaped += "\\u4e2d";
    QByteArray emoji; // surrogate pairs: 2 UTF-16 units, 4 bytes, 1 character each
    for (qsizetype i = 0; i < longestText; ++i)
        emoji += "\\ud83d\\ude00";
    for (const QByteArray &text : {chinese, escaped, emoji}) {
        const auto read = readPlanJson(sampleWithName("\"name\": \"" + text + "\","));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().left(300)));
        QCOMPARE(textLength(read->name), longestText);
    }
    for (const QByteArray &text : {chinese + "x", escaped + "x", "x" + emoji}) {
        const QString error = readError(sampleWithName("\"name\": \"" + text + "\","));
        QVERIFY2(error.contains(u"longer than 10000 characters"_s), qPrintable(error.left(300)));
    }
}

void JsonTextCheckTest::deepNestingIsRefused()
{
    const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
    const Status status = checkJsonText(deep);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"nested more than 64 levels"_s), qPrintable(status.error()));
}

void JsonTextCheckTest::malformedJsonIsLeftToTheParser()
{
    for (const QByteArray &text :
         {QByteArray("{\"a\": "), QByteArray("}}]]"), QByteArray("\"unterminated"),
          QByteArray("{\"a\\"), QByteArray()})
        QVERIFY(checkJsonText(text).ok());
    QVERIFY(readError("{\"a\": ").contains(u"not JSON"_s));
}

QTEST_GUILESS_MAIN(JsonTextCheckTest)
#include "JsonTextCheckTest.moc"
