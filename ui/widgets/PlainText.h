#pragma once

// Text that comes from a file or from the user is shown as written, never as rich text (issue
// 21, A.2). Qt guesses rich text from something that looks like a tag, and then loads what an
// <img src="..."> names: a plan or CSV header holding <img src="/path/to/fifo"> hung the window
// for ever, and /dev/zero read until memory ran out. Labels that show such text are set to
// Qt::PlainText and message boxes too; a tooltip has no such setting, so its text passes through
// plainToolTip().

#include <QString>
#include <QTextDocument>

namespace cplan {

// `text` as a tooltip that shows it literally: unchanged when Qt would not take it for rich
// text, otherwise escaped (and its line breaks kept) as a rich text Qt does not interpret.
inline QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpacePre);
}

} // namespace cplan
