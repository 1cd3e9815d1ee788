// End to end: session-card links opened in the real `aftercare` app on a private session
// bus and display (ctest runs this inside dbus-run-session and xvfb-run). A second start
// with a link hands it to the window already open and exits; what that window shows is
// read the way a screen reader reads it, over AT-SPI (the accessibility bus), and the
// SQLite file is checked to hold nothing.
#include "reminders/agentidentity.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusVariant>
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

// An AT-SPI object reference: the bus name of its application and its path.
struct AccessibleRef
{
    QString service;
    QDBusObjectPath path;
};

} // namespace

Q_DECLARE_METATYPE(AccessibleRef)
Q_DECLARE_METATYPE(QList<AccessibleRef>)

QDBusArgument& operator<<(QDBusArgument& argument, const AccessibleRef& ref)
{
    argument.beginStructure();
    argument << ref.service << ref.path;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, AccessibleRef& ref)
{
    argument.beginStructure();
    argument >> ref.service >> ref.path;
    argument.endStructure();
    return argument;
}

namespace {

// What one accessible object shows.
struct Shown
{
    QString name;
    QString text; // the Text interface's content (text fields), else empty
};

// Reads an application's accessibility tree over the AT-SPI bus.
class ScreenReader
{
public:
    explicit ScreenReader(const QDBusConnection& bus)
        : m_bus(bus)
    {}

    QList<AccessibleRef> children(const AccessibleRef& of) const
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            of.service, of.path.path(), QStringLiteral("org.a11y.atspi.Accessible"),
            QStringLiteral("GetChildren"));
        const QDBusMessage reply = m_bus.call(call, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        return qdbus_cast<QList<AccessibleRef>>(reply.arguments().constFirst());
    }

    // The applications registered with the accessibility registry.
    QList<AccessibleRef> applications() const
    {
        return children({QStringLiteral("org.a11y.atspi.Registry"),
                         QDBusObjectPath(QStringLiteral("/org/a11y/atspi/accessible/root"))});
    }

    // The process behind an application on the accessibility bus; 0 when it has gone.
    qint64 processOf(const AccessibleRef& application) const
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionUnixProcessID"));
        call << application.service;
        const QDBusMessage reply = m_bus.call(call, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return 0;
        return reply.arguments().constFirst().toLongLong();
    }

    // The live processes that have an accessible application.
    QList<qint64> processes() const
    {
        QList<qint64> result;
        for (const AccessibleRef& app : applications()) {
            if (const qint64 pid = processOf(app))
                result << pid;
        }
        return result;
    }

    std::optional<AccessibleRef> applicationOf(qint64 pid) const
    {
        for (const AccessibleRef& app : applications()) {
            if (processOf(app) == pid)
                return app;
        }
        return std::nullopt;
    }

    // Everything showing under `root` (visible pages, not the ones stacked below).
    QList<Shown> showing(const AccessibleRef& root) const
    {
        QList<Shown> result;
        QList<AccessibleRef> pending{root};
        while (!pending.isEmpty() && result.size() < 5000) {
            const AccessibleRef ref = pending.takeFirst();
            if (!isShowing(ref))
                continue;
            result << Shown{property(ref, QStringLiteral("Name")), text(ref)};
            pending << children(ref);
        }
        return result;
    }

private:
    QString property(const AccessibleRef& ref, const QString& name) const
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            ref.service, ref.path.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        call << QStringLiteral("org.a11y.atspi.Accessible") << name;
        const QDBusMessage reply = m_bus.call(call, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        return qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toString();
    }

    bool isShowing(const AccessibleRef& ref) const
    {
        constexpr int stateShowing = 25; // ATSPI_STATE_SHOWING
        QDBusMessage call = QDBusMessage::createMethodCall(
            ref.service, ref.path.path(), QStringLiteral("org.a11y.atspi.Accessible"),
            QStringLiteral("GetState"));
        const QDBusMessage reply = m_bus.call(call, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return false;
        const QList<uint> bits = qdbus_cast<QList<uint>>(reply.arguments().constFirst());
        return !bits.isEmpty() && (bits.constFirst() & (1u << stateShowing));
    }

    QString text(const AccessibleRef& ref) const
    {
        QDBusMessage call = QDBusMessage::createMethodCall(ref.service, ref.path.path(),
                                                           QStringLiteral("org.a11y.atspi.Text"),
                                                           QStringLiteral("GetText"));
        call << 0 << -1;
        const QDBusMessage reply = m_bus.call(call, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        return reply.arguments().constFirst().toString();
    }

    QDBusConnection m_bus;
};

bool anyNamed(const QList<Shown>& shown, const QString& name)
{
    return std::any_of(shown.begin(), shown.end(), [&](const Shown& s) { return s.name == name; });
}

bool anyNameContains(const QList<Shown>& shown, const QString& part)
{
    return std::any_of(shown.begin(), shown.end(),
                       [&](const Shown& s) { return s.name.contains(part); });
}

bool anyText(const QList<Shown>& shown, const QString& text)
{
    return std::any_of(shown.begin(), shown.end(), [&](const Shown& s) { return s.text == text; });
}

QString describe(const QList<Shown>& shown)
{
    QStringList lines;
    for (const Shown& s : shown)
        lines << (s.text.isEmpty() ? s.name : s.name + QStringLiteral(" = ") + s.text);
    return lines.join(QStringLiteral(" | "));
}

} // namespace

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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("1"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("AFTERCARE_WINDOW_SIZE"), QStringLiteral("360x640"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    env.remove(QStringLiteral("AFTERCARE_DATA_DIR"));
    // In the sanitizer pass: libxkbcommon-x11 (the xcb platform's keymap) calls strndup on
    // X atom names that end without a NUL, which strict_string_checks reports as a read
    // past the buffer inside that system library, not in Aftercare.
    if (env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                       QStringLiteral(":strict_string_checks=0"));
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
    // The bus daemon starts it with its own environment: give it this test's folder, so
    // that test runs side by side never share an accessibility bus.
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage update = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("UpdateActivationEnvironment"));
    update << QVariant::fromValue(QMap<QString, QString>{
        {QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime"))}});
    const QDBusMessage updated = QDBusConnection::sessionBus().call(update, QDBus::Block, 5000);
    QVERIFY2(updated.type() == QDBusMessage::ReplyMessage, qPrintable(updated.errorMessage()));
    qRegisterMetaType<AccessibleRef>();
    qDBusRegisterMetaType<AccessibleRef>();
    qDBusRegisterMetaType<QList<AccessibleRef>>();
    const QDBusMessage reply = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(
            QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
            QStringLiteral("org.a11y.Bus"), QStringLiteral("GetAddress")),
        QDBus::Block, 10000);
    QVERIFY2(
        reply.type() == QDBusMessage::ReplyMessage,
        qPrintable(QStringLiteral("no accessibility bus (at-spi2-core): ") + reply.errorMessage()));
    const QString address = reply.arguments().constFirst().toString();
    const QDBusConnection a11y = QDBusConnection::connectToBus(address, QStringLiteral("a11y"));
    QVERIFY2(a11y.isConnected(), qPrintable(address));
    m_reader = std::make_unique<ScreenReader>(a11y);
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
    return repository.sessionCount();
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
