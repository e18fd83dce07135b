#include "models/storage/JsonTextCheck.h"

#include "models/domain/ValidationPath.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
};

bool isDelimiter(char c)
{
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// One open object or array.
struct Level
{
    bool isObject = false;
    QString path;           // where the container is (`plan.scenarios[0]`)
    qsizetype index = 0;    // arrays: the next element's index
    QString key;            // objects: the key whose value comes next
    bool expectKey = false; // objects: a key (not a value) comes next
    QSet<QString> keys;
};

class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes) : m_text(bytes) {}

    Status run()
    {
        std::vector<Level> levels;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '{' || c == '[') {
                if (static_cast<int>(levels.size()) >= deepestJsonNesting)
                    return problem(
                        valuePath(levels),
                        Tr::tr("is nested more than %1 levels deep").arg(deepestJsonNesting));
                Level level;
                level.isObject = c == '{';
                level.expectKey = level.isObject;
                level.path = valuePath(levels);
                levels.push_back(level);
                ++m_at;
            } else if (c == '}' || c == ']') {
                if (levels.empty())
                    return success(); // malformed; the parser says where
                levels.pop_back();
                ++m_at;
                valueDone(levels);
            } else if (c == '"') {
                const qsizetype start = m_at;
                QString text;
                const Status string = readString(levels, &text);
                if (!string)
                    return string;
                if (!levels.empty() && levels.back().isObject && levels.back().expectKey) {
                    Level &level = levels.back();
                    if (level.keys.contains(text))
                        return problem(
                            fieldPath(level.path, text),
                            Tr::tr("the key %1 appears twice in one object").arg(quoted(text)),
                            start);
                    level.keys.insert(text);
                    level.key = text;
                    level.expectKey = false;
                } else {
                    valueDone(levels);
                }
            } else if (c == ',' || c == ':' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++m_at;
            } else {
                // A number or a literal: skip to the next delimiter.
                while (m_at < m_text.size() && !isDelimiter(m_text[m_at]))
                    ++m_at;
                valueDone(levels);
            }
        }
        return success();
    }

private:
    static QString valuePath(const std::vector<Level> &levels)
    {
        if (levels.empty())
            return {};
        const Level &level = levels.back();
        return level.isObject ? fieldPath(level.path, level.key)
                              : indexPath(level.path, level.index);
    }

    static void valueDone(std::vector<Level> &levels)
    {
        if (levels.empty())
            return;
        Level &level = levels.back();
        if (level.isObject)
            level.expectKey = true;
        else
            ++level.index;
    }

    Status problem(const QString &path, const QString &message) const
    {
        return problem(path, message, m_at);
    }

    Status problem(const QString &path, const QString &message, qsizetype offset) const
    {
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < offset && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const QString where = Tr::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
        // Paths of the plan are written relative to the plan object, as the validator does.
        QString place = path;
        if (place.startsWith(QLatin1String("plan.")))
            place = place.mid(5);
        const QString text = Tr::tr("%1 (%2)").arg(message, where);
        return Error{place.isEmpty() ? text : place + QStringLiteral(": ") + text};
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // The four hex digits after "\u" at `at`; -1 when they are not there.
    int escapedUnit(qsizetype at) const
    {
        if (at + 6 > m_text.size() || m_text[at] != '\\' || m_text[at + 1] != 'u')
            return -1;
        int unit = 0;
        for (qsizetype i = at + 2; i < at + 6; ++i) {
            const int digit = hexValue(m_text[i]);
            if (digit < 0)
                return -1;
            unit = unit * 16 + digit;
        }
        return unit;
    }

    // Reads the string at m_at (the opening quote), decoding it into `text`.
    Status readString(const std::vector<Level> &levels, QString *text)
    {
        const qsizetype start = m_at++;
        QByteArray utf8;
        const auto where = [&] {
            const bool isKey = !levels.empty() && levels.back().isObject && levels.back().expectKey;
            return isKey ? levels.back().path : valuePath(levels);
        };
        // Counted in characters, as everywhere else (TextLimit.h): a name of 5,000 Chinese
        // characters is 15,000 bytes of UTF-8 and must read back as the .cplan holds it.
        qsizetype characters = 0;
        while (m_at < m_text.size()) {
            if (characters > longestJsonString)
                return problem(where(),
                               Tr::tr("a text is longer than %1 characters, too long for a plan")
                                   .arg(longestJsonString),
                               start);
            const char c = m_text[m_at];
            if (c == '"') {
                ++m_at;
                *text = QString::fromUtf8(utf8);
                return success();
            }
            ++characters; // an escape, or the first byte of a UTF-8 sequence...
            if (c != '\\') {
                if ((static_cast<unsigned char>(c) & 0xC0) == 0x80)
                    --characters; // ...but not a continuation byte
                utf8.append(c);
                ++m_at;
                continue;
            }
            const int unit = escapedUnit(m_at);
            if (unit < 0) {
                if (m_at + 1 < m_text.size())
                    utf8.append(m_text[m_at + 1]); // \" \\ \/ \n ...: the key only needs identity
                m_at += 2;
                continue;
            }
            const qsizetype escapeAt = m_at;
            m_at += 6;
            char32_t codePoint = static_cast<char32_t>(unit);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = escapedUnit(m_at);
                if (low < 0xDC00 || low > 0xDFFF)
                    return loneSurrogate(where(), unit, escapeAt);
                m_at += 6;
                codePoint = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) +
                            (static_cast<char32_t>(low) - 0xDC00);
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                return loneSurrogate(where(), unit, escapeAt);
            }
            utf8.append(QString::fromUcs4(&codePoint, 1).toUtf8());
        }
        return success(); // unterminated; the parser says where
    }

    Status loneSurrogate(const QString &path, int unit, qsizetype at) const
    {
        return problem(path,
                       Tr::tr("\\u%1 is half of a UTF-16 surrogate pair without its other half")
                           .arg(unit, 4, 16, QLatin1Char('0')),
                       at);
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
};

} // namespace

Status checkJsonText(const QByteArray &bytes)
{
    return Scanner(bytes).run();
}

} // namespace cplan
