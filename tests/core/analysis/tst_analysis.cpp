#include "analysis/analysis.h"

#include <QRegularExpression>
#include <QTest>

using namespace aftercare;
using namespace aftercare::analysis;

// Sessions are written as compact rows: "OPTIONS | CHECK-IN | CHECK-IN ...".
//   OPTIONS  space-separated key=value, or "-": worked=a,b  baseline=region:intensity,...
//            start=RFC3339 (default 2026-11-20T15:00:00+01:00)  minutes=N (default 60)
//            offset=±hh:mm (offset the relative check-in times are written with)
//            screening=id,id (answers before the session)
//   CHECK-IN TIME [region=intensity[/quality,quality]]... [!red-flag]... [~reaction]...
//            [^impact]
//   TIME     relative to the session END, e.g. +7h, +71h59m59s, -30m (during the session),
//            or an absolute RFC 3339 time written exactly as given.
// Expected points and flags name the check-in by its TIME (normalised, so +24h0m1s and
// +24h1s are the same check-in); a flag without a time (from a screening answer) is CODE@-.
namespace {

constexpr qint64 microsPerSecond = 1000000;
constexpr qint64 microsPerHour = 3600 * microsPerSecond;

int parseOffset(const QString& text)
{
    if (text == QLatin1String("Z"))
        return 0;
    const int sign = text.startsWith(QLatin1Char('-')) ? -1 : 1;
    return sign * (text.mid(1, 2).toInt() * 3600 + text.mid(4, 2).toInt() * 60);
}

std::optional<qint64> parseRelative(const QString& token)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([+-])(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$)"));
    const QRegularExpressionMatch m = pattern.match(token);
    if (!m.hasMatch() || token.size() < 2)
        return std::nullopt;
    const qint64 seconds = m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong() * 60 +
                           m.captured(4).toLongLong();
    return (m.captured(1) == QLatin1String("-") ? -1 : 1) * seconds * microsPerSecond;
}

QString formatRelative(qint64 micros)
{
    const QChar sign = micros < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const qint64 seconds = qAbs(micros) / microsPerSecond;
    QString text = QStringLiteral("%1%2h").arg(sign).arg(seconds / 3600);
    if (seconds % 3600 != 0)
        text += QStringLiteral("%1m").arg((seconds % 3600) / 60);
    if (seconds % 60 != 0)
        text += QStringLiteral("%1s").arg(seconds % 60);
    return text;
}

Timestamp timestampFor(const QString& token, const Session& session, int offsetSeconds)
{
    if (const std::optional<qint64> relative = parseRelative(token))
        return Timestamp::fromUtcMicros(session.endUtcMicros() + *relative, offsetSeconds);
    const std::optional<Timestamp> absolute = Timestamp::parse(token);
    if (!absolute)
        qFatal("bad time in test row: %s", qPrintable(token));
    return *absolute;
}

// The check-in time as the tests name it: normalised offset from the session end.
QString nameOf(const Session& session, const QString& token)
{
    return formatRelative(timestampFor(token, session, 0).utcMicros - session.endUtcMicros());
}

Session parseSession(const QString& row)
{
    const QStringList fields = row.split(QLatin1Char('|'));
    Session session;
    session.id = QStringLiteral("s-test");
    session.start = *Timestamp::parse(QStringLiteral("2026-11-20T15:00:00+01:00"));
    session.technique = QStringLiteral("deep-tissue");
    session.areasWorked = {QStringLiteral("lower-back")};
    int offsetSeconds = session.start.offsetSeconds;
    for (const QString& option : fields.first().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (option == QLatin1String("-"))
            continue;
        const QString key = option.section(QLatin1Char('='), 0, 0);
        const QString value = option.section(QLatin1Char('='), 1);
        if (key == QLatin1String("worked")) {
            session.areasWorked = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("baseline")) {
            for (const QString& entry : value.split(QLatin1Char(',')))
                session.baseline.append({entry.section(QLatin1Char(':'), 0, 0),
                                         entry.section(QLatin1Char(':'), 1).toInt()});
        } else if (key == QLatin1String("start")) {
            session.start = *Timestamp::parse(value);
            offsetSeconds = session.start.offsetSeconds;
        } else if (key == QLatin1String("minutes")) {
            session.durationMinutes = value.toInt();
        } else if (key == QLatin1String("offset")) {
            offsetSeconds = parseOffset(value);
        } else if (key == QLatin1String("screening")) {
            session.screening = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else {
            qFatal("unknown option in test row: %s", qPrintable(option));
        }
    }
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QStringList words = fields.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        CheckIn checkIn;
        checkIn.at = timestampFor(words.first(), session, offsetSeconds);
        for (qsizetype w = 1; w < words.size(); ++w) {
            const QString& word = words.at(w);
            if (word.startsWith(QLatin1Char('!'))) {
                checkIn.redFlags << word.mid(1);
                continue;
            }
            if (word.startsWith(QLatin1Char('~'))) {
                checkIn.reactions << word.mid(1);
                continue;
            }
            if (word.startsWith(QLatin1Char('^'))) {
                checkIn.impact = word.mid(1);
                continue;
            }
            Symptom symptom;
            symptom.region = word.section(QLatin1Char('='), 0, 0);
            const QString rest = word.section(QLatin1Char('='), 1);
            symptom.intensity = rest.section(QLatin1Char('/'), 0, 0).toInt();
            symptom.qualities =
                rest.section(QLatin1Char('/'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            checkIn.symptoms << symptom;
        }
        session.checkIns << checkIn;
    }
    return session;
}

double expectedHours(const Session& session, const CheckIn& checkIn)
{
    return double(qMax<qint64>(0, checkIn.at.utcMicros - session.endUtcMicros())) /
           double(microsPerHour);
}

// "-" when absent, else the TIME of its check-in (and "=excess" when asked).
QString describe(const Session& session, const std::optional<CoursePoint>& point, bool withExcess)
{
    if (!point)
        return QStringLiteral("-");
    const CheckIn& checkIn = session.checkIns.at(point->checkInIndex);
    QString text = formatRelative(checkIn.at.utcMicros - session.endUtcMicros());
    if (withExcess)
        text += QStringLiteral("=%1").arg(point->excess);
    return text;
}

QString normaliseExpectedPoint(const Session& session, const QString& expected)
{
    if (expected == QLatin1String("-"))
        return expected;
    const QString time = expected.section(QLatin1Char('='), 0, 0);
    QString text = nameOf(session, time);
    if (expected.contains(QLatin1Char('=')))
        text += QLatin1Char('=') + expected.section(QLatin1Char('='), 1);
    return text;
}

void verifyPoint(const Session& session, const std::optional<CoursePoint>& point)
{
    if (!point)
        return;
    QVERIFY(point->checkInIndex >= 0 && point->checkInIndex < session.checkIns.size());
    const CheckIn& checkIn = session.checkIns.at(point->checkInIndex);
    QCOMPARE(point->hours, expectedHours(session, checkIn));
    QCOMPARE(point->excess, excessAt(session, checkIn));
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void specExample();
    void noCheckIns();
    void grade_data();
    void grade();
    void excessAt_data();
    void excessAt();
    void hoursSinceEnd();
    void flagSeverities_data();
    void flagSeverities();
    void messagesSayWhatToDo_data();
    void messagesSayWhatToDo();
    void statusTexts();
};

void TestAnalysis::rules_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("onset");
    QTest::addColumn<QString>("peak");
    QTest::addColumn<QString>("resolved");
    QTest::addColumn<QString>("flags");

    // Section 1 example.
    QTest::newRow("spec example") << "worked=lower-back,gluteal-left baseline=lower-back:3 | "
                                     "2026-11-20T23:00:00+01:00 lower-back=5/aching,stiff"
                                  << "on-track"
                                  << "+7h"
                                  << "+7h=2"
                                  << "-"
                                  << "";

    // Peak and excess.
    QTest::newRow("nothing rose: peak 0 at the earliest check-in") << "- | +10h | +2h"
                                                                   << "on-track"
                                                                   << "-"
                                                                   << "+2h=0"
                                                                   << "-"
                                                                   << "";
    QTest::newRow("baseline-3 region at 4 is excess 1, not onset")
        << "baseline=lower-back:3 | +7h lower-back=4"
        << "on-track"
        << "-"
        << "+7h=1"
        << "-"
        << "";
    QTest::newRow("below baseline is no excess") << "baseline=lower-back:5 | +7h lower-back=2"
                                                 << "on-track"
                                                 << "-"
                                                 << "+7h=0"
                                                 << "-"
                                                 << "";
    QTest::newRow("excess is the largest over regions")
        << "worked=lower-back,neck baseline=lower-back:6 | +7h lower-back=7 neck=2"
        << "on-track"
        << "+7h"
        << "+7h=2"
        << "-"
        << "";
    QTest::newRow("peak tie keeps the earliest")
        << "- | +30h lower-back=2 | +20h lower-back=4 | +10h lower-back=4"
        << "on-track"
        << "+10h"
        << "+10h=4"
        << "-"
        << "";
    QTest::newRow("onset needs excess 2: 1 is not enough")
        << "- | +8h lower-back=1 | +12h lower-back=1"
        << "on-track"
        << "-"
        << "+8h=1"
        << "-"
        << "";

    // Time: unordered, during the session, duration, offsets, daylight saving.
    QTest::newRow("unordered check-ins")
        << "- | +50h lower-back=0 | +10h lower-back=4 | +30h lower-back=1 | +5h lower-back=1"
        << "resolved"
        << "+10h"
        << "+10h=4"
        << "+30h"
        << "";
    QTest::newRow("check-in during the session is hour 0")
        << "- | -30m lower-back=2 | +10h lower-back=1"
        << "resolved"
        << "-30m"
        << "-30m=2"
        << "+10h"
        << "early-onset@-30m";
    QTest::newRow("duration moves the end") << "minutes=90 | 2026-11-20T22:29:59+01:00 lower-back=2"
                                            << "on-track"
                                            << "+5h59m59s"
                                            << "+5h59m59s=2"
                                            << "-"
                                            << "early-onset@+5h59m59s";
    QTest::newRow("duration moves the end: exactly 6 h")
        << "minutes=90 | 2026-11-20T22:30:00+01:00 lower-back=2"
        << "on-track"
        << "+6h"
        << "+6h=2"
        << "-"
        << "";
    QTest::newRow("check-ins written in +02:00")
        << "offset=+02:00 | +10h lower-back=2 | +48h lower-back=3"
        << "see-doctor"
        << "+10h"
        << "+48h=3"
        << "-"
        << "worsening@+48h";
    QTest::newRow("check-ins written in -07:00")
        << "offset=-07:00 | +10h lower-back=2 | +48h lower-back=3"
        << "see-doctor"
        << "+10h"
        << "+48h=3"
        << "-"
        << "worsening@+48h";
    QTest::newRow("same instants in +01:00 and +02:00")
        << "- | 2026-11-20T23:00:00+01:00 lower-back=3 | 2026-11-23T17:00:00+02:00 lower-back=2"
        << "see-doctor"
        << "+7h"
        << "+7h=3"
        << "-"
        << "persistent@+72h";
    QTest::newRow("autumn clock change: 24 h by the instant, 23 h on the wall")
        << "start=2026-10-24T15:00:00+02:00 | 2026-10-24T23:00:00+02:00 lower-back=1 | "
           "2026-10-25T15:00:00+01:00"
        << "resolved"
        << "-"
        << "+7h=1"
        << "-"
        << "";
    QTest::newRow("autumn clock change: just before 24 h")
        << "start=2026-10-24T15:00:00+02:00 | 2026-10-25T14:59:59+01:00"
        << "on-track"
        << "-"
        << "+23h59m59s=0"
        << "-"
        << "";
    QTest::newRow("spring clock change: 25 h on the wall, still before 24 h")
        << "start=2026-03-28T15:00:00+01:00 | 2026-03-29T16:59:59+02:00"
        << "on-track"
        << "-"
        << "+23h59m59s=0"
        << "-"
        << "";
    QTest::newRow("spring clock change: exactly 24 h")
        << "start=2026-03-28T15:00:00+01:00 | 2026-03-29T17:00:00+02:00"
        << "resolved"
        << "-"
        << "+24h=0"
        << "-"
        << "";

    // Onset timing.
    QTest::newRow("onset just before 6 h is early") << "- | +5h59m59s lower-back=2"
                                                    << "on-track"
                                                    << "+5h59m59s"
                                                    << "+5h59m59s=2"
                                                    << "-"
                                                    << "early-onset@+5h59m59s";
    QTest::newRow("onset at exactly 6 h is not early") << "- | +6h lower-back=2"
                                                       << "on-track"
                                                       << "+6h"
                                                       << "+6h=2"
                                                       << "-"
                                                       << "";
    QTest::newRow("onset at exactly 24 h is not late") << "- | +24h lower-back=3"
                                                       << "on-track"
                                                       << "+24h"
                                                       << "+24h=3"
                                                       << "-"
                                                       << "";
    QTest::newRow("onset just after 24 h is late") << "- | +2h lower-back=1 | +24h0m1s lower-back=3"
                                                   << "watch"
                                                   << "+24h1s"
                                                   << "+24h1s=3"
                                                   << "-"
                                                   << "late-onset@+24h1s";

    // Resolution and the statuses without flags.
    QTest::newRow("resolved by 72 h") << "- | +10h lower-back=4 | +30h lower-back=1 | +50h"
                                      << "resolved"
                                      << "+10h"
                                      << "+10h=4"
                                      << "+30h"
                                      << "";
    QTest::newRow("resolved at exactly 72 h") << "- | +10h lower-back=4 | +72h lower-back=1"
                                              << "resolved"
                                              << "+10h"
                                              << "+10h=4"
                                              << "+72h"
                                              << "";
    QTest::newRow("slow resolution just after 72 h")
        << "- | +10h lower-back=4 | +72h0m1s lower-back=1"
        << "watch"
        << "+10h"
        << "+10h=4"
        << "+72h1s"
        << "slow-resolution@+72h1s";
    QTest::newRow("a dip that rises again is not resolved")
        << "- | +10h lower-back=4 | +20h lower-back=1 | +30h lower-back=3"
        << "on-track"
        << "+10h"
        << "+10h=4"
        << "-"
        << "";
    QTest::newRow("resolved after the last rise")
        << "- | +10h lower-back=4 | +20h lower-back=1 | +30h lower-back=3 | +40h lower-back=1 | "
           "+45h"
        << "resolved"
        << "+10h"
        << "+10h=4"
        << "+40h"
        << "";
    QTest::newRow("low check-ins before onset do not resolve it") << "- | +1h | +10h lower-back=3"
                                                                  << "on-track"
                                                                  << "+10h"
                                                                  << "+10h=3"
                                                                  << "-"
                                                                  << "";
    QTest::newRow("no onset, latest at exactly 24 h: resolved") << "- | +3h lower-back=1 | +24h"
                                                                << "resolved"
                                                                << "-"
                                                                << "+3h=1"
                                                                << "-"
                                                                << "";
    QTest::newRow("no onset, latest just before 24 h: on track")
        << "- | +3h lower-back=1 | +23h59m59s"
        << "on-track"
        << "-"
        << "+3h=1"
        << "-"
        << "";

    // Persistent.
    QTest::newRow("persistent at exactly 72 h") << "- | +10h lower-back=4 | +72h lower-back=2"
                                                << "see-doctor"
                                                << "+10h"
                                                << "+10h=4"
                                                << "-"
                                                << "persistent@+72h";
    QTest::newRow("not persistent just before 72 h")
        << "- | +10h lower-back=4 | +71h59m59s lower-back=2"
        << "on-track"
        << "+10h"
        << "+10h=4"
        << "-"
        << "";
    QTest::newRow("persistent is shown at the latest check-in")
        << "- | +10h lower-back=4 | +80h lower-back=3 | +90h lower-back=2"
        << "see-doctor"
        << "+10h"
        << "+10h=4"
        << "-"
        << "persistent@+90h";
    QTest::newRow("persistent needs the latest check-in to be high")
        << "- | +10h lower-back=4 | +80h lower-back=3 | +90h lower-back=1"
        << "watch"
        << "+10h"
        << "+10h=4"
        << "+90h"
        << "slow-resolution@+90h";

    // Worsening.
    QTest::newRow("worsening at exactly 48 h") << "- | +10h lower-back=2 | +48h lower-back=3"
                                               << "see-doctor"
                                               << "+10h"
                                               << "+48h=3"
                                               << "-"
                                               << "worsening@+48h";
    QTest::newRow("no worsening just before 48 h")
        << "- | +10h lower-back=2 | +47h59m59s lower-back=3"
        << "on-track"
        << "+10h"
        << "+47h59m59s=3"
        << "-"
        << "";
    QTest::newRow("worsening needs one more than the peak before 48 h")
        << "- | +10h lower-back=3 | +50h lower-back=3"
        << "on-track"
        << "+10h"
        << "+10h=3"
        << "-"
        << "";
    QTest::newRow("worsening needs excess 2 at least") << "- | +10h | +50h lower-back=1"
                                                       << "resolved"
                                                       << "-"
                                                       << "+50h=1"
                                                       << "-"
                                                       << "";
    QTest::newRow("worsening from nothing to 2, with late onset")
        << "- | +10h | +50h lower-back=2"
        << "see-doctor"
        << "+50h"
        << "+50h=2"
        << "-"
        << "worsening@+50h late-onset@+50h";
    QTest::newRow("worsening needs a check-in before 48 h") << "- | +50h lower-back=5"
                                                            << "watch"
                                                            << "+50h"
                                                            << "+50h=5"
                                                            << "-"
                                                            << "late-onset@+50h";
    QTest::newRow("worsening at the earliest triggering check-in")
        << "- | +60h lower-back=5 | +10h lower-back=2 | +49h lower-back=3"
        << "see-doctor"
        << "+10h"
        << "+60h=5"
        << "-"
        << "worsening@+49h";

    // Qualities.
    QTest::newRow("nerve-type quality") << "- | +3h lower-back=3/tingling"
                                        << "contact-therapist"
                                        << "+3h"
                                        << "+3h=3"
                                        << "-"
                                        << "nerve-irritation@+3h early-onset@+3h";
    QTest::newRow("nerve-type quality without pain still counts") << "- | +30h lower-back=0/numb"
                                                                  << "contact-therapist"
                                                                  << "-"
                                                                  << "+30h=0"
                                                                  << "-"
                                                                  << "nerve-irritation@+30h";
    QTest::newRow("every nerve-type word")
        << "- | +30h lower-back=1/shooting | +31h lower-back=1/electric | "
           "+32h lower-back=1/radiating | +33h lower-back=1/burning"
        << "contact-therapist"
        << "-"
        << "+30h=1"
        << "-"
        << "nerve-irritation@+30h";
    QTest::newRow("sharp-type quality") << "- | +30h lower-back=1/dull,stabbing"
                                        << "contact-therapist"
                                        << "-"
                                        << "+30h=1"
                                        << "-"
                                        << "sharp-pain@+30h";
    QTest::newRow("sharp") << "- | +30h lower-back=1/sharp"
                           << "contact-therapist"
                           << "-"
                           << "+30h=1"
                           << "-"
                           << "sharp-pain@+30h";
    QTest::newRow("ordinary soreness words raise nothing")
        << "- | +30h lower-back=1/aching,stiff,tender,throbbing,cramping,dull"
        << "resolved"
        << "-"
        << "+30h=1"
        << "-"
        << "";

    // Early severe.
    QTest::newRow("early severe: excess 2 and intensity 7") << "- | +2h lower-back=7"
                                                            << "contact-therapist"
                                                            << "+2h"
                                                            << "+2h=7"
                                                            << "-"
                                                            << "early-severe@+2h early-onset@+2h";
    QTest::newRow("intensity 7 with excess 1 is not early severe")
        << "baseline=lower-back:6 | +2h lower-back=7"
        << "on-track"
        << "-"
        << "+2h=1"
        << "-"
        << "";
    QTest::newRow("excess 6 below intensity 7 is not early severe") << "- | +2h lower-back=6"
                                                                    << "on-track"
                                                                    << "+2h"
                                                                    << "+2h=6"
                                                                    << "-"
                                                                    << "early-onset@+2h";
    QTest::newRow("early severe: intensity 7 in one region, excess in another")
        << "worked=lower-back,neck baseline=lower-back:7 | +2h lower-back=7 neck=3"
        << "contact-therapist"
        << "+2h"
        << "+2h=3"
        << "-"
        << "early-severe@+2h early-onset@+2h";
    QTest::newRow("early severe during the session") << "- | -10m lower-back=9"
                                                     << "contact-therapist"
                                                     << "-10m"
                                                     << "-10m=9"
                                                     << "-"
                                                     << "early-severe@-10m early-onset@-10m";
    QTest::newRow("early severe just before 6 h") << "- | +1h lower-back=1 | +5h59m59s lower-back=8"
                                                  << "contact-therapist"
                                                  << "+5h59m59s"
                                                  << "+5h59m59s=8"
                                                  << "-"
                                                  << "early-severe@+5h59m59s early-onset@+5h59m59s";
    QTest::newRow("severe at exactly 6 h is not early severe") << "- | +6h lower-back=8"
                                                               << "on-track"
                                                               << "+6h"
                                                               << "+6h=8"
                                                               << "-"
                                                               << "";

    // New region.
    QTest::newRow("new region") << "worked=lower-back | +10h neck=2"
                                << "on-track"
                                << "+10h"
                                << "+10h=2"
                                << "-"
                                << "new-region@+10h";
    QTest::newRow("new region at the earliest check-in with excess 2 there")
        << "worked=lower-back | +8h neck=1 lower-back=3 | +10h neck=2 | +12h neck=4"
        << "on-track"
        << "+8h"
        << "+12h=4"
        << "-"
        << "new-region@+10h";
    QTest::newRow("worked region is not new") << "worked=neck | +10h neck=2"
                                              << "on-track"
                                              << "+10h"
                                              << "+10h=2"
                                              << "-"
                                              << "";
    QTest::newRow("baseline region is not new") << "worked=lower-back baseline=neck:1 | +10h neck=3"
                                                << "on-track"
                                                << "+10h"
                                                << "+10h=2"
                                                << "-"
                                                << "";
    QTest::newRow("baseline region listed at 0 is not new")
        << "worked=lower-back baseline=neck:0 | +10h neck=3"
        << "on-track"
        << "+10h"
        << "+10h=3"
        << "-"
        << "";
    QTest::newRow("unworked region at 1 is not new") << "worked=lower-back | +10h neck=1"
                                                     << "on-track"
                                                     << "-"
                                                     << "+10h=1"
                                                     << "-"
                                                     << "";

    // Red flags, one row per answer.
    const QList<std::pair<const char*, const char*>> redFlags{
        {"saddle-numbness", "cauda-equina emergency"},
        {"bladder-bowel-change", "cauda-equina emergency"},
        {"leg-weakness", "cauda-equina emergency"},
        {"breathlessness", "pulmonary-embolism emergency"},
        {"chest-pain", "pulmonary-embolism emergency"},
        {"coughing-blood", "pulmonary-embolism emergency"},
        {"calf-swelling", "dvt see-doctor-today"},
        {"fever", "infection see-doctor-today"},
        {"spreading-redness", "infection see-doctor-today"},
        {"bruising", "bruising contact-therapist"},
        {"stroke-signs", "stroke emergency"},
    };
    for (const auto& [answer, outcome] : redFlags) {
        const QString code = QString::fromLatin1(outcome).section(QLatin1Char(' '), 0, 0);
        const QString status = QString::fromLatin1(outcome).section(QLatin1Char(' '), 1, 1);
        QTest::addRow("red flag %s", answer)
            << QStringLiteral("- | +1h lower-back=1 | +30h lower-back=1 !%1").arg(answer) << status
            << "-"
            << "+1h=1"
            << "-" << code + QStringLiteral("@+30h");
    }

    // Several flags.
    QTest::newRow("several flags: the most urgent wins")
        << "- | +2h lower-back=8/sharp !bruising | +30h lower-back=4 !calf-swelling | "
           "+40h lower-back=3 !chest-pain"
        << "emergency"
        << "+2h"
        << "+2h=8"
        << "-"
        << "sharp-pain@+2h early-severe@+2h bruising@+2h early-onset@+2h dvt@+30h "
           "pulmonary-embolism@+40h";
    QTest::newRow("see-doctor-today beats see-doctor and contact-therapist")
        << "- | +10h lower-back=3/tingling | +80h lower-back=3 !fever"
        << "see-doctor-today"
        << "+10h"
        << "+10h=3"
        << "-"
        << "nerve-irritation@+10h infection@+80h persistent@+80h";
    QTest::newRow("see-doctor beats watch") << "- | +10h | +30h lower-back=2 | +50h lower-back=4"
                                            << "see-doctor"
                                            << "+30h"
                                            << "+50h=4"
                                            << "-"
                                            << "late-onset@+30h worsening@+50h";
    QTest::newRow("each code once, at the earliest")
        << "- | +5h !fever | +1h lower-back=1 !fever | +9h !spreading-redness"
        << "see-doctor-today"
        << "-"
        << "+1h=1"
        << "-"
        << "infection@+1h";
    QTest::newRow("flags in time order, not table order")
        << "- | +2h !leg-weakness | +1h lower-back=1/tingling"
        << "emergency"
        << "-"
        << "+1h=1"
        << "-"
        << "nerve-irritation@+1h cauda-equina@+2h";
    QTest::newRow("information-only flags do not change the status")
        << "worked=lower-back | +2h lower-back=3 neck=3 | +30h"
        << "resolved"
        << "+2h"
        << "+2h=3"
        << "+30h"
        << "early-onset@+2h new-region@+2h";
    QTest::newRow("red flag at a check-in with no symptoms during the session")
        << "- | -5m !bruising"
        << "contact-therapist"
        << "-"
        << "-5m=0"
        << "-"
        << "bruising@-5m";

    // Screening answers (v2), one row per answer: with no check-ins, and with one quiet
    // check-in late enough to be "resolved" without them.
    const QList<std::pair<const char*, const char*>> screening{
        {"cauda-equina-symptoms", "screened-cauda-equina emergency"},
        {"fever-or-infection", "screened-infection see-doctor-today"},
        {"dvt-history-or-signs", "screened-dvt see-doctor-today"},
        {"recent-fracture-sprain-dislocation", "screened-injury contact-therapist"},
        {"active-cancer-or-undiagnosed-mass", "screened-cancer see-doctor"},
        {"disc-herniation", "screened-disc -"},
        {"blood-thinners-or-bleeding-disorder", "screened-bleeding -"},
        {"pregnancy", "screened-pregnancy -"},
    };
    for (const auto& [answer, outcome] : screening) {
        const QString code = QString::fromLatin1(outcome).section(QLatin1Char(' '), 0, 0);
        const QString raises = QString::fromLatin1(outcome).section(QLatin1Char(' '), 1, 1);
        const bool info = raises == QLatin1String("-");
        QTest::addRow("screening %s, no check-ins", answer)
            << QStringLiteral("screening=%1").arg(answer)
            << (info ? QStringLiteral("insufficient-data") : raises) << "-"
            << "-"
            << "-" << code + QStringLiteral("@-");
        QTest::addRow("screening %s, one quiet check-in", answer)
            << QStringLiteral("screening=%1 | +30h").arg(answer)
            << (info ? QStringLiteral("resolved") : raises) << "-"
            << "+30h=0"
            << "-" << code + QStringLiteral("@-");
    }
    QTest::newRow("cauda equina answered in screening, then 'no soreness' soon after")
        << "screening=cauda-equina-symptoms | +2h"
        << "emergency"
        << "-"
        << "+2h=0"
        << "-"
        << "screened-cauda-equina@-";
    QTest::newRow("screening flags in table order, whatever the answers' order")
        << "screening=pregnancy,dvt-history-or-signs,disc-herniation,cauda-equina-symptoms,"
           "recent-fracture-sprain-dislocation,blood-thinners-or-bleeding-disorder,"
           "active-cancer-or-undiagnosed-mass,fever-or-infection"
        << "emergency"
        << "-"
        << "-"
        << "-"
        << "screened-cauda-equina@- screened-infection@- screened-dvt@- screened-injury@- "
           "screened-cancer@- screened-disc@- screened-bleeding@- screened-pregnancy@-";
    QTest::newRow("a repeated screening answer is one flag")
        << "screening=pregnancy,disc-herniation,pregnancy | +30h"
        << "resolved"
        << "-"
        << "+30h=0"
        << "-"
        << "screened-disc@- screened-pregnancy@-";
    QTest::newRow("screening flags come before the earliest check-in flag")
        << "screening=recent-fracture-sprain-dislocation | -30m lower-back=2 !bruising"
        << "contact-therapist"
        << "-30m"
        << "-30m=2"
        << "-"
        << "screened-injury@- bruising@-30m early-onset@-30m";
    QTest::newRow("a check-in flag more urgent than the screening wins")
        << "screening=active-cancer-or-undiagnosed-mass | +10h !chest-pain"
        << "emergency"
        << "-"
        << "+10h=0"
        << "-"
        << "screened-cancer@- pulmonary-embolism@+10h";
    QTest::newRow("a screening flag more urgent than the check-ins wins")
        << "screening=fever-or-infection | +2h lower-back=1 | +30h lower-back=3"
        << "see-doctor-today"
        << "+30h"
        << "+30h=3"
        << "-"
        << "screened-infection@- late-onset@+30h";
    QTest::newRow("information-only screening keeps on-track")
        << "screening=disc-herniation | +7h lower-back=2"
        << "on-track"
        << "+7h"
        << "+7h=2"
        << "-"
        << "screened-disc@-";

    // Stroke signs (v2).
    QTest::newRow("stroke signs during the session") << "- | -1m !stroke-signs"
                                                     << "emergency"
                                                     << "-"
                                                     << "-1m=0"
                                                     << "-"
                                                     << "stroke@-1m";
    QTest::newRow("stroke before pulmonary embolism and cauda equina in time order")
        << "- | +5h !chest-pain | +3h !stroke-signs !leg-weakness"
        << "emergency"
        << "-"
        << "+3h=0"
        << "-"
        << "cauda-equina@+3h stroke@+3h pulmonary-embolism@+5h";

    // Nerve pain in both legs (v2).
    QTest::newRow("nerve pain in both calves")
        << "worked=calf-left,calf-right | +10h calf-left=3/tingling calf-right=2/burning"
        << "see-doctor-today"
        << "+10h"
        << "+10h=3"
        << "-"
        << "bilateral-nerve-pain@+10h nerve-irritation@+10h";
    QTest::newRow("nerve pain at intensity 0 in a buttock and the other foot")
        << "- | +30h gluteal-left=0/numb foot-right=0/shooting"
        << "see-doctor-today"
        << "-"
        << "+30h=0"
        << "-"
        << "bilateral-nerve-pain@+30h nerve-irritation@+30h";
    for (const char* part : {"gluteal", "hip", "thigh-front", "thigh-back", "calf", "shin", "foot"})
        QTest::addRow("nerve pain in both legs: %s", part)
            << QStringLiteral("- | +30h %1-left=1/electric thigh-back-right=1/radiating")
                   .arg(QLatin1String(part))
            << "see-doctor-today"
            << "-"
            << "+30h=1"
            << "-"
            << "bilateral-nerve-pain@+30h nerve-irritation@+30h";
    QTest::newRow("nerve pain in both legs at different check-ins is not bilateral")
        << "- | +10h calf-left=1/tingling | +12h calf-right=1/tingling"
        << "contact-therapist"
        << "-"
        << "+10h=1"
        << "-"
        << "nerve-irritation@+10h";
    QTest::newRow("nerve pain in one leg, other pain in the other is not bilateral")
        << "- | +30h calf-left=1/tingling calf-right=1/sharp"
        << "contact-therapist"
        << "-"
        << "+30h=1"
        << "-"
        << "nerve-irritation@+30h sharp-pain@+30h";
    QTest::newRow("nerve pain in a leg and the other arm is not bilateral")
        << "- | +30h calf-left=1/tingling arm-right=1/tingling"
        << "contact-therapist"
        << "-"
        << "+30h=1"
        << "-"
        << "nerve-irritation@+30h";
    QTest::newRow("nerve pain in two regions of one leg is not bilateral")
        << "- | +30h calf-left=1/tingling thigh-back-left=1/shooting lower-back=1/radiating"
        << "contact-therapist"
        << "-"
        << "+30h=1"
        << "-"
        << "nerve-irritation@+30h";

    // Headache with dizziness or nausea after neck work (v2).
    QTest::newRow("neck worked: headache and dizziness") << "worked=neck | +3h ~headache ~dizziness"
                                                         << "watch"
                                                         << "-"
                                                         << "+3h=0"
                                                         << "-"
                                                         << "neck-headache@+3h";
    QTest::newRow("head worked: headache and nausea")
        << "worked=lower-back,head | +30h ~nausea ~headache"
        << "watch"
        << "-"
        << "+30h=0"
        << "-"
        << "neck-headache@+30h";
    QTest::newRow("neck-headache at the earliest of several")
        << "worked=neck | +20h ~headache ~nausea | +4h ~headache ~dizziness ~tiredness"
        << "watch"
        << "-"
        << "+4h=0"
        << "-"
        << "neck-headache@+4h";
    QTest::newRow("headache and dizziness without neck or head work")
        << "worked=lower-back,shoulder-left | +3h ~headache ~dizziness"
        << "on-track"
        << "-"
        << "+3h=0"
        << "-"
        << "";
    QTest::newRow("neck worked: headache alone") << "worked=neck | +3h ~headache ~tiredness"
                                                 << "on-track"
                                                 << "-"
                                                 << "+3h=0"
                                                 << "-"
                                                 << "";
    QTest::newRow("neck worked: dizziness and nausea without headache")
        << "worked=neck | +3h ~dizziness ~nausea"
        << "on-track"
        << "-"
        << "+3h=0"
        << "-"
        << "";
    QTest::newRow("neck worked: headache and dizziness at different check-ins")
        << "worked=neck | +3h ~headache | +5h ~dizziness"
        << "on-track"
        << "-"
        << "+3h=0"
        << "-"
        << "";
    QTest::newRow("neck-headache ties after slow-resolution in table order")
        << "worked=neck | +10h neck=4 | +73h neck=1 ~headache ~nausea"
        << "watch"
        << "+10h"
        << "+10h=4"
        << "+73h"
        << "slow-resolution@+73h neck-headache@+73h";
    QTest::newRow("impact, reactions and benefits change no status")
        << "worked=lower-back | +2h ^unable ~tiredness ~poor-sleep | +30h ^a-lot"
        << "resolved"
        << "-"
        << "+2h=0"
        << "-"
        << "";
}

void TestAnalysis::rules()
{
    QFETCH(QString, session);
    QFETCH(QString, status);
    QFETCH(QString, onset);
    QFETCH(QString, peak);
    QFETCH(QString, resolved);
    QFETCH(QString, flags);

    const Session parsed = parseSession(session);
    const Result result = analyze(parsed);

    QCOMPARE(statusId(result.status), status);
    QCOMPARE(describe(parsed, result.onset, false), normaliseExpectedPoint(parsed, onset));
    QCOMPARE(describe(parsed, result.peak, true), normaliseExpectedPoint(parsed, peak));
    QCOMPARE(describe(parsed, result.resolved, false), normaliseExpectedPoint(parsed, resolved));
    verifyPoint(parsed, result.onset);
    verifyPoint(parsed, result.peak);
    verifyPoint(parsed, result.resolved);
    if (result.onset)
        QCOMPARE(result.onset->excess >= 2, true);
    if (result.resolved)
        QCOMPARE(result.resolved->excess <= 1, true);

    QStringList actualFlags;
    for (const Flag& flag : result.flags) {
        QCOMPARE(flag.severity, flagSeverity(flag.code));
        QCOMPARE(flag.message, flagMessage(flag.code));
        QCOMPARE(flag.hasTime(), !isScreeningFlag(flag.code));
        if (!flag.hasTime()) {
            QCOMPARE(flag.at.text, QString());
            QCOMPARE(flag.hours, 0.0);
            actualFlags << flagCodeId(flag.code) + QStringLiteral("@-");
            continue;
        }
        QVERIFY(flag.checkInIndex >= 0 && flag.checkInIndex < parsed.checkIns.size());
        const CheckIn& checkIn = parsed.checkIns.at(flag.checkInIndex);
        QCOMPARE(flag.at.text, checkIn.at.text);
        QCOMPARE(flag.hours, expectedHours(parsed, checkIn));
        QCOMPARE(flag.severity, flagSeverity(flag.code));
        QCOMPARE(flag.message, flagMessage(flag.code));
        actualFlags << flagCodeId(flag.code) + QLatin1Char('@') +
                           formatRelative(checkIn.at.utcMicros - parsed.endUtcMicros());
    }
    QStringList expectedFlags;
    for (const QString& expected : flags.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString time = expected.section(QLatin1Char('@'), 1);
        expectedFlags << expected.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@') +
                             (time == QLatin1String("-") ? time : nameOf(parsed, time));
    }
    QCOMPARE(actualFlags.join(QLatin1Char(' ')), expectedFlags.join(QLatin1Char(' ')));
}

void TestAnalysis::specExample()
{
    Session session;
    session.id = QStringLiteral("s-2026-11-20");
    session.start = *Timestamp::parse(QStringLiteral("2026-11-20T15:00:00+01:00"));
    session.durationMinutes = 60;
    session.technique = QStringLiteral("deep-tissue");
    session.pressure = QStringLiteral("firm");
    session.areasWorked = {QStringLiteral("lower-back"), QStringLiteral("gluteal-left")};
    session.baseline = {{QStringLiteral("lower-back"), 3}};
    session.screening = {QStringLiteral("disc-herniation")};
    CheckIn checkIn;
    checkIn.at = *Timestamp::parse(QStringLiteral("2026-11-20T23:00:00+01:00"));
    checkIn.symptoms = {
        {QStringLiteral("lower-back"), 5, {QStringLiteral("aching"), QStringLiteral("stiff")}}};
    session.checkIns = {checkIn};

    const Result result = analyze(session);
    QCOMPARE(result.status, Status::OnTrack);
    QVERIFY(result.onset.has_value());
    QCOMPARE(result.onset->hours, 7.0);
    QCOMPARE(result.onset->checkInIndex, 0);
    QVERIFY(result.peak.has_value());
    QCOMPARE(result.peak->hours, 7.0);
    QCOMPARE(result.peak->excess, 2);
    QVERIFY(!result.resolved.has_value());
    QCOMPARE(result.grade, std::optional<Grade>(Grade::Mild));
    // The screening answer is information: first, without a time.
    QCOMPARE(result.flags.size(), 1);
    QCOMPARE(result.flags.first().code, FlagCode::ScreenedDisc);
    QCOMPARE(severityId(result.flags.first().severity), QStringLiteral("info"));
    QVERIFY(!result.flags.first().hasTime());
}

void TestAnalysis::noCheckIns()
{
    Session session = parseSession(QStringLiteral("worked=lower-back baseline=lower-back:4"));
    const Result result = analyze(session);
    QCOMPARE(result.status, Status::InsufficientData);
    QVERIFY(!result.onset && !result.peak && !result.resolved);
    QVERIFY(!result.grade.has_value());
    QVERIFY(result.flags.isEmpty());
}

void TestAnalysis::grade_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("status");
    // Section 3, "Grade": only check-in flags count, "-" is null (no check-ins).
    QTest::newRow("no check-ins") << "-"
                                  << "-"
                                  << "insufficient-data";
    QTest::newRow("no check-ins, emergency from the screening") << "screening=cauda-equina-symptoms"
                                                                << "-"
                                                                << "emergency";
    QTest::newRow("nothing happened") << "- | +2h | +30h"
                                      << "none"
                                      << "resolved";
    QTest::newRow("screening flags do not grade")
        << "screening=cauda-equina-symptoms,fever-or-infection,active-cancer-or-undiagnosed-mass,"
           "recent-fracture-sprain-dislocation | +30h"
        << "none"
        << "emergency";
    QTest::newRow("excess 1 is no onset") << "- | +10h lower-back=1"
                                          << "none"
                                          << "on-track";
    QTest::newRow("onset is mild") << "- | +10h lower-back=2"
                                   << "mild"
                                   << "on-track";
    QTest::newRow("impact none") << "- | +30h ^none"
                                 << "none"
                                 << "resolved";
    QTest::newRow("impact a-little is mild") << "- | +30h ^a-little"
                                             << "mild"
                                             << "resolved";
    QTest::newRow("impact a-lot is moderate") << "- | +30h ^a-lot"
                                              << "moderate"
                                              << "resolved";
    QTest::newRow("impact unable is moderate") << "- | +2h ^unable | +30h ^none"
                                               << "moderate"
                                               << "resolved";
    QTest::newRow("one reaction is mild") << "- | +30h ~poor-sleep"
                                          << "mild"
                                          << "resolved";
    QTest::newRow("benefits alone grade nothing") << "- | +30h"
                                                  << "none"
                                                  << "resolved";
    QTest::newRow("information-only flags alone") << "worked=lower-back | +10h neck=2"
                                                  << "mild"
                                                  << "on-track";
    QTest::newRow("watch flag is mild") << "worked=neck | +30h ~headache ~dizziness"
                                        << "mild"
                                        << "watch";
    QTest::newRow("contact-therapist flag is mild") << "- | +30h !bruising"
                                                    << "mild"
                                                    << "contact-therapist";
    QTest::newRow("see-doctor flag is moderate") << "- | +10h lower-back=4 | +72h lower-back=2"
                                                 << "moderate"
                                                 << "see-doctor";
    QTest::newRow("worsening is moderate") << "- | +10h | +50h lower-back=2"
                                           << "moderate"
                                           << "see-doctor";
    QTest::newRow("see-doctor-today flag is severe") << "- | +30h !calf-swelling"
                                                     << "severe"
                                                     << "see-doctor-today";
    QTest::newRow("bilateral nerve pain is severe")
        << "- | +30h calf-left=1/tingling calf-right=1/numb"
        << "severe"
        << "see-doctor-today";
    QTest::newRow("emergency flag is severe") << "- | +30h ^none !stroke-signs"
                                              << "severe"
                                              << "emergency";
    QTest::newRow("severe beats a moderate impact") << "- | +2h ^a-lot | +30h !fever"
                                                    << "severe"
                                                    << "see-doctor-today";
    QTest::newRow("moderate impact beats a mild flag") << "- | +2h ^a-lot !bruising"
                                                       << "moderate"
                                                       << "contact-therapist";
    QTest::newRow("screening see-doctor-today, mild reaction")
        << "screening=dvt-history-or-signs | +3h ~tiredness"
        << "mild"
        << "see-doctor-today";
}

void TestAnalysis::grade()
{
    QFETCH(QString, session);
    QFETCH(QString, grade);
    QFETCH(QString, status);
    const Result result = analyze(parseSession(session));
    QCOMPARE(result.grade ? gradeId(*result.grade) : QStringLiteral("-"), grade);
    QCOMPARE(statusId(result.status), status);
    if (result.grade)
        QCOMPARE(gradeFromId(grade), result.grade);
}

void TestAnalysis::excessAt_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<int>("excess");
    QTest::newRow("no symptoms") << "baseline=neck:4 | +1h" << 0;
    QTest::newRow("region without baseline") << "- | +1h neck=3" << 3;
    QTest::newRow("over its own baseline") << "baseline=neck:4 | +1h neck=6" << 2;
    QTest::newRow("baseline of another region does not apply")
        << "baseline=neck:4 | +1h lower-back=6" << 6;
    QTest::newRow("largest over regions") << "baseline=neck:4 | +1h neck=9 lower-back=2" << 5;
    QTest::newRow("all below baseline")
        << "baseline=neck:4,lower-back:5 | +1h neck=1 lower-back=5" << 0;
}

void TestAnalysis::excessAt()
{
    QFETCH(QString, session);
    QFETCH(int, excess);
    const Session parsed = parseSession(session);
    QCOMPARE(analysis::excessAt(parsed, parsed.checkIns.constFirst()), excess);
}

void TestAnalysis::hoursSinceEnd()
{
    const Session session = parseSession(QStringLiteral("minutes=30"));
    const qint64 end = session.start.utcMicros + 30 * 60 * microsPerSecond;
    QCOMPARE(analysis::hoursSinceEnd(session, session.start.utcMicros), 0.0);
    QCOMPARE(analysis::hoursSinceEnd(session, end - 1), 0.0);
    QCOMPARE(analysis::hoursSinceEnd(session, end), 0.0);
    QCOMPARE(analysis::hoursSinceEnd(session, end + 90 * 60 * microsPerSecond), 1.5);
}

void TestAnalysis::flagSeverities_data()
{
    QTest::addColumn<FlagCode>("code");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("severity");
    // The tables of section 3.
    QTest::newRow("screened-cauda-equina")
        << FlagCode::ScreenedCaudaEquina << "screened-cauda-equina"
        << "emergency";
    QTest::newRow("screened-infection") << FlagCode::ScreenedInfection << "screened-infection"
                                        << "see-doctor-today";
    QTest::newRow("screened-dvt") << FlagCode::ScreenedDvt << "screened-dvt"
                                  << "see-doctor-today";
    QTest::newRow("screened-injury") << FlagCode::ScreenedInjury << "screened-injury"
                                     << "contact-therapist";
    QTest::newRow("screened-cancer") << FlagCode::ScreenedCancer << "screened-cancer"
                                     << "see-doctor";
    QTest::newRow("screened-disc") << FlagCode::ScreenedDisc << "screened-disc"
                                   << "info";
    QTest::newRow("screened-bleeding") << FlagCode::ScreenedBleeding << "screened-bleeding"
                                       << "info";
    QTest::newRow("screened-pregnancy") << FlagCode::ScreenedPregnancy << "screened-pregnancy"
                                        << "info";
    QTest::newRow("cauda-equina") << FlagCode::CaudaEquina << "cauda-equina"
                                  << "emergency";
    QTest::newRow("stroke") << FlagCode::Stroke << "stroke"
                            << "emergency";
    QTest::newRow("bilateral-nerve-pain") << FlagCode::BilateralNervePain << "bilateral-nerve-pain"
                                          << "see-doctor-today";
    QTest::newRow("neck-headache") << FlagCode::NeckHeadache << "neck-headache"
                                   << "watch";
    QTest::newRow("pulmonary-embolism") << FlagCode::PulmonaryEmbolism << "pulmonary-embolism"
                                        << "emergency";
    QTest::newRow("dvt") << FlagCode::Dvt << "dvt"
                         << "see-doctor-today";
    QTest::newRow("infection") << FlagCode::Infection << "infection"
                               << "see-doctor-today";
    QTest::newRow("persistent") << FlagCode::Persistent << "persistent"
                                << "see-doctor";
    QTest::newRow("worsening") << FlagCode::Worsening << "worsening"
                               << "see-doctor";
    QTest::newRow("nerve-irritation") << FlagCode::NerveIrritation << "nerve-irritation"
                                      << "contact-therapist";
    QTest::newRow("sharp-pain") << FlagCode::SharpPain << "sharp-pain"
                                << "contact-therapist";
    QTest::newRow("early-severe") << FlagCode::EarlySevere << "early-severe"
                                  << "contact-therapist";
    QTest::newRow("bruising") << FlagCode::Bruising << "bruising"
                              << "contact-therapist";
    QTest::newRow("late-onset") << FlagCode::LateOnset << "late-onset"
                                << "watch";
    QTest::newRow("slow-resolution") << FlagCode::SlowResolution << "slow-resolution"
                                     << "watch";
    QTest::newRow("early-onset") << FlagCode::EarlyOnset << "early-onset"
                                 << "info";
    QTest::newRow("new-region") << FlagCode::NewRegion << "new-region"
                                << "info";
}

void TestAnalysis::flagSeverities()
{
    QFETCH(FlagCode, code);
    QFETCH(QString, id);
    QFETCH(QString, severity);
    QCOMPARE(flagCodeId(code), id);
    QCOMPARE(severityId(flagSeverity(code)), severity);
    const std::optional<Status> raisesTo = statusFor(flagSeverity(code));
    QCOMPARE(raisesTo ? statusId(*raisesTo) : QStringLiteral("info"), severity);
    QCOMPARE(isScreeningFlag(code), id.startsWith(QLatin1String("screened-")));
}

void TestAnalysis::messagesSayWhatToDo_data()
{
    QTest::addColumn<FlagCode>("code");
    QTest::addColumn<QString>("mustSay");
    // The actions of clinical-notes.md, "Red flags and what to tell the person".
    QTest::newRow("cauda-equina") << FlagCode::CaudaEquina
                                  << "Go to an emergency department now; do not drive yourself.";
    QTest::newRow("pulmonary-embolism")
        << FlagCode::PulmonaryEmbolism << "Call the emergency number now.";
    QTest::newRow("dvt") << FlagCode::Dvt << "See a doctor today";
    QTest::newRow("infection") << FlagCode::Infection << "See a doctor today";
    QTest::newRow("persistent") << FlagCode::Persistent << "Book a doctor's appointment.";
    QTest::newRow("worsening") << FlagCode::Worsening << "Book a doctor's appointment.";
    QTest::newRow("nerve-irritation")
        << FlagCode::NerveIrritation
        << "Shooting, electric, burning or tingling pain can mean a nerve is irritated. Tell "
           "your therapist right away; they adjust the technique next time.";
    QTest::newRow("sharp-pain") << FlagCode::SharpPain << "Tell your therapist";
    QTest::newRow("early-severe") << FlagCode::EarlySevere << "Tell your therapist";
    QTest::newRow("bruising") << FlagCode::Bruising << "Tell your therapist";
    QTest::newRow("late-onset") << FlagCode::LateOnset << "book a doctor's appointment";
    QTest::newRow("slow-resolution") << FlagCode::SlowResolution << "Tell your therapist";
    QTest::newRow("early-onset") << FlagCode::EarlyOnset << "common after massage";
    QTest::newRow("new-region") << FlagCode::NewRegion << "not worked";
    // Version 2: the clinical notes behind the rules and the log format's section 3.
    QTest::newRow("screened-cauda-equina")
        << FlagCode::ScreenedCaudaEquina
        << "need an emergency department now; do not drive yourself.";
    QTest::newRow("screened-infection") << FlagCode::ScreenedInfection << "See a doctor today";
    QTest::newRow("screened-dvt: swollen leg now") << FlagCode::ScreenedDvt
                                                   << "swollen, painful, warm or red now, see a "
                                                      "doctor today";
    QTest::newRow("screened-dvt: lungs")
        << FlagCode::ScreenedDvt << "call the emergency number now";
    QTest::newRow("screened-dvt: an old clot")
        << FlagCode::ScreenedDvt << "tell your doctor before your next massage";
    QTest::newRow("screened-injury") << FlagCode::ScreenedInjury << "Tell your therapist";
    QTest::newRow("screened-cancer") << FlagCode::ScreenedCancer << "see a doctor about it";
    QTest::newRow("screened-disc")
        << FlagCode::ScreenedDisc << "no vigorous work or spinal manipulation";
    QTest::newRow("screened-bleeding") << FlagCode::ScreenedBleeding << "can bruise";
    QTest::newRow("screened-pregnancy")
        << FlagCode::ScreenedPregnancy << "Ask your midwife or doctor";
    QTest::newRow("stroke") << FlagCode::Stroke << "Call the emergency number now.";
    QTest::newRow("bilateral-nerve-pain: today")
        << FlagCode::BilateralNervePain << "See a doctor today.";
    QTest::newRow("bilateral-nerve-pain: emergency")
        << FlagCode::BilateralNervePain << "Go to an emergency department now if";
    QTest::newRow("neck-headache: harmless") << FlagCode::NeckHeadache << "usually harmless";
    QTest::newRow("neck-headache: stroke signs")
        << FlagCode::NeckHeadache << "Call the emergency number now if a sudden severe headache";
}

void TestAnalysis::messagesSayWhatToDo()
{
    QFETCH(FlagCode, code);
    QFETCH(QString, mustSay);
    QVERIFY2(flagMessage(code).contains(mustSay), qPrintable(flagMessage(code)));
}

void TestAnalysis::statusTexts()
{
    QSet<QString> ids;
    QSet<QString> titles;
    for (int s = int(Status::Emergency); s <= int(Status::InsufficientData); ++s) {
        const auto status = Status(s);
        ids.insert(statusId(status));
        QCOMPARE(statusFromId(statusId(status)), std::optional<Status>(status));
        titles.insert(statusTitle(status));
        QVERIFY(statusAdvice(status).endsWith(QLatin1Char('.')));
    }
    QCOMPARE(ids, (QSet<QString>{"emergency", "see-doctor-today", "see-doctor", "contact-therapist",
                                 "watch", "on-track", "resolved", "insufficient-data"}));
    QCOMPARE(titles.size(), 8);
    QSet<QString> codes;
    for (int c = 0; c <= int(FlagCode::NewRegion); ++c) {
        codes.insert(flagCodeId(FlagCode(c)));
        QVERIFY(flagMessage(FlagCode(c)).endsWith(QLatin1Char('.')));
    }
    QCOMPARE(codes.size(), int(FlagCode::NewRegion) + 1);
    QVERIFY(!codes.contains(QString()));
    QCOMPARE(statusFromId(QStringLiteral("Emergency")), std::nullopt);
    QCOMPARE(statusFromId(QString()), std::nullopt);
    QVERIFY(statusAdvice(Status::Emergency).contains(QStringLiteral("emergency")));
    // "Do not drive yourself" belongs to the cauda equina messages only (clinical-notes.md),
    // not to every emergency: the page shows the advice and the message together.
    QVERIFY(
        !statusAdvice(Status::Emergency).contains(QStringLiteral("drive"), Qt::CaseInsensitive));
    QVERIFY(statusAdvice(Status::SeeDoctorToday).contains(QStringLiteral("See a doctor today")));
    QVERIFY(
        statusAdvice(Status::SeeDoctor).contains(QStringLiteral("Book a doctor's appointment")));
    QVERIFY(statusAdvice(Status::ContactTherapist).contains(QStringLiteral("therapist")));
    QCOMPARE(notADiagnosis(), QStringLiteral("This is guidance, not a diagnosis."));
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
