#pragma once

// The key figures of the active scenario in the status bar, updated as the plan changes.

#include <QLabel>

namespace cplan {

class PlanDocument;

class KeyFiguresLabel : public QLabel
{
    Q_OBJECT

public:
    explicit KeyFiguresLabel(PlanDocument *document, QWidget *parent = nullptr);

    void refresh();

private:
    PlanDocument *m_document;
};

} // namespace cplan
