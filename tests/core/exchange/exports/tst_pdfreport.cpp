#include "exchange/report/pdfreport.h"

#include "analysis/analysis.h"
#include "model/vocabulary.h"
#include "processrun.h"
#include "sampledata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace aftercare;

namespace {

using Run = testsupport::ProcessRun;
using testsupport::runToEnd;

// Whitespace runs (spaces, line ends, table gaps) count as one space.
QString squash(const QString& text)
{
    return text.simplified();
}

// "2026-11-20T19:00:00+01:00" → "2026-11-20 19:00": the wall time as recorded.
QString recordedMinute(const Timestamp& t)
{
    return t.text.left(10) + QLatin1Char(' ') + t.text.mid(11, 5);
}

report::ReportOptions options()
{
    report::ReportOptions o;
    o.generatedAt = testdata::at("2026-11-22T09:15:00+01:00");
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return o;
}

} // namespace

Q_DECLARE_METATYPE(aftercare::Session)

class TestPdfReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shortSession();
    void weekLogBreaksAcrossPages();
    void everyPageHasFooter();
    void fontsAreEmbedded();
    void pageSizeFromLocale_data();
    void pageSizeFromLocale();
    void ownerOnlyEvenWhenReplacing();
    void unwritablePathFails();
    void noSessions();
    void severalSessionsStartOnNewPages();
    void longestNotesContinueOnTheNextPage();
    void pageOneIsTheSummary_data();
    void pageOneIsTheSummary();

private:
    QString writeReport(const QString& name, const QList<Session>& sessions,
                        const report::ReportOptions& o, int* pages = nullptr);
    QString text(const QString& pdf, int page = 0); // 0: all pages
    int pdfPages(const QString& pdf);
    void checkRenders(const QString& pdf, int pages);
    void checkContent(const QString& pdf, const Session& session);

    QTemporaryDir m_dir;
    QString m_pdftotext, m_pdftoppm, m_pdfinfo, m_pdffonts;
};

void TestPdfReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    m_pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    QVERIFY2(!m_pdftotext.isEmpty() && !m_pdftoppm.isEmpty() && !m_pdfinfo.isEmpty() &&
                 !m_pdffonts.isEmpty(),
             "poppler-utils (pdftotext, pdftoppm, pdfinfo, pdffonts) are needed");
}

QString TestPdfReport::writeReport(const QString& name, const QList<Session>& sessions,
                                   const report::ReportOptions& o, int* pages)
{
    const QString path = m_dir.filePath(name);
    QString error;
    int count = 0;
    if (!report::writePdfReport(sessions, path, o, &error, &count))
        qWarning("writePdfReport failed: %s", qPrintable(error));
    if (pages)
        *pages = count;
    // Keep copies for people to look at when asked to.
    const QString examples = qEnvironmentVariable("AFTERCARE_REPORT_EXAMPLES_DIR");
    if (!examples.isEmpty() && QDir().mkpath(examples)) {
        QFile::remove(examples + QLatin1Char('/') + name);
        QFile::copy(path, examples + QLatin1Char('/') + name);
    }
    return path;
}

QString TestPdfReport::text(const QString& pdf, int page)
{
    // -raw: text in the order it is drawn, so a wrapped paragraph or note reads as one.
    QStringList args{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    const Run r = runToEnd(m_pdftotext, args);
    if (r.exitCode != 0)
        qWarning("pdftotext failed: %s", r.err.constData());
    return QString::fromUtf8(r.out);
}

int TestPdfReport::pdfPages(const QString& pdf)
{
    const Run r = runToEnd(m_pdfinfo, {pdf});
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(r.out));
    return r.exitCode == 0 && m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestPdfReport::checkRenders(const QString& pdf, int pages)
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const Run r =
        runToEnd(m_pdftoppm, {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                              pdf, out.filePath(QStringLiteral("p"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.err.contains("Error"), r.err.constData());
    const QStringList pngs = QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files);
    QCOMPARE(pngs.size(), pages);
    for (const QString& png : pngs)
        QVERIFY(QFileInfo(out.filePath(png)).size() > 1000);
    const QString examples = qEnvironmentVariable("AFTERCARE_REPORT_EXAMPLES_DIR");
    if (!examples.isEmpty()) {
        runToEnd(m_pdftoppm,
                 {QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-png"), pdf,
                  examples + QLatin1Char('/') + QFileInfo(pdf).completeBaseName()});
    }
}

void TestPdfReport::checkContent(const QString& pdf, const Session& session)
{
    const QString all = squash(text(pdf));
    QVERIFY(!all.isEmpty());
    // No ligature glyphs: "fl" and "fi" must stay searchable letters.
    QVERIFY(!all.contains(QChar(0xFB01)) && !all.contains(QChar(0xFB02)));
    // Every check-in's time as recorded.
    for (const CheckIn& c : session.checkIns)
        QVERIFY2(all.contains(recordedMinute(c.at)), qPrintable(recordedMinute(c.at)));
    // The status and every flag's message, in full.
    const analysis::Result result = analysis::analyze(session);
    QVERIFY2(all.contains(squash(analysis::statusTitle(result.status))),
             qPrintable(analysis::statusTitle(result.status)));
    QVERIFY2(all.contains(squash(analysis::statusAdvice(result.status))),
             qPrintable(analysis::statusAdvice(result.status)));
    for (const analysis::Flag& flag : result.flags) {
        QVERIFY2(all.contains(squash(flag.message)), qPrintable(flag.message));
        QVERIFY2(all.contains(recordedMinute(flag.at)), qPrintable(flag.at.text));
    }
    QVERIFY(all.contains(squash(analysis::notADiagnosis())));
    // Session details with their labels.
    QVERIFY(all.contains(session.id));
    for (const QString& id : session.screening)
        QVERIFY2(all.contains(squash(vocabulary::label(vocabulary::screening(), id))),
                 qPrintable(id));
    QVERIFY(all.contains(vocabulary::label(vocabulary::techniques(), session.technique)));
    if (!session.therapist.isEmpty())
        QVERIFY(all.contains(session.therapist));
}

void TestPdfReport::shortSession()
{
    const Session session = testdata::shortSession();
    const analysis::Result result = analysis::analyze(session);
    QVERIFY2(result.flags.size() >= 2, "the sample should raise flags");
    int pages = 0;
    const QString pdf =
        writeReport(QStringLiteral("short-session.pdf"), {session}, options(), &pages);
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(pdfPages(pdf), pages);
    checkContent(pdf, session);
    const QString all = squash(text(pdf));
    // Notes with quotes and line breaks, non-ASCII text.
    QVERIFY(all.contains(QStringLiteral("Sore, \"tight\" after driving, better after a walk")));
    QVERIFY(all.contains(QStringLiteral("ça va")));
    QVERIFY(all.contains(QStringLiteral("Zoë Brandt, RMT")));
    checkRenders(pdf, pages);
}

void TestPdfReport::weekLogBreaksAcrossPages()
{
    const Session week = testdata::weekLog();
    QCOMPARE(week.checkIns.size(), 170);
    int pages = 0;
    const QString pdf = writeReport(QStringLiteral("week-log.pdf"), {week}, options(), &pages);
    QCOMPARE(pdfPages(pdf), pages);
    QVERIFY(pages > 1);
    checkContent(pdf, week);
    checkRenders(pdf, pages);

    // The table's header is repeated on every page that lists check-ins, and every
    // check-in is listed exactly once: a row reads "2026-03-28 05:30 [UTC+02:00] 12.0 h".
    static const QRegularExpression header(
        QStringLiteral("Time After Region Score Qualities Red flags Note"));
    static const QRegularExpression row(QStringLiteral(
        "(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})(?: UTC[+-]\\d{2}:\\d{2})? \\d+\\.\\d h"));
    QStringList listed;
    int pagesWithRows = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = squash(text(pdf, page));
        QStringList rows;
        for (auto it = row.globalMatch(pageText); it.hasNext();)
            rows << it.next().captured(1);
        if (rows.isEmpty())
            continue;
        ++pagesWithRows;
        listed << rows;
        QVERIFY2(header.match(pageText).hasMatch(),
                 qPrintable(QStringLiteral("page %1").arg(page)));
    }
    QVERIFY(pagesWithRows >= 2);
    QStringList expected;
    for (const CheckIn& c : week.checkIns)
        expected << recordedMinute(c.at);
    QCOMPARE(listed, expected);
}

void TestPdfReport::everyPageHasFooter()
{
    int pages = 0;
    report::ReportOptions o = options();
    o.appVersion = QStringLiteral("9.8.7");
    const QString pdf = writeReport(QStringLiteral("footer.pdf"), {testdata::weekLog()}, o, &pages);
    QVERIFY(pages > 1);
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = squash(text(pdf, page));
        QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(pageText.right(300)));
        QVERIFY(pageText.contains(squash(analysis::notADiagnosis())));
        QVERIFY(pageText.contains(QStringLiteral("Aftercare 9.8.7")));
        QVERIFY(pageText.contains(QStringLiteral("2026-11-22 09:15")));
    }
}

void TestPdfReport::fontsAreEmbedded()
{
    const QString pdf =
        writeReport(QStringLiteral("fonts.pdf"), {testdata::shortSession()}, options());
    const Run r = runToEnd(m_pdffonts, {pdf});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2); // header, rule, at least one font
    for (const QString& line : lines.mid(2)) {
        // name type encoding emb sub uni object ID: "emb" is the fifth field from the end.
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(fields.size() >= 6);
        QVERIFY2(fields.at(fields.size() - 5) == QLatin1String("yes"), qPrintable(line));
    }
}

void TestPdfReport::pageSizeFromLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("United States: Letter")
        << QLocale(QLocale::English, QLocale::UnitedStates) << QSizeF(612, 792);
    QTest::newRow("Germany: A4") << QLocale(QLocale::German, QLocale::Germany)
                                 << QSizeF(595.28, 841.89);
    QTest::newRow("United Kingdom: A4")
        << QLocale(QLocale::English, QLocale::UnitedKingdom) << QSizeF(595.28, 841.89);
}

void TestPdfReport::pageSizeFromLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QSizeF, points);
    report::ReportOptions o = options();
    o.locale = locale;
    const QString pdf = writeReport(QStringLiteral("size-%1.pdf").arg(locale.name()),
                                    {testdata::shortSession()}, o);
    const Run r = runToEnd(m_pdfinfo, {pdf});
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = size.match(QString::fromUtf8(r.out));
    QVERIFY2(m.hasMatch(), r.out.constData());
    QVERIFY2(qAbs(m.captured(1).toDouble() - points.width()) < 1.0, r.out.constData());
    QVERIFY2(qAbs(m.captured(2).toDouble() - points.height()) < 1.0, r.out.constData());
}

void TestPdfReport::ownerOnlyEvenWhenReplacing()
{
    const QString path = m_dir.filePath(QStringLiteral("replaced.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    QVERIFY2(report::writePdfReport({testdata::shortSession()}, path, options(), &error),
             qPrintable(error));
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
}

void TestPdfReport::unwritablePathFails()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/report.pdf"));
    QString error;
    QVERIFY(!report::writePdfReport({testdata::shortSession()}, path, options(), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestPdfReport::noSessions()
{
    int pages = 0;
    const QString pdf = writeReport(QStringLiteral("empty.pdf"), {}, options(), &pages);
    QCOMPARE(pages, 1);
    QCOMPARE(pdfPages(pdf), 1);
    const QString all = squash(text(pdf));
    QVERIFY(all.contains(QStringLiteral("No sessions recorded.")));
    QVERIFY(all.contains(QStringLiteral("Page 1 of 1")));
}

void TestPdfReport::severalSessionsStartOnNewPages()
{
    Session second = testdata::shortSession();
    second.id = QStringLiteral("second-session");
    second.checkIns.clear();
    int pages = 0;
    const QString pdf = writeReport(QStringLiteral("two.pdf"), {testdata::shortSession(), second},
                                    options(), &pages);
    QVERIFY(pages >= 2);
    // The second session's title opens a page of its own.
    int titlePage = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = text(pdf, page);
        if (pageText.contains(QStringLiteral("second-session")) &&
            pageText.contains(QStringLiteral("Soreness after a massage")))
            titlePage = page;
    }
    QVERIFY(titlePage > 1);
    const QString firstLines = squash(text(pdf, titlePage)).left(200);
    QVERIFY2(!firstLines.contains(QStringLiteral("s-2026-11-20")), qPrintable(firstLines));
    QVERIFY(squash(text(pdf, titlePage)).contains(QStringLiteral("No check-ins yet")));
}

void TestPdfReport::longestNotesContinueOnTheNextPage()
{
    // Free text may hold 4,000 code points: a note longer than a page is split between
    // lines and continues under the repeated header, with nothing lost.
    QString note;
    for (int i = 0; note.size() < 3990; ++i)
        note += QStringLiteral("word%1 ").arg(i);
    note = note.left(4000);
    Session session = testdata::shortSession();
    session.notes = note;
    session.checkIns[2].note = note;
    int pages = 0;
    const QString pdf = writeReport(QStringLiteral("long-notes.pdf"), {session}, options(), &pages);
    QCOMPARE(pdfPages(pdf), pages);
    QVERIFY(pages >= 3);
    checkRenders(pdf, pages);
    // Every word twice in the appendix (the session's notes and the check-in's note), none
    // lost or doubled; page 1 shows only the start of each.
    QString all;
    for (int page = 2; page <= pages; ++page)
        all += squash(text(pdf, page)) + QLatin1Char(' ');
    const QString summary = squash(text(pdf, 1));
    QVERIFY(summary.contains(note.left(100).simplified()));
    QVERIFY(!summary.contains(QStringLiteral("word300 ")));
    const QStringList words = note.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        QCOMPARE(all.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word))), 2);
    }
    QVERIFY(all.contains(note.left(200).simplified())); // the session notes read on
    // The continued check-in says which one it is.
    QVERIFY(all.contains(QStringLiteral("2026-11-20 19:00 (continued)")));
    checkContent(pdf, session);
}

void TestPdfReport::pageOneIsTheSummary_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<QStringList>("onPageOne");
    QTest::newRow("v2: advice, reactions, self-care")
        << testdata::v2Session()
        << QStringList{"Tell your therapist",
                       "Reaction: moderate",
                       "Nerve-type pain",
                       "Bruising",
                       "Before the session: a slipped disc",
                       "set up from the therapist's session card",
                       "Therapist's advice Heat tonight; no heavy lifting for 24 h",
                       "Headache (1 check-in, first at 2026-11-20 19:00); Tiredness (1 check-in",
                       "Relaxed (1 check-in, first at 2026-11-21 09:00); Slept better",
                       "Heat: 3 times, helped twice, did not help once; Painkiller: once, helped "
                       "a little once",
                       "In the way 2026-11-20 23:00: A lot",
                       "Their notes",
                       "2026-11-21 09:00: Blue mark"};
    QTest::newRow("v1: nothing beyond soreness")
        << testdata::shortSession()
        << QStringList{"Reaction: mild", "Therapist's advice None recorded",
                       "Other reactions None reported", "What they did for it Nothing recorded"};
    QTest::newRow("seven days, two warning signs")
        << testdata::weekLog()
        << QStringList{"Reaction: severe", "See a doctor today",
                       "Possible blood clot in a leg (DVT) (at 2026-03-29 00:30, 30.0 h after)",
                       "Their notes", "2026-04-03 07:30: Check-in 156"};
}

void TestPdfReport::pageOneIsTheSummary()
{
    QFETCH(Session, session);
    QFETCH(QStringList, onPageOne);
    int pages = 0;
    // "v2: advice, …" → summary-v2.pdf
    const QString name =
        QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(':'), 0, 0);
    const QString pdf =
        writeReport(QStringLiteral("summary-%1.pdf").arg(name.section(QLatin1Char(' '), 0, 0)),
                    {session}, options(), &pages);
    QVERIFY(pages >= 2);
    const QString first = squash(text(pdf, 1));
    for (const QString& expected : onPageOne)
        QVERIFY2(first.contains(expected),
                 qPrintable(expected + QStringLiteral("\n---\n") + first));
    // Everything else follows as the appendix, starting on page 2; the table is there.
    QVERIFY(squash(text(pdf, 2)).contains(QStringLiteral("Appendix: the session in full")));
    QVERIFY(!first.contains(QStringLiteral("Appendix")));
    QVERIFY(!first.contains(QStringLiteral("All check-ins")));
    checkRenders(pdf, pages);
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
