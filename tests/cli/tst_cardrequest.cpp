// `aftercare card` without the executable: its options, its JSON, and the QR codes it draws.
#include "cli/cardrequest.h"
#include "cli/qrcode.h"

#include <QRegularExpression>
#include <QTest>

using namespace aftercare;
using namespace aftercare::cli;

namespace {

// The 15 format bits of a QR code (ISO/IEC 18004, 7.9), read from one of their two places
// around the finder patterns, least significant bit first, as libqrencode writes them.
int formatBits(const QrCode& code, bool secondCopy)
{
    const int w = code.size;
    int bits = 0;
    for (int i = 0; i < 15; ++i) {
        int x = 0, y = 0;
        if (!secondCopy) {
            if (i < 8) {
                x = 8;
                y = i < 6 ? i : i + 1;
            } else {
                x = i == 8 ? 7 : 14 - i;
                y = 8;
            }
        } else if (i < 8) {
            x = w - 1 - i;
            y = 8;
        } else {
            x = 8;
            y = w - 15 + i;
        }
        if (code.dark(x, y))
            bits |= 1 << i;
    }
    return bits;
}

// The BCH(15,5) check bits of the format's 5 data bits (generator 10100110111).
int formatCheckBits(int data)
{
    int value = data << 10;
    for (int bit = 14; bit >= 10; --bit) {
        if (value & (1 << bit))
            value ^= 0x537 << (bit - 10);
    }
    return value;
}

} // namespace

class TestCardRequest : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void linkTooLong();
    void json_data();
    void json();
    void qrCodeLevelM_data();
    void qrCodeLevelM();
    void qrCodeTooLong();
    void pixelsPerModule_data();
    void pixelsPerModule();
    void svgHoldsEveryModule();
};

void TestCardRequest::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("readLink");

    QTest::newRow("nothing") << QStringList{} << QByteArray("aftercare:session?v=1") << ""
                             << "";
    QTest::newRow("every option, table order whatever the order given")
        << QStringList{"--advice",    "Heat tonight; no heavy lifting for 24 h",
                       "--therapist", "Anna K.",
                       "--areas",     "lower-back,gluteal-left",
                       "--pressure",  "firm",
                       "--technique", "deep-tissue",
                       "--duration",  "60",
                       "--start",     "2026-11-20T15:00:00+01:00"}
        << QByteArray("aftercare:session?v=1&start=2026-11-20T15%3A00%3A00%2B01%3A00&duration=60&"
                      "technique=deep-tissue&pressure=firm&areas=lower-back,gluteal-left&"
                      "therapist=Anna%20K.&advice=Heat%20tonight%3B%20no%20heavy%20lifting%20for%"
                      "2024%20h")
        << ""
        << "";
    QTest::newRow("--name=value") << QStringList{"--duration=45", "--therapist=Zoë"}
                                  << QByteArray(
                                         "aftercare:session?v=1&duration=45&therapist=Zo%C3%AB")
                                  << ""
                                  << "";
    QTest::newRow("a value that starts with a dash")
        << QStringList{"--advice", "-5 min of stretching"}
        << QByteArray("aftercare:session?v=1&advice=-5%20min%20of%20stretching") << ""
        << "";
    QTest::newRow("png") << QStringList{"--duration", "30", "-o", "card.png"}
                         << QByteArray("aftercare:session?v=1&duration=30") << "card.png"
                         << "";
    QTest::newRow("SVG in capitals, --output")
        << QStringList{"--output", "/tmp/Card.SVG"} << QByteArray("aftercare:session?v=1")
        << "/tmp/Card.SVG"
        << "";
    QTest::newRow("read") << QStringList{"--read", "aftercare:session?v=2"}
                          << QByteArray("aftercare:session?v=1") << ""
                          << "aftercare:session?v=2";
}

void TestCardRequest::parses()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, link);
    QFETCH(QString, output);
    QFETCH(QString, readLink);
    CardRequest request;
    QCOMPARE(parseCardRequest(args, &request), QString());
    QString problem;
    QCOMPARE(cardRequestLink(request, &problem), link);
    QCOMPARE(problem, QString());
    QCOMPARE(request.output, output);
    QCOMPARE(request.readLink.value_or(QString()), readLink);
}

void TestCardRequest::refuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("problem");
    QTest::newRow("duration 0") << QStringList{"--duration", "0"}
                                << "--duration: \"0\" is outside 1..600";
    QTest::newRow("duration 601, inline")
        << QStringList{"--duration=601"} << "--duration: \"601\" is outside 1..600";
    QTest::newRow("duration in hours")
        << QStringList{"--duration", "1h"} << "--duration: \"1h\" is not a whole number of minutes";
    QTest::newRow("unknown technique")
        << QStringList{"--technique", "shiatsu"} << "--technique: unknown technique \"shiatsu\"";
    QTest::newRow("unknown pressure")
        << QStringList{"--pressure", "hard"} << "--pressure: unknown pressure \"hard\"";
    QTest::newRow("unknown region")
        << QStringList{"--areas", "neck,knee"} << "--areas: unknown region \"knee\"";
    QTest::newRow("areas with a space")
        << QStringList{"--areas", "neck, chest"} << "--areas: unknown region \" chest\"";
    QTest::newRow("start without offset")
        << QStringList{"--start", "2026-11-20T15:00:00"}
        << "--start: \"2026-11-20T15:00:00\" has no UTC offset (add Z or ±hh:mm)";
    QTest::newRow("therapist of 201 characters")
        << QStringList{"--therapist", QString(201, QLatin1Char('a'))}
        << "--therapist: the text has 201 characters; at most 200 are allowed";
    QTest::newRow("advice of 1,001 characters")
        << QStringList{"--advice", QString(1001, QLatin1Char('a'))}
        << "--advice: the text has 1,001 characters; at most 1,000 are allowed";
    QTest::newRow("given twice") << QStringList{"--technique", "swedish", "--technique=sports"}
                                 << "card: --technique is given twice";
    QTest::newRow("-o and --output")
        << QStringList{"-o", "a.png", "--output", "b.svg"} << "card: --output is given twice";
    QTest::newRow("missing value") << QStringList{"--duration"} << "card: --duration needs a value";
    QTest::newRow("empty value") << QStringList{"--therapist="}
                                 << "card: --therapist needs a value";
    QTest::newRow("unknown option")
        << QStringList{"--notes", "x"} << "card: unknown option --notes";
    QTest::newRow("a stray argument") << QStringList{"aftercare:session?v=1"}
                                      << "card: unexpected argument \"aftercare:session?v=1\"";
    QTest::newRow("another image type") << QStringList{"-o", "card.jpg"}
                                        << "card: -o \"card.jpg\": the file name must end in "
                                           ".png or .svg";
    QTest::newRow("standard output")
        << QStringList{"-o", "-"} << "card: -o \"-\": the file name must end in .png or .svg";
    QTest::newRow("--read with another option")
        << QStringList{"--read", "aftercare:session?v=1", "--duration", "30"}
        << "card: --read takes no other option (--duration was given)";
    QTest::newRow("another option before --read")
        << QStringList{"-o", "a.svg", "--read", "aftercare:session?v=1"}
        << "card: --read takes no other option (-o was given)";
}

void TestCardRequest::refuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, problem);
    CardRequest request;
    QCOMPARE(parseCardRequest(args, &request), problem);
}

void TestCardRequest::linkTooLong()
{
    // 1,000 characters are allowed, but 334 'ü' already take 2,004 bytes once encoded.
    CardRequest request;
    QCOMPARE(parseCardRequest({"--advice", QString(334, QChar(0xfc))}, &request), QString());
    QString problem;
    QCOMPARE(cardRequestLink(request, &problem), QByteArray());
    QVERIFY2(problem.startsWith("card: the link would be 2,033 bytes; a card holds at most 2,000 "
                                "(shorten --advice or --therapist"),
             qPrintable(problem));

    CardRequest fits;
    QCOMPARE(parseCardRequest({"--advice", QString(328, QChar(0xfc))}, &fits), QString());
    QCOMPARE(cardRequestLink(fits, &problem).size(), 29 + 328 * 6);
}

void TestCardRequest::json_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("v only") << QStringList{} << QByteArray(R"({"v":1})");
    QTest::newRow("every parameter, table order")
        << QStringList{"--advice",    "Rest",
                       "--therapist", "Anna K.",
                       "--areas",     "neck,neck",
                       "--pressure",  "light",
                       "--technique", "swedish",
                       "--duration",  "30",
                       "--start",     "2026-11-20T15:00:00.5Z"}
        << QByteArray(R"({"v":1,"start":"2026-11-20T15:00:00.5Z","duration":30,)"
                      R"("technique":"swedish","pressure":"light","areas":["neck","neck"],)"
                      R"("therapist":"Anna K.","advice":"Rest"})");
    QTest::newRow("escapes and raw UTF-8")
        << QStringList{"--therapist", "Jürgen \"Jo\" Müller", "--advice", "a\\b\nc\td\x01"}
        << QByteArray("{\"v\":1,\"therapist\":\"J\xc3\xbcrgen \\\"Jo\\\" M\xc3\xbcller\","
                      "\"advice\":\"a\\\\b\\nc\\td\\u0001\"}");
}

void TestCardRequest::json()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, json);
    CardRequest request;
    QCOMPARE(parseCardRequest(args, &request), QString());
    QCOMPARE(sessionCardJson(request.card), json);
}

void TestCardRequest::qrCodeLevelM_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("shortest link") << QByteArray("aftercare:session?v=1");
    QTest::newRow("a typical card")
        << QByteArray("aftercare:session?v=1&start=2026-11-20T15%3A00%3A00%2B01%3A00&duration=60&"
                      "technique=deep-tissue&pressure=firm&areas=lower-back,gluteal-left&"
                      "therapist=Anna%20K.");
    QTest::newRow("2,000 bytes") << "aftercare:session?v=1&advice=" + QByteArray(1971, 'x');
}

void TestCardRequest::qrCodeLevelM()
{
    QFETCH(QByteArray, text);
    const std::optional<QrCode> code = encodeQrCode(text);
    QVERIFY(code);
    QVERIFY(code->version >= 1 && code->version <= 40);
    QCOMPARE(code->size, 17 + 4 * code->version);
    QCOMPARE(code->modules.size(), qsizetype(code->size) * code->size);
    const int bits = formatBits(*code, false);
    QCOMPARE(formatBits(*code, true), bits);
    const int unmasked = bits ^ 0x5412; // the standard's format mask
    QCOMPARE(unmasked & 0x3ff, formatCheckBits(unmasked >> 10));
    QCOMPARE(unmasked >> 13, 0); // error correction level M is 00
}

void TestCardRequest::qrCodeTooLong()
{
    // Version 40-M holds 2,331 bytes of 8-bit data.
    QVERIFY(!encodeQrCode(QByteArray(2400, 'x')));
}

void TestCardRequest::pixelsPerModule_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("perModule");
    // side with quiet zone = 17 + 4 v + 8
    QTest::newRow("version 1: 29 modules, 21 px each (609 px)") << 1 << 21;
    QTest::newRow("version 5: 45 modules, 14 px each (630 px)") << 5 << 14;
    QTest::newRow("version 15: 85 modules, 8 px each (680 px)") << 15 << 8;
    QTest::newRow("version 40: 185 modules, 8 px each (1,480 px)") << 40 << 8;
}

void TestCardRequest::pixelsPerModule()
{
    QFETCH(int, version);
    QFETCH(int, perModule);
    QrCode code;
    code.version = version;
    code.size = 17 + 4 * version;
    QCOMPARE(qrPixelsPerModule(code), perModule);
    QVERIFY(qrSideModules(code) * perModule >= 600);
}

void TestCardRequest::svgHoldsEveryModule()
{
    const std::optional<QrCode> code = encodeQrCode("aftercare:session?v=1&duration=60");
    QVERIFY(code);
    const QString svg = QString::fromUtf8(qrCodeSvg(*code, QStringLiteral("Card <1> & co")));
    const int side = code->size + 8;
    QVERIFY2(svg.contains(QStringLiteral("viewBox=\"0 0 %1 %1\"").arg(side)), qPrintable(svg));
    const double millimetres = side * qrPixelsPerModule(*code) / 10.0;
    QVERIFY(svg.contains(QStringLiteral("width=\"%1mm\"").arg(millimetres, 0, 'f', 1)));
    QVERIFY(svg.contains(QStringLiteral("<title>Card &lt;1&gt; &amp; co</title>")));

    // Every rectangle of the path, put back into a grid, is the code with its quiet zone.
    QByteArray drawn(qsizetype(side) * side, 0);
    static const QRegularExpression run(QStringLiteral("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z"));
    for (const QRegularExpressionMatch& m : run.globalMatch(svg)) {
        const int x = m.captured(1).toInt(), y = m.captured(2).toInt();
        const int length = m.captured(3).toInt();
        QCOMPARE(m.captured(4).toInt(), length);
        for (int i = 0; i < length; ++i) {
            QVERIFY(x + i < side && y < side);
            QCOMPARE(drawn[y * side + x + i], char(0)); // no module drawn twice
            drawn[y * side + x + i] = 1;
        }
    }
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const bool inCode = x >= 4 && y >= 4 && x < side - 4 && y < side - 4;
            const bool dark = inCode && code->dark(x - 4, y - 4);
            QCOMPARE(drawn[y * side + x] != 0, dark);
        }
    }
}

QTEST_APPLESS_MAIN(TestCardRequest)
#include "tst_cardrequest.moc"
