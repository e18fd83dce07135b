#include "app/cli/ImportSource.h"

#include "app/cli/CliOutput.h"

#include <QFileInfo>

namespace cplan::cli {

std::optional<TableReadOptions> tableReadOptions(const Arguments &args, Streams &streams)
{
    TableReadOptions options;
    if (args.has(QStringLiteral("--encoding"))) {
        const auto encoding = textEncodingFromString(args.value(QStringLiteral("--encoding")));
        if (!encoding) {
            streams.err << tr("--encoding: unknown encoding \"%1\" (use auto, utf-8, utf-16 or "
                              "gb18030)\n")
                               .arg(args.value(QStringLiteral("--encoding")));
            return std::nullopt;
        }
        options.encoding = *encoding;
    }
    options.sheet = args.value(QStringLiteral("--sheet"));
    if (args.has(QStringLiteral("--header-row"))) {
        bool ok = false;
        const int row = args.value(QStringLiteral("--header-row")).toInt(&ok);
        if (!ok || row < 1) {
            streams.err << tr("--header-row: \"%1\" is not a row number (1, 2, …)\n")
                               .arg(args.value(QStringLiteral("--header-row")));
            return std::nullopt;
        }
        options.headerRow = row;
    }
    return options;
}

std::optional<ImportSource> readImportSource(const QString &filePath,
                                             const TableReadOptions &options, const Plan &plan,
                                             const Arguments &args, Streams &streams)
{
    auto table = readTable(filePath, options);
    if (!table) {
        streams.err << table.error() << QLatin1Char('\n');
        return std::nullopt;
    }
    ImportSource source{std::move(table).value(), {}, QFileInfo(filePath).fileName()};
    source.mapping = guessMapping(source.table.header, plan);
    if (args.has(QStringLiteral("--map"))) {
        auto parsed = parseMapping(args.value(QStringLiteral("--map")), source.table.header, plan,
                                   source.mapping);
        if (!parsed) {
            streams.err << parsed.error() << QLatin1Char('\n');
            return std::nullopt;
        }
        source.mapping = std::move(parsed).value();
    }
    if (const Status checked = checkMapping(source.mapping, plan, source.table.header); !checked) {
        streams.err << source.fileName << QStringLiteral(": ") << checked.error()
                    << QLatin1Char('\n')
                    << tr("Name the columns with --map month=COL,channel=COL,spend=COL,"
                          "stage0=COL,… (COL = a header or a column number).\n");
        return std::nullopt;
    }
    // Columns that look like data but are not imported are named, never dropped in silence.
    for (const QString &warning : unmappedColumnWarnings(source.table.header, source.mapping, plan))
        streams.err << tr("%1: warning: %2\n").arg(source.fileName, warning);
    if (source.table.headerRowNumber > 1)
        streams.err << tr("%1: the headers are in row %2 (use --header-row N to choose another "
                          "row)\n")
                           .arg(source.fileName)
                           .arg(source.table.headerRowNumber);
    return source;
}

} // namespace cplan::cli
