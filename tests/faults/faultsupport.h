#pragma once

#include "model/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

// Helpers shared by the fault tests: real processes, real files.
namespace faults {

struct Run
{
    bool started = false;
    bool finished = false; // false: it hung past the timeout and was killed
    bool crashed = false;  // ended by a signal
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // One line for failure messages: how it ended and what it said.
    QString describe() const;
};

// Runs `program` to its end (generous timeout: CI machines are loaded and may run under
// sanitizers) with `input` on standard input.
Run runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
               const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 180000);
// The aftercare executable under test.
Run runAftercare(const QStringList& arguments, const QByteArray& input = {});
QString aftercareExecutable();

// A file of the source tree, e.g. sourcePath("tests/faults/seed.json").
QString sourcePath(const QString& relative);
QString databasePath(const QString& dataDir); // <dataDir>/aftercare.sqlite

QByteArray readBytes(const QString& path);
bool writeBytes(const QString& path, const QByteArray& bytes);

// `aftercare --data-dir DIR export --format json -o -`, parsed, without `exportedAt`;
// nullopt (and `why` set) when the export fails or prints something that is not JSON.
std::optional<QJsonObject> exportedContent(const QString& dataDir, QString* why);

// PRAGMA integrity_check through a connection of the test's own: "ok", or what is wrong.
QString integrityCheck(const QString& databaseFile);

// Every file of a folder (not recursive): name -> bytes, plus the database's modification time.
struct FolderState
{
    QMap<QString, QByteArray> files;
    QDateTime databaseModified;
    friend bool operator==(const FolderState&, const FolderState&) = default;
};
FolderState folderState(const QString& dir);
// The names whose bytes differ, for failure messages.
QString differences(const FolderState& before, const FolderState& after);

// Copies every file of `from` into `to` (created when missing).
bool copyFolder(const QString& from, const QString& to);

// A valid log big enough that its import takes a while: `sessions` sessions (ids big-0, big-1,
// ...) of `checkIns` check-ins each, in time order, all in 2025 so that none meets seed.json.
QList<aftercare::Session> bigLog(int sessions, int checkIns);

} // namespace faults
