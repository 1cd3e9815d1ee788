#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

Q_MOC_INCLUDE("termlistmodel.h")

namespace aftercare {

class AppController;
class TermListModel;

// Shows a local folder in the desktop's file manager. The app uses
// openFolderWithDesktop (QDesktopServices, no network); tests put their own
// in its place so that nothing is launched.
using FolderOpener = std::function<bool(const QString& folder)>;
bool openFolderWithDesktop(const QString& folder);
// Where a save dialog starts: the Documents folder, else the home folder.
QUrl defaultSaveFolder();

// The export page: one session or all of them, as a PDF report, the
// Aftercare log (JSON, can be imported again), a CSV table or a FHIR R4 bundle.
// Files are written by the core writers, readable by the owner only.
class ExportForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by AppController.exportForm()")
    Q_PROPERTY(aftercare::TermListModel* formats READ formats CONSTANT)
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY formatChanged)
    Q_PROPERTY(QString sessionId READ sessionId CONSTANT)
    Q_PROPERTY(bool allSessions READ allSessions WRITE setAllSessions NOTIFY scopeChanged)
    Q_PROPERTY(QString sessionText READ sessionText CONSTANT)
    Q_PROPERTY(int sessionCount READ sessionCount NOTIFY scopeChanged)
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName NOTIFY formatChanged)
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(QString savedText READ savedText NOTIFY resultChanged)
    // The folder of the file last written; empty before (and after a failure).
    Q_PROPERTY(QString savedFolder READ savedFolder NOTIFY resultChanged)
public:
    ExportForm(AppController* app, const QString& sessionId, QObject* parent = nullptr);
    ~ExportForm() override;

    TermListModel* formats() const { return m_formats; }
    QString format() const { return m_format; }
    void setFormat(const QString& format);
    QString sessionId() const { return m_sessionId; }
    bool allSessions() const { return m_allSessions || m_sessionId.isEmpty(); }
    void setAllSessions(bool all);
    QString sessionText() const;
    int sessionCount() const;
    QString suggestedFileName() const;
    QUrl defaultFolder() const;
    QString error() const { return m_error; }
    QString savedText() const { return m_savedText; }
    QString savedFolder() const { return m_savedFolder; }

    // Writes the chosen sessions in the chosen format to a local file.
    Q_INVOKABLE bool exportTo(const QUrl& file);
    // Shows the folder of the file last written; false when there is none or
    // the opener failed (error() then says so).
    Q_INVOKABLE bool openFolder();

    void setNow(const QDateTime& now) { m_now = now; }
    void setFolderOpener(FolderOpener opener) { m_opener = std::move(opener); }

signals:
    void formatChanged();
    void scopeChanged();
    void resultChanged();

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    void setResult(const QString& error, const QString& saved, const QString& folder = {});

    QPointer<AppController> m_app;
    QString m_sessionId;
    TermListModel* m_formats = nullptr;
    QString m_format = QStringLiteral("pdf");
    bool m_allSessions = false;
    QString m_error;
    QString m_savedText;
    QString m_savedFolder;
    QDateTime m_now;
    FolderOpener m_opener = openFolderWithDesktop;
};

} // namespace aftercare
