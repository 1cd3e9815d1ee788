#pragma once

#include <QByteArrayView>
#include <QString>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aftercare::exchange {

// One step of a path into a JSON document: a member name, or an array element when
// `index` >= 0.
struct JsonPathSegment
{
    std::string_view name;
    int index = -1;
};

// "sessions[0].checkIns[3].symptoms", empty for the document itself.
QString jsonPath(const std::vector<JsonPathSegment>& path);

enum class JsonKind : unsigned char
{
    BeginObject,
    EndObject,
    BeginArray,
    EndArray,
    Key, // a member name; its value follows
    String,
    Number,
    True,
    False,
    Null,
    End // after the last token, or where a fault stopped the reading
};

// One token of a document, in the order of the text.
struct JsonEvent
{
    // Key, String: the decoded UTF-8 text; Number: the number as written.
    std::string_view text;
    qsizetype begin = 0; // byte offset of the token's first byte
    qsizetype end = 0;   // and of the byte after its last
    JsonKind kind = JsonKind::Null;
};

struct JsonSyntaxError
{
    qsizetype offset = 0; // byte offset of the fault
    int line = 1;
    int column = 1;  // in characters, counted from the first after the byte-order mark
    QString path;    // where in the document, as jsonPath() writes it
    QString message; // "trailing comma before '}'"
};

// A document read as strict JSON (RFC 8259): no comments, no trailing commas, no
// duplicate member names in one object, valid UTF-8, at most `maxDepth` levels of
// objects and arrays. A leading UTF-8 byte-order mark is skipped.
struct JsonEvents
{
    std::vector<JsonEvent> events;        // complete when there is no error
    std::optional<JsonSyntaxError> error; // the first fault found
    std::deque<std::string> decoded;      // the texts of names and strings that had escapes
};

// The tokens of `bytes`, which must outlive the result (texts point into it), without the
// End event. Built on nlohmann-json's SAX parser; the positions and messages of faults are
// this project's own.
JsonEvents readJsonEvents(QByteArrayView bytes, int maxDepth = 64);

// The same tokens one by one, read on a thread of its own a few thousand ahead, so that
// memory does not grow with the document. `bytes` must outlive the reader.
class JsonReader
{
public:
    explicit JsonReader(QByteArrayView bytes, int maxDepth = 64);
    ~JsonReader();
    JsonReader(const JsonReader&) = delete;
    JsonReader& operator=(const JsonReader&) = delete;

    // The token at hand, valid until advance(); its texts last as long as the reader.
    const JsonEvent& current() const { return *m_at; }
    void advance()
    {
        if (++m_at == m_chunkEnd)
            nextChunk();
    }
    // Once current() is the End event: the fault that stopped the reading, if any.
    const std::optional<JsonSyntaxError>& error() const;

private:
    struct Shared;
    void nextChunk();

    std::unique_ptr<Shared> m_shared;
    const JsonEvent* m_at = nullptr;
    const JsonEvent* m_chunkEnd = nullptr;
};

} // namespace aftercare::exchange
