#include "exchange/logreader.h"

#include <QStringDecoder>

#include "model/vocabulary.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
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
            ids_.emplace_back(term.id);
            strings_.push_back(QString::fromLatin1(term.id));
        }
    }

    // The index of `id`, or -1 when the vocabulary does not know it.
    int find(std::string_view id) const
    {
        for (size_t i = 0; i < ids_.size(); ++i) {
            if (ids_[i] == id)
                return int(i);
        }
        return -1;
    }
    const QString& string(int index) const { return strings_[size_t(index)]; }
    int size() const { return int(ids_.size()); }

    const char* const kind;
    const char* const expectedOne;
    const char* const expectedArray;

private:
    std::vector<std::string> ids_;
    std::vector<QString> strings_;
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

enum class ValueKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null
};

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

void appendUtf8(std::string& out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(char(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(char(0xC0 | (codePoint >> 6)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(char(0xE0 | (codePoint >> 12)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (codePoint >> 18)));
        out.push_back(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    }
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

// Upper-case hex digits, zero-padded: hex(0xa, 4) is "000A".
QString hex(uint value, int width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

// Thrown when the bytes are not strict JSON; reading stops there.
struct SyntaxError
{
    const char* at;
    QString path;
    QString what;
};

// Member names seen in one object. Small objects stay on the stack.
class MemberNames
{
public:
    // False when `name` was already there.
    bool insert(std::string_view name)
    {
        if (overflow_)
            return overflow_->insert(name).second;
        for (size_t i = 0; i < count_; ++i) {
            if (inline_[i] == name)
                return false;
        }
        if (count_ < inline_.size()) {
            inline_[count_++] = name;
            return true;
        }
        overflow_ =
            std::make_unique<std::unordered_set<std::string_view>>(inline_.begin(), inline_.end());
        return overflow_->insert(name).second;
    }

private:
    std::array<std::string_view, 16> inline_;
    size_t count_ = 0;
    std::unique_ptr<std::unordered_set<std::string_view>> overflow_;
};

// A decoded JSON string: a view into the input when it has no escapes, into a scratch
// buffer otherwise (valid until the next string is read).
struct StringValue
{
    std::string_view utf8;
    qsizetype codePoints = 0;
    bool escaped = false; // utf8 points into the scratch buffer
};

// One pass over the bytes: strict JSON checked and the log rules applied as values go by.
// The members only version 2 defines are read by its rules, or skipped as unknown members
// in a version-1 file; a file whose sessions come before its version is read as version 2
// and, when it turns out to be version 1, read again knowing it (readLog).
// Syntax errors stop the reading at once; the first rule broken is remembered while the
// rest is still checked for syntax, because a broken file is reported before broken content,
// and `format` and `version` are reported before every other rule.
class LogParser
{
public:
    // `knownVersion`: the file's version when an earlier reading found it, else 0.
    LogParser(const QByteArray& bytes, int knownVersion)
        : knownVersion_(knownVersion)
        , p_(bytes.constData())
        , end_(bytes.constData() + bytes.size())
        , regionSeenInCheckIn_(size_t(regionIds().size()), -1)
        , regionSeenInBaseline_(size_t(regionIds().size()), -1)
    {
        path_.reserve(maxNestingDepth + 8);
    }

    LogReadResult read()
    {
        LogReadResult result;
        try {
            readDocument();
        } catch (const SyntaxError& error) {
            result.error = {error.path,
                            QStringLiteral("%1: %2").arg(lineAndColumn(error.at), error.what)};
            return result;
        }
        if (const std::optional<LogError> error = firstError()) {
            result.error = *error;
            return result;
        }
        result.log = std::move(log_);
        return result;
    }

    // True when values were read by the version-2 rules before the version was known, and
    // the version is another one: the reading must be done again knowing it.
    bool needsRereading() const
    {
        return readV2BeforeVersion_ && versionPresence_ == Presence::Valid && version_ != 2;
    }
    int version() const { return version_; }

private:
    struct PathSegment
    {
        std::string_view name; // a member name, when index < 0
        int index = -1;        // an array element
    };

    enum class Presence
    {
        Missing,
        Valid,
        Invalid
    };

    // ---- errors -------------------------------------------------------------------------

    QString currentPath() const
    {
        QString text;
        for (const PathSegment& segment : path_) {
            if (segment.index >= 0) {
                text += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
            } else {
                if (!text.isEmpty())
                    text += QLatin1Char('.');
                text += fromUtf8(segment.name);
            }
        }
        return text;
    }

    QString lineAndColumn(const char* at) const
    {
        int line = 1;
        int column = 1;
        for (const char* c = contentBegin_; c < at && c < end_; ++c) {
            if (*c == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80) {
                ++column; // counts characters, not the continuation bytes of UTF-8
            }
        }
        return QStringLiteral("line %1, column %2").arg(line).arg(column);
    }

    [[noreturn]] void syntaxError(const char* at, const QString& what) const
    {
        throw SyntaxError{at, currentPath(), what};
    }

    bool hasRuleError() const { return ruleError_.has_value(); }

    // Remembers a broken rule at the current path unless an earlier one was found.
    void fail(const QString& message)
    {
        if (!ruleError_)
            ruleError_ = LogError{currentPath(), message};
    }

    void failAtMember(std::string_view member, const QString& message)
    {
        if (ruleError_)
            return;
        path_.push_back({member});
        fail(message);
        path_.pop_back();
    }

    void failAtElement(std::string_view arrayMember, int index, std::string_view member,
                       const QString& message)
    {
        if (ruleError_)
            return;
        path_.push_back({arrayMember});
        path_.push_back({{}, index});
        path_.push_back({member});
        fail(message);
        path_.resize(path_.size() - 3);
    }

    void failMissing(std::string_view member, const char* expected)
    {
        failAtMember(
            member,
            QStringLiteral("required member is missing; expected %1").arg(QLatin1String(expected)));
    }

    std::optional<LogError> firstError() const
    {
        if (!rootIsObject_)
            return LogError{{}, rootMismatch_};
        if (formatPresence_ == Presence::Missing)
            return LogError{QStringLiteral("format"),
                            QStringLiteral("required member is missing; expected \"%1\"")
                                .arg(fromUtf8(expectedFormat))};
        if (formatPresence_ == Presence::Invalid)
            return formatError_;
        if (versionPresence_ == Presence::Missing)
            return LogError{QStringLiteral("version"),
                            QStringLiteral("required member is missing; expected %1 or %2")
                                .arg(firstVersion)
                                .arg(latestVersion)};
        if (versionPresence_ == Presence::Invalid)
            return versionError_;
        if (ruleError_)
            return ruleError_;
        if (!sessionsSeen_)
            return LogError{QStringLiteral("sessions"),
                            QStringLiteral("required member is missing; expected an array of "
                                           "sessions (it may be empty)")};
        return std::nullopt;
    }

    // ---- JSON syntax --------------------------------------------------------------------

    void skipWhitespace()
    {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t'))
            ++p_;
    }

    // "//" or "/*" at `at`.
    bool startsComment(const char* at) const
    {
        return at + 1 < end_ && at[0] == '/' && (at[1] == '/' || at[1] == '*');
    }
    static QString noComments() { return QStringLiteral("comments are not allowed in JSON"); }

    QString describeByteAt(const char* at) const
    {
        if (at >= end_)
            return QStringLiteral("the end of the file");
        const auto byte = static_cast<unsigned char>(*at);
        if (startsComment(at))
            return QStringLiteral("a comment (%1)").arg(noComments());
        if (byte >= 0x20 && byte < 0x7F)
            return QStringLiteral("'%1'").arg(QLatin1Char(char(byte)));
        return QStringLiteral("byte 0x%1").arg(hex(byte, 2));
    }

    // What starts at p_ (whitespace already skipped); a syntax error when no value can.
    ValueKind peekValue()
    {
        if (p_ >= end_)
            syntaxError(p_, QStringLiteral("the file ends where a value is expected"));
        switch (*p_) {
        case '{':
            return ValueKind::Object;
        case '[':
            return ValueKind::Array;
        case '"':
            return ValueKind::String;
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
            return ValueKind::Number;
        case 't':
            expectLiteral("true"sv);
            return ValueKind::True;
        case 'f':
            expectLiteral("false"sv);
            return ValueKind::False;
        case 'n':
            expectLiteral("null"sv);
            return ValueKind::Null;
        case '\'':
            syntaxError(p_, QStringLiteral("single quotes are not JSON; use double quotes"));
        case '/':
            syntaxError(p_, startsComment(p_) ? noComments() : expectedAValue());
        case 'N':
        case 'I':
            syntaxError(p_, QStringLiteral("NaN and Infinity are not JSON numbers"));
        case '+':
            syntaxError(p_, QStringLiteral("a JSON number cannot start with '+'"));
        case '.':
            syntaxError(p_, QStringLiteral("a JSON number must start with a digit"));
        default:
            syntaxError(p_, expectedAValue());
        }
    }

    QString expectedAValue() const
    {
        return QStringLiteral("expected a value, found %1").arg(describeByteAt(p_));
    }

    void expectLiteral(std::string_view literal)
    {
        if (size_t(end_ - p_) < literal.size() || std::string_view(p_, literal.size()) != literal)
            syntaxError(p_, QStringLiteral("expected a value (true, false and null are written "
                                           "in lower case), found %1")
                                .arg(describeByteAt(p_)));
    }

    void enterContainer()
    {
        if (++depth_ > maxNestingDepth)
            syntaxError(
                p_,
                QStringLiteral("values are nested more than %1 levels deep").arg(maxNestingDepth));
    }

    // Calls onMember(name) with p_ on each member's value; onMember consumes exactly that value.
    template <typename OnMember> void parseObject(OnMember&& onMember)
    {
        enterContainer();
        ++p_; // '{'
        skipWhitespace();
        MemberNames names;
        if (p_ < end_ && *p_ == '}') {
            ++p_;
            --depth_;
            return;
        }
        for (;;) {
            if (p_ >= end_)
                syntaxError(p_, QStringLiteral("the file ends inside an object"));
            if (*p_ != '"') {
                if (*p_ == '\'')
                    syntaxError(p_, QStringLiteral("single quotes are not JSON; use double "
                                                   "quotes"));
                if (startsComment(p_))
                    syntaxError(p_, noComments());
                syntaxError(p_, QStringLiteral("expected a member name in double quotes, found %1")
                                    .arg(describeByteAt(p_)));
            }
            const char* nameStart = p_;
            const std::string_view name = parseMemberName();
            path_.push_back({name});
            if (!names.insert(name))
                syntaxError(nameStart, QStringLiteral("duplicate member name \"%1\" in one object")
                                           .arg(fromUtf8(name)));
            skipWhitespace();
            if (p_ >= end_ || *p_ != ':')
                syntaxError(p_, QStringLiteral("expected ':' after the member name, found %1")
                                    .arg(describeByteAt(p_)));
            ++p_;
            skipWhitespace();
            onMember(name);
            path_.pop_back();
            skipWhitespace();
            if (p_ < end_ && *p_ == ',') {
                ++p_;
                skipWhitespace();
                if (p_ < end_ && *p_ == '}')
                    syntaxError(p_, QStringLiteral("trailing comma before '}'"));
                continue;
            }
            if (p_ < end_ && *p_ == '}') {
                ++p_;
                break;
            }
            if (p_ >= end_)
                syntaxError(p_, QStringLiteral("the file ends inside an object"));
            syntaxError(p_, QStringLiteral("expected ',' or '}' after a member, found %1")
                                .arg(describeByteAt(p_)));
        }
        --depth_;
    }

    // Calls onElement(index) with p_ on each element; onElement consumes exactly that value.
    template <typename OnElement> void parseArray(OnElement&& onElement)
    {
        enterContainer();
        ++p_; // '['
        skipWhitespace();
        if (p_ < end_ && *p_ == ']') {
            ++p_;
            --depth_;
            return;
        }
        for (int index = 0;; ++index) {
            path_.push_back({{}, index});
            onElement(index);
            path_.pop_back();
            skipWhitespace();
            if (p_ < end_ && *p_ == ',') {
                ++p_;
                skipWhitespace();
                if (p_ < end_ && *p_ == ']')
                    syntaxError(p_, QStringLiteral("trailing comma before ']'"));
                continue;
            }
            if (p_ < end_ && *p_ == ']') {
                ++p_;
                break;
            }
            if (p_ >= end_)
                syntaxError(p_, QStringLiteral("the file ends inside an array"));
            syntaxError(p_, QStringLiteral("expected ',' or ']' after an element, found %1")
                                .arg(describeByteAt(p_)));
        }
        --depth_;
    }

    // A member name that stays valid for the whole reading.
    std::string_view parseMemberName()
    {
        const StringValue name = parseString();
        if (!name.escaped)
            return name.utf8;
        return escapedNames_.emplace_back(name.utf8);
    }

    unsigned readHexQuad(const char* escapeStart)
    {
        if (end_ - p_ < 4)
            syntaxError(escapeStart, QStringLiteral("\\u must be followed by four hex digits"));
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = p_[i];
            unsigned digit = 0;
            if (c >= '0' && c <= '9')
                digit = unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                digit = unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                digit = unsigned(c - 'A' + 10);
            else
                syntaxError(escapeStart, QStringLiteral("\\u must be followed by four hex digits"));
            value = value * 16 + digit;
        }
        p_ += 4;
        return value;
    }

    // p_ is on the backslash; appends the decoded character to scratch_.
    void parseEscape()
    {
        const char* escapeStart = p_;
        ++p_;
        if (p_ >= end_)
            syntaxError(escapeStart, QStringLiteral("the file ends inside a string"));
        const char kind = *p_++;
        switch (kind) {
        case '"':
        case '\\':
        case '/':
            scratch_.push_back(kind);
            return;
        case 'b':
            scratch_.push_back('\b');
            return;
        case 'f':
            scratch_.push_back('\f');
            return;
        case 'n':
            scratch_.push_back('\n');
            return;
        case 'r':
            scratch_.push_back('\r');
            return;
        case 't':
            scratch_.push_back('\t');
            return;
        case 'u':
            break;
        default:
            syntaxError(
                escapeStart,
                QStringLiteral("invalid escape \\%1 in a string").arg(describeByteAt(p_ - 1)));
        }
        const unsigned unit = readHexQuad(escapeStart);
        const auto loneSurrogate = [&](unsigned value) {
            syntaxError(escapeStart,
                        QStringLiteral("lone surrogate \\u%1 in a string").arg(hex(value, 4)));
        };
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            loneSurrogate(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
                loneSurrogate(unit);
            const char* lowStart = p_;
            p_ += 2;
            const unsigned low = readHexQuad(lowStart);
            if (low < 0xDC00 || low > 0xDFFF)
                loneSurrogate(unit);
            appendUtf8(scratch_, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (low - 0xDC00));
            return;
        }
        appendUtf8(scratch_, unit);
    }

    // p_ is on the opening quote.
    StringValue parseString()
    {
        const char* open = p_;
        const char* runStart = ++p_;
        bool escaped = false;
        qsizetype codePoints = 0;
        for (;;) {
            // Plain ASCII goes by in this tight loop.
            while (p_ < end_) {
                const auto c = static_cast<unsigned char>(*p_);
                if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
                    break;
                ++p_;
            }
            codePoints += p_ - runStart;
            if (escaped)
                scratch_.append(runStart, size_t(p_ - runStart));
            if (p_ >= end_)
                syntaxError(open, QStringLiteral("the string starting here is never closed"));
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"')
                break;
            if (c == '\\') {
                if (!escaped) {
                    scratch_.assign(open + 1, size_t(p_ - open - 1));
                    escaped = true;
                }
                parseEscape();
                ++codePoints;
            } else if (c < 0x20) {
                syntaxError(p_, QStringLiteral("control character U+%1 must be escaped in a "
                                               "string")
                                    .arg(hex(c, 4)));
            } else {
                const int length = utf8SequenceLength(reinterpret_cast<const unsigned char*>(p_),
                                                      reinterpret_cast<const unsigned char*>(end_));
                if (length == 0)
                    syntaxError(p_, QStringLiteral("invalid UTF-8 (byte 0x%1)").arg(hex(c, 2)));
                if (escaped)
                    scratch_.append(p_, size_t(length));
                p_ += length;
                ++codePoints;
            }
            runStart = p_;
        }
        const std::string_view text = escaped ? std::string_view(scratch_)
                                              : std::string_view(open + 1, size_t(p_ - open - 1));
        ++p_; // closing quote
        return {text, codePoints, escaped};
    }

    bool isDigit(const char* at) const { return at < end_ && *at >= '0' && *at <= '9'; }

    // p_ is on '-' or a digit; returns the number's text.
    std::string_view parseNumber()
    {
        const char* start = p_;
        if (*p_ == '-') {
            ++p_;
            if (p_ < end_ && (*p_ == 'I' || *p_ == 'N'))
                syntaxError(start, QStringLiteral("NaN and Infinity are not JSON numbers"));
            if (!isDigit(p_))
                syntaxError(p_, QStringLiteral("a digit must follow '-'"));
        }
        if (*p_ == '0') {
            ++p_;
            if (isDigit(p_))
                syntaxError(start, QStringLiteral("leading zeros are not allowed in JSON numbers"));
        } else {
            while (isDigit(p_))
                ++p_;
        }
        if (p_ < end_ && *p_ == '.') {
            ++p_;
            if (!isDigit(p_))
                syntaxError(p_, QStringLiteral("a digit must follow the decimal point"));
            while (isDigit(p_))
                ++p_;
        }
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-'))
                ++p_;
            if (!isDigit(p_))
                syntaxError(p_, QStringLiteral("a digit must follow the exponent"));
            while (isDigit(p_))
                ++p_;
        }
        return {start, size_t(p_ - start)};
    }

    // Checks and consumes any value; used for members this reader does not know.
    void skipValue()
    {
        switch (peekValue()) {
        case ValueKind::Object:
            parseObject([this](std::string_view) { skipValue(); });
            return;
        case ValueKind::Array:
            parseArray([this](int) { skipValue(); });
            return;
        case ValueKind::String:
            parseString();
            return;
        case ValueKind::Number:
            parseNumber();
            return;
        case ValueKind::True:
        case ValueKind::Null:
            p_ += 4;
            return;
        case ValueKind::False:
            p_ += 5;
            return;
        }
    }

    // ---- typed values -------------------------------------------------------------------

    // Consumes the value at p_ and says what it was, quoting short scalars.
    QString skipAndDescribe(ValueKind kind)
    {
        const char* start = p_;
        skipValue();
        const auto quoted = [&] {
            QString text =
                QString::fromUtf8(start, qMin<qsizetype>(p_ - start, maxQuotedValueLength));
            if (p_ - start > maxQuotedValueLength)
                text += QStringLiteral("…");
            return text;
        };
        switch (kind) {
        case ValueKind::Object:
            return QStringLiteral("an object");
        case ValueKind::Array:
            return QStringLiteral("an array");
        case ValueKind::String:
            return QStringLiteral("the string %1").arg(quoted());
        case ValueKind::Number:
            return QStringLiteral("the number %1").arg(quoted());
        case ValueKind::True:
            return QStringLiteral("true");
        case ValueKind::False:
            return QStringLiteral("false");
        case ValueKind::Null:
            return QStringLiteral("null");
        }
        return {};
    }

    // True when the value at p_ is of `wanted` kind; otherwise reports it, consumes it and
    // returns false.
    bool expectKind(ValueKind wanted, const char* expected)
    {
        const ValueKind found = peekValue();
        if (found == wanted)
            return true;
        if (found == ValueKind::Null) {
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
        if (!expectKind(ValueKind::String, expected))
            return std::nullopt;
        return parseString();
    }

    std::optional<QString> readFreeText()
    {
        const std::optional<StringValue> text = readString("a string");
        if (!text)
            return std::nullopt;
        if (text->codePoints > limits::maxFreeTextCodePoints) {
            fail(QStringLiteral("the text has %1 characters; at most %2 are allowed")
                     .arg(text->codePoints)
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
        if (!expectKind(ValueKind::Number, expected))
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
        if (expectKind(ValueKind::Array, expected))
            parseArray(std::forward<OnElement>(onElement));
    }

    template <typename OnMember> bool readObject(const char* expected, OnMember&& onMember)
    {
        if (!expectKind(ValueKind::Object, expected))
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
        if (end_ - p_ >= 3 && std::string_view(p_, 3) == "\xEF\xBB\xBF"sv)
            p_ += 3;
        contentBegin_ = p_;
        if (end_ - p_ >= 2 &&
            (std::string_view(p_, 2) == "\xFF\xFE"sv || std::string_view(p_, 2) == "\xFE\xFF"sv))
            syntaxError(p_, QStringLiteral("the file is UTF-16; a log must be UTF-8"));
        skipWhitespace();
        if (p_ >= end_)
            syntaxError(p_, QStringLiteral("the file is empty"));
        const ValueKind rootKind = peekValue();
        if (rootKind == ValueKind::Object) {
            parseObject([this](std::string_view name) { readRootMember(name); });
        } else {
            rootIsObject_ = false;
            rootMismatch_ = QStringLiteral("expected a JSON object at the top level, found %1")
                                .arg(skipAndDescribe(rootKind));
        }
        skipWhitespace();
        if (p_ < end_)
            syntaxError(
                p_,
                QStringLiteral("found %1 after the end of the JSON value").arg(describeByteAt(p_)));
    }

    void readRootMember(std::string_view name)
    {
        if (name == "format"sv) {
            formatPresence_ = Presence::Invalid;
            const ValueKind kind = peekValue();
            if (kind != ValueKind::String) {
                formatError_ = {QStringLiteral("format"),
                                QStringLiteral("expected the string \"%1\", found %2")
                                    .arg(fromUtf8(expectedFormat), skipAndDescribe(kind))};
                return;
            }
            const StringValue format = parseString();
            if (format.utf8 == expectedFormat)
                formatPresence_ = Presence::Valid;
            else
                formatError_ = {QStringLiteral("format"),
                                QStringLiteral("\"%1\" is not an Aftercare log; expected \"%2\"")
                                    .arg(fromUtf8(format.utf8).left(maxQuotedValueLength),
                                         fromUtf8(expectedFormat))};
        } else if (name == "version"sv) {
            versionPresence_ = Presence::Invalid;
            const ValueKind kind = peekValue();
            if (kind != ValueKind::Number) {
                versionError_ = {QStringLiteral("version"),
                                 QStringLiteral("expected the number %1 or %2, found %3")
                                     .arg(QString::number(firstVersion),
                                          QString::number(latestVersion), skipAndDescribe(kind))};
                return;
            }
            const std::string_view text = parseNumber();
            const WholeNumber version = classifyNumber(text);
            if (version.kind == WholeNumber::Kind::Whole && version.value >= firstVersion &&
                version.value <= latestVersion) {
                versionPresence_ = Presence::Valid;
                version_ = int(version.value);
            } else {
                versionError_ = {QStringLiteral("version"),
                                 QStringLiteral("version %1 is not supported; this app reads "
                                                "versions %2 and %3")
                                     .arg(fromUtf8(text).left(maxQuotedValueLength))
                                     .arg(firstVersion)
                                     .arg(latestVersion)};
            }
        } else if (name == "exportedAt"sv) {
            log_.exportedAt = readTimestamp();
        } else if (name == "sessions"sv) {
            sessionsSeen_ = true;
            readArray("an array of sessions", [this](int index) {
                Session& session = log_.sessions.emplaceBack();
                readSession(index, session);
            });
        } else {
            skipValue();
        }
    }

    void readSession(int sessionIndex, Session& session)
    {
        ++sessionSerial_;
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
        const auto existing = sessionIndexById_.constFind(session.id);
        if (existing != sessionIndexById_.cend()) {
            fail(QStringLiteral("\"%1\" is already the id of sessions[%2]")
                     .arg(session.id.left(maxQuotedValueLength))
                     .arg(existing.value()));
            return;
        }
        sessionIndexById_.insert(session.id, sessionIndex);
    }

    void readBaselineEntry(int entryIndex, Session& session)
    {
        BaselineEntry entry;
        bool hasRegion = false;
        bool hasIntensity = false;
        const bool isObject =
            readObject("a {region, intensity} object", [&](std::string_view name) {
                if (name == "region"sv) {
                    hasRegion = true;
                    const int region = readId(regionIds());
                    if (region < 0)
                        return;
                    entry.region = regionIds().string(region);
                    if (baselineSeenSerial_[size_t(region)] == sessionSerial_)
                        fail(QStringLiteral("\"%1\" already has a baseline at baseline[%2]")
                                 .arg(entry.region)
                                 .arg(regionSeenInBaseline_[size_t(region)]));
                    regionSeenInBaseline_[size_t(region)] = entryIndex;
                    baselineSeenSerial_[size_t(region)] = sessionSerial_;
                } else if (name == "intensity"sv) {
                    hasIntensity = true;
                    if (const std::optional<int> intensity = readWholeNumber(
                            limits::minIntensity, limits::maxIntensity, "a whole number 0..10"))
                        entry.intensity = *intensity;
                } else {
                    skipValue();
                }
            });
        if (!isObject)
            return;
        if (!hasRegion)
            failMissing("region"sv, "a region id");
        if (!hasIntensity)
            failMissing("intensity"sv, "a whole number 0..10");
        session.baseline.append(std::move(entry));
    }

    void readCheckIn(CheckIn& checkIn)
    {
        ++checkInSerial_;
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
                if (selfCareSeenSerial_[size_t(kind)] == checkInSerial_)
                    fail(QStringLiteral("\"%1\" is given twice").arg(entry.kind));
                selfCareSeenSerial_[size_t(kind)] = checkInSerial_;
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
        bool hasRegion = false;
        bool hasIntensity = false;
        const bool isObject = readObject("a symptom object", [&](std::string_view name) {
            if (name == "region"sv) {
                hasRegion = true;
                const int region = readId(regionIds());
                if (region < 0)
                    return;
                symptom.region = regionIds().string(region);
                if (checkInSeenSerial_[size_t(region)] == checkInSerial_)
                    fail(QStringLiteral("\"%1\" is already described at symptoms[%2]")
                             .arg(symptom.region)
                             .arg(regionSeenInCheckIn_[size_t(region)]));
                regionSeenInCheckIn_[size_t(region)] = symptomIndex;
                checkInSeenSerial_[size_t(region)] = checkInSerial_;
            } else if (name == "intensity"sv) {
                hasIntensity = true;
                if (const std::optional<int> intensity = readWholeNumber(
                        limits::minIntensity, limits::maxIntensity, "a whole number 0..10"))
                    symptom.intensity = *intensity;
            } else if (name == "qualities"sv) {
                readIdList(symptom.qualities, qualityIds());
            } else {
                skipValue();
            }
        });
        if (!isObject)
            return;
        if (!hasRegion)
            failMissing("region"sv, "a region id");
        if (!hasIntensity)
            failMissing("intensity"sv, "a whole number 0..10");
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
        if (knownVersion_ != 0)
            return knownVersion_ >= 2;
        if (versionPresence_ == Presence::Valid)
            return version_ >= 2;
        readV2BeforeVersion_ = true;
        return true;
    }

    const int knownVersion_;
    int version_ = 0;
    bool readV2BeforeVersion_ = false;
    const char* contentBegin_ = nullptr;
    const char* p_;
    const char* end_;
    int depth_ = 0;
    std::vector<PathSegment> path_;
    std::string scratch_;
    std::deque<std::string> escapedNames_;

    Log log_;
    bool rootIsObject_ = true;
    QString rootMismatch_;
    Presence formatPresence_ = Presence::Missing;
    LogError formatError_;
    Presence versionPresence_ = Presence::Missing;
    LogError versionError_;
    bool sessionsSeen_ = false;
    std::optional<LogError> ruleError_;

    QHash<QString, int> sessionIndexById_;
    // Per region: where it was last seen and in which check-in / session (by serial number),
    // so that nothing has to be cleared between check-ins.
    int checkInSerial_ = 0;
    int sessionSerial_ = 0;
    std::vector<int> regionSeenInCheckIn_;
    std::vector<int> regionSeenInBaseline_;
    std::vector<int> checkInSeenSerial_ = std::vector<int>(size_t(regionIds().size()), 0);
    std::vector<int> baselineSeenSerial_ = std::vector<int>(size_t(regionIds().size()), 0);
    std::vector<int> selfCareSeenSerial_ = std::vector<int>(size_t(selfCareKindIds().size()), 0);
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
