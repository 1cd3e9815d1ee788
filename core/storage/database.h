#pragma once

#include "storage/storeresult.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

class QSqlQuery;

namespace aftercare::storage {

// Why a database could not be used (CLI exit 3, an app dialog).
enum class OpenError
{
    None,
    Corrupt,      // not a database, or fails its integrity check
    Locked,       // another writer holds it
    NewerVersion, // written by a newer Aftercare; refused without writing
    NoPermission, // folder or file not readable/writable
    Io,           // anything else the OS reports
    NoData        // Access::ReadOnly: no database in the folder (nothing was created)
};

// What an open is for. A read-only open (export, `reminders list`) creates nothing, takes
// no write lock (WAL lets it read while another program writes) and reads a database its
// user may not write; it migrates an older file only when the file can be written.
enum class Access
{
    ReadWrite,
    ReadOnly
};

struct OpenResult
{
    OpenError error = OpenError::None;
    QString message; // plain words naming the file and what is wrong
    // Opened, but something the person should know (a data folder others may read that
    // was not tightened); empty when there is nothing to say.
    QString notice;
    bool ok() const { return error == OpenError::None; }
};

// Owns one named QSQLITE connection to <dataDir>/aftercare.sqlite: WAL,
// synchronous=FULL, foreign keys on, schema migrated via PRAGMA user_version.
// The folder is created 0700 and the file 0600.
class Database
{
public:
    static constexpr int schemaVersion = 6;
    static constexpr int busyTimeoutMs = 2000;
    static QString fileName() { return QStringLiteral("aftercare.sqlite"); }

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates. A corrupt, locked, unreadable or
    // newer file is left exactly as it was. With Access::ReadOnly nothing is created
    // (OpenError::NoData when there is no database) and no write lock is taken.
    OpenResult open(const QString& dataDir, Access access = Access::ReadWrite);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }

    // What kind of trouble a statement's error is (Io when none fits).
    static OpenError classify(const QSqlError& error);
    // A plain message for an error seen after opening, naming the file.
    QString describe(const QSqlError& error) const;

    // Commits made through this connection; PRAGMA data_version only counts others'.
    qint64 ownCommits() const { return m_ownCommits; }
    void noteOwnCommit() { ++m_ownCommits; }
    // Changes whenever any connection commits (PRAGMA data_version plus own writes), so a
    // long-running reader (the reminder agent) can notice new check-ins. On a failed read
    // the value counts only this connection's commits.
    StoreValue<qint64> changeCounter() const;

    // `sql` (a string literal: it is cached by address) prepared on this connection once
    // and reused until close(), so a frequent write parses no SQL. Null, with *error
    // set, when SQLite refuses it.
    QSqlQuery* cachedStatement(const char* sql, QSqlError* error);

    // The SQL of the step that takes a file of schema version `version - 1` to `version`
    // (1 to schemaVersion; empty otherwise). Summaries it leaves marked are computed after
    // the last step.
    static QList<const char*> migrationStep(int version);

private:
    OpenResult checkFile(bool* pendingJournal) const;
    OpenResult openConnection(bool pendingJournal);
    // Access::ReadOnly on a file or folder this user cannot write: a read-only connection
    // that creates no -wal or -shm file (SQLite's immutable mode when there are none).
    OpenResult openReadOnlyConnection();
    OpenResult probe(bool readOnly);
    // The version found is stored in *versionFound (when given) once it is read.
    OpenResult checkContents(QSqlDatabase& db, qint64* versionFound) const;
    OpenResult sqlFailure(const QSqlError& error) const;
    // Whether an error is a full disk: SQLite says so (SQLITE_FULL), or reports an I/O
    // error other than a read error while the disk has no room left (creating a new
    // database's files on a full disk gives a plain "disk I/O error").
    bool isDiskFull(const QSqlError& error) const;
    // "The disk holding the database … is full (reason). Free some space and try again."
    QString fullDiskMessage(const QString& reason) const;
    OpenResult migrate();

    QString m_connectionName;
    QString m_filePath;
    QString m_openFileKey; // this file in the process-wide count of open databases
    Access m_access = Access::ReadWrite;
    qint64 m_ownCommits = 0;
    QHash<const char*, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace aftercare::storage
