// CategoriesModel: shares with amounts, a sum that is off shown (not fixed), normalising.

#include "models/itemmodels/CategoriesModel.h"
#include "models/itemmodels/ItemRoles.h"

#include "ModelFixture.h"

#include <QTest>

using namespace cplan;

class CategoriesModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsSharesAndAmounts();
    void offSumIsShownAndNormalised();
    void editsNamesAndKinds();
};

void CategoriesModelTest::showsSharesAndAmounts()
{
    test::ModelFixture fixture;
    CategoriesModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(0, CategoriesModel::ShareColumn)).toString(),
             QStringLiteral("60%"));
    QCOMPARE(model.data(model.index(0, CategoriesModel::ShareColumn), Qt::EditRole).toDouble(),
             0.6);
    QCOMPARE(model.data(model.index(1, CategoriesModel::AmountColumn)).toString(),
             QStringLiteral("CNY 4,000,000"));
    QCOMPARE(model.data(model.index(3, CategoriesModel::KindColumn)).toString(),
             QStringLiteral("Reserve"));
    QCOMPARE(model.data(model.index(3, CategoriesModel::KindColumn), Qt::EditRole).toString(),
             QStringLiteral("reserve"));
}

void CategoriesModelTest::offSumIsShownAndNormalised()
{
    test::ModelFixture fixture;
    CategoriesModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const QModelIndex share = model.index(0, CategoriesModel::ShareColumn);
    QVERIFY(model.setData(share, QStringLiteral("70%")));
    QCOMPARE(model.data(share, SumOffRole).toBool(), true);
    QCOMPARE(model.headerData(CategoriesModel::ShareColumn, Qt::Horizontal, SumOffRole).toBool(),
             true);
    QVERIFY(model.headerData(CategoriesModel::ShareColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("110%")));
    QCOMPARE(model.data(model.index(0, CategoriesModel::AmountColumn), AmountRole).toDouble(),
             14000000.0);
    QVERIFY(fixture.document->normaliseCategoryShares(0).ok());
    QCOMPARE(model.data(share, SumOffRole).toBool(), false);
    QVERIFY(qAbs(model.data(share, Qt::EditRole).toDouble() - 0.7 / 1.1) < 1e-15);
    // A share outside [0, 1] is refused with the validator's message; the cell keeps its value.
    const QVariant kept = model.data(share, Qt::EditRole);
    QVERIFY(!model.setData(share, 1.5));
    QVERIFY2(model.lastError().contains(QStringLiteral("share of"), Qt::CaseInsensitive),
             qPrintable(model.lastError()));
    QCOMPARE(model.data(share, Qt::EditRole), kept);
}

void CategoriesModelTest::editsNamesAndKinds()
{
    test::ModelFixture fixture;
    CategoriesModel model(fixture.document.get());
    test::ModelFixture::watch(&model);
    const Plan before = fixture.document->plan();
    QVERIFY(model.setData(model.index(1, CategoriesModel::NameColumn), QStringLiteral("Tech")));
    QVERIFY(model.setData(model.index(1, CategoriesModel::KindColumn), QStringLiteral("Reserve")));
    QVERIFY(fixture.document->plan().categories[1].kind == CategoryKind::Reserve);
    QVERIFY(!model.setData(model.index(1, CategoriesModel::KindColumn), QStringLiteral("other")));
    QVERIFY(
        !model.setData(model.index(1, CategoriesModel::NameColumn), QStringLiteral("Marketing")));
    QVERIFY(fixture.document->addCategory(QStringLiteral("Brand"), CategoryKind::Overhead).ok());
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(fixture.document->moveCategory(4, 0).ok());
    QVERIFY(fixture.document->removeCategory(2).ok());
    fixture.undoAll();
    QCOMPARE(fixture.document->plan(), before);
    QCOMPARE(model.rowCount(), 4);
}

QTEST_GUILESS_MAIN(CategoriesModelTest)
#include "CategoriesModelTest.moc"
