// Self-care, reactions and benefits totalled over a session (analysis/reaction.h).
#include "analysis/reaction.h"

#include <QTest>

using namespace aftercare;
using analysis::ReportTally;
using analysis::SelfCareTally;

namespace {

CheckIn checkIn(const char* at, QList<SelfCare> selfCare, QStringList reactions = {},
                QStringList benefits = {})
{
    CheckIn c;
    c.at = *Timestamp::parse(QString::fromLatin1(at));
    c.selfCare = selfCare;
    c.reactions = reactions;
    c.benefits = benefits;
    return c;
}

SelfCare care(const char* kind, const char* helped = "")
{
    return {QString::fromLatin1(kind), QString::fromLatin1(helped)};
}

} // namespace

Q_DECLARE_METATYPE(QList<CheckIn>)
Q_DECLARE_METATYPE(QList<SelfCareTally>)

class TestReaction : public QObject
{
    Q_OBJECT
private slots:
    void selfCare_data();
    void selfCare();
    void reactionsAndBenefits();
};

void TestReaction::selfCare_data()
{
    QTest::addColumn<QList<CheckIn>>("checkIns");
    QTest::addColumn<QList<SelfCareTally>>("expected");
    QTest::newRow("none") << QList<CheckIn>{checkIn("2026-11-20T18:00:00Z", {})}
                          << QList<SelfCareTally>{};
    QTest::newRow("heat three times, helped twice")
        << QList<CheckIn>{checkIn("2026-11-20T18:00:00Z", {care("heat", "yes")}),
                          checkIn("2026-11-20T20:00:00Z", {care("heat", "no")}),
                          checkIn("2026-11-20T22:00:00Z", {care("heat", "yes")})}
        << QList<SelfCareTally>{{"heat", 3, 2, 0, 1, 0}};
    QTest::newRow("every answer, and none")
        << QList<CheckIn>{checkIn("2026-11-20T18:00:00Z", {care("walk", "a-little")}),
                          checkIn("2026-11-20T19:00:00Z", {care("walk", "not-sure")}),
                          checkIn("2026-11-20T20:00:00Z", {care("walk")}),
                          checkIn("2026-11-20T21:00:00Z", {care("walk", "yes")})}
        << QList<SelfCareTally>{{"walk", 4, 1, 1, 0, 1}};
    QTest::newRow("vocabulary order, not the order done")
        << QList<CheckIn>{checkIn("2026-11-20T18:00:00Z",
                                  {care("painkiller", "yes"), care("water")}),
                          checkIn("2026-11-20T20:00:00Z", {care("heat", "a-little")})}
        << QList<SelfCareTally>{
               {"water", 1, 0, 0, 0, 0}, {"heat", 1, 0, 1, 0, 0}, {"painkiller", 1, 1, 0, 0, 0}};
}

void TestReaction::selfCare()
{
    QFETCH(QList<CheckIn>, checkIns);
    QFETCH(QList<SelfCareTally>, expected);
    Session session;
    session.checkIns = checkIns;
    QCOMPARE(analysis::selfCareTallies(session), expected);
}

void TestReaction::reactionsAndBenefits()
{
    Session session;
    session.checkIns = {
        checkIn("2026-11-21T09:00:00+01:00", {}, {"tiredness"}, {"slept-better", "relaxed"}),
        checkIn("2026-11-20T19:00:00+01:00", {}, {"headache", "tiredness", "tiredness"}),
        checkIn("2026-11-20T23:00:00+01:00", {}, {}, {"relaxed"}),
    };
    const QList<ReportTally> reactions = analysis::reactionTallies(session);
    QCOMPARE(reactions.size(), 2);
    QCOMPARE(reactions.at(0).id, QStringLiteral("headache"));
    QCOMPARE(reactions.at(0).checkIns, 1);
    QCOMPARE(reactions.at(1).id, QStringLiteral("tiredness"));
    QCOMPARE(reactions.at(1).checkIns, 2); // a repeat in one check-in counts once
    QCOMPARE(reactions.at(1).first.text, QStringLiteral("2026-11-20T19:00:00+01:00"));
    const QList<ReportTally> benefits = analysis::benefitTallies(session);
    QCOMPARE(benefits.size(), 2);
    QCOMPARE(benefits.at(0).id, QStringLiteral("relaxed"));
    QCOMPARE(benefits.at(0).checkIns, 2);
    QCOMPARE(benefits.at(0).first.text, QStringLiteral("2026-11-20T23:00:00+01:00"));
    QCOMPARE(benefits.at(1).id, QStringLiteral("slept-better"));
}

QTEST_APPLESS_MAIN(TestReaction)
#include "tst_reaction.moc"
