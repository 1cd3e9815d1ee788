#include "analysis/reaction.h"

#include "model/vocabulary.h"

#include <functional>

namespace aftercare::analysis {

namespace {

QList<ReportTally> tallies(const Session& session, const std::vector<Term>& terms,
                           const std::function<const QStringList&(const CheckIn&)>& ids)
{
    QList<ReportTally> result;
    for (const Term& term : terms) {
        const QString id = QString::fromLatin1(term.id);
        ReportTally tally{id, 0, {}};
        for (const CheckIn& checkIn : session.checkIns) {
            if (!ids(checkIn).contains(id))
                continue;
            if (tally.checkIns == 0 || checkIn.at.utcMicros < tally.first.utcMicros)
                tally.first = checkIn.at;
            ++tally.checkIns;
        }
        if (tally.checkIns > 0)
            result << tally;
    }
    return result;
}

} // namespace

QList<SelfCareTally> selfCareTallies(const Session& session)
{
    QList<SelfCareTally> result;
    for (const Term& term : vocabulary::selfCareKinds()) {
        SelfCareTally tally;
        tally.kind = QString::fromLatin1(term.id);
        for (const CheckIn& checkIn : session.checkIns) {
            for (const SelfCare& entry : checkIn.selfCare) {
                if (entry.kind != tally.kind)
                    continue;
                ++tally.times;
                if (entry.helped == QLatin1String("yes"))
                    ++tally.helped;
                else if (entry.helped == QLatin1String("a-little"))
                    ++tally.helpedALittle;
                else if (entry.helped == QLatin1String("no"))
                    ++tally.didNotHelp;
                else if (entry.helped == QLatin1String("not-sure"))
                    ++tally.notSure;
            }
        }
        if (tally.times > 0)
            result << tally;
    }
    return result;
}

QList<ReportTally> reactionTallies(const Session& session)
{
    return tallies(session, vocabulary::reactions(),
                   [](const CheckIn& c) -> const QStringList& { return c.reactions; });
}

QList<ReportTally> benefitTallies(const Session& session)
{
    return tallies(session, vocabulary::benefits(),
                   [](const CheckIn& c) -> const QStringList& { return c.benefits; });
}

} // namespace aftercare::analysis
