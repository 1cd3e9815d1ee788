#pragma once

#include <QString>
#include <QStringList>

namespace aftercare::cli {

// What a headless command gets: the resolved data folder and its own arguments.
struct CommandContext
{
    QString dataDir;
    QStringList args; // after the command word
};

int runImport(const CommandContext& context);
int runExport(const CommandContext& context);
int runAnalyze(const CommandContext& context);
int runReminders(const CommandContext& context);

// Standard streams for commands; stdout carries data, stderr messages.
void printError(const QString& message);
// Writes all of `data` to standard output and flushes it. When that fails (a full disk,
// a closed pipe or stream) prints what went wrong and returns false: exit 1.
bool writeOut(const QByteArray& data);
// The most `import` and `analyze` read: a larger input is refused (exit 2) before it
// is parsed, so that no input can exhaust memory.
constexpr qint64 maxInputBytes = qint64(256) << 20;
// Reads FILE, or standard input for "-", in full (waiting for input that is not ready
// yet). On failure, or past maxInputBytes, returns false and sets `error`.
bool readInput(const QString& path, QByteArray* data, QString* error);
// Why a write failed, in plain words; ENOSPC, EDQUOT and EFBIG say the disk is full.
QString writeErrorText(int errorNumber);
// Called first: a standard stream the caller closed (`<&-`, `>&-`) is held by /dev/null
// so that no file opened later takes its number; reading a closed standard input or
// writing a closed standard output then fails with a message that says so.
void guardStandardStreams();

} // namespace aftercare::cli
