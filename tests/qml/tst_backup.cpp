// The "Back up and restore" page's controller over real SQLite files: a backup
// is a log v2 file readable by the owner only that holds exactly what is
// stored; a restore is read and previewed first, refused with the located
// error or the conflict (nothing changes), then applied all or nothing and
// the sessions list follows. "Open folder" (backup and export) goes through
// an injected opener, so no file manager is launched.
#include "appcontroller.h"
#include "backupform.h"
#include "exportform.h"
#include "formatting.h"
#include "sessionlistmodel.h"

#include "exchange/logreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>
#include <vector>

using namespace aftercare;

namespace {

// A session that started `hoursAgo` hours ago with check-ins 1, 2, 3… hours
// after its start, each "lower back <intensity 3>".
Session makeSession(const QString& id, int hoursAgo, int checkIns,
                    const QString& technique = QStringLiteral("swedish"))
{
    const QDateTime start = QDateTime::currentDateTime().addSecs(-qint64(hoursAgo) * 3600);
    Session s;
    s.id = id;
    s.start = format::timestamp(start);
    s.technique = technique;
    s.areasWorked = {QStringLiteral("lower-back")};
    s.baseline = {{QStringLiteral("lower-back"), 2}};
    for (int i = 1; i <= checkIns; ++i) {
        CheckIn c;
        c.at = format::timestamp(start.addSecs(qint64(i) * 3600));
        c.symptoms = {{QStringLiteral("lower-back"), 3, {QStringLiteral("aching")}}};
        s.checkIns << c;
    }
    return s;
}

int mode(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void backupWritesEverythingOwnerOnly();
    void backupRefusals();
    void previewCountsNewAndPresent();
    void invalidFileNamesTheErrorAndChangesNothing();
    void conflictIsRefusedAndChangesNothing();
    void conflictAfterPreviewChangesNothing();
    void restoreIntoEmptyLogBringsBackEverything();
    void openFolderUsesTheOpener();
    void exportOpenFolderUsesTheOpener();

private:
    // A fresh data folder under the temporary folder, opened.
    AppController* open(const QString& name);
    void add(AppController* app, const Session& session);
    // A backup of `app` written by a BackupForm; its path.
    QString backUp(AppController* app, const QString& name);
    // A backup of a log ("source") holding `shared` and a session "new" (3 check-ins).
    QString backUpWithNewSession(const Session& shared);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<AppController>> m_apps;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackup::cleanup()
{
    m_apps.clear();
    m_dir.reset();
}

AppController* TestBackup::open(const QString& name)
{
    m_apps.push_back(std::make_unique<AppController>(m_dir->filePath(name)));
    AppController* app = m_apps.back().get();
    app->open();
    if (!app->isReady())
        qWarning("not ready: %s", qPrintable(app->problemMessage()));
    return app;
}

void TestBackup::add(AppController* app, const Session& session)
{
    if (const auto added = app->repository().addSession(session); !added)
        qWarning("%s", qPrintable(added.message));
    app->notifyContentChanged();
}

QString TestBackup::backUp(AppController* app, const QString& name)
{
    BackupForm form;
    form.setApp(app);
    const QString path = m_dir->filePath(name);
    if (!form.backUpTo(QUrl::fromLocalFile(path)))
        qWarning("backup failed: %s", qPrintable(form.backupError()));
    return path;
}

QString TestBackup::backUpWithNewSession(const Session& shared)
{
    AppController* source = open(QStringLiteral("source"));
    add(source, shared);
    add(source, makeSession(QStringLiteral("new"), 10, 3));
    return backUp(source, QStringLiteral("backup.json"));
}

void TestBackup::backupWritesEverythingOwnerOnly()
{
    AppController* app = open(QStringLiteral("data"));
    QVERIFY(app->isReady());
    add(app, makeSession(QStringLiteral("a"), 50, 3));
    add(app, makeSession(QStringLiteral("b"), 20, 2, QStringLiteral("deep-tissue")));

    BackupForm form;
    QSignalSpy content(&form, &BackupForm::contentChanged);
    form.setApp(app);
    QCOMPARE(form.sessionCount(), 2);
    form.setNow(QDateTime(QDate(2026, 3, 5), QTime(9, 0)));
    QCOMPARE(form.suggestedFileName(), QStringLiteral("aftercare-backup-2026-03-05.json"));
    add(app, makeSession(QStringLiteral("c"), 10, 0));
    QVERIFY(content.count() >= 2); // setApp, then the write
    QCOMPARE(form.sessionCount(), 3);

    const QString path = m_dir->filePath(QStringLiteral("out/backup.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY2(form.backUpTo(QUrl::fromLocalFile(path)), qPrintable(form.backupError()));
    QCOMPARE(mode(path), 0600);
    QVERIFY(form.backupError().isEmpty());
    // The folder is named so that the person finds the file (as ~/… under the home folder).
    QCOMPARE(form.backupText(),
             QStringLiteral("Backed up 3 sessions and 5 check-ins to backup.json in %1.")
                 .arg(QFileInfo(path).absolutePath()));
    QCOMPARE(form.savedFolder(), QFileInfo(path).absolutePath());

    const exchange::LogReadResult read = exchange::readLog(readAll(path));
    QVERIFY2(read.ok(), qPrintable(read.error.toString()));
    const QList<Session> stored = app->repository().allSessions().value;
    QCOMPARE(stored.size(), 3);
    QCOMPARE(read.log->sessions, stored);
}

void TestBackup::backupRefusals()
{
    AppController* app = open(QStringLiteral("data"));
    BackupForm form;
    form.setApp(app);
    const QString path = m_dir->filePath(QStringLiteral("empty.json"));
    QVERIFY(!form.backUpTo(QUrl::fromLocalFile(path)));
    QCOMPARE(form.backupError(), QStringLiteral("There is nothing to back up yet."));
    QVERIFY(!QFile::exists(path));
    QVERIFY(form.savedFolder().isEmpty());

    add(app, makeSession(QStringLiteral("a"), 5, 1));
    QVERIFY(!form.backUpTo(QUrl(QStringLiteral("https://example.org/backup.json"))));
    QVERIFY(!form.backUpTo(QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("no/such/b.json")))));
    QVERIFY(form.backupError().contains(QStringLiteral("could not be written")));
    QVERIFY(form.savedFolder().isEmpty());

    BackupForm noApp;
    QCOMPARE(noApp.sessionCount(), 0);
    QVERIFY(!noApp.backUpTo(QUrl::fromLocalFile(path)));
    QVERIFY(!noApp.chooseRestoreFile(QUrl::fromLocalFile(path)));
    QCOMPARE(noApp.restoreState(), BackupForm::Failed);
}

void TestBackup::previewCountsNewAndPresent()
{
    AppController* source = open(QStringLiteral("source"));
    const Session a = makeSession(QStringLiteral("a"), 60, 2);
    add(source, a);
    add(source, makeSession(QStringLiteral("b"), 40, 3));
    add(source, makeSession(QStringLiteral("c"), 20, 1));
    const QString path = backUp(source, QStringLiteral("backup.json"));

    // The target already has session a with its first check-in only.
    AppController* target = open(QStringLiteral("target"));
    Session partial = a;
    partial.checkIns = {a.checkIns.first()};
    add(target, partial);
    const QList<Session> before = target->repository().allSessions().value;

    BackupForm form;
    form.setApp(target);
    QSignalSpy restoreSpy(&form, &BackupForm::restoreChanged);
    QCOMPARE(form.restoreState(), BackupForm::NoFile);
    QVERIFY2(form.chooseRestoreFile(QUrl::fromLocalFile(path)), qPrintable(form.restoreError()));
    QCOMPARE(form.restoreState(), BackupForm::Ready);
    QCOMPARE(form.restoreFileName(), QStringLiteral("backup.json"));
    QCOMPARE(form.restoreText(), QStringLiteral("3 sessions, 6 check-ins; 1 session already here; "
                                                "adds 2 sessions and 5 check-ins"));
    QVERIFY(form.restoreError().isEmpty());
    QVERIFY(restoreSpy.count() >= 1);
    // A preview writes nothing.
    QCOMPARE(target->repository().allSessions().value, before);
    QCOMPARE(target->sessions()->rowCount(), 1);

    QSignalSpy contentSpy(target, &AppController::contentChanged);
    QVERIFY2(form.restore(), qPrintable(form.restoreError()));
    QCOMPARE(form.restoreState(), BackupForm::Restored);
    QCOMPARE(form.restoreText(), QStringLiteral("Restored 2 sessions and 5 check-ins."));
    QCOMPARE(contentSpy.count(), 1);
    QCOMPARE(target->sessions()->rowCount(), 3); // the list the Home page shows
    QCOMPARE(form.sessionCount(), 3);
    QCOMPARE(target->repository().allSessions().value, source->repository().allSessions().value);
    QVERIFY(!form.restore()); // once only

    // The same file again: nothing new.
    QVERIFY(form.chooseRestoreFile(QUrl::fromLocalFile(path)));
    QCOMPARE(
        form.restoreText(),
        QStringLiteral("3 sessions, 6 check-ins; 3 sessions already here; nothing new to add"));
    QVERIFY(form.restore());
    QCOMPARE(form.restoreText(),
             QStringLiteral("Nothing was added: everything in the backup is already here."));
    QCOMPARE(target->repository().allSessions().value, source->repository().allSessions().value);

    form.clearRestore();
    QCOMPARE(form.restoreState(), BackupForm::NoFile);
    QVERIFY(form.restoreText().isEmpty());
    QVERIFY(!form.restore());
}

void TestBackup::invalidFileNamesTheErrorAndChangesNothing()
{
    AppController* source = open(QStringLiteral("source"));
    add(source, makeSession(QStringLiteral("a"), 30, 4));
    const QString good = backUp(source, QStringLiteral("good.json"));

    QJsonObject root = QJsonDocument::fromJson(readAll(good)).object();
    QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
    QJsonObject session = sessions.at(0).toObject();
    QJsonArray checkIns = session.value(QStringLiteral("checkIns")).toArray();
    QJsonObject checkIn = checkIns.at(3).toObject();
    QJsonArray symptoms = checkIn.value(QStringLiteral("symptoms")).toArray();
    QJsonObject symptom = symptoms.at(0).toObject();
    symptom.insert(QStringLiteral("intensity"), 11);
    symptoms.replace(0, symptom);
    checkIn.insert(QStringLiteral("symptoms"), symptoms);
    checkIns.replace(3, checkIn);
    session.insert(QStringLiteral("checkIns"), checkIns);
    sessions.replace(0, session);
    root.insert(QStringLiteral("sessions"), sessions);
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(bad, QJsonDocument(root).toJson()));
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.json"));
    QVERIFY(writeAll(garbage, "not json at all"));

    AppController* target = open(QStringLiteral("target"));
    add(target, makeSession(QStringLiteral("here"), 10, 1));
    const QList<Session> before = target->repository().allSessions().value;

    BackupForm form;
    form.setApp(target);
    QSignalSpy contentSpy(target, &AppController::contentChanged);
    QVERIFY(!form.chooseRestoreFile(QUrl::fromLocalFile(bad)));
    QCOMPARE(form.restoreState(), BackupForm::Invalid);
    QVERIFY2(form.restoreError().contains(QStringLiteral(
                 "sessions[0].checkIns[3].symptoms[0].intensity: 11 is outside 0..10")),
             qPrintable(form.restoreError()));
    QVERIFY(form.restoreError().contains(QStringLiteral("Nothing was changed")));
    QVERIFY(!form.restore());

    QVERIFY(!form.chooseRestoreFile(QUrl::fromLocalFile(garbage)));
    QCOMPARE(form.restoreState(), BackupForm::Invalid);
    QVERIFY(!form.restoreError().isEmpty());
    QVERIFY(
        !form.chooseRestoreFile(QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("none.json")))));
    QCOMPARE(form.restoreState(), BackupForm::Failed);
    QVERIFY(!form.restore());

    QCOMPARE(contentSpy.count(), 0);
    QCOMPARE(target->repository().allSessions().value, before);
    QCOMPARE(target->sessions()->rowCount(), 1);
}

void TestBackup::conflictIsRefusedAndChangesNothing()
{
    // The file holds a new session and one whose id is stored with other details.
    const Session shared = makeSession(QStringLiteral("shared"), 30, 2);
    const QString path = backUpWithNewSession(shared);

    AppController* target = open(QStringLiteral("target"));
    Session other = shared;
    other.technique = QStringLiteral("deep-tissue");
    add(target, other);
    const QList<Session> before = target->repository().allSessions().value;

    BackupForm form;
    form.setApp(target);
    QSignalSpy contentSpy(target, &AppController::contentChanged);
    QVERIFY(!form.chooseRestoreFile(QUrl::fromLocalFile(path)));
    QCOMPARE(form.restoreState(), BackupForm::Refused);
    QVERIFY2(form.restoreError().contains(QStringLiteral("sessions[0]")),
             qPrintable(form.restoreError()));
    QVERIFY(form.restoreError().contains(QStringLiteral("shared")));
    QVERIFY(form.restoreText().isEmpty());
    QVERIFY(!form.restore());
    QCOMPARE(contentSpy.count(), 0);
    QCOMPARE(target->repository().allSessions().value, before);
    QVERIFY(!target->repository().session(QStringLiteral("new")).value);
}

void TestBackup::conflictAfterPreviewChangesNothing()
{
    const Session shared = makeSession(QStringLiteral("shared"), 30, 2);
    const QString path = backUpWithNewSession(shared);

    AppController* target = open(QStringLiteral("target"));
    BackupForm form;
    form.setApp(target);
    QVERIFY(form.chooseRestoreFile(QUrl::fromLocalFile(path)));
    QCOMPARE(form.restoreText(),
             QStringLiteral("2 sessions, 5 check-ins; adds 2 sessions and 5 check-ins"));

    // Between the preview and the tap on Restore, a check-in of `shared` at the
    // same instant but with other content is stored.
    Session clash = shared;
    clash.checkIns = {shared.checkIns.first()};
    clash.checkIns.first().note = QStringLiteral("written elsewhere");
    add(target, clash);
    const QList<Session> before = target->repository().allSessions().value;

    QVERIFY(!form.restore());
    QCOMPARE(form.restoreState(), BackupForm::Refused);
    QVERIFY2(form.restoreError().contains(QStringLiteral("checkIns[0]")),
             qPrintable(form.restoreError()));
    QCOMPARE(target->repository().allSessions().value, before);
    QVERIFY(!target->repository().session(QStringLiteral("new")).value);
    QCOMPARE(target->sessions()->rowCount(), 1);
}

void TestBackup::restoreIntoEmptyLogBringsBackEverything()
{
    AppController* source = open(QStringLiteral("source"));
    Session rich = makeSession(QStringLiteral("rich"), 70, 5, QStringLiteral("deep-tissue"));
    rich.pressure = QStringLiteral("firm");
    rich.therapist = QStringLiteral("Alex");
    rich.notes = QStringLiteral("Left side mostly");
    rich.checkIns[1].note = QStringLiteral("Stiff after sitting");
    rich.checkIns[2].symptoms.clear(); // no soreness
    add(source, rich);
    add(source, makeSession(QStringLiteral("plain"), 30, 2));
    add(source, makeSession(QStringLiteral("none"), 2, 0));
    const QString path = backUp(source, QStringLiteral("backup.json"));

    AppController* target = open(QStringLiteral("fresh"));
    QCOMPARE(target->sessions()->rowCount(), 0);
    BackupForm form;
    form.setApp(target);
    QVERIFY2(form.chooseRestoreFile(QUrl::fromLocalFile(path)), qPrintable(form.restoreError()));
    QCOMPARE(form.restoreText(),
             QStringLiteral("3 sessions, 7 check-ins; adds 3 sessions and 7 check-ins"));
    QVERIFY2(form.restore(), qPrintable(form.restoreError()));
    QCOMPARE(target->sessions()->rowCount(), 3);
    QCOMPARE(target->repository().allSessions().value, source->repository().allSessions().value);

    // And backing the restored log up again gives the same sessions.
    const QString again = backUp(target, QStringLiteral("again.json"));
    const exchange::LogReadResult first = exchange::readLog(readAll(path));
    const exchange::LogReadResult second = exchange::readLog(readAll(again));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second.log->sessions, first.log->sessions);
}

void TestBackup::openFolderUsesTheOpener()
{
    AppController* app = open(QStringLiteral("data"));
    add(app, makeSession(QStringLiteral("a"), 5, 1));
    BackupForm form;
    form.setApp(app);
    QStringList opened;
    bool succeed = true;
    form.setFolderOpener([&](const QString& folder) {
        opened << folder;
        return succeed;
    });
    QVERIFY(!form.openFolder()); // nothing saved yet
    QVERIFY(opened.isEmpty());

    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(form.backUpTo(QUrl::fromLocalFile(folder + QStringLiteral("/b.json"))));
    QVERIFY(form.openFolder());
    QCOMPARE(opened, QStringList{QFileInfo(folder).absoluteFilePath()});

    succeed = false;
    QVERIFY(!form.openFolder());
    QVERIFY(form.backupError().contains(QStringLiteral("could not be opened")));
    QCOMPARE(opened.size(), 2);
}

void TestBackup::exportOpenFolderUsesTheOpener()
{
    AppController* app = open(QStringLiteral("data"));
    add(app, makeSession(QStringLiteral("a"), 5, 1));
    std::unique_ptr<ExportForm> form(app->exportForm({}));
    QStringList opened;
    form->setFolderOpener([&](const QString& folder) {
        opened << folder;
        return true;
    });
    QVERIFY(!form->openFolder());
    QVERIFY(form->savedFolder().isEmpty());

    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    form->setFormat(QStringLiteral("csv"));
    QVERIFY2(form->exportTo(QUrl::fromLocalFile(folder + QStringLiteral("/e.csv"))),
             qPrintable(form->error()));
    QCOMPARE(form->savedFolder(), QFileInfo(folder).absoluteFilePath());
    QVERIFY(form->openFolder());
    QCOMPARE(opened, QStringList{QFileInfo(folder).absoluteFilePath()});

    // A failed export forgets the folder: nothing to open.
    QVERIFY(!form->exportTo(QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("no/x.csv")))));
    QVERIFY(form->savedFolder().isEmpty());
    QVERIFY(!form->openFolder());
    QCOMPARE(opened.size(), 1);
}

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
