// libFuzzer target: the session-card parser on arbitrary bytes, as a whole link and as the
// query of a valid `aftercare:session?v=1&` link. Every input is read or refused with a
// located error; what is read holds only valid values, and its rebuilt link reads back as the
// same card and rebuilds to the same bytes.

#include "exchange/sessioncard.h"
#include "model/vocabulary.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace aftercare;
using namespace aftercare::exchange;

void require(bool holds, const char* rule, const QString& detail = {})
{
    if (!holds) {
        std::fprintf(stderr, "invariant broken: %s %s\n", rule, qPrintable(detail));
        std::abort();
    }
}

qsizetype codePoints(const QString& text)
{
    return text.toUcs4().size();
}

void checkValues(const SessionCard& card)
{
    if (card.durationMinutes)
        require(*card.durationMinutes >= 1 && *card.durationMinutes <= 600, "duration 1..600");
    if (card.technique)
        require(vocabulary::contains(vocabulary::techniques(), *card.technique), "technique id");
    if (card.pressure)
        require(vocabulary::contains(vocabulary::pressures(), *card.pressure), "pressure id");
    if (card.areas) {
        require(!card.areas->isEmpty(), "areas: at least one id");
        for (const QString& id : *card.areas)
            require(vocabulary::contains(vocabulary::regions(), id), "region id", id);
    }
    if (card.therapist)
        require(codePoints(*card.therapist) <= 200, "therapist at most 200 code points");
    if (card.advice)
        require(codePoints(*card.advice) <= 1000, "advice at most 1,000 code points");
    if (card.start)
        require(Timestamp::parse(card.start->text).has_value(), "start is a timestamp");
}

void checkLink(const QByteArray& link)
{
    const CardParseResult result = parseSessionCard(link);
    if (!result.ok()) {
        require(!result.error.parameter.isEmpty(), "an error names where");
        require(!result.error.message.isEmpty(), "an error says what is wrong");
        return;
    }
    require(link.size() <= sessioncard::maxLinkBytes, "an accepted link has at most 2,000 bytes");
    const SessionCard& card = *result.card;
    checkValues(card);

    const QByteArray rebuilt = sessionCardLink(card);
    for (const char c : rebuilt)
        require((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    QByteArrayView("-._~%:?&=,").contains(c),
                "a built link holds only unreserved characters, escapes and delimiters",
                QString::fromLatin1(rebuilt.left(80)));
    const CardParseResult again = parseSessionCard(rebuilt);
    if (rebuilt.size() > sessioncard::maxLinkBytes) {
        // Characters the original held raw take three bytes each once encoded.
        require(!again.ok() && again.error.parameter == QLatin1String("link"),
                "a rebuilt link that is too long is refused as a whole");
        return;
    }
    require(again.ok(), "a rebuilt link reads", again.error.toString());
    require(*again.card == card, "a rebuilt link reads as the same card");
    require(sessionCardLink(*again.card) == rebuilt, "building is deterministic");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    checkLink(bytes);
    checkLink(QByteArrayLiteral("aftercare:session?v=1&") + bytes);
    return 0;
}
