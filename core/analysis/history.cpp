#include "analysis/history.h"

#include "model/vocabulary.h"

#include <algorithm>
#include <functional>

namespace aftercare::analysis {

namespace {

// Groups in vocabulary order, then unknown keys in first-seen order; empty groups left out.
class Grouping
{
public:
    explicit Grouping(const std::vector<Term>& vocabularyOrder)
    {
        for (const Term& term : vocabularyOrder) {
            GroupTotals group;
            group.key = QString::fromLatin1(term.id);
            m_groups.append(group);
        }
    }
    GroupTotals& group(const QString& key)
    {
        auto found = std::find_if(m_groups.begin(), m_groups.end(),
                                  [&key](const GroupTotals& g) { return g.key == key; });
        if (found != m_groups.end())
            return *found;
        GroupTotals added;
        added.key = key;
        m_groups.append(added);
        return m_groups.last();
    }
    QList<GroupAverage> averages() const
    {
        QList<GroupAverage> result;
        for (const GroupTotals& group : m_groups) {
            if (group.sessionCount > 0)
                result.append(group.average());
        }
        return result;
    }

private:
    QList<GroupTotals> m_groups;
};

QList<GroupAverage> averagesBy(const QList<SessionSummary>& summaries,
                               const std::vector<Term>& vocabularyOrder,
                               const std::function<QString(const SessionSummary&)>& keyOf)
{
    Grouping grouping(vocabularyOrder);
    for (const SessionSummary& summary : summaries) {
        const QString key = keyOf(summary);
        if (!key.isEmpty())
            grouping.group(key).add(summary);
    }
    return grouping.averages();
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

QList<GroupAverage> averagesByTechnique(const QList<GroupTotals>& totals)
{
    Grouping grouping(vocabulary::techniques());
    for (const GroupTotals& part : totals) {
        if (part.key.isEmpty())
            continue;
        GroupTotals& group = grouping.group(part.key);
        group.sessionCount += part.sessionCount;
        group.onsetCount += part.onsetCount;
        group.resolvedCount += part.resolvedCount;
        group.peakCount += part.peakCount;
        group.onsetSum += part.onsetSum;
        group.resolvedSum += part.resolvedSum;
        group.peakSum += part.peakSum;
    }
    return grouping.averages();
}

void GroupTotals::add(const SessionSummary& summary)
{
    ++sessionCount;
    if (summary.onsetHours) {
        ++onsetCount;
        onsetSum += *summary.onsetHours;
    }
    if (summary.resolvedHours) {
        ++resolvedCount;
        resolvedSum += *summary.resolvedHours;
    }
    if (summary.peakExcess) {
        ++peakCount;
        peakSum += *summary.peakExcess;
    }
}

GroupAverage GroupTotals::average() const
{
    GroupAverage result;
    result.key = key;
    result.sessionCount = sessionCount;
    result.onsetCount = onsetCount;
    result.resolvedCount = resolvedCount;
    result.peakCount = peakCount;
    if (onsetCount > 0)
        result.meanOnsetHours = onsetSum / onsetCount;
    if (resolvedCount > 0)
        result.meanResolvedHours = resolvedSum / resolvedCount;
    if (peakCount > 0)
        result.meanPeakExcess = peakSum / peakCount;
    return result;
}

QList<GroupAverage> averagesByPressure(const QList<SessionSummary>& summaries)
{
    return averagesBy(summaries, vocabulary::pressures(),
                      [](const SessionSummary& s) { return s.pressure; });
}

} // namespace aftercare::analysis
