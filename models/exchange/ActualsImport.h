#pragma once

// Importing actuals (MODEL.md §7) from a table read by readTable() (TableReader.h): which
// column holds the month, the channel, the spend and each stage's volume (the mapping), how the
// file's channel names meet the plan's, and a preview that says for every source row whether it
// will be added, will replace an existing row, or is refused and why. Applying the preview is
// one edit of the plan: every accepted row or nothing.

#include "models/document/PlanDocument.h"
#include "models/domain/Plan.h"
#include "models/domain/Result.h"
#include "models/exchange/TableReader.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

// Source columns (0-based; -1 = not mapped) of each role.
struct ImportMapping
{
    int month = -1;
    int channel = -1;
    int spend = -1;
    std::vector<int> stages; // one per plan stage, -1 = not measured in the file
    // The user's answers for channel names the plan does not know: source name -> plan
    // channel, or an empty string to leave the rows out.
    QHash<QString, QString> channelChoices;

    int stageColumn(int stage) const
    {
        return stage >= 0 && stage < int(stages.size()) ? stages[std::size_t(stage)] : -1;
    }
    bool operator==(const ImportMapping &) const = default;
};

// Headers that equal the plan's words map themselves: month/月份, channel/渠道,
// spend/花费/消耗, each stage's name (or the common Chinese word for it), stage0, stage1, ...
// Case, spaces and a unit in brackets ("花费（元）", "Spend (CNY)") do not matter.
ImportMapping guessMapping(const QStringList &header, const Plan &plan);

// "month=COL,channel=COL,spend=COL,stage0=COL,..." where COL is a header text or a 1-based
// column number; roles not named keep their place in `base` (pass guessMapping() to let the
// headers fill the rest). Errors name the role and the text.
Result<ImportMapping> parseMapping(const QString &text, const QStringList &header, const Plan &plan,
                                   ImportMapping base);
// The text form of `mapping` with header texts (parseMapping's input), for remembering it.
QString mappingText(const ImportMapping &mapping, const QStringList &header);

// Month, channel and spend must be mapped, and the mapped stages must be the first ones
// (a plan's volumes are the first stages measured). The message names what is missing.
Status checkMapping(const ImportMapping &mapping, const Plan &plan, const QStringList &header);

// Columns no role uses whose header looks like a stage volume or an amount (a stage's name
// or one of its words, a spend word, a unit such as 万元): one warning each, naming the
// column, so nothing that looks like data is left out in silence (issue 22 A.2).
QStringList unmappedColumnWarnings(const QStringList &header, const ImportMapping &mapping,
                                   const Plan &plan);

// The value of one unit of `column`: the unit its header names (A.1 of issue 22), else for
// the spend column a unit note above the header ("单位：万元"), else 1. `unit` receives the
// unit's text when there is a scale.
double columnScale(const SourceTable &table, int column, bool money, QString *unit = nullptr);

// The plan channel a source name means: the user's choice, else the same name, else the one
// name equal ignoring case and spaces. Empty = unknown (or left out by the user's choice).
QString matchChannel(const QString &sourceName, const Plan &plan,
                     const QHash<QString, QString> &choices = {});
// Source channel names (in first-seen order) that matchChannel cannot place without a choice.
QStringList unknownChannels(const SourceTable &table, const ImportMapping &mapping,
                            const Plan &plan);

struct ImportRow
{
    enum class Outcome
    {
        Added,
        Replaced,
        Refused,
        Skipped // a totals row (合计, Total): not data, left out with a note
    };
    int rowNumber = 0; // as a spreadsheet shows it
    Outcome outcome = Outcome::Refused;
    QString month;                  // YYYY-MM when read, else the cell text
    QString sourceChannel;          // the file's channel text
    Actual actual;                  // accepted rows: what will be stored
    std::optional<Actual> previous; // Replaced: the row it replaces
    QString reason;                 // Refused: "row 14: channel 'Tiktok' is not in the plan"
    QString detail;                 // Refused/Skipped: the reason without "row 14: "
    QStringList warnings;           // accepted rows: what looks wrong but is taken
};

// Where imported rows go: the actuals of the plan's months (MODEL.md §7), or the past actuals
// calibration fits drivers to (§5.6), which have no horizon rule.
enum class ImportTarget
{
    Actuals,
    PastActuals
};

struct ImportPreview
{
    QString fileName;
    ImportTarget target = ImportTarget::Actuals;
    std::vector<ImportRow> rows; // in file order
    int added = 0;
    int replaced = 0;
    int refused = 0;
    int skipped = 0;
    QStringList notes; // how columns were read: units that scale them ("spend in 万元: × 10,000")

    int accepted() const { return added + replaced; }
};

// Checks every source row against the plan; nothing is changed.
ImportPreview previewImport(const SourceTable &table, const ImportMapping &mapping,
                            const Plan &plan, const QString &fileName,
                            ImportTarget target = ImportTarget::Actuals);

// Stores the accepted rows of `preview` in `plan` (new rows in month, then plan-channel
// order). Fails, leaving `plan` unchanged, when nothing is accepted.
Status applyImport(Plan &plan, const ImportPreview &preview);

// The same as one undo step of the document ("Import 6 actual rows from april.csv").
PlanEdit importEdit(const ImportPreview &preview);

// A readable report: one line per source row ("row 2: added 2025-04 × Search, spend 280,013")
// and a summary. The CLI's --dry-run prints it; the dialog shows the same words.
QStringList previewReport(const ImportPreview &preview, const Plan &plan);
QString outcomeText(const ImportRow &row, const Plan &plan);

} // namespace cplan
