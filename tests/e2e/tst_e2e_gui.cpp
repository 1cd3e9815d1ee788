// End to end, as a person at a phone-size window: the real `aftercare` app under a virtual
// X server at 360×640, driven with real X input (xdotool clicks, keys and typing on the
// pixels where things are shown), in English and in German, light and dark. Where each
// control is comes from the accessibility bus (AT-SPI), under the name a person hears,
// so a control is found only when its translated name is right. What the app wrote is
// read back from the real SQLite file and the files it saved.
//
// (One step is taken as a screen reader takes it: choosing an area of the body map, whose
// areas are drawn shapes with overlapping boxes.)
//
// One run: a new session with an edited start time, a full check-in (with log v2's impact,
// reaction and self-care), "No soreness" with Undo, editing the session, a PDF export under a new
// name into another folder, a backup, deleting the session (final once Undo has gone), and
// restoring it from the backup.
#include "model/session.h"
#include "screenreader.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <optional>

using namespace aftercare;
using namespace testsupport;

namespace {

const QString program = QStringLiteral(AFTERCARE_EXECUTABLE);
const QString translations = QStringLiteral(AFTERCARE_BINARY_DIR "/share/aftercare/translations");
// Generous: under the sanitizers every process is several times slower.
constexpr int settleMs = 30000;

// The text a person sees for `source` in this run's language.
QString t(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

// Whether `name` is `wanted`, where a "%1" in `wanted` stands for any text ("Als %1
// speichern" matches "Als my-report.pdf speichern").
bool nameMatches(const QString& name, const QString& wanted, bool prefix)
{
    const qsizetype hole = wanted.indexOf(QLatin1String("%1"));
    if (hole >= 0)
        return name.startsWith(wanted.left(hole)) && name.endsWith(wanted.mid(hole + 2)) &&
               name.size() >= wanted.size() - 2;
    return prefix ? name.startsWith(wanted) : name == wanted;
}

} // namespace

class TestE2eGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void aPersonUsesTheApp_data();
    void aPersonUsesTheApp();

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    bool start(const QString& language, const QString& theme);
    QList<Shown> screen() const;
    // Waits until something named `name` (or, with `prefix`, starting so) shows, scrolls
    // it into the window, and returns where it is now.
    std::optional<Shown> waitFor(const QString& name, bool prefix = false,
                                 const QString& role = {});
    bool waitUntilGone(const QString& name);
    bool tap(const QString& name, bool prefix = false, const QString& role = {});
    bool xdotool(const QStringList& arguments);
    bool tapAt(const QPoint& at);
    bool typeInto(const QString& fieldName, const QString& text);
    std::optional<Session> onlySession(QString* why);
    QString failure(const QString& what) const;

    QTemporaryDir m_dir;
    QProcess m_app;
    QTranslator m_translator;
    std::unique_ptr<ScreenReader> m_reader;
    QRect m_window;
};

void TestE2eGui::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
    QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "run inside xvfb-run");
    QVERIFY(QFile::exists(program));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
             "xdotool is missing: platform/linux/install-deps.sh installs it");
    QVERIFY(m_dir.isValid());
    const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString error;
    m_reader = ScreenReader::connect(runtime, &error);
    QVERIFY2(m_reader, qPrintable(error));
}

void TestE2eGui::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
    if (m_app.state() != QProcess::NotRunning) {
        m_app.terminate();
        if (!m_app.waitForFinished(5000))
            m_app.kill();
    }
}

bool TestE2eGui::start(const QString& language, const QString& theme)
{
    QDir(dataDir()).removeRecursively();
    QDir(home()).removeRecursively();
    for (const char* folder : {"Documents", "Reports"})
        QDir().mkpath(home() + QLatin1Char('/') + QLatin1String(folder));

    QProcessEnvironment env = appWindowEnvironment(m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("HOME"), home());
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LANG"), language == QLatin1String("de")
                                           ? QStringLiteral("de_DE.UTF-8")
                                           : QStringLiteral("en_GB.UTF-8"));
    env.insert(QStringLiteral("AFTERCARE_THEME"), theme);
    m_app.setProcessEnvironment(env);
    m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_app.start(program, {QStringLiteral("--data-dir"), dataDir()});
    if (!m_app.waitForStarted())
        return false;

    // The window's place on the screen: the app's first child on the accessibility bus.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < settleMs) {
        if (const std::optional<AccessibleRef> app = m_reader->applicationOf(m_app.processId())) {
            const QList<Shown> shown = m_reader->showing(*app);
            if (shown.size() > 1 && shown.at(1).onScreen.width() > 0) {
                m_window = shown.at(1).onScreen;
                return true;
            }
        }
        QTest::qWait(200);
    }
    return false;
}

QList<Shown> TestE2eGui::screen() const
{
    const std::optional<AccessibleRef> app = m_reader->applicationOf(m_app.processId());
    return app ? m_reader->showing(*app) : QList<Shown>();
}

QString TestE2eGui::failure(const QString& what) const
{
    return what + QStringLiteral("\nOn screen: ") + describe(screen());
}

std::optional<Shown> TestE2eGui::waitFor(const QString& name, bool prefix, const QString& role)
{
    // The part of the window where a tap lands on the page, not on its tool bar (nor on a
    // bar fixed to its bottom, such as the check-in's save bar: see below).
    const QRect page = m_window.adjusted(0, 56, 0, -8);
    const auto wheel = [&](bool down) {
        const QPoint over = page.center();
        xdotool({QStringLiteral("mousemove"), QString::number(over.x()), QString::number(over.y()),
                 QStringLiteral("click"), QStringLiteral("--repeat"), QStringLiteral("3"),
                 down ? QStringLiteral("5") : QStringLiteral("4")});
        QTest::qWait(250);
    };
    QElapsedTimer timer;
    timer.start();
    int misses = 0;
    int scrolls = 0;
    QRect settled;
    while (timer.elapsed() < settleMs) {
        const QList<Shown> shown = screen();
        std::optional<Shown> found;
        for (const Shown& s : shown) {
            if (nameMatches(s.name, name, prefix) && !s.onScreen.isEmpty() &&
                (role.isEmpty() || s.role == role)) {
                found = s;
                break;
            }
        }
        // A button at the window's bottom edge sits on a bar that the page scrolls under:
        // a control half under that bar is not tapped there (the tap would land on the bar).
        QRect usable = page;
        bool inBottomBar = false;
        for (const Shown& s : shown) {
            if (s.role == QLatin1String("push button") && !s.onScreen.isEmpty() &&
                s.onScreen.bottom() >= m_window.bottom() - 24 &&
                s.onScreen.bottom() <= m_window.bottom()) {
                usable.setBottom(std::min(usable.bottom(), s.onScreen.top() - 16));
                inBottomBar = inBottomBar || (found && s.onScreen == found->onScreen);
            }
        }
        // The tool bar's buttons never scroll; anything else is tapped inside the page.
        const bool inToolBar = found && found->onScreen.bottom() <= m_window.top() + 48;
        if (found && (usable.contains(found->onScreen.center()) || inToolBar || inBottomBar ||
                      scrolls > 30)) {
            // Only where it stays: a page may still be scrolling to the focused control.
            if (found->onScreen == settled)
                return found;
            settled = found->onScreen;
            QTest::qWait(150);
            continue;
        }
        if (found) {
            // Shown but outside the window: scroll to it as a person would, with the wheel.
            wheel(found->onScreen.center().y() > usable.bottom());
            ++scrolls;
            continue;
        }
        // Not shown (yet): a page that is still opening, or a control further down the page
        // (Qt leaves controls outside the visible part off the accessibility bus). After a
        // second of waiting, look further down, then back up.
        if (++misses > 5 && scrolls < 30) {
            wheel(scrolls < 15);
            ++scrolls;
        }
        QTest::qWait(200);
    }
    return std::nullopt;
}

bool TestE2eGui::waitUntilGone(const QString& name)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < settleMs) {
        if (!anyNamed(screen(), name))
            return true;
        QTest::qWait(200);
    }
    return false;
}

bool TestE2eGui::xdotool(const QStringList& arguments)
{
    QProcess tool;
    tool.start(QStringLiteral("xdotool"), arguments);
    return tool.waitForFinished(10000) && tool.exitCode() == 0;
}

bool TestE2eGui::tapAt(const QPoint& at)
{
    const bool clicked =
        xdotool({QStringLiteral("mousemove"), QString::number(at.x()), QString::number(at.y()),
                 QStringLiteral("click"), QStringLiteral("1")});
    QTest::qWait(300); // a page or popup opening
    return clicked;
}

bool TestE2eGui::tap(const QString& name, bool prefix, const QString& role)
{
    const std::optional<Shown> target = waitFor(name, prefix, role);
    return target && tapAt(target->onScreen.center());
}

bool TestE2eGui::typeInto(const QString& fieldName, const QString& text)
{
    return tap(fieldName) && xdotool({QStringLiteral("key"), QStringLiteral("ctrl+a")}) &&
           xdotool(
               {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text}) &&
           xdotool({QStringLiteral("key"), QStringLiteral("Tab")});
}

std::optional<Session> TestE2eGui::onlySession(QString* why)
{
    storage::Database database;
    if (!database.open(dataDir(), storage::Access::ReadOnly).ok()) {
        *why = QStringLiteral("the database cannot be opened");
        return std::nullopt;
    }
    storage::Repository repository(database);
    const QList<Session> sessions = repository.allSessions().value;
    if (sessions.size() != 1) {
        *why = QStringLiteral("%1 sessions stored").arg(sessions.size());
        return std::nullopt;
    }
    return sessions.constFirst();
}

void TestE2eGui::aPersonUsesTheApp_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("theme");
    QTest::newRow("English, light") << "en"
                                    << "light";
    if (!qEnvironmentVariableIsSet("AFTERCARE_E2E_ONE_ROW"))
        QTest::newRow("German, dark") << "de"
                                      << "dark";
}

// Each step taps what a person taps, then checks what the app wrote.
#define TAP(name) QVERIFY2(tap(name), qPrintable(failure(QStringLiteral("cannot tap ") + (name))))
#define TAP_STARTING(name)                                                                         \
    QVERIFY2(tap(name, true), qPrintable(failure(QStringLiteral("cannot tap ") + (name))))
#define SEE(name)                                                                                  \
    QVERIFY2(waitFor(name), qPrintable(failure(QStringLiteral("not shown: ") + (name))))
#define TYPE(field, text)                                                                          \
    QVERIFY2(typeInto(field, text),                                                                \
             qPrintable(failure(QStringLiteral("cannot type into ") + (field))))

void TestE2eGui::aPersonUsesTheApp()
{
    QFETCH(QString, language);
    QFETCH(QString, theme);
    if (language != QLatin1String("en"))
        QVERIFY2(m_translator.load(QStringLiteral("aftercare_") + language, translations),
                 qPrintable(translations));
    QCoreApplication::installTranslator(&m_translator);
    QVERIFY2(start(language, theme), "the window did not open");
    QString why;

    // A new session that started the day before the dialog's day, at 09:30. The dialog opens
    // on the default start, an hour ago: shortly after midnight that is yesterday already.
    TAP(t("EmptyHome", "Record a massage session"));
    SEE(t("NewSessionPage", "New session"));
    const auto defaultStartDay = [] {
        return QDateTime::currentDateTime()
            .addSecs(-qint64(limits::defaultDurationMinutes) * 60)
            .date();
    };
    const QDate dayBeforeOpening = defaultStartDay();
    TAP(t("DateTimeField", "Change %1").arg(t("NewSessionPage", "Session started")));
    const QDate dayAfterOpening = defaultStartDay();
    // The hour typed in; back to the day with the keyboard, one day down; then the minutes.
    TAP(t("DateTimeField", "Hour"));
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+a")}));
    QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("9")}));
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("shift+Tab"), QStringLiteral("Down")}));
    TYPE(t("DateTimeField", "Minute"), QStringLiteral("30"));
    TAP(t("DateTimeField", "OK"));
    QVERIFY2(waitUntilGone(t("DateTimeField", "Hour")), qPrintable(failure("the dialog stays")));
    TAP(t("NewSessionPage", "Save session"));
    SEE(t("SessionOverview", "Log how you feel now"));
    std::optional<Session> session = onlySession(&why);
    QVERIFY2(session, qPrintable(why));
    const QDateTime start = session->start.toDateTime().toLocalTime();
    QVERIFY2(start.date() == dayBeforeOpening.addDays(-1) ||
                 start.date() == dayAfterOpening.addDays(-1),
             qPrintable(start.date().toString(Qt::ISODate)));
    QCOMPARE(start.time(), QTime(9, 30));

    // A full check-in: the lower back, chosen on the body map the way a screen reader
    // chooses it (its areas are shapes whose boxes overlap, so no box centre is its own);
    // then 4 of 10 on the pain scale by keyboard, and "aching" tapped.
    TAP(t("SessionOverview", "Log how you feel now"));
    const std::optional<Shown> area =
        waitFor(t("Vocabulary", "Lower back"), false, QStringLiteral("push button"));
    QVERIFY2(area, qPrintable(failure(QStringLiteral("no lower back on the body map"))));
    QVERIFY(m_reader->press(area->ref));
    // The pain scale: eleven steps, 0 to 10, in a row along its top; 4 is the fifth.
    const std::optional<Shown> scale =
        waitFor(t("PainScale", "%1, 0 to 10").arg(t("Vocabulary", "Lower back")));
    QVERIFY2(scale, qPrintable(failure(QStringLiteral("no pain scale"))));
    const QRect steps = scale->onScreen;
    QVERIFY(tapAt(QPoint(steps.left() + steps.width() * 9 / 22, steps.top() + 20)));
    TAP(t("CheckInPage", "%1 pain").arg(t("Vocabulary", "Aching")));
    // Log v2's questions, folded under one header: a little in the way, a headache, heat.
    TAP_STARTING(t("CheckInPage", "Daily life and other effects"));
    for (const char* answer : {"A little", "Headache", "Heat"})
        TAP(t("Vocabulary", answer));
    TAP(t("CheckInPage", "Save check-in"));
    SEE(t("SessionOverview", "Log how you feel now"));
    session = onlySession(&why);
    QVERIFY2(session, qPrintable(why));
    QCOMPARE(session->checkIns.size(), 1);
    QCOMPARE(session->checkIns.constFirst().symptoms.size(), 1);
    const Symptom& sore = session->checkIns.constFirst().symptoms.constFirst();
    QCOMPARE(sore.region, QStringLiteral("lower-back"));
    QCOMPARE(sore.intensity, 4);
    QCOMPARE(sore.qualities, QStringList{QStringLiteral("aching")});
    const CheckIn& first = session->checkIns.constFirst();
    QCOMPARE(first.impact, QStringLiteral("a-little"));
    QCOMPARE(first.reactions, QStringList{QStringLiteral("headache")});
    QCOMPARE(first.selfCare, QList<SelfCare>({{QStringLiteral("heat"), {}}}));
    QVERIFY(first.recordedAt.has_value());

    // "No soreness", then Undo: the check-in is gone again.
    TAP(t("SessionOverview", "Log how you feel now"));
    TAP(t("CheckInPage", "No soreness: save a check-in with no pain now"));
    TAP_STARTING(t("UndoBar", "Undo: %1"));
    QTRY_COMPARE_WITH_TIMEOUT(onlySession(&why)->checkIns.size(), 1, settleMs);

    // Editing the session: the therapist's name.
    TAP(t("AppPage", "More options"));
    TAP(t("SessionPage", "Edit session"));
    TYPE(t("NewSessionPage", "Therapist (optional)"), QStringLiteral("Sam"));
    TAP(t("NewSessionPage", "Save changes"));
    SEE(t("SessionOverview", "Log how you feel now"));
    QTRY_COMPARE_WITH_TIMEOUT(onlySession(&why)->therapist, QStringLiteral("Sam"), settleMs);
    QCOMPARE(onlySession(&why)->checkIns.size(), 1);

    // A PDF under a new name, in another folder than the one offered.
    TAP(t("SessionFacts", "Export or print this session"));
    TAP(t("aftercare::ExportForm", "PDF report"));
    TAP(t("ExportPage", "Choose where to save the export"));
    TAP(t("FileChooserPage", "Up to the folder above"));
    TAP(t("FileChooserPage", "Folder %1").arg(QStringLiteral("Reports")));
    TYPE(t("FileChooserPage", "File name"), QStringLiteral("my-report"));
    TAP_STARTING(t("FileChooserPage", "Save as %1"));
    const QString report = home() + QStringLiteral("/Reports/my-report.pdf");
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(report), qPrintable(failure(report)), settleMs);
    QFile pdf(report);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QCOMPARE(pdf.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    // A backup of everything, where the app offers to put it.
    TAP(t("AppPage", "Back"));
    TAP(t("AppPage", "Back"));
    TAP(t("AppPage", "Settings"));
    TAP(t("SettingsPage", "Back up and restore"));
    TAP(t("BackupPage", "Back up everything: choose where to save the backup"));
    TAP_STARTING(t("FileChooserPage", "Save as %1"));
    QDir documents(home() + QStringLiteral("/Documents"));
    QTRY_COMPARE_WITH_TIMEOUT(documents.entryList(QDir::Files).size(), 1, settleMs);
    const QString backup = documents.entryList(QDir::Files).constFirst();
    QVERIFY2(backup.endsWith(QStringLiteral(".json")), qPrintable(backup));

    // Deleting the session: it asks, offers Undo, and is gone once Undo has gone.
    TAP(t("AppPage", "Back"));
    TAP(t("AppPage", "Back"));
    // The session's card on Home (a button whose name starts with its title).
    const QString card =
        t("aftercare::SessionListModel", "%1 massage").arg(t("Vocabulary", "Other"));
    QVERIFY2(tap(card, true, QStringLiteral("push button")), qPrintable(failure(card)));
    TAP(t("AppPage", "More options"));
    TAP(t("SessionPage", "Delete session"));
    TAP(t("SessionPage", "Delete"));
    SEE(t("HomePage", "Aftercare"));
    QVERIFY(onlySession(&why)); // still there while Undo is offered
    QTRY_VERIFY_WITH_TIMEOUT(!onlySession(&why) && why == QStringLiteral("0 sessions stored"),
                             settleMs);

    // Restoring the backup brings it back, check-in and all.
    TAP(t("AppPage", "Settings"));
    TAP(t("SettingsPage", "Back up and restore"));
    TAP(t("BackupPage", "Restore from a backup: choose the file"));
    TAP(backup);
    TAP_STARTING(t("FileChooserPage", "Open %1"));
    TAP(t("BackupPage", "Restore this backup into your log"));
    QTRY_VERIFY_WITH_TIMEOUT(onlySession(&why), settleMs);
    session = onlySession(&why);
    QCOMPARE(session->therapist, QStringLiteral("Sam"));
    QCOMPARE(session->checkIns.size(), 1);
    QCOMPARE(session->checkIns.constFirst().symptoms.constFirst().intensity, 4);
    QCOMPARE(session->checkIns.constFirst().reactions, QStringList{QStringLiteral("headache")});
}

QTEST_GUILESS_MAIN(TestE2eGui)
#include "tst_e2e_gui.moc"
