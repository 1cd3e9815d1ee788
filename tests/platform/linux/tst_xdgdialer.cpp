// platform/linux/xdgdialer: which installed application opens tel: links, read from
// temporary XDG folders (never the machine's), and a call that reaches a fake phone app
// through QDesktopServices and xdg-open (xdg-utils) on a virtual X server.
#include "linux/xdgdialer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace aftercare::platform;

namespace {

const QByteArray phoneEntry = "[Desktop Entry]\n"
                              "Type=Application\n"
                              "Name=Phone\n"
                              "Exec=phone %u\n"
                              "MimeType=x-scheme-handler/tel;x-scheme-handler/sip;\n";

void write(const QString& path, const QByteArray& content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class TestXdgDialer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void nothingInstalledNothingHandles();
    void entries_data();
    void entries();
    void idsFromSubfolders();
    void userCopyHidesTheSystemEntry();
    void userEntryComesFirst();
    void mimeappsDefaultsAndAssociations();
    void removedAssociation();
    void directoriesFromTheEnvironment();
    void canCallFollowsTheEnvironment();
    void callReachesTheHandler();

private:
    QString home() const { return m_dir->filePath(QStringLiteral("data-home")); }
    QString system() const { return m_dir->filePath(QStringLiteral("data-system")); }
    QString config() const { return m_dir->filePath(QStringLiteral("config-home")); }
    XdgDirs dirs() const
    {
        return {
            {home(), system()}, {config(), m_dir->filePath(QStringLiteral("config-system"))}, {}};
    }
    // Points the XDG variables at the temporary folders, away from the machine's.
    void useTemporaryEnvironment()
    {
        qputenv("XDG_DATA_HOME", home().toUtf8());
        qputenv("XDG_DATA_DIRS", system().toUtf8());
        qputenv("XDG_CONFIG_HOME", config().toUtf8());
        qputenv("XDG_CONFIG_DIRS", m_dir->filePath(QStringLiteral("config-system")).toUtf8());
        qunsetenv("XDG_CURRENT_DESKTOP");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestXdgDialer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestXdgDialer::nothingInstalledNothingHandles()
{
    QVERIFY(schemeHandlers(QStringLiteral("tel"), dirs()).isEmpty());
    // Folders that exist but hold no tel: handler.
    write(system() + "/applications/org.example.Browser.desktop",
          "[Desktop Entry]\nType=Application\nExec=browser %u\n"
          "MimeType=text/html;x-scheme-handler/http;x-scheme-handler/https;\n");
    QVERIFY(schemeHandlers(QStringLiteral("tel"), dirs()).isEmpty());
    QCOMPARE(schemeHandlers(QStringLiteral("http"), dirs()),
             QStringList{"org.example.Browser.desktop"});
}

void TestXdgDialer::entries_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<bool>("handles");
    QTest::newRow("phone app") << phoneEntry << true;
    QTest::newRow("only tel, no final ;")
        << QByteArray("[Desktop Entry]\nType=Application\nExec=phone %u\n"
                      "MimeType=x-scheme-handler/tel\n")
        << true;
    QTest::newRow("spaces around =")
        << QByteArray("[Desktop Entry]\nType = Application\nExec = phone %u\n"
                      "MimeType = x-scheme-handler/tel;\n")
        << true;
    QTest::newRow("NoDisplay: still a handler")
        << QByteArray(phoneEntry + "NoDisplay=true\n") << true;
    QTest::newRow("sip only") << QByteArray(
                                     "[Desktop Entry]\nType=Application\nExec=phone %u\n"
                                     "MimeType=x-scheme-handler/sip;x-scheme-handler/callto;\n")
                              << false;
    QTest::newRow("telephone is not tel")
        << QByteArray("[Desktop Entry]\nType=Application\nExec=phone %u\n"
                      "MimeType=x-scheme-handler/telephone;\n")
        << false;
    QTest::newRow("Hidden") << QByteArray(phoneEntry + "Hidden=true\n") << false;
    QTest::newRow("a link, not an application")
        << QByteArray("[Desktop Entry]\nType=Link\nURL=tel:112\n"
                      "MimeType=x-scheme-handler/tel;\n")
        << false;
    QTest::newRow("no Exec")
        << QByteArray("[Desktop Entry]\nType=Application\nMimeType=x-scheme-handler/tel;\n")
        << false;
    QTest::newRow("D-Bus activatable, no Exec")
        << QByteArray("[Desktop Entry]\nType=Application\nDBusActivatable=true\n"
                      "MimeType=x-scheme-handler/tel;\n")
        << true;
    QTest::newRow("TryExec not installed")
        << QByteArray(phoneEntry + "TryExec=aftercare-test-no-such-program\n") << false;
    QTest::newRow("TryExec path missing")
        << QByteArray(phoneEntry + "TryExec=/nonexistent/phone\n") << false;
    QTest::newRow("TryExec installed") << QByteArray(phoneEntry + "TryExec=sh\n") << true;
    QTest::newRow("MimeType in another group")
        << QByteArray("[Desktop Entry]\nType=Application\nExec=phone %u\n"
                      "[Desktop Action Call]\nExec=phone --call\n"
                      "MimeType=x-scheme-handler/tel;\n")
        << false;
    QTest::newRow("commented out")
        << QByteArray("[Desktop Entry]\nType=Application\nExec=phone %u\n"
                      "#MimeType=x-scheme-handler/tel;\n")
        << false;
}

void TestXdgDialer::entries()
{
    QFETCH(QByteArray, entry);
    QFETCH(bool, handles);
    write(system() + "/applications/org.example.Phone.desktop", entry);
    QCOMPARE(schemeHandlers(QStringLiteral("tel"), dirs()),
             handles ? QStringList{"org.example.Phone.desktop"} : QStringList());
}

void TestXdgDialer::idsFromSubfolders()
{
    write(system() + "/applications/kde/phone.desktop", phoneEntry);
    QCOMPARE(schemeHandlers(QStringLiteral("tel"), dirs()), QStringList{"kde-phone.desktop"});
}

void TestXdgDialer::userCopyHidesTheSystemEntry()
{
    write(system() + "/applications/org.example.Phone.desktop", phoneEntry);
    write(home() + "/applications/org.example.Phone.desktop",
          "[Desktop Entry]\nType=Application\nHidden=true\n");
    QVERIFY(schemeHandlers(QStringLiteral("tel"), dirs()).isEmpty());
}

void TestXdgDialer::userEntryComesFirst()
{
    // The user's copy no longer lists tel:; the system's would.
    write(system() + "/applications/org.example.Phone.desktop", phoneEntry);
    write(home() + "/applications/org.example.Phone.desktop",
          "[Desktop Entry]\nType=Application\nExec=phone %u\nMimeType=x-scheme-handler/sip;\n");
    QVERIFY(schemeHandlers(QStringLiteral("tel"), dirs()).isEmpty());
    // A user entry of its own is found beside the system's.
    write(home() + "/applications/org.example.Softphone.desktop", phoneEntry);
    QCOMPARE(schemeHandlers(QStringLiteral("tel"), dirs()),
             QStringList{"org.example.Softphone.desktop"});
}

void TestXdgDialer::mimeappsDefaultsAndAssociations()
{
    // An application that does not list tel: itself, made the default by the user.
    const QByteArray plain = "[Desktop Entry]\nType=Application\nExec=plain %u\n";
    write(system() + "/applications/org.example.Plain.desktop", plain);
    write(system() + "/applications/org.example.Phone.desktop", phoneEntry);
    write(config() + "/mimeapps.list",
          "[Default Applications]\nx-scheme-handler/tel=org.example.Missing.desktop;"
          "org.example.Plain.desktop;\n");
    // The default first (the missing one skipped), then what lists tel: itself.
    QCOMPARE(schemeHandlers(QStringLiteral("tel"), dirs()),
             (QStringList{"org.example.Plain.desktop", "org.example.Phone.desktop"}));

    // Added in a data folder's mimeapps.list: counts as an association.
    write(config() + "/mimeapps.list", "");
    write(system() + "/applications/mimeapps.list",
          "[Added Associations]\nx-scheme-handler/tel=org.example.Plain.desktop;\n");
    QFile::remove(system() + "/applications/org.example.Phone.desktop");
    QCOMPARE(schemeHandlers(QStringLiteral("tel"), dirs()),
             QStringList{"org.example.Plain.desktop"});

    // A default or an association naming nothing installed is no handler.
    QFile::remove(system() + "/applications/org.example.Plain.desktop");
    QVERIFY(schemeHandlers(QStringLiteral("tel"), dirs()).isEmpty());
}

void TestXdgDialer::removedAssociation()
{
    write(system() + "/applications/org.example.Phone.desktop", phoneEntry);
    write(config() + "/mimeapps.list",
          "[Removed Associations]\nx-scheme-handler/tel=org.example.Phone.desktop;\n");
    QVERIFY(schemeHandlers(QStringLiteral("tel"), dirs()).isEmpty());
    // Only for that scheme.
    QCOMPARE(schemeHandlers(QStringLiteral("sip"), dirs()),
             QStringList{"org.example.Phone.desktop"});
    // A desktop's own list is read for that desktop only.
    write(config() + "/mimeapps.list", "");
    write(config() + "/kde-mimeapps.list",
          "[Removed Associations]\nx-scheme-handler/tel=org.example.Phone.desktop;\n");
    QCOMPARE(schemeHandlers(QStringLiteral("tel"), dirs()),
             QStringList{"org.example.Phone.desktop"});
    XdgDirs kde = dirs();
    kde.desktops = {QStringLiteral("kde")};
    QVERIFY(schemeHandlers(QStringLiteral("tel"), kde).isEmpty());
}

void TestXdgDialer::directoriesFromTheEnvironment()
{
    qputenv("XDG_DATA_HOME", "/data/home");
    qputenv("XDG_DATA_DIRS", "/data/one:relative/ignored::/data/two/");
    qputenv("XDG_CONFIG_HOME", "/config/home");
    qputenv("XDG_CONFIG_DIRS", "/config/system");
    qputenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME");
    XdgDirs read = XdgDirs::fromEnvironment();
    QCOMPARE(read.dataDirs, (QStringList{"/data/home", "/data/one", "/data/two"}));
    QCOMPARE(read.configDirs, (QStringList{"/config/home", "/config/system"}));
    QCOMPARE(read.desktops, (QStringList{"ubuntu", "gnome"}));

    // Unset or empty: the specification's defaults.
    qunsetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_DIRS", "");
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_CONFIG_DIRS");
    qunsetenv("XDG_CURRENT_DESKTOP");
    read = XdgDirs::fromEnvironment();
    QCOMPARE(read.dataDirs,
             (QStringList{QDir::homePath() + "/.local/share", "/usr/local/share", "/usr/share"}));
    QCOMPARE(read.configDirs, (QStringList{QDir::homePath() + "/.config", "/etc/xdg"}));
    QVERIFY(read.desktops.isEmpty());
}

void TestXdgDialer::canCallFollowsTheEnvironment()
{
    useTemporaryEnvironment();
    XdgDialer dialer;
    QVERIFY(!dialer.canCall());
    write(home() + "/applications/org.example.Phone.desktop", phoneEntry);
    // Asked again each time: an application installed while the app runs counts.
    QVERIFY(dialer.canCall());
    QFile::remove(home() + "/applications/org.example.Phone.desktop");
    QVERIFY(!dialer.canCall());
}

// The whole way: QDesktopServices hands tel:112 to xdg-open, which finds the fake phone
// app's desktop entry in the temporary XDG_DATA_HOME and runs it with the link.
void TestXdgDialer::callReachesTheHandler()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty(),
             "xdg-open (xdg-utils, platform/linux/install-deps.sh) is needed");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run under xvfb-run (see CMakeLists.txt)");
    useTemporaryEnvironment();
    // xdg-open's generic way (mimeapps.list, then the entries), whatever desktop runs the test.
    for (const char* variable :
         {"KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID",
          "MATE_DESKTOP_SESSION_ID", "DESKTOP_SESSION", "BROWSER"})
        qunsetenv(variable);

    const QString called = m_dir->filePath(QStringLiteral("called"));
    const QString phone = m_dir->filePath(QStringLiteral("fake-phone"));
    write(phone, QStringLiteral("#!/bin/sh\nprintf '%s' \"$1\" > '%1.part' && mv '%1.part' '%1'\n")
                     .arg(called)
                     .toUtf8());
    QVERIFY(QFile::setPermissions(phone, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    write(home() + "/applications/org.example.FakePhone.desktop",
          QStringLiteral("[Desktop Entry]\nType=Application\nName=Fake phone\nExec=%1 %u\n"
                         "MimeType=x-scheme-handler/tel;\n")
              .arg(phone)
              .toUtf8());

    XdgDialer dialer;
    QVERIFY(dialer.canCall());
    QVERIFY(!dialer.call(QStringLiteral("112;rm")));
    QVERIFY(dialer.call(QStringLiteral("112")));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(called), 20000);
    QFile file(called);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("tel:112"));
}

QTEST_MAIN(TestXdgDialer)
#include "tst_xdgdialer.moc"
