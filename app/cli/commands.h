#pragma once

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
void writeOut(const QByteArray& data);
// Reads FILE, or standard input for "-". On failure returns false and sets `error`.
bool readInput(const QString& path, QByteArray* data, QString* error);
// Writes FILE atomically (beside it, then renamed over it), readable by the owner only (0600),
// or standard output for "-". On failure returns false and sets `error`.
bool writeOutput(const QString& path, const QByteArray& bytes, QString* error);

} // namespace aftercare::cli
