#include "exchange/jsonreader.h"

#include <nlohmann/json.hpp>

#include <array>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>

namespace aftercare::exchange {

QString jsonPath(const std::vector<JsonPathSegment>& path)
{
    QString text;
    for (const JsonPathSegment& segment : path) {
        if (segment.index >= 0) {
            text += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
        } else {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += QString::fromUtf8(segment.name.data(), qsizetype(segment.name.size()));
        }
    }
    return text;
}

namespace {

using namespace std::string_view_literals;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Upper-case hex digits, zero-padded: hex(0xa, 4) is "000A".
QString hex(uint value, int width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

// Length of the valid UTF-8 sequence (RFC 3629) starting at `p`, or 0 when it is not one.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char lead = p[0];
    int length = 0;
    unsigned char secondMin = 0x80, secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            secondMin = 0xA0; // no overlong forms
        else if (lead == 0xED)
            secondMax = 0x9F; // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            secondMin = 0x90;
        else if (lead == 0xF4)
            secondMax = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    if (p[1] < secondMin || p[1] > secondMax)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return length;
}

// Member names seen in one object. Small objects stay on the stack.
class MemberNames
{
public:
    // False when `name` was already there.
    bool insert(std::string_view name)
    {
        if (m_overflow)
            return m_overflow->insert(name).second;
        for (size_t i = 0; i < m_count; ++i) {
            if (m_inline[i] == name)
                return false;
        }
        if (m_count < m_inline.size()) {
            m_inline[m_count++] = name;
            return true;
        }
        m_overflow = std::make_unique<std::unordered_set<std::string_view>>(m_inline.begin(),
                                                                            m_inline.end());
        return m_overflow->insert(name).second;
    }

private:
    std::array<std::string_view, 16> m_inline;
    size_t m_count = 0;
    std::unique_ptr<std::unordered_set<std::string_view>> m_overflow;
};

// An object or array being read.
struct Frame
{
    bool isObject = false;
    bool hasKey = false;  // an object between a member's name and the end of its value
    std::string_view key; // that name
    int count = 0;        // members or elements read whole
    MemberNames names;
};

// Thrown by the diagnosis when it has found the fault.
struct Fault
{
    const char* at;
    QString what;
    bool inSlot; // the path includes the value being read (the member's name, the index)
};

constexpr size_t chunkSize = 4096; // events handed over at a time

// Where a reading puts what it finds.
struct Output
{
    virtual ~Output() = default;
    // Takes the events of `chunk` and leaves it empty; false when they are no longer wanted.
    virtual bool take(std::vector<JsonEvent>& chunk) = 0;

    std::deque<std::string> decoded; // the texts of names and strings that had escapes
    std::optional<JsonSyntaxError> error;
};

// Receives nlohmann-json's SAX events and records them; keeps where each token is, the
// objects and arrays open, and the first fault found.
class Recorder
{
public:
    Recorder(QByteArrayView bytes, const char* contentBegin, int maxDepth, Output& out, size_t skip)
        : m_begin(bytes.data())
        , m_end(bytes.data() + bytes.size())
        , m_contentBegin(contentBegin)
        , m_maxDepth(maxDepth)
        , m_out(out)
        , m_lastEnd(contentBegin)
        , m_skip(skip)
    {
        m_frames.reserve(size_t(maxDepth) + 1);
        m_chunk.reserve(chunkSize);
    }

    // ---- nlohmann-json's SAX interface -----------------------------------------------

    bool null() { return token(JsonKind::Null, 4); }
    bool boolean(bool value)
    {
        return value ? token(JsonKind::True, 4) : token(JsonKind::False, 5);
    }
    bool number_integer(std::int64_t) { return number(); }
    bool number_unsigned(std::uint64_t) { return number(); }
    bool number_float(double, const std::string&) { return number(); }
    bool string(std::string& text)
    {
        const char* begin = tokenBegin();
        const char* end = stringEnd(begin);
        return record(JsonKind::String, begin, lasting(text, begin, end), end) && valueDone();
    }
    bool binary(nlohmann::json::binary_t&) { return true; } // not in JSON text
    bool start_object(std::size_t) { return open(JsonKind::BeginObject); }
    bool start_array(std::size_t) { return open(JsonKind::BeginArray); }
    bool end_object() { return close(JsonKind::EndObject); }
    bool end_array() { return close(JsonKind::EndArray); }
    bool key(std::string& text)
    {
        const char* begin = tokenBegin();
        const char* end = stringEnd(begin);
        const std::string_view name = lasting(text, begin, end);
        Frame& frame = m_frames.back();
        frame.hasKey = true;
        frame.key = name;
        if (!frame.names.insert(name)) {
            return fail({begin,
                         QStringLiteral("duplicate member name \"%1\" in one object")
                             .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))),
                         true});
        }
        return record(JsonKind::Key, begin, name, end);
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error)
    {
        // 406: a number too large for a double; JSON allows it (see readJsonEvents).
        if (error.id == 406)
            m_overflowAt = tokenBegin();
        else
            diagnose();
        return false;
    }

    // ---- results ----------------------------------------------------------------------

    const char* overflowAt() const { return m_overflowAt; }
    // The events handed over so far.
    size_t delivered() const { return m_delivered; }

    // Hands over the events not yet handed over and, last, an End event where the reading
    // stopped.
    void finish()
    {
        const qsizetype at = m_out.error ? m_out.error->offset : m_end - m_begin;
        m_chunk.push_back({{}, at, at, JsonKind::End});
        m_out.take(m_chunk);
    }

    // Records `fault` as the error unless one was found before; returns false.
    bool fail(const Fault& fault)
    {
        if (m_out.error)
            return false;
        std::vector<JsonPathSegment> path;
        for (size_t i = 0; i < m_frames.size(); ++i) {
            const Frame& frame = m_frames[i];
            const bool last = i + 1 == m_frames.size();
            if (frame.isObject && frame.hasKey)
                path.push_back({frame.key});
            else if (!frame.isObject && (!last || fault.inSlot))
                path.push_back({{}, frame.count});
        }
        JsonSyntaxError error;
        error.offset = fault.at - m_begin;
        for (const char* c = m_contentBegin; c < fault.at && c < m_end; ++c) {
            if (*c == '\n') {
                ++error.line;
                error.column = 1;
            } else if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80) {
                ++error.column; // counts characters, not the continuation bytes of UTF-8
            }
        }
        error.path = jsonPath(path);
        error.message = fault.what;
        m_out.error = std::move(error);
        return false;
    }

private:
    // ---- events -----------------------------------------------------------------------

    // The byte after the string or name that starts at `begin` (the lexer has checked it).
    static const char* stringEnd(const char* begin)
    {
        const char* at = begin + 1;
        while (*at != '"')
            at += *at == '\\' ? 2 : 1;
        return at + 1;
    }

    // The first byte of the token just read: the lexer has passed the whitespace and
    // separators since the last one.
    const char* tokenBegin() const
    {
        const char* at = m_lastEnd;
        while (at < m_end && (isWhitespace(*at) || *at == ',' || *at == ':'))
            ++at;
        return at;
    }

    // A name or string that stays valid: a view into the bytes when it had no escapes
    // (each escape is longer than what it stands for).
    std::string_view lasting(const std::string& text, const char* begin, const char* end)
    {
        if (qsizetype(text.size()) == (end - begin) - 2)
            return {begin + 1, text.size()};
        return m_out.decoded.emplace_back(text);
    }

    // False when the events are no longer wanted.
    bool record(JsonKind kind, const char* begin, std::string_view text, const char* end)
    {
        m_lastEnd = end;
        if (m_skip > 0) { // handed over by an earlier reading of the same bytes
            --m_skip;
            ++m_delivered;
            return true;
        }
        m_chunk.push_back({text, begin - m_begin, end - m_begin, kind});
        if (m_chunk.size() < chunkSize)
            return true;
        m_delivered += m_chunk.size();
        return m_out.take(m_chunk);
    }

    bool token(JsonKind kind, int length)
    {
        const char* begin = tokenBegin();
        return record(kind, begin, {}, begin + length) && valueDone();
    }

    bool number()
    {
        const char* begin = tokenBegin();
        // The number as the grammar reads it: nlohmann-json reads "01" as 0, then 1.
        const char* end = *begin == '-' ? begin + 1 : begin;
        const auto digits = [&] {
            while (end < m_end && isDigit(*end))
                ++end;
        };
        if (*end == '0')
            ++end;
        else
            digits();
        if (end < m_end && isDigit(*end))
            return fail(
                {begin, QStringLiteral("leading zeros are not allowed in JSON numbers"), true});
        if (end < m_end && *end == '.') {
            ++end;
            digits();
        }
        if (end < m_end && (*end == 'e' || *end == 'E')) {
            ++end;
            if (*end == '+' || *end == '-')
                ++end;
            digits();
        }
        return record(JsonKind::Number, begin, {begin, size_t(end - begin)}, end) && valueDone();
    }

    bool open(JsonKind kind)
    {
        const char* begin = tokenBegin();
        if (int(m_frames.size()) >= m_maxDepth)
            return fail(
                {begin,
                 QStringLiteral("values are nested more than %1 levels deep").arg(m_maxDepth),
                 true});
        m_frames.emplace_back().isObject = kind == JsonKind::BeginObject;
        return record(kind, begin, {}, begin + 1);
    }

    bool close(JsonKind kind)
    {
        m_frames.pop_back();
        const char* begin = tokenBegin();
        return record(kind, begin, {}, begin + 1) && valueDone();
    }

    bool valueDone()
    {
        if (m_frames.empty()) {
            m_rootDone = true;
        } else {
            Frame& frame = m_frames.back();
            frame.hasKey = false;
            ++frame.count;
        }
        return true;
    }

    // ---- faults -----------------------------------------------------------------------

    // nlohmann-json found a fault after the last event: reads that stretch again the way
    // RFC 8259 describes it to name the fault and its place.
    void diagnose()
    {
        p_ = m_lastEnd;
        try {
            diagnoseAfterLastEvent();
        } catch (const Fault& fault) {
            fail(fault);
            return;
        }
        // Not expected: nlohmann-json refused what these rules accept.
        fail({m_lastEnd, QStringLiteral("this is not valid JSON"), true});
    }

    [[noreturn]] void fault(const char* at, const QString& what, bool inSlot = true) const
    {
        throw Fault{at, what, inSlot};
    }

    void skipWhitespace()
    {
        while (p_ < m_end && isWhitespace(*p_))
            ++p_;
    }

    // "//" or "/*" at `at`.
    bool startsComment(const char* at) const
    {
        return at + 1 < m_end && at[0] == '/' && (at[1] == '/' || at[1] == '*');
    }
    static QString noComments() { return QStringLiteral("comments are not allowed in JSON"); }

    QString describeByteAt(const char* at) const
    {
        if (at >= m_end)
            return QStringLiteral("the end of the file");
        const auto byte = static_cast<unsigned char>(*at);
        if (startsComment(at))
            return QStringLiteral("a comment (%1)").arg(noComments());
        if (byte >= 0x20 && byte < 0x7F)
            return QStringLiteral("'%1'").arg(QLatin1Char(char(byte)));
        return QStringLiteral("byte 0x%1").arg(hex(byte, 2));
    }

    void diagnoseAfterLastEvent()
    {
        skipWhitespace();
        if (m_frames.empty()) {
            if (m_rootDone)
                fault(p_, QStringLiteral("found %1 after the end of the JSON value")
                              .arg(describeByteAt(p_)));
            return diagnoseValue();
        }
        Frame& frame = m_frames.back();
        if (frame.isObject) {
            if (frame.hasKey) {
                if (p_ >= m_end || *p_ != ':')
                    fault(p_, QStringLiteral("expected ':' after the member name, found %1")
                                  .arg(describeByteAt(p_)));
                ++p_;
                skipWhitespace();
                return diagnoseValue();
            }
            if (frame.count > 0)
                afterItem('}', QStringLiteral("the file ends inside an object"),
                          QStringLiteral("expected ',' or '}' after a member, found %1"));
            return diagnoseMemberName();
        }
        if (frame.count > 0)
            afterItem(']', QStringLiteral("the file ends inside an array"),
                      QStringLiteral("expected ',' or ']' after an element, found %1"));
        diagnoseValue();
    }

    // After a member or an element: only a comma may come before the next one.
    void afterItem(char close, const QString& endsInside, const QString& expected)
    {
        if (p_ < m_end && *p_ == ',') {
            ++p_;
            skipWhitespace();
            if (p_ < m_end && *p_ == close)
                fault(p_, QStringLiteral("trailing comma before '%1'").arg(QLatin1Char(close)),
                      false);
            return;
        }
        if (p_ >= m_end)
            fault(p_, endsInside, false);
        fault(p_, expected.arg(describeByteAt(p_)), false);
    }

    void diagnoseMemberName()
    {
        if (p_ >= m_end)
            fault(p_, QStringLiteral("the file ends inside an object"), false);
        if (*p_ == '\'')
            fault(p_, QStringLiteral("single quotes are not JSON; use double quotes"), false);
        if (startsComment(p_))
            fault(p_, noComments(), false);
        if (*p_ != '"')
            fault(p_,
                  QStringLiteral("expected a member name in double quotes, found %1")
                      .arg(describeByteAt(p_)),
                  false);
        diagnoseString(false);
    }

    QString expectedAValue() const
    {
        return QStringLiteral("expected a value, found %1").arg(describeByteAt(p_));
    }

    void expectLiteral(std::string_view literal)
    {
        if (size_t(m_end - p_) < literal.size() || std::string_view(p_, literal.size()) != literal)
            fault(p_, QStringLiteral("expected a value (true, false and null are written in "
                                     "lower case), found %1")
                          .arg(describeByteAt(p_)));
    }

    void diagnoseValue()
    {
        if (p_ >= m_end)
            fault(p_, QStringLiteral("the file ends where a value is expected"));
        switch (*p_) {
        case '"':
            return diagnoseString(true);
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            return diagnoseNumber();
        case 't':
            return expectLiteral("true"sv);
        case 'f':
            return expectLiteral("false"sv);
        case 'n':
            return expectLiteral("null"sv);
        case '\'':
            fault(p_, QStringLiteral("single quotes are not JSON; use double quotes"));
        case '/':
            fault(p_, startsComment(p_) ? noComments() : expectedAValue());
        case 'N':
        case 'I':
            fault(p_, QStringLiteral("NaN and Infinity are not JSON numbers"));
        case '+':
            fault(p_, QStringLiteral("a JSON number cannot start with '+'"));
        case '.':
            fault(p_, QStringLiteral("a JSON number must start with a digit"));
        default:
            fault(p_, expectedAValue());
        }
    }

    bool digitAt(const char* at) const { return at < m_end && isDigit(*at); }

    void diagnoseNumber()
    {
        const char* start = p_;
        if (*p_ == '-') {
            ++p_;
            if (p_ < m_end && (*p_ == 'I' || *p_ == 'N'))
                fault(start, QStringLiteral("NaN and Infinity are not JSON numbers"));
            if (!digitAt(p_))
                fault(p_, QStringLiteral("a digit must follow '-'"));
        }
        if (*p_ == '0') {
            ++p_;
            if (digitAt(p_))
                fault(start, QStringLiteral("leading zeros are not allowed in JSON numbers"));
        } else {
            while (digitAt(p_))
                ++p_;
        }
        if (p_ < m_end && *p_ == '.') {
            ++p_;
            if (!digitAt(p_))
                fault(p_, QStringLiteral("a digit must follow the decimal point"));
            while (digitAt(p_))
                ++p_;
        }
        if (p_ < m_end && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (p_ < m_end && (*p_ == '+' || *p_ == '-'))
                ++p_;
            if (!digitAt(p_))
                fault(p_, QStringLiteral("a digit must follow the exponent"));
        }
    }

    unsigned readHexQuad(const char* escapeStart)
    {
        unsigned value = 0;
        for (int i = 0; i < 4; ++i, ++p_) {
            const char c = p_ < m_end ? *p_ : 0;
            const char lower = char(c | 0x20);
            const bool letter = c >= 'A' && lower >= 'a' && lower <= 'f';
            if (!isDigit(c) && !letter)
                fault(escapeStart, QStringLiteral("\\u must be followed by four hex digits"));
            value = value * 16 + unsigned(letter ? lower - 'a' + 10 : c - '0');
        }
        return value;
    }

    // p_ is on the backslash.
    void diagnoseEscape(bool inSlot)
    {
        const char* escapeStart = p_;
        ++p_;
        if (p_ >= m_end)
            fault(escapeStart, QStringLiteral("the file ends inside a string"), inSlot);
        const char kind = *p_++;
        if (kind != 'u') {
            if (std::string_view("\"\\/bfnrt").find(kind) == std::string_view::npos)
                fault(escapeStart,
                      QStringLiteral("invalid escape \\%1 in a string").arg(describeByteAt(p_ - 1)),
                      inSlot);
            return;
        }
        const unsigned unit = readHexQuad(escapeStart);
        const auto loneSurrogate = [&] {
            fault(escapeStart, QStringLiteral("lone surrogate \\u%1 in a string").arg(hex(unit, 4)),
                  inSlot);
        };
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            loneSurrogate();
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (m_end - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
                loneSurrogate();
            const char* lowStart = p_;
            p_ += 2;
            const unsigned low = readHexQuad(lowStart);
            if (low < 0xDC00 || low > 0xDFFF)
                loneSurrogate();
        }
    }

    // p_ is on the opening quote of a value (inSlot) or a member name.
    void diagnoseString(bool inSlot)
    {
        const char* open = p_++;
        for (;;) {
            if (p_ >= m_end)
                fault(open, QStringLiteral("the string starting here is never closed"), inSlot);
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"')
                return;
            if (c == '\\') {
                diagnoseEscape(inSlot);
            } else if (c < 0x20) {
                fault(p_,
                      QStringLiteral("control character U+%1 must be escaped in a string")
                          .arg(hex(c, 4)),
                      inSlot);
            } else if (c < 0x80) {
                ++p_;
            } else {
                const int length =
                    utf8SequenceLength(reinterpret_cast<const unsigned char*>(p_),
                                       reinterpret_cast<const unsigned char*>(m_end));
                if (length == 0)
                    fault(p_, QStringLiteral("invalid UTF-8 (byte 0x%1)").arg(hex(c, 2)), inSlot);
                p_ += length;
            }
        }
    }

    const char* const m_begin;
    const char* const m_end;
    const char* const m_contentBegin;
    const int m_maxDepth;
    Output& m_out;
    const char* m_lastEnd;
    std::vector<Frame> m_frames;
    bool m_rootDone = false;
    const char* m_overflowAt = nullptr;
    size_t m_skip;
    size_t m_delivered = 0;
    std::vector<JsonEvent> m_chunk;
    const char* p_ = nullptr; // the diagnosis' reading position
};

// Numbers from `from` on whose size is beyond a double's range turned into zeros of the same
// length ("1e999" into "0e000"), outside strings: nlohmann-json refuses them, JSON does not.
void defuseHugeNumbers(QByteArray& bytes, qsizetype from)
{
    char* p = bytes.data() + from;
    char* const end = bytes.data() + bytes.size();
    while (p < end) {
        if (*p == '"') {
            for (++p; p < end && *p != '"'; ++p) {
                if (*p == '\\')
                    ++p;
            }
            ++p;
            continue;
        }
        if (!isDigit(*p) && *p != '-') {
            ++p;
            continue;
        }
        char* const start = p;
        if (*p == '-')
            ++p;
        qint64 magnitude = 0; // digits before the point (after leading zeros) + exponent
        bool leading = true;
        for (; p < end && isDigit(*p); ++p) {
            leading = leading && *p == '0';
            if (!leading)
                ++magnitude;
        }
        while (p < end && (isDigit(*p) || *p == '.'))
            ++p;
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            const bool negative = p < end && *p == '-';
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            qint64 exponent = 0;
            for (; p < end && isDigit(*p); ++p)
                exponent = std::min<qint64>(exponent * 10 + (*p - '0'), 1000000);
            magnitude += negative ? -exponent : exponent;
        }
        if (magnitude > 300 && p - start >= 3) {
            std::fill(start, p, '0');
            start[1] = 'e'; // "0e000": nothing that follows can extend it
        }
    }
}

// Reads `bytes` whole into `out`, the End event last.
void readAll(QByteArrayView bytes, int maxDepth, Output& out)
{
    const char* const begin = bytes.data();
    const char* const end = begin + bytes.size();
    const char* contentBegin = begin;
    if (bytes.size() >= 3 && std::string_view(begin, 3) == "\xEF\xBB\xBF"sv)
        contentBegin += 3;

    QByteArray defused; // the bytes parsed when they hold numbers beyond a double's range
    size_t delivered = 0;
    for (;;) {
        const char* parsed = defused.isNull() ? begin : defused.constData();
        Recorder recorder(bytes, contentBegin, maxDepth, out, delivered);
        const char* firstToken = contentBegin;
        while (firstToken < end && isWhitespace(*firstToken))
            ++firstToken;
        if (end - contentBegin >= 2 && (std::string_view(contentBegin, 2) == "\xFF\xFE"sv ||
                                        std::string_view(contentBegin, 2) == "\xFE\xFF"sv)) {
            recorder.fail(
                {contentBegin, QStringLiteral("the file is UTF-16; a log must be UTF-8"), true});
        } else if (firstToken == end) {
            recorder.fail({firstToken, QStringLiteral("the file is empty"), true});
        } else {
            nlohmann::json::sax_parse(parsed, parsed + bytes.size(), &recorder,
                                      nlohmann::json::input_format_t::json, true, false);
        }
        if (!out.error && recorder.overflowAt() && defused.isNull()) {
            // Read again from the start, the numbers defused; what was handed over stays.
            delivered = recorder.delivered();
            defused = bytes.toByteArray();
            defuseHugeNumbers(defused, recorder.overflowAt() - begin);
            continue;
        }
        if (!out.error && recorder.overflowAt()) // not expected: every such number was defused
            recorder.fail(
                {recorder.overflowAt(), QStringLiteral("this number is too large"), true});
        recorder.finish();
        return;
    }
}

// Collects every event in one list.
struct Collector : Output
{
    bool take(std::vector<JsonEvent>& chunk) override
    {
        events.insert(events.end(), chunk.begin(), chunk.end());
        chunk.clear();
        return true;
    }
    std::vector<JsonEvent> events;
};

constexpr size_t maxChunksWaiting = 4;

} // namespace

JsonEvents readJsonEvents(QByteArrayView bytes, int maxDepth)
{
    Collector collector;
    readAll(bytes, maxDepth, collector);
    collector.events.pop_back(); // End
    return {std::move(collector.events), std::move(collector.error), std::move(collector.decoded)};
}

// What the reading thread and the reader share.
struct JsonReader::Shared : Output
{
    bool take(std::vector<JsonEvent>& chunk) override
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return stop || filled.size() < maxChunksWaiting; });
        if (stop)
            return false;
        filled.push_back(std::move(chunk));
        if (spare.empty()) {
            chunk = {};
        } else {
            chunk = std::move(spare.back());
            spare.pop_back();
        }
        chunk.reserve(chunkSize);
        changed.notify_all();
        return true;
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<JsonEvent>> filled; // handed over, not yet read
    std::vector<std::vector<JsonEvent>> spare; // read, for the next chunks
    std::vector<JsonEvent> reading;            // the chunk the reader is in
    bool stop = false;
    std::thread thread;
};

JsonReader::JsonReader(QByteArrayView bytes, int maxDepth)
    : m_shared(std::make_unique<Shared>())
{
    m_shared->thread =
        std::thread([this, bytes, maxDepth] { readAll(bytes, maxDepth, *m_shared); });
    nextChunk();
}

JsonReader::~JsonReader()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stop = true;
    }
    m_shared->changed.notify_all();
    m_shared->thread.join();
}

const std::optional<JsonSyntaxError>& JsonReader::error() const
{
    return m_shared->error;
}

void JsonReader::nextChunk()
{
    Shared& shared = *m_shared;
    std::unique_lock lock(shared.mutex);
    if (!shared.reading.empty() && shared.reading.back().kind == JsonKind::End) {
        m_at = &shared.reading.back(); // stays at the end
        m_chunkEnd = m_at + 1;
        return;
    }
    shared.changed.wait(lock, [&] { return !shared.filled.empty(); });
    shared.reading.clear();
    shared.spare.push_back(std::move(shared.reading));
    shared.reading = std::move(shared.filled.front());
    shared.filled.pop_front();
    shared.changed.notify_all();
    m_at = shared.reading.data();
    m_chunkEnd = m_at + shared.reading.size();
}

} // namespace aftercare::exchange
