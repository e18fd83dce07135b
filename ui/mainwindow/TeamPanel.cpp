#include "ui/mainwindow/TeamPanel.h"

#include "models/document/PlanDocument.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace cplan {

namespace {

QString roleText(PersonRole role)
{
    switch (role) {
    case PersonRole::Director:
        return TeamPanel::tr("Director");
    case PersonRole::Finance:
        return TeamPanel::tr("Finance");
    case PersonRole::Pm:
        return TeamPanel::tr("Project manager");
    case PersonRole::Viewer:
        return TeamPanel::tr("Viewer");
    }
    return {};
}

} // namespace

TeamPanel::TeamPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_advisory(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add person"), this)),
      m_remove(
          new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove person"), this))
{
    setObjectName(QStringLiteral("teamPanel"));
    m_advisory->setObjectName(QStringLiteral("teamAdvisory"));
    m_advisory->setWordWrap(true);
    m_advisory->setText(
        tr("In a file, roles are advisory: anyone with the file can change it.") +
        QLatin1Char(' ') +
        tr("Director: plan structure and draft scenarios. Finance: draft scenarios, actuals and "
           "sign-off. Project manager: milestones. Viewer: reads."));
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The role is a combo box in the cell, which the header's own sizing does not see.
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    QComboBox sizing;
    for (PersonRole each :
         {PersonRole::Director, PersonRole::Finance, PersonRole::Pm, PersonRole::Viewer})
        sizing.addItem(roleText(each));
    m_table->horizontalHeader()->resizeSection(1, sizing.sizeHint().width() + 8);
    m_table->verticalHeader()->hide();
    m_add->setStatusTip(tr("Add a member of the team"));
    m_remove->setStatusTip(tr("Remove the selected member of the team"));
    connect(m_add, &QAction::triggered, this, &TeamPanel::addPerson);
    connect(m_remove, &QAction::triggered, this, &TeamPanel::removePerson);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            apply();
    });

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->addActions({m_add, m_remove});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_advisory);
    layout->addWidget(bar);
    layout->addWidget(m_table, 1);

    connect(document, &PlanDocument::planChanged, this, &TeamPanel::refresh);
    refresh();
}

void TeamPanel::refresh()
{
    const std::vector<Person> &people = m_document->plan().people;
    m_filling = true;
    m_table->setRowCount(int(people.size()));
    for (int row = 0; row < int(people.size()); ++row) {
        const Person &person = people[std::size_t(row)];
        auto *name = m_table->item(row, 0);
        if (!name) {
            name = new QTableWidgetItem;
            m_table->setItem(row, 0, name);
        }
        name->setText(person.name);
        auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        if (!role) {
            role = new QComboBox(m_table);
            for (PersonRole each :
                 {PersonRole::Director, PersonRole::Finance, PersonRole::Pm, PersonRole::Viewer})
                role->addItem(roleText(each), int(each));
            connect(role, &QComboBox::currentIndexChanged, this, [this] {
                if (!m_filling)
                    apply();
            });
            m_table->setCellWidget(row, 1, role);
        }
        role->setCurrentIndex(role->findData(int(person.role)));
    }
    m_filling = false;
}

void TeamPanel::apply()
{
    std::vector<Person> people;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Person person;
        person.name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (const auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1)))
            person.role = PersonRole(role->currentData().toInt());
        people.push_back(person);
    }
    if (const Status status = m_document->setPeople(people); !status) {
        emit messageShown(status.error());
        refresh(); // back to what the plan says
    }
}

void TeamPanel::addPerson()
{
    std::vector<Person> people = m_document->plan().people;
    // A new name the plan does not have yet ("Person 3"); the user types over it.
    QString name;
    for (int n = int(people.size()) + 1;; ++n) {
        name = tr("Person %1").arg(n);
        if (std::none_of(people.begin(), people.end(),
                         [&](const Person &person) { return person.name == name; }))
            break;
    }
    people.push_back({name, PersonRole::Viewer});
    if (const Status status = m_document->setPeople(people); !status)
        return emit messageShown(status.error());
    m_table->setCurrentCell(int(people.size()) - 1, 0);
    m_table->editItem(m_table->currentItem());
}

void TeamPanel::removePerson()
{
    const int row = m_table->currentRow();
    std::vector<Person> people = m_document->plan().people;
    if (row < 0 || row >= int(people.size()))
        return emit messageShown(tr("Select the person to remove."));
    people.erase(people.begin() + row);
    if (const Status status = m_document->setPeople(people); !status)
        emit messageShown(status.error());
}

} // namespace cplan
