// Runs the real `aftercare` executable: import and export --format json.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runAftercare(const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("AFTERCARE_DATA_DIR");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AFTERCARE_EXECUTABLE), args);
    Run run;
    if (!process.waitForStarted()) {
        run.err = process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("did not finish normally");
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString fixture(const char* name)
{
    return QStringLiteral(AFTERCARE_SOURCE_DIR "/tests/cli/data/") + QLatin1String(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray withoutExportedAt(const QByteArray& log)
{
    QList<QByteArray> lines = log.split('\n');
    lines.removeIf([](const QByteArray& line) { return line.contains("\"exportedAt\""); });
    return lines.join('\n');
}

// The whole database as JSON text, minus the export time: what "unchanged" means.
QByteArray exportAll(const QString& dataDir)
{
    const Run run = runAftercare({"--data-dir", dataDir, "export", "--format", "json", "-o", "-"});
    if (run.exitCode != 0)
        qWarning() << "export failed:" << run.err;
    return withoutExportedAt(run.out);
}

QByteArray databaseBytes(const QString& dataDir)
{
    return readAll(QDir(dataDir).filePath("aftercare.sqlite"));
}

QFileDevice::Permissions modeOf(const QString& path)
{
    return QFile::permissions(path) &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

} // namespace

class TestCliImportExport : public QObject
{
    Q_OBJECT
private slots:
    void importExitCodes_data();
    void importExitCodes();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void importingTwiceChangesNothing();
    void importsStandardInput();
    void exportExitCodes_data();
    void exportExitCodes();
    void exportsCsvAndFhir();
    void exportsOneSession();
    void exportFileIsPrivateAndReplacedWhole();
    void unusableDatabaseExitsThree_data();
    void unusableDatabaseExitsThree();
    void roundTripIsLossless();
    void roundTripsEveryVersion2Field();
};

void TestCliImportExport::importExitCodes_data()
{
    QTest::addColumn<QStringList>("args"); // after "import"; FILE is a fixture name or literal
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid log") << QStringList{fixture("varied.json")} << 0
                               << "aftercare: imported 3 new sessions and 5 check-ins\n";
    QTest::newRow("missing file") << QStringList{"/nonexistent/log.json"} << 2
                                  << "/nonexistent/log.json: cannot read";
    QTest::newRow("invalid third session")
        << QStringList{fixture("invalid-third-session.json")} << 2
        << fixture("invalid-third-session.json") + ": sessions[2].areasWorked[1]";
    QTest::newRow("not a log") << QStringList{fixture("../tst_cli_import_export.cpp")} << 2
                               << fixture("../tst_cli_import_export.cpp") + ": ";
    QTest::newRow("no file") << QStringList{} << 2 << "import needs exactly one FILE";
    QTest::newRow("two files") << QStringList{fixture("varied.json"), fixture("varied.json")} << 2
                               << "import needs exactly one FILE";
    QTest::newRow("an option") << QStringList{"--force"} << 2 << "import needs exactly one FILE";
}

void TestCliImportExport::importExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir temp;
    const QString dataDir = temp.filePath("data");
    const Run run = runAftercare(QStringList{"--data-dir", dataDir, "import"} + args);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    if (exitCode == 0) {
        QVERIFY(run.err.endsWith('\n') && run.err.count('\n') == 1); // one line
    } else {
        // Input is checked before the database is opened: nothing was even created.
        QVERIFY(!QFileInfo::exists(dataDir));
    }
}

void TestCliImportExport::importIsAllOrNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("third session invalid")
        << fixture("invalid-third-session.json")
        << fixture("invalid-third-session.json") + ": sessions[2].areasWorked[1]: ";
    QTest::newRow("conflicts with a stored session")
        << fixture("conflicting.json")
        << fixture("conflicting.json") +
               ": sessions[2]: a session \"sports-calf\" with other details is already stored "
               "(durationMinutes differs); nothing was imported\n";
}

void TestCliImportExport::importIsAllOrNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QTemporaryDir temp;
    const Run first = runAftercare({"--data-dir", temp.path(), "import", fixture("varied.json")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QByteArray before = exportAll(temp.path());
    QVERIFY(before.contains("\"sports-calf\""));

    const Run refused = runAftercare({"--data-dir", temp.path(), "import", file});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(exportAll(temp.path()), before);
    // The conflicting file's first session is new, yet it was not stored either.
    QVERIFY(!before.contains("brand-new"));
}

void TestCliImportExport::importingTwiceChangesNothing()
{
    QTemporaryDir temp;
    const QStringList args{"--data-dir", temp.path(), "import", fixture("varied.json")};
    QCOMPARE(runAftercare(args).exitCode, 0);
    const QByteArray exported = exportAll(temp.path());
    const QByteArray stored = databaseBytes(temp.path());
    QVERIFY(!stored.isEmpty());

    const Run second = runAftercare(args);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.err, QStringLiteral("aftercare: imported 0 new sessions and 0 check-ins; "
                                        "3 sessions already here\n"));
    QCOMPARE(exportAll(temp.path()), exported);
    QCOMPARE(databaseBytes(temp.path()), stored);
}

void TestCliImportExport::importsStandardInput()
{
    QTemporaryDir temp;
    const Run run =
        runAftercare({"--data-dir", temp.path(), "import", "-"}, readAll(fixture("varied.json")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err, QStringLiteral("aftercare: imported 3 new sessions and 5 check-ins\n"));
    QVERIFY(exportAll(temp.path()).contains("\"no-check-ins-yet\""));

    const Run invalid =
        runAftercare({"--data-dir", temp.path(), "import", "-"},
                     R"({"format": "aftercare-log", "version": 3, "sessions": []})");
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.startsWith("aftercare: standard input: version"), qPrintable(invalid.err));
}

void TestCliImportExport::exportExitCodes_data()
{
    QTest::addColumn<QStringList>("args"); // after "export"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("json to stdout") << QStringList{"--format", "json", "-o", "-"} << 0 << "";
    QTest::newRow("json, options reordered, = form")
        << QStringList{"-o", "-", "--format=json"} << 0 << "";
    QTest::newRow("no -o") << QStringList{"--format", "json"} << 2 << "export needs -o FILE";
    QTest::newRow("no format") << QStringList{"-o", "-"} << 2 << "export needs --format";
    QTest::newRow("unknown format")
        << QStringList{"--format", "xml", "-o", "-"} << 2 << "unknown format \"xml\"";
    QTest::newRow("extra argument") << QStringList{"--format", "json", "-o", "-", "again"} << 2
                                    << "unexpected argument \"again\"";
    QTest::newRow("unknown option")
        << QStringList{"--format", "json", "--all", "-o", "-"} << 2 << "unknown option --all";
    QTest::newRow("format twice") << QStringList{"--format", "json", "--format", "json", "-o", "-"}
                                  << 2 << "--format is given twice";
    QTest::newRow("-o without value")
        << QStringList{"--format", "json", "-o"} << 2 << "-o needs a value";
    QTest::newRow("unknown session")
        << QStringList{"--format", "json", "--session", "nope", "-o", "-"} << 2
        << "--session: no session \"nope\" is stored";
}

void TestCliImportExport::exportExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir temp;
    QCOMPARE(runAftercare({"--data-dir", temp.path(), "import", fixture("varied.json")}).exitCode,
             0);
    const Run run = runAftercare(QStringList{"--data-dir", temp.path(), "export"} + args);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (exitCode == 0) {
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.startsWith("{\n"));
        QVERIFY(run.out.contains("\"format\": \"aftercare-log\""));
        QCOMPARE(run.out.count("\"id\": "), 3);
    } else {
        QVERIFY(run.out.isEmpty());
    }
}

void TestCliImportExport::exportsCsvAndFhir()
{
    QTemporaryDir temp;
    QCOMPARE(runAftercare({"--data-dir", temp.path(), "import", fixture("varied.json")}).exitCode,
             0);
    const Run csv =
        runAftercare({"--data-dir", temp.path(), "export", "--format", "csv", "-o", "-"});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY(csv.out.startsWith("session_id,"));
    QVERIFY(csv.out.contains("sports-calf"));
    const Run fhir =
        runAftercare({"--data-dir", temp.path(), "export", "--format", "fhir", "-o", "-"});
    QVERIFY2(fhir.exitCode == 0, qPrintable(fhir.err));
    const QJsonDocument bundle = QJsonDocument::fromJson(fhir.out);
    QCOMPARE(bundle.object().value("resourceType").toString(), QStringLiteral("Bundle"));
    QCOMPARE(bundle.object().value("type").toString(), QStringLiteral("collection"));
}

void TestCliImportExport::exportsOneSession()
{
    QTemporaryDir temp;
    QCOMPARE(runAftercare({"--data-dir", temp.path(), "import", fixture("varied.json")}).exitCode,
             0);
    const Run run = runAftercare({"--data-dir", temp.path(), "export", "--format", "json",
                                  "--session", "sports-calf", "-o", "-"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count("\"id\": "), 1);
    QVERIFY(run.out.contains("\"id\": \"sports-calf\""));
    QVERIFY(run.out.contains("swollen, warm — called the GP"));
    // exportedAt is now, written with the local offset.
    const int at = run.out.indexOf("\"exportedAt\": \"");
    QVERIFY(at > 0);
    const QByteArray stamp = run.out.mid(at + 15, 32).split('"').first();
    const QDateTime exportedAt = QDateTime::fromString(QString::fromLatin1(stamp), Qt::ISODate);
    QVERIFY2(exportedAt.isValid(), stamp.constData());
    QVERIFY(qAbs(exportedAt.secsTo(QDateTime::currentDateTime())) < 120);
    QCOMPARE(exportedAt.offsetFromUtc(), QDateTime::currentDateTime().offsetFromUtc());
}

void TestCliImportExport::exportFileIsPrivateAndReplacedWhole()
{
    QTemporaryDir temp;
    const QString dataDir = temp.filePath("data");
    QCOMPARE(runAftercare({"--data-dir", dataDir, "import", fixture("varied.json")}).exitCode, 0);
    const QString output = temp.filePath("export.json");
    {
        QFile old(output);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents\n");
    }
    QVERIFY(QFile::setPermissions(output, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther));

    // A refused export leaves the old file alone.
    const Run refused = runAftercare(
        {"--data-dir", dataDir, "export", "--format", "json", "--session", "nope", "-o", output});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(readAll(output), QByteArray("old contents\n"));

    const Run run =
        runAftercare({"--data-dir", dataDir, "export", "--format", "json", "-o", output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(withoutExportedAt(readAll(output)), exportAll(dataDir));
    QCOMPARE(modeOf(output), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // No temporary file is left beside it.
    QCOMPARE(QDir(temp.path()).entryList(QDir::Files), QStringList{"export.json"});

    const Run fresh = runAftercare(
        {"--data-dir", dataDir, "export", "--format", "json", "-o", temp.filePath("new.json")});
    QCOMPARE(fresh.exitCode, 0);
    QCOMPARE(modeOf(temp.filePath("new.json")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const Run unwritable = runAftercare({"--data-dir", dataDir, "export", "--format", "json", "-o",
                                         temp.filePath("missing-folder/x.json")});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains("missing-folder/x.json: cannot write"),
             qPrintable(unwritable.err));
}

void TestCliImportExport::unusableDatabaseExitsThree_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: a real database, locked by the test
    QTest::addColumn<QString>("message");
    QTest::newRow("not a database") << QByteArray("these are not the bytes of a database\n")
                                    << "is not a usable Aftercare database";
    QByteArray newer;
    {
        // A valid SQLite file of a future schema version, made with the driver.
        QTemporaryDir scratch;
        const QString path = scratch.filePath("future.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "future");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("CREATE TABLE sessions (id TEXT)"));
            QVERIFY(query.exec("PRAGMA user_version = 9"));
            db.close();
        }
        QSqlDatabase::removeDatabase("future");
        newer = readAll(path);
    }
    QTest::newRow("newer version") << newer << "written by a newer version of Aftercare";
    QTest::newRow("locked by another writer") << QByteArray() << "another program is writing";
}

void TestCliImportExport::unusableDatabaseExitsThree()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    QTemporaryDir temp;
    const QString path = QDir(temp.path()).filePath("aftercare.sqlite");
    if (contents.isEmpty()) {
        QCOMPARE(
            runAftercare({"--data-dir", temp.path(), "import", fixture("varied.json")}).exitCode,
            0);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    // Read before the lock is taken: closing a descriptor of the file would drop
    // this process's locks on it.
    const QByteArray before = readAll(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    QSqlDatabase holder;
    if (contents.isEmpty()) {
        holder = QSqlDatabase::addDatabase("QSQLITE", "holder");
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec("BEGIN EXCLUSIVE"));
    }

    const QList<QStringList> commands{
        {"import", fixture("varied.json")},
        {"export", "--format", "json", "-o", "-"},
    };
    QList<Run> runs;
    for (const QStringList& command : commands)
        runs << runAftercare(QStringList{"--data-dir", temp.path()} + command);
    if (holder.isOpen()) {
        QSqlQuery(holder).exec("ROLLBACK");
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase("holder");
    }
    for (const Run& run : runs) {
        QVERIFY2(run.exitCode == 3, qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(readAll(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestCliImportExport::roundTripIsLossless()
{
    QTemporaryDir temp;
    const QString first = temp.filePath("first");
    const QString second = temp.filePath("second");
    const QString firstExport = temp.filePath("first.json");
    const QString secondExport = temp.filePath("second.json");

    QCOMPARE(runAftercare({"--data-dir", first, "import", fixture("varied.json")}).exitCode, 0);
    QCOMPARE(runAftercare({"--data-dir", first, "export", "--format", "json", "-o", firstExport})
                 .exitCode,
             0);
    QVERIFY(!QFileInfo::exists(second));
    const Run imported = runAftercare({"--data-dir", second, "import", firstExport});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.err, QStringLiteral("aftercare: imported 3 new sessions and 5 check-ins\n"));
    QCOMPARE(runAftercare({"--data-dir", second, "export", "--format", "json", "-o", secondExport})
                 .exitCode,
             0);

    const QByteArray a = readAll(firstExport);
    const QByteArray b = readAll(secondExport);
    QVERIFY(a.contains("\"exportedAt\""));
    QCOMPARE(withoutExportedAt(b), withoutExportedAt(a));
    // Only the exportedAt line may differ.
    QCOMPARE(a.count('\n'), b.count('\n'));
    // What was written is kept exactly: offsets, fractions, escapes, order of qualities.
    for (const char* kept :
         {"\"2026-11-21T09:30:00.250+01:00\"", "\"2026-11-23T18:00:00.5Z\"",
          "\"2026-11-02T07:15:00-05:00\"", "\"tingling\",", "room \\\"2\\\"", "first visit\\n"}) {
        QVERIFY2(a.contains(kept), kept);
    }
}

// Export json is log v2: every member version 2 adds goes through import and export as
// it was written (the fixture is in the exporter's own layout, so the bytes compare).
void TestCliImportExport::roundTripsEveryVersion2Field()
{
    QTemporaryDir temp;
    const QString exported = temp.filePath("exported.json");
    const Run imported =
        runAftercare({"--data-dir", temp.path(), "import", fixture("every-v2-field.json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.err, QStringLiteral("aftercare: imported 2 new sessions and 3 check-ins\n"));
    const Run run =
        runAftercare({"--data-dir", temp.path(), "export", "--format", "json", "-o", exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray original = readAll(fixture("every-v2-field.json"));
    for (const char* member : {"\"advice\"", "\"source\"", "\"recordedAt\"", "\"impact\"",
                               "\"reactions\"", "\"benefits\"", "\"selfCare\"", "\"helped\""})
        QVERIFY2(original.contains(member), member);
    QCOMPARE(QString::fromUtf8(withoutExportedAt(readAll(exported))),
             QString::fromUtf8(withoutExportedAt(original)));

    // Importing the export into the same database finds everything already there.
    const Run again = runAftercare({"--data-dir", temp.path(), "import", exported});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.err, QStringLiteral("aftercare: imported 0 new sessions and 0 check-ins; "
                                       "2 sessions already here\n"));
}

QTEST_GUILESS_MAIN(TestCliImportExport)
#include "tst_cli_import_export.moc"
