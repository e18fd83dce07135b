// CSV/TSV reading (models/exchange/TableReader.h): encodings, separators, RFC 4180 quoting.

#include "ExchangeTestFiles.h"
#include "TestPaths.h"
#include "models/exchange/TableReader.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

namespace {

const QString chineseTable = QStringLiteral("月份,渠道,花费（元）\r\n"
                                            "2025年4月,搜索广告,\"￥1,234.50\"\r\n"
                                            "2025年5月,短视频,800\r\n");

} // namespace

class TableReaderTextTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("expectedEncoding");
        const int autoChoice = int(TextEncoding::Auto);
        QTest::newRow("utf-8") << test::encoded(chineseTable, "UTF-8") << autoChoice
                               << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom")
            << test::encoded(chineseTable, "UTF-8", true) << autoChoice << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le bom") << test::encoded(chineseTable, "UTF-16LE", true) << autoChoice
                                      << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be bom") << test::encoded(chineseTable, "UTF-16BE", true) << autoChoice
                                      << QStringLiteral("UTF-16BE");
        QTest::newRow("gb18030 detected")
            << test::encoded(chineseTable, "GB18030") << autoChoice << QStringLiteral("GB18030");
        QTest::newRow("gb18030 chosen") << test::encoded(chineseTable, "GB18030")
                                        << int(TextEncoding::Gb18030) << QStringLiteral("GB18030");
        QTest::newRow("utf-16 chosen, no bom")
            << test::encoded(chineseTable, "UTF-16LE") << int(TextEncoding::Utf16)
            << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-8 chosen with bom")
            << test::encoded(chineseTable, "UTF-8", true) << int(TextEncoding::Utf8)
            << QStringLiteral("UTF-8");
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, choice);
        QFETCH(QString, expectedEncoding);
        // GB18030 really differs from UTF-8 here, so detection is exercised.
        if (expectedEncoding == QLatin1String("GB18030"))
            QVERIFY(bytes != test::encoded(chineseTable, "UTF-8"));
        const QString path = m_dir.filePath(QStringLiteral("table.csv"));
        QVERIFY(test::writeFile(path, bytes));
        TableReadOptions options;
        options.encoding = TextEncoding(choice);
        const auto table = readTable(path, options);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error()));
        QCOMPARE(table->encoding, expectedEncoding);
        QCOMPARE(table->header, (QStringList{QStringLiteral("月份"), QStringLiteral("渠道"),
                                             QStringLiteral("花费（元）")}));
        QCOMPARE(table->rows.size(), std::size_t(2));
        QCOMPARE(table->rows[0],
                 (QStringList{QStringLiteral("2025年4月"), QStringLiteral("搜索广告"),
                              QStringLiteral("￥1,234.50")}));
        QCOMPARE(table->rowNumbers, (std::vector<int>{2, 3}));
    }

    void wrongEncodingIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("gb.csv"));
        QVERIFY(test::writeFile(path, test::encoded(chineseTable, "GB18030")));
        TableReadOptions options;
        options.encoding = TextEncoding::Utf8;
        const auto table = readTable(path, options);
        QVERIFY(!table.ok());
        QVERIFY2(table.error().contains(QLatin1String("not valid UTF-8")),
                 qPrintable(table.error()));
        QVERIFY(table.error().startsWith(QLatin1String("gb.csv: ")));
    }

    void separators_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QStringLiteral("a,b;x,c\n1,2,3\n") << QChar(u',');
        QTest::newRow("semicolon") << QStringLiteral("a;b,x;c\n1;2,5;3\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("a\tb,x\tc\n1\t2\t3\n") << QChar(u'\t');
        QTest::newRow("quoted separators ignored")
            << QStringLiteral("\"a;b;c;d\",b,c\n1,2,3\n") << QChar(u',');
    }
    void separators()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        const QString path = m_dir.filePath(QStringLiteral("sep.txt"));
        QVERIFY(test::writeFile(path, text.toUtf8()));
        const auto table = readTable(path);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error()));
        QCOMPARE(table->separator, separator);
        QCOMPARE(table->header.size(), 3);
        QCOMPARE(table->rows.at(0).size(), 3);
    }

    void quoting()
    {
        const QString text =
            QStringLiteral("month,channel,spend,note\r\n"
                           "2025-04,\"Search, brand\",\"1,000\",\"said \"\"hi\"\"\"\r\n"
                           "2025-04,\"Two\nlines\",5,\"x\r\ny\"\r\n"
                           "\r\n"
                           "2025-05,  spaced  ,\" kept \",\n"
                           "2025-06,last,7,no newline at the end");
        const QString path = m_dir.filePath(QStringLiteral("quotes.csv"));
        QVERIFY(test::writeFile(path, text.toUtf8()));
        const auto table = readTable(path);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error()));
        QCOMPARE(table->rows.size(), std::size_t(4));
        QCOMPARE(table->rows[0],
                 (QStringList{QStringLiteral("2025-04"), QStringLiteral("Search, brand"),
                              QStringLiteral("1,000"), QStringLiteral("said \"hi\"")}));
        QCOMPARE(table->rows[1].at(1), QStringLiteral("Two\nlines"));
        QCOMPARE(table->rows[1].at(3), QStringLiteral("x\r\ny"));
        QCOMPARE(table->rows[2].at(1), QStringLiteral("spaced"));
        QCOMPARE(table->rows[2].at(2), QStringLiteral(" kept "));
        QCOMPARE(table->rows[3].at(3), QStringLiteral("no newline at the end"));
        // Rows are numbered as a spreadsheet shows them: a quoted newline stays in its row and
        // the empty row 4 still counts.
        QCOMPARE(table->rowNumbers, (std::vector<int>{2, 3, 5, 6}));
    }

    void unterminatedQuote()
    {
        const QString path = m_dir.filePath(QStringLiteral("open.csv"));
        QVERIFY(test::writeFile(path, QByteArrayLiteral("a,b\n1,2\n3,\"never closed\n")));
        const auto table = readTable(path);
        QVERIFY(!table.ok());
        QCOMPARE(table.error(),
                 QStringLiteral("open.csv: row 3 opens a quoted field that never ends"));
    }

    void emptyAndMissing()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
        QVERIFY(test::writeFile(empty, {}));
        QCOMPARE(readTable(empty).error(), QStringLiteral("empty.csv: the file is empty"));
        const QString blank = m_dir.filePath(QStringLiteral("blank.csv"));
        QVERIFY(test::writeFile(blank, "\r\n\r\n  \n"));
        QCOMPARE(readTable(blank).error(), QStringLiteral("blank.csv: the file holds no rows"));
        // Said in words, not Qt's "cannot open the file (Unknown error)".
        QCOMPARE(readTable(m_dir.filePath(QStringLiteral("nope.csv"))).error(),
                 QStringLiteral("nope.csv: no such file"));
        QCOMPARE(readTable(m_dir.path()).error(),
                 QStringLiteral("%1: not a file").arg(QFileInfo(m_dir.path()).fileName()));
    }

    void sampleGb18030File()
    {
        const auto table = readTable(test::dataPath(QStringLiteral("actuals-2025-04-gb18030.csv")));
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error()));
        QCOMPARE(table->encoding, QStringLiteral("GB18030"));
        QCOMPARE(table->header.value(0), QStringLiteral("月份"));
        QCOMPARE(table->rows.size(), std::size_t(6));
        QCOMPARE(table->rows[0].value(2), QStringLiteral("￥118,420.50"));
    }

    void encodingNames()
    {
        QCOMPARE(textEncodingFromString(QStringLiteral("GB18030")), TextEncoding::Gb18030);
        QCOMPARE(textEncodingFromString(QStringLiteral("utf-16")), TextEncoding::Utf16);
        QCOMPARE(textEncodingFromString(QStringLiteral("utf8")), TextEncoding::Utf8);
        QCOMPARE(textEncodingFromString(QStringLiteral("auto")), TextEncoding::Auto);
        QVERIFY(!textEncodingFromString(QStringLiteral("latin-1")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TableReaderTextTest)
#include "TableReaderTextTest.moc"
