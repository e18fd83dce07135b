// The Plan settings status date: with no status date set ("today"), its calendar opens in the
// plan's months, never at the editor's minimum that stands for "not set" (it opened at 1900).

#include "ui/pages/PlanSettingsPage.h"

#include "models/document/PlanDocument.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

#include <memory>

using namespace cplan;

class PlanSettingsPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<PlanSettingsPage> m_page;
    QDateTime m_now;

    QDateEdit *statusDate() const
    {
        return qobject_cast<QDateEdit *>(m_page->editor(PlanSetting::StatusDate));
    }
    // Clicks the date edit's arrow, as a user opens its calendar.
    QCalendarWidget *openCalendar()
    {
        QDateEdit *edit = statusDate();
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() - 6, edit->height() / 2));
        QCalendarWidget *calendar = edit->calendarWidget();
        return calendar && calendar->isVisible() ? calendar : nullptr;
    }

private slots:
    void init()
    {
        m_document = std::make_unique<PlanDocument>();
        m_document->newFromSample();
        m_now = QDateTime(QDate(2026, 5, 20), QTime(9, 0), Qt::UTC); // after the 2025 plan
        m_document->setClock([this] { return m_now; });
        m_page = std::make_unique<PlanSettingsPage>(m_document.get());
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    // Issue 22 E.24: "Add stage" inserts before the last stage and names it by that position.
    void addedStageIsNamedByItsPosition()
    {
        QCOMPARE(m_document->plan().stages.size(), 3);
        QAction *add = nullptr;
        for (QAction *action : m_page->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("Add stage"))
                add = action;
        }
        QVERIFY(add);
        add->trigger();
        QCOMPARE(m_document->plan().stages.size(), 4);
        QCOMPARE(m_document->plan().stages.at(2), QStringLiteral("Stage 3"));
        add->trigger();
        QCOMPARE(m_document->plan().stages.at(3), QStringLiteral("Stage 4"));
    }

    void calendarOpensAtTheStatusDate()
    {
        QCOMPARE(statusDate()->date(), QDate(2025, 7, 1));
        QCalendarWidget *calendar = openCalendar();
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), 2025);
        QCOMPARE(calendar->monthShown(), 7);
    }

    // Issue 21, A.10: a pasted name past the 10,000-character limit is refused before it
    // becomes an undo step (it used to be saved, and the file then refused as damaged).
    void pastedNameOverTheTextLimitIsRefused()
    {
        auto *name = qobject_cast<QLineEdit *>(m_page->editor(PlanSetting::Name));
        QVERIFY(name);
        const QString before = m_document->plan().name;
        QApplication::clipboard()->setText(QString(10001, QLatin1Char('n')));
        name->setFocus();
        name->selectAll();
        name->paste();
        QCOMPARE(name->text().size(), 10001);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_document->plan().name, before);
        QVERIFY(!m_document->isModified());
        QCOMPARE(name->text(), before); // the form shows what the plan holds
        // At the limit it is taken.
        QApplication::clipboard()->setText(QString(10000, QLatin1Char('n')));
        name->selectAll();
        name->paste();
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_document->plan().name.size(), 10000);
    }

    void withoutAStatusDateTheCalendarOpensInThePlansMonths()
    {
        QVERIFY(m_document->setSetting(PlanSetting::StatusDate, QString()).ok());
        QCOMPARE(statusDate()->text(), QStringLiteral("today"));
        // Today (2026-05-20) lies after the plan: its first month.
        QCalendarWidget *calendar = openCalendar();
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), 2025);
        QCOMPARE(calendar->monthShown(), 1);
        calendar->window()->hide();
        // Today inside the plan's months: today's month.
        m_now = QDateTime(QDate(2025, 9, 3), QTime(9, 0), Qt::UTC);
        calendar = openCalendar();
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), 2025);
        QCOMPARE(calendar->monthShown(), 9);
        // Looking is not choosing: the status date stays unset.
        QVERIFY(m_document->plan().statusDate.isEmpty());
        QCOMPARE(statusDate()->text(), QStringLiteral("today"));
    }
};

QTEST_MAIN(PlanSettingsPageTest)
#include "PlanSettingsPageTest.moc"
