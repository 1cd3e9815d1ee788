#include "exchange/jsonwriter.h"

#include "exchange/jsonvalue.h"

#include <QStringEncoder>

namespace aftercare::exchange {

namespace {

using Serializer = nlohmann::detail::serializer<JsonValue>;

// nlohmann-json's serializer writing into a QByteArray.
class ByteArrayOutput : public nlohmann::detail::output_adapter_protocol<char>
{
public:
    explicit ByteArrayOutput(QByteArray& out)
        : m_out(out)
    {}
    void write_character(char c) override { m_out.append(c); }
    void write_characters(const char* s, std::size_t length) override
    {
        m_out.append(s, qsizetype(length));
    }

private:
    QByteArray& m_out;
};

Serializer makeSerializer(QByteArray& out)
{
    return Serializer(std::make_shared<ByteArrayOutput>(out), ' ',
                      nlohmann::json::error_handler_t::replace);
}

// `text` as UTF-8 into a string value, a lone surrogate as U+FFFD (QString::toUtf8 would
// write '?').
void assignUtf8(JsonValue& value, const QString& text)
{
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    std::string& utf8 = value.get_ref<std::string&>();
    utf8.resize(size_t(encoder.requiredSpace(text.size())));
    const char* end = encoder.appendToBuffer(utf8.data(), text);
    utf8.resize(size_t(end - utf8.data()));
}

} // namespace

void appendJson(QByteArray& out, const JsonValue& value, int indent)
{
    Serializer serializer = makeSerializer(out);
    serializer.dump(value, indent >= 0, false, 2, unsigned(std::max(indent, 0)));
}

JsonValue jsonString(const QString& text)
{
    JsonValue value = std::string();
    assignUtf8(value, text);
    return value;
}

// One serializer and one value of each kind, reused for every scalar.
struct JsonWriter::Scalars
{
    explicit Scalars(QByteArray& out)
        : serializer(makeSerializer(out))
    {}
    void write(const JsonValue& value) { serializer.dump(value, false, false, 0); }

    Serializer serializer;
    JsonValue string = std::string();
    JsonValue integer = 0;
    JsonValue real = 0.0;
};

JsonWriter::JsonWriter(QByteArray& out)
    : m_out(out)
    , m_scalars(std::make_unique<Scalars>(out))
{
    m_levels.reserve(16);
}

JsonWriter::~JsonWriter() = default;

void JsonWriter::newline(size_t depth)
{
    static constexpr char spaces[] = "\n                                ";
    constexpr size_t maxDepth = (sizeof(spaces) - 2) / 2;
    m_out.append(spaces, qsizetype(1 + 2 * std::min(depth, maxDepth)));
}

// The separator before a member's name or an element.
void JsonWriter::beforeItem()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level& level = m_levels.back();
    switch (level.layout) {
    case Layout::Lines:
        if (level.count > 0)
            m_out.append(',');
        newline(m_levels.size());
        break;
    case Layout::Inline:
        if (level.count > 0)
            m_out.append(", ", 2);
        break;
    case Layout::Compact:
        if (level.count > 0)
            m_out.append(',');
        break;
    }
    ++level.count;
}

JsonWriter& JsonWriter::begin(char bracket, Layout layout)
{
    beforeItem();
    m_out.append(bracket);
    m_levels.push_back({layout, bracket == '{' ? '}' : ']'});
    return *this;
}

JsonWriter& JsonWriter::end()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (level.layout == Layout::Lines && level.count > 0)
        newline(m_levels.size());
    m_out.append(level.close);
    return *this;
}

JsonWriter& JsonWriter::key(const char* name)
{
    beforeItem();
    m_out.append('"');
    m_out.append(name);
    if (m_levels.back().layout == Layout::Compact)
        m_out.append("\":", 2);
    else
        m_out.append("\": ", 3);
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text)
{
    beforeItem();
    assignUtf8(m_scalars->string, text);
    m_scalars->write(m_scalars->string);
    return *this;
}

JsonWriter& JsonWriter::value(const char* ascii)
{
    return value(QString::fromLatin1(ascii));
}

JsonWriter& JsonWriter::value(int number)
{
    beforeItem();
    m_scalars->integer = number;
    m_scalars->write(m_scalars->integer);
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    beforeItem();
    m_scalars->real = number;
    m_scalars->write(m_scalars->real);
    return *this;
}

JsonWriter& JsonWriter::null()
{
    beforeItem();
    m_out.append("null", 4);
    return *this;
}

JsonWriter& JsonWriter::strings(const QStringList& items, Layout layout)
{
    beginArray(layout);
    for (const QString& item : items)
        value(item);
    return endArray();
}

JsonWriter& JsonWriter::optional(const char* name, const QString& text)
{
    return text.isEmpty() ? *this : key(name).value(text);
}

JsonWriter& JsonWriter::optional(const char* name, const QStringList& items)
{
    return items.isEmpty() ? *this : key(name).strings(items);
}

void JsonWriter::finish()
{
    while (!m_levels.empty())
        end();
    m_out.append('\n');
}

} // namespace aftercare::exchange
