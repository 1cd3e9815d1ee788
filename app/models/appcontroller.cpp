#include "appcontroller.h"

#include "analysis/analysis.h"
#include "analysis/history.h"
#include "checkinform.h"
#include "demodata.h"
#include "emergencycall.h"
#include "exportform.h"
#include "formatting.h"
#include "newsessionform.h"
#include "promptwatcher.h"
#include "reminderpanel.h"
#include "sessioncardform.h"
#include "sessiondetails.h"
#include "sessionlistmodel.h"
#include "techniquehistorymodel.h"

#include <QDir>
#include <QQmlEngine>

#include <utility>

namespace aftercare {

namespace {
const QString themeSetting = QStringLiteral("app.theme");

QString themeId(AppController::Theme theme)
{
    switch (theme) {
    case AppController::Light:
        return QStringLiteral("light");
    case AppController::Dark:
        return QStringLiteral("dark");
    case AppController::System:
        break;
    }
    return QStringLiteral("system");
}

AppController::Theme themeFromId(const QString& id)
{
    if (id == QLatin1String("light"))
        return AppController::Light;
    if (id == QLatin1String("dark"))
        return AppController::Dark;
    return AppController::System;
}
} // namespace

AppController::AppController(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_repository(std::make_unique<storage::Repository>(m_database))
    , m_sessions(new SessionListModel(this))
    , m_techniques(new TechniqueHistoryModel(this))
    , m_prompts(new PromptWatcher(this, this))
{
    m_sessions->setPageLoader([this](int offset, int count) {
        if (!m_ready)
            return QList<storage::SessionSummary>();
        if (m_removingId.isEmpty())
            return m_repository->sessionSummaryPage(offset, count).orEmpty();
        // A session being deleted is left out; the pages after it shift by one.
        QList<storage::SessionSummary> rows =
            m_repository->sessionSummaryPage(0, offset + count + 1).orEmpty();
        rows.removeIf(
            [this](const storage::SessionSummary& row) { return row.id == m_removingId; });
        return rows.mid(offset, count);
    });
    m_techniques->setAveragesLoader([this] {
        return m_ready ? analysis::averagesByTechnique(m_repository->techniqueTotals().orEmpty())
                       : QList<analysis::GroupAverage>();
    });
    m_techniques->setSelfCareLoader([this] {
        return m_ready ? m_repository->selfCareHelpByTechnique().orEmpty()
                       : QList<storage::SelfCareHelp>();
    });
}

AppController::~AppController()
{
    // Closing the app ends the Undo time; the lists are gone, so nothing reloads.
    commitRemoval();
    m_database.close();
}

storage::OpenResult AppController::open()
{
    const storage::OpenResult result = m_database.open(m_dataDir);
    const bool wasReady = m_ready;
    m_ready = result.ok();
    if (m_ready) {
        m_problemTitle.clear();
        m_problemMessage.clear();
        m_problemAdvice.clear();
        if (!m_themeFixed)
            m_theme = themeFromId(m_repository->setting(themeSetting).orEmpty());
        // Summaries that saves since the last start only marked (usually none or one).
        // Best effort: a read-only or busy log is still read correctly without it.
        m_repository->storeMarkedSummaries();
        reloadSessions();
        m_prompts->refresh();
        emit themeChanged();
    } else {
        setProblem(result);
    }
    if (wasReady != m_ready || !m_ready)
        emit readyChanged();
    return result;
}

bool AppController::retryOpen()
{
    if (m_ready)
        return true;
    return open().ok();
}

void AppController::setProblem(const storage::OpenResult& result)
{
    using storage::OpenError;
    m_problemMessage = result.message;
    switch (result.error) {
    case OpenError::Corrupt:
        m_problemTitle = tr("Your log file is damaged");
        m_problemAdvice =
            tr("Aftercare has not changed the file. If you have a backup, put it in its place. "
               "To start a new log, move the file somewhere else first (keep it: it may still "
               "be recoverable), then start Aftercare again.");
        break;
    case OpenError::Locked:
        m_problemTitle = tr("Your log is in use");
        m_problemAdvice = tr("Another program, perhaps a second Aftercare window, is writing to "
                             "it. Close it, then try again.");
        break;
    case OpenError::NewerVersion:
        m_problemTitle = tr("Your log was written by a newer Aftercare");
        m_problemAdvice = tr("This version cannot read it safely and has not changed it. Update "
                             "Aftercare, then open it again.");
        break;
    case OpenError::NoPermission:
        m_problemTitle = tr("Aftercare may not use this folder");
        m_problemAdvice = tr("Check that your user account may read and write the folder and the "
                             "file, or start Aftercare with another folder (--data-dir).");
        break;
    case OpenError::Io:
    case OpenError::NoData:
    case OpenError::None:
        m_problemTitle = tr("Your log cannot be opened");
        m_problemAdvice = tr("Aftercare has not changed the file. Check that the disk is "
                             "connected and has free space, then try again.");
        break;
    }
}

bool AppController::addDemoSessionIfEmpty(QString* error)
{
    if (!m_ready || m_repository->hasSessions().orEmpty())
        return false;
    const storage::StoreResult added =
        demo::addDemoSession(*m_repository, QDateTime::currentDateTime());
    if (!added && error)
        *error = added.message;
    if (added)
        notifyContentChanged();
    return added.ok();
}

void AppController::setThemeOverride(Theme theme)
{
    m_themeFixed = true;
    if (m_theme != theme) {
        m_theme = theme;
        emit themeChanged();
    }
}

QString AppController::databasePath() const
{
    return QDir::cleanPath(m_dataDir + QLatin1Char('/') + storage::Database::fileName());
}

void AppController::setTheme(Theme theme)
{
    if (m_theme == theme)
        return;
    m_theme = theme;
    if (m_ready && !m_themeFixed) {
        const storage::StoreResult stored = m_repository->setSetting(themeSetting, themeId(theme));
        if (!stored)
            qWarning("Cannot store the theme: %s", qPrintable(stored.message));
    }
    emit themeChanged();
}

QString AppController::version() const
{
    return QStringLiteral(AFTERCARE_VERSION);
}

QString AppController::notADiagnosis() const
{
    return analysis::notADiagnosis();
}

void AppController::setAnimations(bool on)
{
    if (m_animations == on)
        return;
    m_animations = on;
    emit animationsChanged();
}

QString AppController::newestSessionId() const
{
    return m_sessions->sessionIdAt(0);
}

void AppController::navigate(const QString& page, const QString& sessionId)
{
    emit navigationRequested(page, sessionId);
}

void AppController::openLink(const QString& link)
{
    emit linkOpened(link);
}

bool AppController::hasSession(const QString& sessionId) const
{
    return m_ready && m_repository->hasSession(sessionId).orEmpty();
}

SessionDetails* AppController::sessionDetails(const QString& sessionId)
{
    auto* details = new SessionDetails(this, sessionId);
    QQmlEngine::setObjectOwnership(details, QQmlEngine::JavaScriptOwnership);
    return details;
}

NewSessionForm* AppController::newSessionForm()
{
    auto* form = new NewSessionForm(this);
    QQmlEngine::setObjectOwnership(form, QQmlEngine::JavaScriptOwnership);
    return form;
}

NewSessionForm* AppController::editSessionForm(const QString& sessionId)
{
    const std::optional<Session> stored =
        m_ready ? m_repository->session(sessionId).orEmpty() : std::optional<Session>();
    if (!stored)
        return nullptr;
    auto* form = new NewSessionForm(this, *stored);
    QQmlEngine::setObjectOwnership(form, QQmlEngine::JavaScriptOwnership);
    return form;
}

bool AppController::removeSession(const QString& sessionId)
{
    const std::optional<Session> stored =
        m_ready ? m_repository->session(sessionId).orEmpty() : std::optional<Session>();
    if (!stored)
        return false;
    finishRemoval();
    m_removingId = sessionId;
    m_removalText =
        tr("Session of %1 deleted")
            .arg(format::when(stored->start.toDateTime(), QDateTime::currentDateTime()));
    emit removalChanged();
    notifyContentChanged();
    return true;
}

bool AppController::undoRemoval()
{
    if (m_removingId.isEmpty())
        return false;
    m_removingId.clear();
    m_removalText.clear();
    emit removalChanged();
    notifyContentChanged();
    return true;
}

bool AppController::finishRemoval()
{
    if (m_removingId.isEmpty())
        return false;
    const bool removed = commitRemoval();
    emit removalChanged();
    notifyContentChanged();
    return removed;
}

bool AppController::commitRemoval()
{
    if (m_removingId.isEmpty())
        return false;
    const QString id = std::exchange(m_removingId, {});
    m_removalText.clear();
    if (!m_ready)
        return false;
    const storage::StoreResult removed = m_repository->removeSession(id);
    // Already gone (an import or another window removed it) is as good as removed.
    if (!removed && m_repository->hasSession(id).orEmpty())
        qWarning("Could not delete session %s: %s", qPrintable(id), qPrintable(removed.message));
    return removed.ok();
}

CheckInForm* AppController::checkInForm(const QString& sessionId)
{
    auto* form = new CheckInForm(this, sessionId);
    QQmlEngine::setObjectOwnership(form, QQmlEngine::JavaScriptOwnership);
    return form;
}

ExportForm* AppController::exportForm(const QString& sessionId)
{
    auto* form = new ExportForm(this, sessionId);
    QQmlEngine::setObjectOwnership(form, QQmlEngine::JavaScriptOwnership);
    return form;
}

ReminderPanel* AppController::reminderPanel()
{
    const ReminderServices services =
        m_provideReminderServices ? m_provideReminderServices() : ReminderServices{};
    if (!services.notifier || !services.setup)
        qFatal("AppController: hand in the notifier and the reminder setup first");
    auto* panel = new ReminderPanel(this, services.notifier, services.setup);
    QQmlEngine::setObjectOwnership(panel, QQmlEngine::JavaScriptOwnership);
    return panel;
}

SessionCardForm* AppController::sessionCardForm()
{
    auto* form = new SessionCardForm;
    QQmlEngine::setObjectOwnership(form, QQmlEngine::JavaScriptOwnership);
    return form;
}

EmergencyCall* AppController::emergencyCall()
{
    auto* call = new EmergencyCall(m_dialer, QLocale());
    QQmlEngine::setObjectOwnership(call, QQmlEngine::JavaScriptOwnership);
    return call;
}

void AppController::notifyContentChanged()
{
    reloadSessions();
    emit contentChanged();
}

void AppController::reloadSessions()
{
    // Indexed reads of what each session's row caches: the first page of the list, and
    // the technique averages totalled by SQLite once they are shown; no check-in is read
    // for either.
    m_sessions->reload();
    m_techniques->reload();
}

} // namespace aftercare
