#include "analysis/history.h"

#include "model/vocabulary.h"

#include <algorithm>
#include <functional>

namespace aftercare::analysis {

namespace {

struct Accumulator
{
    GroupAverage average;
    double onsetSum = 0;
    double resolvedSum = 0;
    double peakSum = 0;

    void add(const SessionSummary& summary)
    {
        ++average.sessionCount;
        if (summary.onsetHours) {
            ++average.onsetCount;
            onsetSum += *summary.onsetHours;
        }
        if (summary.resolvedHours) {
            ++average.resolvedCount;
            resolvedSum += *summary.resolvedHours;
        }
        if (summary.peakExcess) {
            ++average.peakCount;
            peakSum += *summary.peakExcess;
        }
    }

    GroupAverage finish() const
    {
        GroupAverage result = average;
        if (result.onsetCount > 0)
            result.meanOnsetHours = onsetSum / result.onsetCount;
        if (result.resolvedCount > 0)
            result.meanResolvedHours = resolvedSum / result.resolvedCount;
        if (result.peakCount > 0)
            result.meanPeakExcess = peakSum / result.peakCount;
        return result;
    }
};

QList<GroupAverage> averagesBy(const QList<SessionSummary>& summaries,
                               const std::vector<Term>& vocabularyOrder,
                               const std::function<QString(const SessionSummary&)>& keyOf)
{
    QList<Accumulator> groups;
    for (const Term& term : vocabularyOrder) {
        Accumulator group;
        group.average.key = QString::fromLatin1(term.id);
        groups.append(group);
    }
    for (const SessionSummary& summary : summaries) {
        const QString key = keyOf(summary);
        if (key.isEmpty())
            continue;
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&key](const Accumulator& g) { return g.average.key == key; });
        if (group == groups.end()) {
            Accumulator added;
            added.average.key = key;
            groups.append(added);
            group = groups.end() - 1;
        }
        group->add(summary);
    }
    QList<GroupAverage> result;
    for (const Accumulator& group : std::as_const(groups)) {
        if (group.average.sessionCount > 0)
            result.append(group.finish());
    }
    return result;
}

} // namespace

SessionSummary summarize(const Session& session, const Result& result)
{
    SessionSummary summary;
    summary.sessionId = session.id;
    summary.start = session.start;
    summary.technique = session.technique;
    summary.pressure = session.pressure;
    summary.status = result.status;
    if (result.onset)
        summary.onsetHours = result.onset->hours;
    if (result.resolved)
        summary.resolvedHours = result.resolved->hours;
    if (result.peak) {
        summary.peakHours = result.peak->hours;
        summary.peakExcess = result.peak->excess;
    }
    return summary;
}

SessionSummary summarize(const Session& session)
{
    return summarize(session, analyze(session));
}

QList<SessionSummary> summarize(const QList<Session>& sessions)
{
    QList<SessionSummary> summaries;
    summaries.reserve(sessions.size());
    for (const Session& session : sessions)
        summaries.append(summarize(session));
    return summaries;
}

QList<GroupAverage> averagesByTechnique(const QList<SessionSummary>& summaries)
{
    return averagesBy(summaries, vocabulary::techniques(),
                      [](const SessionSummary& s) { return s.technique; });
}

QList<GroupAverage> averagesByPressure(const QList<SessionSummary>& summaries)
{
    return averagesBy(summaries, vocabulary::pressures(),
                      [](const SessionSummary& s) { return s.pressure; });
}

} // namespace aftercare::analysis
