#pragma once

// Plan settings (MODEL.md §1): name, Chinese title, currency, start month, horizon, value
// horizon, discount rate, status date, variance threshold and milestone thresholds in a form;
// the funnel stages and the plan targets as tables.

#include "models/document/PlanDocument.h"
#include "ui/pages/Page.h"

#include <QVariant>

#include <functional>
#include <vector>

namespace cplan {

class StagesModel;
class TargetsModel;

class PlanSettingsPage : public Page
{
    Q_OBJECT

public:
    explicit PlanSettingsPage(PlanDocument *document, QWidget *parent = nullptr);

    PageId id() const override { return PageId::Settings; }
    QString title() const override { return tr("Plan settings"); }
    void showPlace(const PlanPlace &place) override;

    // The form's editor of a setting (for tests and jumps).
    QWidget *editor(PlanSetting setting) const;
    SpreadsheetView *stagesView() const { return m_stagesView; }
    SpreadsheetView *targetsView() const { return m_targetsView; }

private:
    struct Field
    {
        PlanSetting setting;
        QWidget *editor;
        QString path; // the validator path of the setting
        std::function<void(const Plan &)> load;
        std::function<QVariant()> value;
    };

    void addField(const Field &field);
    void refresh();
    void commit(const Field &field);
    QWidget *createForm();
    QWidget *createStagesPanel();
    QWidget *createTargetsPanel();

    std::vector<Field> m_fields;
    std::vector<bool> m_edited; // per field: changed by the user since it was loaded
    StagesModel *m_stages;
    TargetsModel *m_targets;
    SpreadsheetView *m_stagesView = nullptr;
    SpreadsheetView *m_targetsView = nullptr;
};

} // namespace cplan
