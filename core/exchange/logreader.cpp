#include "exchange/logreader.h"

#include "exchange/jsonreader.h"

#include <QStringDecoder>

#include "model/vocabulary.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aftercare::exchange {

QString LogError::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

namespace {

using namespace std::string_view_literals;

constexpr int maxNestingDepth = 64;
constexpr qsizetype maxQuotedValueLength = 40;
constexpr std::string_view expectedFormat = "aftercare-log"sv;
constexpr int firstVersion = 1;
constexpr int latestVersion = 2;

// A vocabulary prepared for lookups on UTF-8 bytes; every hit hands out the same shared QString.
class IdTable
{
public:
    // `kind` names one id in messages ("region"); `expectedArray` describes an array of them.
    IdTable(const std::vector<Term>& terms, const char* kind, const char* expectedOne,
            const char* expectedArray)
        : kind(kind)
        , expectedOne(expectedOne)
        , expectedArray(expectedArray)
    {
        for (const Term& term : terms) {
            m_ids.emplace_back(term.id);
            m_strings.push_back(QString::fromLatin1(term.id));
        }
    }

    // The index of `id`, or -1 when the vocabulary does not know it.
    int find(std::string_view id) const
    {
        for (size_t i = 0; i < m_ids.size(); ++i) {
            if (m_ids[i] == id)
                return int(i);
        }
        return -1;
    }
    const QString& string(int index) const { return m_strings[size_t(index)]; }
    int size() const { return int(m_ids.size()); }

    const char* const kind;
    const char* const expectedOne;
    const char* const expectedArray;

private:
    std::vector<std::string> m_ids;
    std::vector<QString> m_strings;
};

const IdTable& regionIds()
{
    static const IdTable table(vocabulary::regions(), "region", "a region id",
                               "an array of region ids");
    return table;
}
const IdTable& qualityIds()
{
    static const IdTable table(vocabulary::qualities(), "quality", "a quality id",
                               "an array of quality ids");
    return table;
}
const IdTable& redFlagIds()
{
    static const IdTable table(vocabulary::redFlags(), "red flag", "a red flag id",
                               "an array of red flag ids");
    return table;
}
const IdTable& screeningIds()
{
    static const IdTable table(vocabulary::screening(), "screening", "a screening id",
                               "an array of screening ids");
    return table;
}
const IdTable& techniqueIds()
{
    static const IdTable table(vocabulary::techniques(), "technique", "a technique id",
                               "an array of technique ids");
    return table;
}
const IdTable& pressureIds()
{
    static const IdTable table(vocabulary::pressures(), "pressure", "a pressure id",
                               "an array of pressure ids");
    return table;
}
const IdTable& sourceIds()
{
    static const IdTable table(vocabulary::sources(), "source", "a source id",
                               "an array of source ids");
    return table;
}
const IdTable& impactIds()
{
    static const IdTable table(vocabulary::impacts(), "impact", "an impact id",
                               "an array of impact ids");
    return table;
}
const IdTable& reactionIds()
{
    static const IdTable table(vocabulary::reactions(), "reaction", "a reaction id",
                               "an array of reaction ids");
    return table;
}
const IdTable& benefitIds()
{
    static const IdTable table(vocabulary::benefits(), "benefit", "a benefit id",
                               "an array of benefit ids");
    return table;
}
const IdTable& selfCareKindIds()
{
    static const IdTable table(vocabulary::selfCareKinds(), "self-care kind", "a self-care kind id",
                               "an array of self-care kind ids");
    return table;
}
const IdTable& selfCareAnswerIds()
{
    static const IdTable table(vocabulary::selfCareAnswers(), "answer", "an answer id",
                               "an array of answer ids");
    return table;
}

// A JSON number classified as a whole number, without going through floating point.
struct WholeNumber
{
    enum class Kind
    {
        Whole,
        Fraction,
        Huge // more than 18 digits: beyond every range this format uses
    };
    Kind kind = Kind::Whole;
    qint64 value = 0;
};

// `text` is a number already checked against the JSON grammar.
WholeNumber classifyNumber(std::string_view text)
{
    size_t i = 0;
    const bool negative = text[0] == '-';
    if (negative)
        ++i;
    std::string digits; // significant digits of integer and fraction part, in order
    digits.reserve(text.size());
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        digits.push_back(text[i++]);
    qint64 scale = 0; // value = digits × 10^scale
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            digits.push_back(text[i++]);
            --scale;
        }
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool exponentNegative = false;
        if (text[i] == '+' || text[i] == '-')
            exponentNegative = text[i++] == '-';
        qint64 exponent = 0;
        // Saturates: any exponent this large already decides the outcome.
        for (; i < text.size(); ++i)
            exponent = std::min<qint64>(exponent * 10 + (text[i] - '0'), 1000000000);
        scale += exponentNegative ? -exponent : exponent;
    }
    const size_t firstSignificant = digits.find_first_not_of('0');
    if (firstSignificant == std::string::npos)
        return {WholeNumber::Kind::Whole, 0};
    digits.erase(0, firstSignificant);
    while (digits.back() == '0') {
        digits.pop_back();
        ++scale;
    }
    if (scale < 0)
        return {WholeNumber::Kind::Fraction, 0};
    if (qint64(digits.size()) + scale > 18)
        return {WholeNumber::Kind::Huge, 0};
    qint64 value = 0;
    for (const char digit : digits)
        value = value * 10 + (digit - '0');
    for (qint64 k = 0; k < scale; ++k)
        value *= 10;
    return {WholeNumber::Kind::Whole, negative ? -value : value};
}

QString fromUtf8(std::string_view text)
{
    // Keeps a leading U+FEFF inside a string value: it is text, not a byte-order mark.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(text.data(), qsizetype(text.size())));
}

// A number as written, shortened for messages (a file may hold a megabyte of digits).
QString numberForMessage(std::string_view text)
{
    constexpr size_t maxShown = 24;
    if (text.size() <= maxShown)
        return fromUtf8(text);
    return fromUtf8(text.substr(0, maxShown)) +
           QStringLiteral("… (%1 characters)").arg(text.size());
}

// A string value: its decoded UTF-8.
struct StringValue
{
    std::string_view utf8;
    // Unicode code points: the bytes that do not continue a UTF-8 sequence.
    qsizetype codePoints() const
    {
        return qsizetype(std::count_if(utf8.begin(), utf8.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    }
};

// The log rules applied to the tokens of a document read as strict JSON (jsonreader.h).
// The members only version 2 defines are read by its rules, or skipped as unknown members
// in a version-1 file; a file whose sessions come before its version is read as version 2
// and, when it turns out to be version 1, read again knowing it (readLog).
// A syntax error is reported before broken content; the first rule broken is remembered,
// and `format` and `version` are reported before every other rule.
class LogParser
{
public:
    // `knownVersion`: the file's version when an earlier reading found it, else 0.
    LogParser(const QByteArray& bytes, int knownVersion)
        : m_knownVersion(knownVersion)
        , m_bytes(bytes.constData())
        , m_reader(bytes, maxNestingDepth)
    {
        m_path.reserve(maxNestingDepth + 8);
    }

    LogReadResult read()
    {
        LogReadResult result;
        try {
            if (ev().kind == JsonKind::End)
                throw SyntaxError{};
            readDocument();
        } catch (const SyntaxError&) {
            const JsonSyntaxError& error = *m_reader.error();
            result.error = {error.path, QStringLiteral("line %1, column %2: %3")
                                            .arg(error.line)
                                            .arg(error.column)
                                            .arg(error.message)};
            return result;
        }
        if (const std::optional<LogError> error = firstError()) {
            result.error = *error;
            return result;
        }
        result.log = std::move(m_log);
        return result;
    }

    // True when values were read by the version-2 rules before the version was known, and
    // the version is another one: the reading must be done again knowing it.
    bool needsRereading() const
    {
        return m_readV2BeforeVersion && m_versionPresence == Presence::Valid && m_version != 2;
    }
    int version() const { return m_version; }

private:
    enum class Presence
    {
        Missing,
        Valid,
        Invalid
    };

    // ---- errors -------------------------------------------------------------------------

    QString currentPath() const { return jsonPath(m_path); }

    bool hasRuleError() const { return m_ruleError.has_value(); }

    // Remembers a broken rule at the current path unless an earlier one was found.
    void fail(const QString& message)
    {
        if (!m_ruleError)
            m_ruleError = LogError{currentPath(), message};
    }

    void failAtMember(std::string_view member, const QString& message)
    {
        if (m_ruleError)
            return;
        m_path.push_back({member});
        fail(message);
        m_path.pop_back();
    }

    void failAtElement(std::string_view arrayMember, int index, std::string_view member,
                       const QString& message)
    {
        if (m_ruleError)
            return;
        m_path.push_back({arrayMember});
        m_path.push_back({{}, index});
        m_path.push_back({member});
        fail(message);
        m_path.resize(m_path.size() - 3);
    }

    void failMissing(std::string_view member, const char* expected)
    {
        failAtMember(
            member,
            QStringLiteral("required member is missing; expected %1").arg(QLatin1String(expected)));
    }

    std::optional<LogError> firstError() const
    {
        if (!m_rootIsObject)
            return LogError{{}, m_rootMismatch};
        if (m_formatPresence == Presence::Missing)
            return LogError{QStringLiteral("format"),
                            QStringLiteral("required member is missing; expected \"%1\"")
                                .arg(fromUtf8(expectedFormat))};
        if (m_formatPresence == Presence::Invalid)
            return m_formatError;
        if (m_versionPresence == Presence::Missing)
            return LogError{QStringLiteral("version"),
                            QStringLiteral("required member is missing; expected %1 or %2")
                                .arg(firstVersion)
                                .arg(latestVersion)};
        if (m_versionPresence == Presence::Invalid)
            return m_versionError;
        if (m_ruleError)
            return m_ruleError;
        if (!m_sessionsSeen)
            return LogError{QStringLiteral("sessions"),
                            QStringLiteral("required member is missing; expected an array of "
                                           "sessions (it may be empty)")};
        return std::nullopt;
    }

    // ---- tokens -----------------------------------------------------------------------

    // Thrown where the JSON reader stopped at a fault: reading stops there.
    struct SyntaxError
    {
    };

    const JsonEvent& ev() const { return m_reader.current(); }

    // To the next token; a syntax error when the JSON reader found a fault there.
    void next()
    {
        m_reader.advance();
        if (ev().kind == JsonKind::End && m_reader.error())
            throw SyntaxError{};
    }

    // The kind of the value at the current token.
    JsonKind peekValue() const { return ev().kind; }

    // Calls onMember(name) on each member's value; onMember consumes exactly that value.
    template <typename OnMember> void parseObject(OnMember&& onMember)
    {
        next(); // BeginObject
        while (ev().kind == JsonKind::Key) {
            const std::string_view name = ev().text;
            next();
            m_path.push_back({name});
            onMember(name);
            m_path.pop_back();
        }
        next(); // EndObject
    }

    // Calls onElement(index) on each element; onElement consumes exactly that value.
    template <typename OnElement> void parseArray(OnElement&& onElement)
    {
        next(); // BeginArray
        for (int index = 0; ev().kind != JsonKind::EndArray; ++index) {
            m_path.push_back({{}, index});
            onElement(index);
            m_path.pop_back();
        }
        next(); // EndArray
    }

    StringValue parseString()
    {
        const StringValue value{ev().text};
        next();
        return value;
    }
    std::string_view parseNumber() { return parseString().utf8; }

    // Consumes any value; used for members this reader does not know.
    void skipValue()
    {
        int depth = 0;
        do {
            const JsonKind kind = ev().kind;
            if (kind == JsonKind::BeginObject || kind == JsonKind::BeginArray)
                ++depth;
            else if (kind == JsonKind::EndObject || kind == JsonKind::EndArray)
                --depth;
            next();
        } while (depth > 0);
    }

    // ---- typed values -------------------------------------------------------------------

    // Consumes the current value and says what it was, quoting short scalars.
    QString skipAndDescribe(JsonKind kind)
    {
        const JsonEvent value = ev();
        skipValue();
        const auto quoted = [&] {
            const qsizetype length = value.end - value.begin;
            QString text = QString::fromUtf8(m_bytes + value.begin,
                                             qMin<qsizetype>(length, maxQuotedValueLength));
            if (length > maxQuotedValueLength)
                text += QStringLiteral("…");
            return text;
        };
        switch (kind) {
        case JsonKind::BeginObject:
            return QStringLiteral("an object");
        case JsonKind::BeginArray:
            return QStringLiteral("an array");
        case JsonKind::String:
            return QStringLiteral("the string %1").arg(quoted());
        case JsonKind::Number:
            return QStringLiteral("the number %1").arg(quoted());
        case JsonKind::True:
            return QStringLiteral("true");
        case JsonKind::False:
            return QStringLiteral("false");
        case JsonKind::Null:
            return QStringLiteral("null");
        case JsonKind::EndObject: // not where a value starts
        case JsonKind::EndArray:
        case JsonKind::Key:
        case JsonKind::End:
            break;
        }
        return {};
    }

    // True when the current value is of `wanted` kind; otherwise reports it, consumes it and
    // returns false.
    bool expectKind(JsonKind wanted, const char* expected)
    {
        const JsonKind found = peekValue();
        if (found == wanted)
            return true;
        if (found == JsonKind::Null) {
            skipValue();
            fail(QStringLiteral("null is not allowed here; expected %1")
                     .arg(QLatin1String(expected)));
            return false;
        }
        const QString description = skipAndDescribe(found);
        fail(QStringLiteral("expected %1, found %2").arg(QLatin1String(expected), description));
        return false;
    }

    std::optional<StringValue> readString(const char* expected)
    {
        if (!expectKind(JsonKind::String, expected))
            return std::nullopt;
        return parseString();
    }

    std::optional<QString> readFreeText()
    {
        const std::optional<StringValue> text = readString("a string");
        if (!text)
            return std::nullopt;
        if (text->codePoints() > limits::maxFreeTextCodePoints) {
            fail(QStringLiteral("the text has %1 characters; at most %2 are allowed")
                     .arg(text->codePoints())
                     .arg(limits::maxFreeTextCodePoints));
            return std::nullopt;
        }
        return fromUtf8(text->utf8);
    }

    std::optional<Timestamp> readTimestamp()
    {
        const std::optional<StringValue> text =
            readString("an RFC 3339 date-time such as \"2026-11-20T15:00:00+01:00\"");
        if (!text)
            return std::nullopt;
        QString why;
        std::optional<Timestamp> timestamp = Timestamp::parse(fromUtf8(text->utf8), &why);
        if (!timestamp)
            fail(why);
        return timestamp;
    }

    // `expected` describes the range, e.g. "a whole number 0..10".
    std::optional<int> readWholeNumber(int min, int max, const char* expected)
    {
        if (!expectKind(JsonKind::Number, expected))
            return std::nullopt;
        const std::string_view text = parseNumber();
        const WholeNumber number = classifyNumber(text);
        if (number.kind == WholeNumber::Kind::Fraction) {
            fail(QStringLiteral("%1 is not a whole number; expected %2")
                     .arg(numberForMessage(text), QLatin1String(expected)));
            return std::nullopt;
        }
        if (number.kind == WholeNumber::Kind::Huge || number.value < min || number.value > max) {
            fail(QStringLiteral("%1 is outside %2..%3")
                     .arg(numberForMessage(text))
                     .arg(min)
                     .arg(max));
            return std::nullopt;
        }
        return int(number.value);
    }

    // The index of a known id, or -1 after reporting the value.
    int readId(const IdTable& table)
    {
        const std::optional<StringValue> id = readString(table.expectedOne);
        if (!id)
            return -1;
        const int index = table.find(id->utf8);
        if (index < 0)
            fail(
                QStringLiteral("unknown %1 \"%2\"")
                    .arg(QLatin1String(table.kind), fromUtf8(id->utf8).left(maxQuotedValueLength)));
        return index;
    }

    // Calls onElement(index) for each element when the value is an array.
    template <typename OnElement> void readArray(const char* expected, OnElement&& onElement)
    {
        if (expectKind(JsonKind::BeginArray, expected))
            parseArray(std::forward<OnElement>(onElement));
    }

    template <typename OnMember> bool readObject(const char* expected, OnMember&& onMember)
    {
        if (!expectKind(JsonKind::BeginObject, expected))
            return false;
        parseObject(std::forward<OnMember>(onMember));
        return true;
    }

    void readIdList(QStringList& into, const IdTable& table)
    {
        readArray(table.expectedArray, [&](int) {
            const int index = readId(table);
            if (index >= 0)
                into.append(table.string(index));
        });
    }

    // ---- the log ------------------------------------------------------------------------

    void readDocument()
    {
        const JsonKind rootKind = peekValue();
        if (rootKind == JsonKind::BeginObject) {
            parseObject([this](std::string_view name) { readRootMember(name); });
        } else {
            m_rootIsObject = false;
            m_rootMismatch = QStringLiteral("expected a JSON object at the top level, found %1")
                                 .arg(skipAndDescribe(rootKind));
        }
    }

    void readRootMember(std::string_view name)
    {
        if (name == "format"sv) {
            m_formatPresence = Presence::Invalid;
            const JsonKind kind = peekValue();
            if (kind != JsonKind::String) {
                m_formatError = {QStringLiteral("format"),
                                 QStringLiteral("expected the string \"%1\", found %2")
                                     .arg(fromUtf8(expectedFormat), skipAndDescribe(kind))};
                return;
            }
            const StringValue format = parseString();
            if (format.utf8 == expectedFormat)
                m_formatPresence = Presence::Valid;
            else
                m_formatError = {QStringLiteral("format"),
                                 QStringLiteral("\"%1\" is not an Aftercare log; expected \"%2\"")
                                     .arg(fromUtf8(format.utf8).left(maxQuotedValueLength),
                                          fromUtf8(expectedFormat))};
        } else if (name == "version"sv) {
            m_versionPresence = Presence::Invalid;
            const JsonKind kind = peekValue();
            if (kind != JsonKind::Number) {
                m_versionError = {QStringLiteral("version"),
                                  QStringLiteral("expected the number %1 or %2, found %3")
                                      .arg(QString::number(firstVersion),
                                           QString::number(latestVersion), skipAndDescribe(kind))};
                return;
            }
            const std::string_view text = parseNumber();
            const WholeNumber version = classifyNumber(text);
            if (version.kind == WholeNumber::Kind::Whole && version.value >= firstVersion &&
                version.value <= latestVersion) {
                m_versionPresence = Presence::Valid;
                m_version = int(version.value);
            } else {
                m_versionError = {QStringLiteral("version"),
                                  QStringLiteral("version %1 is not supported; this app reads "
                                                 "versions %2 and %3")
                                      .arg(fromUtf8(text).left(maxQuotedValueLength))
                                      .arg(firstVersion)
                                      .arg(latestVersion)};
            }
        } else if (name == "exportedAt"sv) {
            m_log.exportedAt = readTimestamp();
        } else if (name == "sessions"sv) {
            m_sessionsSeen = true;
            readArray("an array of sessions", [this](int index) {
                Session& session = m_log.sessions.emplaceBack();
                readSession(index, session);
            });
        } else {
            skipValue();
        }
    }

    void readSession(int sessionIndex, Session& session)
    {
        ++m_sessionSerial;
        bool hasId = false;
        bool hasStart = false;
        const bool isObject = readObject("a session object", [&](std::string_view name) {
            if (name == "id"sv) {
                hasId = true;
                readSessionId(sessionIndex, session);
            } else if (name == "start"sv) {
                hasStart = true;
                if (std::optional<Timestamp> start = readTimestamp())
                    session.start = std::move(*start);
            } else if (name == "durationMinutes"sv) {
                if (const std::optional<int> minutes =
                        readWholeNumber(limits::minDurationMinutes, limits::maxDurationMinutes,
                                        "a whole number 1..600"))
                    session.durationMinutes = *minutes;
            } else if (name == "technique"sv) {
                const int index = readId(techniqueIds());
                if (index >= 0)
                    session.technique = techniqueIds().string(index);
            } else if (name == "pressure"sv) {
                const int index = readId(pressureIds());
                if (index >= 0)
                    session.pressure = pressureIds().string(index);
            } else if (name == "areasWorked"sv) {
                readIdList(session.areasWorked, regionIds());
            } else if (name == "therapist"sv) {
                if (std::optional<QString> text = readFreeText())
                    session.therapist = std::move(*text);
            } else if (name == "advice"sv && readsVersion2()) {
                if (std::optional<QString> text = readFreeText())
                    session.advice = std::move(*text);
            } else if (name == "source"sv && readsVersion2()) {
                const int index = readId(sourceIds());
                if (index >= 0)
                    session.source = sourceIds().string(index);
            } else if (name == "baseline"sv) {
                readArray("an array of {region, intensity} objects",
                          [&](int index) { readBaselineEntry(index, session); });
            } else if (name == "screening"sv) {
                readIdList(session.screening, screeningIds());
            } else if (name == "notes"sv) {
                if (std::optional<QString> text = readFreeText())
                    session.notes = std::move(*text);
            } else if (name == "checkIns"sv) {
                readArray("an array of check-ins",
                          [&](int) { readCheckIn(session.checkIns.emplaceBack()); });
            } else {
                skipValue();
            }
        });
        if (!isObject || hasRuleError())
            return;
        if (!hasId)
            failMissing("id"sv, "a non-empty string");
        if (!hasStart)
            failMissing("start"sv, "an RFC 3339 date-time");
        if (!hasRuleError())
            checkCheckInInstants(session);
    }

    void readSessionId(int sessionIndex, Session& session)
    {
        const std::optional<StringValue> id = readString("a non-empty string");
        if (!id)
            return;
        if (id->utf8.empty()) {
            fail(QStringLiteral("a session id must not be empty"));
            return;
        }
        session.id = fromUtf8(id->utf8);
        const auto existing = m_sessionIndexById.constFind(session.id);
        if (existing != m_sessionIndexById.cend()) {
            fail(QStringLiteral("\"%1\" is already the id of sessions[%2]")
                     .arg(session.id.left(maxQuotedValueLength))
                     .arg(existing.value()));
            return;
        }
        m_sessionIndexById.insert(session.id, sessionIndex);
    }

    // Where each region was last given (its index, and the serial number of the check-in or
    // session), for the rule "at most one entry a region"; `twice` is the message then.
    struct RegionsSeen
    {
        const char* twice;
        std::vector<int> index = std::vector<int>(size_t(regionIds().size()), -1);
        std::vector<int> serial = std::vector<int>(size_t(regionIds().size()), 0);
    };

    // The `region` and `intensity` of a symptom or a baseline entry.
    struct RegionEntry
    {
        QString& region;
        int& intensity;
        bool hasRegion = false;
        bool hasIntensity = false;
    };

    // Reads member `name` when it is `region` or `intensity`; false for another member.
    bool readRegionMember(std::string_view name, RegionEntry& entry, int entryIndex, int serial,
                          RegionsSeen& seen)
    {
        if (name == "region"sv) {
            entry.hasRegion = true;
            const int region = readId(regionIds());
            if (region < 0)
                return true;
            entry.region = regionIds().string(region);
            if (seen.serial[size_t(region)] == serial)
                fail(QString::fromLatin1(seen.twice)
                         .arg(entry.region)
                         .arg(seen.index[size_t(region)]));
            seen.index[size_t(region)] = entryIndex;
            seen.serial[size_t(region)] = serial;
            return true;
        }
        if (name == "intensity"sv) {
            entry.hasIntensity = true;
            if (const std::optional<int> intensity = readWholeNumber(
                    limits::minIntensity, limits::maxIntensity, "a whole number 0..10"))
                entry.intensity = *intensity;
            return true;
        }
        return false;
    }

    void failMissingRegionOrIntensity(const RegionEntry& entry)
    {
        if (!entry.hasRegion)
            failMissing("region"sv, "a region id");
        if (!entry.hasIntensity)
            failMissing("intensity"sv, "a whole number 0..10");
    }

    void readBaselineEntry(int entryIndex, Session& session)
    {
        BaselineEntry entry;
        RegionEntry read{entry.region, entry.intensity};
        const bool isObject =
            readObject("a {region, intensity} object", [&](std::string_view name) {
                if (!readRegionMember(name, read, entryIndex, m_sessionSerial, m_baselineRegions))
                    skipValue();
            });
        if (!isObject)
            return;
        failMissingRegionOrIntensity(read);
        session.baseline.append(std::move(entry));
    }

    void readCheckIn(CheckIn& checkIn)
    {
        ++m_checkInSerial;
        bool hasAt = false;
        const bool isObject = readObject("a check-in object", [&](std::string_view name) {
            if (name == "at"sv) {
                hasAt = true;
                if (std::optional<Timestamp> at = readTimestamp())
                    checkIn.at = std::move(*at);
            } else if (name == "recordedAt"sv && readsVersion2()) {
                checkIn.recordedAt = readTimestamp();
            } else if (name == "impact"sv && readsVersion2()) {
                const int index = readId(impactIds());
                if (index >= 0)
                    checkIn.impact = impactIds().string(index);
            } else if (name == "reactions"sv && readsVersion2()) {
                readIdList(checkIn.reactions, reactionIds());
            } else if (name == "benefits"sv && readsVersion2()) {
                readIdList(checkIn.benefits, benefitIds());
            } else if (name == "selfCare"sv && readsVersion2()) {
                readArray("an array of {kind, helped} objects",
                          [&](int) { readSelfCare(checkIn.selfCare.emplaceBack()); });
            } else if (name == "symptoms"sv) {
                readArray("an array of symptoms", [&](int index) {
                    Symptom& symptom = checkIn.symptoms.emplaceBack();
                    readSymptom(index, symptom);
                });
            } else if (name == "redFlags"sv) {
                readIdList(checkIn.redFlags, redFlagIds());
            } else if (name == "note"sv) {
                if (std::optional<QString> text = readFreeText())
                    checkIn.note = std::move(*text);
            } else {
                skipValue();
            }
        });
        if (!isObject)
            return;
        if (!hasAt)
            failMissing("at"sv, "an RFC 3339 date-time");
        else if (checkIn.recordedAt && checkIn.recordedAt->utcMicros < checkIn.at.utcMicros)
            failAtMember("recordedAt"sv,
                         QStringLiteral("%1 is earlier than the check-in's at %2; a check-in is "
                                        "entered when or after it is felt")
                             .arg(checkIn.recordedAt->text, checkIn.at.text));
    }

    void readSelfCare(SelfCare& entry)
    {
        bool hasKind = false;
        const bool isObject = readObject("a {kind, helped} object", [&](std::string_view name) {
            if (name == "kind"sv) {
                hasKind = true;
                const int kind = readId(selfCareKindIds());
                if (kind < 0)
                    return;
                entry.kind = selfCareKindIds().string(kind);
                if (m_selfCareSeenSerial[size_t(kind)] == m_checkInSerial)
                    fail(QStringLiteral("\"%1\" is given twice").arg(entry.kind));
                m_selfCareSeenSerial[size_t(kind)] = m_checkInSerial;
            } else if (name == "helped"sv) {
                const int answer = readId(selfCareAnswerIds());
                if (answer >= 0)
                    entry.helped = selfCareAnswerIds().string(answer);
            } else {
                skipValue();
            }
        });
        if (isObject && !hasKind)
            failMissing("kind"sv, "a self-care kind id");
    }

    void readSymptom(int symptomIndex, Symptom& symptom)
    {
        RegionEntry read{symptom.region, symptom.intensity};
        const bool isObject = readObject("a symptom object", [&](std::string_view name) {
            if (readRegionMember(name, read, symptomIndex, m_checkInSerial, m_symptomRegions))
                return;
            if (name == "qualities"sv)
                readIdList(symptom.qualities, qualityIds());
            else
                skipValue();
        });
        if (isObject)
            failMissingRegionOrIntensity(read);
    }

    // Check-ins are not before the start, and no two share an instant; the first check-in
    // (in file order) that breaks either is reported.
    void checkCheckInInstants(const Session& session)
    {
        const QList<CheckIn>& checkIns = session.checkIns;
        const qsizetype count = checkIns.size();
        std::vector<int> sameInstantAs(size_t(count), -1);
        bool increasing = true;
        for (qsizetype i = 1; i < count && increasing; ++i)
            increasing = checkIns[i - 1].at.utcMicros < checkIns[i].at.utcMicros;
        if (!increasing) {
            std::vector<std::pair<qint64, int>> byInstant;
            byInstant.reserve(size_t(count));
            for (qsizetype i = 0; i < count; ++i)
                byInstant.emplace_back(checkIns[i].at.utcMicros, int(i));
            std::sort(byInstant.begin(), byInstant.end());
            for (size_t i = 1; i < byInstant.size(); ++i) {
                if (byInstant[i].first == byInstant[i - 1].first) {
                    const int first = sameInstantAs[size_t(byInstant[i - 1].second)];
                    sameInstantAs[size_t(byInstant[i].second)] =
                        first >= 0 ? first : byInstant[i - 1].second;
                }
            }
        }
        for (qsizetype i = 0; i < count; ++i) {
            const Timestamp& at = checkIns[i].at;
            if (at.utcMicros < session.start.utcMicros) {
                failAtElement("checkIns"sv, int(i), "at"sv,
                              QStringLiteral("%1 is before the session start %2")
                                  .arg(at.text, session.start.text));
                return;
            }
            if (const int other = sameInstantAs[size_t(i)]; other >= 0) {
                failAtElement("checkIns"sv, int(i), "at"sv,
                              QStringLiteral("%1 is the same instant as checkIns[%2] (%3)")
                                  .arg(at.text)
                                  .arg(other)
                                  .arg(checkIns[other].at.text));
                return;
            }
        }
    }

    // Whether the members only version 2 defines are read (not skipped as unknown).
    bool readsVersion2()
    {
        if (m_knownVersion != 0)
            return m_knownVersion >= 2;
        if (m_versionPresence == Presence::Valid)
            return m_version >= 2;
        m_readV2BeforeVersion = true;
        return true;
    }

    const int m_knownVersion;
    int m_version = 0;
    bool m_readV2BeforeVersion = false;
    const char* const m_bytes;
    JsonReader m_reader;
    std::vector<JsonPathSegment> m_path;

    Log m_log;
    bool m_rootIsObject = true;
    QString m_rootMismatch;
    Presence m_formatPresence = Presence::Missing;
    LogError m_formatError;
    Presence m_versionPresence = Presence::Missing;
    LogError m_versionError;
    bool m_sessionsSeen = false;
    std::optional<LogError> m_ruleError;

    QHash<QString, int> m_sessionIndexById;
    // Serial numbers of the check-in and session being read.
    int m_checkInSerial = 0;
    int m_sessionSerial = 0;
    RegionsSeen m_symptomRegions{"\"%1\" is already described at symptoms[%2]"};
    RegionsSeen m_baselineRegions{"\"%1\" already has a baseline at baseline[%2]"};
    std::vector<int> m_selfCareSeenSerial = std::vector<int>(size_t(selfCareKindIds().size()), 0);
};

} // namespace

LogReadResult readLog(const QByteArray& bytes)
{
    LogParser parser(bytes, 0);
    LogReadResult result = parser.read();
    if (parser.needsRereading())
        return LogParser(bytes, parser.version()).read();
    return result;
}

} // namespace aftercare::exchange
