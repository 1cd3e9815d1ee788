// A short outside program run to its end, for tests that read back what it wrote.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace aftercare::testsupport {

struct ProcessRun
{
    int exitCode = -1; // -1: it did not finish within two minutes, or it crashed
    QByteArray out;
    QByteArray err;
};

// Runs `program` with `args` (and `environment` when it is not empty, else this process's
// environment) and waits up to two minutes for it to end.
ProcessRun runToEnd(const QString& program, const QStringList& args,
                    const QProcessEnvironment& environment = {});

} // namespace aftercare::testsupport
