#pragma once

#include "analysis/analysis.h"

#include <QList>
#include <QString>

#include <optional>

namespace aftercare::analysis {

// How one past session went, for the history list and reports.
struct SessionSummary
{
    QString sessionId;
    Timestamp start;
    QString technique;
    QString pressure; // empty: not given
    Status status = Status::InsufficientData;
    std::optional<double> onsetHours;    // time to onset, hours since the session end
    std::optional<double> resolvedHours; // time to resolution, hours since the session end
    std::optional<double> peakHours;
    std::optional<int> peakExcess;
};

// Averages over the sessions of one technique or one pressure. Each mean is over the
// sessions that have that value (e.g. onset only over sessions that had one).
struct GroupAverage
{
    QString key;          // technique or pressure id
    int sessionCount = 0; // sessions in the group
    int onsetCount = 0;
    int resolvedCount = 0;
    int peakCount = 0;
    std::optional<double> meanOnsetHours;
    std::optional<double> meanResolvedHours;
    std::optional<double> meanPeakExcess;
};

SessionSummary summarize(const Session& session, const Result& result);
SessionSummary summarize(const Session& session);
QList<SessionSummary> summarize(const QList<Session>& sessions);

// One entry per technique (or pressure) that occurs, in vocabulary order, ids the
// vocabulary does not know after them in first-seen order. Sessions without a pressure
// are left out of the pressure averages.
QList<GroupAverage> averagesByTechnique(const QList<SessionSummary>& summaries);
QList<GroupAverage> averagesByPressure(const QList<SessionSummary>& summaries);

// The running totals behind one GroupAverage, so that a store can total its rows where
// they are (storage sums its cached courses in SQL) and add sessions one by one.
struct GroupTotals
{
    QString key;
    int sessionCount = 0;
    int onsetCount = 0;
    int resolvedCount = 0;
    int peakCount = 0;
    double onsetSum = 0;
    double resolvedSum = 0;
    double peakSum = 0;

    void add(const SessionSummary& summary);
    GroupAverage average() const;
};
// The technique averages from totals (keys may repeat: they are merged), in the order
// and with the rules of averagesByTechnique.
QList<GroupAverage> averagesByTechnique(const QList<GroupTotals>& totals);

} // namespace aftercare::analysis
