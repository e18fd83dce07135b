#pragma once

// The Team tab of the Versions dock (MODEL.md §10 "People and roles"): who works on the plan
// and in which role (director, finance, project manager, viewer). In a file the roles are
// advisory and the tab says so plainly; a team store enforces them. Each edit is one undo step
// (PlanDocument::setPeople).

#include <QWidget>

class QAction;
class QLabel;
class QTableWidget;

namespace cplan {

class PlanDocument;

class TeamPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TeamPanel(PlanDocument *document, QWidget *parent = nullptr);

    QTableWidget *people() const { return m_table; }
    QLabel *advisory() const { return m_advisory; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }

    void refresh();

signals:
    void messageShown(const QString &message);

private:
    // Writes the table's people to the document (one undo step).
    void apply();
    void addPerson();
    void removePerson();

    PlanDocument *m_document;
    QLabel *m_advisory;
    QTableWidget *m_table;
    QAction *m_add;
    QAction *m_remove;
    bool m_filling = false;
};

} // namespace cplan
