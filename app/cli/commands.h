#pragma once

#include "model/session.h"

#include <QString>
#include <QStringList>

#include <optional>

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

struct QrCode;
// A QR code as PNG bytes (QtGui: only the interface module has it).
using PngWriter = QByteArray (*)(const QrCode& code);
// `card`: prints a link, checks one (--read) or writes its QR code as SVG, or as PNG with
// `png` (null: PNG is not available here).
int runCard(const CommandContext& context, PngWriter png = nullptr);

// One argument of a command that takes `--name VALUE`, `--name=VALUE` or `-o VALUE` options.
struct CommandOption
{
    QString name;                       // "--format", "-o"; the whole argument otherwise
    std::optional<QString> inlineValue; // the VALUE of --name=VALUE

    // The inline value, or else the next argument (moving `i` past it); empty when none.
    QString takeValue(const QStringList& args, int& i) const;
};
CommandOption splitOption(const QString& arg);
// `COMMAND: unknown option ARG` for what looks like an option, else `unexpected argument`.
QString unexpectedArgument(const char* command, const QString& arg);

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
// How messages name FILE: "standard input" for "-".
QString inputName(const QString& path);
// The log in FILE, or standard input for "-", read and checked in full (readInput, then the
// log format's rules). When it cannot be read or is not a valid log, prints why and returns
// nothing (exit 2).
std::optional<Log> readLogInput(const QString& path);
// Why a write failed, in plain words; ENOSPC, EDQUOT and EFBIG say the disk is full.
QString writeErrorText(int errorNumber);
// Called first: a standard stream the caller closed (`<&-`, `>&-`) is held by /dev/null
// so that no file opened later takes its number; reading a closed standard input or
// writing a closed standard output then fails with a message that says so.
void guardStandardStreams();

} // namespace aftercare::cli
