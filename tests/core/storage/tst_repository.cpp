#include "storage/repository.h"

#include "storagetestdata.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::storage;
using namespace aftercare::storage::testing;

class TestRepository : public QObject
{
    Q_OBJECT
private slots:
    void keepsALeadingByteOrderMark();
    void changeCounterSeesOtherConnections();
};

// SQLite takes a leading U+FEFF of text bound as UTF-16 for a byte-order mark and drops
// it: texts that start with one are stored, found and changed as they are.
void TestRepository::keepsALeadingByteOrderMark()
{
    const QString mark(QChar(0xFEFF));
    Stores stores;
    QVERIFY(stores.open());
    Session session = bareSession(mark + "s-1", "2026-11-20T15:00:00Z");
    session.therapist = mark + "Ana";
    session.notes = mark + mark + "twice";
    session.checkIns = {checkIn("2026-11-20T20:00:00Z", {}, {}, mark + "sore")};
    QCOMPARE(stores.repository.addSession(session).message, QString());
    // The same id without the mark is another session.
    QVERIFY(!stores.repository.session("s-1").value);
    QVERIFY(!stores.repository.hasSession("s-1").value);
    QVERIFY(stores.repository.hasSession(session.id).value);
    // The save stored the session's summary in its row, found by the marked id.
    QCOMPARE(stores.repository.storeMarkedSummaries().value, 0);

    std::optional<Session> loaded = stores.repository.session(session.id).value;
    QVERIFY(loaded);
    QCOMPARE(*loaded, session);

    QCOMPARE(stores.repository.addCheckIn(session.id, checkIn("2026-11-21T08:00:00Z")).message,
             QString());
    QCOMPARE(
        stores.repository.removeCheckIn(session.id, at("2026-11-20T20:00:00Z").utcMicros).message,
        QString());
    loaded = stores.repository.session(session.id).value;
    QVERIFY(loaded);
    QCOMPARE(loaded->checkIns.size(), 1);
    QCOMPARE(loaded->checkIns.first().at.text, QStringLiteral("2026-11-21T08:00:00Z"));

    const PromptEvent event{session.id, 1, "hourly", "delivered", 2};
    QCOMPARE(stores.repository.recordPromptEvent(event).message, QString());
    const QList<PromptEvent> events = stores.repository.promptEvents(session.id).value;
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().sessionId, session.id);

    QCOMPARE(stores.repository.setSetting(mark + "key", mark + "value").message, QString());
    QCOMPARE(stores.repository.setting(mark + "key").value, mark + "value");
    QCOMPARE(stores.repository.setting("key", "absent").value, QStringLiteral("absent"));

    QCOMPARE(stores.repository.removeSession(session.id).message, QString());
    QVERIFY(!stores.repository.session(session.id).value);
}
void TestRepository::changeCounterSeesOtherConnections()
{
    QTemporaryDir folder;
    Database writerDatabase;
    Database readerDatabase;
    QVERIFY(writerDatabase.open(folder.path()).ok());
    QVERIFY(readerDatabase.open(folder.path()).ok());
    Repository writer(writerDatabase);
    Repository reader(readerDatabase);

    const qint64 readerStart = reader.changeCounter().value;
    const qint64 writerStart = writer.changeCounter().value;
    QCOMPARE(reader.changeCounter().value, readerStart); // stable while nothing happens

    QVERIFY(writer.addSession(bareSession("s", "2026-11-20T10:00:00Z")));
    const qint64 readerAfterSession = reader.changeCounter().value;
    const qint64 writerAfterSession = writer.changeCounter().value;
    QVERIFY(readerAfterSession != readerStart);
    QVERIFY(writerAfterSession != writerStart);
    QVERIFY(reader.session("s").value);

    QVERIFY(writer.addCheckIn("s", checkIn("2026-11-20T12:00:00Z")));
    QVERIFY(reader.changeCounter().value != readerAfterSession);
    QVERIFY(writer.changeCounter().value != writerAfterSession);

    // Reads and refused writes change nothing.
    const qint64 readerQuiet = reader.changeCounter().value;
    const qint64 writerQuiet = writer.changeCounter().value;
    QVERIFY(writer.sessionSummaries().ok());
    QVERIFY(writer.allSessions().ok());
    QVERIFY(!writer.addCheckIn("s", checkIn("2026-11-20T12:00:00Z")));
    QCOMPARE(reader.changeCounter().value, readerQuiet);
    QCOMPARE(writer.changeCounter().value, writerQuiet);

    // And the other way round.
    QVERIFY(reader.setSetting("k", "v"));
    QVERIFY(writer.changeCounter().value != writerQuiet);
    QVERIFY(reader.changeCounter().value != readerQuiet);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
