#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace aftercare::exchange {

// The one JSON writer of every output (the log, the FHIR bundle, `aftercare analyze`,
// `aftercare reminders list`, `aftercare card --read`): members in the order they are
// written, strings escaped and numbers formatted by nlohmann-json (jsonvalue.h), and each
// object or array laid out as asked. Appends to `out`.
class JsonWriter
{
public:
    enum class Layout
    {
        Lines,  // each member or element on a line of its own, indented two spaces a level
        Inline, // {"a": 1, "b": [2, 3]}
        Compact // {"a":1,"b":[2,3]}
    };

    explicit JsonWriter(QByteArray& out);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& beginObject(Layout layout = Layout::Lines) { return begin('{', layout); }
    JsonWriter& endObject() { return end(); }
    JsonWriter& beginArray(Layout layout = Layout::Lines) { return begin('[', layout); }
    JsonWriter& endArray() { return end(); }
    // `name` is plain ASCII that needs no escape.
    JsonWriter& key(const char* name);

    JsonWriter& value(const QString& text);
    JsonWriter& value(const char* ascii);
    JsonWriter& value(int number);
    JsonWriter& value(double number); // shortest form that reads back the same: 7.0, 3.5
    JsonWriter& null();
    // An array of strings in `layout`.
    JsonWriter& strings(const QStringList& items, Layout layout = Layout::Inline);
    // The member `name` when `text` (or `items`) is not empty, else nothing.
    JsonWriter& optional(const char* name, const QString& text);
    JsonWriter& optional(const char* name, const QStringList& items);
    // Ends every object and array still open, then the line: the end of a file's text.
    void finish();

private:
    struct Level
    {
        Layout layout;
        char close; // '}' or ']'
        int count = 0;
    };
    struct Scalars;

    void beforeItem();
    JsonWriter& begin(char bracket, Layout layout);
    JsonWriter& end();
    void newline(size_t depth);

    QByteArray& m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    std::unique_ptr<Scalars> m_scalars;
};

} // namespace aftercare::exchange
