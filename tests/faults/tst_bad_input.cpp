#include "faultsupport.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// A catalogue of malformed logs fed to the real executable: `import` refuses each one with
// exit 2 and a message naming the file and the JSON path, leaving the seeded database exactly
// as it was; `analyze` refuses it with exit 2 and prints nothing on standard output.
namespace {

struct BadLog
{
    QString name;
    QString file;
    QString path;     // JSON path the message names; empty: the whole file; "x*": starts with x
    QString fragment; // a part of the message, may be empty
};

QByteArray logWith(const QByteArray& sessions)
{
    return "{\"format\": \"aftercare-log\", \"version\": 1, \"sessions\": [" + sessions + "]}\n";
}

QByteArray sessionWithNote(const QByteArray& note)
{
    return logWith(R"({"id": "s-1", "start": "2026-11-20T15:00:00+01:00", "checkIns": [)"
                   R"({"at": "2026-11-20T23:00:00+01:00", "note": ")" +
                   note + "\"}]}");
}

QByteArray repeated(const QByteArray& piece, int count)
{
    QByteArray bytes;
    bytes.reserve(piece.size() * count);
    for (int i = 0; i < count; ++i)
        bytes += piece;
    return bytes;
}

// UTF-16 text as it is: unlike QString::fromUtf16, keeps a leading U+FEFF.
QString exactly(const char16_t* text, qsizetype size = -1)
{
    if (size < 0)
        size = qsizetype(std::char_traits<char16_t>::length(text));
    return QString(reinterpret_cast<const QChar*>(text), size);
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importRefusesBadLog_data();
    void importRefusesBadLog();
    void analyzeRefusesBadLog_data() { importRefusesBadLog_data(); }
    void analyzeRefusesBadLog();
    void standardInputIsNamed_data();
    void standardInputIsNamed();
    void endlessStandardInputIsRefused_data();
    void endlessStandardInputIsRefused();
    void acceptsEdgeCases_data();
    void acceptsEdgeCases();
    void keepsTextExactly_data();
    void keepsTextExactly();

private:
    QTemporaryDir m_temp;
    QString m_dataDir;
    QString m_generated;
    QJsonObject m_seeded;
    QList<BadLog> m_catalogue;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_dataDir = m_temp.filePath(QStringLiteral("data"));
    m_generated = m_temp.filePath(QStringLiteral("generated"));
    QVERIFY(QDir().mkpath(m_generated));

    const faults::Run seeded =
        faults::runAftercare({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("import"),
                              faults::sourcePath(QStringLiteral("tests/faults/seed.json"))});
    QVERIFY2(seeded.finished && seeded.exitCode == 0, qPrintable(seeded.describe()));
    QString why;
    const std::optional<QJsonObject> content = faults::exportedContent(m_dataDir, &why);
    QVERIFY2(content, qPrintable(why));
    m_seeded = *content;
    QCOMPARE(m_seeded.value(QStringLiteral("sessions")).toArray().size(), 2);

    // The committed catalogue: one line per file.
    const QString catalogueDir = faults::sourcePath(QStringLiteral("tests/faults/bad-logs"));
    QFile catalogue(QDir(catalogueDir).filePath(QStringLiteral("catalogue.tsv")));
    QVERIFY(catalogue.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!catalogue.atEnd()) {
        const QString line = QString::fromUtf8(catalogue.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        QVERIFY2(fields.size() == 3, qPrintable(line));
        const QString file = QDir(catalogueDir).filePath(fields.at(0));
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        m_catalogue.append({fields.at(0), file,
                            fields.at(1) == QLatin1String("-") ? QString() : fields.at(1),
                            fields.at(2)});
    }

    // Big or exact-size inputs are made here rather than committed.
    const auto generate = [this](const QString& name, const QByteArray& bytes, const QString& path,
                                 const QString& fragment) {
        const QString file = QDir(m_generated).filePath(name);
        QVERIFY(faults::writeBytes(file, bytes));
        m_catalogue.append({name, file, path, fragment});
    };
    const QString note = QStringLiteral("sessions[0].checkIns[0].note");
    generate(QStringLiteral("note-10-MB.json"), sessionWithNote(QByteArray(10 << 20, 'a')), note,
             QStringLiteral("4000"));
    generate(QStringLiteral("note-4001-code-points.json"),
             sessionWithNote(repeated("\xc3\xa9", 4001)), note, QStringLiteral("4000"));
    generate(QStringLiteral("note-4001-astral-code-points.json"),
             sessionWithNote(repeated("\xf0\x9f\x98\x80", 4001)), note, QStringLiteral("4000"));
    generate(QStringLiteral("note-4001-escaped-surrogate-pairs.json"),
             sessionWithNote(repeated("\\ud83d\\ude00", 4001)), note, QStringLiteral("4000"));
    generate(QStringLiteral("nesting-100k-arrays-in-sessions.json"),
             "{\"format\": \"aftercare-log\", \"version\": 1, \"sessions\": " +
                 QByteArray(100000, '[') + QByteArray(100000, ']') + "}",
             QStringLiteral("sessions[0][0]*"), QStringLiteral("nested more than"));
    generate(QStringLiteral("nesting-100k-arrays-in-unknown-member.json"),
             "{\"format\": \"aftercare-log\", \"version\": 1, \"sessions\": [], \"extra\": " +
                 QByteArray(100000, '[') + QByteArray(100000, ']') + "}",
             QStringLiteral("extra[0][0]*"), QStringLiteral("nested more than"));
    generate(QStringLiteral("nesting-100k-objects.json"),
             "{\"format\": \"aftercare-log\", \"version\": 1, \"sessions\": [], \"extra\": " +
                 repeated("{\"a\": ", 100000) + "1" + QByteArray(100000, '}') + "}",
             QStringLiteral("extra.a.a*"), QStringLiteral("nested more than"));
    generate(QStringLiteral("nesting-100k-unclosed.json"), QByteArray(100000, '['), QString(),
             QString());
    generate(QStringLiteral("intensity-1-MB-of-digits.json"),
             logWith(R"({"id": "s-1", "start": "2026-11-20T15:00:00+01:00", "checkIns": [)"
                     R"({"at": "2026-11-20T23:00:00+01:00", "symptoms": [)"
                     R"({"region": "neck", "intensity": 5.)" +
                     QByteArray(1 << 20, '0') + "1}]}]}"),
             QStringLiteral("sessions[0].checkIns[0].symptoms[0].intensity"), QString());
    generate(QStringLiteral("string-never-closed-10-MB.json"),
             "{\"format\": \"aftercare-log\", \"version\": 1, \"sessions\": [], \"x\": \"" +
                 QByteArray(10 << 20, 'x'),
             QStringLiteral("x"), QString());
    generate(QStringLiteral("100k-unknown-ids.json"),
             logWith(R"({"id": "s-1", "start": "2026-11-20T15:00:00+01:00", "areasWorked": [)" +
                     repeated("\"lower-back\", ", 100000) + "\"nowhere\"]}"),
             QStringLiteral("sessions[0].areasWorked[100000]"), QStringLiteral("nowhere"));
    // Past the most Aftercare reads (256 MiB): refused before parsing, never read to the end.
    {
        const QString sparse = QDir(m_generated).filePath(QStringLiteral("over-256-MiB.json"));
        QFile file(sparse);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize((qint64(256) << 20) + 1)); // sparse: no disk space used
        m_catalogue.append({QStringLiteral("over-256-MiB.json"), sparse, QString(),
                            QStringLiteral("larger than 256 MiB")});
    }
    m_catalogue.append({QStringLiteral("/dev/zero (no end)"), QStringLiteral("/dev/zero"),
                        QString(), QStringLiteral("larger than 256 MiB")});
    // Not a readable file at all.
    m_catalogue.append({QStringLiteral("missing file"),
                        QDir(m_generated).filePath(QStringLiteral("no-such-file.json")), QString(),
                        QStringLiteral("cannot read")});
    m_catalogue.append(
        {QStringLiteral("a folder"), m_generated, QString(), QStringLiteral("cannot read")});

    QVERIFY2(m_catalogue.size() >= 30, "the catalogue must hold at least 30 bad logs");
    qInfo("%lld bad logs in the catalogue", qlonglong(m_catalogue.size()));
}

void TestBadInput::importRefusesBadLog_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    for (const BadLog& bad : std::as_const(m_catalogue))
        QTest::newRow(qPrintable(bad.name)) << bad.file << bad.path << bad.fragment;
}

void TestBadInput::importRefusesBadLog()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, fragment);

    const faults::FolderState before = faults::folderState(m_dataDir);
    const faults::Run run = faults::runAftercare(
        {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("import"), file});
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    const QString message = QString::fromUtf8(run.err);
    // "aftercare: FILE: PATH: what is wrong"
    const bool prefixOnly = path.endsWith(QLatin1Char('*'));
    const QString located = file + QStringLiteral(": ") + (prefixOnly ? path.chopped(1) : path) +
                            (path.isEmpty() || prefixOnly ? QString() : QStringLiteral(": "));
    const qsizetype at = message.indexOf(located);
    QVERIFY2(at >= 0,
             qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(located, message.left(600))));
    QVERIFY2(message.mid(at + located.size()).contains(fragment), qPrintable(message.left(600)));
    QVERIFY2(message.size() < 1000, qPrintable(QStringLiteral("a message of %1 characters: %2")
                                                   .arg(message.size())
                                                   .arg(message.left(300))));
    QVERIFY2(run.out.isEmpty(), run.out.left(200).constData());

    const faults::FolderState after = faults::folderState(m_dataDir);
    QVERIFY2(after == before, qPrintable(faults::differences(before, after)));
    QString why;
    const std::optional<QJsonObject> content = faults::exportedContent(m_dataDir, &why);
    QVERIFY2(content, qPrintable(why));
    QCOMPARE(*content, m_seeded);
    QCOMPARE(faults::integrityCheck(faults::databasePath(m_dataDir)), QStringLiteral("ok"));
}

void TestBadInput::analyzeRefusesBadLog()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    const faults::Run run = faults::runAftercare({QStringLiteral("analyze"), file});
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), run.out.left(200).constData());
    const QString message = QString::fromUtf8(run.err);
    const QString located =
        file + QStringLiteral(": ") + (path.endsWith(QLatin1Char('*')) ? path.chopped(1) : path);
    QVERIFY2(message.contains(located), qPrintable(message.left(600)));
}

void TestBadInput::standardInputIsNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::newRow("truncated") << QStringLiteral("truncated.json") << QString();
    QTest::newRow("intensity 11") << QStringLiteral("intensity-11.json")
                                  << QStringLiteral(
                                         "sessions[0].checkIns[0].symptoms[0].intensity");
    QTest::newRow("invalid UTF-8")
        << QStringLiteral("invalid-utf8.json") << QStringLiteral("sessions[0].notes");
}

void TestBadInput::standardInputIsNamed()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    const QByteArray bytes =
        faults::readBytes(faults::sourcePath(QStringLiteral("tests/faults/bad-logs/") + name));
    QVERIFY(!bytes.isEmpty());
    const faults::FolderState before = faults::folderState(m_dataDir);
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("import"),
                      QStringLiteral("-")},
          QStringList{QStringLiteral("analyze"), QStringLiteral("-")}}) {
        const faults::Run run = faults::runAftercare(arguments, bytes);
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), run.out.left(200).constData());
        const QString expected = QStringLiteral("standard input: ") + path;
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }
    const faults::FolderState after = faults::folderState(m_dataDir);
    QVERIFY2(after == before, qPrintable(faults::differences(before, after)));
}

void TestBadInput::endlessStandardInputIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("analyze") << QStringLiteral("analyze -");
    QTest::newRow("import") << QStringLiteral("--data-dir \"$DATA\" import -");
}

// `yes '{' | aftercare analyze -`: refused once past 256 MiB, with no crash and no growth
// without end; nothing stored.
void TestBadInput::endlessStandardInputIsRefused()
{
    QFETCH(QString, command);
    const faults::FolderState before = faults::folderState(m_dataDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AFTERCARE"), faults::aftercareExecutable());
    environment.insert(QStringLiteral("DATA"), m_dataDir);
    const faults::Run run = faults::runProgram(
        QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("yes '{' | \"$AFTERCARE\" %1").arg(command)}, {},
        environment);
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("standard input: it is larger than 256 MiB"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    const faults::FolderState after = faults::folderState(m_dataDir);
    QVERIFY2(after == before, qPrintable(faults::differences(before, after)));
}

// Controls: inputs at the edges of the spec that must be accepted, so that the refusals above
// are refusals of the bad part and not of everything. Each is imported into a fresh folder,
// exported, and the export imported again into another: nothing may change on the way.
void TestBadInput::acceptsEdgeCases_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<int>("checkIns");
    const QByteArray start =
        R"({"id": "edge", "start": "2026-11-20T15:00:00+01:00", "checkIns": [)";
    QTest::newRow("year 9999, check-in written in year 9999 but at UTC year 10000")
        << logWith(R"({"id": "far", "start": "9999-12-31T13:00:00+00:00", "durationMinutes": 600,)"
                   R"( "checkIns": [{"at": "9999-12-31T23:59:59-14:00", "symptoms": [)"
                   R"({"region": "neck", "intensity": 4}]}]})")
        << 1;
    QTest::newRow("year 0001 with a positive offset (UTC before year 1)")
        << logWith(R"({"id": "early", "start": "0001-01-01T00:00:00+14:00", "checkIns": [)"
                   R"({"at": "0001-01-01T00:00:00.5+14:00"}]})")
        << 1;
    QTest::newRow("note of 4000 astral code points (8000 UTF-16 units)")
        << sessionWithNote(repeated("\xf0\x9f\x98\x80", 4000)) << 1;
    QTest::newRow("note of 4000 escaped surrogate pairs")
        << sessionWithNote(repeated("\\ud83d\\ude00", 4000)) << 1;
    QTest::newRow("intensity 5.0, 0 and 10; durations 1 and 600")
        << logWith(start +
                   R"({"at": "2026-11-20T23:00:00+01:00", "symptoms": [{"region": "neck", )"
                   R"("intensity": 5.0}, {"region": "head", "intensity": 0}, )"
                   R"({"region": "chest", "intensity": 10}]}]}, )"
                   R"({"id": "d1", "start": "2026-11-20T15:00:00Z", "durationMinutes": 1}, )"
                   R"({"id": "d600", "start": "2026-11-20T15:00:00Z", "durationMinutes": 600})")
        << 1;
    // Five levels down to a check-in's members, 55 more: 60 in all.
    QTest::newRow("byte-order mark, unknown members, 60 levels deep")
        << "\xef\xbb\xbf" + logWith(start + R"({"at": "2026-11-20T23:00:00+01:00", "future": )" +
                                    QByteArray(55, '[') + QByteArray(55, ']') + "}]}")
        << 1;
    QTest::newRow("same wall time, different instants; check-ins out of order")
        << logWith(start + R"({"at": "2026-11-20T23:00:00+01:00"}, )"
                           R"({"at": "2026-11-20T23:00:00+00:00"}, )"
                           R"({"at": "2026-11-20T15:00:00+01:00"}]})")
        << 3;
}

void TestBadInput::acceptsEdgeCases()
{
    QFETCH(QByteArray, log);
    QFETCH(int, checkIns);
    QTemporaryDir temp;
    const QString file = temp.filePath(QStringLiteral("edge.json"));
    QVERIFY(faults::writeBytes(file, log));

    const faults::Run analyzed = faults::runAftercare({QStringLiteral("analyze"), file});
    QVERIFY2(analyzed.finished && analyzed.exitCode == 0, qPrintable(analyzed.describe()));
    QVERIFY(QJsonDocument::fromJson(analyzed.out).isObject());

    const QString first = temp.filePath(QStringLiteral("first"));
    const faults::Run imported =
        faults::runAftercare({QStringLiteral("--data-dir"), first, QStringLiteral("import"), file});
    QVERIFY2(imported.finished && imported.exitCode == 0, qPrintable(imported.describe()));
    QString why;
    const std::optional<QJsonObject> exported = faults::exportedContent(first, &why);
    QVERIFY2(exported, qPrintable(why));
    const QJsonArray sessions = exported->value(QStringLiteral("sessions")).toArray();
    QVERIFY(!sessions.isEmpty());
    QCOMPARE(sessions.first().toObject().value(QStringLiteral("checkIns")).toArray().size(),
             checkIns);

    // The export is a log file again (version 2): it imports, and exports the same.
    const QString again = temp.filePath(QStringLiteral("again.json"));
    QVERIFY(faults::writeBytes(again, QJsonDocument(*exported).toJson()));
    const QString second = temp.filePath(QStringLiteral("second"));
    const faults::Run reimported = faults::runAftercare(
        {QStringLiteral("--data-dir"), second, QStringLiteral("import"), again});
    QVERIFY2(reimported.finished && reimported.exitCode == 0, qPrintable(reimported.describe()));
    const std::optional<QJsonObject> reexported = faults::exportedContent(second, &why);
    QVERIFY2(reexported, qPrintable(why));
    QCOMPARE(*reexported, *exported);
}

// Free text and ids come back from the database exactly as the file had them, whatever the
// characters (spec: "import ... export round-trips losslessly").
void TestBadInput::keepsTextExactly_data()
{
    QTest::addColumn<QByteArray>("written"); // the JSON string as it is in the file
    QTest::addColumn<QString>("expected");
    QTest::newRow("leading U+FEFF, escaped")
        << QByteArray(R"(\ufeffsore)") << exactly(u"\ufeffsore");
    QTest::newRow("leading U+FEFF, raw UTF-8") << QByteArray("\xef\xbb\xbf"
                                                             "sore")
                                               << exactly(u"\ufeffsore");
    QTest::newRow("U+FEFF in the middle") << QByteArray("so\xef\xbb\xbf"
                                                        "re")
                                          << exactly(u"so\ufeffre");
    QTest::newRow("NUL, escaped") << QByteArray(R"(a\u0000b)") << exactly(u"a\u0000b", 3);
    QTest::newRow("line and paragraph separators") << QByteArray("a\xe2\x80\xa8"
                                                                 "b\xe2\x80\xa9"
                                                                 "c")
                                                   << exactly(u"a\u2028b\u2029c");
    QTest::newRow("astral, escaped as a surrogate pair")
        << QByteArray(R"(\ud83d\ude00)") << exactly(u"\U0001F600");
}

void TestBadInput::keepsTextExactly()
{
    QFETCH(QByteArray, written);
    QFETCH(QString, expected);
    QTemporaryDir temp;
    const QString file = temp.filePath(QStringLiteral("text.json"));
    QVERIFY(faults::writeBytes(file, logWith(R"({"id": ")" + written +
                                             R"(", "start": "2026-11-20T15:00:00+01:00", )"
                                             R"("therapist": ")" +
                                             written +
                                             R"(", "checkIns": [)"
                                             R"({"at": "2026-11-20T23:00:00+01:00", "note": ")" +
                                             written + "\"}]}")));
    // Read back through the storage library, not through a JSON parser of the test's own.
    const auto storedTexts = [](const QString& dataDir) {
        aftercare::storage::Database database;
        if (!database.open(dataDir).ok())
            return QStringList{QStringLiteral("cannot open")};
        const QList<aftercare::Session> sessions =
            aftercare::storage::Repository(database).allSessions().value;
        if (sessions.size() != 1 || sessions.first().checkIns.size() != 1)
            return QStringList{QStringLiteral("not one session with one check-in")};
        const aftercare::Session& session = sessions.first();
        return QStringList{session.id, session.therapist, session.checkIns.first().note};
    };
    const QStringList exact{expected, expected, expected};

    const QString first = temp.filePath(QStringLiteral("first"));
    const faults::Run imported =
        faults::runAftercare({QStringLiteral("--data-dir"), first, QStringLiteral("import"), file});
    QVERIFY2(imported.finished && imported.exitCode == 0, qPrintable(imported.describe()));
    QCOMPARE(storedTexts(first), exact);

    // And through an export and an import again.
    const faults::Run exported = faults::runAftercare(
        {QStringLiteral("--data-dir"), first, QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("-o"), temp.filePath(QStringLiteral("out.json"))});
    QVERIFY2(exported.finished && exported.exitCode == 0, qPrintable(exported.describe()));
    const QString second = temp.filePath(QStringLiteral("second"));
    const faults::Run reimported =
        faults::runAftercare({QStringLiteral("--data-dir"), second, QStringLiteral("import"),
                              temp.filePath(QStringLiteral("out.json"))});
    QVERIFY2(reimported.finished && reimported.exitCode == 0, qPrintable(reimported.describe()));
    QCOMPARE(storedTexts(second), exact);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
