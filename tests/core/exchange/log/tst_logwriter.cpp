#include "checkins.h"
#include "exchange/logreader.h"
#include "exchange/logwriter.h"
#include "model/vocabulary.h"
#include "timestamps.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;
using testsupport::at;
using testsupport::checkIn;
using namespace aftercare::exchange;

Q_DECLARE_METATYPE(QList<aftercare::Session>)

namespace {

Session minimalSession(const QString& id = QStringLiteral("s1"))
{
    Session session;
    session.id = id;
    session.start = at("2026-11-20T15:00:00+01:00");
    return session;
}

Session fullSession()
{
    Session session = minimalSession(QStringLiteral("s-2026-11-20"));
    session.durationMinutes = 90;
    session.technique = QStringLiteral("deep-tissue");
    session.pressure = QStringLiteral("firm");
    session.areasWorked = {QStringLiteral("lower-back"), QStringLiteral("gluteal-left")};
    session.therapist = QStringLiteral("Sam");
    session.baseline = {{QStringLiteral("lower-back"), 3}, {QStringLiteral("neck"), 1}};
    session.screening = {QStringLiteral("disc-herniation"), QStringLiteral("pregnancy")};
    session.notes = QStringLiteral("Asked for less pressure on the left.");
    session.checkIns = {
        checkIn("2026-11-20T16:00:00+01:00", {}, {}, QStringLiteral("fine")),
        checkIn(
            "2026-11-20T23:00:00+01:00",
            {{QStringLiteral("lower-back"), 5, {QStringLiteral("aching"), QStringLiteral("stiff")}},
             {QStringLiteral("calf-left"), 0, {}}},
            {QStringLiteral("bruising")}),
        checkIn("2026-11-23T09:00:00+01:00",
                {{QStringLiteral("thigh-back-left"), 7, {QStringLiteral("shooting")}}},
                {QStringLiteral("fever"), QStringLiteral("leg-weakness")}, QStringLiteral("worse")),
    };
    return session;
}

// Every member version 2 adds, set.
Session version2Session()
{
    Session session = fullSession();
    session.id = QStringLiteral("s-v2");
    session.advice = QStringLiteral("Heat tonight; no heavy lifting for 24 h");
    session.source = QStringLiteral("session-card");
    CheckIn& first = session.checkIns[0];
    first.recordedAt = at("2026-11-20T16:00:00+01:00"); // the same instant as `at`
    first.impact = QStringLiteral("none");
    CheckIn& second = session.checkIns[1];
    second.recordedAt = at("2026-11-21T07:30:00.123456Z"); // hours later, in another offset
    second.impact = QStringLiteral("a-lot");
    second.reactions = {QStringLiteral("headache"), QStringLiteral("nausea"),
                        QStringLiteral("headache")};
    second.benefits = {QStringLiteral("relaxed"), QStringLiteral("slept-better")};
    second.selfCare = {{QStringLiteral("walk"), QStringLiteral("yes")},
                       {QStringLiteral("water"), QString()},
                       {QStringLiteral("painkiller"), QStringLiteral("not-sure")}};
    CheckIn& third = session.checkIns[2];
    third.impact = QStringLiteral("unable");
    third.selfCare = {{QStringLiteral("heat"), QStringLiteral("a-little")}};
    return session;
}

} // namespace

class TestLogWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips_data();
    void roundTrips();
    void reproducesSpecExampleLayout();
    void writesVersion1FilesAsVersion2();
    void sortsCheckInsByInstant();
    void omitsUnsetOptionalMembers();
    void escapesStrings();
    void writesAndReadsRealFile();
};

void TestLogWriter::roundTrips_data()
{
    QTest::addColumn<QList<Session>>("sessions");

    QTest::newRow("no sessions") << QList<Session>();
    QTest::newRow("minimal session") << QList<Session>({minimalSession()});
    QTest::newRow("everything set") << QList<Session>({fullSession()});
    QTest::newRow("every version 2 member set") << QList<Session>({version2Session()});
    Session sourceOnly = minimalSession(QStringLiteral("manual"));
    sourceOnly.source = QStringLiteral("manual");
    sourceOnly.checkIns = {checkIn("2026-11-20T16:00:00+01:00")};
    sourceOnly.checkIns[0].selfCare = {{QStringLiteral("other"), QString()}};
    QTest::newRow("source manual, self-care without an answer") << QList<Session>({sourceOnly});

    Session nonAscii = minimalSession(QStringLiteral("séance-ü-中"));
    nonAscii.therapist = QStringLiteral("Zoë Ångström, 中文, עברית");
    nonAscii.notes = QString::fromUtf8("emoji \xF0\x9F\x98\x80 and \xE2\x80\xA8 line separator");
    nonAscii.checkIns = {checkIn("2026-11-21T08:00:00+01:00", {}, {}, QStringLiteral("ça va"))};
    QTest::newRow("non-ASCII text") << QList<Session>({nonAscii});

    Session escapes = minimalSession(QStringLiteral("quote\"back\\slash"));
    escapes.notes = QStringLiteral("He said \"ouch\"\nthen left.\r\n\ttab \b\f") + QChar(0x01) +
                    QChar(0x1F) + QChar(0) + QStringLiteral(" </script> / end");
    escapes.therapist = QStringLiteral("\\\\server\\share");
    escapes.checkIns = {checkIn("2026-11-21T08:00:00+01:00", {}, {},
                                QStringLiteral("line one\nline two \"quoted\""))};
    QTest::newRow("quotes and control characters") << QList<Session>({escapes});

    Session offsets = minimalSession(QStringLiteral("offsets"));
    offsets.start = at("2026-03-28T18:30:00.25-04:30");
    offsets.checkIns = {
        checkIn("2026-03-29T05:00:00.123456Z"), checkIn("2026-03-29T12:00:00+05:45"),
        checkIn("2026-03-29T12:00:00.000001+01:00"), checkIn("2026-03-30t08:00:00z")};
    QTest::newRow("offsets and fractions") << QList<Session>({offsets});

    QList<Session> several;
    for (int i = 0; i < 5; ++i) {
        Session session = fullSession();
        session.id = QStringLiteral("session-%1").arg(i);
        session.durationMinutes = 1 + i * 149;
        session.technique = vocabulary::ids(vocabulary::techniques()).at(i);
        session.pressure = i % 2 ? QString() : QStringLiteral("light");
        several << session;
    }
    QTest::newRow("several sessions") << several;
}

void TestLogWriter::roundTrips()
{
    QFETCH(QList<Session>, sessions);
    const Timestamp exportedAt = at("2026-11-22T09:00:00.5+01:00");
    const QByteArray written = writeLog(sessions, exportedAt);
    const LogReadResult read = readLog(written);
    QVERIFY2(read.ok(),
             qPrintable(read.error.toString() + QLatin1Char('\n') + QString::fromUtf8(written)));
    QCOMPARE(read.log->sessions, sessions);
    QVERIFY(read.log->exportedAt.has_value());
    QCOMPARE(read.log->exportedAt->text, exportedAt.text);
    QCOMPARE(read.log->exportedAt->utcMicros, exportedAt.utcMicros);
    for (qsizetype s = 0; s < sessions.size(); ++s) {
        QCOMPARE(read.log->sessions[s].start.utcMicros, sessions[s].start.utcMicros);
        for (qsizetype c = 0; c < sessions[s].checkIns.size(); ++c)
            QCOMPARE(read.log->sessions[s].checkIns[c].at.utcMicros,
                     sessions[s].checkIns[c].at.utcMicros);
    }
    // Deterministic: the same bytes again, and again after a trip through the reader.
    QCOMPARE(writeLog(sessions, exportedAt), written);
    QCOMPARE(writeLog(read.log->sessions, *read.log->exportedAt), written);
}

void TestLogWriter::reproducesSpecExampleLayout()
{
    QFile file(
        QStringLiteral(AFTERCARE_SOURCE_DIR "/tests/core/exchange/log/data/spec-example-v2.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray example = file.readAll();
    const LogReadResult read = readLog(example);
    QVERIFY2(read.ok(), qPrintable(read.error.toString()));
    QCOMPARE(QString::fromUtf8(writeLog(read.log->sessions, *read.log->exportedAt)),
             QString::fromUtf8(example));
}

void TestLogWriter::writesVersion1FilesAsVersion2()
{
    QFile file(
        QStringLiteral(AFTERCARE_SOURCE_DIR "/tests/core/exchange/log/data/spec-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray example = file.readAll();
    const LogReadResult read = readLog(example);
    QVERIFY2(read.ok(), qPrintable(read.error.toString()));
    // The same layout; only the version differs.
    QVERIFY(example.contains("\"version\": 1,"));
    example.replace("\"version\": 1,", "\"version\": 2,");
    QCOMPARE(QString::fromUtf8(writeLog(read.log->sessions, *read.log->exportedAt)),
             QString::fromUtf8(example));
}

void TestLogWriter::sortsCheckInsByInstant()
{
    Session session = minimalSession();
    // Text order and instant order differ: 23:30-05:00 is 04:30Z the next day.
    session.checkIns = {checkIn("2026-11-21T08:00:00+01:00"), checkIn("2026-11-20T23:30:00-05:00"),
                        checkIn("2026-11-20T16:00:00+01:00")};
    const QByteArray written = writeLog({session}, at("2026-11-22T09:00:00Z"));
    const LogReadResult read = readLog(written);
    QVERIFY2(read.ok(), qPrintable(read.error.toString()));
    Session sorted = session;
    sorted.checkIns = {session.checkIns[2], session.checkIns[1], session.checkIns[0]};
    QCOMPARE(read.log->sessions, QList<Session>({sorted}));
    QCOMPARE(writeLog({sorted}, at("2026-11-22T09:00:00Z")), written);
}

void TestLogWriter::omitsUnsetOptionalMembers()
{
    Session session = minimalSession();
    session.checkIns = {checkIn("2026-11-20T16:00:00+01:00")};
    const QByteArray written = writeLog({session}, Timestamp{});
    for (const char* absent : {"\"pressure\"", "\"therapist\"", "\"notes\"", "\"note\"",
                               "\"exportedAt\"", "\"advice\"", "\"source\"", "\"recordedAt\"",
                               "\"impact\"", "\"reactions\"", "\"benefits\"", "\"selfCare\""})
        QVERIFY2(!written.contains(absent), absent);
    for (const char* present :
         {"\"version\": 2,", "\"durationMinutes\": 60", "\"technique\": \"other\"",
          "\"areasWorked\": []", "\"baseline\": []", "\"screening\": []", "\"symptoms\": []",
          "\"redFlags\": []"})
        QVERIFY2(written.contains(present), present);
    const LogReadResult read = readLog(written);
    QVERIFY2(read.ok(), qPrintable(read.error.toString()));
    QVERIFY(!read.log->exportedAt.has_value());
    QCOMPARE(read.log->sessions, QList<Session>({session}));
}

void TestLogWriter::escapesStrings()
{
    Session session = minimalSession();
    session.notes = QStringLiteral("a\"b\\c\nd") + QChar(0x01) + QStringLiteral("e é/");
    const QByteArray written = writeLog({session}, Timestamp{});
    QVERIFY2(written.contains("\"notes\": \"a\\\"b\\\\c\\nd\\u0001e \xC3\xA9/\""),
             written.constData());
    for (const char byte : written)
        QVERIFY(static_cast<unsigned char>(byte) >= 0x20 || byte == '\n');
}

void TestLogWriter::writesAndReadsRealFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.aftercare.json"));
    const QList<Session> sessions = {fullSession(), minimalSession(QStringLiteral("s2"))};
    const QByteArray written = writeLog(sessions, at("2026-11-22T09:00:00+01:00"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(written), written.size());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QCOMPARE(onDisk, written);
    const LogReadResult read = readLog(onDisk);
    QVERIFY2(read.ok(), qPrintable(read.error.toString()));
    QCOMPARE(read.log->sessions, sessions);
}

QTEST_APPLESS_MAIN(TestLogWriter)
#include "tst_logwriter.moc"
