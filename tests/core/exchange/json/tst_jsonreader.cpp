#include "exchange/jsonreader.h"

#include <QTest>

using namespace aftercare::exchange;

namespace {

// "path: line L, column C: message", or "ok".
QString outcome(const QByteArray& bytes)
{
    const JsonEvents json = readJsonEvents(bytes, 4);
    if (!json.error)
        return QStringLiteral("ok");
    const JsonSyntaxError& error = *json.error;
    return QStringLiteral("%1: line %2, column %3: %4")
        .arg(error.path)
        .arg(error.line)
        .arg(error.column)
        .arg(error.message);
}

QString kindName(JsonKind kind)
{
    static const char* const names[] = {"{",      "}",      "[",    "]",     "key",
                                        "string", "number", "true", "false", "null"};
    return QLatin1String(names[int(kind)]);
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void faults_data();
    void faults();
    void tokens();
    void faultOffset();
};

void TestJsonReader::faults_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    // Accepted.
    QTest::newRow("object") << QByteArray("{\"a\": [1, -2.5e3, true, false, null, \"x\"]}") << "ok";
    QTest::newRow("scalar at the top") << QByteArray(" 7 ") << "ok";
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{}") << "ok";
    QTest::newRow("number beyond a double") << QByteArray("[1e999, -1E+400, 1e-999]") << "ok";
    QTest::newRow("4 levels") << QByteArray("[[[{}]]]") << "ok";
    QTest::newRow("same name in two objects") << QByteArray("[{\"a\": 1}, {\"a\": 2}]") << "ok";

    // Duplicate member names, also when escapes hide them.
    QTest::newRow("duplicate name")
        << QByteArray("{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}}")
        << "b.c: line 2, column 16: duplicate member name \"c\" in one object";
    QTest::newRow("duplicate name, escaped")
        << QByteArray("{\"a\": 1, \"\\u0061\": 2}")
        << "a: line 1, column 10: duplicate member name \"a\" in one object";
    QTest::newRow("duplicate among many names")
        << QByteArray("{\"1\":0,\"2\":0,\"3\":0,\"4\":0,\"5\":0,\"6\":0,\"7\":0,\"8\":0,\"9\":0,"
                      "\"10\":0,\"11\":0,\"12\":0,\"13\":0,\"14\":0,\"15\":0,\"16\":0,\"17\":0,"
                      "\"3\":0}")
        << "3: line 1, column 112: duplicate member name \"3\" in one object";

    // Comments.
    QTest::newRow("line comment before a value")
        << QByteArray("{\"a\": // one\n 1}")
        << "a: line 1, column 7: comments are not allowed in JSON";
    QTest::newRow("block comment before a name")
        << QByteArray("{/* x */ \"a\": 1}")
        << ": line 1, column 2: comments are not allowed in JSON";
    QTest::newRow("comment after a member")
        << QByteArray("{\"a\": 1 /* x */}")
        << ": line 1, column 9: expected ',' or '}' after a member, found a comment (comments "
           "are not allowed in JSON)";

    // Trailing commas.
    QTest::newRow("trailing comma in an object")
        << QByteArray("{\"a\": 1,\n}") << ": line 2, column 1: trailing comma before '}'";
    QTest::newRow("trailing comma in an array")
        << QByteArray("{\"a\": [1, 2, ]}") << "a: line 1, column 14: trailing comma before ']'";
    QTest::newRow("missing element")
        << QByteArray("[1, , 2]") << "[1]: line 1, column 5: expected a value, found ','";

    // Bad UTF-8 and strings.
    QTest::newRow("bad UTF-8 in a string") << QByteArray("[\"ok\", \"a\xC3\x28\"]")
                                           << "[1]: line 1, column 10: invalid UTF-8 (byte 0xC3)";
    QTest::newRow("overlong UTF-8")
        << QByteArray("[\"\xC0\xAF\"]") << "[0]: line 1, column 3: invalid UTF-8 (byte 0xC0)";
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("{\"\xED\xA0\x80\": 1}") << ": line 1, column 3: invalid UTF-8 (byte 0xED)";
    QTest::newRow("columns count characters")
        << QByteArray("[\"\xC3\xA9\xE2\x82\xAC\", x]")
        << "[1]: line 1, column 8: expected a value, found 'x'";
    QTest::newRow("UTF-8 outside a string")
        << QByteArray("[\xC3\xA9]") << "[0]: line 1, column 2: expected a value, found byte 0xC3";
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6)
                            << ": line 1, column 1: the file is UTF-16; a log must be UTF-8";
    QTest::newRow("lone surrogate") << QByteArray("[\"a\\uD800b\"]")
                                    << "[0]: line 1, column 4: lone surrogate \\uD800 in a string";
    QTest::newRow("low surrogate first")
        << QByteArray("[\"\\udc00\"]")
        << "[0]: line 1, column 3: lone surrogate \\uDC00 in a string";
    QTest::newRow("short \\u") << QByteArray("[\"\\u12\"]")
                               << "[0]: line 1, column 3: \\u must be followed by four hex digits";
    QTest::newRow("invalid escape")
        << QByteArray("[\"\\x\"]") << "[0]: line 1, column 3: invalid escape \\'x' in a string";
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]")
                                       << "[0]: line 1, column 4: control character U+0009 must be "
                                          "escaped in a string";
    QTest::newRow("string never closed")
        << QByteArray("{\"a\": \"bc")
        << "a: line 1, column 7: the string starting here is never closed";
    QTest::newRow("name never closed")
        << QByteArray("{\"ab") << ": line 1, column 2: the string starting here is never closed";
    QTest::newRow("single quotes")
        << QByteArray("{'a': 1}")
        << ": line 1, column 2: single quotes are not JSON; use double quotes";

    // Deep nesting.
    QTest::newRow("5 levels")
        << QByteArray("{\"a\": [[[[1]]]]}")
        << "a[0][0][0]: line 1, column 10: values are nested more than 4 levels deep";

    // Numbers and literals.
    QTest::newRow("leading zero")
        << QByteArray("{\"n\": -012}")
        << "n: line 1, column 7: leading zeros are not allowed in JSON numbers";
    QTest::newRow("NaN") << QByteArray("[NaN]")
                         << "[0]: line 1, column 2: NaN and Infinity are not JSON numbers";
    QTest::newRow("-Infinity") << QByteArray("[-Infinity]")
                               << "[0]: line 1, column 2: NaN and Infinity are not JSON numbers";
    QTest::newRow("plus") << QByteArray("[+1]")
                          << "[0]: line 1, column 2: a JSON number cannot start with '+'";
    QTest::newRow("point first") << QByteArray("[.5]")
                                 << "[0]: line 1, column 2: a JSON number must start with a digit";
    QTest::newRow("no fraction digit")
        << QByteArray("[1.]") << "[0]: line 1, column 4: a digit must follow the decimal point";
    QTest::newRow("no exponent digit")
        << QByteArray("[1e+]") << "[0]: line 1, column 5: a digit must follow the exponent";
    QTest::newRow("minus alone") << QByteArray("[-]")
                                 << "[0]: line 1, column 3: a digit must follow '-'";
    QTest::newRow("True") << QByteArray("[True]")
                          << "[0]: line 1, column 2: expected a value, found 'T'";
    QTest::newRow("tru")
        << QByteArray("[tru]")
        << "[0]: line 1, column 2: expected a value (true, false and null are written in lower "
           "case), found 't'";
    QTest::newRow("number then garbage")
        << QByteArray("[12a]")
        << ": line 1, column 4: expected ',' or ']' after an element, found 'a'";

    // Structure.
    QTest::newRow("empty") << QByteArray(" \n ") << ": line 2, column 2: the file is empty";
    QTest::newRow("ends in an object")
        << QByteArray("{\"a\": 1") << ": line 1, column 8: the file ends inside an object";
    QTest::newRow("ends in an array")
        << QByteArray("[1,\n2") << ": line 2, column 2: the file ends inside an array";
    QTest::newRow("ends before a value")
        << QByteArray("{\"a\":") << "a: line 1, column 6: the file ends where a value is expected";
    QTest::newRow("no colon")
        << QByteArray("{\"a\" 1}")
        << "a: line 1, column 6: expected ':' after the member name, found '1'";
    QTest::newRow("name not quoted")
        << QByteArray("{a: 1}")
        << ": line 1, column 2: expected a member name in double quotes, found 'a'";
    QTest::newRow("after the value")
        << QByteArray("{} {}") << ": line 1, column 4: found '{' after the end of the JSON value";
    QTest::newRow("second byte-order mark")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF{}")
        << ": line 1, column 1: expected a value, found byte 0xEF";
    QTest::newRow("huge number, then a fault")
        << QByteArray("[1e999, 1e999, x]") << "[2]: line 1, column 16: expected a value, found 'x'";
}

void TestJsonReader::faults()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(outcome(bytes), expected);
}

void TestJsonReader::tokens()
{
    const QByteArray bytes("{\"a\\n\": [1.50, \"x\\u00e9\"], \"b\": {}}");
    const JsonEvents json = readJsonEvents(bytes);
    QVERIFY(!json.error);
    QStringList seen;
    for (const JsonEvent& event : json.events) {
        QString text = kindName(event.kind);
        if (!event.text.empty())
            text += QLatin1Char(' ') +
                    QString::fromUtf8(event.text.data(), qsizetype(event.text.size()));
        seen << text + QStringLiteral(" @%1-%2").arg(event.begin).arg(event.end);
    }
    QCOMPARE(seen, QStringList({"{ @0-1", "key a\n @1-6", "[ @8-9", "number 1.50 @9-13",
                                "string x\u00e9 @15-24", "] @24-25", "key b @27-30", "{ @32-33",
                                "} @33-34", "} @34-35"}));
}

void TestJsonReader::faultOffset()
{
    const QByteArray bytes("\xEF\xBB\xBF[1,]");
    const JsonEvents json = readJsonEvents(bytes);
    QVERIFY(json.error);
    QCOMPARE(json.error->offset, 6); // bytes, the byte-order mark included
    QCOMPARE(json.error->column, 4); // characters after it
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
