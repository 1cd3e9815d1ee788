#include "exchange/logwriter.h"

#include "exchange/jsonwriter.h"

#include <algorithm>
#include <vector>

namespace aftercare::exchange {

namespace {

using Layout = JsonWriter::Layout;

// Members are written in the order of the log format's section 1 (version 2).
void writeSymptom(JsonWriter& json, const Symptom& symptom)
{
    json.beginObject(Layout::Inline);
    json.key("region").value(symptom.region);
    json.key("intensity").value(symptom.intensity);
    json.key("qualities").strings(symptom.qualities);
    json.endObject();
}

void writeCheckIn(JsonWriter& json, const CheckIn& checkIn)
{
    json.beginObject();
    json.key("at").value(checkIn.at.text);
    if (checkIn.recordedAt)
        json.key("recordedAt").value(checkIn.recordedAt->text);
    json.key("symptoms").beginArray();
    for (const Symptom& symptom : checkIn.symptoms)
        writeSymptom(json, symptom);
    json.endArray();
    json.key("redFlags").strings(checkIn.redFlags);
    json.optional("impact", checkIn.impact);
    json.optional("reactions", checkIn.reactions);
    json.optional("benefits", checkIn.benefits);
    if (!checkIn.selfCare.isEmpty()) {
        json.key("selfCare").beginArray(Layout::Inline);
        for (const SelfCare& entry : checkIn.selfCare) {
            json.beginObject(Layout::Inline).key("kind").value(entry.kind);
            json.optional("helped", entry.helped).endObject();
        }
        json.endArray();
    }
    json.optional("note", checkIn.note);
    json.endObject();
}

void writeSession(JsonWriter& json, const Session& session)
{
    json.beginObject();
    json.key("id").value(session.id);
    json.key("start").value(session.start.text);
    json.key("durationMinutes").value(session.durationMinutes);
    json.key("technique")
        .value(session.technique.isEmpty() ? QStringLiteral("other") : session.technique);
    json.optional("pressure", session.pressure);
    json.key("areasWorked").strings(session.areasWorked);
    json.optional("therapist", session.therapist);
    json.optional("advice", session.advice);
    json.optional("source", session.source);
    json.key("baseline").beginArray(Layout::Inline);
    for (const BaselineEntry& entry : session.baseline) {
        json.beginObject(Layout::Inline);
        json.key("region").value(entry.region);
        json.key("intensity").value(entry.intensity);
        json.endObject();
    }
    json.endArray();
    json.key("screening").strings(session.screening);
    json.optional("notes", session.notes);
    // By instant; a stable sort keeps the given order of equal instants.
    std::vector<const CheckIn*> checkIns;
    checkIns.reserve(size_t(session.checkIns.size()));
    for (const CheckIn& checkIn : session.checkIns)
        checkIns.push_back(&checkIn);
    std::stable_sort(checkIns.begin(), checkIns.end(), [](const CheckIn* a, const CheckIn* b) {
        return a->at.utcMicros < b->at.utcMicros;
    });
    json.key("checkIns").beginArray();
    for (const CheckIn* checkIn : checkIns)
        writeCheckIn(json, *checkIn);
    json.endArray();
    json.endObject();
}

} // namespace

QByteArray writeLog(const QList<Session>& sessions, const Timestamp& exportedAt)
{
    QByteArray out;
    qsizetype checkInCount = 0;
    for (const Session& session : sessions)
        checkInCount += session.checkIns.size();
    out.reserve(256 + sessions.size() * 512 + checkInCount * 256);

    JsonWriter json(out);
    json.beginObject();
    json.key("format").value("aftercare-log");
    json.key("version").value(2);
    json.optional("exportedAt", exportedAt.text);
    json.key("sessions").beginArray();
    for (const Session& session : sessions)
        writeSession(json, session);
    json.finish();
    return out;
}

} // namespace aftercare::exchange
