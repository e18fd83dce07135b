#include "ui/mainwindow/OfflineBanner.h"

#include "ui/widgets/PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace cplan {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel), m_saveCopy(new QPushButton(tr("Save a &Local Copy…")))
{
    setObjectName(QStringLiteral("offlineBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // An amber band in light and dark palettes alike: dark text on it.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xe9, 0xa8));
    colours.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(colours);

    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setObjectName(QStringLiteral("offlineText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_saveCopy->setObjectName(QStringLiteral("saveLocalCopy"));
    m_saveCopy->setToolTip(tr("Save the plan as this window has it, with your unsent edits, as a "
                              ".cplan file"));
    m_saveCopy->setPalette(QPalette());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_saveCopy, 0, Qt::AlignVCenter);
    connect(m_saveCopy, &QPushButton::clicked, this, &OfflineBanner::saveCopyRequested);
    updateText();
}

void OfflineBanner::setDetail(const QString &detail)
{
    m_detail = detail;
    updateText();
}

void OfflineBanner::setUnsent(int count)
{
    m_unsent = count;
    updateText();
}

void OfflineBanner::updateText()
{
    QString html =
        QStringLiteral("<b>%1</b>")
            .arg(tr("Connection to the team store lost — your edits are kept and will be sent "
                    "when it is back.")
                     .toHtmlEscaped());
    if (m_unsent > 0)
        html += QStringLiteral(" ") + tr("%n edit(s) waiting to be sent.", nullptr, m_unsent);
    m_text->setText(html);
    m_text->setToolTip(m_detail.isEmpty() ? QString() : plainToolTip(m_detail));
}

} // namespace cplan
