#pragma once

#include "exchange/sessioncard.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace aftercare::cli {

// `card [--start TIME] [--duration MIN] [--technique ID] [--pressure ID] [--areas ID,ID…]
//  [--therapist TEXT] [--advice TEXT] [-o FILE.png|FILE.svg]` or `card --read LINK`.
struct CardRequest
{
    std::optional<QString> readLink; // --read LINK
    exchange::SessionCard card;      // from the other options
    QString output;                  // -o FILE; empty: print the link

    bool writesPng() const { return output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive); }
    bool writesSvg() const { return output.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive); }
};

QString cardUsage();
// The name a card's image carries (SVG title, PNG text).
inline QString cardTitle()
{
    return QStringLiteral("Aftercare session card");
}

// Also accepts --NAME=VALUE and --output FILE. Every value goes through the session card's own
// rules (exchange::setSessionCardValue). Returns what is wrong, naming the option
// (`--duration: "0" is outside 1..600`), or an empty string. Pure.
QString parseCardRequest(const QStringList& args, CardRequest* request);

// The request's link, or (empty link) what is wrong with it: a card that does not fit in a
// link of 2,000 bytes. Pure.
QByteArray cardRequestLink(const CardRequest& request, QString* problem);

// What a card holds as one line of JSON, parameters in the order of the format's table:
// {"v":1,"start":"…","duration":60,"technique":"…","pressure":"…","areas":["…"],
//  "therapist":"…","advice":"…"}, only those the card has.
QByteArray sessionCardJson(const exchange::SessionCard& card);

} // namespace aftercare::cli
