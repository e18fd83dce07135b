#pragma once

// Checks on the raw text of an interchange JSON file that QJsonDocument does not make
// (issue 14, items 8 and 10): it accepts a repeated key in an object (the last one wins, so a
// file can say two things at once), turns a lone UTF-16 surrogate escape ("\ud800") into a
// replacement character that swallows the next one, and builds strings of any length (a 50 MB
// name peaked at 565 MB). This pass refuses all three with the place (the path of the key, the
// line and column) before the document is parsed. Malformed JSON passes: the parser reports it.

#include "models/domain/Result.h"
#include "models/domain/TextLimit.h"

#include <QByteArray>

namespace cplan {

// Longest string (key or value) accepted, in characters (an escape such as \u4e2d or a
// surrogate pair is one): the one text limit of a plan, longestText (TextLimit.h).
inline constexpr qsizetype longestJsonString = longestText;
// Deepest nesting accepted; a plan is 6 levels deep.
inline constexpr int deepestJsonNesting = 64;

Status checkJsonText(const QByteArray &bytes);

} // namespace cplan
