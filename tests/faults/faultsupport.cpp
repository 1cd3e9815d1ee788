#include "faultsupport.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace faults {

QString Run::describe() const
{
    QString how;
    if (!started)
        how = QStringLiteral("did not start");
    else if (!finished)
        how = QStringLiteral("hung and was killed");
    else if (crashed)
        how = QStringLiteral("crashed");
    else
        how = QStringLiteral("exit %1").arg(exitCode);
    return QStringLiteral("%1; stderr: %2; stdout: %3")
        .arg(how, QString::fromUtf8(err.left(2000)), QString::fromUtf8(out.left(500)));
}

Run runProgram(const QString& program, const QStringList& arguments, const QByteArray& input,
               const QProcessEnvironment& environment, int timeoutMs)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    run.started = process.waitForStarted(60000);
    if (!run.started)
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString aftercareExecutable()
{
    return QStringLiteral(AFTERCARE_EXECUTABLE);
}

Run runAftercare(const QStringList& arguments, const QByteArray& input)
{
    return runProgram(aftercareExecutable(), arguments, input);
}

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(AFTERCARE_SOURCE_DIR)).filePath(relative);
}

QString databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("aftercare.sqlite"));
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.flush();
}

std::optional<QJsonObject> exportedContent(const QString& dataDir, QString* why)
{
    const Run run = runAftercare({QStringLiteral("--data-dir"), dataDir, QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("-o"), QStringLiteral("-")});
    if (!run.finished || run.crashed || run.exitCode != 0) {
        *why = QStringLiteral("export failed: %1").arg(run.describe());
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *why = QStringLiteral("export printed no JSON object: %1").arg(error.errorString());
        return std::nullopt;
    }
    QJsonObject content = document.object();
    content.remove(QStringLiteral("exportedAt"));
    return content;
}

QString integrityCheck(const QString& databaseFile)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("faults-integrity-%1").arg(counter.fetchAndAddRelaxed(1));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = QStringLiteral("cannot open: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                result = QStringLiteral("integrity_check failed: ") + query.lastError().text();
            } else {
                QStringList lines;
                while (query.next())
                    lines << query.value(0).toString();
                result = lines.join(QLatin1Char('\n'));
            }
            if (result == QLatin1String("ok") &&
                query.exec(QStringLiteral("PRAGMA foreign_key_check")) && query.next())
                result = QStringLiteral("foreign_key_check: a row of %1 points nowhere")
                             .arg(query.value(0).toString());
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

FolderState folderState(const QString& dir)
{
    FolderState state;
    const QDir folder(dir);
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        state.files.insert(name, readBytes(folder.filePath(name)));
    state.databaseModified =
        QFileInfo(databasePath(dir)).fileTime(QFileDevice::FileModificationTime);
    return state;
}

QString differences(const FolderState& before, const FolderState& after)
{
    QStringList changed;
    QStringList names = before.files.keys() + after.files.keys();
    names.removeDuplicates();
    for (const QString& name : names) {
        if (!before.files.contains(name))
            changed << name + QStringLiteral(" appeared");
        else if (!after.files.contains(name))
            changed << name + QStringLiteral(" disappeared");
        else if (before.files.value(name) != after.files.value(name))
            changed << name + QStringLiteral(" changed");
    }
    if (before.databaseModified != after.databaseModified)
        changed << QStringLiteral("database modification time changed");
    return changed.isEmpty() ? QStringLiteral("nothing") : changed.join(QStringLiteral(", "));
}

bool copyFolder(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QString& name : source.entryList(QDir::Files | QDir::Hidden)) {
        const QString target = QDir(to).filePath(name);
        QFile::remove(target);
        if (!QFile::copy(source.filePath(name), target))
            return false;
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

QList<aftercare::Session> bigLog(int sessions, int checkIns)
{
    using namespace aftercare;
    static const QStringList regions{QStringLiteral("neck"), QStringLiteral("lower-back"),
                                     QStringLiteral("calf-left"), QStringLiteral("shoulder-right")};
    QList<Session> log;
    const Timestamp first = *Timestamp::parse(QStringLiteral("2025-03-01T10:00:00+01:00"));
    for (int s = 0; s < sessions; ++s) {
        Session session;
        session.id = QStringLiteral("big-%1").arg(s);
        session.start =
            Timestamp::fromUtcMicros(first.utcMicros + qint64(s) * 86400 * 1000000, 3600);
        session.technique = QStringLiteral("deep-tissue");
        session.pressure = QStringLiteral("firm");
        session.areasWorked = {regions.at(s % 4), regions.at((s + 1) % 4)};
        session.baseline = {{regions.at(s % 4), s % 4}};
        session.notes = QStringLiteral("session %1").arg(s);
        for (int c = 0; c < checkIns; ++c) {
            CheckIn checkIn;
            checkIn.at = Timestamp::fromUtcMicros(
                session.start.utcMicros + qint64(c + 1) * 10 * 60 * 1000000, 3600);
            checkIn.symptoms = {
                {regions.at(c % 4), c % 11, {QStringLiteral("aching"), QStringLiteral("dull")}},
                {regions.at((c + 2) % 4), (c + 5) % 11, {}}};
            if (c % 50 == 0)
                checkIn.redFlags = {QStringLiteral("fever")};
            checkIn.note = QStringLiteral("note %1/%2").arg(s).arg(c);
            session.checkIns << checkIn;
        }
        log << session;
    }
    return log;
}

} // namespace faults
