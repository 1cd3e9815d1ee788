#include "exchange/sessioncard.h"

#include "model/vocabulary.h"

#include <QLocale>
#include <QStringDecoder>

namespace aftercare::exchange {

namespace {

constexpr qsizetype maxQuoted = 40;

const QString paramV = QStringLiteral("v");
const QString paramStart = QStringLiteral("start");
const QString paramDuration = QStringLiteral("duration");
const QString paramTechnique = QStringLiteral("technique");
const QString paramPressure = QStringLiteral("pressure");
const QString paramAreas = QStringLiteral("areas");
const QString paramTherapist = QStringLiteral("therapist");
const QString paramAdvice = QStringLiteral("advice");
const QString wholeLink = QStringLiteral("link");

QString quoted(const QString& text)
{
    if (text.size() <= maxQuoted)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QLatin1Char('"') + text.left(maxQuoted) + QStringLiteral("…\"");
}

QString quoted(QByteArrayView bytes)
{
    return quoted(QString::fromUtf8(bytes.first(qMin<qsizetype>(bytes.size(), maxQuoted + 4))));
}

QString number(qsizetype value)
{
    return QLocale(QLocale::English).toString(qlonglong(value));
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

// May stand raw in a URI's query (RFC 3986: pchar / "/" / "?", with "%" for escapes).
bool mayStandRaw(char c)
{
    return isUnreserved(c) || QByteArrayView("!$&'()*+,;=:@/?%").contains(c);
}

QString escapeOf(unsigned char byte)
{
    return QStringLiteral("%%1").arg(uint(byte), 2, 16, QLatin1Char('0')).toUpper();
}

// The first character of `raw` that a link must not hold as it is, described; empty if none.
QString rawCharacterProblem(QByteArrayView raw)
{
    for (const char c : raw) {
        if (mayStandRaw(c))
            continue;
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x20 && byte < 0x7f)
            return QStringLiteral("the character \"%1\" must be percent-encoded as %2")
                .arg(QString(QLatin1Char(c)), escapeOf(byte));
        if (byte == 0x20)
            return QStringLiteral("a space must be percent-encoded as %20");
        return QStringLiteral("byte 0x%1 must be percent-encoded as %2")
            .arg(uint(byte), 2, 16, QLatin1Char('0'))
            .arg(escapeOf(byte));
    }
    return {};
}

// Decodes the %XX escapes of `raw` and the UTF-8 they make. `+` stays a plus sign.
std::optional<QString> percentDecode(QByteArrayView raw, QString* why)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            bytes.append(raw[i]);
            continue;
        }
        if (i + 2 >= raw.size() || !isHexDigit(raw[i + 1]) || !isHexDigit(raw[i + 2])) {
            *why = QStringLiteral("%1 is not a valid percent escape (%XX, two hex digits)")
                       .arg(quoted(raw.sliced(i, qMin<qsizetype>(3, raw.size() - i))));
            return std::nullopt;
        }
        bytes.append(char(hexValue(raw[i + 1]) * 16 + hexValue(raw[i + 2])));
        i += 2;
    }
    // A leading U+FEFF is text here, not a byte-order mark to drop.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *why = QStringLiteral("%1 is not valid UTF-8").arg(quoted(raw));
        return std::nullopt;
    }
    return text;
}

qsizetype codePoints(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

std::optional<QString> checkText(const QString& text, qsizetype maxCodePoints)
{
    const qsizetype count = codePoints(text);
    if (count > maxCodePoints)
        return QStringLiteral("the text has %1 characters; at most %2 are allowed")
            .arg(number(count), number(maxCodePoints));
    return std::nullopt;
}

std::optional<QString> checkId(const std::vector<Term>& terms, const char* kind, const QString& id)
{
    if (!vocabulary::contains(terms, id))
        return QStringLiteral("unknown %1 %2").arg(QLatin1String(kind), quoted(id));
    return std::nullopt;
}

CardParseResult failure(const QString& parameter, const QString& message)
{
    return CardParseResult{std::nullopt, CardError{parameter, message}};
}

} // namespace

QString CardError::toString() const
{
    return parameter + QStringLiteral(": ") + message;
}

const QStringList& sessioncard::parameters()
{
    static const QStringList names{paramV,        paramStart, paramDuration,  paramTechnique,
                                   paramPressure, paramAreas, paramTherapist, paramAdvice};
    return names;
}

std::optional<QString> setSessionCardValue(SessionCard& card, const QString& parameter,
                                           const QString& value)
{
    if (parameter == paramStart) {
        QString why;
        std::optional<Timestamp> start = Timestamp::parse(value, &why);
        if (!start)
            return why;
        card.start = std::move(start);
    } else if (parameter == paramDuration) {
        bool digitsOnly = !value.isEmpty();
        for (const QChar c : value)
            digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
        if (!digitsOnly)
            return QStringLiteral("%1 is not a whole number of minutes").arg(quoted(value));
        // Digits only: anything longer than four of them is out of range anyway.
        const int minutes = value.size() > 4 ? sessioncard::maxDurationMinutes + 1 : value.toInt();
        if (minutes < sessioncard::minDurationMinutes || minutes > sessioncard::maxDurationMinutes)
            return QStringLiteral("%1 is outside %2..%3")
                .arg(quoted(value))
                .arg(sessioncard::minDurationMinutes)
                .arg(sessioncard::maxDurationMinutes);
        card.durationMinutes = minutes;
    } else if (parameter == paramTechnique) {
        if (auto problem = checkId(vocabulary::techniques(), "technique", value))
            return problem;
        card.technique = value;
    } else if (parameter == paramPressure) {
        if (auto problem = checkId(vocabulary::pressures(), "pressure", value))
            return problem;
        card.pressure = value;
    } else if (parameter == paramAreas) {
        if (value.isEmpty())
            return QStringLiteral("no region ids (give them separated by commas)");
        const QStringList ids = value.split(QLatin1Char(','));
        for (const QString& id : ids) {
            if (id.isEmpty())
                return QStringLiteral("%1 has an empty region id").arg(quoted(value));
            if (auto problem = checkId(vocabulary::regions(), "region", id))
                return problem;
        }
        card.areas = ids;
    } else if (parameter == paramTherapist) {
        if (auto problem = checkText(value, sessioncard::maxTherapistCodePoints))
            return problem;
        card.therapist = value;
    } else if (parameter == paramAdvice) {
        if (auto problem = checkText(value, sessioncard::maxAdviceCodePoints))
            return problem;
        card.advice = value;
    } else {
        return QStringLiteral("%1 is not a session-card value").arg(quoted(parameter));
    }
    return std::nullopt;
}

CardParseResult parseSessionCard(const QByteArray& link)
{
    if (link.size() > sessioncard::maxLinkBytes)
        return failure(wholeLink, QStringLiteral("the link is %1 bytes; at most %2 are allowed")
                                      .arg(number(link.size()), number(sessioncard::maxLinkBytes)));

    // The scheme is case-insensitive (RFC 3986); the path is `session`.
    static constexpr QByteArrayView scheme("aftercare:");
    if (link.left(scheme.size()).toLower() != scheme)
        return failure(
            wholeLink,
            QStringLiteral("%1 is not an aftercare: link").arg(quoted(QByteArrayView(link))));
    const QByteArrayView rest = QByteArrayView(link).sliced(scheme.size());
    const qsizetype queryMark = rest.indexOf('?');
    const QByteArrayView path = queryMark < 0 ? rest : rest.first(queryMark);
    if (path != QByteArrayView("session"))
        return failure(wholeLink, QStringLiteral("%1 is not a session card (it must start "
                                                 "with aftercare:session?v=1)")
                                      .arg(quoted(QByteArrayView(link))));
    const QByteArrayView query = queryMark < 0 ? QByteArrayView() : rest.sliced(queryMark + 1);

    // Every parameter once, as decoded text, in table order.
    const QStringList& known = sessioncard::parameters();
    std::vector<std::optional<QString>> values(size_t(known.size()));
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        const QByteArrayView segment = query.sliced(start, end - start);
        start = end + 1;
        if (segment.isEmpty())
            continue;
        const qsizetype equals = segment.indexOf('=');
        const QByteArrayView rawName = equals < 0 ? segment : segment.first(equals);
        const QByteArrayView rawValue = equals < 0 ? QByteArrayView() : segment.sliced(equals + 1);

        QString why;
        const std::optional<QString> name = percentDecode(rawName, &why);
        // Where a problem is: the parameter's name, or the raw text that stands for it.
        const QString location = name && !name->isEmpty() ? *name : quoted(rawName);
        if (const QString problem = rawCharacterProblem(segment); !problem.isEmpty())
            return failure(location, problem);
        if (!name)
            return failure(location, why);
        std::optional<QString> value = percentDecode(rawValue, &why);
        if (!value)
            return failure(location, why);

        const qsizetype index = known.indexOf(*name);
        if (index < 0)
            continue; // unknown parameters are for newer readers
        if (values[size_t(index)])
            return failure(*name, QStringLiteral("given twice"));
        if (equals < 0)
            return failure(*name, QStringLiteral("has no value (write %1=…)").arg(*name));
        values[size_t(index)] = std::move(value);
    }

    // The version first: a card of another version may mean other things by the rest.
    const std::optional<QString>& v = values.front();
    if (!v)
        return failure(paramV, QStringLiteral("missing"));
    if (*v != QString::number(sessioncard::version))
        return failure(paramV, QStringLiteral("%1 is not a supported version (only %2 is)")
                                   .arg(quoted(*v))
                                   .arg(sessioncard::version));

    SessionCard card;
    for (qsizetype i = 1; i < known.size(); ++i) {
        if (!values[size_t(i)])
            continue;
        if (std::optional<QString> problem =
                setSessionCardValue(card, known.at(i), *values[size_t(i)]))
            return failure(known.at(i), *problem);
    }
    return CardParseResult{std::move(card), {}};
}

QByteArray sessionCardLink(const SessionCard& card)
{
    QByteArray link =
        QByteArrayLiteral("aftercare:session?v=") + QByteArray::number(sessioncard::version);
    const auto add = [&link](const QString& name, const QByteArray& encodedValue) {
        link.append('&').append(name.toLatin1()).append('=').append(encodedValue);
    };
    const auto encoded = [](const QString& text) { return text.toUtf8().toPercentEncoding(); };
    if (card.start)
        add(paramStart, encoded(card.start->text));
    if (card.durationMinutes)
        add(paramDuration, QByteArray::number(*card.durationMinutes));
    if (card.technique)
        add(paramTechnique, encoded(*card.technique));
    if (card.pressure)
        add(paramPressure, encoded(*card.pressure));
    if (card.areas) {
        QByteArrayList ids;
        for (const QString& id : *card.areas)
            ids << encoded(id);
        add(paramAreas, ids.join(','));
    }
    if (card.therapist)
        add(paramTherapist, encoded(*card.therapist));
    if (card.advice)
        add(paramAdvice, encoded(*card.advice));
    return link;
}

} // namespace aftercare::exchange
