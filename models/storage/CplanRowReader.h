#pragma once

// Decoding one row of an untrusted .cplan table with type checks (used by CplanReader.cpp).

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

#include <optional>
#include <vector>

namespace cplan {

// Wraps a forward-only SELECT. Every accessor checks the SQLite storage class of the value
// (Qt reports it as the QVariant's type) and keeps the first problem, located as
// `table (keys): column problem`; after a problem, accessors return neutral values and
// the caller stops at the end of the row.
class CplanRowReader
{
public:
    CplanRowReader(QSqlQuery &query, const QString &table);

    // Advances to the next row; false at the end or on an error (see failed()).
    bool next();

    // Names the current row in messages ("scenario 1, position 3"); before this it is
    // "row N" (counted from 1).
    void setRowKeys(const QString &keys) { m_rowKeys = keys; }

    qint64 integer(int column);
    // An integer that must fit an int (counts and days); larger values are an error.
    int smallInteger(int column);
    double real(int column);
    std::optional<double> optionalReal(int column);
    QString text(int column);
    std::optional<QString> optionalText(int column);

    // Records a problem with the current row that is not about a value's type.
    void fail(const QString &problem);
    // Records a problem with `column` of the current row.
    void failColumn(int column, const QString &problem);

    // Reads the first `count` columns as integers (the owner keys and the position) and names
    // the row by them in later messages ("scenario 1, position 3").
    std::vector<qint64> readKeys(int count);
    // True when `found`, read from `column`, is the next position of its list (`expected`);
    // else records the error.
    bool expectPosition(int column, qint64 found, qint64 expected);
    // True when `key`, read from `column`, is the position of an existing owner row (one of
    // `ownerCount`); else records the error.
    bool expectOwner(int column, qint64 key, std::size_t ownerCount);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    qint64 rowNumber() const { return m_rowNumber; }

private:
    bool isUsable(int column);

    QSqlQuery &m_query;
    QString m_table;
    QSqlRecord m_record;
    QString m_rowKeys;
    qint64 m_rowNumber = 0;
    QString m_error;
};

// Runs one SELECT over `table` and hands every row to `readRow`, which reports problems through
// the row reader. Returns the first problem, or an empty string.
template <typename ReadRow>
QString forEachRow(QSqlDatabase &database, const QString &table, const QString &sql,
                   ReadRow readRow)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return table + QStringLiteral(": ") + query.lastError().databaseText();
    CplanRowReader row(query, table);
    while (row.next())
        readRow(row);
    return row.error();
}

} // namespace cplan
