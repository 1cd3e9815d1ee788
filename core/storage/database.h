#pragma once

#include <QSqlDatabase>
#include <QString>

namespace aftercare::storage {

// Why a database could not be used (CLI exit 3, an app dialog).
enum class OpenError {
    None,
    Corrupt,       // not a database, or fails its integrity check
    Locked,        // another writer holds it
    NewerVersion,  // written by a newer Aftercare; refused without writing
    NoPermission,  // folder or file not readable/writable
    Io             // anything else the OS reports
};

struct OpenResult
{
    OpenError error = OpenError::None;
    QString message;  // plain words naming the file and what is wrong
    bool ok() const { return error == OpenError::None; }
};

// Owns one named QSQLITE connection to <dataDir>/aftercare.sqlite: WAL,
// synchronous=FULL, foreign keys on, schema migrated via PRAGMA user_version.
// The folder is created 0700 and the file 0600.
class Database
{
public:
    static constexpr int schemaVersion = 1;
    static QString fileName() { return QStringLiteral("aftercare.sqlite"); }

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates. A corrupt, locked, unreadable or
    // newer file is left exactly as it was.
    OpenResult open(const QString& dataDir);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }

private:
    QString m_connectionName;
    QString m_filePath;
};

} // namespace aftercare::storage
