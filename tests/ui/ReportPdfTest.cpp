// The PDF board report (ui/report/ReportPdf.h) with the analysis the Analysis page has run: a
// Monte Carlo result adds the uncertainty page and a sensitivity result the tornado page; without
// them neither page is printed.

#include "ScreenshotSupport.h"

#include "models/domain/Plan.h"
#include "models/engine/MonteCarlo.h"
#include "models/engine/Sensitivity.h"
#include "models/storage/PlanJson.h"
#include "ui/report/ReportPdf.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace cplan {

class ReportPdfTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    QString m_screenshots;

    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-layout"), path, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        m_screenshots = test::startScreenshots();
        QVERIFY(m_folder.isValid());
    }

    void analysisAddsItsPagesOnlyWhenRun()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const Plan plan = samplePlan();
        const Scenario &scenario = plan.scenarios.front();
        const QDate today(2025, 7, 1);

        const QString plain = m_folder.filePath(QStringLiteral("plain.pdf"));
        const Result<int> plainPages =
            writeReportPdf(plan, scenario.name, plain, QPageSize::A4, today);
        QVERIFY2(plainPages.ok(), plainPages.ok() ? "" : qPrintable(plainPages.error()));
        const QString plainText = pdfText(plain);
        QVERIFY(!plainText.contains(QStringLiteral("Uncertainty (Monte Carlo)")));
        QVERIFY(!plainText.contains(QStringLiteral("Sensitivity (tornado)")));

        MonteCarloOptions options;
        options.trials = 2000;
        Result<MonteCarloResult> monteCarlo = runMonteCarlo(plan, scenario, options);
        QVERIFY2(monteCarlo.ok(), monteCarlo.ok() ? "" : qPrintable(monteCarlo.error()));
        Result<SensitivityResult> sensitivity = runSensitivity(plan, scenario);
        QVERIFY2(sensitivity.ok(), sensitivity.ok() ? "" : qPrintable(sensitivity.error()));
        ReportAnalysis analysis;
        analysis.monteCarlo = monteCarlo.value();
        analysis.sensitivity = sensitivity.value();

        const QString full = m_folder.filePath(QStringLiteral("analysis.pdf"));
        const Result<int> fullPages =
            writeReportPdf(plan, scenario.name, full, QPageSize::A4, today, analysis);
        QVERIFY2(fullPages.ok(), fullPages.ok() ? "" : qPrintable(fullPages.error()));
        QCOMPARE(fullPages.value(), plainPages.value() + 2);
        const QString fullText = pdfText(full);
        QVERIFY2(fullText.contains(QStringLiteral("Uncertainty (Monte Carlo)")),
                 qPrintable(fullText.right(2000)));
        QVERIFY(fullText.contains(QStringLiteral("Sensitivity (tornado)")));
        QVERIFY(fullText.contains(QStringLiteral("Page %1 of %1").arg(fullPages.value())));

        // For a person to look at: the analysis pages as PNG next to the other screenshots.
        if (!m_screenshots.isEmpty() &&
            !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            const QString prefix = m_screenshots + QStringLiteral("/report-analysis");
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"),
                               QStringLiteral("-f"), QString::number(plainPages.value() + 1), full,
                               prefix});
        }
    }
};

} // namespace cplan

QTEST_MAIN(cplan::ReportPdfTest)
#include "ReportPdfTest.moc"
