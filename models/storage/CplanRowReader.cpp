#include "models/storage/CplanRowReader.h"

#include "models/storage/JsonTextCheck.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CplanRowReader)
};

// What a value that has the wrong type holds, for the message.
QString foundWhat(const QVariant &value)
{
    if (value.isNull())
        return Tr::tr("found nothing");
    switch (value.typeId()) {
    case QMetaType::QString:
        return Tr::tr("found text");
    case QMetaType::QByteArray:
        return Tr::tr("found binary data");
    case QMetaType::Double:
        return Tr::tr("found %1").arg(value.toDouble(), 0, 'g', 17);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return Tr::tr("found %1").arg(value.toLongLong());
    default:
        return Tr::tr("found a value of another kind");
    }
}

bool isInteger(const QVariant &value)
{
    return !value.isNull() &&
           (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int);
}

} // namespace

CplanRowReader::CplanRowReader(QSqlQuery &query, const QString &table)
    : m_query(query), m_table(table), m_record(query.record())
{}

bool CplanRowReader::next()
{
    if (failed())
        return false;
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            m_error = m_table + QStringLiteral(": ") + m_query.lastError().databaseText();
        return false;
    }
    ++m_rowNumber;
    m_rowKeys.clear();
    return true;
}

void CplanRowReader::fail(const QString &problem)
{
    if (failed())
        return;
    const QString keys = m_rowKeys.isEmpty() ? Tr::tr("row %1").arg(m_rowNumber) : m_rowKeys;
    m_error = QStringLiteral("%1 (%2): %3").arg(m_table, keys, problem);
}

void CplanRowReader::failColumn(int column, const QString &problem)
{
    fail(m_record.fieldName(column) + QLatin1Char(' ') + problem);
}

bool CplanRowReader::isUsable(int column)
{
    if (failed())
        return false;
    if (column < 0 || column >= m_record.count()) {
        fail(Tr::tr("has no column %1").arg(column));
        return false;
    }
    return true;
}

qint64 CplanRowReader::integer(int column)
{
    if (!isUsable(column))
        return 0;
    const QVariant value = m_query.value(column);
    if (!isInteger(value)) {
        failColumn(column, Tr::tr("must be a whole number (%1)").arg(foundWhat(value)));
        return 0;
    }
    return value.toLongLong();
}

int CplanRowReader::smallInteger(int column)
{
    const qint64 value = integer(column);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        failColumn(column, Tr::tr("is out of range (found %1)").arg(value));
        return 0;
    }
    return static_cast<int>(value);
}

double CplanRowReader::real(int column)
{
    if (!isUsable(column))
        return 0.0;
    const QVariant value = m_query.value(column);
    if (!value.isNull() && value.typeId() == QMetaType::Double)
        return value.toDouble();
    // A REAL column hands back whole numbers as REAL; an integer here was written by some other
    // tool, and its value is still the number that was meant.
    if (isInteger(value))
        return static_cast<double>(value.toLongLong());
    failColumn(column, Tr::tr("must be a number (%1)").arg(foundWhat(value)));
    return 0.0;
}

std::optional<double> CplanRowReader::optionalReal(int column)
{
    if (!isUsable(column))
        return std::nullopt;
    if (m_query.value(column).isNull())
        return std::nullopt;
    return real(column);
}

QString CplanRowReader::text(int column)
{
    if (!isUsable(column))
        return {};
    const QVariant value = m_query.value(column);
    if (value.isNull() || value.typeId() != QMetaType::QString) {
        failColumn(column, Tr::tr("must be text (%1)").arg(foundWhat(value)));
        return {};
    }
    QString text = value.toString();
    // The same cap as in the interchange JSON: no name of a plan is this long, and a hostile
    // file should not make every copy of the plan cost megabytes (issue 14, item 10).
    if (text.size() > longestJsonString && textLength(text) > longestJsonString) {
        failColumn(column, Tr::tr("is a text of %1 characters, longer than the %2 a plan allows")
                               .arg(textLength(text))
                               .arg(longestJsonString));
        return {};
    }
    return text;
}

std::optional<QString> CplanRowReader::optionalText(int column)
{
    if (!isUsable(column))
        return std::nullopt;
    if (m_query.value(column).isNull())
        return std::nullopt;
    return text(column);
}

std::vector<qint64> CplanRowReader::readKeys(int count)
{
    // Always `count` keys, so callers may index them; after a problem they are 0 and unused.
    std::vector<qint64> keys(static_cast<std::size_t>(std::max(count, 0)), 0);
    QStringList named;
    for (int column = 0; column < count && !failed(); ++column) {
        const auto index = static_cast<std::size_t>(column);
        keys[index] = integer(column);
        named << m_record.fieldName(column) + QLatin1Char(' ') + QString::number(keys[index]);
    }
    if (!failed())
        m_rowKeys = named.join(QStringLiteral(", "));
    return keys;
}

bool CplanRowReader::expectPosition(int column, qint64 found, qint64 expected)
{
    if (failed())
        return false;
    if (found != expected) {
        failColumn(column, Tr::tr("must continue the list without gaps or repeats (found %1 where "
                                  "%2 belongs)")
                               .arg(found)
                               .arg(expected));
        return false;
    }
    return true;
}

bool CplanRowReader::expectOwner(int column, qint64 key, std::size_t ownerCount)
{
    if (failed())
        return false;
    if (key < 0 || static_cast<quint64>(key) >= ownerCount) {
        failColumn(column, Tr::tr("refers to a row that does not exist (found %1)").arg(key));
        return false;
    }
    return true;
}

} // namespace cplan
