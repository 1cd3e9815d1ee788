// Runs the real `aftercare` executable: import and export --format json.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

// A file as a person left it: `bytes`, with `mode`.
bool writeOldFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions mode)
{
    QFile old(path);
    if (!old.open(QIODevice::WriteOnly) || old.write(bytes) != bytes.size())
        return false;
    old.close();
    return QFile::setPermissions(path, mode);
}

bool makeNode(const QString& path, mode_t mode, dev_t device = 0)
{
    return ::mknod(QFile::encodeName(path).constData(), mode, device) == 0;
}

// Imports the log `file` into a new data folder in `temp`: the folder, or an empty string
// when the import fails.
QString importedFile(const QTemporaryDir& temp, const QString& file)
{
    const QString dataDir = temp.filePath("data");
    const Run imported = runAftercare({"--data-dir", dataDir, "import", file});
    if (imported.exitCode != 0) {
        qWarning() << "import failed:" << imported.err;
        return {};
    }
    return dataDir;
}

// Writes `log` into `temp` and imports it into a new data folder there: the folder, or an
// empty string when the import fails.
QString importedFolder(const QTemporaryDir& temp, const QByteArray& log)
{
    const QString file = temp.filePath("log.json");
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(log) != log.size())
        return {};
    out.close();
    return importedFile(temp, file);
}

QString fixture(const char* name)
{
    return QStringLiteral(AFTERCARE_SOURCE_DIR "/tests/cli/data/") + QLatin1String(name);
}

// The fixture `name` imported into a new data folder in `temp`, as importedFile().
QString importedFixture(const QTemporaryDir& temp, const char* name)
{
    return importedFile(temp, fixture(name));
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

// Every session of `dataDir` exported as JSON to `output` ("-": standard output).
Run exportJson(const QString& dataDir, const QString& output)
{
    return runAftercare({"--data-dir", dataDir, "export", "--format", "json", "-o", output});
}

// The whole database as JSON text, minus the export time: what "unchanged" means.
QByteArray exportAll(const QString& dataDir)
{
    const Run run = exportJson(dataDir, "-");
    if (run.exitCode != 0)
        qWarning() << "export failed:" << run.err;
    return withoutExportedAt(run.out);
}

QByteArray databaseBytes(const QString& dataDir)
{
    return readAll(QDir(dataDir).filePath("aftercare.sqlite"));
}

// File modes: 0600, and 0444 (anyone may read it, no one write it).
const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions readableByAll =
    QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

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
    void exportOutputKinds_data();
    void exportOutputKinds();
    void exportLeavesAReadOnlyFile();
    void writeErrorsOnStandardOutputExitOne_data();
    void writeErrorsOnStandardOutputExitOne();
    void fullDeviceAsOutputExitsOne();
    void readOnlyCommandsCreateNoDatabase_data();
    void readOnlyCommandsCreateNoDatabase();
    void closedStandardInputIsNamed();
    void dataFolderLinkToNothingIsNamed();
    void openDataFolderIsTightened();
    void remindersListLeavesOutYear10000();
    void pdfOfALogSpanningMillenniaDrawsFourteenDays();
    void pdfReportIsInThePersonsLanguage();
    void csvExportNeutralisesFormulas();
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
    QTest::newRow("--session without its value takes no option as one")
        << QStringList{"--format", "json", "--session", "-o", "-"} << 2
        << "--session needs a value";
    QTest::newRow("-o into a missing folder")
        << QStringList{"--format", "json", "-o", "@DIR@/missing/out.json"} << 2
        << "missing/out.json: cannot write: the folder";
    QTest::newRow("-o onto a folder")
        << QStringList{"--format", "json", "-o", "@DIR@"} << 2 << "cannot write: it is a folder";
    QTest::newRow("-o /dev/stdout")
        << QStringList{"--format", "json", "-o", "/dev/stdout"} << 0 << "";
}

void TestCliImportExport::exportExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir temp;
    QCOMPARE(runAftercare({"--data-dir", temp.path(), "import", fixture("varied.json")}).exitCode,
             0);
    args.replaceInStrings("@DIR@", temp.path());
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
    // RFC 4180 (commas, decimal points) whatever the locale, after the UTF-8 byte-order mark.
    QVERIFY(csv.out.startsWith("\xEF\xBB\xBFsession_id,"));
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
    const QString dataDir = importedFixture(temp, "varied.json");
    QVERIFY(!dataDir.isEmpty());
    const QString output = temp.filePath("export.json");
    QVERIFY(writeOldFile(output, "old contents\n", readableByAll | QFileDevice::WriteOwner));

    // A refused export leaves the old file alone.
    const Run refused = runAftercare(
        {"--data-dir", dataDir, "export", "--format", "json", "--session", "nope", "-o", output});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(readAll(output), QByteArray("old contents\n"));

    const Run run = exportJson(dataDir, output);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(withoutExportedAt(readAll(output)), exportAll(dataDir));
    QCOMPARE(modeOf(output), ownerOnly);
    // No temporary file is left beside it.
    QCOMPARE(QDir(temp.path()).entryList(QDir::Files), QStringList{"export.json"});

    const Run fresh = exportJson(dataDir, temp.filePath("new.json"));
    QCOMPARE(fresh.exitCode, 0);
    QCOMPARE(modeOf(temp.filePath("new.json")), ownerOnly);

    const Run unwritable = exportJson(dataDir, temp.filePath("missing-folder/x.json"));
    QCOMPARE(unwritable.exitCode, 2);
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
    QByteArray negative = newer;
    negative.replace(60, 4, QByteArray("\xff\xff\xff\xff", 4)); // user_version -1
    QTest::newRow("version -1") << negative << "its database version is -1,";
    // Only the import: an export reads while another program writes (WAL).
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
    if (contents.isEmpty()) {
        // Reading needs no lock: the export sees what is committed.
        const Run exported = runs.takeLast();
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.out.count("\"id\": "), 3);
    }
    for (const Run& run : runs) {
        QVERIFY2(run.exitCode == 3, qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.err.contains("4294967295"), qPrintable(run.err));
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
    QCOMPARE(exportJson(first, firstExport).exitCode, 0);
    QVERIFY(!QFileInfo::exists(second));
    const Run imported = runAftercare({"--data-dir", second, "import", firstExport});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.err, QStringLiteral("aftercare: imported 3 new sessions and 5 check-ins\n"));
    QCOMPARE(exportJson(second, secondExport).exitCode, 0);

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

void TestCliImportExport::exportOutputKinds_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"new file", "existing file", "symlink to a file", "dangling symlink",
                             "FIFO", "symlink to a FIFO", "character device like /dev/null"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

// -o writes a regular file atomically (mode 0600), writes through a symbolic link to the file
// it names (keeping that file's mode, the link stays), and writes a FIFO or a device in place
// (it stays what it is).
void TestCliImportExport::exportOutputKinds()
{
    QFETCH(QString, kind);
    QTemporaryDir temp;
    const QString dataDir = importedFixture(temp, "varied.json");
    QVERIFY(!dataDir.isEmpty());
    const QByteArray expected = exportAll(dataDir);
    QVERIFY(!expected.isEmpty());
    const QString path = temp.filePath("out.json");
    const QString target = temp.filePath("target.json");
    const QByteArray encoded = QFile::encodeName(path);
    const QFileDevice::Permissions shared = ownerOnly | QFileDevice::ReadGroup;

    const bool throughLink = kind.contains("symlink");
    const QString file = throughLink ? target : path;
    if (kind == "existing file" || kind == "symlink to a file")
        QVERIFY(writeOldFile(file, "old contents\n", shared));
    if (kind.contains("FIFO"))
        QVERIFY(::mkfifo(QFile::encodeName(file).constData(), 0600) == 0);
    if (kind.contains("device")) {
        if (::geteuid() != 0)
            QSKIP("making a device node needs root");
        QVERIFY(makeNode(path, S_IFCHR | 0666, makedev(1, 3)));
    }
    if (throughLink)
        QVERIFY(QFile::link(target, path));

    // A FIFO's reader, as a person's `cat` would be, opened first (and held open for writing
    // too, so that nothing waits): the export's bytes wait in the pipe, whatever happens.
    int fifoReader = -1;
    int fifoHolder = -1;
    if (kind.contains("FIFO")) {
        fifoReader = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_NONBLOCK);
        fifoHolder = ::open(QFile::encodeName(file).constData(), O_WRONLY);
        QVERIFY(fifoReader >= 0 && fifoHolder >= 0);
    }
    const Run run = exportJson(dataDir, path);
    QByteArray readFromFifo;
    if (fifoReader >= 0) {
        ::close(fifoHolder);
        char chunk[4096];
        for (ssize_t got; (got = ::read(fifoReader, chunk, sizeof chunk)) > 0;)
            readFromFifo.append(chunk, got);
        ::close(fifoReader);
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    struct stat info;
    QVERIFY(::lstat(encoded.constData(), &info) == 0);
    if (throughLink) {
        QVERIFY(S_ISLNK(info.st_mode));
        QCOMPARE(QFileInfo(path).symLinkTarget(), target);
    }
    if (kind.contains("FIFO")) {
        QVERIFY(::stat(QFile::encodeName(file).constData(), &info) == 0 && S_ISFIFO(info.st_mode));
        QCOMPARE(withoutExportedAt(readFromFifo), expected);
    } else if (kind.contains("device")) {
        QVERIFY(S_ISCHR(info.st_mode));
        QCOMPARE(info.st_rdev, makedev(1, 3));
    } else {
        QVERIFY(::stat(QFile::encodeName(file).constData(), &info) == 0 && S_ISREG(info.st_mode));
        QCOMPARE(withoutExportedAt(readAll(file)), expected);
        // A file it names itself is private; a file a link points to keeps its mode.
        QCOMPARE(modeOf(file), kind == "symlink to a file" ? shared : ownerOnly);
    }
    // Nothing is left beside it.
    QStringList expectedEntries{"data", "out.json"};
    if (throughLink)
        expectedEntries << "target.json";
    QCOMPARE(QDir(temp.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                            QDir::Name),
             expectedEntries);
}

// A file its owner made read-only (0444) is not replaced: exit 2, the file as it was.
void TestCliImportExport::exportLeavesAReadOnlyFile()
{
    QTemporaryDir temp;
    const QString dataDir = importedFixture(temp, "varied.json");
    QVERIFY(!dataDir.isEmpty());
    const QString output = temp.filePath("kept.json");
    QVERIFY(writeOldFile(output, "kept\n", readableByAll));
    if (::access(QFile::encodeName(output).constData(), W_OK) == 0)
        QSKIP("running as root: file modes do not stop this user");
    const Run run = exportJson(dataDir, output);
    QVERIFY2(run.exitCode == 2, qPrintable(run.err));
    QVERIFY2(run.err.contains(output + ": cannot write: Permission denied"), qPrintable(run.err));
    QCOMPARE(readAll(output), QByteArray("kept\n"));
}

void TestCliImportExport::writeErrorsOnStandardOutputExitOne_data()
{
    QTest::addColumn<QStringList>("args"); // @DIR@: a data folder with sessions
    for (const char* format : {"json", "csv", "fhir", "pdf"})
        QTest::newRow(qPrintable(QStringLiteral("export --format %1").arg(format)))
            << QStringList{"--data-dir", "@DIR@", "export", "--format", format, "-o", "-"};
    QTest::newRow("export --format json -o /dev/stdout")
        << QStringList{"--data-dir", "@DIR@", "export", "--format", "json", "-o", "/dev/stdout"};
    QTest::newRow("analyze") << QStringList{"analyze", fixture("varied.json")};
    QTest::newRow("reminders list") << QStringList{"--data-dir", "@DIR@", "reminders", "list"};
    QTest::newRow("--help") << QStringList{"--help"};
}

// Standard output on a full disk: exit 1 and a message, never a cut-off file and exit 0.
void TestCliImportExport::writeErrorsOnStandardOutputExitOne()
{
    QFETCH(QStringList, args);
    QTemporaryDir temp;
    // A full device of the test's own when root: a build that replaced what -o names by a
    // new file would otherwise replace /dev/full itself (through -o /dev/stdout).
    QString full = QStringLiteral("/dev/full");
    if (::geteuid() == 0)
        QVERIFY(makeNode(full = temp.filePath("full"), S_IFCHR | 0666, makedev(1, 7)));
    else if (!QFileInfo::exists(full))
        QSKIP("no /dev/full here");
    const QString dataDir = importedFixture(temp, "varied.json");
    QVERIFY(!dataDir.isEmpty());
    args.replaceInStrings("@DIR@", dataDir);
    const Run run = runWithOutputTo(args, full);
    QVERIFY2(run.exitCode == 1, qPrintable(QString::number(run.exitCode) + ": " + run.err));
    QVERIFY2(run.err.contains("cannot write to standard output: the disk is full"),
             qPrintable(run.err));
}

// -o naming a device that is full (as /dev/full is): exit 1, the device stays a device.
void TestCliImportExport::fullDeviceAsOutputExitsOne()
{
    if (::geteuid() != 0)
        QSKIP("making a device node needs root");
    QTemporaryDir temp;
    const QString dataDir = importedFixture(temp, "varied.json");
    QVERIFY(!dataDir.isEmpty());
    const QString full = temp.filePath("full");
    QVERIFY(makeNode(full, S_IFCHR | 0666, makedev(1, 7)));
    for (const char* format : {"json", "csv", "fhir"}) {
        const Run run =
            runAftercare({"--data-dir", dataDir, "export", "--format", format, "-o", full});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(full + ": cannot write: the disk is full"), qPrintable(run.err));
        struct stat info;
        QVERIFY(::lstat(QFile::encodeName(full).constData(), &info) == 0 && S_ISCHR(info.st_mode));
    }
}

void TestCliImportExport::readOnlyCommandsCreateNoDatabase_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("folderExists");
    const QStringList exportToOutput{"export", "--format", "json", "-o", "-"};
    const QStringList list{"reminders", "list"};
    QTest::newRow("export, mistyped folder") << exportToOutput << false;
    QTest::newRow("export, empty folder") << exportToOutput << true;
    QTest::newRow("reminders list, mistyped folder") << list << false;
    QTest::newRow("reminders list, empty folder") << list << true;
}

// A read-only command on a folder without a database: exit 2, and nothing is created.
void TestCliImportExport::readOnlyCommandsCreateNoDatabase()
{
    QFETCH(QStringList, command);
    QFETCH(bool, folderExists);
    QTemporaryDir temp;
    const QString dataDir = temp.filePath("mistyped");
    if (folderExists)
        QVERIFY(QDir().mkdir(dataDir));
    const Run run = runAftercare(QStringList{"--data-dir", dataDir} + command);
    QVERIFY2(run.exitCode == 2, qPrintable(run.err));
    QVERIFY2(run.err.contains("no Aftercare data in " + dataDir), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QFileInfo::exists(dataDir), folderExists);
    if (folderExists)
        QVERIFY(QDir(dataDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

// A closed standard input (`<&-`) is named as such, for import and analyze alike.
void TestCliImportExport::closedStandardInputIsNamed()
{
    QTemporaryDir temp;
    for (const QString& command : {QStringLiteral("analyze -"),
                                   QStringLiteral("--data-dir '%1' import -").arg(temp.path())}) {
        const Run run = runShell(QStringLiteral("exec \"$AFTERCARE\" %1 <&-").arg(command));
        QVERIFY2(run.exitCode == 2, qPrintable(command + ": " + run.err));
        QVERIFY2(run.err.contains("standard input: cannot read: it is closed"),
                 qPrintable(run.err));
    }
    // The same input through a pipe from a slow writer is read in full.
    const Run piped = runShell(QStringLiteral("(sleep 1; cat '%1') | \"$AFTERCARE\" analyze -")
                                   .arg(fixture("varied.json")));
    QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
    QVERIFY(QJsonDocument::fromJson(piped.out).isObject());
}

// --data-dir naming a symbolic link to a folder that is gone: said so (also as root, where
// it used to be "no permission to write"), nothing created.
void TestCliImportExport::dataFolderLinkToNothingIsNamed()
{
    QTemporaryDir temp;
    const QString link = temp.filePath("data");
    QVERIFY(QFile::link(temp.filePath("gone"), link));
    const Run run = runAftercare({"--data-dir", link, "import", fixture("varied.json")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.err));
    QVERIFY2(run.err.contains(link + " is a symbolic link to " + temp.filePath("gone")),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains("permission"), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(temp.filePath("gone")));
}

// A data folder of Aftercare's own that everyone may read (0777) is tightened to 0700.
void TestCliImportExport::openDataFolderIsTightened()
{
    QTemporaryDir temp;
    const QString dataDir = temp.filePath("data");
    QVERIFY(QDir().mkdir(dataDir));
    QVERIFY(::chmod(QFile::encodeName(dataDir).constData(), 0777) == 0);
    const Run run = runAftercare({"--data-dir", dataDir, "import", fixture("varied.json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(modeOf(dataDir),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// A session at the very end of year 9999: its prompts fall due in year 10000, which RFC 3339
// cannot write; they are left out.
void TestCliImportExport::remindersListLeavesOutYear10000()
{
    QTemporaryDir temp;
    const QString dataDir = importedFolder(
        temp, R"({"format": "aftercare-log", "version": 1, "sessions": [)"
              R"({"id": "far", "start": "9999-12-31T23:59:59-12:00", "durationMinutes": 60}]})");
    QVERIFY(!dataDir.isEmpty());
    const Run run = runAftercare({"--data-dir", dataDir, "reminders", "list"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.out.contains("10000-"), run.out.constData());
    QVERIFY(QJsonDocument::fromJson(run.out).isArray());
}

// A session in year 1 with a check-in in year 9999: the report's chart draws the first 14
// days (its cost no longer follows the span) and says that one check-in is not drawn.
void TestCliImportExport::pdfOfALogSpanningMillenniaDrawsFourteenDays()
{
    QTemporaryDir temp;
    const QString dataDir = importedFolder(
        temp, R"({"format": "aftercare-log", "version": 1, "sessions": [)"
              R"({"id": "long", "start": "0001-01-01T10:00:00Z", "durationMinutes": 60,)"
              R"( "checkIns": [{"at": "0001-01-01T20:00:00Z", "symptoms": [)"
              R"({"region": "lower-back", "intensity": 4}]},)"
              R"({"at": "9999-12-31T10:00:00Z", "symptoms": []}]}]})");
    QVERIFY(!dataDir.isEmpty());
    const QString pdf = temp.filePath("long.pdf");
    const Run run = runAftercare({"--data-dir", dataDir, "export", "--format", "pdf", "-o", pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(60000), "pdftotext did not finish");
    const QByteArray page = text.readAllStandardOutput();
    QVERIFY2(page.contains("after day 14: 1 not drawn"), page.constData());
    QVERIFY2(page.contains("336"), "the hour axis ends at 336 h");
}

// `LANG=de_DE.UTF-8 aftercare export --format pdf` writes a German report, with German
// decimals ("10,0 h") and the table's "Danach" header on one line.
void TestCliImportExport::pdfReportIsInThePersonsLanguage()
{
    QTemporaryDir temp;
    QCOMPARE(runAftercare({"--data-dir", temp.path(), "import", fixture("varied.json")}).exitCode,
             0);
    const auto reportText = [&](const QString& locale) {
        const QString pdf = temp.filePath(locale + QStringLiteral(".pdf"));
        const Run run = runShell(
            QStringLiteral("LC_ALL=%1 LANG=%1 LANGUAGE= \"$AFTERCARE\" --data-dir '%2' export "
                           "--format pdf -o '%3'")
                .arg(locale, temp.path(), pdf));
        if (run.exitCode != 0)
            qWarning("export failed: %s", qPrintable(run.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        text.waitForFinished(60000);
        return QString::fromUtf8(text.readAllStandardOutput());
    };
    const QString german = reportText(QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(german.contains(QStringLiteral("Beschwerden nach einer Massage")), qPrintable(german));
    QVERIFY2(german.contains(QRegularExpression(QStringLiteral("\\d,\\d h"))), qPrintable(german));
    QVERIFY2(!german.contains(QRegularExpression(QStringLiteral("\\d\\.\\d h"))),
             qPrintable(german));
    QVERIFY2(german.contains(QRegularExpression(QStringLiteral("Zeit +Danach +Bereich"))),
             qPrintable(german));
    const QString english = reportText(QStringLiteral("C.UTF-8"));
    QVERIFY2(english.contains(QStringLiteral("Soreness after a massage")), qPrintable(english));
    QVERIFY2(english.contains(QRegularExpression(QStringLiteral("\\d\\.\\d h"))),
             qPrintable(english));
}

// OWASP CSV injection through the command line: a session id and a note that a spreadsheet
// would run get a leading apostrophe.
void TestCliImportExport::csvExportNeutralisesFormulas()
{
    QTemporaryDir temp;
    const QString dataDir = importedFolder(
        temp, R"x({"format": "aftercare-log", "version": 1, "sessions": [)x"
              R"x({"id": "=HYPERLINK(1)", "start": "2026-11-20T15:00:00+01:00", )x"
              R"x("checkIns": [{"at": "2026-11-20T23:00:00+01:00", "note": "@SUM(A1)"}]}]})x");
    QVERIFY(!dataDir.isEmpty());
    const Run csv = runAftercare({"--data-dir", dataDir, "export", "--format", "csv", "-o", "-"});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY2(csv.out.contains("\r\n'=HYPERLINK(1),"), csv.out.constData());
    QVERIFY2(csv.out.contains(",'@SUM(A1),manual,"), csv.out.constData()); // then the v2 columns
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
    const Run run = exportJson(temp.path(), exported);
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
