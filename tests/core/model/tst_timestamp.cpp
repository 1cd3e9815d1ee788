#include "model/timestamp.h"

#include <QTest>

using namespace aftercare;

class TestTimestamp : public QObject
{
    Q_OBJECT
private slots:
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void formatsWithOffset();
    void hoursBetweenInstants();
};

void TestTimestamp::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("utcMicros");
    QTest::addColumn<int>("offset");
    // 2026-11-20T14:00:00Z = 1795183200 s
    QTest::newRow("utc Z") << "2026-11-20T14:00:00Z" << Q_INT64_C(1795183200000000) << 0;
    QTest::newRow("plus one") << "2026-11-20T15:00:00+01:00" << Q_INT64_C(1795183200000000) << 3600;
    QTest::newRow("minus") << "2026-11-20T09:30:00-04:30" << Q_INT64_C(1795183200000000) << -16200;
    QTest::newRow("fraction") << "2026-11-20T14:00:00.25Z" << Q_INT64_C(1795183200250000) << 0;
    QTest::newRow("lower z") << "2026-11-20t14:00:00z" << Q_INT64_C(1795183200000000) << 0;
    QTest::newRow("leap day") << "2028-02-29T00:00:00Z" << Q_INT64_C(1835395200000000) << 0;
}

void TestTimestamp::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, utcMicros);
    QFETCH(int, offset);
    const auto parsed = Timestamp::parse(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->utcMicros, utcMicros);
    QCOMPARE(parsed->offsetSeconds, offset);
    QCOMPARE(parsed->text, text);
}

void TestTimestamp::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("no offset") << "2026-11-20T15:00:00"
                               << "no UTC offset";
    QTest::newRow("no seconds") << "2026-11-20T15:00+01:00"
                                << "RFC 3339";
    QTest::newRow("date only") << "2026-11-20"
                               << "RFC 3339";
    QTest::newRow("feb 30") << "2026-02-30T10:00:00Z"
                            << "calendar date";
    QTest::newRow("hour 24") << "2026-02-03T24:00:00Z"
                             << "time of day";
    QTest::newRow("offset 25h") << "2026-02-03T10:00:00+25:00"
                                << "offset";
    QTest::newRow("empty") << ""
                           << "RFC 3339";
    QTest::newRow("space") << " 2026-11-20T15:00:00Z"
                           << "RFC 3339";
}

void TestTimestamp::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);
    QString why;
    QVERIFY(!Timestamp::parse(text, &why).has_value());
    QVERIFY2(why.contains(reasonContains), qPrintable(why));
}

void TestTimestamp::formatsWithOffset()
{
    const Timestamp t = Timestamp::fromUtcMicros(Q_INT64_C(1795183200000000), 3600);
    QCOMPARE(t.text, QStringLiteral("2026-11-20T15:00:00+01:00"));
    QCOMPARE(Timestamp::fromUtcMicros(Q_INT64_C(1795183200000000), 0).text,
             QStringLiteral("2026-11-20T14:00:00Z"));
    QCOMPARE(Timestamp::fromUtcMicros(Q_INT64_C(1795183200000000), -16200).text,
             QStringLiteral("2026-11-20T09:30:00-04:30"));
    const auto roundTrip = Timestamp::parse(t.text);
    QVERIFY(roundTrip);
    QCOMPARE(roundTrip->utcMicros, t.utcMicros);
}

void TestTimestamp::hoursBetweenInstants()
{
    const auto a = Timestamp::parse(QStringLiteral("2026-03-28T23:00:00+01:00"));
    const auto b = Timestamp::parse(QStringLiteral("2026-03-29T03:00:00+02:00")); // across DST
    QVERIFY(a && b);
    QCOMPARE(hoursBetween(a->utcMicros, b->utcMicros), 3.0);
    QCOMPARE(hoursBetween(b->utcMicros, a->utcMicros), -3.0);
}

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
