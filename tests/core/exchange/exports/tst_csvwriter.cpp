#include "exchange/csvwriter.h"

#include "sampledata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;

namespace {

// Python's csv module in strict mode: the file as a real CSV consumer reads it.
const char* const pythonReader = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f, strict=True, delimiter=sys.argv[2]))
json.dump(rows, sys.stdout, ensure_ascii=True)
)";

struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QString column(int row, const char* name) const
    {
        return rows.at(row).at(header.indexOf(QString::fromLatin1(name)));
    }
    // The cells of the columns `names` in `row`, in the order named.
    QStringList cells(int row, std::initializer_list<const char*> names) const
    {
        QStringList result;
        for (const char* name : names)
            result << column(row, name);
        return result;
    }
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void oneRowPerSymptomInTimeOrder();
    void noSorenessIsOneRowOfZero();
    void sessionAndCheckInColumns();
    void v2Columns();
    void freeTextSurvivesQuoting_data();
    void freeTextSurvivesQuoting();
    void formulaCellsAreNeutralised_data();
    void formulaCellsAreNeutralised();
    void recordsEndInCrLf();
    void emptyExportIsHeaderOnly();
    void weekLogRowCount();
    void dialectFollowsTheLocale_data();
    void dialectFollowsTheLocale();
    void semicolonsAndDecimalCommas();

private:
    // Writes `sessions` to a real file and reads it back with Python's csv module.
    Table roundTrip(const QList<Session>& sessions, const exchange::CsvDialect& dialect = {});
    QByteArray writeAndRead(const QList<Session>& sessions);

    QTemporaryDir m_dir;
    QString m_python;
    int m_files = 0;
};

void TestCsvWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!m_python.isEmpty(), "python3 is needed to read the CSV back");
}

QByteArray TestCsvWriter::writeAndRead(const QList<Session>& sessions)
{
    const QString path = m_dir.filePath(QStringLiteral("export-%1.csv").arg(++m_files));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(exchange::writeCsv(sessions));
    out.close();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

Table TestCsvWriter::roundTrip(const QList<Session>& sessions, const exchange::CsvDialect& dialect)
{
    const QString path = m_dir.filePath(QStringLiteral("export-%1.csv").arg(++m_files));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    out.write(exchange::writeCsv(sessions, dialect));
    out.close();

    QProcess python;
    python.start(m_python, {QStringLiteral("-c"), QString::fromLatin1(pythonReader), path,
                            QString(dialect.separator)});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        qFatal("python3 could not parse the CSV: %s", python.readAllStandardError().constData());
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    Table table;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList fields;
        for (const QJsonValue& field : rows.at(i).toArray())
            fields << field.toString();
        if (i == 0)
            table.header = fields;
        else
            table.rows << fields;
    }
    return table;
}

void TestCsvWriter::oneRowPerSymptomInTimeOrder()
{
    const Session session = testdata::shortSession();
    const Table table = roundTrip({session});
    QCOMPARE(table.header, exchange::csvColumns());

    int expectedRows = 0;
    for (const CheckIn& c : session.checkIns)
        expectedRows += std::max<int>(1, int(c.symptoms.size()));
    QCOMPARE(table.rows.size(), expectedRows);
    for (const QStringList& row : table.rows)
        QCOMPARE(row.size(), table.header.size());

    // The check-ins were given out of order; rows follow the instants.
    QStringList times;
    for (int i = 0; i < table.rows.size(); ++i)
        times << table.column(i, "checkin_at");
    const QStringList expected{"2026-11-20T15:30:00+01:00", "2026-11-20T19:00:00+01:00",
                               "2026-11-20T19:00:00+01:00", "2026-11-20T23:00:00+01:00",
                               "2026-11-20T23:00:00+01:00", "2026-11-21T09:00:00+01:00",
                               "2026-11-21T20:00:00+01:00", "2026-11-22T09:00:00+01:00"};
    QCOMPARE(times, expected);
    // Symptoms of one check-in keep their order.
    QCOMPARE(table.column(1, "region"), QStringLiteral("lower-back"));
    QCOMPARE(table.column(2, "region"), QStringLiteral("gluteal-left"));
}

void TestCsvWriter::noSorenessIsOneRowOfZero()
{
    const Table table = roundTrip({testdata::shortSession()});
    QCOMPARE(table.cells(0, {"checkin_at", "region", "intensity", "baseline", "qualities", "note"}),
             (QStringList{"2026-11-20T15:30:00+01:00", "", "0", "", "", "Relaxed, no soreness"}));
    const int last = int(table.rows.size()) - 1;
    QCOMPARE(table.cells(last, {"region", "intensity"}), (QStringList{"", "0"}));
}

void TestCsvWriter::v2Columns()
{
    const Table table = roundTrip({testdata::v2Session()});
    QCOMPARE(table.header.mid(13), QStringList({"source", "advice", "recorded_at", "entered_later",
                                                "impact", "reactions", "benefits", "self_care"}));
    // Rows by instant: 15:30 (0), 19:00 (1, 2), 23:00 (3, 4), 09:00 (5), 20:00 (6), 09:00 (7).
    QCOMPARE(
        table.cells(0, {"source", "advice", "recorded_at", "entered_later", "impact"}),
        (QStringList{"session-card", "Heat tonight; no heavy lifting for 24 h, then \"easy\" walks",
                     "2026-11-20T15:31:00+01:00", "", "a-little"}));
    for (int row : {1, 2}) {
        QCOMPARE(table.cells(row, {"reactions", "self_care", "benefits"}),
                 (QStringList{"tiredness;headache", "heat=yes;walk", ""}));
    }
    for (int row : {3, 4}) {
        QCOMPARE(table.cells(row, {"recorded_at", "entered_later", "impact", "self_care"}),
                 (QStringList{"2026-11-21T02:00:00+01:00", "yes", "a-lot",
                              "heat=no;painkiller=a-little"}));
    }
    QCOMPARE(table.column(5, "benefits"), QStringLiteral("slept-better;relaxed"));
    QCOMPARE(table.column(7, "impact"), QStringLiteral("none"));

    // A v1 session: source "manual", the other v2 cells empty.
    const Table v1 = roundTrip({testdata::shortSession()});
    QCOMPARE(v1.column(0, "source"), QStringLiteral("manual"));
    for (const char* column :
         {"advice", "recorded_at", "entered_later", "impact", "reactions", "benefits", "self_care"})
        QCOMPARE(v1.column(0, column), QString());
}

void TestCsvWriter::sessionAndCheckInColumns()
{
    const Table table = roundTrip({testdata::shortSession()});
    for (int i = 0; i < table.rows.size(); ++i) {
        QCOMPARE(table.cells(i, {"session_id", "session_start", "duration_minutes", "technique",
                                 "pressure"}),
                 (QStringList{"s-2026-11-20", "2026-11-20T15:00:00+01:00", "60", "deep-tissue",
                              "firm"}));
    }
    // The session ends at 16:00: during the session is hour 0, 19:00 is 3 h, the next
    // morning 09:00 is 17 h.
    QCOMPARE(table.column(0, "hours_since_session_end"), QStringLiteral("0.00"));
    QCOMPARE(table.column(1, "hours_since_session_end"), QStringLiteral("3.00"));
    QCOMPARE(table.column(5, "hours_since_session_end"), QStringLiteral("17.00"));
    // Baseline per region: lower back 3, others 0.
    QCOMPARE(table.column(1, "baseline"), QStringLiteral("3"));
    QCOMPARE(table.column(2, "baseline"), QStringLiteral("0"));
    QCOMPARE(table.column(1, "intensity"), QStringLiteral("5"));
    QCOMPARE(table.column(1, "qualities"), QStringLiteral("aching;stiff"));
    QCOMPARE(table.column(3, "qualities"), QStringLiteral("aching;shooting"));
    QCOMPARE(table.column(5, "red_flags"), QStringLiteral("bruising"));
    QCOMPARE(table.column(4, "red_flags"), QString());
}

void TestCsvWriter::freeTextSurvivesQuoting_data()
{
    QTest::addColumn<QString>("note");
    QTest::newRow("comma") << QStringLiteral("sore, then better");
    QTest::newRow("quotes") << QStringLiteral("felt \"tight\" and \"\"odd\"\"");
    QTest::newRow("newline") << QStringLiteral("line one\nline two\n");
    QTest::newRow("crlf") << QStringLiteral("line one\r\nline two");
    QTest::newRow("lone cr") << QStringLiteral("a\rb");
    QTest::newRow("non-ascii") << QStringLiteral("Zoë: ça va — 肩が痛い 😣");
    QTest::newRow("everything") << QStringLiteral("\"Quoted\", then,\r\nmore \"\" — fin\"");
    QTest::newRow("leading space") << QStringLiteral("  spaced  ");
    QTest::newRow("formula character inside") << QStringLiteral("1+2=3, @home");
}

void TestCsvWriter::freeTextSurvivesQuoting()
{
    QFETCH(QString, note);
    Session session = testdata::shortSession();
    session.id = QStringLiteral("id, with \"quotes\"");
    session.checkIns = {
        testdata::checkIn("2026-11-20T18:00:00+01:00", {testdata::symptom("neck", 2)}, {}, note)};
    const Table table = roundTrip({session});
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.column(0, "note"), note);
    QCOMPARE(table.column(0, "session_id"), session.id);
    QCOMPARE(table.column(0, "region"), QStringLiteral("neck"));
}

// OWASP CSV injection: what a spreadsheet would run as a formula is written as text.
void TestCsvWriter::formulaCellsAreNeutralised_data()
{
    QTest::addColumn<QString>("text"); // a session id and a note
    QTest::addColumn<QString>("written");
    QTest::newRow("=") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("= hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                 << QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")");
    QTest::newRow("+") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::newRow("-") << QStringLiteral("-2+3+cmd") << QStringLiteral("'-2+3+cmd");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("a plain negative number stays")
        << QStringLiteral("-12") << QStringLiteral("-12");
    QTest::newRow("a plain text stays") << QStringLiteral("a=1") << QStringLiteral("a=1");
}

void TestCsvWriter::formulaCellsAreNeutralised()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    Session session = testdata::shortSession();
    session.id = text;
    session.checkIns = {
        testdata::checkIn("2026-11-20T18:00:00+01:00", {testdata::symptom("neck", 2)}, {}, text)};
    const Table table = roundTrip({session});
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.column(0, "session_id"), written);
    QCOMPARE(table.column(0, "note"), written);
    QCOMPARE(table.column(0, "region"), QStringLiteral("neck"));
}

void TestCsvWriter::recordsEndInCrLf()
{
    Session session = testdata::shortSession();
    const QByteArray bytes = writeAndRead({session});
    // The byte-order mark first: without it a spreadsheet reads the text as Latin-1.
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFsession_id,session_start,"));
    QVERIFY(bytes.endsWith("\r\n"));
    const QByteArray header = exchange::csvColumns().join(QLatin1Char(',')).toUtf8();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" + header + "\r\n"));
    // Outside quoted fields every line break is CRLF; the note's own LF is kept inside quotes.
    bool quoted = false;
    int records = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '\n')
            QVERIFY2(i > 0 && bytes.at(i - 1) == '\r', "bare LF outside a quoted field");
        else if (!quoted && c == '\r') {
            QVERIFY2(i + 1 < bytes.size() && bytes.at(i + 1) == '\n', "bare CR outside quotes");
            ++records;
        }
    }
    QVERIFY(!quoted);
    QCOMPARE(records, 1 + 8);
    QVERIFY(bytes.contains("\"Sore, \"\"tight\"\" after driving,\nbetter after a walk\""));
    // UTF-8, not Latin-1.
    QVERIFY(bytes.contains(QStringLiteral("ça va").toUtf8()));
}

void TestCsvWriter::emptyExportIsHeaderOnly()
{
    const Table table = roundTrip({});
    QCOMPARE(table.header, exchange::csvColumns());
    QCOMPARE(table.rows.size(), 0);
}

void TestCsvWriter::weekLogRowCount()
{
    const QList<Session> sessions{testdata::shortSession(), testdata::weekLog()};
    const Table table = roundTrip(sessions);
    int expectedRows = 0;
    for (const Session& s : sessions) {
        for (const CheckIn& c : s.checkIns)
            expectedRows += std::max<int>(1, int(c.symptoms.size()));
    }
    QVERIFY(expectedRows > 170);
    QCOMPARE(table.rows.size(), expectedRows);
    // Sessions in the given order; times as recorded, with their own offsets.
    QCOMPARE(table.column(0, "session_id"), QStringLiteral("s-2026-11-20"));
    const int last = int(table.rows.size()) - 1;
    QCOMPARE(table.column(last, "session_id"), QStringLiteral("week-2026-03-27"));
    QVERIFY(table.column(last, "checkin_at").endsWith(QStringLiteral("+02:00")));
    QCOMPARE(table.column(last, "hours_since_session_end"), QStringLiteral("169.00"));
}

// Where a comma is the decimal mark, spreadsheets split fields at ';'.
void TestCsvWriter::dialectFollowsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("decimalPoint");
    QTest::newRow("English (US)") << "en_US"
                                  << ","
                                  << ".";
    QTest::newRow("English (UK)") << "en_GB"
                                  << ","
                                  << ".";
    QTest::newRow("German") << "de_DE"
                            << ";"
                            << ",";
    QTest::newRow("Swiss German") << "de_CH"
                                  << ","
                                  << ".";
    QTest::newRow("French") << "fr_FR"
                            << ";"
                            << ",";
}

void TestCsvWriter::dialectFollowsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, separator);
    QFETCH(QString, decimalPoint);
    const exchange::CsvDialect dialect = exchange::csvDialectFor(QLocale(locale));
    QCOMPARE(QString(dialect.separator), separator);
    QCOMPARE(QString(dialect.decimalPoint), decimalPoint);
}

// A German table: ';' between fields, "3,00" hours, and a note with ';' still one field.
void TestCsvWriter::semicolonsAndDecimalCommas()
{
    Session session = testdata::shortSession();
    for (CheckIn& checkIn : session.checkIns)
        checkIn.note = QStringLiteral("Heat; then a walk, 3.5 km");
    const exchange::CsvDialect german = exchange::csvDialectFor(QLocale(QStringLiteral("de_DE")));
    const Table table = roundTrip({session}, german);
    QCOMPARE(table.header, exchange::csvColumns());
    QCOMPARE(table.column(1, "hours_since_session_end"), QStringLiteral("3,00"));
    QCOMPARE(table.column(1, "note"), QStringLiteral("Heat; then a walk, 3.5 km"));
    QVERIFY(
        exchange::writeCsv({session}, german).startsWith("\xEF\xBB\xBFsession_id;session_start;"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
