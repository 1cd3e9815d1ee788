// libFuzzer target, structure-aware: the fuzz bytes choose a valid session directly (any
// timestamps from year 1 to 9999 in any offset, every vocabulary id, free text with any
// characters), bypassing the JSON layer. The analysis must keep the structure of spec section
// 3, and the session must survive the writer and the reader unchanged.

#include "invariants.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace {

using namespace aftercare;

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

struct WallTime
{
    int year = 2026, month = 11, day = 20, hour = 15, minute = 0, second = 0;
};

QString two(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

// An RFC 3339 text for `wall` with a fraction and offset chosen by the fuzzer.
Timestamp timestamp(FuzzedDataProvider& input, const WallTime& wall)
{
    QString text = QStringLiteral("%1-%2-%3%4%5:%6:%7")
                       .arg(wall.year, 4, 10, QLatin1Char('0'))
                       .arg(two(wall.month), two(wall.day),
                            input.ConsumeBool() ? QStringLiteral("T") : QStringLiteral("t"),
                            two(wall.hour), two(wall.minute), two(wall.second));
    if (input.ConsumeBool()) {
        const int digits = input.ConsumeIntegralInRange(1, 9);
        text += QLatin1Char('.');
        for (int i = 0; i < digits; ++i)
            text += QChar(u'0' + input.ConsumeIntegralInRange(0, 9));
    }
    switch (input.ConsumeIntegralInRange(0, 3)) {
    case 0:
        text += QStringLiteral("Z");
        break;
    case 1:
        text += QStringLiteral("z");
        break;
    default:
        text += input.ConsumeBool() ? QLatin1Char('+') : QLatin1Char('-');
        text += two(input.ConsumeIntegralInRange(0, 23)) + QLatin1Char(':') +
                two(input.ConsumeIntegralInRange(0, 59));
    }
    QString why;
    const std::optional<Timestamp> parsed = Timestamp::parse(text, &why);
    fuzzcheck::require(parsed.has_value(), "a valid RFC 3339 text parses",
                       text + QStringLiteral(": ") + why);
    return *parsed;
}

WallTime anyWallTime(FuzzedDataProvider& input)
{
    WallTime wall;
    wall.year = input.ConsumeIntegralInRange(1, 9999);
    wall.month = input.ConsumeIntegralInRange(1, 12);
    wall.day = input.ConsumeIntegralInRange(1, daysInMonth(wall.year, wall.month));
    wall.hour = input.ConsumeIntegralInRange(0, 23);
    wall.minute = input.ConsumeIntegralInRange(0, 59);
    wall.second = input.ConsumeIntegralInRange(0, 59);
    return wall;
}

// Free text of up to `maxBytes` UTF-8 bytes as the fuzzer gives them (invalid sequences become
// U+FFFD), sometimes near the 4,000 code point limit.
QString freeText(FuzzedDataProvider& input, size_t maxBytes)
{
    QString text = QString::fromUtf8(input.ConsumeRandomLengthString(maxBytes));
    if (input.ConsumeIntegralInRange(0, 15) == 0) {
        const QChar fill = input.ConsumeBool() ? QChar(u'\u00e9') : QChar(u'\"');
        text += QString(3990, fill);
    }
    if (text.toUcs4().size() > limits::maxFreeTextCodePoints)
        text.truncate(0);
    return text;
}

// Distinct ids from `terms`, in the fuzzer's order.
QStringList someIds(FuzzedDataProvider& input, const std::vector<Term>& terms, int most)
{
    QStringList ids;
    const int count = input.ConsumeIntegralInRange(0, most);
    for (int i = 0; i < count; ++i) {
        const QString id = QString::fromLatin1(
            terms.at(input.ConsumeIntegralInRange<size_t>(0, terms.size() - 1)).id);
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

Session sessionFrom(FuzzedDataProvider& input)
{
    Session session;
    session.id = QStringLiteral("s") + freeText(input, 12);
    const WallTime start = input.ConsumeBool() ? WallTime{} : anyWallTime(input);
    session.start = timestamp(input, start);
    session.durationMinutes =
        input.ConsumeIntegralInRange(limits::minDurationMinutes, limits::maxDurationMinutes);
    session.technique =
        someIds(input, vocabulary::techniques(), 1).value(0, QStringLiteral("other"));
    session.pressure = someIds(input, vocabulary::pressures(), 1).value(0);
    session.areasWorked = someIds(input, vocabulary::regions(), 4);
    for (const QString& region : someIds(input, vocabulary::regions(), 3))
        session.baseline.append({region, input.ConsumeIntegralInRange(0, 10)});
    session.screening = someIds(input, vocabulary::screening(), 2);
    session.therapist = freeText(input, 24);
    session.notes = freeText(input, 24);

    const int checkIns = input.ConsumeIntegralInRange(0, 12);
    for (int c = 0; c < checkIns && input.remaining_bytes() > 0; ++c) {
        // Mostly within days of the start, in any offset; sometimes anywhere at all.
        WallTime wall = start;
        if (input.ConsumeIntegralInRange(0, 7) == 0) {
            wall = anyWallTime(input);
        } else {
            wall.day = std::min(wall.day + input.ConsumeIntegralInRange(0, 4),
                                daysInMonth(wall.year, wall.month));
            wall.hour = input.ConsumeIntegralInRange(0, 23);
            wall.minute = input.ConsumeIntegralInRange(0, 59);
            wall.second = input.ConsumeIntegralInRange(0, 59);
        }
        CheckIn checkIn;
        checkIn.at = timestamp(input, wall);
        for (const QString& region : someIds(input, vocabulary::regions(), 4)) {
            checkIn.symptoms.append({region, input.ConsumeIntegralInRange(0, 10),
                                     someIds(input, vocabulary::qualities(), 3)});
        }
        checkIn.redFlags = someIds(input, vocabulary::redFlags(), 2);
        checkIn.note = freeText(input, 16);
        // The spec's rules: not before the start, never two at one instant.
        if (checkIn.at.utcMicros < session.start.utcMicros)
            continue;
        const bool taken = std::any_of(
            session.checkIns.begin(), session.checkIns.end(),
            [&](const CheckIn& other) { return other.at.utcMicros == checkIn.at.utcMicros; });
        if (!taken)
            session.checkIns.append(checkIn);
    }
    // Log v2 members, from the bytes left over (so that older inputs make the same v1 part).
    session.advice = freeText(input, 24);
    session.source = someIds(input, vocabulary::sources(), 1).value(0);
    for (CheckIn& checkIn : session.checkIns) {
        if (input.ConsumeBool()) {
            // Entered up to three days after it was felt (whole seconds, the first one after
            // `at` on), written in any whole-minute offset; kept when it reads back as valid.
            constexpr qint64 second = 1000000;
            const qint64 from = (checkIn.at.utcMicros / second + 1) * second;
            const qint64 later = input.ConsumeIntegralInRange<qint64>(0, 3LL * 86400) * second;
            const int offsetMinutes = input.ConsumeIntegralInRange(-23 * 60 - 59, 23 * 60 + 59);
            const Timestamp entered = Timestamp::fromUtcMicros(from + later, offsetMinutes * 60);
            const std::optional<Timestamp> parsed = Timestamp::parse(entered.text);
            if (parsed && parsed->utcMicros >= checkIn.at.utcMicros)
                checkIn.recordedAt = *parsed;
        }
        checkIn.impact = someIds(input, vocabulary::impacts(), 1).value(0);
        checkIn.reactions = someIds(input, vocabulary::reactions(), 3);
        checkIn.benefits = someIds(input, vocabulary::benefits(), 2);
        for (const QString& kind : someIds(input, vocabulary::selfCareKinds(), 3))
            checkIn.selfCare.append(
                {kind, someIds(input, vocabulary::selfCareAnswers(), 1).value(0)});
    }
    return session;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const Session session = sessionFrom(input);
    fuzzcheck::checkAnalysis(session);
    fuzzcheck::checkRoundTrip({session});
    return 0;
}
