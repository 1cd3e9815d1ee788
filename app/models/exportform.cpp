#include "exportform.h"

#include "appcontroller.h"
#include "exchange/csvwriter.h"
#include "exchange/fhirwriter.h"
#include "exchange/logwriter.h"
#include "exchange/report/pdfreport.h"
#include "formatting.h"
#include "model/vocabulary.h"
#include "termlistmodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace aftercare {

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString suffixOf(const QString& format)
{
    if (format == QLatin1String("csv"))
        return QStringLiteral("csv");
    if (format == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    return QStringLiteral("json");
}
} // namespace

bool openFolderWithDesktop(const QString& folder)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

ExportForm::ExportForm(AppController* app, const QString& sessionId, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_sessionId(sessionId)
    , m_formats(new TermListModel(this))
{
    // Shown in this order; the id is what format() holds.
    const struct
    {
        const char* id;
        QString label;
        QString detail;
    } formats[] = {
        {"pdf", tr("PDF report"),
         tr("To print, or to show your therapist or doctor: status, chart, body map and "
            "every check-in.")},
        {"json", tr("Aftercare log (JSON)"),
         tr("Everything, exactly: can be imported into Aftercare again.")},
        {"csv", tr("Table (CSV)"), tr("One row per check-in and area, for a spreadsheet.")},
        {"fhir", tr("FHIR R4 bundle (JSON)"), tr("For clinical record systems.")},
    };
    for (const auto& f : formats)
        m_formats->append(QString::fromLatin1(f.id), f.label, f.detail);
    m_formats->setChecked(m_format, true);
}

ExportForm::~ExportForm() = default;

void ExportForm::setFormat(const QString& format)
{
    if (m_formats->switchChecked(&m_format, format))
        emit formatChanged();
}

void ExportForm::setAllSessions(bool all)
{
    if (m_allSessions == all)
        return;
    m_allSessions = all;
    emit scopeChanged();
    emit formatChanged(); // the suggested file name changes
}

QString ExportForm::sessionText() const
{
    if (m_sessionId.isEmpty() || !m_app || !m_app->isReady())
        return {};
    const std::optional<Session> s = m_app->repository().session(m_sessionId).orEmpty();
    if (!s)
        return {};
    return tr("%1 massage, %2")
        .arg(vocabulary::label(vocabulary::techniques(), s->technique),
             format::when(s->start, now()));
}

int ExportForm::sessionCount() const
{
    if (!m_app || !m_app->isReady())
        return 0;
    if (!allSessions())
        return m_app->repository().session(m_sessionId).orEmpty() ? 1 : 0;
    return m_app->repository().sessionCount().orEmpty();
}

QString ExportForm::suggestedFileName() const
{
    QString name = QStringLiteral("aftercare");
    if (!allSessions())
        name += QLatin1Char('-') + m_sessionId;
    name += QLatin1Char('-') + now().toString(QStringLiteral("yyyy-MM-dd"));
    if (m_format == QLatin1String("fhir"))
        name += QStringLiteral("-fhir");
    return name + QLatin1Char('.') + suffixOf(m_format);
}

QUrl ExportForm::defaultFolder() const
{
    return defaultSaveFolder();
}

QUrl defaultSaveFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(folder);
}

bool ExportForm::exportTo(const QUrl& file)
{
    if (!file.isLocalFile()) {
        setResult(tr("Choose a file on this device."), {});
        return false;
    }
    if (!m_app || !m_app->isReady()) {
        setResult(tr("Your log cannot be used right now."), {});
        return false;
    }
    QList<Session> sessions;
    if (allSessions()) {
        sessions = m_app->repository().allSessions().orEmpty();
    } else if (const std::optional<Session> s =
                   m_app->repository().session(m_sessionId).orEmpty()) {
        sessions << *s;
    }
    if (sessions.isEmpty()) {
        setResult(tr("There is nothing to export yet."), {});
        return false;
    }
    const QString path = file.toLocalFile();
    const Timestamp at = format::timestamp(now());
    QString error;
    bool ok = false;
    if (m_format == QLatin1String("pdf")) {
        report::ReportOptions options;
        options.generatedAt = at;
        ok = report::writePdfReport(sessions, path, options, &error);
    } else {
        QByteArray bytes;
        if (m_format == QLatin1String("csv"))
            bytes = exchange::writeCsv(sessions, exchange::csvDialectFor(QLocale()));
        else if (m_format == QLatin1String("fhir"))
            bytes = exchange::writeFhirBundle(sessions, at);
        else
            bytes = exchange::writeLog(sessions, at);
        QSaveFile out(path);
        ok = out.open(QIODevice::WriteOnly) && out.setPermissions(ownerOnly) &&
             out.write(bytes) == bytes.size() && out.commit();
        if (!ok)
            error = out.errorString();
    }
    if (!ok) {
        setResult(tr("The file could not be written: %1").arg(error), {});
        return false;
    }
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString folder = format::folder(info.absolutePath());
    setResult({},
              sessions.size() == 1
                  ? tr("Saved 1 session to %1 in %2.").arg(name, folder)
                  : tr("Saved %1 sessions to %2 in %3.").arg(sessions.size()).arg(name, folder),
              info.absolutePath());
    return true;
}

bool ExportForm::openFolder()
{
    if (m_savedFolder.isEmpty() || !m_opener)
        return false;
    if (m_opener(m_savedFolder))
        return true;
    setResult(tr("The folder could not be opened: %1").arg(QDir::toNativeSeparators(m_savedFolder)),
              m_savedText, m_savedFolder);
    return false;
}

void ExportForm::setResult(const QString& error, const QString& saved, const QString& folder)
{
    m_error = error;
    m_savedText = saved;
    m_savedFolder = folder;
    emit resultChanged();
}

} // namespace aftercare
