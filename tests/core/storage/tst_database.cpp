#include "model/vocabulary.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace aftercare::storage;

namespace {

// A plain QSQLITE connection of the test's own, to build fixtures and hold locks.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }
    // Whether a write transaction can start right now (it is rolled back at once).
    bool canWrite()
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
               query.exec(QStringLiteral("ROLLBACK"));
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

// Owner, group and other bits, without the "user" bits Qt adds for the current user.
QFileDevice::Permissions modeOf(const QString& path)
{
    return QFile::permissions(path) &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList tableNames(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// Everything "left exactly as it was" compares: bytes, modification time, folder listing.
struct FileState
{
    QByteArray bytes;
    QDateTime modified;
    QFileDevice::Permissions permissions;
    QStringList folder;
};

FileState stateOf(const QString& folder)
{
    FileState state;
    const QString path = QDir(folder).filePath(Database::fileName());
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        state.bytes = file.readAll();
    state.modified = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
    state.permissions = modeOf(path);
    state.folder = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
    return state;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A real Aftercare database with enough rows to span many pages, closed cleanly.
void makeFilledDatabase(const QString& folder)
{
    Database database;
    QVERIFY(database.open(folder).ok());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)")));
    for (int i = 0; i < 200; ++i) {
        query.bindValue(0, QStringLiteral("key-%1").arg(i));
        query.bindValue(1, QString(500, QLatin1Char('a' + i % 26)));
        QVERIFY(query.exec());
    }
    QVERIFY(query.exec(QStringLiteral("COMMIT")));
    query.finish();
    database.close();
    // Closing the last connection checkpoints and removes the WAL.
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(Database::fileName() + "-wal")));
}

const QStringList expectedTables{
    "check_in_benefits", "check_in_reactions", "check_in_red_flags", "check_in_self_care",
    "check_ins",         "prompt_events",      "session_areas",      "session_baseline",
    "session_screening", "sessions",           "settings",           "symptom_qualities",
    "symptoms"};

using Fixture = std::function<void(const QString& folder)>;

} // namespace

Q_DECLARE_METATYPE(Fixture)
Q_DECLARE_METATYPE(OpenError)

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsFreshDatabasePrivately();
    void pragmasAreInEffect();
    void checksVersion2Values_data();
    void checksVersion2Values();
    void migratesOlderVersions_data();
    void migratesOlderVersions();
    void reopensWithoutLosingData();
    void twoObjectsShareOneFile();
    void secondOpenKeepsTheFirstOnesLocks();
    void refusesNewerVersionUntouched_data();
    void refusesNewerVersionUntouched();
    void refusesCorruptFileUntouched_data();
    void refusesCorruptFileUntouched();
    void refusesLockedFileUntouched_data();
    void refusesLockedFileUntouched();
    void readOnlyAccessCreatesNothing_data();
    void readOnlyAccessCreatesNothing();
    void readOnlyAccessReadsAnUnwritableFile();
    void namesADanglingSymlinkFolder();
    void tightensItsOwnDataFolder();
    void refusesFileWithoutPermission_data();
    void refusesFileWithoutPermission();
    void reportsFolderThatCannotBeCreated_data();
    void reportsFolderThatCannotBeCreated();
    void classifiesErrorsSeenLater_data();
    void classifiesErrorsSeenLater();
};

void TestDatabase::createsFreshDatabasePrivately()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString folder = temp.filePath("nested/data");
    Database database;
    const OpenResult result = database.open(folder);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(database.isOpen());
    QCOMPARE(database.filePath(), QDir(folder).filePath("aftercare.sqlite"));

    QCOMPARE(modeOf(folder),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(modeOf(database.filePath()), ownerOnly);
    int sideFiles = 0;
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = database.filePath() + suffix;
        if (QFileInfo::exists(side)) {
            ++sideFiles;
            QCOMPARE(modeOf(side), ownerOnly);
        }
    }
    QCOMPARE(sideFiles, 2); // an open WAL database has both

    {
        const QSqlDatabase db = database.connection();
        QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), Database::schemaVersion);
        QCOMPARE(tableNames(db), expectedTables);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = "
                            "'check_ins_by_session_time'")
                     .toInt(),
                 1);
    }

    database.close();
    QVERIFY(!database.isOpen());
}

void TestDatabase::pragmasAreInEffect()
{
    QTemporaryDir temp;
    Database database;
    QVERIFY(database.open(temp.path()).ok());
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, "PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, "PRAGMA synchronous").toInt(), 2); // FULL
    QCOMPARE(scalar(db, "PRAGMA foreign_keys").toInt(), 1);
    QCOMPARE(scalar(db, "PRAGMA busy_timeout").toInt(), Database::busyTimeoutMs);
    QVERIFY(Database::busyTimeoutMs > 0 && Database::busyTimeoutMs <= 5000);
}

// Schema v6 refuses what log v2 refuses: ids outside its vocabularies, a check-in
// recorded before it was felt, a self-care kind twice in one check-in.
void TestDatabase::checksVersion2Values_data()
{
    QTest::addColumn<QStringList>("accepted"); // each on its own, into a fresh check-in
    QTest::addColumn<QString>("statement");    // %1: the value, %2: the check-in id
    QTest::addColumn<QString>("refused");
    const auto ids = [](const std::vector<aftercare::Term>& terms) {
        return aftercare::vocabulary::ids(terms);
    };
    namespace vocabulary = aftercare::vocabulary;
    QTest::newRow("source") << ids(vocabulary::sources())
                            << "UPDATE sessions SET source = '%1' WHERE '%2' <> ''"
                            << "card";
    QTest::newRow("grade") << QStringList{"none", "mild", "moderate", "severe"}
                           << "UPDATE sessions SET grade = '%1' WHERE '%2' <> ''"
                           << "serious";
    QTest::newRow("impact") << ids(vocabulary::impacts())
                            << "UPDATE check_ins SET impact = '%1' WHERE id = %2"
                            << "A-LOT";
    QTest::newRow("reaction")
        << ids(vocabulary::reactions())
        << "INSERT INTO check_in_reactions (check_in_id, position, reaction) VALUES (%2, 0, '%1')"
        << "fever";
    QTest::newRow("benefit")
        << ids(vocabulary::benefits())
        << "INSERT INTO check_in_benefits (check_in_id, position, benefit) VALUES (%2, 0, '%1')"
        << "happy";
    QTest::newRow("self-care kind")
        << ids(vocabulary::selfCareKinds())
        << "INSERT INTO check_in_self_care (check_in_id, position, kind) VALUES (%2, 0, '%1')"
        << "massage";
    QTest::newRow("self-care answer") << ids(vocabulary::selfCareAnswers())
                                      << "INSERT INTO check_in_self_care (check_in_id, position, "
                                         "kind, helped) VALUES (%2, 0, 'walk', '%1')"
                                      << "maybe";
    // 2026-11-20T16:00:00Z is 1795190400 s: the check-in's own instant and later pass.
    QTest::newRow("recordedAt not before at")
        << QStringList{"1795190400000000", "1795190400000001", "1795276800000000"}
        << "UPDATE check_ins SET recorded_at_utc = %1 WHERE id = %2"
        << "1795190399999999";
    QTest::newRow("self-care kind once per check-in")
        << QStringList{"0"}
        << "INSERT INTO check_in_self_care (check_in_id, position, kind) VALUES (%2, %1, 'heat')"
        << "heat twice";
}

void TestDatabase::checksVersion2Values()
{
    QFETCH(QStringList, accepted);
    QFETCH(QString, statement);
    QFETCH(QString, refused);
    QTemporaryDir temp;
    Database database;
    QVERIFY(database.open(temp.path()).ok());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec("INSERT INTO sessions (id, start_text, start_utc, start_offset, "
                       "duration_minutes, technique) VALUES ('s', '2026-11-20T15:00:00Z', "
                       "1795186800000000, 0, 60, 'other')"));
    int checkIn = 0;
    const auto freshCheckIn = [&] {
        ++checkIn;
        return query.exec(QStringLiteral("INSERT INTO check_ins (id, session_id, at_text, at_utc, "
                                         "at_offset) VALUES (%1, 's', '', 1795190400000000, 0)")
                              .arg(checkIn));
    };
    for (const QString& value : accepted) {
        QVERIFY(query.exec(QStringLiteral("DELETE FROM check_ins")));
        QVERIFY2(freshCheckIn(), qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(statement.arg(value).arg(checkIn)),
                 qPrintable(value + QLatin1String(": ") + query.lastError().text()));
    }
    if (refused == QLatin1String("heat twice")) {
        // The last accepted insert left 'heat' at position 0 of this check-in.
        QVERIFY(!query.exec(statement.arg(1).arg(checkIn)));
    } else {
        QVERIFY(query.exec(QStringLiteral("DELETE FROM check_ins")));
        QVERIFY(freshCheckIn());
        QVERIFY2(!query.exec(statement.arg(refused).arg(checkIn)), qPrintable(refused));
    }
    QVERIFY(query.lastError().text().contains(QLatin1String("constraint"), Qt::CaseInsensitive));
}

void TestDatabase::migratesOlderVersions_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::newRow("v0: empty file") << Fixture(
        [](const QString& folder) { writeFile(QDir(folder).filePath(Database::fileName()), {}); });
    QTest::newRow("v0: empty database, rollback journal") << Fixture([](const QString& folder) {
        RawConnection raw(QDir(folder).filePath(Database::fileName()));
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec("PRAGMA page_size = 4096"));
        QVERIFY(raw.exec("CREATE TABLE scratch (x)"));
        QVERIFY(raw.exec("DROP TABLE scratch"));
    });
    QTest::newRow("v0: empty database, WAL") << Fixture([](const QString& folder) {
        RawConnection raw(QDir(folder).filePath(Database::fileName()));
        QVERIFY(raw.exec("PRAGMA journal_mode = WAL"));
        QVERIFY(raw.exec("CREATE TABLE scratch (x)"));
        QVERIFY(raw.exec("DROP TABLE scratch"));
    });
    QTest::newRow("v0: empty database from the sqlite3 tool") << Fixture([](const QString& folder) {
        QProcess sqlite;
        sqlite.start("sqlite3", {QDir(folder).filePath(Database::fileName()),
                                 "CREATE TABLE scratch (x); DROP TABLE scratch; VACUUM;"});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
    });
}

void TestDatabase::migratesOlderVersions()
{
    QFETCH(Fixture, fixture);
    if (QString(QTest::currentDataTag()).contains("sqlite3") &&
        QStandardPaths::findExecutable("sqlite3").isEmpty())
        QSKIP("the sqlite3 tool is not installed");
    QTemporaryDir temp;
    fixture(temp.path());
    if (QTest::currentTestFailed())
        return;
    const QString path = QDir(temp.path()).filePath(Database::fileName());
    QVERIFY(QFileInfo::exists(path));
    // Fixtures are made with the default mode; opening makes the file private.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);

    Database database;
    const OpenResult result = database.open(temp.path());
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), Database::schemaVersion);
    QCOMPARE(scalar(db, "PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(tableNames(db), expectedTables);
    QCOMPARE(modeOf(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery insert(db);
    QVERIFY(insert.exec("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
}

void TestDatabase::reopensWithoutLosingData()
{
    QTemporaryDir temp;
    {
        Database database;
        QVERIFY(database.open(temp.path()).ok());
        QSqlQuery insert(database.connection());
        QVERIFY(insert.exec("INSERT INTO settings (key, value) VALUES ('kept', 'yes')"));
    }
    Database database;
    const OpenResult result = database.open(temp.path());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(
        scalar(database.connection(), "SELECT value FROM settings WHERE key = 'kept'").toString(),
        QStringLiteral("yes"));
    QCOMPARE(scalar(database.connection(), "PRAGMA user_version").toInt(), Database::schemaVersion);
}

void TestDatabase::twoObjectsShareOneFile()
{
    QTemporaryDir temp;
    Database first;
    Database second;
    QVERIFY(first.open(temp.path()).ok());
    QVERIFY(second.open(temp.path()).ok());
    QVERIFY(first.connection().connectionName() != second.connection().connectionName());
    QSqlQuery insert(first.connection());
    QVERIFY(insert.exec("INSERT INTO settings (key, value) VALUES ('shared', '1')"));
    QCOMPARE(
        scalar(second.connection(), "SELECT value FROM settings WHERE key = 'shared'").toString(),
        QStringLiteral("1"));
    first.close();
    QVERIFY(second.isOpen());
}

// Closing any descriptor of a file drops all of the process's POSIX locks on it.
// If opening a second Database read the header with a plain file, another
// process would believe nobody has the file open and delete the live WAL.
void TestDatabase::secondOpenKeepsTheFirstOnesLocks()
{
    if (QStandardPaths::findExecutable("sqlite3").isEmpty())
        QSKIP("the sqlite3 tool is not installed");
    QTemporaryDir temp;
    Database first;
    QVERIFY(first.open(temp.path()).ok());
    QSqlQuery insert(first.connection());
    QVERIFY(insert.exec("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
    const QString wal = first.filePath() + "-wal";
    QVERIFY(QFileInfo(wal).size() > 0);

    Database second;
    QVERIFY(second.open(temp.path()).ok());
    second.close();

    // Another process opens and closes the file: it must see that we are still here.
    QProcess sqlite;
    sqlite.start("sqlite3", {first.filePath(), "SELECT COUNT(*) FROM settings;"});
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.readAllStandardOutput().trimmed(), QByteArray("1"));
    QVERIFY2(QFileInfo::exists(wal), "the other process deleted the WAL of an open database");
    QCOMPARE(scalar(first.connection(), "SELECT value FROM settings WHERE key = 'k'").toString(),
             QStringLiteral("v"));
}

void TestDatabase::refusesNewerVersionUntouched_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("sideFilesMayAppear");
    QTest::newRow("rollback journal, next version") << Fixture([](const QString& folder) {
        RawConnection raw(QDir(folder).filePath(Database::fileName()));
        QVERIFY(raw.exec("CREATE TABLE from_the_future (x)"));
        QVERIFY(
            raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::schemaVersion + 1)));
    }) << Database::schemaVersion + 1 << false;
    QTest::newRow("WAL, v7") << Fixture([](const QString& folder) {
        RawConnection raw(QDir(folder).filePath(Database::fileName()));
        QVERIFY(raw.exec("PRAGMA journal_mode = WAL"));
        QVERIFY(raw.exec("CREATE TABLE from_the_future (x)"));
        QVERIFY(raw.exec("PRAGMA user_version = 7"));
    }) << 7 << false;
    // The newer version is only in the WAL: a read-write open would checkpoint
    // it into the file when closing.
    QTest::newRow("next version still in the WAL") << Fixture([](const QString& folder) {
        QTemporaryDir elsewhere;
        const QString source = elsewhere.filePath("source.sqlite");
        RawConnection raw(source);
        QVERIFY(raw.exec("PRAGMA journal_mode = WAL"));
        QVERIFY(raw.exec("PRAGMA wal_autocheckpoint = 0"));
        QVERIFY(raw.exec("CREATE TABLE from_the_future (x)"));
        QVERIFY(
            raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::schemaVersion + 1)));
        const QString target = QDir(folder).filePath(Database::fileName());
        QVERIFY(QFile::copy(source, target));
        QVERIFY(QFile::copy(source + "-wal", target + "-wal"));
        QVERIFY(QFileInfo(target + "-wal").size() > 32);
    }) << Database::schemaVersion + 1 << true;
}

void TestDatabase::refusesNewerVersionUntouched()
{
    QFETCH(Fixture, fixture);
    QFETCH(int, version);
    QFETCH(bool, sideFilesMayAppear);
    QTemporaryDir temp;
    fixture(temp.path());
    if (QTest::currentTestFailed())
        return;
    const QString path = QDir(temp.path()).filePath(Database::fileName());
    QFile wal(path + "-wal");
    const bool hadWal = wal.exists();
    const QByteArray walBefore = hadWal && wal.open(QIODevice::ReadOnly) ? wal.readAll() : "";
    wal.close();
    const FileState before = stateOf(temp.path());
    QTest::qWait(20); // a write now would move the modification time

    Database database;
    const OpenResult result = database.open(temp.path());
    QCOMPARE(result.error, OpenError::NewerVersion);
    QVERIFY(!database.isOpen());
    QVERIFY2(result.message.contains(path), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("newer version")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QString::number(version)), qPrintable(result.message));

    const FileState after = stateOf(temp.path());
    QCOMPARE(after.bytes, before.bytes);
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(after.permissions, before.permissions);
    if (!sideFilesMayAppear)
        QCOMPARE(after.folder, before.folder);
    QCOMPARE(wal.exists(), hadWal);
    if (hadWal) {
        QVERIFY(wal.open(QIODevice::ReadOnly));
        QCOMPARE(wal.readAll(), walBefore);
    }
}

void TestDatabase::refusesCorruptFileUntouched_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<QString>("reason");
    const auto fileIn = [](const QString& folder) {
        return QDir(folder).filePath(Database::fileName());
    };
    QTest::newRow("random bytes") << Fixture([=](const QString& folder) {
        QByteArray noise(8192, Qt::Uninitialized);
        QRandomGenerator generator(20261120);
        for (char& byte : noise)
            byte = char(generator.bounded(256));
        writeFile(fileIn(folder), noise);
    }) << "not an SQLite database";
    QTest::newRow("plain text") << Fixture([=](const QString& folder) {
        writeFile(fileIn(folder), "sessions: none yet\n");
    }) << "not an SQLite database";
    QTest::newRow("cut off inside the header") << Fixture([=](const QString& folder) {
        makeFilledDatabase(folder);
        QFile file(fileIn(folder));
        QVERIFY(file.resize(50));
    }) << "cut off";
    QTest::newRow("cut off half way") << Fixture([=](const QString& folder) {
        makeFilledDatabase(folder);
        QFile file(fileIn(folder));
        QVERIFY(file.size() > 16 * 4096);
        QVERIFY(file.resize(file.size() / 2 + 100));
    }) << "shorter than its header says";
    QTest::newRow("damaged header") << Fixture([=](const QString& folder) {
        makeFilledDatabase(folder);
        QFile file(fileIn(folder));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(16));
        QVERIFY(file.write(QByteArray::fromHex("03e8")) == 2); // page size 1000
    }) << "page size";
    QTest::newRow("damaged schema page") << Fixture([=](const QString& folder) {
        makeFilledDatabase(folder);
        QFile file(fileIn(folder));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        QVERIFY(file.write(QByteArray(3996, '\xff')) == 3996);
    }) << "malformed";
    QTest::newRow("another program's database") << Fixture([=](const QString& folder) {
        RawConnection raw(fileIn(folder));
        QVERIFY(raw.exec("CREATE TABLE recipes (name TEXT)"));
    }) << "recipes";
    QTest::newRow("version 1 without its tables") << Fixture([=](const QString& folder) {
        RawConnection raw(fileIn(folder));
        QVERIFY(raw.exec("CREATE TABLE sessions (id TEXT)"));
        QVERIFY(raw.exec("PRAGMA user_version = 1"));
    }) << "is missing";
}

void TestDatabase::refusesCorruptFileUntouched()
{
    QFETCH(Fixture, fixture);
    QFETCH(QString, reason);
    QTemporaryDir temp;
    fixture(temp.path());
    if (QTest::currentTestFailed())
        return;
    const FileState before = stateOf(temp.path());
    QTest::qWait(20);

    Database database;
    const OpenResult result = database.open(temp.path());
    QCOMPARE(result.error, OpenError::Corrupt);
    QVERIFY(!database.isOpen());
    QVERIFY2(result.message.contains(database.filePath()), qPrintable(result.message));
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("left as it is")), qPrintable(result.message));

    const FileState after = stateOf(temp.path());
    QCOMPARE(after.bytes, before.bytes);
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(after.folder, before.folder);
}

void TestDatabase::refusesLockedFileUntouched_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<bool>("holdWithSqliteTool");
    QTest::addColumn<bool>("opens"); // WAL: reading needs no lock, each write waits for it
    const Fixture current = [](const QString& folder) { makeFilledDatabase(folder); };
    const Fixture versionZero = [](const QString& folder) {
        RawConnection raw(QDir(folder).filePath(Database::fileName()));
        QVERIFY(raw.exec("CREATE TABLE scratch (x)"));
        QVERIFY(raw.exec("DROP TABLE scratch"));
    };
    QTest::newRow("current version (WAL), another connection") << current << false << true;
    QTest::newRow("version 0 (rollback journal), another connection")
        << versionZero << false << false;
    QTest::newRow("current version (WAL), sqlite3 process") << current << true << true;
    QTest::newRow("version 0 (rollback journal), sqlite3 process") << versionZero << true << false;
}

void TestDatabase::refusesLockedFileUntouched()
{
    QFETCH(Fixture, fixture);
    QFETCH(bool, holdWithSqliteTool);
    QFETCH(bool, opens);
    QTemporaryDir temp;
    fixture(temp.path());
    if (QTest::currentTestFailed())
        return;
    const QString path = QDir(temp.path()).filePath(Database::fileName());

    std::optional<RawConnection> holder;
    QProcess sqlite;
    if (holdWithSqliteTool) {
        if (QStandardPaths::findExecutable("sqlite3").isEmpty())
            QSKIP("the sqlite3 tool is not installed");
        sqlite.start("sqlite3", {path});
        QVERIFY(sqlite.waitForStarted());
        sqlite.write("BEGIN EXCLUSIVE;\n");
        // Wait until the lock is really held: a write transaction cannot start. (A bound,
        // not a sleep: in the sanitizer pass on a busy machine the tool took over 5 s.)
        QTRY_VERIFY2_WITH_TIMEOUT(!RawConnection(path).canWrite(),
                                  "the sqlite3 tool did not take the lock", 60000);
    } else {
        holder.emplace(path);
        QVERIFY(holder->exec("BEGIN EXCLUSIVE"));
    }
    const FileState before = stateOf(temp.path());
    QTest::qWait(20);

    Database database;
    const OpenResult result = database.open(temp.path());
    if (opens) {
        // Another writer's transaction does not stop the app (or an export) from reading.
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(scalar(database.connection(), "SELECT COUNT(*) FROM settings").toInt(), 200);
        Database reader;
        const OpenResult read = reader.open(temp.path(), Access::ReadOnly);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(scalar(reader.connection(), "SELECT COUNT(*) FROM settings").toInt(), 200);
        reader.close();
        database.close();
    } else {
        QCOMPARE(result.error, OpenError::Locked);
        QVERIFY(!database.isOpen());
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("try again")), qPrintable(result.message));
    }

    const FileState after = stateOf(temp.path());
    QCOMPARE(after.bytes, before.bytes);
    QCOMPARE(after.modified, before.modified);

    if (holdWithSqliteTool) {
        sqlite.closeWriteChannel();
        QVERIFY(sqlite.waitForFinished());
    } else {
        QVERIFY(holder->exec("ROLLBACK"));
    }
    // Once the other writer has let go, the same file opens.
    const OpenResult later = database.open(temp.path());
    QVERIFY2(later.ok(), qPrintable(later.message));
}

void TestDatabase::readOnlyAccessCreatesNothing_data()
{
    QTest::addColumn<bool>("folderExists");
    QTest::newRow("no such folder") << false;
    QTest::newRow("empty folder") << true;
}

// A read-only open (export, `reminders list`) of a folder without a database: NoData, and
// neither the folder nor a file is made.
void TestDatabase::readOnlyAccessCreatesNothing()
{
    QFETCH(bool, folderExists);
    QTemporaryDir temp;
    const QString folder = temp.filePath("typo");
    if (folderExists)
        QVERIFY(QDir().mkdir(folder));
    Database database;
    const OpenResult result = database.open(folder, Access::ReadOnly);
    QCOMPARE(result.error, OpenError::NoData);
    QVERIFY2(result.message.contains("no Aftercare data in " + folder), qPrintable(result.message));
    QVERIFY(!database.isOpen());
    QCOMPARE(QFileInfo::exists(folder), folderExists);
    if (folderExists)
        QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

// A database its user may only read (mode 0400) opens for reading, without -wal or -shm
// files left behind; opening it to write is still refused.
void TestDatabase::readOnlyAccessReadsAnUnwritableFile()
{
    QTemporaryDir temp;
    makeFilledDatabase(temp.path());
    const QString path = QDir(temp.path()).filePath(Database::fileName());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    if (QFileInfo(path).isWritable()) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSKIP("running as root: file modes do not stop this user (tst_storage_faults runs it as "
              "nobody)");
    }
    const FileState before = stateOf(temp.path());
    {
        Database database;
        const OpenResult result = database.open(temp.path(), Access::ReadOnly);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(scalar(database.connection(), "SELECT COUNT(*) FROM settings").toInt(), 200);
        QCOMPARE(Database().open(temp.path()).error, OpenError::NoPermission);
    }
    const FileState after = stateOf(temp.path());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(after.bytes, before.bytes);
    QCOMPARE(after.folder, before.folder);
}

// A data folder that is a symbolic link to nothing is named as such, not as a permission
// problem.
void TestDatabase::namesADanglingSymlinkFolder()
{
    QTemporaryDir temp;
    const QString link = temp.filePath("data");
    QVERIFY(QFile::link(temp.filePath("gone"), link));
    for (const Access access : {Access::ReadWrite, Access::ReadOnly}) {
        Database database;
        const OpenResult result = database.open(link, access);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains("is a symbolic link to " + temp.filePath("gone")),
                 qPrintable(result.message));
        QVERIFY2(!result.message.contains("permission"), qPrintable(result.message));
        QVERIFY(!QFileInfo::exists(temp.filePath("gone")));
    }
}

// A data folder of Aftercare's own that others may read is tightened to 0700; a folder that
// holds other files keeps its mode and the open says so.
void TestDatabase::tightensItsOwnDataFolder()
{
    QTemporaryDir temp;
    const QString own = temp.filePath("own");
    makeFilledDatabase(own);
    const QFileDevice::Permissions everyone =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(own, everyone));
    {
        Database database;
        const OpenResult result = database.open(own);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.notice.isEmpty());
    }
    QCOMPARE(modeOf(own), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString shared = temp.filePath("shared");
    makeFilledDatabase(shared);
    writeFile(QDir(shared).filePath("someone-elses.txt"), "hello\n");
    QVERIFY(QFile::setPermissions(shared, everyone));
    {
        Database database;
        const OpenResult result = database.open(shared);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(result.notice.contains(shared) && result.notice.contains("777"),
                 qPrintable(result.notice));
    }
    QCOMPARE(modeOf(shared), everyone);
}

void TestDatabase::refusesFileWithoutPermission_data()
{
    QTest::addColumn<QFileDevice::Permissions>("permissions");
    QTest::newRow("unreadable (000)") << QFileDevice::Permissions();
    QTest::newRow("read-only (400)") << QFileDevice::Permissions(QFileDevice::ReadOwner);
}

void TestDatabase::refusesFileWithoutPermission()
{
    QFETCH(QFileDevice::Permissions, permissions);
    QTemporaryDir temp;
    makeFilledDatabase(temp.path());
    const QString path = QDir(temp.path()).filePath(Database::fileName());
    const FileState before = stateOf(temp.path());
    QVERIFY(QFile::setPermissions(path, permissions));
    QFile probe(path);
    if (probe.open(QIODevice::ReadWrite)) {
        QFile::setPermissions(path, before.permissions);
        QSKIP("running as root: file modes do not stop this user "
              "(reportsFolderThatCannotBeCreated covers refusal instead)");
    }
    QTest::qWait(20);

    Database database;
    const OpenResult result = database.open(temp.path());
    QFile::setPermissions(path, before.permissions);
    QCOMPARE(result.error, OpenError::NoPermission);
    QVERIFY2(result.message.contains(path), qPrintable(result.message));

    const FileState after = stateOf(temp.path());
    QCOMPARE(after.bytes, before.bytes);
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(after.folder, before.folder);
}

void TestDatabase::reportsFolderThatCannotBeCreated_data()
{
    QTest::addColumn<QString>("blocker"); // made as a file, or a folder without write permission
    QTest::addColumn<bool>("blockerIsFile");
    QTest::addColumn<QString>("dataDir"); // relative to the temporary folder
    QTest::addColumn<OpenError>("error");
    QTest::newRow("parent is a file") << "plain-file" << true << "plain-file/data" << OpenError::Io;
    QTest::newRow("grandparent is a file")
        << "plain-file" << true << "plain-file/deeper/data" << OpenError::Io;
    QTest::newRow("data folder is a file") << "plain-file" << true << "plain-file" << OpenError::Io;
    QTest::newRow("parent not writable")
        << "locked-folder" << false << "locked-folder/data" << OpenError::NoPermission;
}

void TestDatabase::reportsFolderThatCannotBeCreated()
{
    QFETCH(QString, blocker);
    QFETCH(bool, blockerIsFile);
    QFETCH(QString, dataDir);
    QFETCH(OpenError, error);
    QTemporaryDir temp;
    const QString blockerPath = temp.filePath(blocker);
    if (blockerIsFile) {
        writeFile(blockerPath, "not a folder\n");
    } else {
        QVERIFY(QDir().mkdir(blockerPath));
        QVERIFY(QFile::setPermissions(blockerPath, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (QFileInfo(blockerPath).isWritable()) {
            QFile::setPermissions(blockerPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner);
            QSKIP("running as root: folder modes do not stop this user");
        }
    }
    Database database;
    const OpenResult result = database.open(temp.filePath(dataDir));
    QFile::setPermissions(blockerPath,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(result.error, error);
    QVERIFY2(result.message.contains(temp.filePath(dataDir)), qPrintable(result.message));
    QVERIFY(!database.isOpen());
    QVERIFY(!QFileInfo::exists(temp.filePath(dataDir) + "/" + Database::fileName()));
    if (blockerIsFile) {
        QVERIFY(QFileInfo(blockerPath).isFile());
        QVERIFY2(result.message.contains("is a file, not a folder"), qPrintable(result.message));
    }
}

void TestDatabase::classifiesErrorsSeenLater_data()
{
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<OpenError>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("SQLITE_BUSY") << "5" << OpenError::Locked << "busy";
    QTest::newRow("SQLITE_BUSY_SNAPSHOT (extended)") << "517" << OpenError::Locked << "busy";
    QTest::newRow("SQLITE_LOCKED") << "6" << OpenError::Locked << "busy";
    QTest::newRow("SQLITE_CORRUPT") << "11" << OpenError::Corrupt << "damaged";
    QTest::newRow("SQLITE_NOTADB") << "26" << OpenError::Corrupt << "damaged";
    QTest::newRow("SQLITE_READONLY") << "8" << OpenError::NoPermission << "Cannot write";
    QTest::newRow("SQLITE_PERM") << "3" << OpenError::NoPermission << "Cannot write";
    QTest::newRow("SQLITE_FULL") << "13" << OpenError::Io << "full";
    QTest::newRow("SQLITE_IOERR_WRITE (extended)") << "778" << OpenError::Io << "Check the disk";
    QTest::newRow("SQLITE_CONSTRAINT") << "19" << OpenError::Io << "reported an error";
    QTest::newRow("no code") << "" << OpenError::Io << "reported an error";
}

void TestDatabase::classifiesErrorsSeenLater()
{
    QFETCH(QString, nativeCode);
    QFETCH(OpenError, error);
    QFETCH(QString, words);
    const QSqlError sqlError("driver text", "what SQLite said", QSqlError::StatementError,
                             nativeCode);
    QCOMPARE(Database::classify(sqlError), error);
    QTemporaryDir temp;
    Database database;
    QVERIFY(database.open(temp.path()).ok());
    const QString message = database.describe(sqlError);
    QVERIFY2(message.contains(database.filePath()), qPrintable(message));
    QVERIFY2(message.contains(words), qPrintable(message));
    QVERIFY2(message.contains("what SQLite said"), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
