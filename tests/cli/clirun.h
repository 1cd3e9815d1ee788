#pragma once

// Runs the built `aftercare` executable (tests/cli): arguments in, exit code and both
// streams out.

#include <QByteArray>
#include <QString>
#include <QStringList>

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs `program` to its end with `input` on standard input; standard output goes to
// `outputFile` when one is given (e.g. /dev/full), else it is captured. AFTERCARE_DATA_DIR
// is removed from the environment and $AFTERCARE names the executable.
Run runProcess(const QString& program, const QStringList& args, const QByteArray& input = {},
               const QString& outputFile = {});

// The executable with `args`; `input` goes to standard input.
Run runAftercare(const QStringList& args, const QByteArray& input = {});

// Runs `script` with sh, $AFTERCARE naming the executable: for what QProcess cannot set
// up (a closed standard input, a pipe from another program).
Run runShell(const QString& script);

// Runs the executable with its standard output going to `path` (e.g. /dev/full).
Run runWithOutputTo(const QStringList& args, const QString& path);
