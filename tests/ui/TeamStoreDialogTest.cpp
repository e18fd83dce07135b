// File ▸ Open from Team Store… (issue 26 item 3): against a real PostgreSQL server
// (PgTestServer), the dialog connects with the address and the password typed, lists the
// store's plans with revision and last change, and says clearly why when it cannot: a wrong
// password, no server there, a user with no role, a store of a newer version. The address is
// remembered as a recent store; the password never reaches the settings. A server that does
// not answer leaves the dialog waiting, not frozen: Stop drops the attempt, and its late answer
// does not replace what a later attempt listed.

#include "TeamFixture.h"

#include "ui/dialogs/TeamStoreDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cplan;

class TeamStoreDialogTest : public QObject
{
    Q_OBJECT

private:
    test::TeamFixture m_team;

    // Every value in the settings, as text.
    static QString allSettings()
    {
        QSettings settings;
        QStringList values;
        for (const QString &key : settings.allKeys())
            values << key + QLatin1Char('=') + settings.value(key).toStringList().join(u'|') +
                          settings.value(key).toString();
        return values.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        CPLAN_REQUIRE_PG_SERVER(m_team.server);
        const QString problem = m_team.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A login with no role in the store, and a store of a newer schema than this build's.
        auto admin = PgConnection::open(m_team.server.ownerUrl());
        QVERIFY(admin);
        QVERIFY((*admin)->exec(QStringLiteral("CREATE ROLE loner LOGIN PASSWORD 'loner-secret'")));
        QVERIFY((*admin)->exec(QStringLiteral("CREATE DATABASE future")));
        auto future = PgConnection::open(m_team.server.ownerUrl(QStringLiteral("future")));
        QVERIFY(future);
        QVERIFY(initTeamStore(**future));
        QVERIFY((*future)->exec(QStringLiteral("INSERT INTO cplan.schema_version (version) "
                                               "VALUES (%1)")
                                    .arg(teamSchemaVersion() + 1)));
    }

    void connectsAndListsThePlans()
    {
        TeamStoreDialog::clearRecentStores();
        TeamStoreDialog dialog;
        QVERIFY(!dialog.openButton()->isEnabled());
        dialog.addressField()->setCurrentText(m_team.address(QStringLiteral("finance1")));
        dialog.passwordField()->setText(test::TeamFixture::memberPassword);
        QVERIFY(dialog.passwordField()->echoMode() == QLineEdit::Password);
        QVERIFY2(dialog.connectToStore(), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.store());
        QCOMPARE(dialog.planList()->topLevelItemCount(), 1);
        const QTreeWidgetItem *plan = dialog.planList()->topLevelItem(0);
        QCOMPARE(plan->text(0), test::TeamFixture::planName);
        QVERIFY(plan->text(1).toLongLong() >= 1);
        QCOMPARE(plan->text(2), QStringLiteral("owner")); // published by the owner
        QVERIFY(!plan->text(3).isEmpty());
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("finance1 (Finance)")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.selectedPlan(), test::TeamFixture::planName);
        QVERIFY(dialog.openButton()->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.openButton()->click();
        QCOMPARE(accepted.count(), 1);

        // Remembered without the password, also when it was typed into the address.
        QCOMPARE(TeamStoreDialog::recentStores(),
                 QStringList{m_team.address(QStringLiteral("finance1"))});
        TeamStoreDialog second;
        second.addressField()->setCurrentText(m_team.urlOf(QStringLiteral("pm1")));
        QVERIFY2(second.connectToStore(), qPrintable(second.messageLabel()->text()));
        QCOMPARE(TeamStoreDialog::recentStores(),
                 (QStringList{m_team.address(QStringLiteral("pm1")),
                              m_team.address(QStringLiteral("finance1"))}));
        QVERIFY2(!allSettings().contains(test::TeamFixture::memberPassword),
                 qPrintable(allSettings()));
        // The next dialog starts on the most recent store, the cursor in the password.
        TeamStoreDialog third;
        QCOMPARE(third.addressField()->currentText(), m_team.address(QStringLiteral("pm1")));
        QCOMPARE(third.addressField()->count(), 2);
    }

    // A host that takes the connection and never answers (libpq waits up to 10 s): the click
    // returns at once with "Connecting to …", Stop ends the wait, a new attempt lists the plans,
    // and the stalled one's late failure changes nothing. Before, the click froze the window
    // until libpq gave up and then showed the failure.
    void aServerThatDoesNotAnswerCanBeStopped()
    {
        // A socket that listens and never accepts: the kernel completes the connection, and
        // libpq's startup message waits for an answer that never comes.
        const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(silent >= 0);
        sockaddr_in where{};
        where.sin_family = AF_INET;
        where.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof where;
        QVERIFY(::bind(silent, reinterpret_cast<sockaddr *>(&where), length) == 0);
        QVERIFY(::listen(silent, 4) == 0);
        QVERIFY(::getsockname(silent, reinterpret_cast<sockaddr *>(&where), &length) == 0);
        const int port = ntohs(where.sin_port);
        TeamStoreDialog::clearRecentStores();
        TeamStoreDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addressField()->setCurrentText(
            QStringLiteral("postgresql://finance1@127.0.0.1:%1/plans").arg(port));
        dialog.passwordField()->setText(test::TeamFixture::memberPassword);
        QSignalSpy finished(&dialog, &TeamStoreDialog::connectFinished);
        dialog.connectButton()->click();
        QVERIFY2(dialog.isConnecting(), qPrintable(dialog.messageLabel()->text()));
        QVERIFY2(dialog.messageLabel()->text().startsWith(QLatin1String("Connecting to")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.connectButton()->text(), QStringLiteral("&Stop"));
        QVERIFY(dialog.connectButton()->isEnabled());
        QVERIFY(!dialog.addressField()->isEnabled());
        QTest::qWait(300); // libpq has reached the host, which says nothing
        QVERIFY(dialog.isConnecting());
        QCOMPARE(finished.count(), 0);

        dialog.connectButton()->click(); // Stop
        QVERIFY(!dialog.isConnecting());
        QVERIFY2(dialog.messageLabel()->text().startsWith(QLatin1String("Stopped connecting")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.connectButton()->text(), QStringLiteral("&Connect"));
        QVERIFY(dialog.addressField()->isEnabled());
        QVERIFY(dialog.passwordField()->isEnabled());

        dialog.addressField()->setCurrentText(m_team.address(QStringLiteral("finance1")));
        QVERIFY2(dialog.connectToStore(), qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.planList()->topLevelItemCount(), 1);
        const QString listed = dialog.messageLabel()->text();
        // The stalled attempt now fails (the host hangs up): its answer is not shown.
        ::close(silent);
        QTest::qWait(500);
        QCOMPARE(dialog.messageLabel()->text(), listed);
        QCOMPARE(dialog.planList()->topLevelItemCount(), 1);
        QVERIFY(dialog.store());
        QCOMPARE(finished.count(), 1); // the listing only
    }

    // What the dialog quotes (the address typed, the server's words) is shown as written.
    void messagesAreShownAsWritten()
    {
        TeamStoreDialog dialog;
        const QString hostile = QStringLiteral("<img src=\"/dev/zero\"><b>x</b>");
        dialog.addressField()->setCurrentText(hostile);
        QVERIFY(!dialog.connectToStore());
        QCOMPARE(dialog.messageLabel()->textFormat(), Qt::PlainText);
        QVERIFY2(dialog.messageLabel()->text().contains(hostile),
                 qPrintable(dialog.messageLabel()->text()));
    }

    void saysWhyItCannotConnect_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password")
            << m_team.address(QStringLiteral("director1")) << QStringLiteral("not-the-password")
            << QStringLiteral("refused the password");
        QTest::newRow("no server")
            << QStringLiteral("postgresql://director1@127.0.0.1:1/plans")
            << test::TeamFixture::memberPassword << QStringLiteral("could not connect");
        QTest::newRow("no role") << m_team.server.url(QStringLiteral("loner"), {},
                                                      QStringLiteral("plans"))
                                 << QStringLiteral("loner-secret")
                                 << QStringLiteral("has no role in this team store");
        QTest::newRow("newer store")
            << m_team.server.url(QStringLiteral("owner"), {}, QStringLiteral("future"))
            << QString::fromLatin1(test::PgTestServer::ownerPassword) << QStringLiteral("newer");
    }

    void saysWhyItCannotConnect()
    {
        QFETCH(QString, address);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        TeamStoreDialog::clearRecentStores();
        TeamStoreDialog dialog;
        dialog.addressField()->setCurrentText(address);
        dialog.passwordField()->setText(password);
        QVERIFY(!dialog.connectToStore());
        QVERIFY(!dialog.store());
        QCOMPARE(dialog.planList()->topLevelItemCount(), 0);
        QVERIFY(!dialog.openButton()->isEnabled());
        const QString message = dialog.messageLabel()->text();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains(password), qPrintable(message));
        // A failed address is not remembered.
        QVERIFY(TeamStoreDialog::recentStores().isEmpty());
    }

    void withoutPasswordRemovesIt()
    {
        QCOMPARE(TeamStoreDialog::withoutPassword(
                     QStringLiteral("postgresql://li:s3cret@db.example.com:5433/plans")),
                 QStringLiteral("postgresql://li@db.example.com:5433/plans"));
        QCOMPARE(TeamStoreDialog::withoutPassword(
                     QStringLiteral("postgresql://li@db/plans?password=s3cret&sslmode=require")),
                 QStringLiteral("postgresql://li@db/plans?sslmode=require"));
        QCOMPARE(TeamStoreDialog::withoutPassword(
                     QStringLiteral("host=db user=li password='a b\\'c' dbname=plans")),
                 QStringLiteral("host=db user=li dbname=plans"));
    }
};

QTEST_MAIN(TeamStoreDialogTest)
#include "TeamStoreDialogTest.moc"
