// Runs the real `aftercare card`: the link it prints, the links it checks (--read), and the QR
// codes it writes, each read back by an independent decoder (zbarimg from zbar-tools). An SVG
// is drawn to pixels with QtSvg first, as a viewer or a printer would.
#include "clirun.h"
#include "qrscan.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray exampleLink =
    "aftercare:session?v=1&start=2026-11-20T15%3A00%3A00%2B01%3A00&duration=60&technique=deep-"
    "tissue&pressure=firm&areas=lower-back,gluteal-left&therapist=Anna%20K.&advice=Heat%20tonight%"
    "3B%20no%20heavy%20lifting%20for%2024%20h";

const QStringList exampleOptions{"--start",     "2026-11-20T15:00:00+01:00",
                                 "--duration",  "60",
                                 "--technique", "deep-tissue",
                                 "--pressure",  "firm",
                                 "--areas",     "lower-back,gluteal-left",
                                 "--therapist", "Anna K.",
                                 "--advice",    "Heat tonight; no heavy lifting for 24 h"};

// Owner, group and other bits (the "user" ones repeat the owner's for the caller).
QFileDevice::Permissions permissionsOf(const QString& path)
{
    return QFile::permissions(path) &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString sentence()
{
    return QStringLiteral("Drink water tonight, walk gently for twenty minutes, put heat on the "
                          "lower back and avoid heavy lifting for a day. ");
}

} // namespace

class TestCliCard : public QObject
{
    Q_OBJECT
private slots:
    void printsLink_data();
    void printsLink();
    void badOptionsExitTwo_data();
    void badOptionsExitTwo();
    void readsLink_data();
    void readsLink();
    void writtenCodesDecode_data();
    void writtenCodesDecode();
    void pngNeedsNoGuiPlatform();
    void imageReplacesFileWhole();
    void unwritablePathExitsTwo();
};

void TestCliCard::printsLink_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("link");
    QTest::newRow("no options") << QStringList{} << QByteArray("aftercare:session?v=1");
    QTest::newRow("the format's example") << exampleOptions << exampleLink;
    QTest::newRow("non-ASCII and reserved characters")
        << QStringList{"--therapist=Jürgen Müller", "--advice", "50% less + no #3 & rest"}
        << QByteArray("aftercare:session?v=1&therapist=J%C3%BCrgen%20M%C3%BCller&advice=50%25%"
                      "20less%20%2B%20no%20%233%20%26%20rest");
}

void TestCliCard::printsLink()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, link);
    const Run run = runAftercare(QStringList{"card"} + args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, link + '\n');
    QCOMPARE(run.err, QString());
}

void TestCliCard::badOptionsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("duration 0") << QStringList{"--duration", "0"}
                                << "aftercare: --duration: \"0\" is outside 1..600\n";
    QTest::newRow("unknown technique") << QStringList{"--technique", "shiatsu"}
                                       << "aftercare: --technique: unknown technique \"shiatsu\"\n";
    QTest::newRow("unknown region")
        << QStringList{"--areas", "neck,knee"} << "aftercare: --areas: unknown region \"knee\"\n";
    QTest::newRow("start without offset")
        << QStringList{"--start", "2026-11-20 15:00"}
        << "aftercare: --start: \"2026-11-20 15:00\" has no UTC offset (add Z or ±hh:mm)\n";
    QTest::newRow("advice of 1,001 characters")
        << QStringList{"--advice", QString(1001, QLatin1Char('a'))}
        << "aftercare: --advice: the text has 1,001 characters; at most 1,000 are allowed\n";
    QTest::newRow("advice too long for a link")
        << QStringList{"--advice", QString(400, QChar(0xfc))}
        << "aftercare: card: the link would be 2,429 bytes; a card holds at most 2,000";
    QTest::newRow("unknown option")
        << QStringList{"--client", "Bob"}
        << "aftercare: card: unknown option --client\nUsage: aftercare card";
    QTest::newRow("another image type") << QStringList{"-o", "card.gif"}
                                        << "aftercare: card: -o \"card.gif\": the file name must "
                                           "end in .png or .svg\n";
    QTest::newRow("--read and options")
        << QStringList{"--read", "aftercare:session?v=1", "--duration", "30"}
        << "card: --read takes no other option (--duration was given)";
}

void TestCliCard::badOptionsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir temp;
    for (const char* extension : {"png", "svg"}) {
        const QString output = temp.filePath(QStringLiteral("card.") + QLatin1String(extension));
        const Run run = runAftercare(QStringList{"card"} + args + QStringList{"-o", output});
        QVERIFY2(run.exitCode == 2, qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.out, QByteArray());
        QVERIFY(!QFile::exists(output));
    }
    const Run printing = runAftercare(QStringList{"card"} + args);
    QCOMPARE(printing.exitCode, 2);
    QVERIFY2(printing.err.contains(message), qPrintable(printing.err));
    QCOMPARE(printing.out, QByteArray());
}

void TestCliCard::readsLink_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QString>("err");
    QTest::newRow("the format's example")
        << QString::fromLatin1(exampleLink) << 0
        << QByteArray(R"({"v":1,"start":"2026-11-20T15:00:00+01:00","duration":60,)"
                      R"("technique":"deep-tissue","pressure":"firm",)"
                      R"("areas":["lower-back","gluteal-left"],"therapist":"Anna K.",)"
                      R"("advice":"Heat tonight; no heavy lifting for 24 h"})"
                      "\n")
        << "";
    QTest::newRow("v only") << "aftercare:session?v=1" << 0 << QByteArray("{\"v\":1}\n") << "";
    QTest::newRow("only what is given, unknown ignored")
        << "aftercare:session?technique=sports&colour=blue&v=1" << 0
        << QByteArray("{\"v\":1,\"technique\":\"sports\"}\n") << "";
    QTest::newRow("non-ASCII, plus sign")
        << "aftercare:session?v=1&therapist=Zo%C3%AB+J%C3%BCrgen" << 0
        << QByteArray("{\"v\":1,\"therapist\":\"Zo\xc3\xab+J\xc3\xbcrgen\"}\n") << "";
    QTest::newRow("duration 0") << "aftercare:session?v=1&duration=0" << 2 << QByteArray()
                                << "aftercare: duration: \"0\" is outside 1..600\n";
    QTest::newRow("v missing") << "aftercare:session?duration=30" << 2 << QByteArray()
                               << "aftercare: v: missing\n";
    QTest::newRow("v 2") << "aftercare:session?v=2" << 2 << QByteArray()
                         << "aftercare: v: \"2\" is not a supported version (only 1 is)\n";
    QTest::newRow("given twice") << "aftercare:session?v=1&technique=swedish&technique=sports" << 2
                                 << QByteArray() << "aftercare: technique: given twice\n";
    QTest::newRow("invalid escape") << "aftercare:session?v=1&therapist=%E2%82" << 2 << QByteArray()
                                    << "aftercare: therapist: \"%E2%82\" is not valid UTF-8\n";
    QTest::newRow("raw space") << "aftercare:session?v=1&therapist=Anna K." << 2 << QByteArray()
                               << "aftercare: therapist: a space must be percent-encoded as %20\n";
    QTest::newRow("too long") << "aftercare:session?v=1&x=" + QString(1980, QLatin1Char('x')) << 2
                              << QByteArray()
                              << "aftercare: link: the link is 2,004 bytes; at most 2,000 are "
                                 "allowed\n";
    QTest::newRow("not a card") << "https://example.org" << 2 << QByteArray()
                                << "aftercare: link: \"https://example.org\" is not an aftercare: "
                                   "link\n";
}

void TestCliCard::readsLink()
{
    QFETCH(QString, link);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QString, err);
    const Run run = runAftercare({"card", "--read", link});
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, out);
    QCOMPARE(run.err, err);
    // The same with --read=LINK.
    const Run withEquals = runAftercare({"card", QStringLiteral("--read=") + link});
    QCOMPARE(withEquals.exitCode, exitCode);
    QCOMPARE(withEquals.out, out);
}

void TestCliCard::writtenCodesDecode_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("extension");
    const QString longAdvice = sentence().repeated(10).left(998);
    const QList<std::pair<const char*, QStringList>> cards{
        {"only v", {}},
        {"the format's example", exampleOptions},
        {"advice of 998 characters",
         {"--therapist", "Jürgen Müller", "--technique", "sports", "--advice", longAdvice}},
        {"non-ASCII names",
         {"--therapist", "Zoë", "--areas", "neck,shoulder-left", "--advice",
          "Wärme heute Abend; Grüße von Jürgen Müller, Łódź, 東京 😀"}},
        // 29 + 328 × 6 = 1,997 bytes: a version-38 code or so.
        {"a link of 1,997 bytes", {"--advice", QString(328, QChar(0xfc))}},
    };
    for (const auto& [name, args] : cards) {
        for (const char* extension : {"png", "svg"})
            QTest::addRow("%s, %s", name, extension) << args << QString::fromLatin1(extension);
    }
}

void TestCliCard::writtenCodesDecode()
{
    QFETCH(QStringList, args);
    QFETCH(QString, extension);
    const Run printed = runAftercare(QStringList{"card"} + args);
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    const QByteArray link = printed.out.trimmed();
    QVERIFY(link.startsWith("aftercare:session?v=1"));

    QTemporaryDir temp;
    const QString output = temp.filePath(QStringLiteral("card.") + extension);
    const Run written = runAftercare(QStringList{"card"} + args + QStringList{"-o", output});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QCOMPARE(written.out, QByteArray());
    QCOMPARE(written.err, QString());
    QCOMPARE(permissionsOf(output), ownerOnly);

    QString scanned = output;
    if (extension == QLatin1String("png")) {
        const QImage image(output);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QVERIFY2(image.width() >= 600, qPrintable(QString::number(image.width())));
        QCOMPARE(image.dotsPerMeterX(), 10000); // 10 px per mm when printed
        // The top-left finder pattern: its first row is 7 dark modules after 4 light ones.
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        int firstX = -1, firstY = -1;
        for (int y = 0; y < gray.height() && firstY < 0; ++y) {
            for (int x = 0; x < gray.width(); ++x) {
                if (gray.pixelColor(x, y).value() < 128) {
                    firstX = x;
                    firstY = y;
                    break;
                }
            }
        }
        int run = 0;
        while (firstX + run < gray.width() && gray.pixelColor(firstX + run, firstY).value() < 128)
            ++run;
        QCOMPARE(run % 7, 0);
        const int module = run / 7;
        QVERIFY2(module >= 8, qPrintable(QString::number(module)));
        QCOMPARE(firstX, 4 * module); // the quiet zone
        QCOMPARE(firstY, 4 * module);
        QCOMPARE(image.width() % module, 0);
        const int codeModules = image.width() / module - 8;
        QCOMPARE((codeModules - 17) % 4, 0);
    } else {
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        static const QRegularExpression viewBox(QStringLiteral("viewBox=\"0 0 (\\d+) (\\d+)\""));
        static const QRegularExpression width(QStringLiteral("width=\"([0-9.]+)mm\""));
        const QRegularExpressionMatch box = viewBox.match(svg);
        QVERIFY(box.hasMatch());
        QCOMPARE(box.captured(1), box.captured(2));
        const int sideModules = box.captured(1).toInt();
        QCOMPARE((sideModules - 8 - 17) % 4, 0); // a QR code's size plus the quiet zone
        const QRegularExpressionMatch millimetres = width.match(svg);
        QVERIFY(millimetres.hasMatch());
        QVERIFY2(millimetres.captured(1).toDouble() / sideModules >= 0.8,
                 qPrintable(millimetres.captured(1)));

        scanned = temp.filePath(QStringLiteral("drawn.png"));
        const QString drawn = testsupport::drawSvg(output, sideModules * 6, scanned);
        QVERIFY2(drawn.isEmpty(), qPrintable(drawn));
    }

    QString error;
    const QByteArray decoded = testsupport::decodeWithZbar(scanned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, link);
    // And what it holds reads as the same card.
    const Run read = runAftercare({"card", "--read", QString::fromLatin1(decoded)});
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
}

void TestCliCard::pngNeedsNoGuiPlatform()
{
    // A platform plugin that does not exist would abort any program that loads one.
    const QByteArray saved = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "no-such-platform");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QTemporaryDir temp;
    const QString output = temp.filePath(QStringLiteral("card.png"));
    const Run run = runAftercare({"card", "--duration", "30", "-o", output});
    qputenv("QT_QPA_PLATFORM", saved);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QString error;
    QCOMPARE(testsupport::decodeWithZbar(output, &error),
             QByteArray("aftercare:session?v=1&duration=30"));
}

void TestCliCard::imageReplacesFileWhole()
{
    QTemporaryDir temp;
    for (const char* name : {"card.png", "card.svg"}) {
        const QString output = temp.filePath(QLatin1String(name));
        {
            QFile old(output);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(100000, 'x'));
        }
        QVERIFY(QFile::setPermissions(output, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const Run run = runAftercare({"card", "-o", output});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(permissionsOf(output), ownerOnly);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("xxxxxxxx"));
        QVERIFY(bytes.startsWith("\x89PNG") || bytes.startsWith("<?xml"));
        QCOMPARE(QDir(temp.path()).entryList(QDir::Files | QDir::Hidden).size(),
                 name == QByteArray("card.png") ? 1 : 2); // no temporary file left behind
    }
}

void TestCliCard::unwritablePathExitsTwo()
{
    for (const char* path : {"/nonexistent/card.png", "/nonexistent/card.svg"}) {
        // A path that cannot be written at all is bad input, as for export.
        const Run run = runAftercare({"card", "-o", QLatin1String(path)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("aftercare: %1: cannot write").arg(path)),
                 qPrintable(run.err));
        QCOMPARE(run.out, QByteArray());
    }
}

QTEST_MAIN(TestCliCard)
#include "tst_cli_card.moc"
