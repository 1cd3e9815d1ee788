#include "loggenerator.h"

#include "model/vocabulary.h"

#include <QHash>
#include <QRandomGenerator>

namespace aftercare::bench {

namespace {

constexpr quint32 seed = 71;
constexpr qint64 microsPerSecond = 1000000;
constexpr qint64 firstStartSeconds = 1767261600; // 2026-01-01T10:00:00Z
constexpr qint64 weekSeconds = 7 * 24 * 3600;
constexpr int offsetSeconds = 3600;

// Ids are shared the way the log reader shares them: one QString per vocabulary entry.
const QStringList& sharedIds(const std::vector<Term>& terms)
{
    static QHash<const std::vector<Term>*, QStringList> shared;
    QStringList& ids = shared[&terms];
    if (ids.isEmpty())
        ids = vocabulary::ids(terms);
    return ids;
}

QString pick(QRandomGenerator& random, const std::vector<Term>& terms)
{
    const QStringList& ids = sharedIds(terms);
    return ids.at(random.bounded(int(ids.size())));
}

Session generateSession(QRandomGenerator& random, int number, int checkIns)
{
    Session session;
    session.id = QStringLiteral("bench-%1").arg(number);
    session.start = Timestamp::fromUtcMicros(
        (firstStartSeconds + number * weekSeconds) * microsPerSecond, offsetSeconds);
    session.durationMinutes = 60;
    session.technique = pick(random, vocabulary::techniques());
    session.pressure = pick(random, vocabulary::pressures());
    const QStringList& regions = sharedIds(vocabulary::regions());
    session.areasWorked = {regions.at(6), regions.at(7)}; // lower-back, gluteal-left
    session.baseline = {{regions.at(6), random.bounded(0, 5)}};
    // Spread over five days, whole seconds, strictly increasing.
    const qint64 spanSeconds = std::max<qint64>(5 * 24 * 3600, checkIns);
    const qint64 step = spanSeconds / std::max(checkIns, 1);
    for (int i = 0; i < checkIns; ++i) {
        CheckIn checkIn;
        const qint64 seconds =
            3600 + i * step + random.bounded(qint64(std::max<qint64>(step / 2, 1)));
        checkIn.at = Timestamp::fromUtcMicros(session.start.utcMicros + seconds * microsPerSecond,
                                              offsetSeconds);
        const int soreRegions = random.bounded(1, 4);
        for (int r = 0; r < soreRegions; ++r) {
            Symptom symptom;
            symptom.region = regions.at(6 + r * 4); // lower-back, then hip-left, calf-right
            symptom.intensity = random.bounded(0, 9);
            if (random.bounded(2) == 0)
                symptom.qualities = {pick(random, vocabulary::qualities()),
                                     sharedIds(vocabulary::qualities()).first()};
            checkIn.symptoms << symptom;
        }
        if (random.bounded(50) == 0)
            checkIn.redFlags << pick(random, vocabulary::redFlags());
        if (random.bounded(10) == 0)
            checkIn.note = QStringLiteral("Walked for twenty minutes, drank water.");
        session.checkIns << checkIn;
    }
    return session;
}

void appendString(QByteArray& out, const QString& text)
{
    out.append('"').append(text.toUtf8()).append('"'); // generated texts need no escaping
}

} // namespace

QList<Session> generateSessions(int checkIns, int checkInsPerSession)
{
    QRandomGenerator random(seed);
    QList<Session> sessions;
    int remaining = checkIns;
    for (int number = 0; remaining > 0; ++number) {
        const int count = remaining < 2 * checkInsPerSession ? remaining : checkInsPerSession;
        sessions << generateSession(random, number, count);
        remaining -= count;
    }
    return sessions;
}

QByteArray generateLogFile(int checkIns, int checkInsPerSession)
{
    const QList<Session> sessions = generateSessions(checkIns, checkInsPerSession);
    QByteArray out;
    out.reserve(qsizetype(checkIns) * 220 + 1024);
    out.append("{\n  \"format\": \"aftercare-log\",\n  \"version\": 1,\n  \"sessions\": [");
    for (qsizetype s = 0; s < sessions.size(); ++s) {
        const Session& session = sessions.at(s);
        out.append(s == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ");
        appendString(out, session.id);
        out.append(", \"start\": ");
        appendString(out, session.start.text);
        out.append(", \"durationMinutes\": ").append(QByteArray::number(session.durationMinutes));
        out.append(", \"technique\": ");
        appendString(out, session.technique);
        out.append(", \"pressure\": ");
        appendString(out, session.pressure);
        out.append(", \"areasWorked\": [\"lower-back\", \"gluteal-left\"]");
        out.append(", \"baseline\": [{\"region\": \"lower-back\", \"intensity\": ")
            .append(QByteArray::number(session.baseline.first().intensity))
            .append("}]");
        out.append(",\n     \"checkIns\": [");
        for (qsizetype c = 0; c < session.checkIns.size(); ++c) {
            const CheckIn& checkIn = session.checkIns.at(c);
            out.append(c == 0 ? "\n      {\"at\": " : ",\n      {\"at\": ");
            appendString(out, checkIn.at.text);
            out.append(", \"symptoms\": [");
            for (qsizetype y = 0; y < checkIn.symptoms.size(); ++y) {
                const Symptom& symptom = checkIn.symptoms.at(y);
                out.append(y == 0 ? "{\"region\": " : ", {\"region\": ");
                appendString(out, symptom.region);
                out.append(", \"intensity\": ").append(QByteArray::number(symptom.intensity));
                out.append(", \"qualities\": [");
                for (qsizetype q = 0; q < symptom.qualities.size(); ++q) {
                    if (q > 0)
                        out.append(", ");
                    appendString(out, symptom.qualities.at(q));
                }
                out.append("]}");
            }
            out.append("], \"redFlags\": [");
            for (qsizetype f = 0; f < checkIn.redFlags.size(); ++f) {
                if (f > 0)
                    out.append(", ");
                appendString(out, checkIn.redFlags.at(f));
            }
            out.append(']');
            if (!checkIn.note.isEmpty()) {
                out.append(", \"note\": ");
                appendString(out, checkIn.note);
            }
            out.append('}');
        }
        out.append("\n     ]}");
    }
    out.append("\n  ]\n}\n");
    return out;
}

} // namespace aftercare::bench
