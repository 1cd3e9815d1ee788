#include "clirun.h"

#include <QProcess>

Run runProcess(const QString& program, const QStringList& args, const QByteArray& input,
               const QString& outputFile)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("AFTERCARE_DATA_DIR");
    environment.insert("AFTERCARE", QStringLiteral(AFTERCARE_EXECUTABLE));
    process.setProcessEnvironment(environment);
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    process.start(program, args);
    Run run;
    if (!process.waitForStarted()) {
        run.err = process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("did not finish normally");
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run runAftercare(const QStringList& args, const QByteArray& input)
{
    return runProcess(QStringLiteral(AFTERCARE_EXECUTABLE), args, input);
}

Run runShell(const QString& script)
{
    return runProcess(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

Run runWithOutputTo(const QStringList& args, const QString& path)
{
    return runProcess(QStringLiteral(AFTERCARE_EXECUTABLE), args, {}, path);
}
