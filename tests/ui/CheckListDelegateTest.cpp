// Milestone checks are edited with a picker: metrics by name, the comparison, the value in the
// metric's unit; the result is one undoable edit of the checks cell.

#include "ui/widgets/CheckListDelegate.h"
#include "models/document/PlanDocument.h"
#include "models/itemmodels/MilestonesModel.h"
#include "models/storage/PlanJson.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QUndoStack>

using namespace cplan;

class CheckListDelegateTest : public QObject
{
    Q_OBJECT

private slots:
    void theEditorShowsNamesAndWritesIds()
    {
        QStandardPaths::setTestModeEnabled(true);
        PlanDocument document;
        document.resetTo(samplePlan());
        MilestonesModel model(&document);
        CheckListDelegate delegate([&document]() -> const Plan & { return document.plan(); });
        QWidget parent;
        const QModelIndex cell = model.index(3, MilestonesModel::ChecksColumn); // M4: two checks
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, {}, cell));
        auto *checks = qobject_cast<CheckListEditor *>(editor.get());
        QVERIFY(checks);
        delegate.setEditorData(checks, cell);
        QCOMPARE(checks->checkCount(), 2);
        const QList<QComboBox *> combos = checks->findChildren<QComboBox *>();
        QStringList shown;
        for (const QComboBox *combo : combos)
            shown << combo->currentText();
        QVERIFY2(shown.contains(QStringLiteral("Registered users to date")),
                 qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY(shown.contains(QStringLiteral("CAC to date")));
        // Nothing in the picker is an id.
        for (const QComboBox *combo : combos) {
            for (int i = 0; i < combo->count(); ++i)
                QVERIFY2(!combo->itemText(i).contains(QLatin1Char('_')),
                         qPrintable(combo->itemText(i)));
        }
        const QList<QDoubleSpinBox *> values = checks->findChildren<QDoubleSpinBox *>();
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(1)->prefix(), QStringLiteral("CNY "));

        // Add a conversion-rate check in percent; the cell gets ids and a fraction.
        checks->addCheck({QStringLiteral("stage_conversion.2"), Comparison::GreaterOrEqual, 0.12});
        QCOMPARE(checks->findChildren<QDoubleSpinBox *>().at(2)->value(), 12.0);
        const int steps = document.undoStack()->count();
        delegate.setModelData(checks, &model, cell);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        const std::vector<Check> &written = document.plan().milestones[3].checks;
        QCOMPARE(written.size(), std::size_t(3));
        QCOMPARE(written[0].metric, QStringLiteral("stage_cum.1"));
        QCOMPARE(written[0].value, 120000.0);
        QCOMPARE(written[2].metric, QStringLiteral("stage_conversion.2"));
        QCOMPARE(written[2].value, 0.12);
    }
};

QTEST_MAIN(CheckListDelegateTest)
#include "CheckListDelegateTest.moc"
