#include "storage/prompteventlog.h"

#include "storagetestdata.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::storage;
using namespace aftercare::storage::testing;

class TestPromptEventLog : public QObject
{
    Q_OBJECT
private slots:
    void promptEvents();
};

void TestPromptEventLog::promptEvents()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.sessions.addSession(bareSession("a", "2026-11-20T10:00:00Z")));
    QVERIFY(stores.sessions.addSession(bareSession("b", "2026-11-20T11:00:00Z")));
    const qint64 hour = Q_INT64_C(3600000000);
    const QList<PromptEvent> recorded{
        {"b", 5 * hour, "hourly", "delivered", 5 * hour + 10},
        {"a", 2 * hour, "catch-up", "delivered", 3 * hour},
        {"a", 2 * hour, "catch-up", "snoozed", 3 * hour + 60},
        {"a", 2 * hour, "catch-up", "log-now", 3 * hour + 60}, // same instant: kept in order
    };
    for (const PromptEvent& event : recorded)
        QCOMPARE(stores.prompts.recordPromptEvent(event).message, QString());
    const auto fields = [](const QList<PromptEvent>& events) {
        QStringList result;
        for (const PromptEvent& e : events)
            result << QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(e.sessionId)
                          .arg(e.dueUtcMicros)
                          .arg(e.kind, e.event)
                          .arg(e.atUtcMicros);
        return result;
    };
    QCOMPARE(fields(stores.prompts.promptEvents().value),
             fields({recorded[1], recorded[2], recorded[3], recorded[0]}));
    QCOMPARE(fields(stores.prompts.promptEvents("a").value),
             fields({recorded[1], recorded[2], recorded[3]}));
    QCOMPARE(fields(stores.prompts.promptEvents("b").value), fields({recorded[0]}));
    QVERIFY(stores.prompts.promptEvents("c").value.isEmpty());
    // The newest of one kind, newest first, at most `limit`.
    QCOMPARE(fields(stores.prompts.latestPromptEvents("delivered", 5).value),
             fields({recorded[0], recorded[1]}));
    QCOMPARE(fields(stores.prompts.latestPromptEvents("delivered", 1).value),
             fields({recorded[0]}));
    QCOMPARE(fields(stores.prompts.latestPromptEvents("log-now", 5).value), fields({recorded[3]}));
    QVERIFY(stores.prompts.latestPromptEvents("dismissed", 5).value.isEmpty());

    QCOMPARE(stores.prompts.recordPromptEvent({"c", 1, "hourly", "delivered", 2}).message,
             QStringLiteral("no session \"c\" is stored"));
}

QTEST_GUILESS_MAIN(TestPromptEventLog)
#include "tst_prompteventlog.moc"
