#pragma once

// Shared by the item model tests: a document holding the sample plan (or any plan) and a
// QAbstractItemModelTester watching a model through every change.

#include "models/document/PlanDocument.h"
#include "models/itemmodels/ActualsModel.h"
#include "models/itemmodels/CategoriesModel.h"
#include "models/itemmodels/ChannelsModel.h"
#include "models/itemmodels/MilestonesModel.h"
#include "models/itemmodels/PhasingAmountsModel.h"
#include "models/itemmodels/PhasingModel.h"
#include "models/itemmodels/PlanSettingsModel.h"
#include "models/itemmodels/ScenariosModel.h"
#include "models/itemmodels/StagesModel.h"
#include "models/itemmodels/TargetsModel.h"
#include "models/storage/PlanJson.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QUndoStack>

#include <memory>
#include <vector>

namespace cplan::test {

// One of each of the plan's table models over `document`.
inline std::vector<std::unique_ptr<QAbstractItemModel>> everyModel(PlanDocument &document)
{
    std::vector<std::unique_ptr<QAbstractItemModel>> models;
    models.emplace_back(new ActualsModel(&document));
    models.emplace_back(new CategoriesModel(&document));
    models.emplace_back(new ChannelsModel(&document));
    models.emplace_back(new MilestonesModel(&document));
    models.emplace_back(new PhasingAmountsModel(&document));
    models.emplace_back(new PhasingModel(&document));
    models.emplace_back(new PlanSettingsModel(&document));
    models.emplace_back(new ScenariosModel(&document));
    models.emplace_back(new StagesModel(&document));
    models.emplace_back(new TargetsModel(&document));
    return models;
}

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
