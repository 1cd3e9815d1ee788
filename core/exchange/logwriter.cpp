#include "exchange/logwriter.h"

#include <algorithm>
#include <vector>

namespace aftercare::exchange {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// Appends JSON text with two-space indentation to one growing buffer.
class JsonOut
{
public:
    explicit JsonOut(QByteArray& out)
        : out_(out)
    {}

    void newline(int depth)
    {
        static constexpr char spaces[] = "\n                                ";
        static_assert(sizeof(spaces) >= 2 * 16 + 2, "room for 16 levels");
        out_.append(spaces, 1 + 2 * qMin(depth, 16));
    }

    void raw(const char* text) { out_.append(text); }

    void key(const char* name)
    {
        out_.append('"');
        out_.append(name);
        out_.append("\": ", 3);
    }

    void number(int value)
    {
        char digits[12];
        char* end = digits + sizeof(digits);
        char* first = end;
        const bool negative = value < 0;
        unsigned magnitude = negative ? 0u - unsigned(value) : unsigned(value);
        do {
            *--first = char('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (negative)
            *--first = '-';
        out_.append(first, end - first);
    }

    // A JSON string: quotes, backslashes and control characters escaped, the rest raw UTF-8.
    void string(const QString& text)
    {
        out_.append('"');
        const auto* chars = reinterpret_cast<const char16_t*>(text.utf16());
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            // Runs of plain ASCII go out in one piece.
            qsizetype plainEnd = i;
            while (plainEnd < size && chars[plainEnd] >= 0x20 && chars[plainEnd] < 0x80 &&
                   chars[plainEnd] != u'"' && chars[plainEnd] != u'\\')
                ++plainEnd;
            if (plainEnd > i) {
                const qsizetype start = out_.size();
                out_.resize(start + (plainEnd - i));
                char* target = out_.data() + start;
                for (qsizetype k = i; k < plainEnd; ++k)
                    *target++ = char(chars[k]);
                i = plainEnd - 1;
                continue;
            }
            const char16_t c = chars[i];
            if (c < 0x80) {
                appendAscii(char(c));
                continue;
            }
            char32_t codePoint = c;
            if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(chars[i + 1]))
                codePoint = QChar::surrogateToUcs4(c, chars[++i]);
            else if (QChar::isSurrogate(c))
                codePoint = 0xFFFD; // a lone surrogate has no UTF-8 form
            appendUtf8(codePoint);
        }
        out_.append('"');
    }

    void stringArray(const QStringList& items)
    {
        out_.append('[');
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                out_.append(", ", 2);
            string(items[i]);
        }
        out_.append(']');
    }

private:
    void appendAscii(char c)
    {
        switch (c) {
        case '"':
            out_.append("\\\"", 2);
            return;
        case '\\':
            out_.append("\\\\", 2);
            return;
        case '\b':
            out_.append("\\b", 2);
            return;
        case '\f':
            out_.append("\\f", 2);
            return;
        case '\n':
            out_.append("\\n", 2);
            return;
        case '\r':
            out_.append("\\r", 2);
            return;
        case '\t':
            out_.append("\\t", 2);
            return;
        default:
            break;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            const char escape[] = {
                '\\', 'u', '0', '0', hexDigits[(c >> 4) & 0xF], hexDigits[c & 0xF]};
            out_.append(escape, 6);
            return;
        }
        out_.append(c);
    }

    void appendUtf8(char32_t codePoint)
    {
        char bytes[4];
        int length = 0;
        if (codePoint < 0x800) {
            bytes[0] = char(0xC0 | (codePoint >> 6));
            bytes[1] = char(0x80 | (codePoint & 0x3F));
            length = 2;
        } else if (codePoint < 0x10000) {
            bytes[0] = char(0xE0 | (codePoint >> 12));
            bytes[1] = char(0x80 | ((codePoint >> 6) & 0x3F));
            bytes[2] = char(0x80 | (codePoint & 0x3F));
            length = 3;
        } else {
            bytes[0] = char(0xF0 | (codePoint >> 18));
            bytes[1] = char(0x80 | ((codePoint >> 12) & 0x3F));
            bytes[2] = char(0x80 | ((codePoint >> 6) & 0x3F));
            bytes[3] = char(0x80 | (codePoint & 0x3F));
            length = 4;
        }
        out_.append(bytes, length);
    }

    QByteArray& out_;
};

// Members are written in the order of the log format's section 1 (version 2).
void writeSymptom(JsonOut& json, const Symptom& symptom)
{
    json.raw("{");
    json.key("region");
    json.string(symptom.region);
    json.raw(", ");
    json.key("intensity");
    json.number(symptom.intensity);
    json.raw(", ");
    json.key("qualities");
    json.stringArray(symptom.qualities);
    json.raw("}");
}

void writeCheckIn(JsonOut& json, const CheckIn& checkIn, int depth)
{
    // Every member but the first follows a comma, on a line of its own.
    const auto member = [&](const char* name) {
        json.raw(",");
        json.newline(depth + 1);
        json.key(name);
    };
    json.raw("{");
    json.newline(depth + 1);
    json.key("at");
    json.string(checkIn.at.text);
    if (checkIn.recordedAt) {
        member("recordedAt");
        json.string(checkIn.recordedAt->text);
    }
    member("symptoms");
    if (checkIn.symptoms.isEmpty()) {
        json.raw("[]");
    } else {
        json.raw("[");
        for (qsizetype i = 0; i < checkIn.symptoms.size(); ++i) {
            if (i > 0)
                json.raw(",");
            json.newline(depth + 2);
            writeSymptom(json, checkIn.symptoms[i]);
        }
        json.newline(depth + 1);
        json.raw("]");
    }
    member("redFlags");
    json.stringArray(checkIn.redFlags);
    if (!checkIn.impact.isEmpty()) {
        member("impact");
        json.string(checkIn.impact);
    }
    if (!checkIn.reactions.isEmpty()) {
        member("reactions");
        json.stringArray(checkIn.reactions);
    }
    if (!checkIn.benefits.isEmpty()) {
        member("benefits");
        json.stringArray(checkIn.benefits);
    }
    if (!checkIn.selfCare.isEmpty()) {
        member("selfCare");
        json.raw("[");
        for (qsizetype i = 0; i < checkIn.selfCare.size(); ++i) {
            const SelfCare& entry = checkIn.selfCare[i];
            json.raw(i > 0 ? ", {" : "{");
            json.key("kind");
            json.string(entry.kind);
            if (!entry.helped.isEmpty()) {
                json.raw(", ");
                json.key("helped");
                json.string(entry.helped);
            }
            json.raw("}");
        }
        json.raw("]");
    }
    if (!checkIn.note.isEmpty()) {
        member("note");
        json.string(checkIn.note);
    }
    json.newline(depth);
    json.raw("}");
}

void writeSession(JsonOut& json, const Session& session, int depth)
{
    const auto member = [&](const char* name) {
        json.newline(depth + 1);
        json.key(name);
    };
    json.raw("{");
    member("id");
    json.string(session.id);
    json.raw(",");
    member("start");
    json.string(session.start.text);
    json.raw(",");
    member("durationMinutes");
    json.number(session.durationMinutes);
    json.raw(",");
    member("technique");
    json.string(session.technique.isEmpty() ? QStringLiteral("other") : session.technique);
    json.raw(",");
    if (!session.pressure.isEmpty()) {
        member("pressure");
        json.string(session.pressure);
        json.raw(",");
    }
    member("areasWorked");
    json.stringArray(session.areasWorked);
    json.raw(",");
    if (!session.therapist.isEmpty()) {
        member("therapist");
        json.string(session.therapist);
        json.raw(",");
    }
    if (!session.advice.isEmpty()) {
        member("advice");
        json.string(session.advice);
        json.raw(",");
    }
    if (!session.source.isEmpty()) {
        member("source");
        json.string(session.source);
        json.raw(",");
    }
    member("baseline");
    json.raw("[");
    for (qsizetype i = 0; i < session.baseline.size(); ++i) {
        if (i > 0)
            json.raw(", ");
        json.raw("{");
        json.key("region");
        json.string(session.baseline[i].region);
        json.raw(", ");
        json.key("intensity");
        json.number(session.baseline[i].intensity);
        json.raw("}");
    }
    json.raw("],");
    member("screening");
    json.stringArray(session.screening);
    json.raw(",");
    if (!session.notes.isEmpty()) {
        member("notes");
        json.string(session.notes);
        json.raw(",");
    }
    member("checkIns");
    // By instant; a stable sort keeps the given order of equal instants.
    std::vector<const CheckIn*> checkIns;
    checkIns.reserve(size_t(session.checkIns.size()));
    for (const CheckIn& checkIn : session.checkIns)
        checkIns.push_back(&checkIn);
    std::stable_sort(checkIns.begin(), checkIns.end(), [](const CheckIn* a, const CheckIn* b) {
        return a->at.utcMicros < b->at.utcMicros;
    });
    if (checkIns.empty()) {
        json.raw("[]");
    } else {
        json.raw("[");
        for (size_t i = 0; i < checkIns.size(); ++i) {
            if (i > 0)
                json.raw(",");
            json.newline(depth + 2);
            writeCheckIn(json, *checkIns[i], depth + 2);
        }
        json.newline(depth + 1);
        json.raw("]");
    }
    json.newline(depth);
    json.raw("}");
}

} // namespace

QByteArray writeLog(const QList<Session>& sessions, const Timestamp& exportedAt)
{
    QByteArray out;
    qsizetype checkInCount = 0;
    for (const Session& session : sessions)
        checkInCount += session.checkIns.size();
    out.reserve(256 + sessions.size() * 512 + checkInCount * 256);

    JsonOut json(out);
    json.raw("{");
    json.newline(1);
    json.key("format");
    json.raw("\"aftercare-log\",");
    json.newline(1);
    json.key("version");
    json.raw("2,");
    if (!exportedAt.text.isEmpty()) {
        json.newline(1);
        json.key("exportedAt");
        json.string(exportedAt.text);
        json.raw(",");
    }
    json.newline(1);
    json.key("sessions");
    if (sessions.isEmpty()) {
        json.raw("[]");
    } else {
        json.raw("[");
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            if (i > 0)
                json.raw(",");
            json.newline(2);
            writeSession(json, sessions[i], 2);
        }
        json.newline(1);
        json.raw("]");
    }
    json.newline(0);
    json.raw("}");
    out.append('\n');
    return out;
}

} // namespace aftercare::exchange
