#include "exchange/logreader.h"
#include "exchange/logwriter.h"
#include "model/vocabulary.h"

#include <QFile>
#include <QTest>

using namespace aftercare;
using namespace aftercare::exchange;

// The cost of reading and writing a large log: 1,000 sessions of 100 check-ins each.
// Set AFTERCARE_BENCH_LOG_FILE to keep the generated log for comparisons with other tools.
class BenchLogReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readLargeLog();
    void writeLargeLog();
    void parseTimestamps();

private:
    static constexpr int sessionCount = 1000;
    static constexpr int checkInsPerSession = 100;
    QList<Session> m_sessions;
    QByteArray m_bytes;
};

void BenchLogReader::initTestCase()
{
    const QStringList regions = vocabulary::ids(vocabulary::regions());
    const QStringList qualities = vocabulary::ids(vocabulary::qualities());
    const QStringList redFlags = vocabulary::ids(vocabulary::redFlags());
    constexpr qint64 hour = Q_INT64_C(3600000000);
    const qint64 firstStart = Q_INT64_C(1795183200000000); // 2026-11-20T14:00:00Z
    for (int s = 0; s < sessionCount; ++s) {
        Session session;
        session.id = QStringLiteral("session-%1").arg(s);
        session.start = Timestamp::fromUtcMicros(firstStart + s * 24 * 7 * hour, 3600);
        session.technique = QStringLiteral("deep-tissue");
        session.pressure = QStringLiteral("firm");
        session.areasWorked = {regions[s % regions.size()], regions[(s + 3) % regions.size()]};
        session.baseline = {{regions[s % regions.size()], s % 4}};
        session.notes = QStringLiteral("Session notes with a quote \" and ünïcödé.");
        for (int k = 0; k < checkInsPerSession; ++k) {
            CheckIn checkIn;
            checkIn.at = Timestamp::fromUtcMicros(session.start.utcMicros + (1 + k) * 2 * hour,
                                                  k % 3 == 0 ? 0 : 3600);
            for (int n = 0; n < 1 + (s + k) % 3; ++n) {
                Symptom symptom;
                symptom.region = regions[(s + k + n * 5) % regions.size()];
                symptom.intensity = (s + k * 7 + n) % 11;
                for (int q = 0; q < (k + n) % 3; ++q)
                    symptom.qualities << qualities[(s + k + q * 4) % qualities.size()];
                checkIn.symptoms << symptom;
            }
            if (k % 17 == 0)
                checkIn.redFlags << redFlags[(s + k) % redFlags.size()];
            if (k % 4 == 0)
                checkIn.note = QStringLiteral("Felt stiff after sitting; walked for 20 minutes.");
            session.checkIns << checkIn;
        }
        m_sessions << session;
    }
    m_bytes = writeLog(m_sessions, Timestamp::fromUtcMicros(firstStart, 0));
    const QString keepAt = qEnvironmentVariable("AFTERCARE_BENCH_LOG_FILE");
    if (!keepAt.isEmpty()) {
        QFile file(keepAt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_bytes), m_bytes.size());
    }
    qInfo("generated log: %lld bytes, %d check-ins", qlonglong(m_bytes.size()),
          sessionCount * checkInsPerSession);
}

void BenchLogReader::readLargeLog()
{
    LogReadResult result;
    QBENCHMARK
    {
        result = readLog(m_bytes);
    }
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.log->sessions.size(), sessionCount);
    qsizetype checkIns = 0;
    for (const Session& session : result.log->sessions)
        checkIns += session.checkIns.size();
    QCOMPARE(checkIns, qsizetype(sessionCount) * checkInsPerSession);
    QVERIFY(result.log->sessions == m_sessions);
}

void BenchLogReader::writeLargeLog()
{
    QByteArray written;
    QBENCHMARK
    {
        written = writeLog(m_sessions, Timestamp::fromUtcMicros(Q_INT64_C(1795183200000000), 0));
    }
    QCOMPARE(written, m_bytes);
}

void BenchLogReader::parseTimestamps()
{
    QStringList texts;
    for (const Session& session : std::as_const(m_sessions)) {
        for (const CheckIn& checkIn : session.checkIns)
            texts << checkIn.at.text;
    }
    qint64 sum = 0;
    QBENCHMARK
    {
        sum = 0;
        for (const QString& text : std::as_const(texts))
            sum += Timestamp::parse(text).value_or(Timestamp{}).utcMicros;
    }
    qint64 expected = 0;
    for (const Session& session : std::as_const(m_sessions)) {
        for (const CheckIn& checkIn : session.checkIns)
            expected += checkIn.at.utcMicros;
    }
    QCOMPARE(sum, expected);
}

QTEST_APPLESS_MAIN(BenchLogReader)
#include "tst_logreader_bench.moc"
