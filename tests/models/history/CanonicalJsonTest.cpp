// RFC 8785 (JSON Canonicalization Scheme) and SHA-256, the base of every hash in MODEL.md §10.

#include "models/history/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cstring>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

double fromBits(quint64 bits)
{
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace

class CanonicalJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void numbersAsEcmaScriptWritesThem_data();
    void numbersAsEcmaScriptWritesThem();
    void rfcExampleIsCanonicalised();
    void keysSortByUtf16CodeUnits();
    void nestingAndEscapes();
    void sha256OfKnownInputs();
};

void CanonicalJsonTest::numbersAsEcmaScriptWritesThem_data()
{
    QTest::addColumn<quint64>("bits");
    QTest::addColumn<QByteArray>("expected");
    // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
    const struct
    {
        quint64 bits;
        const char *text;
    } cases[] = {
        {0x0000000000000000, "0"},
        {0x8000000000000000, "0"},
        {0x0000000000000001, "5e-324"},
        {0x8000000000000001, "-5e-324"},
        {0x7fefffffffffffff, "1.7976931348623157e+308"},
        {0xffefffffffffffff, "-1.7976931348623157e+308"},
        {0x4340000000000000, "9007199254740992"},
        {0xc340000000000000, "-9007199254740992"},
        {0x4430000000000000, "295147905179352830000"},
        {0x44b52d02c7e14af5, "9.999999999999997e+22"},
        {0x44b52d02c7e14af6, "1e+23"},
        {0x44b52d02c7e14af7, "1.0000000000000001e+23"},
        {0x444b1ae4d6e2ef4e, "999999999999999700000"},
        {0x444b1ae4d6e2ef4f, "999999999999999900000"},
        {0x444b1ae4d6e2ef50, "1e+21"},
        {0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"},
        {0x3eb0c6f7a0b5ed8d, "0.000001"},
        {0x41b3de4355555553, "333333333.3333332"},
        {0x41b3de4355555554, "333333333.33333325"},
        {0x41b3de4355555555, "333333333.3333333"},
        {0x41b3de4355555556, "333333333.3333334"},
        {0x41b3de4355555557, "333333333.33333343"},
        {0xbecbf647612f3696, "-0.0000033333333333333333"},
        {0x43143ff3c1cb0959, "1424953923781206.2"},
    };
    for (const auto &item : cases)
        QTest::addRow("%s", item.text) << item.bits << QByteArray(item.text);
    // And a few a plan holds.
    QTest::addRow("0.1") << quint64(0x3fb999999999999a) << QByteArray("0.1");
    QTest::addRow("1e21 exactly") << quint64(0x444b1ae4d6e2ef50) << QByteArray("1e+21");
}

void CanonicalJsonTest::numbersAsEcmaScriptWritesThem()
{
    QFETCH(quint64, bits);
    QFETCH(QByteArray, expected);
    QCOMPARE(ecmaScriptNumber(fromBits(bits)), expected);
    QCOMPARE(canonicalJson(QJsonValue(fromBits(bits))), expected);
}

void CanonicalJsonTest::rfcExampleIsCanonicalised()
{
    // RFC 8785 §3.2.4: the sample input and its canonical output, byte for byte.
    const QByteArray input = R"({
  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
  "literals": [null, true, false]
})";
    const QByteArray expected =
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
        "\"string\":\"\xe2\x82\xac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(canonicalJson(document.object()), expected);
}

void CanonicalJsonTest::keysSortByUtf16CodeUnits()
{
    // RFC 8785 §3.2.3: U+1F600 (surrogates D83D DE00) sorts before U+FB33.
    QJsonObject object;
    object.insert(u"\u20ac"_s, u"Euro Sign"_s);
    object.insert(u"\r"_s, u"Carriage Return"_s);
    object.insert(u"\ufb33"_s, u"Hebrew Letter Dalet With Dagesh"_s);
    object.insert(u"1"_s, u"One"_s);
    object.insert(QString::fromUtf8("\xf0\x9f\x98\x80"), u"Emoji: Grinning Face"_s);
    object.insert(u"\u0080"_s, u"Control"_s);
    object.insert(u"\u00f6"_s, u"Latin Small Letter O With Diaeresis"_s);
    const QString text = QString::fromUtf8(canonicalJson(object));
    const QStringList order{u"\r"_s,     u"1"_s,      u"\u0080"_s,
                            u"\u00f6"_s, u"\u20ac"_s, QString::fromUtf8("\xf0\x9f\x98\x80"),
                            u"\ufb33"_s};
    qsizetype last = -1;
    for (const QString &key : order) {
        const qsizetype at = text.indexOf(u"\""_s + (key == u"\r"_s ? u"\\r"_s : key) + u"\":"_s);
        QVERIFY2(at > last, qPrintable(text));
        last = at;
    }
}

void CanonicalJsonTest::nestingAndEscapes()
{
    const QJsonObject object{
        {u"b"_s, QJsonArray{1, 2.5, u"x"_s, QJsonObject{{u"z"_s, true}, {u"a"_s, QJsonValue()}}}},
        {u"a"_s, u"\u7b2c\u4e00\t\u0001\u007f\u2028"_s},
        {u"n"_s, -0.0},
        {u"big"_s, 1e21},
        {u"int"_s, 4500000}};
    QCOMPARE(canonicalJson(object),
             QByteArray("{\"a\":\"\xe7\xac\xac\xe4\xb8\x80\\t\\u0001\x7f\xe2\x80\xa8\","
                        "\"b\":[1,2.5,\"x\",{\"a\":null,\"z\":true}],\"big\":1e+21,"
                        "\"int\":4500000,\"n\":0}"));
}

void CanonicalJsonTest::sha256OfKnownInputs()
{
    QCOMPARE(sha256Hex(QByteArray()),
             u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    QCOMPARE(sha256Hex("abc"),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    QCOMPARE(canonicalHash(QJsonObject{{u"b"_s, 1}, {u"a"_s, 2}}), sha256Hex("{\"a\":2,\"b\":1}"));
}

QTEST_GUILESS_MAIN(CanonicalJsonTest)
#include "CanonicalJsonTest.moc"
