// The Channels page: per-channel results under the drivers, a tooltip on every driver column,
// and the channel's name frozen while the drivers scroll sideways.

#include "ui/pages/ChannelsPage.h"
#include "models/document/PlanDocument.h"
#include "models/domain/Plan.h"
#include "models/engine/Projection.h"
#include "models/itemmodels/ChannelsModel.h"
#include "models/storage/PlanJson.h"
#include "ui/widgets/SpreadsheetView.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace cplan;

class ChannelsPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<ChannelsPage> m_page;

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_document = std::make_unique<PlanDocument>();
        m_document->resetTo(samplePlan());
        m_page = std::make_unique<ChannelsPage>(m_document.get());
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    void resultsPerChannel()
    {
        const QTableWidget *results = m_page->results();
        const Projection *projection = m_document->projection();
        QVERIFY(projection);
        QCOMPARE(results->rowCount(), int(m_document->plan().channels.size()));
        QStringList headers;
        for (int c = 0; c < results->columnCount(); ++c)
            headers << results->horizontalHeaderItem(c)->text();
        QCOMPARE(headers, QStringList({QStringLiteral("Channel"), QStringLiteral("Spend"),
                                       QStringLiteral("Leads"), QStringLiteral("Customers"),
                                       QStringLiteral("CAC"), QStringLiteral("Customer value"),
                                       QStringLiteral("ROI"), QStringLiteral("LTV : CAC")}));
        for (int r = 0; r < results->rowCount(); ++r) {
            const ChannelResult &channel = projection->channels[std::size_t(r)];
            QCOMPARE(results->item(r, 0)->text(), channel.name);
            QCOMPARE(results->item(r, 1)->data(Qt::UserRole + 40).toDouble(), channel.spend);
            QCOMPARE(results->item(r, 3)->data(Qt::UserRole + 40).toDouble(), channel.customers);
        }
        // An edit updates the results.
        const double before = projection->channels[0].spend;
        QVERIFY(m_document->setBudget(0, m_document->plan().scenarios[0].budget * 2).ok());
        QVERIFY(m_page->results()->item(0, 1)->data(Qt::UserRole + 40).toDouble() > before);
    }

    // The results are updated in place: the selected cell stays selected through an edit and
    // its undo, the texts follow, and a channel added or removed adds or removes its row.
    void resultsKeepTheSelectionThroughEdits()
    {
        QTableWidget *results = m_page->results();
        QTableWidgetItem *spend = results->item(2, 1);
        results->setCurrentItem(spend);
        QVERIFY(spend->isSelected());
        const QString text = spend->text();
        QVERIFY(m_document->setBudget(0, m_document->plan().scenarios[0].budget * 3).ok());
        QCOMPARE(results->item(2, 1), spend);
        QVERIFY(spend->isSelected());
        QCOMPARE(results->currentItem(), spend);
        QVERIFY(spend->text() != text);
        m_document->undoStack()->undo();
        QCOMPARE(spend->text(), text);
        QVERIFY(spend->isSelected());

        const int rows = results->rowCount();
        QVERIFY(m_document->addChannel(QStringLiteral("Radio")).ok());
        QCOMPARE(results->rowCount(), rows + 1);
        QCOMPARE(results->item(rows, 0)->text(), QStringLiteral("Radio"));
        m_document->undoStack()->undo();
        QCOMPARE(results->rowCount(), rows);
    }

    void everyDriverColumnExplainsItself()
    {
        const ChannelsModel *model = m_page->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString tip = model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(tip.size() > 20, qPrintable(model->headerData(c, Qt::Horizontal).toString()));
        }
        const int cpl = model->columnOf(ChannelDriver::Cpl);
        QVERIFY(model->headerData(cpl, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Cost per lead")));
    }

    void theChannelNameStaysInViewWhenScrolledSideways()
    {
        SpreadsheetView *view = m_page->view();
        view->resize(500, 300);
        QTest::qWait(20);
        QVERIFY(view->frozenColumn());
        QVERIFY(view->frozenColumn()->isVisible());
        QVERIFY(view->horizontalScrollBar()->maximum() > 0);
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
        QTest::qWait(20);
        // The main view's name column has scrolled away; the frozen copy has not.
        QVERIFY(view->columnViewportPosition(ChannelsModel::NameColumn) < 0);
        const QTableView *frozen = view->frozenColumn();
        QCOMPARE(frozen->columnViewportPosition(ChannelsModel::NameColumn), 0);
        QCOMPARE(frozen->model()->index(1, 0).data().toString(), QStringLiteral("Short video ads"));
        QVERIFY(frozen->isColumnHidden(1));
        QCOMPARE(frozen->width(), view->columnWidth(ChannelsModel::NameColumn));
    }

    void aRefusedValueIsASentenceAboutTheCell()
    {
        const Status refused = m_document->setChannelDriver(0, 1, ChannelDriver::Cpl, -5.0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 QStringLiteral("Short video ads: cost per lead must be more than 0 (you typed "
                                "−5)"));
    }

    void aBrokenRuleIsNamedInTheProblemsBarUntilFixed()
    {
        SpreadsheetView *view = m_page->view();
        view->refreshProblems();
        QVERIFY(view->problemsBar()->isHidden());
        // A plan opened with a broken driver (an edit could not make one).
        Plan broken = samplePlan();
        broken.scenarios[0].channels[1].cpl = -5;
        m_document->resetTo(broken);
        QTest::qWait(10);
        QVERIFY(view->problemsBar()->isVisible());
        const QString text = view->problemsBar()->text();
        QVERIFY2(text.contains(QStringLiteral("Short video ads: cost per lead must be more than 0 "
                                              "(you typed −5)")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("scenarios[")), qPrintable(text));
        const QModelIndex cell =
            m_page->model()->index(1, m_page->model()->columnOf(ChannelDriver::Cpl));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("you typed")));
        // Another edit does not clear it; fixing the cell does.
        QVERIFY(m_document->setChannelDriver(0, 0, ChannelDriver::Cpl, 30.0).ok());
        QTest::qWait(10);
        QVERIFY(view->problemsBar()->isVisible());
        QVERIFY(m_document->setChannelDriver(0, 1, ChannelDriver::Cpl, 40.0).ok());
        QTest::qWait(10);
        QVERIFY(view->problemsBar()->isHidden());
    }

    void sharesThatDoNotAddUpAreNamedInTheProblemsBar()
    {
        SpreadsheetView *view = m_page->view();
        const double share = m_document->plan().scenarios[0].channels[0].share;
        QVERIFY(m_document->setChannelDriver(0, 0, ChannelDriver::Share, share + 0.1).ok());
        QTest::qWait(10);
        QVERIFY(view->problemsBar()->isVisible());
        QVERIFY2(view->problemsBar()->text().contains(QStringLiteral("not 100%")),
                 qPrintable(view->problemsBar()->text()));
        QVERIFY(m_document->setChannelDriver(0, 0, ChannelDriver::Share, share).ok());
        QTest::qWait(10);
        QVERIFY(view->problemsBar()->isHidden());
    }
};

QTEST_MAIN(ChannelsPageTest)
#include "ChannelsPageTest.moc"
