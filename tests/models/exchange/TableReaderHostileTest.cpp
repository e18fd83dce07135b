// Hostile files (models/exchange/TableReader.h): each is refused with a clear message, quickly,
// without reading all of it — a binary file, a 200 MB CSV, a million-row CSV, zip bombs.

#include "ExchangeTestFiles.h"
#include "models/exchange/TableReader.h"
#include "support/TimeScale.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace cplan;

namespace {

using test::timeScale; // scaled under AddressSanitizer (support/TimeScale.h)

// An archive with the parts a workbook needs and a sheet of `sheetBytes` zeros (compressed to
// almost nothing), plus `extraEntries` empty parts.
bool writeZipBomb(const QString &path, qint64 sheetBytes, int extraEntries = 0)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    const auto add = [&](const char *name, const QByteArray &bytes, qint64 repeat) {
        zip_fileinfo info{};
        if (zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                  Z_BEST_COMPRESSION, 1) != ZIP_OK)
            return false;
        for (qint64 i = 0; i < repeat; ++i) {
            if (zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) != ZIP_OK)
                return false;
        }
        return zipCloseFileInZip(zip) == ZIP_OK;
    };
    bool ok = add("xl/workbook.xml",
                  "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships\"><sheets><sheet name=\"Bomb\" sheetId=\"1\" r:id=\"rId1\"/>"
                  "</sheets></workbook>",
                  1) &&
              add("xl/_rels/workbook.xml.rels",
                  "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                  "</Relationships>",
                  1);
    const QByteArray zeros(1 << 20, '\0');
    ok = ok && add("xl/worksheets/sheet1.xml", zeros, sheetBytes >> 20);
    for (int i = 0; ok && i < extraEntries; ++i)
        ok = add(QStringLiteral("extra/%1").arg(i).toLatin1().constData(), {}, 0);
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// A stored workbook whose only sheet is `sheetXml`.
bool writeSheet(const QString &path, const QByteArray &sheetXml)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    const auto add = [&](const char *name, const QByteArray &bytes) {
        zip_fileinfo info{};
        return zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, 0, 0, 0) ==
                   ZIP_OK &&
               zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK &&
               zipCloseFileInZip(zip) == ZIP_OK;
    };
    const bool ok =
        add("xl/workbook.xml",
            "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            "relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
            "</sheets></workbook>") &&
        add("xl/_rels/workbook.xml.rels",
            "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
            "</Relationships>") &&
        add("xl/worksheets/sheet1.xml", sheetXml);
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// A stored workbook whose sheet relationship points at `target`; the sheet's XML is stored
// both where `target` would lead inside xl/ and at the archive's root.
bool writeWorkbookWithTarget(const QString &path, const QByteArray &target)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    const auto add = [&](const char *name, const QByteArray &bytes) {
        zip_fileinfo info{};
        return zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, 0, 0, 0) ==
                   ZIP_OK &&
               zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK &&
               zipCloseFileInZip(zip) == ZIP_OK;
    };
    const QByteArray sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                             "<is><t>month</t></is></c></row></sheetData></worksheet>";
    const bool ok =
        add("xl/workbook.xml",
            "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            "relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
            "</sheets></workbook>") &&
        add("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"" +
                                              target + "\"/></Relationships>") &&
        add("x", sheet) && add("b", sheet) && add("sheet.xml", sheet);
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace

class TableReaderHostileTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void binaryFile()
    {
        QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 4096; ++i)
            bytes.append(char(QRandomGenerator::global()->bounded(256)));
        const QString path = m_dir.filePath(QStringLiteral("picture.csv"));
        QVERIFY(test::writeFile(path, bytes));
        const auto table = readTable(path);
        QVERIFY(!table.ok());
        QVERIFY2(table.error().startsWith(QLatin1String("picture.csv: the file holds binary "
                                                        "data")),
                 qPrintable(table.error()));
    }

    void binaryWithoutZeroBytes()
    {
        QRandomGenerator random(42);
        QByteArray bytes;
        while (bytes.size() < 65536) {
            const char byte = char(random.bounded(1, 256));
            bytes.append(byte);
        }
        const QString path = m_dir.filePath(QStringLiteral("noise.csv"));
        QVERIFY(test::writeFile(path, bytes));
        const auto table = readTable(path);
        QVERIFY(!table.ok());
        QVERIFY2(table.error().startsWith(QLatin1String("noise.csv: ")), qPrintable(table.error()));
    }

    // A 200 MB CSV (sparse on disk) is refused by its size before a byte is read.
    void hugeTextFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("month,channel,spend\n") > 0);
        QVERIFY(file.resize(qint64(200) << 20));
        file.close();
        int progressCalls = 0;
        TableReadOptions options;
        options.progress = [&](int) {
            ++progressCalls;
        };
        QElapsedTimer timer;
        timer.start();
        const auto table = readTable(path, options);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!table.ok());
        QCOMPARE(table.error(), QStringLiteral("huge.csv: the file is 200.0 MB; text files above "
                                               "64.0 MB are not read. Export only the months and "
                                               "channels of the plan."));
        QCOMPARE(progressCalls, 0); // nothing was read
        QVERIFY2(elapsed < 1000 * timeScale, qPrintable(QString::number(elapsed)));
        qInfo("200 MB CSV refused in %lld ms", elapsed);
    }

    // A million rows: read with progress until the row cap, then a clear refusal.
    void millionRows()
    {
        QByteArray bytes("month,channel,spend,leads\n");
        bytes.reserve(30 << 20);
        for (int i = 0; i < 1000000; ++i)
            bytes.append("2025-01,Search (long-tail keywords),1234.5,100\n");
        const QString path = m_dir.filePath(QStringLiteral("million.csv"));
        QVERIFY(test::writeFile(path, bytes));
        QList<int> progress;
        TableReadOptions options;
        options.progress = [&](int percent) {
            progress << percent;
        };
        QElapsedTimer timer;
        timer.start();
        const auto table = readTable(path, options);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!table.ok());
        QVERIFY2(table.error().startsWith(QLatin1String("million.csv: the table has more than "
                                                        "100000 data rows")),
                 qPrintable(table.error()));
        QVERIFY(progress.size() > 10);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QVERIFY2(elapsed < 10000 * timeScale, qPrintable(QString::number(elapsed)));
        qInfo("%.1f MB, 1,000,000-row CSV refused at the row cap in %lld ms (%lld progress "
              "reports)",
              double(bytes.size()) / (1 << 20), elapsed, qint64(progress.size()));

        // With the cap raised it is read to the end.
        options.limits.maxRows = 2000000;
        progress.clear();
        timer.restart();
        const auto all = readTable(path, options);
        QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error()));
        QCOMPARE(all->rows.size(), std::size_t(1000000));
        QCOMPARE(all->rowNumbers.back(), 1000001);
        QCOMPARE(progress.constLast(), 100);
        qInfo("the same file read whole (cap raised) in %lld ms", timer.elapsed());
    }

    void cancelStopsReading()
    {
        QByteArray bytes("month,channel,spend\n");
        for (int i = 0; i < 200000; ++i)
            bytes.append("2025-01,Search,1\n");
        const QString path = m_dir.filePath(QStringLiteral("cancel.csv"));
        QVERIFY(test::writeFile(path, bytes));
        std::atomic_bool cancel = false;
        TableReadOptions options;
        options.limits.maxRows = 1000000;
        options.cancel = &cancel;
        int calls = 0;
        options.progress = [&](int) {
            if (++calls == 3)
                cancel = true;
        };
        const auto table = readTable(path, options);
        QVERIFY(!table.ok());
        QCOMPARE(table.error(), cancelledMessage());
        QVERIFY(calls < 10);
    }

    // 100 MB of zeros packed into ~100 kB: refused after about 1 MB by the ratio check.
    void zipBombByRatio()
    {
        const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        QVERIFY(writeZipBomb(path, qint64(100) << 20));
        QVERIFY(QFileInfo(path).size() < (1 << 20));
        QElapsedTimer timer;
        timer.start();
        const auto table = readTable(path);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!table.ok());
        QVERIFY2(table.error().contains(QLatin1String("looks like a zip bomb")),
                 qPrintable(table.error()));
        QVERIFY(table.error().startsWith(QLatin1String("bomb.xlsx: the workbook part "
                                                       "xl/worksheets/sheet1.xml")));
        QVERIFY2(elapsed < 1000 * timeScale, qPrintable(QString::number(elapsed)));
        qInfo("zip bomb (%lld bytes -> 100 MB) refused in %lld ms", QFileInfo(path).size(),
              elapsed);
    }

    // A part that declares more than the cap is refused before it is unpacked.
    void zipBombBySize()
    {
        const QString path = m_dir.filePath(QStringLiteral("bomb2.xlsx"));
        QVERIFY(writeZipBomb(path, qint64(8) << 20));
        TableReadOptions options;
        options.limits.maxEntryBytes = qint64(4) << 20;
        const auto table = readTable(path, options);
        QVERIFY(!table.ok());
        QVERIFY2(table.error().contains(QLatin1String("unpacks to more than 4.0 MB")),
                 qPrintable(table.error()));
    }

    void tooManyParts()
    {
        const QString path = m_dir.filePath(QStringLiteral("parts.xlsx"));
        QVERIFY(writeZipBomb(path, 0, 64));
        TableReadOptions options;
        options.limits.maxZipEntries = 50;
        const auto table = readTable(path, options);
        QVERIFY(!table.ok());
        QCOMPARE(table.error(), QStringLiteral("parts.xlsx: the archive holds 67 parts; "
                                               "workbooks with more than 50 are not read"));
    }

    void damagedArchive()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.xlsx"));
        QVERIFY(test::writeFile(path, QByteArrayLiteral("PK\x03\x04 this is not a zip")));
        const auto table = readTable(path);
        QVERIFY(!table.ok());
        QVERIFY2(table.error().startsWith(QLatin1String("broken.xlsx: not an XLSX workbook")),
                 qPrintable(table.error()));
    }

    void hugeWorkbookFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("PK\x03\x04", 4) == 4);
        QVERIFY(file.resize(qint64(100) << 20));
        file.close();
        const auto table = readTable(path);
        QCOMPARE(table.error(), QStringLiteral("huge.xlsx: the file is 100.0 MB; workbooks above "
                                               "64.0 MB are not read. Export only the months and "
                                               "channels of the plan."));
    }

    // Found by xlsx_actuals_fuzzer: a cell reference with many column letters overflowed the
    // column number (undefined behaviour; in practice it wrapped round to a negative column and
    // the cell was read as the next one). It is past the last column, so the cap refuses it.
    void columnLettersPastTheLastColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("columns.xlsx"));
        QVERIFY(writeSheet(path, "<worksheet><sheetData><row r=\"1\">"
                                 "<c r=\"ZZZZZZZZ1\" t=\"inlineStr\"><is><t>month</t></is></c>"
                                 "</row></sheetData></worksheet>"));
        const auto table = readTable(path);
        QVERIFY2(!table.ok(), qPrintable(table ? table->header.join(QLatin1Char('|')) : QString()));
        QCOMPARE(table.error(), QStringLiteral("columns.xlsx: row 1 has more than 512 columns; it "
                                               "is not read"));
        // A plain reference is read at its column.
        QVERIFY(writeSheet(path, "<worksheet><sheetData><row r=\"1\">"
                                 "<c r=\"B1\" t=\"inlineStr\"><is><t>month</t></is></c>"
                                 "</row></sheetData></worksheet>"));
        const auto plain = readTable(path);
        QVERIFY2(plain.ok(), qPrintable(plain ? QString() : plain.error()));
        QCOMPARE(plain->header, QStringList({QString(), QStringLiteral("month")}));
    }

    // Issue 21, A.1: a relationship target climbing above the archive's root crashed the
    // import (SIGSEGV in the part-path resolution). It is not a workbook.
    void relationshipTargetAboveTheRoot_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("../../x") << QByteArray("../../x");
        QTest::newRow("..") << QByteArray("..");
        QTest::newRow("a/../../../../b") << QByteArray("a/../../../../b");
        QTest::newRow("/../x") << QByteArray("/../x");
        QTest::newRow("/") << QByteArray("/");
        QTest::newRow("../..") << QByteArray("../..");
    }
    void relationshipTargetAboveTheRoot()
    {
        QFETCH(QByteArray, target);
        const QString path = m_dir.filePath(QStringLiteral("climb.xlsx"));
        QFile::remove(path);
        QVERIFY(writeWorkbookWithTarget(path, target));
        const auto table = readTable(path);
        QVERIFY(!table.ok());
        QCOMPARE(table.error(), QStringLiteral("climb.xlsx: not an XLSX workbook (the sheet \"S\" "
                                               "points outside the archive)"));
    }

    // A target that climbs out of xl/ but stays inside the archive is a part like any other.
    void relationshipTargetInsideTheArchive()
    {
        const QString path = m_dir.filePath(QStringLiteral("inside.xlsx"));
        QVERIFY(writeWorkbookWithTarget(path, "../sheet.xml"));
        const auto table = readTable(path);
        QVERIFY2(table.ok(), qPrintable(table ? QString() : table.error()));
        QCOMPARE(table->header, QStringList({QStringLiteral("month")}));
    }

    // Issue 21: a second cell with the same reference was read into the next column.
    void duplicateCellReference()
    {
        const QString path = m_dir.filePath(QStringLiteral("duplicate.xlsx"));
        QVERIFY(writeSheet(path, "<worksheet><sheetData><row r=\"1\">"
                                 "<c r=\"A1\" t=\"inlineStr\"><is><t>month</t></is></c>"
                                 "<c r=\"B1\" t=\"inlineStr\"><is><t>channel</t></is></c>"
                                 "</row><row r=\"2\">"
                                 "<c r=\"A2\" t=\"inlineStr\"><is><t>2026-01</t></is></c>"
                                 "<c r=\"A2\" t=\"inlineStr\"><is><t>Search</t></is></c>"
                                 "</row></sheetData></worksheet>"));
        const auto table = readTable(path);
        QVERIFY2(!table.ok(), qPrintable(table ? table->header.join(QLatin1Char('|')) : QString()));
        QCOMPARE(table.error(), QStringLiteral("duplicate.xlsx: row 2 has the cell A2 twice or out "
                                               "of order; the sheet is damaged"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TableReaderHostileTest)
#include "TableReaderHostileTest.moc"
