#include "golden.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

// `aftercare analyze` (the log format's section 4: version 2 output for files of both
// versions), run as the real executable.
namespace {

// The example of section 1.
const QByteArray specExample = R"({
  "format": "aftercare-log",
  "version": 1,
  "exportedAt": "2026-11-22T09:00:00+01:00",
  "sessions": [
    {
      "id": "s-2026-11-20",
      "start": "2026-11-20T15:00:00+01:00",
      "durationMinutes": 60,
      "technique": "deep-tissue",
      "pressure": "firm",
      "areasWorked": ["lower-back", "gluteal-left"],
      "therapist": "optional free text",
      "baseline": [{"region": "lower-back", "intensity": 3}],
      "screening": ["disc-herniation"],
      "notes": "optional free text",
      "checkIns": [
        {
          "at": "2026-11-20T23:00:00+01:00",
          "symptoms": [
            {"region": "lower-back", "intensity": 5, "qualities": ["aching", "stiff"]}
          ],
          "redFlags": [],
          "note": "optional free text"
        }
      ]
    }
  ]
}
)";

// The same session written as version 2, with the members version 2 adds (section 1).
const QByteArray specExampleV2 =
    QByteArray(specExample)
        .replace("\"version\": 1", "\"version\": 2")
        .replace("\"therapist\": \"optional free text\",",
                 "\"therapist\": \"optional free text\",\n"
                 "      \"advice\": \"heat tonight\",\n"
                 "      \"source\": \"session-card\",")
        .replace("\"redFlags\": [],", "\"redFlags\": [], \"impact\": \"a-little\", "
                                      "\"reactions\": [\"tiredness\"], \"benefits\": "
                                      "[\"relaxed\"], \"selfCare\": [{\"kind\": "
                                      "\"walk\", \"helped\": \"yes\"}, {\"kind\": "
                                      "\"water\"}],");

// Cauda equina signs answered yes before the session, then one "no soreness" check-in.
const QByteArray screenedEmergency = R"({"format": "aftercare-log", "version": 1, "sessions": [
  {"id": "s1", "start": "2026-11-20T15:00:00+01:00",
   "screening": ["pregnancy", "cauda-equina-symptoms"],
   "checkIns": [{"at": "2026-11-20T17:00:00+01:00", "symptoms": []}]},
  {"id": "s2", "start": "2026-11-21T15:00:00+01:00", "screening": ["dvt-history-or-signs"]}
]}
)";

// An id with a quote, a backslash and control characters, as JSON text.
const char idAsJson[] = "\"second \\\"quoted\\\" \\\\ \\n\\t\\u0001\"";

// Two sessions: the second has flags at check-ins written in another offset, given out of
// order, and an id that needs escaping.
const QByteArray flaggedLog = QByteArray(R"({
  "format": "aftercare-log",
  "version": 1,
  "sessions": [
    {"id": "first", "start": "2026-11-20T15:00:00+01:00"},
    {
      "id": ID_NEEDING_ESCAPES,
      "start": "2026-11-20T15:00:00+01:00",
      "durationMinutes": 30,
      "areasWorked": ["lower-back"],
      "checkIns": [
        {"at": "2026-11-21T02:00:00+02:00",
         "symptoms": [{"region": "lower-back", "intensity": 1}], "redFlags": ["fever"]},
        {"at": "2026-11-20T16:50:00+01:00",
         "symptoms": [{"region": "lower-back", "intensity": 4, "qualities": ["tingling"]}]}
      ]
    }
  ]
}
)")
                                  // moc misreads backslashes inside raw strings.
                                  .replace("ID_NEEDING_ESCAPES", idAsJson);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runAnalyze(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(AFTERCARE_EXECUTABLE));
    process.setArguments(QStringList{QStringLiteral("analyze")} + arguments);
    process.start();
    if (!process.waitForStarted())
        qFatal("cannot start %s", AFTERCARE_EXECUTABLE);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        qFatal("analyze did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void specExampleFromFile();
    void standardInputGivesTheSameBytes();
    void flagsAndSessionsInFileOrder();
    void version2ExampleGivesTheSameOutput();
    void version2ExampleMatchesItsGoldenFile();
    void screeningFlagsHaveNoTime();
    void emptyLog();
    void invalidFiles_data();
    void invalidFiles();
    void missingFile();
    void missingArgument();

private:
    QString write(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

void TestAnalyzeCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestAnalyzeCommand::write(const QString& name, const QByteArray& content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestAnalyzeCommand::specExampleFromFile()
{
    const Run run = runAnalyze({write(QStringLiteral("example.json"), specExample)});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.keys().size(), 3);
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("aftercare-analysis"));
    QCOMPARE(root.value(QLatin1String("version")).toInteger(), 2);
    const QJsonArray sessions = root.value(QLatin1String("sessions")).toArray();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject session = sessions.at(0).toObject();
    QCOMPARE(session.keys().size(), 8);
    QCOMPARE(session.value(QLatin1String("id")).toString(), QStringLiteral("s-2026-11-20"));
    QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("on-track"));
    QCOMPARE(session.value(QLatin1String("grade")).toString(), QStringLiteral("mild"));
    QCOMPARE(session.value(QLatin1String("onsetHours")).toDouble(-1), 7.0);
    QCOMPARE(session.value(QLatin1String("peakHours")).toDouble(-1), 7.0);
    QVERIFY(session.value(QLatin1String("peakExcess")).isDouble());
    QCOMPARE(session.value(QLatin1String("peakExcess")).toInt(-1), 2);
    QVERIFY(session.value(QLatin1String("resolvedHours")).isNull());
    QVERIFY(session.value(QLatin1String("flags")).isArray());
    const QJsonArray flags = session.value(QLatin1String("flags")).toArray();
    QCOMPARE(flags.size(), 1);
    const QJsonObject flag = flags.at(0).toObject();
    QCOMPARE(flag.keys().size(), 5);
    QCOMPARE(flag.value(QLatin1String("code")).toString(), QStringLiteral("screened-disc"));
    QCOMPARE(flag.value(QLatin1String("severity")).toString(), QStringLiteral("info"));
    QVERIFY(flag.value(QLatin1String("at")).isNull());
    QVERIFY(flag.value(QLatin1String("hours")).isNull());
    QVERIFY(flag.value(QLatin1String("message")).toString().contains(QStringLiteral("therapist")));

    // Key order as in the spec (QJsonObject sorts keys, so look at the text).
    const QList<QByteArray> keys{
        "\"format\"",     "\"version\"",       "\"sessions\"",    "\"id\"",
        "\"status\"",     "\"grade\"",         "\"onsetHours\"",  "\"peakHours\"",
        "\"peakExcess\"", "\"resolvedHours\"", "\"flags\"",       "\"code\"",
        "\"severity\"",   "\"at\": null",      "\"hours\": null", "\"message\""};
    qsizetype previous = -1;
    for (const QByteArray& key : keys) {
        const qsizetype at = run.out.indexOf(key);
        QVERIFY2(at > previous, key.constData());
        previous = at;
    }
    QVERIFY(run.out.contains("\"onsetHours\": 7.0"));
    QVERIFY(run.out.endsWith('\n'));
}

void TestAnalyzeCommand::standardInputGivesTheSameBytes()
{
    const Run fromFile = runAnalyze({write(QStringLiteral("flagged.json"), flaggedLog)});
    const Run fromStdin = runAnalyze({QStringLiteral("-")}, flaggedLog);
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(fromStdin.err, QByteArray());
    QVERIFY(!fromStdin.out.isEmpty());
    QCOMPARE(fromStdin.out, fromFile.out);
}

void TestAnalyzeCommand::flagsAndSessionsInFileOrder()
{
    const Run run = runAnalyze({write(QStringLiteral("flagged.json"), flaggedLog)});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray sessions = QJsonDocument::fromJson(run.out, &error)
                                    .object()
                                    .value(QLatin1String("sessions"))
                                    .toArray();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(sessions.size(), 2);

    const QJsonObject first = sessions.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("first"));
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("insufficient-data"));
    for (const char* key : {"grade", "onsetHours", "peakHours", "peakExcess", "resolvedHours"})
        QVERIFY2(first.value(QLatin1String(key)).isNull(), key);

    // End 15:30+01:00; check-ins at +1h20m (tingling, excess 4) and +9h30m (fever).
    const QJsonObject second = sessions.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("id")).toString(),
             QStringLiteral("second \"quoted\" \\ \n\t\u0001"));
    QVERIFY(run.out.contains(idAsJson));
    QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("see-doctor-today"));
    QCOMPARE(second.value(QLatin1String("grade")).toString(), QStringLiteral("severe"));
    // Six decimals: 1h20m prints as 1.333333.
    QVERIFY(qAbs(second.value(QLatin1String("onsetHours")).toDouble() - 4.0 / 3.0) < 1e-6);
    QVERIFY(run.out.contains("\"onsetHours\": 1.333333,"));
    QCOMPARE(second.value(QLatin1String("peakExcess")).toInt(), 4);
    QCOMPARE(second.value(QLatin1String("resolvedHours")).toDouble(), 9.5);

    const QJsonArray flags = second.value(QLatin1String("flags")).toArray();
    const QList<QStringList> expected{
        {"nerve-irritation", "contact-therapist", "2026-11-20T16:50:00+01:00"},
        {"early-onset", "info", "2026-11-20T16:50:00+01:00"},
        {"infection", "see-doctor-today", "2026-11-21T02:00:00+02:00"}};
    const QList<double> expectedHours{4.0 / 3.0, 4.0 / 3.0, 9.5};
    QCOMPARE(flags.size(), expected.size());
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QJsonObject flag = flags.at(i).toObject();
        QCOMPARE(flag.keys().size(), 5);
        QCOMPARE(flag.value(QLatin1String("code")).toString(), expected.at(i).at(0));
        QCOMPARE(flag.value(QLatin1String("severity")).toString(), expected.at(i).at(1));
        QCOMPARE(flag.value(QLatin1String("at")).toString(), expected.at(i).at(2));
        QVERIFY(qAbs(flag.value(QLatin1String("hours")).toDouble() - expectedHours.at(i)) < 1e-6);
        QVERIFY(flag.value(QLatin1String("message")).toString().size() > 20);
    }
    QVERIFY(flags.at(2)
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QStringLiteral("See a doctor today")));
}

void TestAnalyzeCommand::version2ExampleGivesTheSameOutput()
{
    const Run version1 = runAnalyze({write(QStringLiteral("example.json"), specExample)});
    const Run version2 = runAnalyze({write(QStringLiteral("example-v2.json"), specExampleV2)});
    QCOMPARE(version2.err, QByteArray());
    QCOMPARE(version2.exitCode, 0);
    QVERIFY(specExampleV2.contains("\"selfCare\": [{\"kind\": \"walk\""));
    QVERIFY(!version2.out.isEmpty());
    // Impact a-little and a reaction are mild, as the onset already is.
    QCOMPARE(version2.out, version1.out);
}

// The whole output of the spec's version 2 example, byte for byte, against the analysis
// core/analysis/README.md shows for it (written beside it as .actual with a diff when not).
void TestAnalyzeCommand::version2ExampleMatchesItsGoldenFile()
{
    const Run run = runAnalyze({QStringLiteral(
        AFTERCARE_SOURCE_DIR "/tests/core/exchange/log/data/spec-example-v2.json")});
    QCOMPARE(run.exitCode, 0);
    AFTERCARE_COMPARE_GOLDEN(
        run.out, QStringLiteral(AFTERCARE_SOURCE_DIR
                                "/tests/core/analysis/data/spec-example-v2.analysis.json"));
}

void TestAnalyzeCommand::screeningFlagsHaveNoTime()
{
    const Run run = runAnalyze({QStringLiteral("-")}, screenedEmergency);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray sessions =
        QJsonDocument::fromJson(run.out).object().value(QLatin1String("sessions")).toArray();
    QCOMPARE(sessions.size(), 2);

    // Not "on-track": the screening answer is an emergency whatever the check-ins say.
    const QJsonObject first = sessions.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("emergency"));
    QCOMPARE(first.value(QLatin1String("grade")).toString(), QStringLiteral("none"));
    const QJsonArray flags = first.value(QLatin1String("flags")).toArray();
    QCOMPARE(flags.size(), 2);
    const QList<std::pair<QString, QString>> expected{{"screened-cauda-equina", "emergency"},
                                                      {"screened-pregnancy", "info"}};
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QJsonObject flag = flags.at(i).toObject();
        QCOMPARE(flag.value(QLatin1String("code")).toString(), expected.at(i).first);
        QCOMPARE(flag.value(QLatin1String("severity")).toString(), expected.at(i).second);
        QVERIFY(flag.value(QLatin1String("at")).isNull());
        QVERIFY(flag.value(QLatin1String("hours")).isNull());
    }
    QVERIFY(flags.at(0)
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QStringLiteral("emergency department now")));

    // No check-ins: the status is raised all the same, and there is no grade.
    const QJsonObject second = sessions.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("see-doctor-today"));
    QVERIFY(second.value(QLatin1String("grade")).isNull());
    QVERIFY(second.value(QLatin1String("peakHours")).isNull());
    QCOMPARE(second.value(QLatin1String("flags"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("code")),
             QJsonValue(QStringLiteral("screened-dvt")));
}

void TestAnalyzeCommand::emptyLog()
{
    const Run run = runAnalyze({QStringLiteral("-")},
                               R"({"format": "aftercare-log", "version": 1, "sessions": []})");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("aftercare-analysis"));
    QVERIFY(root.value(QLatin1String("sessions")).isArray());
    QVERIFY(root.value(QLatin1String("sessions")).toArray().isEmpty());
}

void TestAnalyzeCommand::invalidFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mustName");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "";
    QTest::newRow("empty file") << QByteArray() << "";
    QTest::newRow("wrong format")
        << QByteArray(R"({"format": "something-else", "version": 1, "sessions": []})") << "format";
    QTest::newRow("version 3")
        << QByteArray(R"({"format": "aftercare-log", "version": 3, "sessions": []})")
        << "version: version 3 is not supported";
    QTest::newRow("v2: self-care kind twice")
        << QByteArray(specExampleV2).replace("{\"kind\": \"water\"}", "{\"kind\": \"walk\"}")
        << "sessions[0].checkIns[0].selfCare[1].kind: \"walk\" is given twice";
    QTest::newRow("intensity 11")
        << QByteArray(specExample).replace("\"intensity\": 5", "\"intensity\": 11")
        << "sessions[0].checkIns[0].symptoms[0].intensity";
    QTest::newRow("time without offset")
        << QByteArray(specExample).replace("2026-11-20T23:00:00+01:00", "2026-11-20T23:00:00")
        << "sessions[0].checkIns[0].at";
    QTest::newRow("unknown region") << QByteArray(specExample)
                                           .replace("\"region\": \"lower-back\", \"intensity\": 5",
                                                    "\"region\": \"elbow\", \"intensity\": 5")
                                    << "sessions[0].checkIns[0].symptoms[0].region";
}

void TestAnalyzeCommand::invalidFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mustName);
    const QString path = write(QStringLiteral("invalid.json"), content);
    for (const QString& argument : {path, QStringLiteral("-")}) {
        const Run run = runAnalyze({argument}, content);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QVERIFY(!run.err.trimmed().isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(mustName), run.err.constData());
    }
}

void TestAnalyzeCommand::missingFile()
{
    const Run run = runAnalyze({m_dir.filePath(QStringLiteral("does-not-exist.json"))});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY(run.err.contains("does-not-exist.json"));
}

void TestAnalyzeCommand::missingArgument()
{
    const Run run = runAnalyze({});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyze_command.moc"
