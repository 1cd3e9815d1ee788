#include "storage/summarystore.h"

#include "storagetestdata.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::storage;
using namespace aftercare::storage::testing;

class TestSummaryStore : public QObject
{
    Q_OBJECT
private slots:
    void summariesNewestFirstInOneQuery();
    void selfCareHelpByTechnique();
};

void TestSummaryStore::summariesNewestFirstInOneQuery()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.summaries.sessionSummaries().value.isEmpty());
    // Text order and instant order differ: 23:00+05:00 is 18:00Z, before 19:00Z.
    Session early = bareSession("b-early", "2026-11-20T23:00:00+05:00");
    early.checkIns = {checkIn("2026-11-21T01:00:00+05:00"), checkIn("2026-11-20T23:30:00Z"),
                      checkIn("2026-11-20T22:00:00Z")};
    Session late = bareSession("a-late", "2026-11-20T19:00:00Z");
    late.technique = "swedish";
    late.pressure = "light";
    late.durationMinutes = 45;
    Session oldest = bareSession("c-oldest", "2026-10-01T09:00:00-07:00");
    oldest.checkIns = {checkIn("2026-10-01T20:00:00-07:00")};
    for (const Session& session : {early, late, oldest})
        QVERIFY(stores.sessions.addSession(session));

    const QList<SessionSummary> summaries = stores.summaries.sessionSummaries().value;
    QCOMPARE(idsOf(summaries), (QStringList{"a-late", "b-early", "c-oldest"}));

    QCOMPARE(summaries.at(0).checkInCount, 0);
    QVERIFY(!summaries.at(0).lastCheckInAt);
    QCOMPARE(summaries.at(0).technique, QStringLiteral("swedish"));
    QCOMPARE(summaries.at(0).pressure, QStringLiteral("light"));
    QCOMPARE(summaries.at(0).durationMinutes, 45);

    QCOMPARE(summaries.at(1).checkInCount, 3);
    QVERIFY(summaries.at(1).lastCheckInAt);
    QCOMPARE(summaries.at(1).lastCheckInAt->text, QStringLiteral("2026-11-20T23:30:00Z"));
    QCOMPARE(summaries.at(1).start.text, QStringLiteral("2026-11-20T23:00:00+05:00"));
    QCOMPARE(summaries.at(2).checkInCount, 1);
    QCOMPARE(summaries.at(2).lastCheckInAt->offsetSeconds, -7 * 3600);
}

// The self-care answers summed per technique and kind in SQL: "yes" and "a-little" count as
// helped, entries without an answer are left out, sessions of other techniques apart.
void TestSummaryStore::selfCareHelpByTechnique()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.summaries.selfCareHelpByTechnique().value.isEmpty());
    const auto care = [](const char* kind, const char* helped) {
        return SelfCare{QString::fromLatin1(kind), QString::fromLatin1(helped)};
    };
    Session first = bareSession("first", "2026-11-20T09:00:00Z");
    first.checkIns = {checkIn("2026-11-20T12:00:00Z"), checkIn("2026-11-20T20:00:00Z")};
    first.checkIns[0].selfCare = {care("heat", "yes"), care("walk", "no")};
    first.checkIns[1].selfCare = {care("heat", "a-little"), care("cold", "")};
    Session second = bareSession("second", "2026-11-22T09:00:00Z");
    second.checkIns = {checkIn("2026-11-22T12:00:00Z")};
    second.checkIns[0].selfCare = {care("heat", "not-sure")};
    Session other = bareSession("other", "2026-11-23T09:00:00Z");
    other.technique = "swedish";
    other.checkIns = {checkIn("2026-11-23T12:00:00Z")};
    other.checkIns[0].selfCare = {care("heat", "yes")};
    for (const Session& session : {first, second, other})
        QVERIFY(stores.sessions.addSession(session));

    const StoreValue<QList<SelfCareHelp>> help = stores.summaries.selfCareHelpByTechnique();
    QVERIFY(help.ok());
    const QString technique = first.technique;
    const QList<SelfCareHelp> expected{
        {technique, "heat", 3, 2},
        {technique, "walk", 1, 0},
        {"swedish", "heat", 1, 1},
    };
    QCOMPARE(help.value, expected);
}

QTEST_GUILESS_MAIN(TestSummaryStore)
#include "tst_summarystore.moc"
