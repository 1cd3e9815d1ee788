#include "backupform.h"

#include "appcontroller.h"
#include "exchange/logreader.h"
#include "exchange/logwriter.h"
#include "formatting.h"
#include "storage/repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace aftercare {

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// Far above any real log (a check-in is well under 1 KiB); refuses to read a
// huge file chosen by mistake into memory.
constexpr qint64 maxBackupBytes = qint64(256) * 1024 * 1024;

QString sessionsText(int n)
{
    return n == 1 ? BackupForm::tr("1 session") : BackupForm::tr("%1 sessions").arg(n);
}

QString checkInsText(int n)
{
    return n == 1 ? BackupForm::tr("1 check-in") : BackupForm::tr("%1 check-ins").arg(n);
}

// "3 sessions, 42 check-ins; 1 session already here; adds 2 sessions and 30 check-ins"
QString previewText(const storage::ImportOutcome& o)
{
    QString text = BackupForm::tr("%1, %2").arg(sessionsText(o.sessionsInFile),
                                                checkInsText(o.checkInsInFile));
    if (o.sessionsAlreadyHere > 0) {
        text += BackupForm::tr("; %1").arg(
            o.sessionsAlreadyHere == 1
                ? BackupForm::tr("1 session already here")
                : BackupForm::tr("%1 sessions already here").arg(o.sessionsAlreadyHere));
    }
    if (o.newSessions == 0 && o.newCheckIns == 0)
        return text + BackupForm::tr("; nothing new to add");
    return text + BackupForm::tr("; adds %1 and %2")
                      .arg(sessionsText(o.newSessions), checkInsText(o.newCheckIns));
}
} // namespace

BackupForm::BackupForm(QObject* parent)
    : QObject(parent)
{}

BackupForm::~BackupForm() = default;

void BackupForm::setApp(AppController* app)
{
    if (m_app == app)
        return;
    if (m_contentConnection)
        disconnect(m_contentConnection);
    m_app = app;
    if (m_app) {
        m_contentConnection =
            connect(m_app, &AppController::contentChanged, this, &BackupForm::contentChanged);
    }
    emit appChanged();
    emit contentChanged();
}

bool BackupForm::ready() const
{
    return m_app && m_app->isReady();
}

int BackupForm::sessionCount() const
{
    return ready() ? m_app->repository().sessionCount().orEmpty() : 0;
}

QString BackupForm::suggestedFileName() const
{
    return QStringLiteral("aftercare-backup-%1.json")
        .arg(now().toString(QStringLiteral("yyyy-MM-dd")));
}

QUrl BackupForm::defaultFolder() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(folder);
}

bool BackupForm::backUpTo(const QUrl& file)
{
    if (!file.isLocalFile()) {
        setBackup(tr("Choose a file on this device."), {});
        return false;
    }
    if (!ready()) {
        setBackup(tr("Your log cannot be used right now."), {});
        return false;
    }
    const storage::StoreValue<QList<Session>> read = m_app->repository().allSessions();
    if (!read.ok()) {
        setBackup(tr("Your log could not be read: %1").arg(read.message), {});
        return false;
    }
    const QList<Session>& sessions = read.value;
    if (sessions.isEmpty()) {
        setBackup(tr("There is nothing to back up yet."), {});
        return false;
    }
    const QByteArray bytes = exchange::writeLog(sessions, format::timestamp(now()));
    const QString path = file.toLocalFile();
    QSaveFile out(path);
    const bool ok = out.open(QIODevice::WriteOnly) && out.setPermissions(ownerOnly) &&
                    out.write(bytes) == bytes.size() && out.commit();
    if (!ok) {
        setBackup(tr("The backup could not be written: %1").arg(out.errorString()), {});
        return false;
    }
    int checkIns = 0;
    for (const Session& s : sessions)
        checkIns += int(s.checkIns.size());
    const QFileInfo info(path);
    setBackup({},
              tr("Backed up %1 and %2 to %3 in %4.")
                  .arg(sessionsText(int(sessions.size())), checkInsText(checkIns), info.fileName(),
                       format::folder(info.absolutePath())),
              info.absolutePath());
    return true;
}

bool BackupForm::openFolder()
{
    if (m_savedFolder.isEmpty() || !m_opener)
        return false;
    if (m_opener(m_savedFolder))
        return true;
    setBackup(tr("The folder could not be opened: %1").arg(QDir::toNativeSeparators(m_savedFolder)),
              m_backupText, m_savedFolder);
    return false;
}

bool BackupForm::chooseRestoreFile(const QUrl& file)
{
    m_log.reset();
    m_restoreFileName = file.isLocalFile() ? QFileInfo(file.toLocalFile()).fileName() : QString();
    if (!file.isLocalFile()) {
        setRestore(Failed, {}, tr("Choose a file on this device."));
        return false;
    }
    if (!ready()) {
        setRestore(Failed, {}, tr("Your log cannot be used right now."));
        return false;
    }
    QFile in(file.toLocalFile());
    if (!in.open(QIODevice::ReadOnly)) {
        setRestore(Failed, {}, tr("The file could not be read: %1").arg(in.errorString()));
        return false;
    }
    if (in.size() > maxBackupBytes) {
        setRestore(Invalid, {}, tr("This file is too large to be an Aftercare backup."));
        return false;
    }
    const QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError) {
        setRestore(Failed, {}, tr("The file could not be read: %1").arg(in.errorString()));
        return false;
    }
    exchange::LogReadResult read = exchange::readLog(bytes);
    if (!read.ok()) {
        setRestore(Invalid, {},
                   tr("This file is not a backup Aftercare can restore. Nothing was changed. "
                      "The first problem: %1")
                       .arg(read.error.toString()));
        return false;
    }
    const storage::StoreValue<storage::ImportOutcome> preview =
        m_app->repository().previewImport(*read.log);
    const storage::ImportOutcome& outcome = preview.value;
    const QString& error = preview.message;
    if (!preview.ok()) {
        setRestoreProblem(outcome.conflict, error, tr("Your log could not be read: %1").arg(error));
        return false;
    }
    m_log = std::move(read.log);
    setRestore(Ready, previewText(outcome), {});
    return true;
}

bool BackupForm::restore()
{
    if (m_restoreState != Ready || !m_log)
        return false;
    if (!ready()) {
        setRestore(Failed, {}, tr("Your log cannot be used right now."));
        return false;
    }
    const storage::StoreValue<storage::ImportOutcome> imported =
        m_app->repository().importLog(*m_log);
    const storage::ImportOutcome& outcome = imported.value;
    const QString& error = imported.message;
    const bool ok = imported.ok();
    m_log.reset();
    if (!ok) {
        setRestoreProblem(
            outcome.conflict, error,
            tr("The backup could not be restored. Nothing was changed. %1").arg(error));
        return false;
    }
    m_app->notifyContentChanged();
    if (outcome.newSessions == 0 && outcome.newCheckIns == 0)
        setRestore(Restored, tr("Nothing was added: everything in the backup is already here."),
                   {});
    else
        setRestore(Restored,
                   tr("Restored %1 and %2.")
                       .arg(sessionsText(outcome.newSessions), checkInsText(outcome.newCheckIns)),
                   {});
    return true;
}

void BackupForm::clearRestore()
{
    m_log.reset();
    m_restoreFileName.clear();
    setRestore(NoFile, {}, {});
}

void BackupForm::setBackup(const QString& error, const QString& text, const QString& folder)
{
    m_backupError = error;
    m_backupText = text;
    m_savedFolder = folder;
    emit backupChanged();
}

void BackupForm::setRestore(RestoreState state, const QString& text, const QString& error)
{
    m_restoreState = state;
    m_restoreText = text;
    m_restoreError = error;
    emit restoreChanged();
}

void BackupForm::setRestoreProblem(bool conflict, const QString& error, const QString& failure)
{
    if (conflict)
        setRestore(Refused, {},
                   tr("This backup disagrees with your log, so it cannot be restored. "
                      "Nothing was changed. %1")
                       .arg(error));
    else
        setRestore(Failed, {}, failure);
}

} // namespace aftercare
