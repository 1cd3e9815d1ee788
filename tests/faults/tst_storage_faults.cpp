#include "exchange/logwriter.h"
#include "faultsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>

#include <sys/stat.h>
#include <unistd.h>

// The database under storage faults, through the real executable: a full disk, a read-only
// file, another writer holding the lock, a cut-off file, random bytes in a page. Each gives
// exit 3 and a message naming the database (or, for the writer helper, a clear message), and
// once the fault is removed nothing that was stored before is missing.
namespace {

using namespace aftercare;

constexpr uid_t nobody = 65534;

// One new session with one check-in: what the faulty imports try to add.
const QByteArray newLog = R"({"format": "aftercare-log", "version": 1, "sessions": [
  {"id": "new-one", "start": "2026-12-01T10:00:00+01:00", "areasWorked": ["neck"],
   "checkIns": [{"at": "2026-12-01T20:00:00+01:00",
                 "symptoms": [{"region": "neck", "intensity": 4}]}]}]}
)";

QString faultScript()
{
    return faults::sourcePath(QStringLiteral("tests/faults/with-fault.sh"));
}

bool namespacesWork()
{
    static const bool work =
        faults::runProgram(QStringLiteral("bash"),
                           {faultScript(), QStringLiteral("probe"), QStringLiteral("0"),
                            QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")})
            .exitCode == 0;
    return work;
}

QStringList importArgs(const QString& dataDir, const QString& file)
{
    return {QStringLiteral("--data-dir"), dataDir, QStringLiteral("import"), file};
}

// The session ids an export holds.
QStringList idsOf(const QJsonObject& exported)
{
    QStringList ids;
    for (const QJsonValue& session : exported.value(QStringLiteral("sessions")).toArray())
        ids << session.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    return ids;
}

struct PageFacts
{
    int pageSize = 0;
    QHash<QString, int> rootPages; // table or index name -> root page number
};

PageFacts pageFacts(const QString& databaseFile)
{
    PageFacts facts;
    const QByteArray header = faults::readBytes(databaseFile).left(100);
    if (header.size() == 100) {
        const int raw = qFromBigEndian<quint16>(header.constData() + 16);
        facts.pageSize = raw == 1 ? 65536 : raw;
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("page-facts"));
        db.setDatabaseName(databaseFile);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(
                QStringLiteral("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0"));
            while (query.next())
                facts.rootPages.insert(query.value(0).toString(), query.value(1).toInt());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("page-facts"));
    return facts;
}

// Runs `sql` through a connection of the test's own that never waits for a lock.
bool tryExec(const QString& databaseFile, const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("try-exec"));
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            query.finish();
            if (ok)
                query.exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("try-exec"));
    return ok;
}

bool chownTree(const QString& dir, uid_t uid)
{
    if (::chown(QFile::encodeName(dir).constData(), uid, uid) != 0)
        return false;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        if (::chown(QFile::encodeName(QDir(dir).filePath(name)).constData(), uid, uid) != 0)
            return false;
    }
    return true;
}

using Fault = std::function<void(const QString& databaseFile)>;

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullDiskDuringImport_data();
    void fullDiskDuringImport();
    void fullDiskWhileAddingCheckIns_data() { fullDiskDuringImport_data(); }
    void fullDiskWhileAddingCheckIns();
    void fullDiskForANewDatabase_data() { fullDiskDuringImport_data(); }
    void fullDiskForANewDatabase();
    void readOnly_data();
    void readOnly();
    void lockedByAnotherWriter();
    void failedMigrationLeavesTheFileUntouched();
    void fullDiskDuringExport_data();
    void fullDiskDuringExport();
    void damaged_data();
    void damaged();

private:
    // A fresh copy of the seeded folder.
    QString seededCopy(const QString& name);
    // Export equals the seed plus `extraIds`, and the file passes its integrity check.
    void verifyHolds(const QString& dataDir, const QStringList& extraIds);
    faults::Run underFault(const QString& mode, int kib, const QString& seedDir,
                           const QString& name, const QStringList& command);
    // A run under a full disk (`mode`) failed as it should: no crash, exit `exitCode`, and a
    // message that names the database and, on tmpfs, says the disk is full.
    void verifyFullDiskFailure(const faults::Run& run, const QString& mode, int exitCode);
    // An empty folder to start a run from (shared by the tests, which only read it).
    QString emptyFolder();

    QTemporaryDir m_temp;
    QString m_seedDir;
    QString m_newLog;
    QString m_bigLog;
    QStringList m_bigIds;
    QJsonObject m_seeded;
};

void TestStorageFaults::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_seedDir = m_temp.filePath(QStringLiteral("seed"));
    const faults::Run seeded = faults::runAftercare(
        importArgs(m_seedDir, faults::sourcePath(QStringLiteral("tests/faults/seed.json"))));
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.describe()));
    QString why;
    const std::optional<QJsonObject> content = faults::exportedContent(m_seedDir, &why);
    QVERIFY2(content, qPrintable(why));
    m_seeded = *content;
    // Closed cleanly: the database is one file.
    QCOMPARE(QDir(m_seedDir).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("aftercare.sqlite")});

    m_newLog = m_temp.filePath(QStringLiteral("new.json"));
    QVERIFY(faults::writeBytes(m_newLog, newLog));
    const QList<Session> big = faults::bigLog(20, 100);
    for (const Session& session : big)
        m_bigIds << session.id;
    m_bigLog = m_temp.filePath(QStringLiteral("big.json"));
    QVERIFY(faults::writeBytes(m_bigLog, exchange::writeLog(big, big.first().start)));
    qInfo("private mount namespaces (tmpfs, read-only bind) %s here; running as %s",
          namespacesWork() ? "work" : "do not work", ::geteuid() == 0 ? "root" : "a user");
}

QString TestStorageFaults::seededCopy(const QString& name)
{
    const QString dir = m_temp.filePath(name);
    QDir(dir).removeRecursively();
    if (!faults::copyFolder(m_seedDir, dir))
        qFatal("cannot copy the seeded folder");
    return dir;
}

void TestStorageFaults::verifyHolds(const QString& dataDir, const QStringList& extraIds)
{
    QCOMPARE(faults::integrityCheck(faults::databasePath(dataDir)), QStringLiteral("ok"));
    QString why;
    const std::optional<QJsonObject> content = faults::exportedContent(dataDir, &why);
    QVERIFY2(content, qPrintable(why));
    QStringList expected = idsOf(m_seeded) + extraIds;
    expected.sort();
    QCOMPARE(idsOf(*content), expected);
    // The seeded sessions are exactly as they were.
    const QJsonArray sessions = content->value(QStringLiteral("sessions")).toArray();
    for (const QJsonValue& seeded : m_seeded.value(QStringLiteral("sessions")).toArray()) {
        bool found = false;
        for (const QJsonValue& session : sessions)
            found = found || session == seeded;
        QVERIFY2(found, qPrintable(seeded.toObject().value(QStringLiteral("id")).toString()));
    }
}

faults::Run TestStorageFaults::underFault(const QString& mode, int kib, const QString& seedDir,
                                          const QString& name, const QStringList& command)
{
    const QString dir = m_temp.filePath(name + QStringLiteral("-live"));
    const QString out = m_temp.filePath(name);
    QDir(dir).removeRecursively();
    QDir(out).removeRecursively();
    QDir().mkpath(dir);
    QStringList arguments{faultScript(), mode, QString::number(kib), seedDir,
                          dir,           out,  QStringLiteral("--")};
    arguments += command;
    for (QString& argument : arguments)
        argument.replace(QStringLiteral("@DIR@"), dir);
    return faults::runProgram(QStringLiteral("bash"), arguments);
}

void TestStorageFaults::verifyFullDiskFailure(const faults::Run& run, const QString& mode,
                                              int exitCode)
{
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    const QString message = QString::fromUtf8(run.err);
    qInfo("%s: %s", qPrintable(mode), qPrintable(message.trimmed()));
    QVERIFY2(message.contains(QStringLiteral("aftercare.sqlite")), qPrintable(message));
    if (mode == QLatin1String("tmpfs"))
        QVERIFY2(message.contains(QStringLiteral("is full (")), qPrintable(message));
}

QString TestStorageFaults::emptyFolder()
{
    const QString empty = m_temp.filePath(QStringLiteral("empty"));
    QDir().mkpath(empty);
    return empty;
}

void TestStorageFaults::fullDiskDuringImport_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("tmpfs: ENOSPC") << QStringLiteral("tmpfs");
    QTest::newRow("RLIMIT_FSIZE: EFBIG") << QStringLiteral("fsize");
}

// The disk fills up half way through a big import: nothing of it is kept, everything from
// before is, and with room again the same import succeeds.
void TestStorageFaults::fullDiskDuringImport()
{
    QFETCH(QString, mode);
    if (mode == QLatin1String("tmpfs") && !namespacesWork())
        QSKIP("private mount namespaces are not available here (RLIMIT_FSIZE row covers it)");
    const qint64 seedBytes = QFileInfo(faults::databasePath(m_seedDir)).size();
    // Room for the seed, the shared-memory index and a few pages, far from the whole import.
    const int kib = int(seedBytes / 1024) + 192;
    const faults::Run run = underFault(mode, kib, m_seedDir, QStringLiteral("full-import-") + mode,
                                       QStringList{faults::aftercareExecutable()} +
                                           importArgs(QStringLiteral("@DIR@"), m_bigLog));
    verifyFullDiskFailure(run, mode, 3);
    if (QTest::currentTestFailed())
        return;

    // The fault removed: the files as they were left, on a disk with room.
    const QString out = m_temp.filePath(QStringLiteral("full-import-") + mode);
    verifyHolds(out, {});
    const faults::Run again = faults::runAftercare(importArgs(out, m_bigLog));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    verifyHolds(out, m_bigIds);
}

// The crash writer adds check-ins until the disk is full: it fails with a clear message, and
// every check-in it reported as saved is there.
void TestStorageFaults::fullDiskWhileAddingCheckIns()
{
    QFETCH(QString, mode);
    if (mode == QLatin1String("tmpfs") && !namespacesWork())
        QSKIP("private mount namespaces are not available here (RLIMIT_FSIZE row covers it)");
    const QString empty = emptyFolder();
    const QString name = QStringLiteral("full-writer-") + mode;
    const faults::Run run = underFault(
        mode, 512, empty, name, {QStringLiteral(CRASHWRITER_EXECUTABLE), QStringLiteral("@DIR@")});
    verifyFullDiskFailure(run, mode, 1);
    if (QTest::currentTestFailed())
        return;

    int reported = 0;
    for (const QByteArray& line : run.out.split('\n')) {
        if (line.startsWith("saved "))
            ++reported;
    }
    QVERIFY2(reported > 10, "the disk filled up before the writer got going");
    const QString out = m_temp.filePath(name);
    QCOMPARE(faults::integrityCheck(faults::databasePath(out)), QStringLiteral("ok"));
    QString why;
    const std::optional<QJsonObject> content = faults::exportedContent(out, &why);
    QVERIFY2(content, qPrintable(why));
    const QJsonArray sessions = content->value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 1);
    const int stored =
        sessions.first().toObject().value(QStringLiteral("checkIns")).toArray().size();
    QVERIFY2(stored == reported,
             qPrintable(QStringLiteral("%1 stored, %2 reported").arg(stored).arg(reported)));
}

// No room even to create the database: exit 3 and a message that says the disk is full (SQLite
// itself only says "disk I/O error" there), no crash.
void TestStorageFaults::fullDiskForANewDatabase()
{
    QFETCH(QString, mode);
    if (mode == QLatin1String("tmpfs") && !namespacesWork())
        QSKIP("private mount namespaces are not available here (RLIMIT_FSIZE row covers it)");
    const QString empty = emptyFolder();
    const faults::Run run = underFault(
        mode, mode == QLatin1String("tmpfs") ? 8 : 2, empty, QStringLiteral("full-new-") + mode,
        QStringList{faults::aftercareExecutable()} + importArgs(QStringLiteral("@DIR@"), m_newLog));
    verifyFullDiskFailure(run, mode, 3);
}

void TestStorageFaults::readOnly_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("file mode 0400 (run as nobody when root)") << QStringLiteral("mode");
    QTest::newRow("read-only file system (bind mount)") << QStringLiteral("ro-bind");
    QTest::newRow("immutable file (chattr +i)") << QStringLiteral("immutable");
}

// Import and export against a database that cannot be written: exit 3 for the import, the file
// untouched, and nothing lost once it is writable again.
void TestStorageFaults::readOnly()
{
    QFETCH(QString, how);
    const QString dir = seededCopy(QStringLiteral("read-only-") + how);
    const QString file = faults::databasePath(dir);
    const bool root = ::geteuid() == 0;
    QString program = faults::aftercareExecutable();
    QStringList prefix;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    std::function<void()> undo = [] {};

    if (how == QLatin1String("mode")) {
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        undo = [file] {
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        };
        if (root) {
            // Root ignores file modes: run the command as nobody, owner of a 0400 file.
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("running as root without setpriv: file modes cannot be enforced");
            QVERIFY(::chmod(QFile::encodeName(m_temp.path()).constData(), 0711) == 0);
            QVERIFY(chownTree(dir, nobody));
            const QString home = m_temp.filePath(QStringLiteral("home-of-nobody"));
            QDir().mkpath(home);
            QVERIFY(chownTree(home, nobody));
            environment.insert(QStringLiteral("HOME"), home);
            environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
            prefix = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                 QStringLiteral("--clear-groups"), program};
            program = QStringLiteral("setpriv");
            undo = [file, dir, this] {
                chownTree(dir, 0);
                ::chmod(QFile::encodeName(m_temp.path()).constData(), 0700);
                QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            };
        }
    } else if (how == QLatin1String("ro-bind")) {
        if (!namespacesWork())
            QSKIP("private mount namespaces are not available here");
    } else {
        if (!root)
            QSKIP("chattr +i needs root");
        const faults::Run chattr =
            faults::runProgram(QStringLiteral("chattr"), {QStringLiteral("+i"), file});
        if (chattr.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("chattr +i does not work here: ") + chattr.describe()));
        undo = [file] {
            faults::runProgram(QStringLiteral("chattr"), {QStringLiteral("-i"), file});
        };
    }
    struct Undo
    {
        std::function<void()>& undo;
        ~Undo() { undo(); }
    } guard{undo};

    const faults::FolderState before = faults::folderState(dir);
    faults::Run imported;
    QString checked = dir; // the folder that must be left as it was
    if (how == QLatin1String("ro-bind")) {
        // The command sees a private read-only view of a copy of `dir`, copied back out after.
        imported = underFault(QStringLiteral("ro-bind"), 0, dir, QStringLiteral("ro-bind-out"),
                              QStringList{program} + importArgs(QStringLiteral("@DIR@"), m_newLog));
        checked = m_temp.filePath(QStringLiteral("ro-bind-out"));
    } else {
        imported = faults::runProgram(program, prefix + importArgs(dir, m_newLog), {}, environment);
    }
    QVERIFY2(imported.finished && !imported.crashed, qPrintable(imported.describe()));
    QVERIFY2(imported.exitCode == 3, qPrintable(imported.describe()));
    const QString message = QString::fromUtf8(imported.err);
    qInfo("%s: %s", qPrintable(how), qPrintable(message.trimmed()));
    // It names the database file, or the folder when the whole folder is read-only.
    const QString named = how == QLatin1String("ro-bind")
                              ? m_temp.filePath(QStringLiteral("ro-bind-out-live"))
                              : file;
    QVERIFY2(message.contains(named), qPrintable(message));
    // No permission can help a read-only file system.
    if (how == QLatin1String("ro-bind"))
        QVERIFY2(message.contains(QStringLiteral("read-only file system")) &&
                     !message.contains(QStringLiteral("Give your user")),
                 qPrintable(message));
    const faults::FolderState after = faults::folderState(checked);
    QVERIFY2(after == before, qPrintable(faults::differences(before, after)));

    // Reading needs no write access: export and `reminders list` work and change nothing.
    const QList<QStringList> reads{{QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("-o"),
                                    QStringLiteral("-")},
                                   {QStringLiteral("reminders"), QStringLiteral("list")}};
    for (const QStringList& command : reads) {
        faults::Run read;
        QString readFolder = dir;
        if (how == QLatin1String("ro-bind")) {
            read = underFault(
                QStringLiteral("ro-bind"), 0, dir, QStringLiteral("ro-bind-read"),
                QStringList{program, QStringLiteral("--data-dir"), QStringLiteral("@DIR@")} +
                    command);
            readFolder = m_temp.filePath(QStringLiteral("ro-bind-read"));
        } else {
            read = faults::runProgram(
                program, prefix + QStringList{QStringLiteral("--data-dir"), dir} + command, {},
                environment);
        }
        QVERIFY2(read.finished && read.exitCode == 0, qPrintable(read.describe()));
        if (command.first() == QLatin1String("export")) {
            QJsonObject exported = QJsonDocument::fromJson(read.out).object();
            exported.remove(QStringLiteral("exportedAt"));
            QCOMPARE(exported, m_seeded);
        } else {
            QVERIFY(QJsonDocument::fromJson(read.out).isArray());
        }
        const faults::FolderState afterRead = faults::folderState(readFolder);
        QVERIFY2(afterRead == before, qPrintable(faults::differences(before, afterRead)));
    }

    undo();
    undo = [] {};
    verifyHolds(checked, {});
    const faults::Run again = faults::runAftercare(importArgs(checked, m_newLog));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    verifyHolds(checked, {QStringLiteral("new-one")});
}

// A sqlite3 process holds the write lock (BEGIN EXCLUSIVE): the import waits its busy timeout,
// then gives up with exit 3 and leaves the file alone; once the lock is gone it succeeds.
void TestStorageFaults::lockedByAnotherWriter()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 tool is not installed");
    const QString dir = seededCopy(QStringLiteral("locked"));
    const QString file = faults::databasePath(dir);
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), {file});
    QVERIFY(holder.waitForStarted());
    holder.write("PRAGMA journal_mode = WAL;\nBEGIN EXCLUSIVE;\n"
                 "INSERT INTO settings (key, value) VALUES ('held', 'by sqlite3');\n");
    QTRY_VERIFY_WITH_TIMEOUT(!tryExec(file, QStringLiteral("BEGIN IMMEDIATE")), 30000);

    // The holder's shared-memory index changes as readers come and go: compare the rest.
    const auto stateWithoutShm = [&dir] {
        faults::FolderState state = faults::folderState(dir);
        state.files.remove(QStringLiteral("aftercare.sqlite-shm"));
        return state;
    };
    const faults::FolderState before = stateWithoutShm();
    QElapsedTimer timer;
    timer.start();
    const faults::Run run = faults::runAftercare(importArgs(dir, m_newLog));
    const qint64 waited = timer.elapsed();
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    const QString message = QString::fromUtf8(run.err);
    qInfo("gave up after %lld ms: %s", qlonglong(waited), qPrintable(message.trimmed()));
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("another program")), qPrintable(message));
    const faults::FolderState after = stateWithoutShm();
    QVERIFY2(after == before, qPrintable(faults::differences(before, after)));

    // Readers need no lock (WAL): export and `reminders list` work meanwhile.
    const faults::Run exported = faults::runAftercare(
        {QStringLiteral("--data-dir"), dir, QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(exported.finished && exported.exitCode == 0, qPrintable(exported.describe()));
    QVERIFY(exported.out.startsWith("\xEF\xBB\xBFsession_id,"));
    const faults::Run listed = faults::runAftercare(
        {QStringLiteral("--data-dir"), dir, QStringLiteral("reminders"), QStringLiteral("list")});
    QVERIFY2(listed.finished && listed.exitCode == 0, qPrintable(listed.describe()));
    const faults::FolderState afterReads = stateWithoutShm();
    QVERIFY2(afterReads == before, qPrintable(faults::differences(before, afterReads)));

    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(60000));
    verifyHolds(dir, {});
    const faults::Run again = faults::runAftercare(importArgs(dir, m_newLog));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    verifyHolds(dir, {QStringLiteral("new-one")});
}

// A database whose version was set back (3) while its schema is at 5: updating it fails at
// the last step. All steps run in one transaction, so the file is left exactly as it was
// (not half-way at version 4), for export and import alike.
void TestStorageFaults::failedMigrationLeavesTheFileUntouched()
{
    const QString dir = seededCopy(QStringLiteral("migration-fails"));
    const QString file = faults::databasePath(dir);
    QVERIFY(tryExec(file, QStringLiteral("PRAGMA user_version = 3")));
    const faults::FolderState before = faults::folderState(dir);
    const QList<QStringList> commands{{QStringLiteral("--data-dir"), dir, QStringLiteral("export"),
                                       QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("-o"), QStringLiteral("-")},
                                      importArgs(dir, m_newLog)};
    for (const QStringList& command : commands) {
        const faults::Run run = faults::runAftercare(command);
        QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
        const QString message = QString::fromUtf8(run.err);
        QVERIFY2(message.contains(file) && message.contains(QStringLiteral("already exists")) &&
                     message.contains(QStringLiteral("left at version 3")),
                 qPrintable(message));
        QVERIFY(run.out.isEmpty());
        const faults::FolderState after = faults::folderState(dir);
        QVERIFY2(after == before, qPrintable(faults::differences(before, after)));
    }
    QCOMPARE(faults::integrityCheck(file), QStringLiteral("ok"));
}

void TestStorageFaults::fullDiskDuringExport_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("format");
    for (const char* mode : {"tmpfs", "fsize"}) {
        for (const char* format : {"json", "csv", "fhir", "pdf"})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(mode, format)))
                << QString::fromLatin1(mode) << QString::fromLatin1(format);
    }
}

// The export's file does not fit on the disk (a 64 KiB tmpfs, or RLIMIT_FSIZE): exit 1, a
// message that says the disk is full, and no partial or temporary file left.
void TestStorageFaults::fullDiskDuringExport()
{
    QFETCH(QString, mode);
    QFETCH(QString, format);
    if (mode == QLatin1String("tmpfs") && !namespacesWork())
        QSKIP("private mount namespaces are not available here (RLIMIT_FSIZE rows cover it)");
    const QString bigDir = m_temp.filePath(QStringLiteral("big"));
    if (!QFileInfo::exists(faults::databasePath(bigDir))) {
        const faults::Run imported = faults::runAftercare(importArgs(bigDir, m_bigLog));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    }
    const QString empty = emptyFolder();
    const QString name = QStringLiteral("full-export-%1-%2").arg(mode, format);
    const QString output = QStringLiteral("@DIR@/export.") + format;
    const faults::Run run =
        underFault(mode, 64, empty, name,
                   {faults::aftercareExecutable(), QStringLiteral("--data-dir"), bigDir,
                    QStringLiteral("export"), QStringLiteral("--format"), format,
                    QStringLiteral("-o"), output});
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    const QString message = QString::fromUtf8(run.err);
    qInfo("%s", qPrintable(message.trimmed()));
    QVERIFY2(
        message.contains(QStringLiteral("export.%1: cannot write: the disk is full (").arg(format)),
        qPrintable(message));
    QCOMPARE(QDir(m_temp.filePath(name))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestStorageFaults::damaged_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("reason"); // part of the message
    QTest::newRow("cut off half way") << Fault([](const QString& file) {
        QFile f(file);
        QVERIFY(f.resize(f.size() / 2));
    }) << QStringLiteral("cut off");
    QTest::newRow("cut off inside the header") << Fault([](const QString& file) {
        QFile f(file);
        QVERIFY(f.resize(60));
    }) << QStringLiteral("cut off");
    QTest::newRow("cut off to nothing but one page") << Fault([](const QString& file) {
        QFile f(file);
        QVERIFY(f.resize(pageFacts(file).pageSize));
    }) << QStringLiteral("cut off");
    const auto randomPage = [](const QString& object, quint32 seed) {
        return Fault([object, seed](const QString& file) {
            const PageFacts facts = pageFacts(file);
            QVERIFY(facts.pageSize >= 512);
            const int page = facts.rootPages.value(object);
            QVERIFY2(page > 1, qPrintable(object));
            QByteArray noise(facts.pageSize, Qt::Uninitialized);
            QRandomGenerator random(seed);
            for (char& byte : noise)
                byte = char(random.bounded(256));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(page - 1) * facts.pageSize));
            QCOMPARE(f.write(noise), noise.size());
        });
    };
    QTest::newRow("random bytes over the check_ins table")
        << randomPage("check_ins", 1) << QStringLiteral("damaged");
    QTest::newRow("random bytes over the sessions table")
        << randomPage("sessions", 2) << QStringLiteral("damaged");
    QTest::newRow("random bytes over the check-in time index")
        << randomPage("check_ins_by_session_time", 3) << QStringLiteral("damaged");
    QTest::newRow("random bytes over the symptoms table")
        << randomPage("symptoms", 4) << QStringLiteral("damaged");
}

// import and export refuse a damaged file with exit 3, write nothing to it, and put back as it
// was (from a backup) the file holds everything.
void TestStorageFaults::damaged()
{
    QFETCH(Fault, fault);
    QFETCH(QString, reason);
    const QString dir = seededCopy(QStringLiteral("damaged-") + QTest::currentDataTag());
    const QString file = faults::databasePath(dir);
    const QByteArray backup = faults::readBytes(file);
    fault(file);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("aftercare.sqlite")});
    const faults::FolderState before = faults::folderState(dir);

    const faults::Run imported = faults::runAftercare(importArgs(dir, m_newLog));
    const faults::Run exported = faults::runAftercare(
        {QStringLiteral("--data-dir"), dir, QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
    qInfo("import: %s", qPrintable(imported.describe().trimmed()));
    for (const faults::Run* run : {&imported, &exported}) {
        QVERIFY2(run->finished && !run->crashed, qPrintable(run->describe()));
        QVERIFY2(run->exitCode == 3, qPrintable(run->describe()));
        const QString message = QString::fromUtf8(run->err);
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }
    QVERIFY2(exported.out.isEmpty(), exported.out.left(300).constData());
    const faults::FolderState after = faults::folderState(dir);
    QVERIFY2(after == before, qPrintable(faults::differences(before, after)));

    QVERIFY(faults::writeBytes(file, backup));
    verifyHolds(dir, {});
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storage_faults.moc"
