// End to end: session-card links opened in the real `aftercare` app on a private session
// bus and display (ctest runs this inside dbus-run-session and xvfb-run). A second start
// with a link hands it to the window already open and exits; what that window shows is
// read the way a screen reader reads it, over AT-SPI (the accessibility bus), and the
// SQLite file is checked to hold nothing.
#include "reminders/agentidentity.h"
#include "screenreader.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace aftercare;

namespace {

const QString program = QStringLiteral(AFTERCARE_EXECUTABLE);
// Generous: under the sanitizers every process is several times slower.
constexpr int settleMs = 30000;

const QString goodLink =
    QStringLiteral("aftercare:session?v=1&start=2026-11-20T15%3A00%3A00%2B01%3A00&duration=60"
                   "&technique=deep-tissue&pressure=firm&areas=lower-back,gluteal-left"
                   "&therapist=Zo%C3%AB%20%C3%85ngstr%C3%B6m"
                   "&advice=Heat%20tonight%3B%20no%20heavy%20lifting%20for%2024%20h");
const QString advice = QStringLiteral("Heat tonight; no heavy lifting for 24 h");
const QString therapist = QStringLiteral("Zoë Ångström");

} // namespace

using namespace testsupport;

class TestE2eLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void secondStartHandsTheLinkToTheOpenWindow();
    void badLinkSaysWhatIsWrong();
    void linkAtStartOpensTheFilledForm();

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QProcessEnvironment environment() const;
    // Starts the app (its window stays open) and waits until it is the running one.
    bool startFirst(QProcess& app, const QStringList& arguments);
    // Waits until the first app shows `title` (true) or, with `gone`, no longer shows it.
    bool waitForPage(const QString& title, QList<Shown>* shown, bool gone = false);
    int sessionCount();

    QTemporaryDir m_dir;
    QProcess m_first;
    std::unique_ptr<ScreenReader> m_reader;
};

QProcessEnvironment TestE2eLinks::environment() const
{
    QProcessEnvironment env = appWindowEnvironment(m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

void TestE2eLinks::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
    QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "run inside xvfb-run");
    QVERIFY(QFile::exists(program));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("runtime"))));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // The accessibility bus of this session (started on demand by at-spi2-core); its
    // socket goes under XDG_RUNTIME_DIR, which this test gives the processes it starts.
    QString error;
    m_reader = ScreenReader::connect(m_dir.filePath(QStringLiteral("runtime")), &error);
    QVERIFY2(m_reader, qPrintable(error));
}

void TestE2eLinks::cleanupTestCase()
{
    if (m_first.state() != QProcess::NotRunning) {
        m_first.terminate();
        if (!m_first.waitForFinished(5000))
            m_first.kill();
    }
}

bool TestE2eLinks::startFirst(QProcess& app, const QStringList& arguments)
{
    app.setProcessEnvironment(environment());
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(program, QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments);
    if (!app.waitForStarted())
        return false;
    const QString name = reminders::appBusName(dataDir(), QString());
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < settleMs) {
        if (QDBusConnection::sessionBus().interface()->isServiceRegistered(name))
            return true;
        QTest::qWait(100);
    }
    return false;
}

bool TestE2eLinks::waitForPage(const QString& title, QList<Shown>* shown, bool gone)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < settleMs) {
        if (const std::optional<AccessibleRef> app = m_reader->applicationOf(m_first.processId())) {
            *shown = m_reader->showing(*app);
            if (anyNamed(*shown, title) != gone)
                return true;
        }
        QTest::qWait(200);
    }
    return false;
}

int TestE2eLinks::sessionCount()
{
    storage::Database database;
    if (!database.open(dataDir(), storage::Access::ReadOnly).ok())
        return -1;
    storage::Repository repository(database);
    return repository.sessionCount().value;
}

void TestE2eLinks::secondStartHandsTheLinkToTheOpenWindow()
{
    QVERIFY(startFirst(m_first, {}));
    QList<Shown> shown;
    QVERIFY2(waitForPage(QStringLiteral("Aftercare"), &shown), qPrintable(describe(shown)));

    QProcess second;
    second.setProcessEnvironment(environment());
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(program, {QStringLiteral("--data-dir"), dataDir(), goodLink});
    QVERIFY(second.waitForFinished(settleMs));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);

    // The first window now shows New session, filled in from the card.
    QVERIFY2(waitForPage(QStringLiteral("New session"), &shown), qPrintable(describe(shown)));
    QVERIFY2(anyNamed(shown, QStringLiteral("From your therapist")), qPrintable(describe(shown)));
    QVERIFY2(anyNamed(shown, advice), qPrintable(describe(shown)));
    QVERIFY2(anyText(shown, therapist), qPrintable(describe(shown)));
    QVERIFY2(anyNamed(shown, QStringLiteral("Deep tissue")) ||
                 anyText(shown, QStringLiteral("Deep tissue")),
             qPrintable(describe(shown)));

    // One process with one window: the second start left nothing behind.
    QCOMPARE(m_first.state(), QProcess::Running);
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->processes(), QList<qint64>{m_first.processId()}, settleMs);
    QCOMPARE(m_reader->children(*m_reader->applicationOf(m_first.processId())).size(), 1);
    // Opening a link saved nothing.
    QCOMPARE(sessionCount(), 0);
}

void TestE2eLinks::badLinkSaysWhatIsWrong()
{
    QVERIFY(m_first.state() == QProcess::Running);
    QProcess second;
    second.setProcessEnvironment(environment());
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(program, {QStringLiteral("--data-dir"), dataDir(),
                           QStringLiteral("aftercare:session?v=1&duration=0&therapist=Anna")});
    QVERIFY(second.waitForFinished(settleMs));
    QCOMPARE(second.exitCode(), 0);

    QList<Shown> shown;
    QVERIFY2(waitForPage(QStringLiteral("This session card cannot be opened"), &shown),
             qPrintable(describe(shown)));
    QVERIFY2(anyNameContains(shown, QStringLiteral("it must be 1 to 600 minutes")),
             qPrintable(describe(shown)));
    QVERIFY2(anyNameContains(shown, QStringLiteral("duration: \"0\" is outside 1..600")),
             qPrintable(describe(shown)));
    // The form of the first link gave way to this page.
    QVERIFY2(waitForPage(QStringLiteral("New session"), &shown, true), qPrintable(describe(shown)));
    QTRY_COMPARE_WITH_TIMEOUT(m_reader->processes(), QList<qint64>{m_first.processId()}, settleMs);
    QCOMPARE(m_reader->children(*m_reader->applicationOf(m_first.processId())).size(), 1);
    QCOMPARE(sessionCount(), 0);

    m_first.terminate();
    QVERIFY(m_first.waitForFinished(settleMs));
}

void TestE2eLinks::linkAtStartOpensTheFilledForm()
{
    // No window open: the start with the link opens one, on the filled form.
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->processes().isEmpty(), settleMs);
    QVERIFY(startFirst(m_first, {goodLink}));
    QList<Shown> shown;
    QVERIFY2(waitForPage(QStringLiteral("New session"), &shown), qPrintable(describe(shown)));
    QVERIFY2(anyNamed(shown, advice), qPrintable(describe(shown)));
    QVERIFY2(anyText(shown, therapist), qPrintable(describe(shown)));
    QCOMPARE(sessionCount(), 0);
}

QTEST_GUILESS_MAIN(TestE2eLinks)
#include "tst_e2e_links.moc"
