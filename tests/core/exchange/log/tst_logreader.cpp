#include "exchange/logreader.h"

#include <QFile>
#include <QTest>

using namespace aftercare;
using namespace aftercare::exchange;

namespace {

const QByteArray sessionStart = "2026-11-20T15:00:00+01:00";

QByteArray logOf(const QByteArray& sessions)
{
    return R"({"format": "aftercare-log", "version": 1, "sessions": [)" + sessions + "]}";
}

QByteArray logOf2(const QByteArray& sessions)
{
    return R"({"format": "aftercare-log", "version": 2, "sessions": [)" + sessions + "]}";
}

// A valid session; `extraMembers` starts with ", ".
QByteArray sessionOf(const QByteArray& extraMembers = {}, const QByteArray& id = "s1")
{
    return R"({"id": ")" + id + R"(", "start": ")" + sessionStart + '"' + extraMembers + "}";
}

QByteArray checkInOf(const QByteArray& extraMembers = {},
                     const QByteArray& at = "2026-11-20T23:00:00+01:00")
{
    return R"({"at": ")" + at + '"' + extraMembers + "}";
}

QByteArray logWithCheckIns(const QByteArray& checkIns)
{
    return logOf(sessionOf(R"(, "checkIns": [)" + checkIns + "]"));
}

QByteArray logWithSymptoms(const QByteArray& symptoms)
{
    return logWithCheckIns(checkInOf(R"(, "symptoms": [)" + symptoms + "]"));
}

QByteArray logWithIntensity(const QByteArray& intensity)
{
    return logWithSymptoms(R"({"region": "lower-back", "intensity": )" + intensity + "}");
}

QByteArray logWithSessionMember(const QByteArray& member)
{
    return logOf(sessionOf(", " + member));
}

// A version-2 log whose one session has `member`.
QByteArray log2WithSessionMember(const QByteArray& member)
{
    return logOf2(sessionOf(", " + member));
}

// A version-2 log whose one session has these check-ins.
QByteArray log2WithCheckIns(const QByteArray& checkIns)
{
    return logOf2(sessionOf(R"(, "checkIns": [)" + checkIns + "]"));
}

// A version-2 log with one check-in that has `member`.
QByteArray log2WithCheckInMember(const QByteArray& member)
{
    return log2WithCheckIns(checkInOf(", " + member));
}

const QString checkIn0 = QStringLiteral("sessions[0].checkIns[0]");

QByteArray logWithNote(const QByteArray& note)
{
    return logWithCheckIns(checkInOf(R"(, "note": ")" + note + '"'));
}

QByteArray repeated(const QByteArray& piece, int times)
{
    QByteArray result;
    for (int i = 0; i < times; ++i)
        result += piece;
    return result;
}

const QString symptom0 = QStringLiteral("sessions[0].checkIns[0].symptoms[0]");

Log readValid(const QByteArray& bytes)
{
    const LogReadResult result = readLog(bytes);
    if (!result.ok())
        qWarning("unexpected error: %s", qPrintable(result.error.toString()));
    return result.log.value_or(Log{});
}

} // namespace

class TestLogReader : public QObject
{
    Q_OBJECT
private slots:
    void rejectsInvalid_data();
    void rejectsInvalid();
    void errorTextNamesThePath();
    void readsSpecExample();
    void readsSpecExampleOfVersion2();
    void ignoresVersion2MembersInVersion1_data();
    void ignoresVersion2MembersInVersion1();
    void acceptsRecordedAtFromAtOn_data();
    void acceptsRecordedAtFromAtOn();
    void readsStrokeSignsInBothVersions();
    void toleratesByteOrderMark();
    void ignoresUnknownMembers();
    void acceptsWholeNumbersWithFraction_data();
    void acceptsWholeNumbersWithFraction();
    void appliesDefaultsForAbsentMembers();
    void keepsCheckInsInFileOrder();
    void readsFractionsAndOffsets();
    void decodesStringEscapes();
    void countsFreeTextInCodePoints();
    void matchesEscapedMemberNames();
    void acceptsEmptySessions();
    void acceptsVersionWrittenAsWholeNumber();
    void readsInstantsAcrossTheCalendar_data();
    void readsInstantsAcrossTheCalendar();
};

void TestLogReader::rejectsInvalid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    // Not strict JSON.
    QTest::newRow("empty file") << QByteArray() << ""
                                << "line 1, column 1: the file is empty";
    QTest::newRow("only whitespace") << QByteArray(" \n\t ") << ""
                                     << "the file is empty";
    QTest::newRow("only a byte-order mark") << QByteArray("\xEF\xBB\xBF") << ""
                                            << "the file is empty";
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE{\0", 4) << ""
                            << "UTF-16";
    QTest::newRow("trailing comma in object") << QByteArray(R"({"format": "aftercare-log",})") << ""
                                              << "line 1, column 28: trailing comma before '}'";
    QTest::newRow("trailing comma in array") << logOf(sessionOf() + ",") << "sessions"
                                             << "trailing comma before ']'";
    QTest::newRow("column counts characters") << QByteArray("{\"format\": \"\xC3\xA9\",}") << ""
                                              << "line 1, column 16";
    QTest::newRow("line and column on a later line")
        << QByteArray("{\n  \"format\": \"aftercare-log\",\n  \"version\": 1,\n  \"sessions\": [\n"
                      "    {\"id\": \"s1\", \"start\": \"2026-11-20T15:00:00+01:00\", \"notes\": "
                      "\"x\" \"y\"}\n  ]\n}")
        << "sessions[0]"
        << "line 5, column 69: expected ',' or '}' after a member";
    QTest::newRow("line comment") << QByteArray("{// note\n\"format\": \"aftercare-log\"}") << ""
                                  << "comments are not allowed";
    QTest::newRow("block comment as value")
        << logWithSessionMember(R"("notes": /* x */ "y")") << "sessions[0].notes"
        << "comments are not allowed";
    QTest::newRow("block comment after a member")
        << QByteArray(R"({"format": "aftercare-log" /* x */, "version": 1, "sessions": []})") << ""
        << "line 1, column 28: expected ',' or '}' after a member, found a comment (comments are "
           "not allowed in JSON)";
    QTest::newRow("line comment after an element")
        << logOf(sessionOf() + " // x\n") << "sessions"
        << "expected ',' or ']' after an element, found a comment";
    QTest::newRow("a lone slash after a member")
        << logWithSessionMember(R"("notes": "x" / )") << "sessions[0]"
        << "expected ',' or '}' after a member, found '/'";
    QTest::newRow("a lone slash as a value")
        << logWithSessionMember(R"("notes": / )") << "sessions[0].notes"
        << "expected a value, found '/'";
    QTest::newRow("a lone slash as a member name")
        << QByteArray(R"({/ "format": "aftercare-log"})") << ""
        << "expected a member name in double quotes, found '/'";
    QTest::newRow("a comment after the end")
        << QByteArray(R"({"format": "aftercare-log", "version": 1, "sessions": []} // x)") << ""
        << "found a comment (comments are not allowed in JSON) after the end of the JSON value";
    QTest::newRow("single-quoted name") << QByteArray("{'format': 'aftercare-log'}") << ""
                                        << "single quotes";
    QTest::newRow("single-quoted value")
        << logWithSessionMember("\"technique\": 'swedish'") << "sessions[0].technique"
        << "single quotes";
    QTest::newRow("leading zero") << logWithIntensity("05") << symptom0 + ".intensity"
                                  << "leading zeros";
    QTest::newRow("leading zero negative") << logWithIntensity("-01") << symptom0 + ".intensity"
                                           << "leading zeros";
    QTest::newRow("NaN") << logWithIntensity("NaN") << symptom0 + ".intensity"
                         << "NaN and Infinity";
    QTest::newRow("Infinity") << logWithIntensity("Infinity") << symptom0 + ".intensity"
                              << "NaN and Infinity";
    QTest::newRow("-Infinity") << logWithIntensity("-Infinity") << symptom0 + ".intensity"
                               << "NaN and Infinity";
    QTest::newRow("plus sign") << logWithIntensity("+5") << symptom0 + ".intensity"
                               << "cannot start with '+'";
    QTest::newRow("bare decimal point") << logWithIntensity("5.") << symptom0 + ".intensity"
                                        << "digit must follow the decimal";
    QTest::newRow("empty exponent") << logWithIntensity("5e") << symptom0 + ".intensity"
                                    << "digit must follow the exponent";
    QTest::newRow("capitalised literal") << logWithIntensity("True") << symptom0 + ".intensity"
                                         << "expected a value, found 'T'";
    QTest::newRow("missing value") << logWithIntensity("") << symptom0 + ".intensity"
                                   << "expected a value, found '}'";
    QTest::newRow("raw tab in string") << logWithNote("a\tb") << "sessions[0].checkIns[0].note"
                                       << "control character U+0009";
    QTest::newRow("raw newline in string") << logWithNote("a\nb") << "sessions[0].checkIns[0].note"
                                           << "control character U+000A";
    QTest::newRow("lone high surrogate")
        << logWithNote(R"(a\uD83D)") << "sessions[0].checkIns[0].note"
        << "lone surrogate \\uD83D";
    QTest::newRow("lone low surrogate")
        << logWithNote(R"(\ude00)") << "sessions[0].checkIns[0].note"
        << "lone surrogate \\uDE00";
    QTest::newRow("high surrogate then letter")
        << logWithNote(R"(\uD83D\u0041)") << "sessions[0].checkIns[0].note"
        << "lone surrogate \\uD83D";
    QTest::newRow("short unicode escape")
        << logWithNote(R"(\u00e)") << "sessions[0].checkIns[0].note"
        << "four hex digits";
    QTest::newRow("unknown escape") << logWithNote(R"(\x41)") << "sessions[0].checkIns[0].note"
                                    << "invalid escape \\'x'";
    QTest::newRow("invalid utf-8 byte") << logWithNote("a\xFF") << "sessions[0].checkIns[0].note"
                                        << "invalid UTF-8 (byte 0xFF)";
    QTest::newRow("overlong utf-8") << logWithNote("\xC0\xAF") << "sessions[0].checkIns[0].note"
                                    << "invalid UTF-8 (byte 0xC0)";
    QTest::newRow("utf-8 encoded surrogate")
        << logWithNote("\xED\xA0\x80") << "sessions[0].checkIns[0].note"
        << "invalid UTF-8 (byte 0xED)";
    QTest::newRow("truncated utf-8") << logWithNote("\xE2\x82") << "sessions[0].checkIns[0].note"
                                     << "invalid UTF-8 (byte 0xE2)";
    QTest::newRow("non-utf-8 outside strings") << QByteArray("{\"format\": \xE9}") << "format"
                                               << "found byte 0xE9";
    QTest::newRow("unterminated string") << QByteArray(R"({"format": "aftercare-log)") << "format"
                                         << "never closed";
    QTest::newRow("missing colon") << QByteArray(R"({"format" "aftercare-log"})") << "format"
                                   << "expected ':'";
    QTest::newRow("missing comma")
        << QByteArray(R"({"format": "aftercare-log" "version": 1})") << ""
        << "expected ',' or '}'";
    QTest::newRow("unquoted member name") << QByteArray(R"({format: "aftercare-log"})") << ""
                                          << "member name in double quotes";
    QTest::newRow("file ends inside an array")
        << QByteArray(R"({"format": "aftercare-log", "version": 1, "sessions": [)") << "sessions[0]"
        << "the file ends where a value is expected";
    QTest::newRow("trailing garbage") << logOf({}) + "x"
                                      << ""
                                      << "found 'x' after the end of the JSON value";
    QTest::newRow("two documents") << logOf({}) + "\n" + logOf({}) << ""
                                   << "after the end of the JSON value";
    QTest::newRow("duplicate member")
        << logOf(R"({"id": "s1", "id": "s2", "start": ")" + sessionStart + "\"}")
        << "sessions[0].id"
        << "duplicate member name \"id\"";
    QTest::newRow("duplicate written with an escape")
        << QByteArray(R"({"format": "aftercare-log", "\u0066ormat": "aftercare-log"})") << "format"
        << "duplicate member name";
    QTest::newRow("duplicate inside an unknown member")
        << logOf({}).chopped(1) + R"(, "extra": {"a": 1, "b": [], "a": 2}})"
        << "extra.a"
        << "duplicate member name \"a\"";
    QTest::newRow("nesting too deep")
        << logOf({}).chopped(1) + ", \"extra\": " + repeated("[", 100000)
        << "extra" + QString("[0]").repeated(63) << "nested more than 64 levels";
    QTest::newRow("top level is an array")
        << QByteArray("[]") << ""
        << "expected a JSON object at the top level, found an array";
    QTest::newRow("syntax error wins over a broken rule") << logWithIntensity("11") + "}"
                                                          << ""
                                                          << "after the end of the JSON value";

    // format and version come first, wherever they are in the file.
    QTest::newRow("format missing") << QByteArray(R"({"version": 1, "sessions": []})") << "format"
                                    << "required member is missing";
    QTest::newRow("format wrong")
        << QByteArray(R"({"format": "aftercare-logs", "version": 1, "sessions": []})") << "format"
        << "\"aftercare-logs\" is not an Aftercare log";
    QTest::newRow("format null") << QByteArray(R"({"format": null, "version": 1, "sessions": []})")
                                 << "format"
                                 << "found null";
    QTest::newRow("format checked before version")
        << QByteArray(R"({"version": 2, "format": "other", "sessions": []})") << "format"
        << "\"other\" is not an Aftercare log";
    QTest::newRow("format checked before rules")
        << QByteArray(R"({"sessions": [{"id": ""}], "format": "other", "version": 1})") << "format"
        << "\"other\"";
    QTest::newRow("version missing")
        << QByteArray(R"({"format": "aftercare-log", "sessions": []})") << "version"
        << "required member is missing";
    QTest::newRow("version 3")
        << QByteArray(R"({"format": "aftercare-log", "version": 3, "sessions": []})") << "version"
        << "version 3 is not supported; this app reads versions 1 and 2";
    QTest::newRow("version 0")
        << QByteArray(R"({"format": "aftercare-log", "version": 0, "sessions": []})") << "version"
        << "version 0 is not supported";
    QTest::newRow("version 1.5")
        << QByteArray(R"({"format": "aftercare-log", "version": 1.5, "sessions": []})") << "version"
        << "version 1.5 is not supported";
    QTest::newRow("version as string")
        << QByteArray(R"({"format": "aftercare-log", "version": "1", "sessions": []})") << "version"
        << "found the string \"1\"";
    QTest::newRow("version checked before rules")
        << QByteArray(R"({"sessions": [{"id": ""}], "format": "aftercare-log", "version": 3})")
        << "version"
        << "version 3 is not supported";
    QTest::newRow("sessions missing")
        << QByteArray(R"({"format": "aftercare-log", "version": 1})") << "sessions"
        << "required member is missing";
    QTest::newRow("sessions not an array")
        << QByteArray(R"({"format": "aftercare-log", "version": 1, "sessions": {}})") << "sessions"
        << "expected an array of sessions, found an object";
    QTest::newRow("exportedAt without offset")
        << QByteArray(R"({"format": "aftercare-log", "version": 1, "exportedAt": )"
                      R"("2026-11-22T09:00:00", "sessions": []})")
        << "exportedAt"
        << "no UTC offset";
    QTest::newRow("exportedAt null")
        << QByteArray(
               R"({"format": "aftercare-log", "version": 1, "exportedAt": null, "sessions": []})")
        << "exportedAt"
        << "null is not allowed";

    // Sessions.
    QTest::newRow("session not an object") << logOf("[]") << "sessions[0]"
                                           << "expected a session object, found an array";
    QTest::newRow("id missing") << logOf(R"({"start": ")" + sessionStart + "\"}")
                                << "sessions[0].id"
                                << "required member is missing";
    QTest::newRow("id empty") << logOf(sessionOf({}, "")) << "sessions[0].id"
                              << "must not be empty";
    QTest::newRow("id a number") << logOf(R"({"id": 5, "start": ")" + sessionStart + "\"}")
                                 << "sessions[0].id"
                                 << "found the number 5";
    QTest::newRow("id used twice")
        << logOf(sessionOf({}, "a") + "," + sessionOf({}, "b") + "," + sessionOf({}, "a"))
        << "sessions[2].id"
        << "\"a\" is already the id of sessions[0]";
    QTest::newRow("start missing") << logOf(R"({"id": "s1"})") << "sessions[0].start"
                                   << "required member is missing";
    QTest::newRow("start without offset")
        << logOf(R"({"id": "s1", "start": "2026-11-20T15:00:00"})") << "sessions[0].start"
        << "no UTC offset";
    QTest::newRow("start without seconds")
        << logOf(R"({"id": "s1", "start": "2026-11-20T15:00+01:00"})") << "sessions[0].start"
        << "RFC 3339";
    QTest::newRow("start not a date")
        << logOf(R"({"id": "s1", "start": "2026-02-30T15:00:00+01:00"})") << "sessions[0].start"
        << "calendar date";
    QTest::newRow("start on 1900-02-29")
        << logOf(R"({"id": "s1", "start": "1900-02-29T15:00:00+01:00"})") << "sessions[0].start"
        << "calendar date";
    QTest::newRow("start with a trailing newline")
        << logOf(R"({"id": "s1", "start": "2026-11-20T15:00:00+01:00\n"})") << "sessions[0].start"
        << "RFC 3339";
    QTest::newRow("duration 0") << logWithSessionMember(R"("durationMinutes": 0)")
                                << "sessions[0].durationMinutes"
                                << "0 is outside 1..600";
    QTest::newRow("duration 601") << logWithSessionMember(R"("durationMinutes": 601)")
                                  << "sessions[0].durationMinutes"
                                  << "601 is outside 1..600";
    QTest::newRow("duration fraction")
        << logWithSessionMember(R"("durationMinutes": 90.5)") << "sessions[0].durationMinutes"
        << "90.5 is not a whole number";
    QTest::newRow("duration as string")
        << logWithSessionMember(R"("durationMinutes": "60")") << "sessions[0].durationMinutes"
        << "found the string \"60\"";
    QTest::newRow("unknown technique")
        << logWithSessionMember(R"("technique": "shiatsu")") << "sessions[0].technique"
        << "unknown technique \"shiatsu\"";
    QTest::newRow("unknown pressure")
        << logWithSessionMember(R"("pressure": "hard")") << "sessions[0].pressure"
        << "unknown pressure \"hard\"";
    QTest::newRow("empty pressure")
        << logWithSessionMember(R"("pressure": "")") << "sessions[0].pressure"
        << "unknown pressure \"\"";
    QTest::newRow("pressure null")
        << logWithSessionMember(R"("pressure": null)") << "sessions[0].pressure"
        << "null is not allowed";
    QTest::newRow("unknown area") << logWithSessionMember(R"("areasWorked": ["neck", "toes"])")
                                  << "sessions[0].areasWorked[1]"
                                  << "unknown region \"toes\"";
    QTest::newRow("areas not an array")
        << logWithSessionMember(R"("areasWorked": "neck")") << "sessions[0].areasWorked"
        << "expected an array of region ids";
    QTest::newRow("unknown screening")
        << logWithSessionMember(R"("screening": ["pregnancy", "flu"])")
        << "sessions[0].screening[1]"
        << "unknown screening \"flu\"";
    QTest::newRow("baseline region twice")
        << logWithSessionMember(
               R"("baseline": [{"region": "neck", "intensity": 2}, {"region": "neck", "intensity": 3}])")
        << "sessions[0].baseline[1].region"
        << "already has a baseline at baseline[0]";
    QTest::newRow("baseline intensity 11")
        << logWithSessionMember(R"("baseline": [{"region": "neck", "intensity": 11}])")
        << "sessions[0].baseline[0].intensity"
        << "11 is outside 0..10";
    QTest::newRow("baseline intensity missing")
        << logWithSessionMember(R"("baseline": [{"region": "neck"}])")
        << "sessions[0].baseline[0].intensity"
        << "required member is missing";
    QTest::newRow("baseline unknown region")
        << logWithSessionMember(R"("baseline": [{"region": "tail", "intensity": 1}])")
        << "sessions[0].baseline[0].region"
        << "unknown region \"tail\"";
    QTest::newRow("therapist too long")
        << logWithSessionMember("\"therapist\": \"" + QByteArray(4001, 'a') + "\"")
        << "sessions[0].therapist"
        << "4001 characters; at most 4000";
    QTest::newRow("notes too long in code points")
        << logWithSessionMember("\"notes\": \"" + repeated("\xF0\x9F\x98\x80", 4001) + "\"")
        << "sessions[0].notes"
        << "4001 characters; at most 4000";
    QTest::newRow("notes a number") << logWithSessionMember(R"("notes": 3)") << "sessions[0].notes"
                                    << "expected a string, found the number 3";

    // Check-ins.
    QTest::newRow("check-in not an object") << logWithCheckIns("[]") << "sessions[0].checkIns[0]"
                                            << "expected a check-in object, found an array";
    QTest::newRow("at missing") << logWithCheckIns(R"({"symptoms": []})")
                                << "sessions[0].checkIns[0].at"
                                << "required member is missing";
    QTest::newRow("at before start")
        << logWithCheckIns(checkInOf() + "," + checkInOf({}, "2026-11-20T14:59:59+01:00"))
        << "sessions[0].checkIns[1].at"
        << "2026-11-20T14:59:59+01:00 is before the session start 2026-11-20T15:00:00+01:00";
    QTest::newRow("at before start, start written last")
        << logOf(R"({"id": "s1", "checkIns": [{"at": "2026-11-20T13:59:00Z"}], "start": ")" +
                 sessionStart + "\"}")
        << "sessions[0].checkIns[0].at"
        << "is before the session start";
    QTest::newRow("two check-ins at the same text")
        << logWithCheckIns(checkInOf() + "," + checkInOf({}, "2026-11-21T08:00:00+01:00") + "," +
                           checkInOf())
        << "sessions[0].checkIns[2].at"
        << "same instant as checkIns[0]";
    QTest::newRow("same instant with another offset")
        << logWithCheckIns(checkInOf({}, "2026-11-21T08:00:00+01:00") + "," +
                           checkInOf({}, "2026-11-20T23:00:00+01:00") + "," +
                           checkInOf({}, "2026-11-21T07:00:00.000Z"))
        << "sessions[0].checkIns[2].at"
        << "same instant as checkIns[0] (2026-11-21T08:00:00+01:00)";
    QTest::newRow("symptom region twice")
        << logWithSymptoms(
               R"({"region": "neck", "intensity": 2}, {"region": "neck", "intensity": 4})")
        << "sessions[0].checkIns[0].symptoms[1].region"
        << "already described at symptoms[0]";
    QTest::newRow("intensity 11") << logWithIntensity("11") << symptom0 + ".intensity"
                                  << "11 is outside 0..10";
    QTest::newRow("intensity -1") << logWithIntensity("-1") << symptom0 + ".intensity"
                                  << "-1 is outside 0..10";
    QTest::newRow("intensity 5.5") << logWithIntensity("5.5") << symptom0 + ".intensity"
                                   << "5.5 is not a whole number";
    QTest::newRow("intensity 5.05e1") << logWithIntensity("5.05e1") << symptom0 + ".intensity"
                                      << "5.05e1 is not a whole number";
    QTest::newRow("intensity true") << logWithIntensity("true") << symptom0 + ".intensity"
                                    << "expected a whole number 0..10, found true";
    QTest::newRow("intensity as string") << logWithIntensity(R"("5")") << symptom0 + ".intensity"
                                         << "found the string \"5\"";
    QTest::newRow("intensity 1e400") << logWithIntensity("1e400") << symptom0 + ".intensity"
                                     << "1e400 is outside 0..10";
    QTest::newRow("intensity huge integer")
        << logWithIntensity("100000000000000000000005") << symptom0 + ".intensity"
        << "is outside 0..10";
    QTest::newRow("intensity null") << logWithIntensity("null") << symptom0 + ".intensity"
                                    << "null is not allowed";
    QTest::newRow("intensity missing")
        << logWithSymptoms(R"({"region": "neck"})") << symptom0 + ".intensity"
        << "required member is missing";
    QTest::newRow("region missing")
        << logWithSymptoms(R"({"intensity": 3})") << symptom0 + ".region"
        << "required member is missing";
    QTest::newRow("unknown region")
        << logWithSymptoms(R"({"region": "elbow", "intensity": 3})") << symptom0 + ".region"
        << "unknown region \"elbow\"";
    QTest::newRow("unknown quality")
        << logWithSymptoms(R"({"region": "neck", "intensity": 3, "qualities": ["dull", "itchy"]})")
        << symptom0 + ".qualities[1]"
        << "unknown quality \"itchy\"";
    QTest::newRow("qualities null")
        << logWithSymptoms(R"({"region": "neck", "intensity": 3, "qualities": null})")
        << symptom0 + ".qualities"
        << "null is not allowed";
    QTest::newRow("symptom null") << logWithSymptoms("null") << symptom0 << "null is not allowed";
    QTest::newRow("symptoms an object")
        << logWithCheckIns(checkInOf(R"(, "symptoms": {})")) << "sessions[0].checkIns[0].symptoms"
        << "expected an array of symptoms, found an object";
    QTest::newRow("unknown red flag") << logWithCheckIns(checkInOf(R"(, "redFlags": ["headache"])"))
                                      << "sessions[0].checkIns[0].redFlags[0]"
                                      << "unknown red flag \"headache\"";
    QTest::newRow("id in upper case") << logWithCheckIns(checkInOf(R"(, "redFlags": ["FEVER"])"))
                                      << "sessions[0].checkIns[0].redFlags[0]"
                                      << "unknown red flag \"FEVER\"";
    QTest::newRow("note too long")
        << logWithNote(QByteArray(4001, 'n')) << "sessions[0].checkIns[0].note"
        << "4001 characters";
    QTest::newRow("first error in the file is reported")
        << logWithCheckIns(checkInOf(R"(, "symptoms": [{"region": "neck", "intensity": 12}])") +
                           "," +
                           checkInOf(R"(, "symptoms": [{"region": "nose", "intensity": 1}])",
                                     "2026-11-21T08:00:00+01:00"))
        << symptom0 + ".intensity"
        << "12 is outside 0..10";

    // Version 2: the session.
    QTest::newRow("v2 advice too long")
        << log2WithSessionMember("\"advice\": \"" + repeated("\xC3\xA9", 4001) + "\"")
        << "sessions[0].advice"
        << "the text has 4001 characters; at most 4000 are allowed";
    QTest::newRow("v2 advice a number")
        << log2WithSessionMember(R"("advice": 1)") << "sessions[0].advice"
        << "expected a string, found the number 1";
    QTest::newRow("v2 advice null")
        << log2WithSessionMember(R"("advice": null)") << "sessions[0].advice"
        << "null is not allowed";
    QTest::newRow("v2 unknown source")
        << log2WithSessionMember(R"("source": "qr-code")") << "sessions[0].source"
        << "unknown source \"qr-code\"";
    QTest::newRow("v2 source in upper case")
        << log2WithSessionMember(R"("source": "Manual")") << "sessions[0].source"
        << "unknown source \"Manual\"";
    // Version 2: the check-in.
    QTest::newRow("v2 recordedAt a second before at")
        << log2WithCheckInMember(R"("recordedAt": "2026-11-20T22:59:59+01:00")")
        << checkIn0 + ".recordedAt"
        << "2026-11-20T22:59:59+01:00 is earlier than the check-in's at "
           "2026-11-20T23:00:00+01:00";
    QTest::newRow("v2 recordedAt a microsecond before at, in another offset")
        << log2WithCheckInMember(R"("recordedAt": "2026-11-20T21:59:59.999999Z")")
        << checkIn0 + ".recordedAt"
        << "is earlier than the check-in's at";
    QTest::newRow("v2 recordedAt written before at, earlier")
        << log2WithCheckIns(R"({"recordedAt": "2026-11-20T16:00:00+01:00", "at": ")"
                            R"(2026-11-20T17:00:00+01:00"})")
        << checkIn0 + ".recordedAt"
        << "is earlier than the check-in's at";
    QTest::newRow("v2 recordedAt without offset")
        << log2WithCheckInMember(R"("recordedAt": "2026-11-20T23:01:00")")
        << checkIn0 + ".recordedAt"
        << "no UTC offset";
    QTest::newRow("v2 recordedAt null")
        << log2WithCheckInMember(R"("recordedAt": null)") << checkIn0 + ".recordedAt"
        << "null is not allowed";
    QTest::newRow("v2 unknown impact")
        << log2WithCheckInMember(R"("impact": "some")") << checkIn0 + ".impact"
        << "unknown impact \"some\"";
    QTest::newRow("v2 impact an array")
        << log2WithCheckInMember(R"("impact": ["none"])") << checkIn0 + ".impact"
        << "expected an impact id, found an array";
    QTest::newRow("v2 unknown reaction")
        << log2WithCheckInMember(R"("reactions": ["headache", "itching"])")
        << checkIn0 + ".reactions[1]"
        << "unknown reaction \"itching\"";
    QTest::newRow("v2 reactions not an array")
        << log2WithCheckInMember(R"("reactions": "nausea")") << checkIn0 + ".reactions"
        << "expected an array of reaction ids";
    QTest::newRow("v2 a red flag is not a reaction")
        << log2WithCheckInMember(R"("reactions": ["fever"])") << checkIn0 + ".reactions[0]"
        << "unknown reaction \"fever\"";
    QTest::newRow("v2 unknown benefit")
        << log2WithCheckInMember(R"("benefits": ["happy"])") << checkIn0 + ".benefits[0]"
        << "unknown benefit \"happy\"";
    QTest::newRow("v2 selfCare not an array")
        << log2WithCheckInMember(R"("selfCare": {})") << checkIn0 + ".selfCare"
        << "expected an array of {kind, helped} objects";
    QTest::newRow("v2 selfCare entry a string")
        << log2WithCheckInMember(R"("selfCare": ["walk"])") << checkIn0 + ".selfCare[0]"
        << "expected a {kind, helped} object, found the string \"walk\"";
    QTest::newRow("v2 selfCare kind missing")
        << log2WithCheckInMember(R"("selfCare": [{"helped": "yes"}])")
        << checkIn0 + ".selfCare[0].kind"
        << "required member is missing; expected a self-care kind id";
    QTest::newRow("v2 unknown selfCare kind")
        << log2WithCheckInMember(R"("selfCare": [{"kind": "massage"}])")
        << checkIn0 + ".selfCare[0].kind"
        << "unknown self-care kind \"massage\"";
    QTest::newRow("v2 unknown selfCare answer")
        << log2WithCheckInMember(R"("selfCare": [{"kind": "walk", "helped": "maybe"}])")
        << checkIn0 + ".selfCare[0].helped"
        << "unknown answer \"maybe\"";
    QTest::newRow("v2 selfCare helped null")
        << log2WithCheckInMember(R"("selfCare": [{"kind": "walk", "helped": null}])")
        << checkIn0 + ".selfCare[0].helped"
        << "null is not allowed";
    QTest::newRow("v2 selfCare kind given twice")
        << log2WithCheckIns(
               checkInOf({}, "2026-11-20T16:00:00+01:00") + "," +
               checkInOf(R"(, "selfCare": [{"kind": "heat"}])", "2026-11-20T17:00:00+01:00") + "," +
               checkInOf(R"(, "selfCare": [{"kind": "heat", "helped": "yes"}, {"kind": "heat"}])",
                         "2026-11-20T18:00:00+01:00"))
        << "sessions[0].checkIns[2].selfCare[1].kind"
        << "\"heat\" is given twice";
    QTest::newRow("v2 note too long")
        << log2WithCheckInMember("\"note\": \"" + QByteArray(4001, 'n') + "\"")
        << checkIn0 + ".note"
        << "4001 characters";
    QTest::newRow("v2 rules are checked when the version comes last")
        << QByteArray(R"({"format": "aftercare-log", "sessions": [)" +
                      sessionOf(R"(, "source": "fax")") + R"(], "version": 2})")
        << "sessions[0].source"
        << "unknown source \"fax\"";
}

void TestLogReader::rejectsInvalid()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    const LogReadResult result = readLog(input);
    QVERIFY2(!result.ok(), "the reader accepted an invalid file");
    QCOMPARE(result.error.path, path);
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.toString()));
}

void TestLogReader::errorTextNamesThePath()
{
    const QByteArray symptom = R"(, "symptoms": [{"region": "lower-back", "intensity": 4}])";
    const LogReadResult result = readLog(
        logWithCheckIns(checkInOf(symptom, "2026-11-20T16:00:00+01:00") + "," +
                        checkInOf(symptom, "2026-11-20T19:00:00+01:00") + "," +
                        checkInOf(symptom, "2026-11-20T23:00:00+01:00") + "," +
                        checkInOf(R"(, "symptoms": [{"region": "lower-back", "intensity": 11}])",
                                  "2026-11-21T08:00:00+01:00")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.toString(),
             QStringLiteral("sessions[0].checkIns[3].symptoms[0].intensity: 11 is outside 0..10"));

    const LogReadResult empty = readLog({});
    QCOMPARE(empty.error.path, QString());
    QCOMPARE(empty.error.toString(), empty.error.message);
}

void TestLogReader::readsSpecExample()
{
    QFile file(
        QStringLiteral(AFTERCARE_SOURCE_DIR "/tests/core/exchange/log/data/spec-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Log log = readValid(file.readAll());
    QVERIFY(log.exportedAt.has_value());
    QCOMPARE(log.exportedAt->text, QStringLiteral("2026-11-22T09:00:00+01:00"));
    QCOMPARE(log.sessions.size(), 1);
    const Session& session = log.sessions.first();
    QCOMPARE(session.id, QStringLiteral("s-2026-11-20"));
    QCOMPARE(session.start.text, QStringLiteral("2026-11-20T15:00:00+01:00"));
    QCOMPARE(session.start.utcMicros, Q_INT64_C(1795183200000000));
    QCOMPARE(session.durationMinutes, 60);
    QCOMPARE(session.technique, QStringLiteral("deep-tissue"));
    QCOMPARE(session.pressure, QStringLiteral("firm"));
    QCOMPARE(session.areasWorked,
             QStringList({QStringLiteral("lower-back"), QStringLiteral("gluteal-left")}));
    QCOMPARE(session.therapist, QStringLiteral("optional free text"));
    QCOMPARE(session.baseline, QList<BaselineEntry>({{QStringLiteral("lower-back"), 3}}));
    QCOMPARE(session.screening, QStringList({QStringLiteral("disc-herniation")}));
    QCOMPARE(session.notes, QStringLiteral("optional free text"));
    QCOMPARE(session.checkIns.size(), 1);
    const CheckIn& checkIn = session.checkIns.first();
    QCOMPARE(checkIn.at.text, QStringLiteral("2026-11-20T23:00:00+01:00"));
    QCOMPARE(checkIn.at.utcMicros - session.start.utcMicros, Q_INT64_C(8) * 3600 * 1000000);
    QCOMPARE(checkIn.symptoms.size(), 1);
    QCOMPARE(checkIn.symptoms.first().region, QStringLiteral("lower-back"));
    QCOMPARE(checkIn.symptoms.first().intensity, 5);
    QCOMPARE(checkIn.symptoms.first().qualities,
             QStringList({QStringLiteral("aching"), QStringLiteral("stiff")}));
    QVERIFY(checkIn.redFlags.isEmpty());
    QCOMPARE(checkIn.note, QStringLiteral("optional free text"));
}

void TestLogReader::readsSpecExampleOfVersion2()
{
    QFile file(
        QStringLiteral(AFTERCARE_SOURCE_DIR "/tests/core/exchange/log/data/spec-example-v2.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Log log = readValid(file.readAll());
    QCOMPARE(log.sessions.size(), 1);
    const Session& session = log.sessions.first();
    QCOMPARE(session.id, QStringLiteral("s-2026-11-20"));
    QCOMPARE(session.therapist, QStringLiteral("optional free text"));
    QCOMPARE(session.advice,
             QStringLiteral("optional free text: the therapist's aftercare advice"));
    QCOMPARE(session.source, QStringLiteral("session-card"));
    QCOMPARE(session.screening, QStringList({QStringLiteral("disc-herniation")}));
    QCOMPARE(session.checkIns.size(), 1);
    const CheckIn& checkIn = session.checkIns.first();
    QCOMPARE(checkIn.at.text, QStringLiteral("2026-11-20T23:00:00+01:00"));
    QVERIFY(checkIn.recordedAt.has_value());
    QCOMPARE(checkIn.recordedAt->text, QStringLiteral("2026-11-20T23:01:12+01:00"));
    QCOMPARE(checkIn.recordedAt->utcMicros - checkIn.at.utcMicros, Q_INT64_C(72000000));
    QCOMPARE(checkIn.impact, QStringLiteral("a-little"));
    QCOMPARE(checkIn.reactions, QStringList({QStringLiteral("tiredness")}));
    QCOMPARE(checkIn.benefits, QStringList({QStringLiteral("relaxed")}));
    QCOMPARE(checkIn.selfCare, QList<SelfCare>({{QStringLiteral("walk"), QStringLiteral("yes")},
                                                {QStringLiteral("water"), QString()}}));
    QCOMPARE(checkIn.note, QStringLiteral("optional free text"));
}

void TestLogReader::ignoresVersion2MembersInVersion1_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("tail");
    // Where the version stands decides nothing: a file whose sessions come first is read
    // again once its version is known.
    QTest::newRow("version first")
        << QByteArray(R"({"format": "aftercare-log", "version": 1, )") << QByteArray("}");
    QTest::newRow("version last") << QByteArray(R"({"format": "aftercare-log", )")
                                  << QByteArray(R"(, "version": 1})");
    QTest::newRow("version written as 1.0 after the sessions")
        << QByteArray(R"({"format": "aftercare-log", )") << QByteArray(R"(, "version": 1.0})");
}

void TestLogReader::ignoresVersion2MembersInVersion1()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, tail);
    // Values that version 2 would refuse: in version 1 they are unknown members.
    const QByteArray sessions =
        R"("sessions": [)" +
        sessionOf(R"(, "advice": null, "source": "fax", "checkIns": [)" +
                  checkInOf(R"(, "recordedAt": "2020-01-01T00:00:00Z", "impact": 3, )"
                            R"("reactions": ["itching"], "benefits": {}, )"
                            R"("selfCare": [{"kind": "heat"}, {"kind": "heat"}], "note": "n")") +
                  "]") +
        "]";
    const Log log = readValid(head + sessions + tail);
    QCOMPARE(log.sessions.size(), 1);
    const Session& session = log.sessions.first();
    QVERIFY(session.advice.isEmpty());
    QVERIFY(session.source.isEmpty());
    QCOMPARE(session.checkIns.size(), 1);
    const CheckIn& checkIn = session.checkIns.first();
    QVERIFY(!checkIn.recordedAt.has_value());
    QVERIFY(checkIn.impact.isEmpty());
    QVERIFY(checkIn.reactions.isEmpty());
    QVERIFY(checkIn.benefits.isEmpty());
    QVERIFY(checkIn.selfCare.isEmpty());
    QCOMPARE(checkIn.note, QStringLiteral("n"));

    // The same members, valid, are read in version 2 but not in version 1.
    const QByteArray valid =
        R"("sessions": [)" +
        sessionOf(R"(, "advice": "heat tonight", "source": "manual", "checkIns": [)" +
                  checkInOf(R"(, "impact": "none", "reactions": ["nausea"])") + "]") +
        "]";
    QCOMPARE(readValid(head + valid + tail).sessions.first().advice, QString());
    QByteArray version2 = head + valid + tail;
    version2.replace(R"("version": 1.0)", R"("version": 2)");
    version2.replace(R"("version": 1)", R"("version": 2)");
    const Log read2 = readValid(version2);
    QCOMPARE(read2.sessions.size(), 1);
    QCOMPARE(read2.sessions.first().advice, QStringLiteral("heat tonight"));
    QCOMPARE(read2.sessions.first().source, QStringLiteral("manual"));
    QCOMPARE(read2.sessions.first().checkIns.first().impact, QStringLiteral("none"));
    QCOMPARE(read2.sessions.first().checkIns.first().reactions,
             QStringList({QStringLiteral("nausea")}));
}

void TestLogReader::acceptsRecordedAtFromAtOn_data()
{
    QTest::addColumn<QByteArray>("recordedAt");
    QTest::newRow("the same text") << QByteArray("2026-11-20T23:00:00+01:00");
    QTest::newRow("the same instant in another offset") << QByteArray("2026-11-20T22:00:00Z");
    QTest::newRow("a microsecond later") << QByteArray("2026-11-20T22:00:00.000001Z");
    QTest::newRow("digits after the sixth count for nothing")
        << QByteArray("2026-11-20T22:00:00.0000009Z");
    QTest::newRow("days later") << QByteArray("2026-11-24T08:00:00-05:00");
}

void TestLogReader::acceptsRecordedAtFromAtOn()
{
    QFETCH(QByteArray, recordedAt);
    const LogReadResult result =
        readLog(log2WithCheckInMember(R"("recordedAt": ")" + recordedAt + '"'));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.log->sessions.first().checkIns.first().recordedAt->text,
             QString::fromLatin1(recordedAt));
}

void TestLogReader::readsStrokeSignsInBothVersions()
{
    for (const QByteArray& log :
         {logWithCheckIns(checkInOf(R"(, "redFlags": ["stroke-signs"])")),
          log2WithCheckInMember(R"("redFlags": ["stroke-signs", "fever"])")}) {
        const Log read = readValid(log);
        QCOMPARE(read.sessions.size(), 1);
        QCOMPARE(read.sessions.first().checkIns.first().redFlags.first(),
                 QStringLiteral("stroke-signs"));
    }
}

void TestLogReader::toleratesByteOrderMark()
{
    const Log log = readValid("\xEF\xBB\xBF" + logOf(sessionOf()));
    QCOMPARE(log.sessions.size(), 1);
    QCOMPARE(log.sessions.first().id, QStringLiteral("s1"));
    // Only one, and only at the start.
    QVERIFY(!readLog("\xEF\xBB\xBF\xEF\xBB\xBF" + logOf({})).ok());
    QVERIFY(!readLog(" \xEF\xBB\xBF" + logOf({})).ok());
}

void TestLogReader::ignoresUnknownMembers()
{
    const QByteArray unknown =
        R"("future": {"nested": [1, 2.5e3, null, true, false, {"deep": [[]]}], "x": null})";
    const QByteArray bytes =
        R"({"format": "aftercare-log", )" + unknown + R"(, "version": 1, "sessions": [)" +
        sessionOf(", " + unknown + R"(, "checkIns": [)" +
                  checkInOf(", " + unknown + R"(, "symptoms": [{"region": "neck", )" + unknown +
                            R"(, "intensity": 4}])") +
                  R"(], "baseline": [{"region": "neck", "intensity": 1, )" + unknown + "}]") +
        "], \"comment\": \"written by a newer version\"}";
    const Log log = readValid(bytes);
    QCOMPARE(log.sessions.size(), 1);
    const Session& session = log.sessions.first();
    QCOMPARE(session.baseline, QList<BaselineEntry>({{QStringLiteral("neck"), 1}}));
    QCOMPARE(session.checkIns.size(), 1);
    QCOMPARE(session.checkIns.first().symptoms, QList<Symptom>({{QStringLiteral("neck"), 4, {}}}));
}

void TestLogReader::acceptsWholeNumbersWithFraction_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<int>("intensity");
    QTest::newRow("5") << QByteArray("5") << 5;
    QTest::newRow("5.0") << QByteArray("5.0") << 5;
    QTest::newRow("10.000") << QByteArray("10.000") << 10;
    QTest::newRow("5e0") << QByteArray("5e0") << 5;
    QTest::newRow("0.7E1") << QByteArray("0.7E1") << 7;
    QTest::newRow("30e-1") << QByteArray("30e-1") << 3;
    QTest::newRow("1e+1") << QByteArray("1e+1") << 10;
    QTest::newRow("0") << QByteArray("0") << 0;
    QTest::newRow("-0") << QByteArray("-0") << 0;
    QTest::newRow("0e400") << QByteArray("0e400") << 0;
}

void TestLogReader::acceptsWholeNumbersWithFraction()
{
    QFETCH(QByteArray, written);
    QFETCH(int, intensity);
    const Log log = readValid(logWithIntensity(written));
    QCOMPARE(log.sessions.size(), 1);
    QCOMPARE(log.sessions.first().checkIns.first().symptoms.first().intensity, intensity);
}

void TestLogReader::appliesDefaultsForAbsentMembers()
{
    const Log log = readValid(
        logOf(sessionOf() + "," + sessionOf(R"(, "checkIns": [)" + checkInOf() + "]", "s2")));
    QVERIFY(!log.exportedAt.has_value());
    QCOMPARE(log.sessions.size(), 2);
    const Session& session = log.sessions.first();
    QCOMPARE(session.durationMinutes, 60);
    QCOMPARE(session.technique, QStringLiteral("other"));
    QVERIFY(session.pressure.isEmpty());
    QVERIFY(session.areasWorked.isEmpty());
    QVERIFY(session.therapist.isEmpty());
    QVERIFY(session.baseline.isEmpty());
    QVERIFY(session.screening.isEmpty());
    QVERIFY(session.notes.isEmpty());
    QVERIFY(session.checkIns.isEmpty());
    QCOMPARE(session.endUtcMicros() - session.start.utcMicros, Q_INT64_C(3600000000));
    const CheckIn& checkIn = log.sessions.last().checkIns.first();
    QVERIFY(checkIn.symptoms.isEmpty());
    QVERIFY(checkIn.redFlags.isEmpty());
    QVERIFY(checkIn.note.isEmpty());
}

void TestLogReader::keepsCheckInsInFileOrder()
{
    const QList<QByteArray> instants = {"2026-11-22T08:00:00+01:00", "2026-11-20T16:00:00+01:00",
                                        "2026-11-21T08:00:00+01:00", "2026-11-20T15:00:00+01:00"};
    QByteArray checkIns;
    for (const QByteArray& at : instants)
        checkIns += (checkIns.isEmpty() ? "" : ",") + checkInOf({}, at);
    const Log log = readValid(logWithCheckIns(checkIns));
    QCOMPARE(log.sessions.size(), 1);
    const QList<CheckIn>& read = log.sessions.first().checkIns;
    QCOMPARE(read.size(), instants.size());
    for (int i = 0; i < instants.size(); ++i)
        QCOMPARE(read[i].at.text, QString::fromLatin1(instants[i]));
}

void TestLogReader::readsFractionsAndOffsets()
{
    // 15:00+01:00 is 14:00Z; 14:30Z is after it although its wall-clock text is earlier.
    const Log log = readValid(logWithCheckIns(checkInOf({}, "2026-11-20T14:30:00Z") + "," +
                                              checkInOf({}, "2026-11-20T14:30:00.5+00:00") + "," +
                                              checkInOf({}, "2026-11-20T09:30:00.123456789-05:00") +
                                              "," + checkInOf({}, "2026-11-21t05:45:00+14:45")));
    QCOMPARE(log.sessions.size(), 1);
    const QList<CheckIn>& checkIns = log.sessions.first().checkIns;
    QCOMPARE(checkIns.size(), 4);
    const qint64 start = log.sessions.first().start.utcMicros;
    QCOMPARE(checkIns[0].at.utcMicros - start, Q_INT64_C(1800000000));
    QCOMPARE(checkIns[1].at.utcMicros - start, Q_INT64_C(1800500000));
    QCOMPARE(checkIns[1].at.text, QStringLiteral("2026-11-20T14:30:00.5+00:00"));
    QCOMPARE(checkIns[2].at.utcMicros - start, Q_INT64_C(1800123456));
    QCOMPARE(checkIns[2].at.offsetSeconds, -5 * 3600);
    QCOMPARE(checkIns[3].at.utcMicros - start, Q_INT64_C(3600000000));
    QCOMPARE(checkIns[3].at.offsetSeconds, 14 * 3600 + 45 * 60);
    QCOMPARE(checkIns[3].at.text, QStringLiteral("2026-11-21t05:45:00+14:45"));
}

void TestLogReader::decodesStringEscapes()
{
    const Log log = readValid(
        logWithNote(R"(quote \" backslash \\ slash \/ \b\f\n\r\t \u00e9\u00C9 \ud83d\ude00 raw )"
                    "\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80 \\u0000"));
    QCOMPARE(log.sessions.size(), 1);
    const QString expected = QStringLiteral("quote \" backslash \\ slash / \b\f\n\r\t éÉ ") +
                             QString::fromUtf8("\xF0\x9F\x98\x80 raw \xC3\xA9\xE4\xB8\xAD"
                                               "\xF0\x9F\x98\x80 ") +
                             QChar(0);
    QCOMPARE(log.sessions.first().checkIns.first().note, expected);
}

void TestLogReader::countsFreeTextInCodePoints()
{
    // 4,000 characters outside the Basic Multilingual Plane are 8,000 UTF-16 units.
    const QByteArray emoji = "\xF0\x9F\x98\x80";
    const Log log = readValid(logWithNote(repeated(emoji, 4000)));
    QCOMPARE(log.sessions.size(), 1);
    QCOMPARE(log.sessions.first().checkIns.first().note.size(), 8000);
    // Escapes count as the character they stand for.
    QVERIFY(readLog(logWithNote(repeated(R"(\ud83d\ude00)", 4000))).ok());
    QVERIFY(!readLog(logWithNote(repeated(R"(\ud83d\ude00)", 4001))).ok());
}

void TestLogReader::matchesEscapedMemberNames()
{
    const Log log = readValid(
        R"({"\u0066ormat": "aftercare-\u006cog", "version": 1, "sessions": [{"\u0069d": "s\u00e9", "start": ")" +
        sessionStart + R"(", "technique": "\u0073wedish"}]})");
    QCOMPARE(log.sessions.size(), 1);
    QCOMPARE(log.sessions.first().id, QStringLiteral("sé"));
    QCOMPARE(log.sessions.first().technique, QStringLiteral("swedish"));
}

void TestLogReader::acceptsEmptySessions()
{
    const Log log = readValid(logOf({}));
    QVERIFY(log.sessions.isEmpty());
    QVERIFY(readLog(" \r\n\t" + logOf({}) + "\n\n ").ok());
}

void TestLogReader::acceptsVersionWrittenAsWholeNumber()
{
    // JSON has one kind of number: 1.0 is the number 1, as 5.0 is the intensity 5.
    QVERIFY(readLog(R"({"format": "aftercare-log", "version": 1.0, "sessions": []})").ok());
    QVERIFY(readLog(R"({"format": "aftercare-log", "version": 1e0, "sessions": []})").ok());
    QVERIFY(readLog(R"({"format": "aftercare-log", "version": 2.0, "sessions": []})").ok());
    QVERIFY(readLog(R"({"format": "aftercare-log", "version": 0.2e1, "sessions": []})").ok());
}

void TestLogReader::readsInstantsAcrossTheCalendar_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("year one") << "0001-01-01T00:00:00Z";
    QTest::newRow("1900 is not a leap year") << "1900-03-01T00:00:00Z";
    QTest::newRow("2000 is a leap year") << "2000-02-29T12:00:00+05:30";
    QTest::newRow("before the epoch") << "1969-12-31T23:59:59.5Z";
    QTest::newRow("end of 2100 february") << "2100-02-28T23:59:59-00:30";
    QTest::newRow("largest year") << "9999-12-31T23:59:59-23:59";
}

void TestLogReader::readsInstantsAcrossTheCalendar()
{
    QFETCH(QString, text);
    const Log log = readValid(logOf(R"({"id": "s1", "start": ")" + text.toUtf8() + "\"}"));
    QCOMPARE(log.sessions.size(), 1);
    // Qt's own calendar arithmetic is the independent reference.
    const QDateTime reference = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    QVERIFY(reference.isValid());
    QCOMPARE(log.sessions.first().start.utcMicros, reference.toMSecsSinceEpoch() * 1000);
    QCOMPARE(log.sessions.first().start.offsetSeconds, reference.offsetFromUtc());
}

QTEST_APPLESS_MAIN(TestLogReader)
#include "tst_logreader.moc"
