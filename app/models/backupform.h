#pragma once

#include "exportform.h"
#include "model/session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

Q_MOC_INCLUDE("appcontroller.h")

namespace aftercare {

class AppController;

// The "Back up and restore" page: every session as an Aftercare log (v2) in a
// file the person chooses, and such a file read back in. A restore is checked
// first (the file's first error, with where it is; or what it would add, or
// why it is refused), then applied all or nothing by the repository.
class BackupForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(aftercare::AppController* app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(int sessionCount READ sessionCount NOTIFY contentChanged)
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName CONSTANT)
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)
    Q_PROPERTY(QString backupError READ backupError NOTIFY backupChanged)
    Q_PROPERTY(QString backupText READ backupText NOTIFY backupChanged)
    // The folder of the backup last written; empty before (and after a failure).
    Q_PROPERTY(QString savedFolder READ savedFolder NOTIFY backupChanged)
    Q_PROPERTY(RestoreState restoreState READ restoreState NOTIFY restoreChanged)
    Q_PROPERTY(QString restoreFileName READ restoreFileName NOTIFY restoreChanged)
    // The preview in plain words (Ready), or what the restore did (Restored).
    Q_PROPERTY(QString restoreText READ restoreText NOTIFY restoreChanged)
    // Why the file cannot be restored (Invalid, Refused, Failed).
    Q_PROPERTY(QString restoreError READ restoreError NOTIFY restoreChanged)
public:
    enum RestoreState
    {
        NoFile,   // nothing chosen yet
        Invalid,  // not a valid log file: restoreError names the first error and where
        Refused,  // conflicts with what is stored: restoreError names it
        Ready,    // previewed; restore() applies it
        Restored, // applied; restoreText says what was added
        Failed    // the file or the database could not be used
    };
    Q_ENUM(RestoreState)

    explicit BackupForm(QObject* parent = nullptr);
    ~BackupForm() override;

    AppController* app() const { return m_app; }
    void setApp(AppController* app);
    int sessionCount() const;
    QString suggestedFileName() const;
    QUrl defaultFolder() const;
    QString backupError() const { return m_backupError; }
    QString backupText() const { return m_backupText; }
    QString savedFolder() const { return m_savedFolder; }
    RestoreState restoreState() const { return m_restoreState; }
    QString restoreFileName() const { return m_restoreFileName; }
    QString restoreText() const { return m_restoreText; }
    QString restoreError() const { return m_restoreError; }

    // Writes every session as a log v2 file, readable by the owner only.
    Q_INVOKABLE bool backUpTo(const QUrl& file);
    // Shows the folder of the backup last written.
    Q_INVOKABLE bool openFolder();
    // Reads and checks the file and previews what restoring it would add.
    // Nothing is written. True when it can be restored (state Ready).
    Q_INVOKABLE bool chooseRestoreFile(const QUrl& file);
    // Applies the previewed file, all or nothing; the sessions list reloads.
    Q_INVOKABLE bool restore();
    // Forgets the chosen file (back to NoFile).
    Q_INVOKABLE void clearRestore();

    void setNow(const QDateTime& now) { m_now = now; }
    void setFolderOpener(FolderOpener opener) { m_opener = std::move(opener); }

signals:
    void appChanged();
    void contentChanged();
    void backupChanged();
    void restoreChanged();

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    bool ready() const;
    void setBackup(const QString& error, const QString& text, const QString& folder = {});
    void setRestore(RestoreState state, const QString& text, const QString& error);
    // A preview or restore that did not go through: Refused when the backup disagrees with
    // the log (`conflict`), else Failed with `failure`.
    void setRestoreProblem(bool conflict, const QString& error, const QString& failure);

    QPointer<AppController> m_app;
    QMetaObject::Connection m_contentConnection;
    QString m_backupError;
    QString m_backupText;
    QString m_savedFolder;
    RestoreState m_restoreState = NoFile;
    QString m_restoreFileName;
    QString m_restoreText;
    QString m_restoreError;
    std::optional<Log> m_log; // the previewed file, while Ready
    QDateTime m_now;
    FolderOpener m_opener = openFolderWithDesktop;
};

} // namespace aftercare
