#include "models/exchange/ExportChanges.h"

#include "models/document/PlanDocument.h"
#include "models/history/FieldLabels.h"

#include <QCoreApplication>

#include <algorithm>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportChanges)
};

bool hasApprovedScenario(const Plan &plan)
{
    return std::any_of(plan.scenarios.begin(), plan.scenarios.end(), [](const Scenario &each) {
        return each.signoff.state == SignoffState::Approved ||
               each.signoff.state == SignoffState::Locked;
    });
}

} // namespace

ChangesSince changesSince(const std::vector<HistoryEntry> &history,
                          const std::vector<VersionInfo> &versions,
                          const std::function<bool(const VersionInfo &)> &isApproved)
{
    ChangesSince changes;
    const VersionInfo *baseline = nullptr;
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        if (isApproved(*it)) {
            baseline = &*it;
            changes.approved = true;
            break;
        }
    }
    if (!baseline && !versions.empty())
        baseline = &versions.back();
    if (baseline)
        changes.version = baseline->name;
    for (const HistoryEntry &entry : history) {
        if (!baseline || entry.at >= baseline->at)
            changes.entries.push_back(entry);
    }
    return changes;
}

ChangesSince changesSince(const PlanDocument &document)
{
    std::vector<HistoryEntry> history = document.historyEntries();
    const auto &pending = document.pendingEntries();
    history.insert(history.end(), pending.begin(), pending.end());
    return changesSince(history, document.versions(), [&document](const VersionInfo &version) {
        const auto content = document.versionContent(version.name);
        return content && hasApprovedScenario(*content);
    });
}

ExportTable changesTable(const Plan &plan, const ChangesSince &changes)
{
    const QString title =
        changes.version.isEmpty() ? Tr::tr("Changes (the whole history: no version saved yet)")
        : changes.approved ? Tr::tr("Changes since the approved version “%1”").arg(changes.version)
                           : Tr::tr("Changes since version “%1”").arg(changes.version);
    ExportTable table =
        makeExportTable(QStringLiteral("changes"), Tr::tr("Changes"), title,
                        {Tr::tr("#"), Tr::tr("Time (UTC)"), Tr::tr("Author"), Tr::tr("Action"),
                         Tr::tr("Field"), Tr::tr("Before"), Tr::tr("After"), Tr::tr("Reason")},
                        {6, 21, 16, 36, 40, 18, 18, 30});
    for (const HistoryEntry &entry : changes.entries) {
        const auto row = [&](const QString &field, const QString &before, const QString &after) {
            table.rows.push_back({entry.seq > 0
                                      ? ExportCell::ofNumber(double(entry.seq), CellFormat::Integer)
                                      : ExportCell::ofText(Tr::tr("unsaved")),
                                  ExportCell::ofText(entry.at), ExportCell::ofText(entry.author),
                                  ExportCell::ofText(entry.action), ExportCell::ofText(field),
                                  ExportCell::ofText(before), ExportCell::ofText(after),
                                  ExportCell::ofText(entry.reason)});
        };
        // A sign-off or a version changes no field of the plan but is a line of its own.
        if (entry.changes.empty())
            row({}, {}, {});
        for (const FieldChange &change : entry.changes)
            row(fieldLabel(change.path, plan), valueText(change.path, change.before, plan),
                valueText(change.path, change.after, plan));
    }
    return table;
}

void addChangesTable(ExportWorkbook &workbook, const Plan &plan, const ChangesSince &changes)
{
    workbook.tables.push_back(changesTable(plan, changes));
}

} // namespace cplan
