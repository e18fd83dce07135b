#pragma once

// The question "Name of the new scenario:" that the re-plan, the optimiser and the calibration
// ask before they add a scenario. One place, so the box is wide enough for the name it
// suggests (issue 22 E.21: "Base (re-plan from 2026-07)" did not fit QInputDialog's default box).

#include <QString>

#include <memory>

class QInputDialog;
class QWidget;

namespace cplan {

// The dialog, not yet shown: `title` as its window title, `suggested` as its text.
std::unique_ptr<QInputDialog> makeScenarioNameDialog(QWidget *parent, const QString &title,
                                                     const QString &suggested);

// Asks for the name; an empty string when the user cancels.
QString askScenarioName(QWidget *parent, const QString &title, const QString &suggested);

} // namespace cplan
