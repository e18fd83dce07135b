#include "ui/dialogs/UserGuideDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cplan {

namespace {
const QString guideFileName = QStringLiteral("user-guide.md");
// The Chinese guide, shown when the interface is Chinese; its section headings are the
// translations of sectionFor()'s, so F1 finds them.
const QString chineseGuideFileName = QStringLiteral("user-guide.zh-CN.md");

bool hasGuide(const QString &folder)
{
    return !folder.isEmpty() && QFileInfo::exists(QDir(folder).filePath(guideFileName));
}

// The guide in the interface's language in `folder` (which has the English one).
QString guideIn(const QString &folder)
{
    const QDir dir(folder);
    if (QLocale().language() == QLocale::Chinese &&
        QFileInfo::exists(dir.filePath(chineseGuideFileName)))
        return dir.filePath(chineseGuideFileName);
    return dir.filePath(guideFileName);
}
} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Campaign Planner User Guide"));
    // Large enough to read, never larger than the screen (1024×700 included).
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(qMin(900, screen.width() * 9 / 10), qMin(720, screen.height() * 9 / 10));

    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    // Links are ours to follow: QTextBrowser cannot find Markdown headings by their anchors.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::followLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::fitImages);
    m_browser->viewport()->installEventFilter(this);

    auto *back = new QPushButton(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"));
    auto *forward = new QPushButton(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"));
    auto *contents = new QPushButton(QIcon::fromTheme(QStringLiteral("go-home")), tr("C&ontents"));
    back->setToolTip(tr("Back to the place shown before"));
    forward->setToolTip(tr("Forward again"));
    contents->setToolTip(tr("The start of the user guide"));
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(contents, &QPushButton::clicked, this, [this] {
        if (m_guide.isValid())
            followLink(m_guide);
    });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(back);
    navigation->addWidget(forward);
    navigation->addWidget(contents);
    navigation->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(navigation);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

QString UserGuideDialog::guideFolder()
{
    QStringList candidates;
    candidates << qEnvironmentVariable("CPLAN_DOC_DIR");
    const QDir program(QCoreApplication::applicationDirPath());
    candidates << program.filePath(QStringLiteral("../share/doc/campaign-planner"));
    // build/app/campaign-planner in a source checkout: the guide is in ../../docs.
    candidates << program.filePath(QStringLiteral("../../docs"));
    for (const QString &folder : std::as_const(candidates)) {
        if (hasGuide(folder))
            return QDir::cleanPath(QDir(folder).absolutePath());
    }
    return {};
}

QString UserGuideDialog::sectionFor(PageId page)
{
    switch (page) {
    case PageId::Overview:
        return tr("Check the plan on the Overview");
    case PageId::Budget:
        return tr("Set the budget and its categories");
    case PageId::Phasing:
        return tr("Phase the spend over the months");
    case PageId::Channels:
        return tr("Describe the channels and their funnel");
    case PageId::Scenarios:
        return tr("Work with scenarios");
    case PageId::Comparison:
        return tr("Compare scenarios");
    case PageId::Analysis:
        return tr("Optimise, test uncertainty and sensitivity");
    case PageId::Milestones:
        return tr("Track milestones");
    case PageId::Actuals:
        return tr("Enter actuals and read the variance");
    case PageId::Settings:
        return tr("Set up the plan");
    }
    return {};
}

QString UserGuideDialog::anchorFor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

bool UserGuideDialog::openGuide(const QString &folder)
{
    const QString where = folder.isEmpty() ? guideFolder() : folder;
    if (!hasGuide(where)) {
        m_guide = QUrl();
        m_browser->setHtml(
            tr("<h2>The user guide is not installed</h2><p>Campaign Planner looks for %1 in the "
               "folder named by the CPLAN_DOC_DIR environment variable, in "
               "share/doc/campaign-planner next to the program's folder, and in docs/ of the "
               "source tree. Reinstall the campaign-planner package to restore it.</p>")
                .arg(guideFileName));
        return false;
    }
    m_guide = QUrl::fromLocalFile(guideIn(where));
    m_browser->setSource(m_guide, QTextDocument::MarkdownResource);
    return true;
}

bool UserGuideDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

void UserGuideDialog::fitImages()
{
    // Screenshots are wider than a reading window: scale each down to the text width (never
    // up), keeping its proportions, so the page needs no horizontal scrolling.
    QTextDocument *document = m_browser->document();
    // Before the first layout the vertical scroll bar may not be there yet; leave room for it,
    // or its arrival would make the widest image a few pixels too wide.
    const int scrollBar = m_browser->verticalScrollBar()->isVisible()
                              ? 0
                              : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const qreal available =
        m_browser->viewport()->width() - scrollBar - 2 * document->documentMargin() - 8;
    if (available <= 0)
        return;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            if (!part.isValid() || !part.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = part.charFormat().toImageFormat();
            const QVariant resource =
                document->resource(QTextDocument::ImageResource, QUrl(image.name()));
            QSizeF natural = resource.value<QImage>().size();
            if (natural.isEmpty())
                natural = m_browser
                              ->loadResource(QTextDocument::ImageResource,
                                             m_browser->source().resolved(QUrl(image.name())))
                              .value<QImage>()
                              .size();
            if (natural.isEmpty())
                continue;
            const qreal width = qMin(natural.width(), available);
            if (qFuzzyCompare(image.width(), width))
                continue;
            image.setWidth(width);
            image.setHeight(natural.height() * width / natural.width());
            QTextCursor cursor(document);
            cursor.setPosition(part.position());
            cursor.setPosition(part.position() + part.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

QStringList UserGuideDialog::headings() const
{
    QStringList result;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            result << block.text();
    }
    return result;
}

bool UserGuideDialog::showSection(const QString &section)
{
    const QString wanted = anchorFor(section);
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || anchorFor(block.text()) != wanted)
            continue;
        // Put the heading at the top of the view, not merely somewhere visible.
        QTextCursor cursor(block);
        m_browser->setTextCursor(cursor);
        const int top =
            qRound(m_browser->document()->documentLayout()->blockBoundingRect(block).top());
        m_browser->verticalScrollBar()->setValue(top);
        return true;
    }
    return false;
}

void UserGuideDialog::followLink(const QUrl &link)
{
    const QUrl target = m_browser->source().resolved(link);
    if (!target.isLocalFile()) {
        QDesktopServices::openUrl(link);
        return;
    }
    if (!target.path().endsWith(QLatin1String(".md"))) {
        QDesktopServices::openUrl(target);
        return;
    }
    // Through setSource, so Back returns to the place the link was followed from.
    m_browser->setSource(target, QTextDocument::MarkdownResource);
    if (target.hasFragment())
        showSection(target.fragment());
    else
        m_browser->verticalScrollBar()->setValue(0);
}

} // namespace cplan
