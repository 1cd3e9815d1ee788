// The session-card link (README, "Session cards"): every rule of the parser and the builder.
#include "exchange/sessioncard.h"
#include "model/vocabulary.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::exchange;

Q_DECLARE_METATYPE(aftercare::exchange::SessionCard)

namespace {

// The link of the format's own example.
const QByteArray exampleLink =
    "aftercare:session?v=1&start=2026-11-20T15%3A00%3A00%2B01%3A00&duration=60&technique=deep-"
    "tissue&pressure=firm&areas=lower-back,gluteal-left&therapist=Anna%20K.&advice=Heat%20tonight%"
    "3B%20no%20heavy%20lifting%20for%2024%20h";

SessionCard exampleCard()
{
    SessionCard card;
    card.start = Timestamp::parse(QStringLiteral("2026-11-20T15:00:00+01:00"));
    card.durationMinutes = 60;
    card.technique = QStringLiteral("deep-tissue");
    card.pressure = QStringLiteral("firm");
    card.areas = QStringList{QStringLiteral("lower-back"), QStringLiteral("gluteal-left")};
    card.therapist = QStringLiteral("Anna K.");
    card.advice = QStringLiteral("Heat tonight; no heavy lifting for 24 h");
    return card;
}

QByteArray linkWith(const QByteArray& parameters)
{
    return "aftercare:session?v=1&" + parameters;
}

// A card with one member set.
template <typename T> SessionCard with(std::optional<T> SessionCard::*member, T value)
{
    SessionCard card;
    card.*member = std::move(value);
    return card;
}

SessionCard withTherapist(const QString& therapist)
{
    return with(&SessionCard::therapist, therapist);
}

SessionCard withAdvice(const QString& advice)
{
    return with(&SessionCard::advice, advice);
}

SessionCard withDuration(int minutes)
{
    return with(&SessionCard::durationMinutes, minutes);
}

SessionCard withAreas(const QStringList& areas)
{
    return with(&SessionCard::areas, areas);
}

SessionCard withStart(const char* text)
{
    return with(&SessionCard::start, *Timestamp::parse(QString::fromLatin1(text)));
}

// Which member differs, for a readable failure.
QString describe(const SessionCard& card)
{
    QStringList parts;
    if (card.start)
        parts << QStringLiteral("start=") + card.start->text;
    if (card.durationMinutes)
        parts << QStringLiteral("duration=%1").arg(*card.durationMinutes);
    if (card.technique)
        parts << QStringLiteral("technique=") + *card.technique;
    if (card.pressure)
        parts << QStringLiteral("pressure=") + *card.pressure;
    if (card.areas)
        parts << QStringLiteral("areas=") + card.areas->join(QLatin1Char('|'));
    if (card.therapist)
        parts << QStringLiteral("therapist=") + card.therapist->left(40);
    if (card.advice)
        parts << QStringLiteral("advice=") + card.advice->left(40);
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestSessionCard : public QObject
{
    Q_OBJECT
private slots:
    void parametersInTableOrder();
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void builds_data();
    void builds();
    void roundTrips_data();
    void roundTrips();
    void valueRulesNameNoOtherParameter();
};

void TestSessionCard::parametersInTableOrder()
{
    QCOMPARE(sessioncard::parameters(), QStringList({"v", "start", "duration", "technique",
                                                     "pressure", "areas", "therapist", "advice"}));
}

void TestSessionCard::accepts_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<SessionCard>("expected");

    QTest::newRow("the format's example") << exampleLink << exampleCard();
    QTest::newRow("only v") << QByteArray("aftercare:session?v=1") << SessionCard{};
    QTest::newRow("scheme in any case") << QByteArray("AfterCare:session?v=1") << SessionCard{};
    QTest::newRow("v after the others")
        << QByteArray("aftercare:session?duration=45&v=1") << withDuration(45);
    QTest::newRow("empty pieces between &")
        << QByteArray("aftercare:session?&v=1&&duration=45&") << withDuration(45);
    QTest::newRow("a percent-encoded name")
        << QByteArray("aftercare:session?%76=1&dur%61tion=45") << withDuration(45);

    // Unknown parameters are for newer readers.
    QTest::newRow("unknown parameter") << linkWith("colour=blue&duration=45") << withDuration(45);
    QTest::newRow("unknown parameter twice") << linkWith("x=1&x=2&duration=45") << withDuration(45);
    QTest::newRow("unknown parameter without a value")
        << linkWith("flag&duration=45") << withDuration(45);
    QTest::newRow("names are case-sensitive: Duration is unknown")
        << linkWith("Duration=0") << SessionCard{};

    // Percent-encoding and UTF-8.
    QTest::newRow("plus is a plus sign")
        << linkWith("therapist=Anna+Karl") << withTherapist(QStringLiteral("Anna+Karl"));
    QTest::newRow("%20 is a space")
        << linkWith("therapist=Anna%20K.") << withTherapist(QStringLiteral("Anna K."));
    QTest::newRow("upper-case UTF-8 escapes") << linkWith("therapist=J%C3%BCrgen%20M%C3%BCller")
                                              << withTherapist(QStringLiteral("Jürgen Müller"));
    QTest::newRow("lower-case escapes")
        << linkWith("therapist=Zo%c3%ab") << withTherapist(QStringLiteral("Zoë"));
    QTest::newRow("four-byte UTF-8")
        << linkWith("therapist=%F0%9F%98%80") << withTherapist(QStringLiteral("😀"));
    QTest::newRow("an encoded & and = are text")
        << linkWith("advice=a%26b%3Dc") << withAdvice(QStringLiteral("a&b=c"));
    QTest::newRow("a leading U+FEFF is kept")
        << linkWith("advice=%EF%BB%BFx") << withAdvice(QStringLiteral("\uFEFFx"));
    QTest::newRow("an encoded newline")
        << linkWith("advice=one%0Atwo") << withAdvice(QStringLiteral("one\ntwo"));
    QTest::newRow("characters a query may hold raw")
        << linkWith("advice=a:b@c/d?e!$'()*,;") << withAdvice(QStringLiteral("a:b@c/d?e!$'()*,;"));
    QTest::newRow("empty text") << linkWith("therapist=") << withTherapist(QString());

    // Values.
    QTest::newRow("start in UTC") << linkWith("start=2026-11-20T14%3A00%3A00Z")
                                  << withStart("2026-11-20T14:00:00Z");
    QTest::newRow("start with a raw plus")
        << linkWith("start=2026-11-20T15:00:00+01:00") << withStart("2026-11-20T15:00:00+01:00");
    QTest::newRow("start raw, with a fraction") << linkWith("start=2026-11-20T14:00:00.250-04:30")
                                                << withStart("2026-11-20T14:00:00.250-04:30");
    QTest::newRow("duration 1") << linkWith("duration=1") << withDuration(1);
    QTest::newRow("duration 600") << linkWith("duration=600") << withDuration(600);
    QTest::newRow("duration with a leading zero") << linkWith("duration=060") << withDuration(60);
    for (const char* technique :
         {"swedish", "deep-tissue", "sports", "trigger-point", "myofascial", "other"}) {
        SessionCard card;
        card.technique = QString::fromLatin1(technique);
        QTest::addRow("technique %s", technique)
            << linkWith(QByteArray("technique=") + technique) << card;
    }
    for (const char* pressure : {"light", "medium", "firm", "deep"}) {
        SessionCard card;
        card.pressure = QString::fromLatin1(pressure);
        QTest::addRow("pressure %s", pressure)
            << linkWith(QByteArray("pressure=") + pressure) << card;
    }
    QTest::newRow("one area") << linkWith("areas=neck") << withAreas({"neck"});
    QTest::newRow("a repeated area is kept as given")
        << linkWith("areas=neck,neck,abdomen") << withAreas({"neck", "neck", "abdomen"});
    QTest::newRow("an encoded comma separates too")
        << linkWith("areas=neck%2Cchest") << withAreas({"neck", "chest"});

    // Limits, at the limit.
    QTest::newRow("therapist of 200 code points")
        << linkWith("therapist=" + QByteArray("%C3%A9").repeated(200))
        << withTherapist(QString(200, QChar(0xe9)));
    // 201 UTF-16 units, 200 code points.
    QTest::newRow("therapist of 200 code points, one outside the BMP")
        << linkWith("therapist=" + QByteArray(199, 'a') + "%F0%9F%98%80")
        << withTherapist(QString(199, QLatin1Char('a')) + QStringLiteral("😀"));
    QTest::newRow("advice of 1,000 code points") << linkWith("advice=" + QByteArray(1000, 'x'))
                                                 << withAdvice(QString(1000, QLatin1Char('x')));
    const QByteArray head = linkWith("duration=45&pad=");
    QTest::newRow("a link of 2,000 bytes")
        << head + QByteArray(2000 - head.size(), 'p') << withDuration(45);
}

void TestSessionCard::accepts()
{
    QFETCH(QByteArray, link);
    QFETCH(SessionCard, expected);
    const CardParseResult result = parseSessionCard(link);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY2(*result.card == expected,
             qPrintable(describe(*result.card) + QStringLiteral(" / ") + describe(expected)));
}

void TestSessionCard::refuses_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QString>("error");

    // The link as a whole.
    const QByteArray head = linkWith("duration=45&pad=");
    QTest::newRow("2,001 bytes") << head + QByteArray(2001 - head.size(), 'p')
                                 << "link: the link is 2,001 bytes; at most 2,000 are allowed";
    QTest::newRow("the size counts bytes, not characters")
        << linkWith("advice=" + QByteArray("%C3%A9").repeated(400))
        << "link: the link is 2,429 bytes; at most 2,000 are allowed";
    QTest::newRow("another scheme")
        << QByteArray("https://example.org/?v=1")
        << "link: \"https://example.org/?v=1\" is not an aftercare: link";
    QTest::newRow("empty") << QByteArray() << "link: \"\" is not an aftercare: link";
    QTest::newRow("another path")
        << QByteArray("aftercare:sessions?v=1")
        << "link: \"aftercare:sessions?v=1\" is not a session card (it must start with "
           "aftercare:session?v=1)";
    QTest::newRow("an authority")
        << QByteArray("aftercare://session?v=1")
        << "link: \"aftercare://session?v=1\" is not a session card (it must start with "
           "aftercare:session?v=1)";

    // v.
    QTest::newRow("no query") << QByteArray("aftercare:session") << "v: missing";
    QTest::newRow("v missing") << QByteArray("aftercare:session?duration=45") << "v: missing";
    QTest::newRow("v 2") << QByteArray("aftercare:session?v=2")
                         << "v: \"2\" is not a supported version (only 1 is)";
    QTest::newRow("v 01") << QByteArray("aftercare:session?v=01")
                          << "v: \"01\" is not a supported version (only 1 is)";
    QTest::newRow("v empty") << QByteArray("aftercare:session?v=")
                             << "v: \"\" is not a supported version (only 1 is)";
    QTest::newRow("v without a value")
        << QByteArray("aftercare:session?v") << "v: has no value (write v=…)";
    QTest::newRow("v is checked before the values")
        << QByteArray("aftercare:session?duration=0&v=2")
        << "v: \"2\" is not a supported version (only 1 is)";

    // Given twice.
    QTest::newRow("v twice") << QByteArray("aftercare:session?v=1&v=1") << "v: given twice";
    QTest::newRow("technique twice, the same value")
        << linkWith("technique=swedish&technique=swedish") << "technique: given twice";
    QTest::newRow("technique twice, once encoded")
        << linkWith("technique=swedish&t%65chnique=sports") << "technique: given twice";
    QTest::newRow("advice twice, the second empty")
        << linkWith("advice=rest&advice=") << "advice: given twice";
    QTest::newRow("therapist without a value")
        << linkWith("therapist") << "therapist: has no value (write therapist=…)";

    // Encoding.
    QTest::newRow("escape with a non-hex digit")
        << linkWith("therapist=%G1")
        << "therapist: \"%G1\" is not a valid percent escape (%XX, two hex digits)";
    QTest::newRow("escape cut short") << linkWith("therapist=Anna%2")
                                      << "therapist: \"%2\" is not a valid percent escape (%XX, "
                                         "two hex digits)";
    QTest::newRow("a lone %") << linkWith("advice=100%")
                              << "advice: \"%\" is not a valid percent escape (%XX, two hex "
                                 "digits)";
    QTest::newRow("a bad escape in an unknown parameter")
        << linkWith("x=%ZZ") << "x: \"%ZZ\" is not a valid percent escape (%XX, two hex digits)";
    QTest::newRow("a bad escape in a name")
        << linkWith("%ZZ=1")
        << "\"%ZZ\": \"%ZZ\" is not a valid percent escape (%XX, two hex digits)";
    QTest::newRow("a bad escape after an empty name")
        << linkWith("=%ZZ") << "\"\": \"%ZZ\" is not a valid percent escape (%XX, two hex digits)";
    QTest::newRow("a truncated UTF-8 sequence")
        << linkWith("therapist=Zo%C3") << "therapist: \"Zo%C3\" is not valid UTF-8";
    QTest::newRow("a lead byte before ASCII")
        << linkWith("therapist=%C3%28") << "therapist: \"%C3%28\" is not valid UTF-8";
    QTest::newRow("a lone continuation byte")
        << linkWith("therapist=%BC") << "therapist: \"%BC\" is not valid UTF-8";
    QTest::newRow("an overlong form")
        << linkWith("therapist=%C0%AF") << "therapist: \"%C0%AF\" is not valid UTF-8";
    QTest::newRow("a UTF-16 surrogate")
        << linkWith("advice=%ED%A0%80") << "advice: \"%ED%A0%80\" is not valid UTF-8";
    QTest::newRow("above U+10FFFF")
        << linkWith("advice=%F4%90%80%80") << "advice: \"%F4%90%80%80\" is not valid UTF-8";
    QTest::newRow("byte FF") << linkWith("advice=%FF") << "advice: \"%FF\" is not valid UTF-8";
    QTest::newRow("invalid UTF-8 in an unknown parameter")
        << linkWith("x=%FF") << "x: \"%FF\" is not valid UTF-8";
    QTest::newRow("a raw space") << linkWith("therapist=Anna K.")
                                 << "therapist: a space must be percent-encoded as %20";
    QTest::newRow("a raw #") << linkWith("advice=ball #3")
                             << "advice: a space must be percent-encoded as %20";
    QTest::newRow("a raw # cuts nothing off silently")
        << linkWith("advice=ball#3&duration=45")
        << "advice: the character \"#\" must be percent-encoded as %23";
    QTest::newRow("raw non-ASCII") << linkWith("therapist=Zo\xc3\xab")
                                   << "therapist: byte 0xc3 must be percent-encoded as %C3";
    QTest::newRow("a raw quote") << linkWith("advice=\"x\"")
                                 << "advice: the character \"\"\" must be percent-encoded as %22";
    QTest::newRow("a raw newline")
        << linkWith("advice=a\nb") << "advice: byte 0x0a must be percent-encoded as %0A";
    QTest::newRow("a syntax error comes before a bad value")
        << linkWith("duration=0&advice=%G")
        << "advice: \"%G\" is not a valid percent escape "
           "(%XX, two hex digits)";

    // start.
    QTest::newRow("start without an offset")
        << linkWith("start=2026-11-20T15%3A00%3A00")
        << "start: \"2026-11-20T15:00:00\" has no UTC offset (add Z or ±hh:mm)";
    QTest::newRow("start without seconds")
        << linkWith("start=2026-11-20T15%3A00Z")
        << "start: \"2026-11-20T15:00Z\" is not an RFC 3339 date-time with seconds and an offset";
    QTest::newRow("start with a raw space") << linkWith("start=2026-11-20T15:00:00 01:00")
                                            << "start: a space must be percent-encoded as %20";
    QTest::newRow("start on 30 February")
        << linkWith("start=2026-02-30T10:00:00Z")
        << "start: \"2026-02-30T10:00:00Z\" is not a calendar date";
    QTest::newRow("start empty")
        << linkWith("start=")
        << "start: \"\" is not an RFC 3339 date-time with seconds and an offset";

    // duration.
    QTest::newRow("duration 0") << linkWith("duration=0") << "duration: \"0\" is outside 1..600";
    QTest::newRow("duration 601") << linkWith("duration=601")
                                  << "duration: \"601\" is outside 1..600";
    QTest::newRow("duration huge") << linkWith("duration=99999999999999999999")
                                   << "duration: \"99999999999999999999\" is outside 1..600";
    QTest::newRow("duration negative")
        << linkWith("duration=-5") << "duration: \"-5\" is not a whole number of minutes";
    QTest::newRow("duration with a fraction")
        << linkWith("duration=1.5") << "duration: \"1.5\" is not a whole number of minutes";
    QTest::newRow("duration with a unit")
        << linkWith("duration=60min") << "duration: \"60min\" is not a whole number of minutes";
    QTest::newRow("duration with a sign")
        << linkWith("duration=%2B60") << "duration: \"+60\" is not a whole number of minutes";
    QTest::newRow("duration with a space")
        << linkWith("duration=%2060") << "duration: \" 60\" is not a whole number of minutes";
    QTest::newRow("duration in Arabic-Indic digits")
        << linkWith("duration=%D9%A6%D9%A0") << "duration: \"٦٠\" is not a whole number of minutes";
    QTest::newRow("duration empty")
        << linkWith("duration=") << "duration: \"\" is not a whole number of minutes";

    // ids.
    QTest::newRow("unknown technique")
        << linkWith("technique=shiatsu") << "technique: unknown technique \"shiatsu\"";
    QTest::newRow("ids are case-sensitive")
        << linkWith("technique=Swedish") << "technique: unknown technique \"Swedish\"";
    QTest::newRow("unknown pressure")
        << linkWith("pressure=extra-firm") << "pressure: unknown pressure \"extra-firm\"";
    QTest::newRow("unknown region")
        << linkWith("areas=neck,knee") << "areas: unknown region \"knee\"";
    QTest::newRow("a screening id is no region")
        << linkWith("areas=pregnancy") << "areas: unknown region \"pregnancy\"";
    QTest::newRow("areas empty") << linkWith("areas=")
                                 << "areas: no region ids (give them separated by commas)";
    QTest::newRow("areas with a trailing comma")
        << linkWith("areas=neck,") << "areas: \"neck,\" has an empty region id";
    QTest::newRow("areas with a space")
        << linkWith("areas=neck,%20chest") << "areas: unknown region \" chest\"";

    // Text.
    QTest::newRow("therapist of 201 code points")
        << linkWith("therapist=" + QByteArray(201, 'a'))
        << "therapist: the text has 201 characters; at most 200 are allowed";
    QTest::newRow("advice of 1,001 code points")
        << linkWith("advice=" + QByteArray(1001, 'a'))
        << "advice: the text has 1,001 characters; at most 1,000 are allowed";

    // The first bad value in table order.
    QTest::newRow("two bad values: table order")
        << linkWith("advice=" + QByteArray(1001, 'a') + "&duration=0")
        << "duration: \"0\" is outside 1..600";
}

void TestSessionCard::refuses()
{
    QFETCH(QByteArray, link);
    QFETCH(QString, error);
    const CardParseResult result = parseSessionCard(link);
    QVERIFY2(!result.ok(), qPrintable(describe(result.card.value_or(SessionCard{}))));
    QCOMPARE(result.error.toString(), error);
}

void TestSessionCard::builds_data()
{
    QTest::addColumn<SessionCard>("card");
    QTest::addColumn<QByteArray>("link");
    QTest::newRow("the format's example") << exampleCard() << exampleLink;
    QTest::newRow("nothing but v") << SessionCard{} << QByteArray("aftercare:session?v=1");
    QTest::newRow("non-ASCII, UTF-8 upper-case hex")
        << withTherapist(QStringLiteral("Jürgen Müller"))
        << linkWith("therapist=J%C3%BCrgen%20M%C3%BCller");
    QTest::newRow("what the query would misread")
        << withAdvice(QStringLiteral("a+b & c=d #1 50%, ok?"))
        << linkWith("advice=a%2Bb%20%26%20c%3Dd%20%231%2050%25%2C%20ok%3F");
    QTest::newRow("unreserved characters stay")
        << withTherapist(QStringLiteral("A-z_0.9~")) << linkWith("therapist=A-z_0.9~");
    QTest::newRow("start as written")
        << withStart("2026-11-20T14:00:00.250Z") << linkWith("start=2026-11-20T14%3A00%3A00.250Z");
    QTest::newRow("areas keep their commas")
        << withAreas({"neck", "neck", "chest"}) << linkWith("areas=neck,neck,chest");
}

void TestSessionCard::builds()
{
    QFETCH(SessionCard, card);
    QFETCH(QByteArray, link);
    QCOMPARE(sessionCardLink(card), link);
}

void TestSessionCard::roundTrips_data()
{
    QTest::addColumn<SessionCard>("card");
    QTest::newRow("example") << exampleCard();
    QTest::newRow("empty") << SessionCard{};
    QTest::newRow("names") << withTherapist(QStringLiteral("Zoë Ødegård-Łukasiewicz, 王芳 😀"));
    QTest::newRow("empty text") << withAdvice(QString());
    QTest::newRow("long advice") << withAdvice(
        QStringLiteral("Drink water, walk gently tonight; heat on the lower back (20 min). ")
            .repeated(14)
            .left(990));
    QTest::newRow("every byte of ASCII") << [] {
        QString text;
        for (char16_t c = 1; c < 0x80; ++c)
            text += QChar(c);
        return withAdvice(text);
    }();
    QTest::newRow("every region") << withAreas(vocabulary::ids(vocabulary::regions()));
}

void TestSessionCard::roundTrips()
{
    QFETCH(SessionCard, card);
    const QByteArray link = sessionCardLink(card);
    QVERIFY(link.size() <= sessioncard::maxLinkBytes);
    const CardParseResult parsed = parseSessionCard(link);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
    QVERIFY2(*parsed.card == card,
             qPrintable(describe(*parsed.card) + QStringLiteral(" / ") + describe(card)));
    QCOMPARE(sessionCardLink(*parsed.card), link);
}

void TestSessionCard::valueRulesNameNoOtherParameter()
{
    SessionCard card;
    QCOMPARE(setSessionCardValue(card, QStringLiteral("v"), QStringLiteral("1")),
             std::optional<QString>(QStringLiteral("\"v\" is not a session-card value")));
    QCOMPARE(setSessionCardValue(card, QStringLiteral("notes"), QStringLiteral("x")),
             std::optional<QString>(QStringLiteral("\"notes\" is not a session-card value")));
    QVERIFY(card == SessionCard{});
    QVERIFY(!setSessionCardValue(card, QStringLiteral("duration"), QStringLiteral("90")));
    QCOMPARE(card.durationMinutes, std::optional<int>(90));
}

QTEST_APPLESS_MAIN(TestSessionCard)
#include "tst_sessioncard.moc"
