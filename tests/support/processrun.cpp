#include "processrun.h"

#include <QProcess>

namespace aftercare::testsupport {

ProcessRun runToEnd(const QString& program, const QStringList& args,
                    const QProcessEnvironment& environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, args);
    ProcessRun result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace aftercare::testsupport
