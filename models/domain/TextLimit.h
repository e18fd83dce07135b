#pragma once

// The one limit on the length of a text in a plan (issue 14 item 10, issue 21 A.10): 10,000
// characters, counted as Unicode characters (code points) — not UTF-16 units, not UTF-8 or
// escaped bytes — in every place that checks it: edits, the CLI's --save-as names, JSON and
// .cplan reading, and every save, before anything is written.

#include "models/domain/Plan.h"
#include "models/domain/Result.h"

#include <QStringView>

namespace cplan {

inline constexpr qsizetype longestText = 10000;

// Unicode characters in `text` (a surrogate pair is one character; a lone surrogate counts one).
qsizetype textLength(QStringView text);

// Ok when `text` fits; otherwise a message naming `what` and both lengths.
Status checkTextLength(QStringView text, const QString &what);

// The first text of `plan` past the limit, located like a validator message
// (`scenarios[2].name: a text of 10,001 characters, longer than the 10,000 a plan allows`).
Status checkPlanTextLengths(const Plan &plan);

} // namespace cplan
