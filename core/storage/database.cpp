#include "storage/database.h"

#include "storage/summarystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QStringList>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace aftercare::storage {

namespace {

// Runs a migration step's statements in order; the first failure stops it.
bool execAll(const QSqlDatabase& connection, const QList<const char*>& statements, QSqlError* error)
{
    QSqlQuery query(connection);
    for (const char* statement : statements) {
        if (!query.exec(QString::fromUtf8(statement))) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

// The statements of each schema version's step, oldest first: step v takes a file of
// version v - 1 to version v. A released step never changes: the files in use ran it as it
// is (tst_migration builds the files of every earlier version with them).
const QList<const char*> migrationSteps[] = {
    // 1: sessions with what they hold, check-ins with theirs, settings, prompt events.
    {
        R"(CREATE TABLE sessions (
               id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
               start_text TEXT NOT NULL,
               start_utc INTEGER NOT NULL,
               start_offset INTEGER NOT NULL,
               duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
               technique TEXT NOT NULL,
               pressure TEXT,
               therapist TEXT,
               notes TEXT))",
        "CREATE INDEX sessions_by_start ON sessions (start_utc)",
        R"(CREATE TABLE session_areas (
               session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               region TEXT NOT NULL,
               PRIMARY KEY (session_id, position)) WITHOUT ROWID)",
        R"(CREATE TABLE session_baseline (
               session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               region TEXT NOT NULL,
               intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
               PRIMARY KEY (session_id, position),
               UNIQUE (session_id, region)) WITHOUT ROWID)",
        R"(CREATE TABLE session_screening (
               session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               item TEXT NOT NULL,
               PRIMARY KEY (session_id, position)) WITHOUT ROWID)",
        R"(CREATE TABLE check_ins (
               id INTEGER PRIMARY KEY,
               session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
               at_text TEXT NOT NULL,
               at_utc INTEGER NOT NULL,
               at_offset INTEGER NOT NULL,
               note TEXT))",
        "CREATE UNIQUE INDEX check_ins_by_session_time ON check_ins (session_id, at_utc)",
        R"(CREATE TABLE symptoms (
               id INTEGER PRIMARY KEY,
               check_in_id INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               region TEXT NOT NULL,
               intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
               UNIQUE (check_in_id, position),
               UNIQUE (check_in_id, region)))",
        R"(CREATE TABLE symptom_qualities (
               symptom_id INTEGER NOT NULL REFERENCES symptoms (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               quality TEXT NOT NULL,
               PRIMARY KEY (symptom_id, position)) WITHOUT ROWID)",
        R"(CREATE TABLE check_in_red_flags (
               check_in_id INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               flag TEXT NOT NULL,
               PRIMARY KEY (check_in_id, position)) WITHOUT ROWID)",
        R"(CREATE TABLE settings (
               key TEXT PRIMARY KEY NOT NULL,
               value TEXT NOT NULL) WITHOUT ROWID)",
        R"(CREATE TABLE prompt_events (
               id INTEGER PRIMARY KEY,
               session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
               due_utc INTEGER NOT NULL,
               kind TEXT NOT NULL,
               event TEXT NOT NULL,
               at_utc INTEGER NOT NULL))",
        "CREATE INDEX prompt_events_by_session ON prompt_events (session_id, at_utc)",
    },
    // 2: each session's list summary (analysis status, check-in count, last check-in) cached
    // in its row. NULL status: not computed yet, a valid state at every version (readers
    // recompute it); migrate() computes the summaries after the last step.
    {
        "ALTER TABLE sessions ADD COLUMN status TEXT",
        "ALTER TABLE sessions ADD COLUMN check_in_count INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE sessions ADD COLUMN last_at_text TEXT",
        "ALTER TABLE sessions ADD COLUMN last_at_utc INTEGER",
        "ALTER TABLE sessions ADD COLUMN last_at_offset INTEGER",
        // The course for the history averages (analysis::SessionSummary): hours since the
        // session end, NULL when the course has no such point.
        "ALTER TABLE sessions ADD COLUMN onset_hours REAL",
        "ALTER TABLE sessions ADD COLUMN peak_hours REAL",
        "ALTER TABLE sessions ADD COLUMN peak_excess INTEGER",
        "ALTER TABLE sessions ADD COLUMN resolved_hours REAL",
    },
    // 3: triggers clear a session's cached status whenever its check-ins change, so a save
    // only marks the summary; readers recompute what is marked (SummaryStore), and
    // storeMarkedSummaries() stores the result.
    {
        R"(CREATE TRIGGER check_ins_inserted_mark_summary AFTER INSERT ON check_ins
           BEGIN UPDATE sessions SET status = NULL WHERE id = NEW.session_id; END)",
        R"(CREATE TRIGGER check_ins_deleted_mark_summary AFTER DELETE ON check_ins
           BEGIN UPDATE sessions SET status = NULL WHERE id = OLD.session_id; END)",
    },
    // 4: the same triggers leave a summary that is already marked alone: an UPDATE rewrites
    // the row even when the value does not change, so only the first save after a start
    // writes the session's row.
    {
        "DROP TRIGGER check_ins_inserted_mark_summary",
        "DROP TRIGGER check_ins_deleted_mark_summary",
        R"(CREATE TRIGGER check_ins_inserted_mark_summary AFTER INSERT ON check_ins
           BEGIN UPDATE sessions SET status = NULL
                 WHERE id = NEW.session_id AND status IS NOT NULL; END)",
        R"(CREATE TRIGGER check_ins_deleted_mark_summary AFTER DELETE ON check_ins
           BEGIN UPDATE sessions SET status = NULL
                 WHERE id = OLD.session_id AND status IS NOT NULL; END)",
    },
    // 5: every start and the technique totals ask which summaries are marked: an index of
    // just those rows, not a scan of every session.
    {
        "CREATE INDEX sessions_marked ON sessions (id) WHERE status IS NULL",
    },
    // 6: log format v2 (advice, source, recordedAt, impact, reactions, benefits, self-care)
    // and the cached grade. The vocabularies it adds (core/model/vocabulary.cpp) are checked
    // like the ranges of v1; tst_database checks that the CHECK constraints take every id of
    // vocabulary.cpp.
    {
        "ALTER TABLE sessions ADD COLUMN advice TEXT",
        "ALTER TABLE sessions ADD COLUMN source TEXT CHECK (source IN ('manual', 'session-card'))",
        R"(ALTER TABLE sessions ADD COLUMN grade TEXT
               CHECK (grade IN ('none', 'mild', 'moderate', 'severe')))",
        "ALTER TABLE check_ins ADD COLUMN recorded_at_text TEXT",
        // Not earlier than the check-in's `at`.
        R"(ALTER TABLE check_ins ADD COLUMN recorded_at_utc INTEGER
               CHECK (recorded_at_utc >= at_utc))",
        "ALTER TABLE check_ins ADD COLUMN recorded_at_offset INTEGER",
        R"(ALTER TABLE check_ins ADD COLUMN impact TEXT
               CHECK (impact IN ('none', 'a-little', 'a-lot', 'unable')))",
        R"(CREATE TABLE check_in_reactions (
               check_in_id INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               reaction TEXT NOT NULL CHECK (reaction IN
                   ('headache', 'tiredness', 'nausea', 'dizziness', 'poor-sleep')),
               PRIMARY KEY (check_in_id, position)) WITHOUT ROWID)",
        R"(CREATE TABLE check_in_benefits (
               check_in_id INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               benefit TEXT NOT NULL CHECK (benefit IN
                   ('relaxed', 'moving-more-easily', 'less-pain-than-before', 'slept-better',
                    'more-energy', 'better-mood')),
               PRIMARY KEY (check_in_id, position)) WITHOUT ROWID)",
        R"(CREATE TABLE check_in_self_care (
               check_in_id INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               kind TEXT NOT NULL CHECK (kind IN
                   ('water', 'walk', 'stretching', 'heat', 'cold', 'bath', 'rest', 'painkiller',
                    'other')),
               helped TEXT CHECK (helped IN ('yes', 'a-little', 'no', 'not-sure')),
               PRIMARY KEY (check_in_id, position),
               UNIQUE (check_in_id, kind)) WITHOUT ROWID)",
    },
};

std::atomic<int> connectionCounter{0};

// Database files this process has open, counted. Closing any descriptor of a
// file drops every POSIX lock the process holds on it, SQLite's included, so
// the header is never read with a plain QFile while a connection is open.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

// SQLite primary result codes (sqlite3.h); Qt reports them as the native error code.
enum SqliteCode
{
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADb = 26
};

// Extended codes of I/O errors in reading, which a full disk does not cause.
enum SqliteReadError
{
    SqliteIoErrRead = 266,
    SqliteIoErrShortRead = 522
};

constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// The tables schema version 1 creates; a file claiming v1 without them is damaged.
const QStringList tablesOfVersion1{
    QStringLiteral("sessions"),          QStringLiteral("session_areas"),
    QStringLiteral("session_baseline"),  QStringLiteral("session_screening"),
    QStringLiteral("check_ins"),         QStringLiteral("symptoms"),
    QStringLiteral("symptom_qualities"), QStringLiteral("check_in_red_flags"),
    QStringLiteral("settings"),          QStringLiteral("prompt_events")};

// Owner, group and other bits only: Qt adds "user" bits for whoever runs us.
QFileDevice::Permissions modeOf(const QString& path)
{
    return QFile::permissions(path) &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

OpenResult failure(OpenError error, const QString& message)
{
    OpenResult result;
    result.error = error;
    result.message = message;
    return result;
}

QString plainReason(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

// Facts read from the first 100 bytes without letting SQLite near the file.
struct HeaderFacts
{
    bool empty = false;
    // A WAL with frames or a hot rollback journal holds pages newer than the file.
    bool pendingJournal = false;
    // user_version as stored in the file (a signed 32-bit number, as SQLite reads it);
    // only trusted when no journal or WAL holds newer pages.
    std::optional<qint32> userVersion;
};

bool sideFileHasContent(const QString& path, qint64 headerBytes)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > headerBytes;
}

OpenResult inspectHeader(const QString& path, HeaderFacts* facts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(OpenError::NoPermission,
                       QStringLiteral("Cannot read the database %1: %2. Give your user read and "
                                      "write access to it, or use another data folder.")
                           .arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0) {
        facts->empty = true;
        return {};
    }
    const QByteArray header = file.read(100);
    const auto damaged = [&](const QString& what) {
        return failure(OpenError::Corrupt,
                       QStringLiteral("%1 is not a usable Aftercare database: %2. It was left "
                                      "as it is; restore it from a backup, or move it away to "
                                      "start with an empty database.")
                           .arg(path, what));
    };
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return damaged(QStringLiteral("it is not an SQLite database file"));
    if (header.size() < 100)
        return damaged(QStringLiteral("the file is cut off inside its header"));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const quint32 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(QStringLiteral("its header is damaged (page size %1)").arg(rawPageSize));

    const bool pendingJournal = sideFileHasContent(path + QStringLiteral("-wal"), 32) ||
                                sideFileHasContent(path + QStringLiteral("-journal"), 0);
    if (pendingJournal) {
        facts->pendingJournal = true;
        return {};
    }
    // The page count is valid when the change counter matches "version valid for".
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (changeCounter == validFor && pageCount > 0 && qint64(pageCount) * pageSize > size)
        return damaged(QStringLiteral("the file is shorter than its header says (%1 of %2 "
                                      "bytes); it was probably cut off")
                           .arg(size)
                           .arg(qint64(pageCount) * pageSize));
    facts->userVersion = qFromBigEndian<qint32>(bytes + 60);
    return {};
}

OpenResult newerVersion(const QString& path, qint64 version)
{
    return failure(OpenError::NewerVersion,
                   QStringLiteral("%1 was written by a newer version of Aftercare (database "
                                  "version %2; this version understands up to %3). It was "
                                  "left as it is: update Aftercare to use it.")
                       .arg(path)
                       .arg(version)
                       .arg(Database::schemaVersion));
}

// A version no Aftercare writes (user_version is signed: a damaged or foreign file).
OpenResult negativeVersion(const QString& path, qint64 version)
{
    return failure(OpenError::Corrupt,
                   QStringLiteral("%1 is damaged: its database version is %2, which no version "
                                  "of Aftercare writes. It was left as it is; restore it from a "
                                  "backup.")
                       .arg(path)
                       .arg(version));
}

bool onReadOnlyFileSystem(const QString& path)
{
    const QStorageInfo disk(QFileInfo(path).absoluteFilePath());
    return disk.isValid() && disk.isReadOnly();
}

// What stops a write to `path` (the database or its folder), for messages: a read-only
// file system is no matter of permissions.
QString cannotWriteAdvice(const QString& path)
{
    if (onReadOnlyFileSystem(path))
        return QStringLiteral("It is on a read-only file system: Aftercare can read it there "
                              "but not save; use a data folder on a writable disk.");
    return QStringLiteral("Give your user read and write access to it and its folder, or use "
                          "another data folder.");
}

OpenResult noData(const QString& dataDir)
{
    return failure(OpenError::NoData,
                   QStringLiteral("no Aftercare data in %1 (no database %2 there); nothing was "
                                  "created. Check --data-dir.")
                       .arg(dataDir, Database::fileName()));
}

// Creates the data folder (0700) unless it exists; says why when it cannot. A read-only
// open creates nothing and may read a folder it cannot write.
OpenResult prepareFolder(const QString& dataDir, Access access)
{
    const QFileInfo folder(dataDir);
    if (folder.isSymLink() && !folder.exists())
        return failure(OpenError::Io,
                       QStringLiteral("The data folder %1 is a symbolic link to %2, which does "
                                      "not exist. Create that folder, or use another data "
                                      "folder.")
                           .arg(dataDir, folder.symLinkTarget()));
    if (folder.exists()) {
        if (!folder.isDir())
            return failure(OpenError::Io,
                           QStringLiteral("The data folder %1 is a file, not a folder. Move it "
                                          "away or use another data folder.")
                               .arg(dataDir));
        if (!folder.isReadable() || !folder.isExecutable())
            return failure(OpenError::NoPermission,
                           QStringLiteral("Cannot read the data folder %1. Give your user "
                                          "access to it, or use another data folder.")
                               .arg(dataDir));
        if (access == Access::ReadOnly)
            return {};
        if (!folder.isWritable())
            return failure(OpenError::NoPermission,
                           QStringLiteral("Cannot write in the data folder %1. %2")
                               .arg(dataDir, cannotWriteAdvice(dataDir)));
        // Health data: a folder others may look into is tightened to the owner only,
        // when it is Aftercare's own (a shared folder such as a home folder is only
        // reported: changing its mode would change it for everything in it).
        if ((modeOf(dataDir) & ~ownerOnlyFolder) == QFileDevice::Permissions())
            return {};
        const QStringList ownFiles{
            Database::fileName(), Database::fileName() + QStringLiteral("-wal"),
            Database::fileName() + QStringLiteral("-shm"),
            Database::fileName() + QStringLiteral("-journal"), QStringLiteral("reminders.lock")};
        const QStringList entries =
            QDir(dataDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const bool onlyOwnFiles =
            std::all_of(entries.cbegin(), entries.cend(),
                        [&](const QString& e) { return ownFiles.contains(e); });
        if (onlyOwnFiles && folder.ownerId() == ::geteuid() &&
            QFile::setPermissions(dataDir, ownerOnlyFolder))
            return {};
        struct stat info
        {
        };
        ::stat(QFile::encodeName(dataDir).constData(), &info);
        OpenResult opened;
        opened.notice = QStringLiteral("the data folder %1 may be read by other users (mode "
                                       "%2); Aftercare did not change it as it holds other "
                                       "files or is not yours. Consider chmod 700 on it.")
                            .arg(dataDir)
                            .arg(QString::number(info.st_mode & 07777, 8));
        return opened;
    }
    if (access == Access::ReadOnly)
        return noData(dataDir);
    const QString absolute = folder.absoluteFilePath();
    const QString parent = QFileInfo(absolute).absolutePath();
    if (QDir().mkpath(parent) && QDir().mkdir(absolute, ownerOnlyFolder)) {
        QFile::setPermissions(absolute, ownerOnlyFolder);
        return {};
    }
    // Say which ancestor is in the way.
    QString ancestor = parent;
    while (!QFileInfo::exists(ancestor) && QFileInfo(ancestor).absolutePath() != ancestor)
        ancestor = QFileInfo(ancestor).absolutePath();
    const QFileInfo blocker(ancestor);
    if (blocker.exists() && !blocker.isDir())
        return failure(OpenError::Io,
                       QStringLiteral("Cannot create the data folder %1: %2 is a file, not a "
                                      "folder. Use another data folder.")
                           .arg(dataDir, ancestor));
    return failure(OpenError::NoPermission,
                   QStringLiteral("Cannot create the data folder %1: no permission to write in "
                                  "%2. Use another data folder.")
                       .arg(dataDir, ancestor));
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("aftercare-%1").arg(++connectionCounter))
{}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    // Prepared statements hold the connection open; they go first.
    m_statements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!m_openFileKey.isEmpty()) {
        const QMutexLocker locker(&openFilesMutex);
        if (--openFiles[m_openFileKey] <= 0)
            openFiles.remove(m_openFileKey);
        m_openFileKey.clear();
    }
}

OpenError Database::classify(const QSqlError& error)
{
    switch (primaryCode(error)) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return OpenError::Corrupt;
    case SqliteBusy:
    case SqliteLocked:
        return OpenError::Locked;
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteAuth:
    case SqliteCantOpen:
        return OpenError::NoPermission;
    default:
        return OpenError::Io;
    }
}

QString Database::describe(const QSqlError& error) const
{
    const QString reason = plainReason(error);
    switch (classify(error)) {
    case OpenError::Corrupt:
        return QStringLiteral("The database %1 is damaged (%2). Restore it from a backup, or "
                              "export what can still be read.")
            .arg(m_filePath, reason);
    case OpenError::Locked:
        return QStringLiteral("The database %1 is busy: another program is writing to it (%2). "
                              "Wait a moment and try again.")
            .arg(m_filePath, reason);
    case OpenError::NoPermission:
        if (onReadOnlyFileSystem(m_filePath))
            return QStringLiteral("Cannot write to the database %1 (%2). %3")
                .arg(m_filePath, reason, cannotWriteAdvice(m_filePath));
        return QStringLiteral("Cannot write to the database %1 (%2). Check that your user may "
                              "read and write it and its folder.")
            .arg(m_filePath, reason);
    case OpenError::NewerVersion:
    case OpenError::NoData:
    case OpenError::None:
    case OpenError::Io:
        break;
    }
    if (isDiskFull(error))
        return fullDiskMessage(reason);
    if (primaryCode(error) == SqliteIoErr)
        return QStringLiteral("Reading or writing %1 failed (%2). Check the disk.")
            .arg(m_filePath, reason);
    return QStringLiteral("The database %1 reported an error: %2").arg(m_filePath, reason);
}

OpenResult Database::open(const QString& dataDir, Access access)
{
    close();
    m_filePath = QDir(dataDir).filePath(fileName());
    m_access = access;

    const OpenResult folder = prepareFolder(dataDir, access);
    if (!folder.ok())
        return folder;

    bool pendingJournal = false;
    OpenResult result;
    {
        const QMutexLocker locker(&openFilesMutex);
        m_openFileKey = QDir(QFileInfo(dataDir).canonicalFilePath()).filePath(fileName());
        // Already open here: it was checked then, and must not be read with a
        // QFile now. SQLite's own checks still run.
        const bool alreadyOpenHere = openFiles.value(m_openFileKey) > 0;
        ++openFiles[m_openFileKey];
        if (!alreadyOpenHere)
            result = checkFile(&pendingJournal);
    }
    if (result.ok())
        result = openConnection(pendingJournal);
    if (!result.ok())
        close();
    else
        result.notice = folder.notice;
    return result;
}

// Looks at the file with plain reads only, or creates it privately.
OpenResult Database::checkFile(bool* pendingJournal) const
{
    const QFileInfo file(m_filePath);
    if (!file.exists() && m_access == Access::ReadOnly)
        return noData(file.path());
    if (!file.exists()) {
        // Created here so that SQLite never makes it with the default mode;
        // SQLite gives its -wal and -shm files the same mode.
        QFile created(m_filePath);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
            return failure(OpenError::NoPermission,
                           QStringLiteral("Cannot create the database %1: %2. Use another "
                                          "data folder.")
                               .arg(m_filePath, created.errorString()));
        return {};
    }
    if (!file.isFile())
        return failure(OpenError::Io, QStringLiteral("%1 is not a regular file. Move it away "
                                                     "or use another data folder.")
                                          .arg(m_filePath));
    if (!file.isReadable())
        return failure(OpenError::NoPermission,
                       QStringLiteral("Cannot read the database %1. Give your user read and "
                                      "write access to it (mode 600), or use another data "
                                      "folder.")
                           .arg(m_filePath));
    if (!file.isWritable() && m_access == Access::ReadWrite)
        return failure(OpenError::NoPermission,
                       onReadOnlyFileSystem(m_filePath)
                           ? QStringLiteral("Cannot write to the database %1. %2")
                                 .arg(m_filePath, cannotWriteAdvice(m_filePath))
                           : QStringLiteral("Cannot read and write the database %1. Give your "
                                            "user read and write access to it (mode 600), or "
                                            "use another data folder.")
                                 .arg(m_filePath));
    HeaderFacts facts;
    if (OpenResult header = inspectHeader(m_filePath, &facts); !header.ok())
        return header;
    *pendingJournal = facts.pendingJournal;
    if (facts.userVersion && *facts.userVersion < 0)
        return negativeVersion(m_filePath, *facts.userVersion);
    if (facts.userVersion && *facts.userVersion > schemaVersion)
        return newerVersion(m_filePath, *facts.userVersion);
    return {};
}

bool Database::isDiskFull(const QSqlError& error) const
{
    if (primaryCode(error) == SqliteFull)
        return true;
    const int extendedCode = error.nativeErrorCode().toInt();
    if (primaryCode(error) != SqliteIoErr || extendedCode == SqliteIoErrRead ||
        extendedCode == SqliteIoErrShortRead)
        return false;
    // Less than a few pages of room: too little for SQLite to write a transaction.
    constexpr qint64 roomForAWrite = 64 * 1024;
    const QStorageInfo disk(QFileInfo(m_filePath).absolutePath());
    return disk.isValid() && disk.isReady() && disk.bytesAvailable() < roomForAWrite;
}

QString Database::fullDiskMessage(const QString& reason) const
{
    return QStringLiteral("The disk holding the database %1 is full (%2). Free some space and "
                          "try again.")
        .arg(m_filePath, reason);
}

OpenResult Database::sqlFailure(const QSqlError& error) const
{
    const OpenError kind = classify(error);
    const QString reason = plainReason(error);
    switch (kind) {
    case OpenError::Corrupt:
        return failure(kind, QStringLiteral("%1 is not a usable Aftercare database (%2). It was "
                                            "left as it is; restore it from a backup, or move "
                                            "it away to start with an empty database.")
                                 .arg(m_filePath, reason));
    case OpenError::Locked:
        return failure(kind, QStringLiteral("The database %1 is in use: another program is "
                                            "writing to it (%2). It was left as it is; close "
                                            "the other Aftercare or wait, then try again.")
                                 .arg(m_filePath, reason));
    case OpenError::NoPermission:
        if (onReadOnlyFileSystem(m_filePath))
            return failure(kind, QStringLiteral("Cannot write to the database %1 (%2). %3")
                                     .arg(m_filePath, reason, cannotWriteAdvice(m_filePath)));
        return failure(kind, QStringLiteral("Cannot read and write the database %1 (%2). Give "
                                            "your user access to it and its folder.")
                                 .arg(m_filePath, reason));
    default:
        if (isDiskFull(error))
            return failure(OpenError::Io, fullDiskMessage(reason));
        return failure(OpenError::Io,
                       QStringLiteral("Cannot open the database %1: %2").arg(m_filePath, reason));
    }
}

OpenResult Database::probe(bool readOnly)
{
    const QString name = m_connectionName + QStringLiteral("-probe");
    OpenResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_filePath);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        result = checkContents(db, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

OpenResult Database::checkContents(QSqlDatabase& db, qint64* versionFound) const
{
    if (!db.open())
        return sqlFailure(db.lastError());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlFailure(query.lastError());
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    if (versionFound)
        *versionFound = version;
    if (version < 0)
        return negativeVersion(m_filePath, version);
    if (version > schemaVersion)
        return newerVersion(m_filePath, version);

    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite!_%' ESCAPE '!'")))
        return sqlFailure(query.lastError());
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    query.finish();
    if (version == 0 && !tables.isEmpty())
        return failure(OpenError::Corrupt,
                       QStringLiteral("%1 is not an Aftercare database: it holds other tables "
                                      "(%2). It was left as it is; use another data folder.")
                           .arg(m_filePath, tables.join(QStringLiteral(", "))));
    if (version >= 1) {
        for (const QString& table : tablesOfVersion1) {
            if (!tables.contains(table))
                return failure(OpenError::Corrupt,
                               QStringLiteral("%1 is damaged: its table \"%2\" is missing. It "
                                              "was left as it is; restore it from a backup.")
                                   .arg(m_filePath, table));
        }
    }
    return {};
}

OpenResult Database::openConnection(bool pendingJournal)
{
    // Look before writing. With pages pending in a WAL, only a read-only
    // connection is sure not to change the file (a read-write one checkpoints
    // when it closes); otherwise a read-write connection that only reads writes
    // nothing and, unlike a read-only one, removes the -wal and -shm files it made.
    // Without pending pages the connection the app keeps looks first: no second
    // connection (and second read of the schema) at every start.
    if (m_access == Access::ReadOnly &&
        (!QFileInfo(m_filePath).isWritable() ||
         !QFileInfo(QFileInfo(m_filePath).absolutePath()).isWritable() ||
         onReadOnlyFileSystem(m_filePath)))
        return openReadOnlyConnection();
    if (pendingJournal) {
        OpenResult looked = probe(true);
        // A read-only connection cannot roll back a hot journal; SQLite's own
        // recovery of an interrupted write is allowed to write.
        if (!looked.ok() && looked.error == OpenError::NoPermission &&
            sideFileHasContent(m_filePath + QStringLiteral("-journal"), 0))
            looked = probe(false);
        if (!looked.ok())
            return looked;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!pendingJournal) {
        if (OpenResult looked = checkContents(db, nullptr); !looked.ok())
            return looked;
    } else if (!db.open()) {
        return sqlFailure(db.lastError());
    }

    // Can we write at all? Taking the write lock and letting go writes nothing. Another
    // program holding the lock is no reason not to open: WAL lets this connection read
    // meanwhile, and each write waits for the lock (or says the database is busy). A
    // read-only open never asks.
    QSqlQuery query(db);
    // It asks without waiting: a lock held by another would only delay the start.
    if (m_access == Access::ReadWrite) {
        const QString waitNot = QStringLiteral("PRAGMA busy_timeout = 0");
        const QString waitAgain = QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs);
        if (!query.exec(waitNot))
            return sqlFailure(query.lastError());
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (classify(query.lastError()) != OpenError::Locked)
                return sqlFailure(query.lastError());
        } else if (!query.exec(QStringLiteral("ROLLBACK"))) {
            return sqlFailure(query.lastError());
        }
        if (!query.exec(waitAgain))
            return sqlFailure(query.lastError());
    }

    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return sqlFailure(query.lastError());
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return failure(OpenError::Io,
                       QStringLiteral("Cannot switch %1 to write-ahead logging (the file system "
                                      "may not support it); use a data folder on a local disk.")
                           .arg(m_filePath));
    query.finish();
    for (const char* pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlFailure(query.lastError());
    }

    if (OpenResult migrated = migrate(); !migrated.ok())
        return migrated;

    for (const QString& path :
         {m_filePath, m_filePath + QStringLiteral("-wal"), m_filePath + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path) && modeOf(path) != ownerOnlyFile)
            QFile::setPermissions(path, ownerOnlyFile);
    }
    return {};
}

OpenResult Database::openReadOnlyConnection()
{
    const QString wal = m_filePath + QStringLiteral("-wal");
    const QString shm = m_filePath + QStringLiteral("-shm");
    const bool haveShm = QFileInfo::exists(shm);
    // Pages an interrupted write left behind: only a connection that may write can
    // apply (WAL without its index) or roll back (a hot journal) them.
    const QString journal = m_filePath + QStringLiteral("-journal");
    const QString pending = sideFileHasContent(journal, 0)           ? journal
                            : sideFileHasContent(wal, 0) && !haveShm ? wal
                                                                     : QString();
    if (!pending.isEmpty())
        return failure(OpenError::NoPermission,
                       QStringLiteral("Cannot read the database %1: changes in %2 are not yet "
                                      "merged into it, and that needs write access. %3")
                           .arg(m_filePath, pending, cannotWriteAdvice(m_filePath)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY;"
                                     "QSQLITE_OPEN_URI")
                          .arg(busyTimeoutMs);
    // Without a -shm file a read-only WAL connection would need to create one (and leave
    // it, with an empty -wal, behind). No -wal content means the file holds everything,
    // and this user cannot write it: read it as it is on disk.
    QString uri =
        QUrl::fromLocalFile(QFileInfo(m_filePath).absoluteFilePath()).toString(QUrl::FullyEncoded);
    if (!haveShm)
        uri += QStringLiteral("?immutable=1");
    db.setDatabaseName(uri);
    db.setConnectOptions(options);
    qint64 version = 0;
    if (OpenResult looked = checkContents(db, &version); !looked.ok())
        return looked;
    if (version < schemaVersion)
        return failure(OpenError::NoPermission,
                       QStringLiteral("The database %1 was written by an older version of "
                                      "Aftercare (database version %2) and must be updated "
                                      "before it can be read, which needs write access. It was "
                                      "left as it is. %3")
                           .arg(m_filePath)
                           .arg(version)
                           .arg(cannotWriteAdvice(m_filePath)));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sqlFailure(query.lastError());
    return {};
}

OpenResult Database::migrate()
{
    static_assert(std::size(migrationSteps) == schemaVersion,
                  "one migration step per schema version");

    QSqlQuery query(connection());
    const auto readVersion = [&query](qint64* version) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return false;
        *version = query.value(0).toLongLong();
        query.finish();
        return true;
    };
    // Up to date, as at every start but the first after an update: no lock, no write.
    qint64 version = -1;
    if (!readVersion(&version))
        return sqlFailure(query.lastError());
    if (version == schemaVersion)
        return {};
    if (version < 0)
        return negativeVersion(m_filePath, version);

    // Every step this open needs runs in one transaction: a failure in any leaves the file
    // exactly as it was. The version is read again inside it: another process opening the
    // same file at the same moment may have migrated it already.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(query.lastError());
    if (!readVersion(&version)) {
        const QSqlError readError = query.lastError();
        query.exec(QStringLiteral("ROLLBACK"));
        return sqlFailure(readError);
    }
    if (version >= schemaVersion || version < 0) {
        query.exec(QStringLiteral("ROLLBACK"));
        if (version < 0)
            return negativeVersion(m_filePath, version);
        return version > schemaVersion ? newerVersion(m_filePath, version) : OpenResult{};
    }
    QSqlError error;
    int target = int(version);
    bool migrated = true;
    while (migrated && target < schemaVersion)
        migrated = execAll(connection(), migrationSteps[target++], &error);
    // Screening answers and stroke signs count since version 6: every cached summary of an
    // older file (status, course, and the new grade) is computed again, so old sessions
    // show their new status. It waits for the last step: the summaries are computed from
    // the sessions as the current code reads them, which needs every later column.
    if (migrated && version < 6)
        migrated = refreshSessionSummaries(connection(), nullptr, &error);
    if (migrated) {
        if (query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)) &&
            query.exec(QStringLiteral("COMMIT"))) {
            // The steps rewrote the schema pages into the WAL: copy their last versions into
            // the file once, so that the WAL starts empty (on a small disk, room for saves).
            // Best effort: a checkpoint that cannot finish leaves the WAL as it was.
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            return {};
        }
        error = query.lastError();
        target = schemaVersion;
    }
    query.exec(QStringLiteral("ROLLBACK"));
    if (isDiskFull(error))
        return failure(OpenError::Io, QStringLiteral("%1 The database was left at version %2.")
                                          .arg(fullDiskMessage(plainReason(error)))
                                          .arg(version));
    const OpenResult kind = sqlFailure(error);
    return failure(kind.error, QStringLiteral("Cannot update the database %1 to version %2: "
                                              "%3. It was left at version %4.")
                                   .arg(m_filePath)
                                   .arg(target)
                                   .arg(plainReason(error))
                                   .arg(version));
}

QList<const char*> Database::migrationStep(int version)
{
    return version >= 1 && version <= schemaVersion ? migrationSteps[version - 1]
                                                    : QList<const char*>();
}

QSqlQuery* Database::cachedStatement(const char* sql, QSqlError* error)
{
    if (const auto found = m_statements.constFind(sql); found != m_statements.cend())
        return found->get();
    auto query = std::make_shared<QSqlQuery>(connection());
    if (!query->prepare(QString::fromUtf8(sql))) {
        *error = query->lastError();
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query.get();
}

StoreValue<qint64> Database::changeCounter() const
{
    QSqlQuery query(connection());
    qint64 dataVersion = 0;
    const bool read = query.exec(QStringLiteral("PRAGMA data_version")) && query.next();
    if (read)
        dataVersion = query.value(0).toLongLong();
    // Other connections' commits move the high half, this connection's the low half.
    const qint64 counter = qint64((quint64(dataVersion) << 32) + quint64(m_ownCommits));
    if (!read)
        return {counter, StoreResult::failure(describe(query.lastError()))};
    return {counter, {}};
}

} // namespace aftercare::storage
