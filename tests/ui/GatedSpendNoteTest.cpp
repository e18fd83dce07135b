// The pages whose figures a slipped gate changes say so (issue 25, MODEL.md §6 "Gates"): the
// Overview, Comparison and Actuals pages show a note with the cost of each slip while gated
// spend is moved, and none otherwise.

#include "ui/pages/GatedSpendNote.h"
#include "ui/pages/ActualsPage.h"
#include "ui/pages/ComparisonPage.h"
#include "ui/pages/OverviewPage.h"

#include "models/document/PlanDocument.h"
#include "models/itemmodels/MilestonesModel.h"
#include "models/reports/PlanReports.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cplan;

namespace {

// The sample's M2 (planned 2025-06-30, forecast 2025-07-08) gating short video: June's spend
// moves to July.
void gateM2(PlanDocument &document)
{
    MilestonesModel model(&document);
    QVERIFY(model.setData(model.index(1, MilestonesModel::GatesColumn),
                          QStringList{QStringLiteral("Short video ads")}));
}

} // namespace

class GatedSpendNoteTest : public QObject
{
    Q_OBJECT

private slots:
    void pagesSayWhenGatedSpendIsMoved()
    {
        PlanDocument document;
        document.newFromSample();
        std::vector<std::unique_ptr<QWidget>> pages;
        pages.emplace_back(std::make_unique<OverviewPage>(&document));
        pages.emplace_back(std::make_unique<ComparisonPage>(&document));
        pages.emplace_back(std::make_unique<ActualsPage>(&document));
        for (const auto &page : pages) {
            page->resize(1024, 700);
            page->show();
            QVERIFY(QTest::qWaitForWindowExposed(page.get()));
            auto *note = page->findChild<GatedSpendNote *>();
            QVERIFY(note);
            QVERIFY(!note->isVisible()); // the sample has no gate
        }
        gateM2(document);
        for (const auto &page : pages) {
            auto *note = page->findChild<GatedSpendNote *>();
            QVERIFY2(note->isVisible(), page->metaObject()->className());
            QVERIFY2(note->text().contains(QStringLiteral("M2 8 days late")) &&
                         note->text().contains(QStringLiteral("customers")),
                     qPrintable(note->text()));
            QCOMPARE(note->textFormat(), Qt::PlainText);
        }
        // Undo takes the gate away, and the note with it.
        document.undoStack()->undo();
        for (const auto &page : pages)
            QVERIFY(!page->findChild<GatedSpendNote *>()->isVisible());
    }

    void aPageShownLaterCatchesUp()
    {
        PlanDocument document;
        document.newFromSample();
        ComparisonPage page(&document);
        page.resize(1024, 700);
        gateM2(document); // while the page is not shown
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.findChild<GatedSpendNote *>()->isVisible());
    }
};

QTEST_MAIN(GatedSpendNoteTest)
#include "GatedSpendNoteTest.moc"
