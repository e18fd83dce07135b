#include "models/history/CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <system_error>

namespace cplan {

namespace {

// ECMA-262 Number::toString, appended to `out` without temporary strings (a plan has tens of
// thousands of numbers).
void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    if (value == 0) {
        out.append('0'); // -0 too
        return;
    }
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    // The shortest digits that read back as the same double, in scientific form: "d.ddde±x".
    char text[64];
    const auto [end, error] =
        std::to_chars(text, text + sizeof text, value, std::chars_format::scientific);
    if (error != std::errc()) {
        out.append("null");
        return;
    }
    char digits[32];
    int k = 0; // digits s, value = s × 10^(n−k)
    const char *at = text;
    for (; at < end && *at != 'e'; ++at) {
        if (*at != '.' && k < int(sizeof digits))
            digits[k++] = *at;
    }
    int exponent = 0;
    std::from_chars(at + 1 + (at[1] == '+' ? 1 : 0), end, exponent);
    const int n = exponent + 1;
    if (k <= n && n <= 21) {
        out.append(digits, k);
        out.append(n - k, '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, n);
        out.append('.');
        out.append(digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(-n, '0');
        out.append(digits, k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits + 1, k - 1);
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        char power[8];
        const auto written = std::to_chars(power, power + sizeof power, std::abs(n - 1));
        out.append(power, written.ptr - power);
    }
}

// RFC 8785 §3.2.2.2: the JSON escapes for '"', '\\' and the control characters, everything else
// as its UTF-8 bytes (no \u escapes for non-ASCII text, nor for U+007F or U+2028).
void appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char byte : utf8) {
        const auto code = static_cast<unsigned char>(byte);
        switch (code) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (code < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[code >> 4]);
                out.append(hex[code & 0xF]);
            } else {
                out.append(byte);
            }
        }
    }
    out.append('"');
}

void appendValue(QByteArray &out, const QJsonValue &value);

void appendObject(QByteArray &out, const QJsonObject &object)
{
    // Sorted by UTF-16 code units (RFC 8785 §3.2.3), which is how QString compares.
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end(),
              [](const QString &a, const QString &b) { return QString::compare(a, b) < 0; });
    out.append('{');
    bool first = true;
    for (const QString &key : keys) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, key);
        out.append(':');
        appendValue(out, object.value(key));
    }
    out.append('}');
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}

} // namespace

QByteArray ecmaScriptNumber(double value)
{
    QByteArray out;
    appendNumber(out, value);
    return out;
}

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

QByteArray canonicalJson(const QJsonObject &object)
{
    QByteArray out;
    appendObject(out, object);
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString canonicalHash(const QJsonObject &object)
{
    return sha256Hex(canonicalJson(object));
}

} // namespace cplan
