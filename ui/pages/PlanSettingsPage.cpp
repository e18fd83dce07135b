#include "ui/pages/PlanSettingsPage.h"

#include "models/document/PlanDocument.h"
#include "models/domain/MetricNames.h"
#include "models/domain/Months.h"
#include "models/itemmodels/StagesModel.h"
#include "models/itemmodels/TargetsModel.h"
#include "ui/widgets/CellDelegate.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace cplan {

namespace {
// The status date editor's minimum stands for "not set" (today is used).
const QDate noStatusDate(1900, 1, 1);

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    return box;
}

// Rates are stored as fractions and typed as percentages.
QDoubleSpinBox *percentBox()
{
    auto *box = new QDoubleSpinBox;
    box->setRange(0, 100);
    box->setDecimals(2);
    box->setSuffix(QStringLiteral(" %"));
    box->setKeyboardTracking(false);
    return box;
}

// The status date editor's calendar, shown with no status date set, opens in the plan's months
// instead of at the minimum (1900) that stands for "not set". The date edit sets the calendar's
// page just before the popup shows, so the page is turned when the calendar is shown.
class OpenInThePlansMonths : public QObject
{
public:
    OpenInThePlansMonths(QDateEdit *edit, const PlanDocument *document)
        : QObject(edit), m_edit(edit), m_document(document)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *calendar = qobject_cast<QCalendarWidget *>(watched);
        if (calendar && event->type() == QEvent::Show && m_edit->date() == noStatusDate) {
            const Plan &plan = m_document->plan();
            const QDate date =
                planCalendarDate(plan.statusDate, plan.start, plan.months, m_document->today());
            calendar->setCurrentPage(date.year(), date.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
    const PlanDocument *m_document;
};
} // namespace

PlanSettingsPage::PlanSettingsPage(PlanDocument *document, QWidget *parent)
    : Page(document, parent), m_stages(new StagesModel(document, this)),
      m_targets(new TargetsModel(document, this))
{
    auto *right = new QVBoxLayout;
    right->addWidget(createStagesPanel(), 2);
    right->addWidget(createTargetsPanel(), 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createForm(), 1);
    layout->addLayout(right, 1);

    connect(document, &PlanDocument::planChanged, this, &PlanSettingsPage::refresh);
    refresh();
}

QWidget *PlanSettingsPage::createForm()
{
    auto *group = new QGroupBox(tr("Plan"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto textField = [this, form](PlanSetting setting, const QString &label, const QString &path,
                                  QString Plan::*member, const QString &tip) {
        auto *edit = new QLineEdit;
        edit->setToolTip(tip);
        form->addRow(label, edit);
        addField({setting, edit, path,
                  [edit, member](const Plan &plan) {
                      edit->setText(plan.*member);
                      edit->setCursorPosition(0); // long titles show their start
                  },
                  [edit] {
                      return QVariant(edit->text().trimmed());
                  }});
    };
    textField(PlanSetting::Name, tr("Name:"), QStringLiteral("name"), &Plan::name,
              tr("The plan's title"));
    textField(PlanSetting::NameZh, tr("Chinese title:"), QStringLiteral("name_zh"), &Plan::nameZh,
              tr("Optional Chinese title, e.g. 股票推广引流年度方案"));
    textField(PlanSetting::Currency, tr("Currency:"), QStringLiteral("currency"), &Plan::currency,
              tr("ISO 4217 code, three letters (CNY, USD, EUR)"));
    textField(PlanSetting::Start, tr("First month:"), QStringLiteral("start"), &Plan::start,
              tr("The first plan month, YYYY-MM"));

    auto intField = [this, form](PlanSetting setting, const QString &label, const QString &path,
                                 QSpinBox *box, std::function<int(const Plan &)> get) {
        form->addRow(label, box);
        addField({setting, box, path, [box, get](const Plan &plan) { box->setValue(get(plan)); },
                  [box] {
                      return QVariant(box->value());
                  }});
    };
    intField(PlanSetting::Months, tr("Horizon:"), QStringLiteral("months"),
             spinBox(1, 120, tr(" months")), [](const Plan &plan) { return plan.months; });
    intField(PlanSetting::ValueHorizonMonths, tr("Value horizon (LTV):"),
             QStringLiteral("value_horizon_months"), spinBox(1, 240, tr(" months")),
             [](const Plan &plan) { return plan.valueHorizonMonths; });

    auto rateField = [this, form](PlanSetting setting, const QString &label, const QString &path,
                                  double Plan::*member) {
        QDoubleSpinBox *box = percentBox();
        form->addRow(label, box);
        addField({setting, box, path,
                  [box, member](const Plan &plan) { box->setValue(plan.*member * 100.0); },
                  [box] {
                      return QVariant(box->value() / 100.0);
                  }});
    };
    rateField(PlanSetting::DiscountRateAnnual, tr("Annual discount rate:"),
              QStringLiteral("discount_rate_annual"), &Plan::discountRateAnnual);

    auto *statusDate = new QDateEdit;
    statusDate->setCalendarPopup(true);
    statusDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    statusDate->setMinimumDate(noStatusDate);
    statusDate->setSpecialValueText(tr("today"));
    statusDate->setToolTip(tr("The date milestone delays and actuals are measured at"));
    statusDate->calendarWidget()->installEventFilter(
        new OpenInThePlansMonths(statusDate, document()));
    form->addRow(tr("Status date:"), statusDate);
    addField({PlanSetting::StatusDate, statusDate, QStringLiteral("status_date"),
              [statusDate](const Plan &plan) {
                  const QDate date = QDate::fromString(plan.statusDate, Qt::ISODate);
                  statusDate->setDate(date.isValid() ? date : noStatusDate);
              },
              [statusDate] {
                  return statusDate->date() == noStatusDate
                             ? QVariant(QString())
                             : QVariant(statusDate->date().toString(Qt::ISODate));
              }});

    rateField(PlanSetting::VarianceThreshold, tr("Variance flag above:"),
              QStringLiteral("variance_threshold"), &Plan::varianceThreshold);

    // The scenario actuals are compared with; item 0 (no name stored) follows the first one.
    auto *baseline = new QComboBox;
    baseline->setObjectName(QStringLiteral("baselineScenario"));
    baseline->setToolTip(tr("The scenario the actuals and their alerts are compared with, "
                            "whichever scenario you are editing"));
    form->addRow(tr("Compare actuals with:"), baseline);
    addField({PlanSetting::BaselineScenario, baseline, QStringLiteral("baseline_scenario"),
              [baseline](const Plan &plan) {
                  baseline->clear();
                  baseline->addItem(
                      tr("The first scenario (%1)")
                          .arg(plan.scenarios.empty() ? QString() : plan.scenarios.front().name),
                      QString());
                  for (const Scenario &scenario : plan.scenarios)
                      baseline->addItem(scenario.name, scenario.name);
                  const int at = plan.baselineScenario.isEmpty()
                                     ? 0
                                     : baseline->findData(plan.baselineScenario);
                  baseline->setCurrentIndex(std::max(at, 0));
              },
              [baseline] {
                  return baseline->currentData();
              }});
    intField(PlanSetting::MilestoneThresholdFirst, tr("Escalate to level 2 after:"),
             QStringLiteral("milestone_thresholds_days[0]"), spinBox(0, 3650, tr(" days late")),
             [](const Plan &plan) { return plan.milestoneThresholdsDays[0]; });
    intField(PlanSetting::MilestoneThresholdSecond, tr("Escalate to level 3 after:"),
             QStringLiteral("milestone_thresholds_days[1]"), spinBox(0, 3650, tr(" days late")),
             [](const Plan &plan) { return plan.milestoneThresholdsDays[1]; });
    return group;
}

void PlanSettingsPage::addField(const Field &field)
{
    m_fields.push_back(field);
    m_edited.push_back(false);
    const std::size_t index = m_fields.size() - 1;
    // editingFinished also fires when focus merely leaves a field: only a field the user
    // changed becomes an undo step. Loading blocks the editors' signals, so it is not a change.
    auto markEdited = [this, index] {
        m_edited[index] = true;
    };
    auto commitThis = [this, index] {
        if (!m_edited[index])
            return;
        m_edited[index] = false;
        commit(m_fields[index]);
    };
    if (auto *combo = qobject_cast<QComboBox *>(field.editor)) {
        connect(combo, &QComboBox::activated, this, [markEdited, commitThis] {
            markEdited();
            commitThis();
        });
    } else if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
        connect(edit, &QLineEdit::textEdited, this, markEdited);
        connect(edit, &QLineEdit::editingFinished, this, commitThis);
    } else if (auto *box = qobject_cast<QAbstractSpinBox *>(field.editor)) {
        if (auto *intBox = qobject_cast<QSpinBox *>(box))
            connect(intBox, &QSpinBox::valueChanged, this, markEdited);
        else if (auto *doubleBox = qobject_cast<QDoubleSpinBox *>(box))
            connect(doubleBox, &QDoubleSpinBox::valueChanged, this, markEdited);
        else if (auto *dateBox = qobject_cast<QDateEdit *>(box))
            connect(dateBox, &QDateEdit::dateChanged, this, markEdited);
        connect(box, &QAbstractSpinBox::editingFinished, this, commitThis);
    }
}

void PlanSettingsPage::commit(const Field &field)
{
    const Status status = document()->setSetting(field.setting, field.value());
    if (!status) {
        report(status.error());
        const QSignalBlocker blocker(field.editor);
        field.load(document()->plan()); // the form shows what the plan holds
    }
}

QWidget *PlanSettingsPage::createStagesPanel()
{
    m_stagesView = createSpreadsheet();
    m_stagesView->setModel(m_stages);
    m_stagesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QAction *add = createAction(tr("Add stage"), tr("Add a funnel stage before the last one"),
                                QStringLiteral("list-add"));
    QAction *remove =
        createAction(tr("Remove"), tr("Remove the selected stage"), QStringLiteral("list-remove"));
    QAction *up =
        createAction(tr("Move up"), tr("Move the selected stage up"), QStringLiteral("go-up"));
    QAction *down = createAction(tr("Move down"), tr("Move the selected stage down"),
                                 QStringLiteral("go-down"));
    connect(add, &QAction::triggered, this, [this] {
        // Named by the position it takes (before the last stage), not by the new count
        // (issue 22 E.24: a stage inserted as the 3rd was called "Stage 4").
        const int count = m_stages->rowCount();
        const int index = std::max(count - 1, 0);
        const QStringList &stages = document()->plan().stages;
        QString name = tr("Stage %1").arg(index + 1);
        for (int copy = 2; stages.contains(name); ++copy)
            name = tr("Stage %1 (%2)").arg(index + 1).arg(copy);
        const Status status = document()->addStage(index, name);
        if (!status)
            report(status.error());
    });
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_stagesView->currentIndex();
        if (!current.isValid())
            return report(tr("Select the stage to remove."));
        if (const Status status = document()->removeStage(current.row()); !status)
            report(status.error());
    });
    auto move = [this](int step) {
        moveCurrentRow(m_stagesView, step,
                       [this](int from, int to) { return document()->moveStage(from, to); });
    };
    connect(up, &QAction::triggered, this, [move] { move(-1); });
    connect(down, &QAction::triggered, this, [move] { move(1); });

    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeading(tr("Funnel stages (first = leads, last = customers)")));
    layout->addWidget(createTableToolBar({add, remove, up, down}));
    layout->addWidget(m_stagesView);
    return panel;
}

QWidget *PlanSettingsPage::createTargetsPanel()
{
    m_targetsView = createSpreadsheet();
    m_targetsView->setModel(m_targets);
    m_targetsView->cellDelegate()->setChoices(TargetsModel::OpColumn,
                                              {QStringLiteral("<="), QStringLiteral(">=")},
                                              {tr("≤ at most"), tr("≥ at least")});
    // The metric is picked by its name; the names follow the plan's stages.
    const auto offerMetrics = [this] {
        const QStringList ids = availableMetrics(document()->plan(), MetricUse::Target);
        QStringList names;
        for (const QString &id : ids)
            names << metricDisplayName(document()->plan(), id);
        m_targetsView->cellDelegate()->setChoices(TargetsModel::MetricColumn, ids, names);
    };
    offerMetrics();
    connect(document(), &PlanDocument::planChanged, this, [offerMetrics](const PlanChange &change) {
        if (change.touches(PlanChange::Area::Stages))
            offerMetrics();
    });
    m_targetsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_targetsView->horizontalHeader()->setSectionResizeMode(TargetsModel::LabelColumn,
                                                            QHeaderView::Stretch);
    QAction *add = createAction(tr("Add target"), tr("Add a target on customer acquisition cost"),
                                QStringLiteral("list-add"));
    QAction *remove =
        createAction(tr("Remove"), tr("Remove the selected target"), QStringLiteral("list-remove"));
    connect(add, &QAction::triggered, this, [this] {
        // No label: it follows the metric until the user types one.
        const Target target{QStringLiteral("cac"), Comparison::LessOrEqual, 1000.0, {}};
        if (const Status status = document()->addTarget(target); !status)
            return report(status.error());
        m_targetsView->focusCell(m_targets->rowCount() - 1, TargetsModel::LabelColumn);
    });
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_targetsView->currentIndex();
        if (!current.isValid())
            return report(tr("Select the target to remove."));
        if (const Status status = document()->removeTarget(current.row()); !status)
            report(status.error());
    });
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeading(tr("Targets")));
    layout->addWidget(createTableToolBar({add, remove}));
    layout->addWidget(m_targetsView);
    return panel;
}

void PlanSettingsPage::refresh()
{
    const Plan &plan = document()->plan();
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const QSignalBlocker blocker(m_fields[i].editor);
        m_fields[i].load(plan);
        m_edited[i] = false;
    }
}

QWidget *PlanSettingsPage::editor(PlanSetting setting) const
{
    for (const Field &field : m_fields) {
        if (field.setting == setting)
            return field.editor;
    }
    return nullptr;
}

void PlanSettingsPage::showPlace(const PlanPlace &place)
{
    for (const Field &field : m_fields) {
        if (place.path == field.path) {
            field.editor->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (place.path.startsWith(QLatin1String("stages")))
        focusPath(m_stagesView, place.path);
    else if (place.path.startsWith(QLatin1String("targets")))
        focusPath(m_targetsView, place.path);
}

} // namespace cplan
