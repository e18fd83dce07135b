#pragma once

// Shared by the item model tests: a document holding the sample plan (or any plan) and a
// QAbstractItemModelTester watching a model through every change.

#include "models/document/PlanDocument.h"
#include "models/storage/PlanJson.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QUndoStack>

#include <memory>

namespace cplan::test {

struct ModelFixture
{
    std::unique_ptr<PlanDocument> document;

    explicit ModelFixture(const Plan &plan = samplePlan())
    {
        QStandardPaths::setTestModeEnabled(true);
        document = std::make_unique<PlanDocument>();
        document->resetTo(plan);
    }

    // Fails the test on any model contract violation from now on.
    static void watch(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
    }

    void undoAll() const
    {
        while (document->undoStack()->canUndo())
            document->undoStack()->undo();
    }
    void redoAll() const
    {
        while (document->undoStack()->canRedo())
            document->undoStack()->redo();
    }
};

} // namespace cplan::test
