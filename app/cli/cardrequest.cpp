#include "cli/cardrequest.h"

#include "cli/commands.h"
#include "exchange/jsonwriter.h"

#include <QLocale>

namespace aftercare::cli {

namespace {

struct CardOption
{
    const char* option;
    const char* parameter; // its name in the link
};

constexpr CardOption valueOptions[] = {
    {"--start", "start"},       {"--duration", "duration"}, {"--technique", "technique"},
    {"--pressure", "pressure"}, {"--areas", "areas"},       {"--therapist", "therapist"},
    {"--advice", "advice"},
};

const CardOption* findValueOption(const QString& name)
{
    for (const CardOption& option : valueOptions) {
        if (name == QLatin1String(option.option))
            return &option;
    }
    return nullptr;
}

} // namespace

QString cardUsage()
{
    return QStringLiteral(
        "Usage: aftercare card [--start TIME] [--duration MIN] [--technique ID] [--pressure ID]\n"
        "                      [--areas ID,ID…] [--therapist TEXT] [--advice TEXT]\n"
        "                      [-o FILE.png|FILE.svg]\n"
        "       aftercare card --read LINK");
}

QString parseCardRequest(const QStringList& args, CardRequest* request)
{
    QStringList seen;
    for (int i = 0; i < args.size(); ++i) {
        const CommandOption option = splitOption(args.at(i));
        const QString& name = option.name;
        const CardOption* valueOption = findValueOption(name);
        const bool isRead = name == QLatin1String("--read");
        const bool isOutput = name == QLatin1String("-o") || name == QLatin1String("--output");
        if (!valueOption && !isRead && !isOutput)
            return unexpectedArgument("card", args.at(i));
        const QString value = option.takeValue(args, i);
        if (value.isEmpty())
            return QStringLiteral("card: %1 needs a value").arg(name);
        const QString canonical = isOutput ? QStringLiteral("-o") : name;
        if (seen.contains(canonical))
            return QStringLiteral("card: %1 is given twice").arg(name);
        seen << canonical;

        if (isRead) {
            request->readLink = value;
        } else if (isOutput) {
            request->output = value;
            if (!request->writesPng() && !request->writesSvg())
                return QStringLiteral("card: -o \"%1\": the file name must end in .png or .svg")
                    .arg(value);
        } else if (const std::optional<QString> problem = exchange::setSessionCardValue(
                       request->card, QLatin1String(valueOption->parameter), value)) {
            return QStringLiteral("%1: %2").arg(name, *problem);
        }
    }
    if (request->readLink && seen.size() > 1) {
        seen.removeOne(QStringLiteral("--read"));
        return QStringLiteral("card: --read takes no other option (%1 was given)")
            .arg(seen.constFirst());
    }
    return {};
}

QByteArray cardRequestLink(const CardRequest& request, QString* problem)
{
    const QByteArray link = exchange::sessionCardLink(request.card);
    if (link.size() > exchange::sessioncard::maxLinkBytes) {
        const QLocale english(QLocale::English);
        *problem = QStringLiteral("card: the link would be %1 bytes; a card holds at most %2 "
                                  "(shorten --advice or --therapist: every character other "
                                  "than A-Z a-z 0-9 - . _ ~ takes 3 bytes per UTF-8 byte)")
                       .arg(english.toString(link.size()),
                            english.toString(exchange::sessioncard::maxLinkBytes));
        return {};
    }
    return link;
}

QByteArray sessionCardJson(const exchange::SessionCard& card)
{
    using exchange::JsonWriter;
    QByteArray out;
    JsonWriter json(out);
    json.beginObject(JsonWriter::Layout::Compact);
    json.key("v").value(exchange::sessioncard::version);
    if (card.start)
        json.key("start").value(card.start->text);
    if (card.durationMinutes)
        json.key("duration").value(*card.durationMinutes);
    if (card.technique)
        json.key("technique").value(*card.technique);
    if (card.pressure)
        json.key("pressure").value(*card.pressure);
    if (card.areas)
        json.key("areas").strings(*card.areas, JsonWriter::Layout::Compact);
    if (card.therapist)
        json.key("therapist").value(*card.therapist);
    if (card.advice)
        json.key("advice").value(*card.advice);
    json.endObject();
    return out;
}

} // namespace aftercare::cli
