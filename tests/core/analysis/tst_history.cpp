#include "analysis/history.h"

#include <QTest>

#include <algorithm>

using namespace aftercare;
using namespace aftercare::analysis;

namespace {

constexpr qint64 microsPerHour = qint64(3600) * 1000000;

// "TECHNIQUE PRESSURE|- HOURS:INTENSITY ..." on lower-back, worked, no baseline;
// hours are since the session end.
Session sessionFrom(const QString& description, int number)
{
    const QStringList words = description.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Session session;
    session.id = QStringLiteral("s-%1").arg(number);
    session.start =
        Timestamp::fromUtcMicros((1767225600 + qint64(number) * 7 * 86400) * 1000000, 3600);
    session.technique = words.at(0);
    session.pressure = words.at(1) == QLatin1String("-") ? QString() : words.at(1);
    session.areasWorked = {QStringLiteral("lower-back")};
    for (qsizetype i = 2; i < words.size(); ++i) {
        CheckIn checkIn;
        const double hours = words.at(i).section(QLatin1Char(':'), 0, 0).toDouble();
        checkIn.at =
            Timestamp::fromUtcMicros(session.endUtcMicros() + qint64(hours * microsPerHour), 3600);
        checkIn.symptoms = {
            {QStringLiteral("lower-back"), words.at(i).section(QLatin1Char(':'), 1).toInt(), {}}};
        session.checkIns << checkIn;
    }
    return session;
}

QString mean(int count, const std::optional<double>& value)
{
    return QStringLiteral("%1x%2").arg(count).arg(value ? QString::number(*value)
                                                        : QStringLiteral("-"));
}

QString describe(const QList<GroupAverage>& groups)
{
    QStringList lines;
    for (const GroupAverage& g : groups) {
        lines << QStringLiteral("%1 %2 onset %3 resolved %4 peak %5")
                     .arg(g.key)
                     .arg(g.sessionCount)
                     .arg(mean(g.onsetCount, g.meanOnsetHours),
                          mean(g.resolvedCount, g.meanResolvedHours),
                          mean(g.peakCount, g.meanPeakExcess));
    }
    return lines.join(QStringLiteral("; "));
}

QString optionalText(const std::optional<double>& value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void summarizeSession_data();
    void summarizeSession();
    void summarizeKeepsOrderAndDetails();
    void averages_data();
    void averages();
};

void TestHistory::summarizeSession_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("onsetHours");
    QTest::addColumn<QString>("resolvedHours");
    QTest::addColumn<QString>("peakHours");
    QTest::addColumn<QString>("peakExcess");
    QTest::newRow("no check-ins") << "swedish -"
                                  << "insufficient-data"
                                  << "-"
                                  << "-"
                                  << "-"
                                  << "-";
    QTest::newRow("onset, peak and resolution") << "deep-tissue firm 30:1 7:5 12:6"
                                                << "resolved"
                                                << "7"
                                                << "30"
                                                << "12"
                                                << "6";
    QTest::newRow("no onset: peak but no resolution") << "swedish light 3:1 10:1"
                                                      << "on-track"
                                                      << "-"
                                                      << "-"
                                                      << "3"
                                                      << "1";
    QTest::newRow("onset not yet resolved") << "sports medium 20:2 40:3"
                                            << "on-track"
                                            << "20"
                                            << "-"
                                            << "40"
                                            << "3";
    QTest::newRow("fractional hours") << "sports deep 7.5:4 31.25:0"
                                      << "resolved"
                                      << "7.5"
                                      << "31.25"
                                      << "7.5"
                                      << "4";
}

void TestHistory::summarizeSession()
{
    QFETCH(QString, session);
    QFETCH(QString, status);
    QFETCH(QString, onsetHours);
    QFETCH(QString, resolvedHours);
    QFETCH(QString, peakHours);
    QFETCH(QString, peakExcess);
    const SessionSummary summary = summarize(sessionFrom(session, 1));
    QCOMPARE(statusId(summary.status), status);
    QCOMPARE(optionalText(summary.onsetHours), onsetHours);
    QCOMPARE(optionalText(summary.resolvedHours), resolvedHours);
    QCOMPARE(optionalText(summary.peakHours), peakHours);
    QCOMPARE(summary.peakExcess ? QString::number(*summary.peakExcess) : QStringLiteral("-"),
             peakExcess);
}

void TestHistory::summarizeKeepsOrderAndDetails()
{
    const QList<Session> sessions{sessionFrom(QStringLiteral("myofascial deep 8:4"), 1),
                                  sessionFrom(QStringLiteral("swedish -"), 2)};
    const QList<SessionSummary> summaries = summarize(sessions);
    QCOMPARE(summaries.size(), 2);
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        QCOMPARE(summaries.at(i).sessionId, sessions.at(i).id);
        QCOMPARE(summaries.at(i).start, sessions.at(i).start);
        QCOMPARE(summaries.at(i).technique, sessions.at(i).technique);
        QCOMPARE(summaries.at(i).pressure, sessions.at(i).pressure);
        const Result result = analyze(sessions.at(i));
        const SessionSummary fromResult = summarize(sessions.at(i), result);
        QCOMPARE(fromResult.status, summaries.at(i).status);
        QCOMPARE(fromResult.onsetHours, summaries.at(i).onsetHours);
    }
    QCOMPARE(summaries.at(0).onsetHours, std::optional<double>(8.0));
    QCOMPARE(summaries.at(1).peakExcess, std::optional<int>());
}

void TestHistory::averages_data()
{
    QTest::addColumn<QStringList>("sessions");
    QTest::addColumn<QString>("byTechnique");
    QTest::addColumn<QString>("byPressure");

    QTest::newRow("no sessions") << QStringList{} << ""
                                 << "";
    QTest::newRow("each mean over the sessions that have it")
        << QStringList{"deep-tissue firm 6:4 30:0", "deep-tissue deep 10:6", "deep-tissue -",
                       "swedish light 5:1 25:0"}
        << "swedish 1 onset 0x- resolved 0x- peak 1x1; "
           "deep-tissue 3 onset 2x8 resolved 1x30 peak 2x5"
        << "light 1 onset 0x- resolved 0x- peak 1x1; firm 1 onset 1x6 resolved 1x30 peak 1x4; "
           "deep 1 onset 1x10 resolved 0x- peak 1x6";
    QTest::newRow("groups in vocabulary order, whatever the session order")
        << QStringList{"other deep 2:3 20:1", "myofascial medium 12:2", "sports light 4:5 8:0"}
        << "sports 1 onset 1x4 resolved 1x8 peak 1x5; "
           "myofascial 1 onset 1x12 resolved 0x- peak 1x2; "
           "other 1 onset 1x2 resolved 1x20 peak 1x3"
        << "light 1 onset 1x4 resolved 1x8 peak 1x5; medium 1 onset 1x12 resolved 0x- peak 1x2; "
           "deep 1 onset 1x2 resolved 1x20 peak 1x3";
    QTest::newRow("ids the vocabulary does not know come last")
        << QStringList{"hot-stone firm 6:2 7:0", "swedish firm 9:4 12:1"}
        << "swedish 1 onset 1x9 resolved 1x12 peak 1x4; "
           "hot-stone 1 onset 1x6 resolved 1x7 peak 1x2"
        << "firm 2 onset 2x7.5 resolved 2x9.5 peak 2x3";
    QTest::newRow("sessions without pressure are left out of the pressure averages")
        << QStringList{"trigger-point - 8:3", "trigger-point - 9:5"}
        << "trigger-point 2 onset 2x8.5 resolved 0x- peak 2x4"
        << "";
}

void TestHistory::averages()
{
    QFETCH(QStringList, sessions);
    QFETCH(QString, byTechnique);
    QFETCH(QString, byPressure);
    QList<Session> built;
    for (const QString& description : sessions)
        built << sessionFrom(description, int(built.size()));
    const QList<SessionSummary> summaries = summarize(built);
    QCOMPARE(describe(averagesByTechnique(summaries)), byTechnique);
    QCOMPARE(describe(averagesByPressure(summaries)), byPressure);

    // The same from totals, as a store gives them: one part per session (repeated keys
    // merge), and with every part of one technique summed first.
    QList<GroupTotals> perSession;
    QList<GroupTotals> perTechnique;
    for (const SessionSummary& summary : summaries) {
        GroupTotals part;
        part.key = summary.technique;
        part.add(summary);
        perSession << part;
        auto found = std::find_if(perTechnique.begin(), perTechnique.end(),
                                  [&](const GroupTotals& t) { return t.key == summary.technique; });
        if (found == perTechnique.end())
            perTechnique << part;
        else
            found->add(summary);
    }
    QCOMPARE(describe(averagesByTechnique(perSession)), byTechnique);
    QCOMPARE(describe(averagesByTechnique(perTechnique)), byTechnique);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
