#pragma once

// What the parts of TeamStore share: the connection, the plans and their reading and publishing
// are in TeamStore.cpp, the edits and the changes since a revision in TeamStoreEdits.cpp, the
// store's people in TeamStorePeople.cpp.

#include "models/team/TeamStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <vector>

namespace cplan::teamstore {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamStore)
};

// PostgreSQL's SQLSTATE for a refused right (insufficient_privilege).
const QLatin1String noRightState("42501");

// A JSON value from its text in a row (undefined for SQL NULL).
QJsonValue jsonFromText(const QByteArray &text);

// The SQL that writes the timestamp `column` as UTC ISO 8601 text ("2026-03-01T09:30:00Z").
QString timeExpression(const QString &column);

// The rows of `fields` as the JSON array the SQL below reads with jsonb_to_recordset().
QString rowsJson(const std::vector<TeamField> &fields);

// New rows and changed rows go separately: INSERT ... ON CONFLICT DO UPDATE would fire the
// history trigger twice for one change (BEFORE INSERT, then BEFORE UPDATE).
const QLatin1String
    insertFields("INSERT INTO cplan.fields (plan_id, path, shape, value) "
                 "SELECT $1, r.path, r.shape, r.value::jsonb "
                 "FROM jsonb_to_recordset($2::jsonb) AS r(path text, shape text, value text)");

// A PostgreSQL text array literal: {"a","b \"c\""}.
QString textArray(const QStringList &items);

} // namespace cplan::teamstore
