#pragma once

#include "model/timestamp.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace aftercare::exchange {

// A therapist's hand-off of one session, usually shown as a QR code holding a link
// `aftercare:session?v=1&start=…&duration=60&technique=deep-tissue&areas=neck,upper-back…`
// (README, "Session cards"). Every member is optional: a card holds only what the therapist
// gave. It never holds screening answers, pain before the session or anything about the client.
struct SessionCard
{
    std::optional<Timestamp> start;
    std::optional<int> durationMinutes; // 1..600
    std::optional<QString> technique;   // a technique id
    std::optional<QString> pressure;    // a pressure id
    std::optional<QStringList> areas;   // region ids, as given (a repeat means nothing more)
    std::optional<QString> therapist;   // at most 200 code points
    std::optional<QString> advice;      // at most 1,000 code points

    friend bool operator==(const SessionCard&, const SessionCard&) = default;
};

namespace sessioncard {
inline constexpr int version = 1;
inline constexpr qsizetype maxLinkBytes = 2000;
inline constexpr int minDurationMinutes = 1;
inline constexpr int maxDurationMinutes = 600;
inline constexpr qsizetype maxTherapistCodePoints = 200;
inline constexpr qsizetype maxAdviceCodePoints = 1000;

// The link's parameters in the order of the format's table: v, start, duration, technique,
// pressure, areas, therapist, advice.
const QStringList& parameters();
} // namespace sessioncard

// What is wrong and where: `parameter` is the parameter's name (`duration`, `v`), or `link`
// for the link as a whole.
struct CardError
{
    QString parameter;
    QString message;
    // `duration: "0" is outside 1..600`
    QString toString() const;
};

struct CardParseResult
{
    std::optional<SessionCard> card; // set when the link is a valid card
    CardError error;                 // set when it is not
    bool ok() const { return card.has_value(); }
};

// Reads a session-card link: at most 2,000 bytes, scheme `aftercare` (any case), path
// `session`, query parameters `name=value` separated by `&`, names and values UTF-8 and
// percent-encoded (`+` is a plus sign). A parameter given twice, an invalid escape or UTF-8
// sequence, a character a URI must not hold raw (space, `#`, non-ASCII…), a known parameter
// with a bad value, or a missing or other `v` refuses the link with the first problem found;
// unknown parameters are ignored. Pure.
CardParseResult parseSessionCard(const QByteArray& link);

// Applies the rule of one parameter (start … advice, not v) to its decoded text and stores the
// value in `card`. Returns what is wrong with the value (without the parameter's name), or
// nothing. The command line gives its options' text to the same rules.
std::optional<QString> setSessionCardValue(SessionCard& card, const QString& parameter,
                                           const QString& value);

// The link for `card`: `aftercare:session?v=1` and then the parameters that are set, in table
// order, every byte other than A-Z a-z 0-9 - . _ ~ percent-encoded (the commas between areas
// stay as they are). Pure; parseSessionCard() of the result gives `card` back whenever the
// card's values are valid and the link fits in 2,000 bytes.
QByteArray sessionCardLink(const SessionCard& card);

} // namespace aftercare::exchange
