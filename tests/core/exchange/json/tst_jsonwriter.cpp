#include "exchange/jsonwriter.h"

#include <QTest>

#include <functional>

using namespace aftercare::exchange;
using Layout = JsonWriter::Layout;

Q_DECLARE_METATYPE(std::function<void(aftercare::exchange::JsonWriter&)>)

namespace {
using Write = std::function<void(JsonWriter&)>;
}

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void writes_data();
    void writes();
    void appendsToWhatIsThere();
};

void TestJsonWriter::writes_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty object and array, every layout") << Write([](JsonWriter& json) {
        json.beginArray(Layout::Inline);
        json.beginObject().endObject();
        json.beginArray().endArray();
        json.beginObject(Layout::Compact).endObject();
        json.endArray();
    }) << QByteArray("[{}, [], {}]");
    QTest::newRow("lines: two spaces a level, members in the order written")
        << Write([](JsonWriter& json) {
               json.beginObject();
               json.key("z").value(1);
               json.key("a").beginArray();
               json.value("x").null();
               json.endArray();
               json.key("m").beginObject().key("k").value(-7).endObject();
               json.endObject();
           })
        << QByteArray("{\n  \"z\": 1,\n  \"a\": [\n    \"x\",\n    null\n  ],\n"
                      "  \"m\": {\n    \"k\": -7\n  }\n}");
    QTest::newRow("inline inside lines") << Write([](JsonWriter& json) {
        json.beginArray();
        json.beginObject(Layout::Inline).key("region").value("neck");
        json.key("qualities").strings({"stiff", "dull"});
        json.endObject();
        json.endArray();
    }) << QByteArray("[\n  {\"region\": \"neck\", \"qualities\": [\"stiff\", \"dull\"]}\n]");
    QTest::newRow("compact") << Write([](JsonWriter& json) {
        json.beginObject(Layout::Compact).key("v").value(1);
        json.key("areas").strings({"neck", "chest"}, Layout::Compact);
        json.endObject();
    }) << QByteArray("{\"v\":1,\"areas\":[\"neck\",\"chest\"]}");
    QTest::newRow("strings: what JSON needs escaped, the rest raw UTF-8")
        << Write([](JsonWriter& json) {
               json.value(QStringLiteral("a\"b\\c/\n\r\t\b\f") + QChar(0x01) + QChar(0x1F) +
                          QChar(0x7F) + QStringLiteral("é€") + QString::fromUcs4(U"\U0001F600"));
           })
        << QByteArray("\"a\\\"b\\\\c/\\n\\r\\t\\b\\f\\u0001\\u001f\x7F\xC3\xA9\xE2\x82\xAC"
                      "\xF0\x9F\x98\x80\"");
    QTest::newRow("a lone surrogate becomes U+FFFD")
        << Write([](JsonWriter& json) { json.value(QStringLiteral("a") + QChar(0xD800)); })
        << QByteArray("\"a\xEF\xBF\xBD\"");
    QTest::newRow("numbers: whole and shortest decimal forms") << Write([](JsonWriter& json) {
        json.beginArray(Layout::Inline);
        json.value(0).value(-2147483647 - 1).value(7.0).value(3.5).value(71.999722);
        json.value(-0.25).value(100.0);
        json.endArray();
    }) << QByteArray("[0, -2147483648, 7.0, 3.5, 71.999722, -0.25, 100.0]");
}

void TestJsonWriter::writes()
{
    QFETCH(Write, write);
    QFETCH(QByteArray, expected);
    QByteArray out;
    {
        JsonWriter json(out);
        write(json);
    }
    QCOMPARE(out, expected);
}

void TestJsonWriter::appendsToWhatIsThere()
{
    QByteArray out("head ");
    JsonWriter json(out);
    json.beginArray(Layout::Inline).value(1).endArray();
    QCOMPARE(out, QByteArray("head [1]"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
