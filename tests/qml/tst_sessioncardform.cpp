// The therapist's "Give a session card" form: it makes the same link as `aftercare card`
// for the same values, refuses what the card's rules refuse, and every file it saves (PNG,
// SVG, the printable PDF) is read back by independent tools: zbarimg for the code (the SVG
// drawn with QtSvg, the PDF rendered by pdftoppm) and pdftotext for the link under it.
#include "qrscan.h"
#include "regionlistmodel.h"
#include "sessioncardform.h"

#include "exchange/sessioncard.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;

namespace {

// Runs a program; its standard output, or an empty array and `error`.
QByteArray run(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')),
                          QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

QString longAdvice()
{
    QString text;
    while (text.size() < 990)
        text += QStringLiteral("Walk gently, drink water, warm the lower back. ");
    text.truncate(1000);
    text[999] = u'.'; // the form trims the advice; the command line does not
    return text;
}

} // namespace

class TestSessionCardForm : public QObject
{
    Q_OBJECT
private slots:
    void sameLinkAsTheCommandLine_data();
    void sameLinkAsTheCommandLine();
    void savedFilesDecodeToTheLink_data();
    void savedFilesDecodeToTheLink();
    void refusals_data();
    void refusals();
    void withoutStartOrChoices();
};

void TestSessionCardForm::sameLinkAsTheCommandLine_data()
{
    QTest::addColumn<QString>("therapist");
    QTest::addColumn<QString>("advice");
    QTest::newRow("example") << "Anna K."
                             << "Heat tonight; no heavy lifting for 24 h";
    QTest::newRow("non-ASCII") << "Zoë Ångström-松本"
                               << "Wärme heute Abend; 24 h nichts Schweres.";
    QTest::newRow("long advice") << "Robin" << longAdvice();
}

void TestSessionCardForm::sameLinkAsTheCommandLine()
{
    QFETCH(QString, therapist);
    QFETCH(QString, advice);
    SessionCardForm form;
    form.setStart(QDateTime::fromString(QStringLiteral("2026-11-20T15:00:00+01:00"), Qt::ISODate));
    form.setDurationMinutes(60);
    form.setTechnique(QStringLiteral("deep-tissue"));
    form.setPressure(QStringLiteral("firm"));
    form.toggleArea(QStringLiteral("lower-back"));
    form.toggleArea(QStringLiteral("gluteal-left"));
    form.toggleArea(QStringLiteral("neck"));
    form.toggleArea(QStringLiteral("neck")); // on and off again
    form.setTherapist(therapist);
    form.setAdvice(advice);
    QVERIFY2(form.problem().isEmpty(), qPrintable(form.problem()));

    // The real command with the same values.
    const exchange::SessionCard card = form.card();
    QString error;
    QByteArray printed =
        run(QStringLiteral(AFTERCARE_EXECUTABLE),
            {QStringLiteral("card"), QStringLiteral("--start"), card.start->text,
             QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--technique"),
             QStringLiteral("deep-tissue"), QStringLiteral("--pressure"), QStringLiteral("firm"),
             QStringLiteral("--areas"), QStringLiteral("lower-back,gluteal-left"),
             QStringLiteral("--therapist"), therapist, QStringLiteral("--advice"), advice},
            &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(form.link().toLatin1() + '\n', printed);
    // And it reads back as the card the form holds.
    const exchange::CardParseResult read = exchange::parseSessionCard(form.link().toLatin1());
    QVERIFY(read.ok());
    QCOMPARE(*read.card, card);
    QCOMPARE(read.card->therapist, std::optional<QString>(therapist));
}

void TestSessionCardForm::savedFilesDecodeToTheLink_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("therapist");
    QTest::addColumn<QString>("advice");
    for (const char* format : {"png", "svg", "pdf"}) {
        QTest::addRow("%s, example", format) << format << "Anna K."
                                             << "Heat tonight; no heavy lifting for 24 h";
        // Letters the card's fonts have (CJK needs a font this machine may lack; the link
        // itself carries any text, as sameLinkAsTheCommandLine shows).
        QTest::addRow("%s, non-ASCII", format) << format << "Zoë Ångström-Łukasiewicz"
                                               << "Wärme heute Abend; 24 h nichts Schweres.";
        QTest::addRow("%s, long advice", format) << format << "Robin" << longAdvice();
    }
}

void TestSessionCardForm::savedFilesDecodeToTheLink()
{
    QFETCH(QString, format);
    QFETCH(QString, therapist);
    QFETCH(QString, advice);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SessionCardForm form;
    form.setTechnique(QStringLiteral("sports"));
    form.toggleArea(QStringLiteral("calf-left"));
    form.setTherapist(therapist);
    form.setAdvice(advice);
    form.setFormat(format);
    QVERIFY(form.suggestedFileName().endsWith(QLatin1Char('.') + format));
    const QString file = dir.filePath(form.suggestedFileName());
    QSignalSpy result(&form, &SessionCardForm::resultChanged);
    QVERIFY2(form.saveTo(QUrl::fromLocalFile(file)), qPrintable(form.saveError()));
    QCOMPARE(result.count(), 1);
    QVERIFY(form.savedText().contains(QFileInfo(file).fileName()));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    QString scanned = file;
    QString error;
    if (format == QLatin1String("svg")) {
        scanned = dir.filePath(QStringLiteral("drawn.png"));
        error = testsupport::drawSvg(file, 1200, scanned);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else if (format == QLatin1String("pdf")) {
        // One page, rendered as a printer would, and the link in text under the code.
        const QByteArray info = run(QStringLiteral("pdfinfo"), {file}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(info.contains("\nPages:           1\n"), info.constData());
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
             QStringLiteral("-singlefile"), file, dir.filePath(QStringLiteral("page"))},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        scanned = dir.filePath(QStringLiteral("page.png"));
        QByteArray text = run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        text.replace('\n', "").replace(' ', "").replace('\f', "");
        QVERIFY2(text.contains(form.link().toLatin1()), text.constData());
        if (!QString::fromUtf8(text).contains(QString(therapist).remove(QLatin1Char(' '))))
            QFAIL(qPrintable(QStringLiteral("the card does not name %1: %2")
                                 .arg(therapist, QString::fromUtf8(text))));
    }
    const QByteArray decoded = testsupport::decodeWithZbar(scanned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, form.link().toLatin1());

    // AFTERCARE_CARD_EXAMPLES_DIR=DIR keeps the files to look at.
    if (const QString keep = qEnvironmentVariable("AFTERCARE_CARD_EXAMPLES_DIR"); !keep.isEmpty()) {
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QDir().mkpath(keep);
        QFile::remove(keep + u'/' + name + u'.' + format);
        QFile::copy(file, keep + u'/' + name + u'.' + format);
        if (scanned != file)
            QFile::copy(scanned, keep + u'/' + name + QStringLiteral(".png"));
    }
}

void TestSessionCardForm::refusals_data()
{
    QTest::addColumn<QString>("therapist");
    QTest::addColumn<QString>("advice");
    QTest::addColumn<QString>("problem");
    QTest::newRow("name too long") << QString(201, u'x') << QString() << "at most 200";
    QTest::newRow("advice too long") << QString() << QString(1001, u'x') << "at most 1000";
    // 700 letters that take 6 bytes each once percent-encoded: over the link's 2,000 bytes.
    QTest::newRow("link too long") << QString() << QString(700, u'ü') << "shorten the advice";
}

void TestSessionCardForm::refusals()
{
    QFETCH(QString, therapist);
    QFETCH(QString, advice);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SessionCardForm form;
    form.setTherapist(therapist);
    form.setAdvice(advice);
    QVERIFY2(form.problem().contains(problem), qPrintable(form.problem()));
    QVERIFY(form.link().isEmpty());
    const QString file = dir.filePath(QStringLiteral("card.png"));
    form.setFormat(QStringLiteral("png"));
    QVERIFY(!form.saveTo(QUrl::fromLocalFile(file)));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(form.saveError(), form.problem());
    // Fixed, the card is made again.
    form.setTherapist({});
    form.setAdvice(QStringLiteral("Rest"));
    QVERIFY(form.problem().isEmpty());
    QVERIFY(form.saveTo(QUrl::fromLocalFile(file)));
}

void TestSessionCardForm::withoutStartOrChoices()
{
    SessionCardForm form;
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-11-20T16:00:30+01:00"), Qt::ISODate);
    form.setNow(now);
    // The card proposes a session that has just ended.
    QCOMPARE(form.start(), now.addSecs(-3600 - 30));
    form.setStartGiven(false);
    QCOMPARE(form.link(), QStringLiteral("aftercare:session?v=1&duration=60"));
    QCOMPARE(form.areasText(), QStringLiteral("None chosen"));
    form.toggleArea(QStringLiteral("no-such-region"));
    QCOMPARE(form.link(), QStringLiteral("aftercare:session?v=1&duration=60"));
    QVERIFY(!form.saveTo(QUrl(QStringLiteral("https://example.invalid/card.png"))));
}

QTEST_MAIN(TestSessionCardForm)
#include "tst_sessioncardform.moc"
