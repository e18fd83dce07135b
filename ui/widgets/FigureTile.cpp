#include "ui/widgets/FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cplan {

FigureTile::FigureTile(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(this)),
      m_target(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(180);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.5);
    valueFont.setBold(true);
    m_value->setTextFormat(Qt::PlainText);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    // A target's label is the user's text (PlainText.h).
    m_target->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_target);
}

void FigureTile::setFigure(const QString &value, const QString &targetText, State state)
{
    m_state = state;
    m_value->setText(value);
    QString mark;
    QString colour;
    switch (state) {
    case State::Met:
        mark = tr("✓ met");
        colour = QStringLiteral("#2e9e4f");
        break;
    case State::Missed:
        mark = tr("✗ missed");
        colour = QStringLiteral("#d64541");
        break;
    case State::NoTarget:
        break;
    }
    if (state == State::NoTarget) {
        m_target->setText(targetText);
        m_target->setStyleSheet({});
    } else {
        m_target->setText(targetText + QStringLiteral(" · ") + mark);
        m_target->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(colour));
    }
}

QString FigureTile::valueText() const
{
    return m_value->text();
}

} // namespace cplan
