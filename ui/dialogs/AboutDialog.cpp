#include "ui/dialogs/AboutDialog.h"

#include "cplan/BuildInfo.h"
#include "cplan/Version.h"
#include "models/storage/SqliteVersion.h"

#include <Eigen/Core>
#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cplan {

namespace {
QString tableRow(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:16px\">%1</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

QString AboutDialog::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString AboutDialog::qcustomplotVersion()
{
    return QStringLiteral(QCUSTOMPLOT_VERSION_STR);
}

QString AboutDialog::sqliteVersion()
{
    const Result<QString> version = sqliteLibraryVersion();
    return version ? *version : tr("not available: %1").arg(version.error());
}

QString AboutDialog::eigenVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(EIGEN_WORLD_VERSION)
        .arg(EIGEN_MAJOR_VERSION)
        .arg(EIGEN_MINOR_VERSION);
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Campaign Planner"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/campaign-planner.png")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    const QString title = tr("Campaign Planner %1").arg(QLatin1String(versionString));
    const QString summary = tr("Plan and budget marketing campaigns: budgets, phasing, channel "
                               "funnels, scenarios, milestones and actuals.");
    const QList<QPair<QString, QString>> rows = {
        {tr("Build:"),
         tr("%1 build, commit %2").arg(QLatin1String(buildType), QLatin1String(buildCommit))},
        {tr("Qt:"), tr("%1 (built with %2)").arg(qtVersion(), QStringLiteral(QT_VERSION_STR))},
        {tr("QCustomPlot:"), qcustomplotVersion()},
        {tr("SQLite:"), sqliteVersion()},
        {tr("Eigen:"), eigenVersion()}};
    const QString licence =
        tr("Campaign Planner is free software: you can redistribute it and/or modify it under "
           "the terms of the GNU General Public License, version 3 or (at your option) any "
           "later version. It comes with ABSOLUTELY NO WARRANTY.");
    const QString libraries = tr("It uses Qt (GNU LGPL 3), QCustomPlot (GNU GPL 3), SQLite "
                                 "(public domain) and Eigen (Mozilla Public License 2.0).");

    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table>")
                       .arg(title.toHtmlEscaped(), summary.toHtmlEscaped());
    QStringList plain = {title, summary};
    for (const auto &[name, value] : rows) {
        html += tableRow(name, value);
        plain << name + QLatin1Char(' ') + value;
    }
    html += QStringLiteral("</table><p>%1</p><p>%2</p>")
                .arg(licence.toHtmlEscaped(), libraries.toHtmlEscaped());
    plain << licence << libraries;
    m_plainText = plain.join(QLatin1Char('\n'));
    m_details->setText(html);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("aboutText"));
    m_details->setMinimumWidth(440);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the version information, e.g. for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_details, 1);
    top->setSpacing(18);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

QString AboutDialog::plainText() const
{
    return m_plainText;
}

} // namespace cplan
