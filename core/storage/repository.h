#pragma once

#include "storage/database.h"
#include "storage/importplanner.h"
#include "storage/prompteventlog.h"
#include "storage/sessionstore.h"
#include "storage/settingsstore.h"
#include "storage/storeresult.h"
#include "storage/summarystore.h"

namespace aftercare::storage {

// The stores on one database connection, behind one object for the app, the CLI and the
// reminder agent. It holds no logic: each call goes to the store named beside it, which
// says what it does. Writes answer a StoreResult, reads a StoreValue (see storeresult.h).
class Repository
{
public:
    explicit Repository(Database& database)
        : m_database(database)
        , m_sessions(database)
        , m_summaries(database)
        , m_imports(database)
        , m_settings(database)
        , m_prompts(database)
    {}

    SessionStore& sessions() { return m_sessions; }
    SummaryStore& summaries() { return m_summaries; }
    ImportPlanner& imports() { return m_imports; }
    SettingsStore& settings() { return m_settings; }
    PromptEventLog& prompts() { return m_prompts; }

    // SummaryStore
    StoreValue<QList<SessionSummary>> sessionSummaries() const
    {
        return m_summaries.sessionSummaries();
    }
    StoreValue<int> storeMarkedSummaries() { return m_summaries.storeMarkedSummaries(); }
    StoreValue<QList<SessionSummary>> sessionSummaryPage(int offset, int count) const
    {
        return m_summaries.sessionSummaryPage(offset, count);
    }
    StoreValue<QList<SessionSummary>> sessionSummariesStartedSince(qint64 utcMicros) const
    {
        return m_summaries.sessionSummariesStartedSince(utcMicros);
    }
    StoreValue<QList<analysis::GroupTotals>> techniqueTotals() const
    {
        return m_summaries.techniqueTotals();
    }
    StoreValue<QList<SelfCareHelp>> selfCareHelpByTechnique() const
    {
        return m_summaries.selfCareHelpByTechnique();
    }

    // SessionStore
    StoreValue<int> sessionCount() const { return m_sessions.sessionCount(); }
    StoreValue<std::optional<Session>> session(const QString& id) const
    {
        return m_sessions.session(id);
    }
    StoreValue<QList<Session>> allSessions() const { return m_sessions.allSessions(); }
    StoreValue<bool> hasSessions() const { return m_sessions.hasSessions(); }
    StoreValue<bool> hasSession(const QString& id) const { return m_sessions.hasSession(id); }
    StoreResult addSession(const Session& session) { return m_sessions.addSession(session); }
    StoreResult addCheckIn(const QString& sessionId, const CheckIn& checkIn,
                           const SelfCareAnswers& earlier = {})
    {
        return m_sessions.addCheckIn(sessionId, checkIn, earlier);
    }
    StoreResult replaceSessionDetails(const Session& session)
    {
        return m_sessions.replaceSessionDetails(session);
    }
    StoreResult replaceCheckIn(const QString& sessionId, qint64 oldAtUtcMicros,
                               const CheckIn& checkIn)
    {
        return m_sessions.replaceCheckIn(sessionId, oldAtUtcMicros, checkIn);
    }
    StoreResult removeCheckIn(const QString& sessionId, qint64 atUtcMicros)
    {
        return m_sessions.removeCheckIn(sessionId, atUtcMicros);
    }
    StoreResult removeSession(const QString& sessionId)
    {
        return m_sessions.removeSession(sessionId);
    }

    // ImportPlanner
    StoreValue<ImportOutcome> previewImport(const Log& log) const
    {
        return m_imports.previewImport(log);
    }
    StoreValue<ImportOutcome> importLog(const Log& log) { return m_imports.importLog(log); }

    // SettingsStore
    StoreValue<QString> setting(const QString& key, const QString& fallback = {}) const
    {
        return m_settings.setting(key, fallback);
    }
    StoreResult setSetting(const QString& key, const QString& value)
    {
        return m_settings.setSetting(key, value);
    }

    // PromptEventLog
    StoreResult recordPromptEvent(const PromptEvent& event)
    {
        return m_prompts.recordPromptEvent(event);
    }
    StoreValue<QList<PromptEvent>> promptEvents(const QString& sessionId = {}) const
    {
        return m_prompts.promptEvents(sessionId);
    }
    StoreValue<QList<PromptEvent>> latestPromptEvents(const QString& event, int limit) const
    {
        return m_prompts.latestPromptEvents(event, limit);
    }

    // Database
    StoreValue<qint64> changeCounter() const { return m_database.changeCounter(); }

private:
    Database& m_database;
    SessionStore m_sessions;
    SummaryStore m_summaries;
    ImportPlanner m_imports;
    SettingsStore m_settings;
    PromptEventLog m_prompts;
};

} // namespace aftercare::storage
