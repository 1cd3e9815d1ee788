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

// AFTERCARE_DATA_DIR is removed from the environment; `input` goes to standard input.
Run runAftercare(const QStringList& args, const QByteArray& input = {});
