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
void writeOut(const QByteArray& data);
// Reads FILE, or standard input for "-". On failure returns false and sets `error`.
bool readInput(const QString& path, QByteArray* data, QString* error);

} // namespace aftercare::cli
