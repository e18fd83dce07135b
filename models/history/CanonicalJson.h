#pragma once

// The canonical form of JSON that hashes are taken of (MODEL.md §10): RFC 8785, the JSON
// Canonicalization Scheme. Object keys sorted by their UTF-16 code units, no whitespace,
// numbers in the ECMAScript form (shortest round-trip digits, exponent form from 1e21 and below
// 1e-6, -0 written 0), strings in UTF-8 with only the escapes JSON requires.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace cplan {

// The canonical UTF-8 text of a JSON value. Integers are written as the IEEE doubles JSON
// numbers are (RFC 8785 §3.2.2.3); a value that is not finite cannot occur in a QJsonValue.
QByteArray canonicalJson(const QJsonValue &value);
QByteArray canonicalJson(const QJsonObject &object);

// A number as ECMAScript's Number.prototype.toString() writes it (ECMA-262, Number::toString),
// which is what RFC 8785 prescribes. Not finite: "null", as JSON.stringify writes it.
QByteArray ecmaScriptNumber(double value);

// SHA-256 of `bytes`, as 64 lowercase hexadecimal digits.
QString sha256Hex(const QByteArray &bytes);

// sha256Hex(canonicalJson(object)): the content hash of a plan, a version or a history entry.
QString canonicalHash(const QJsonObject &object);

} // namespace cplan
