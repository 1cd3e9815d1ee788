#pragma once
// The whole reaction beyond soreness, totalled over a session's check-ins for reports:
// what the person did for it and how often it helped, and how often each other reaction
// or benefit was reported (core/analysis/README.md; none of it changes the status).

#include "model/session.h"

#include <QList>
#include <QString>

namespace aftercare::analysis {

// One kind of self-care over a session: how often it was done and what was answered
// about whether it helped.
struct SelfCareTally
{
    QString kind;
    int times = 0;
    int helped = 0;        // "yes"
    int helpedALittle = 0; // "a-little"
    int didNotHelp = 0;    // "no"
    int notSure = 0;       // "not-sure"; times minus all four were not answered

    friend bool operator==(const SelfCareTally&, const SelfCareTally&) = default;
};

// In the order of the self-care vocabulary; kinds never done are left out.
QList<SelfCareTally> selfCareTallies(const Session& session);

// How many check-ins reported an id (a reaction or a benefit), and the first of them.
struct ReportTally
{
    QString id;
    int checkIns = 0;
    Timestamp first; // the earliest check-in that reported it

    friend bool operator==(const ReportTally&, const ReportTally&) = default;
};

// In vocabulary order; ids never reported are left out. A check-in that repeats an id
// counts once.
QList<ReportTally> reactionTallies(const Session& session);
QList<ReportTally> benefitTallies(const Session& session);

} // namespace aftercare::analysis
