#include "analysis/analysis.h"
#include "exchange/logreader.h"
#include "loggenerator.h"

#include <QTest>

#include <algorithm>

using namespace aftercare;

// Run with -tickcounter or the default walltime; rows of 1k, 10k and 100k check-ins
// show how the time grows.
class BenchAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void analyzeOneSession_data();
    void analyzeOneSession();
    void analyzeRepeatedAreasWorked_data();
    void analyzeRepeatedAreasWorked();
    void analyzeLog_data();
    void analyzeLog();
    void readLog_data();
    void readLog();
};

namespace {

void addSizes()
{
    QTest::addColumn<int>("checkIns");
    QTest::newRow("1k") << 1000;
    QTest::newRow("10k") << 10000;
    QTest::newRow("100k") << 100000;
}

} // namespace

void BenchAnalysis::analyzeOneSession_data()
{
    addSizes();
}

void BenchAnalysis::analyzeOneSession()
{
    QFETCH(int, checkIns);
    const QList<Session> sessions = bench::generateSessions(checkIns, checkIns);
    QCOMPARE(sessions.size(), 1);
    Session session = sessions.first();
    std::reverse(session.checkIns.begin(), session.checkIns.end()); // sorting has work to do
    analysis::Result result;
    QBENCHMARK
    {
        result = analysis::analyze(session);
    }
    QVERIFY(result.peak.has_value());
}

void BenchAnalysis::analyzeRepeatedAreasWorked_data()
{
    QTest::addColumn<int>("areas");
    QTest::newRow("1k areas") << 1000;
    QTest::newRow("10k areas") << 10000;
    QTest::newRow("100k areas") << 100000;
}

// A log may list the same worked areas again and again (the reader accepts repeats): the
// time grows with the areas once, not with areas times symptoms.
void BenchAnalysis::analyzeRepeatedAreasWorked()
{
    QFETCH(int, areas);
    Session session = bench::generateSessions(1000, 1000).first();
    const QStringList regions{QStringLiteral("neck"), QStringLiteral("lower-back"),
                              QStringLiteral("upper-back")};
    session.areasWorked.clear();
    for (int i = 0; i < areas; ++i)
        session.areasWorked << regions.at(i % regions.size());
    analysis::Result result;
    QBENCHMARK
    {
        result = analysis::analyze(session);
    }
    QVERIFY(result.peak.has_value());
}

void BenchAnalysis::analyzeLog_data()
{
    addSizes();
}

// What `aftercare analyze` does after reading: sessions of ten check-ins.
void BenchAnalysis::analyzeLog()
{
    QFETCH(int, checkIns);
    const QList<Session> sessions = bench::generateSessions(checkIns, 10);
    qsizetype flags = 0;
    QBENCHMARK
    {
        flags = 0;
        for (const Session& session : sessions)
            flags += analysis::analyze(session).flags.size();
    }
    QVERIFY(flags > 0);
}

void BenchAnalysis::readLog_data()
{
    addSizes();
}

// The reader's share of `aftercare analyze`, for comparison.
void BenchAnalysis::readLog()
{
    QFETCH(int, checkIns);
    const QByteArray bytes = bench::generateLogFile(checkIns, 10);
    bool ok = false;
    QBENCHMARK
    {
        ok = exchange::readLog(bytes).ok();
    }
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(BenchAnalysis)
#include "bench_analysis.moc"
