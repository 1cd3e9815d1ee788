#pragma once

#include "model/session.h"
#include "storage/database.h"
#include "storage/storeresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace aftercare::storage {

// Answers to "did it help?" about the self-care an earlier check-in of the session noted,
// given at the next check-in.
struct SelfCareAnswers
{
    qint64 checkInAtUtcMicros = 0; // the earlier check-in
    QList<SelfCare> answers;       // its kinds, with `helped` set
};

// Reads and writes sessions and their check-ins. Every write is one transaction: all of it
// or none of it. Check-ins are identified by (session id, instant). A read that fails says
// so in its result; "none stored" is a successful read (nullopt, false, 0).
class SessionStore
{
public:
    explicit SessionStore(Database& database);

    // With its check-ins ordered by instant; nullopt when unknown.
    StoreValue<std::optional<Session>> session(const QString& id) const;
    // Every session, oldest start first, with check-ins (for export).
    StoreValue<QList<Session>> allSessions() const;
    StoreValue<int> sessionCount() const;
    StoreValue<bool> hasSessions() const;
    // Whether a session with this id is stored, without loading it.
    StoreValue<bool> hasSession(const QString& id) const;

    StoreResult addSession(const Session& session);
    // The session's cached summary is marked by a trigger (schema v3), not recomputed here:
    // a save stays as cheap as the rows it writes.
    // With `earlier`, the answers about an earlier check-in's self-care are written in the
    // same transaction: both or neither.
    StoreResult addCheckIn(const QString& sessionId, const CheckIn& checkIn,
                           const SelfCareAnswers& earlier = {});
    // Replaces the stored details of `session.id` (start, duration, technique, pressure,
    // therapist, notes, advice, source, areas, pain before, screening) and refreshes its
    // summary. The check-ins and prompt events stay.
    StoreResult replaceSessionDetails(const Session& session);
    // Replaces the check-in at `oldAtUtcMicros` (its time may change).
    StoreResult replaceCheckIn(const QString& sessionId, qint64 oldAtUtcMicros,
                               const CheckIn& checkIn);
    StoreResult removeCheckIn(const QString& sessionId, qint64 atUtcMicros);
    StoreResult removeSession(const QString& sessionId);

    // Inside a write transaction: ok when session `id` is stored, else why not.
    static StoreResult requireStored(const Database& database, const QString& id);

private:
    // Sets `helped` of the earlier check-in's self-care, inside the caller's transaction.
    StoreResult answerSelfCare(const QString& sessionId, const SelfCareAnswers& earlier);
    // Deletes the check-in at `atUtcMicros`, inside the caller's write transaction.
    StoreResult deleteCheckIn(const QString& sessionId, qint64 atUtcMicros);

    Database& m_database;
};

} // namespace aftercare::storage
