#pragma once

// One key figure on the Overview: its name, the projected value in large type, and its target
// with a met/missed mark. The colours come from the palette plus a green/red accent that stays
// readable on light and dark backgrounds.

#include <QFrame>

class QLabel;

namespace cplan {

class FigureTile : public QFrame
{
    Q_OBJECT

public:
    enum class State
    {
        NoTarget,
        Met,
        Missed
    };

    explicit FigureTile(const QString &title, QWidget *parent = nullptr);

    void setFigure(const QString &value, const QString &targetText, State state);

    QString valueText() const;
    State state() const { return m_state; }

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_target;
    State m_state = State::NoTarget;
};

} // namespace cplan
