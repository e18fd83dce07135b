// CSV/TSV text (RFC 4180): the encoding from a byte-order mark, else valid UTF-8, else
// GB18030 (what Chinese Excel and WPS save); the separator from the first row.

#include "models/exchange/TableReaderParts.h"

#include <QStringDecoder>

#include <utility>

namespace cplan::tablereader {

namespace {

struct Decoded
{
    QString text;
    QString encoding;
};

struct EncodingChoice
{
    QStringConverter::Encoding utf = QStringConverter::Utf8;
    bool gb18030 = false;
    qsizetype bomLength = 0;
    QString name;
};

EncodingChoice chooseEncoding(const QByteArray &bytes, TextEncoding wanted)
{
    const auto starts = [&](const char *bom) {
        return bytes.startsWith(QByteArray(bom));
    };
    const bool utf8Bom = starts("\xEF\xBB\xBF");
    const bool le = starts("\xFF\xFE");
    const bool be = starts("\xFE\xFF");
    switch (wanted) {
    case TextEncoding::Utf8:
        return {QStringConverter::Utf8, false, utf8Bom ? 3 : 0, QStringLiteral("UTF-8")};
    case TextEncoding::Utf16:
        if (be)
            return {QStringConverter::Utf16BE, false, 2, QStringLiteral("UTF-16BE")};
        return {QStringConverter::Utf16LE, false, le ? 2 : 0, QStringLiteral("UTF-16LE")};
    case TextEncoding::Gb18030:
        return {QStringConverter::Utf8, true, 0, QStringLiteral("GB18030")};
    case TextEncoding::Auto:
        break;
    }
    if (utf8Bom)
        return {QStringConverter::Utf8, false, 3, QStringLiteral("UTF-8")};
    if (le)
        return {QStringConverter::Utf16LE, false, 2, QStringLiteral("UTF-16LE")};
    if (be)
        return {QStringConverter::Utf16BE, false, 2, QStringLiteral("UTF-16BE")};
    return {QStringConverter::Utf8, false, 0, QString()}; // decided below
}

// Decodes `bytes` from `from` in chunks so a big file reports progress and can be cancelled.
// nullopt on a decoding error or a cancel (`*cancelledOut` says which).
std::optional<QString> decodeChunks(QStringDecoder &decoder, const QByteArray &bytes,
                                    qsizetype from, const TableReadOptions &options,
                                    bool *cancelledOut)
{
    QString text;
    text.reserve(bytes.size() - from);
    constexpr qsizetype chunk = qsizetype(1) << 20;
    for (qsizetype at = from; at < bytes.size(); at += chunk) {
        if (cancelled(options)) {
            *cancelledOut = true;
            return std::nullopt;
        }
        text.append(decoder.decode(
            QByteArrayView(bytes).sliced(at, std::min<qsizetype>(chunk, bytes.size() - at))));
        if (decoder.hasError())
            return std::nullopt;
        // Decoding is the second fifth of the work.
        reportProgress(options, bytes.size() + at, qint64(bytes.size()) * 5);
    }
    return text;
}

Result<Decoded> decode(const QByteArray &bytes, const QString &fileName,
                       const TableReadOptions &options)
{
    EncodingChoice choice = chooseEncoding(bytes, options.encoding);
    const bool utf16 =
        choice.utf == QStringConverter::Utf16LE || choice.utf == QStringConverter::Utf16BE;
    // NUL bytes never occur in UTF-8 or GB18030 text: this is a binary file (or UTF-16 without
    // a byte-order mark, which the user can choose explicitly).
    if (!utf16 && !choice.gb18030) {
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
            return Error{TableReaderTr::tr(
                             "%1: the file holds binary data (a zero byte at offset %2), not CSV "
                             "or TSV text. Choose a .csv, .tsv, .txt or .xlsx file; a UTF-16 "
                             "file without a byte-order mark needs the encoding UTF-16.")
                             .arg(fileName)
                             .arg(nul)};
    }
    bool wasCancelled = false;
    if (choice.name.isEmpty()) { // auto without a byte-order mark: UTF-8 when it is valid
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        if (auto text = decodeChunks(utf8, bytes, 0, options, &wasCancelled))
            return Decoded{std::move(*text), QStringLiteral("UTF-8")};
        if (wasCancelled)
            return Error{cancelledMessage()};
        choice.gb18030 = true;
        choice.name = QStringLiteral("GB18030");
    }
    QStringDecoder decoder = choice.gb18030
                                 ? QStringDecoder("GB18030", QStringConverter::Flag::Stateless)
                                 : QStringDecoder(choice.utf, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return Error{
            TableReaderTr::tr("%1: this build cannot decode %2 text").arg(fileName, choice.name)};
    auto text = decodeChunks(decoder, bytes, choice.bomLength, options, &wasCancelled);
    if (wasCancelled)
        return Error{cancelledMessage()};
    if (!text)
        return Error{TableReaderTr::tr("%1: the file is not valid %2 text; choose another encoding")
                         .arg(fileName, choice.name)};
    return Decoded{std::move(*text), choice.name};
}

// Control characters other than tab, CR and LF mean the "text" is binary data that happened
// to decode (GB18030 accepts most byte sequences).
Status checkTextLooksLikeText(const QString &text, const QString &fileName)
{
    const qsizetype sample = std::min<qsizetype>(text.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t ch = text.at(i).unicode();
        if (ch == 0 || (ch < 0x20 && ch != u'\t' && ch != u'\r' && ch != u'\n') || ch == 0xFFFD)
            ++controls;
    }
    if (controls * 100 > sample || (sample > 0 && controls > 0 && sample < 100))
        return Error{
            TableReaderTr::tr("%1: the file holds binary data, not CSV or TSV text").arg(fileName)};
    return success();
}

// The separator of the first row (outside quotes): the most frequent of tab, ';' and ','.
QChar detectSeparator(const QString &text)
{
    int tabs = 0, semicolons = 0, commas = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (ch == QLatin1Char('\n')) {
            if (tabs + semicolons + commas > 0)
                break;
        } else if (ch == QLatin1Char('\t'))
            ++tabs;
        else if (ch == QLatin1Char(';'))
            ++semicolons;
        else if (ch == QLatin1Char(','))
            ++commas;
    }
    if (tabs >= semicolons && tabs >= commas && tabs > 0)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

Result<SourceTable> readDelimitedText(const QByteArray &bytes, const QString &fileName,
                                      const TableReadOptions &options)
{
    auto decoded = decode(bytes, fileName, options);
    if (!decoded)
        return Error{decoded.error()};
    const QString &text = decoded->text;
    if (const Status looks = checkTextLooksLikeText(text, fileName); !looks)
        return Error{looks.error()};

    SourceTable table;
    table.encoding = decoded->encoding;
    table.separator = detectSeparator(text);
    const QChar separator = table.separator;
    const QChar quote = QLatin1Char('"');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');

    // Field by field: an unquoted field is one slice of the text up to the next separator or
    // line end (trimmed); a quoted one runs to its closing quote, "" standing for a quote, and
    // may hold separators and line ends. Text after a closing quote joins the field (lenient).
    QStringList row;
    int rowNumber = 1; // the row a spreadsheet shows: records, not lines
    const qsizetype size = text.size();
    qsizetype nextCheck = 0;
    qsizetype i = 0;
    while (i < size) {
        if (i >= nextCheck) {
            if (cancelled(options))
                return Error{cancelledMessage()};
            reportProgress(options, qint64(size) * 2 + i * 3, qint64(size) * 5);
            nextCheck = i + (qsizetype(1) << 16);
        }
        qsizetype start = i;
        while (start < size && text.at(start) == QLatin1Char(' '))
            ++start;
        QString field;
        qsizetype j = start;
        if (start < size && text.at(start) == quote) {
            j = start + 1;
            for (;;) {
                const qsizetype close = text.indexOf(quote, j);
                if (close < 0)
                    return Error{
                        TableReaderTr::tr("%1: row %2 opens a quoted field that never ends")
                            .arg(fileName)
                            .arg(rowNumber)};
                field += QStringView(text).sliced(j, close - j);
                j = close + 1;
                if (j < size && text.at(j) == quote) {
                    field += quote;
                    ++j;
                    continue;
                }
                break;
            }
            const qsizetype rest = j;
            while (j < size && text.at(j) != separator && text.at(j) != lf && text.at(j) != cr)
                ++j;
            const QStringView trailing = QStringView(text).sliced(rest, j - rest).trimmed();
            if (!trailing.isEmpty())
                field += trailing;
        } else {
            while (j < size && text.at(j) != separator && text.at(j) != lf && text.at(j) != cr)
                ++j;
            field = QStringView(text).sliced(i, j - i).trimmed().toString();
        }
        // Refused as soon as a row passes the limits, not after building it (a 60 MB file of
        // one line would otherwise become millions of fields). Empty fields past the last
        // column are dropped, as addRow() would.
        if (field.size() > options.limits.maxCellChars)
            return cellTooLong(fileName, rowNumber, options.limits);
        if (row.size() < options.limits.maxColumns)
            row.append(field);
        else if (!field.isEmpty())
            return tooManyColumns(fileName, rowNumber, options.limits);
        if (j < size && text.at(j) == separator) {
            i = j + 1;
            if (i == size)
                row.append(QString()); // a separator at the very end: one more empty field
            else
                continue;
        } else {
            // CR LF, LF or a lone CR ends the row.
            i = j;
            if (i < size && text.at(i) == cr)
                ++i;
            if (i < size && text.at(i) == lf && (i == j || text.at(j) == cr))
                ++i;
        }
        if (const Status added = addRow(table, std::exchange(row, QStringList()), rowNumber,
                                        fileName, options.limits);
            !added)
            return Error{added.error()};
        ++rowNumber;
    }
    if (table.header.isEmpty())
        return Error{TableReaderTr::tr("%1: the file holds no rows").arg(fileName)};
    reportProgress(options, 1, 1);
    return table;
}

} // namespace cplan::tablereader
