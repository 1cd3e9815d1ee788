#include "cli/invocation.h"

#include <QTest>

using namespace aftercare::cli;

class TestInvocation : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void dataDirPrecedence();
    void keepsTheLinkAsGiven();
};

void TestInvocation::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<bool>("gui");
    QTest::addColumn<bool>("usageError");
    QTest::newRow("app") << QStringList{} << ""
                         << "" << true << false;
    QTest::newRow("app demo") << QStringList{"--demo", "--data-dir", "/d"} << ""
                              << "/d" << true << false;
    QTest::newRow("import") << QStringList{"--data-dir=/x", "import", "f.json"} << "import"
                            << "/x" << false << false;
    QTest::newRow("data dir after command")
        << QStringList{"import", "--data-dir", "/y", "-"} << "import"
        << "/y" << false << false;
    QTest::newRow("export json") << QStringList{"export", "--format", "json", "-o", "-"} << "export"
                                 << "" << false << false;
    QTest::newRow("export pdf") << QStringList{"export", "--format", "pdf", "-o", "a.pdf"}
                                << "export"
                                << "" << true << false;
    QTest::newRow("export pdf eq")
        << QStringList{"export", "--format=pdf", "-o", "a.pdf"} << "export"
        << "" << true << false;
    QTest::newRow("analyze") << QStringList{"analyze", "-"} << "analyze"
                             << "" << false << false;
    // A session card needs the GUI module (QImage) for a PNG only.
    QTest::newRow("card prints a link") << QStringList{"card", "--duration", "30"} << "card"
                                        << "" << false << false;
    QTest::newRow("card --read") << QStringList{"card", "--read", "aftercare:session?v=1"} << "card"
                                 << "" << false << false;
    QTest::newRow("card svg") << QStringList{"card", "-o", "card.svg"} << "card"
                              << "" << false << false;
    QTest::newRow("card png") << QStringList{"card", "-o", "card.png"} << "card"
                              << "" << true << false;
    QTest::newRow("card PNG, --output=") << QStringList{"card", "--output=Card.PNG"} << "card"
                                         << "" << true << false;
    QTest::newRow("card png with a bad option: reported headless")
        << QStringList{"card", "--duration", "0", "-o", "card.png"} << "card"
        << "" << false << false;
    // A session-card link, as a desktop entry's %u passes it, opens the app.
    QTest::newRow("app with a link") << QStringList{"aftercare:session?v=1&duration=60"} << ""
                                     << "" << true << false;
    QTest::newRow("app with a link, scheme in capitals, data dir")
        << QStringList{"--data-dir", "/d", "AFTERCARE:session?v=1"} << ""
        << "/d" << true << false;
    QTest::newRow("two links") << QStringList{"aftercare:session?v=1", "aftercare:session?v=1"}
                               << ""
                               << "" << false << true;
    QTest::newRow("a link with a command")
        << QStringList{"aftercare:session?v=1", "analyze", "-"} << "analyze"
        << "" << false << true;
    QTest::newRow("another scheme is no link") << QStringList{"https://example.org"} << ""
                                               << "" << false << true;
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << ""
                                     << "" << false << true;
    QTest::newRow("unknown option") << QStringList{"--nope"} << ""
                                    << "" << false << true;
    QTest::newRow("missing value") << QStringList{"--data-dir"} << ""
                                   << "" << false << true;
    QTest::newRow("app option with command") << QStringList{"--demo", "import", "x"} << "import"
                                             << "" << false << true;
}

void TestInvocation::parses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, command);
    QFETCH(QString, dataDir);
    QFETCH(bool, gui);
    QFETCH(bool, usageError);
    const Invocation inv = parseInvocation(args);
    QCOMPARE(inv.usageError.isEmpty(), !usageError);
    QCOMPARE(inv.command, command);
    if (!usageError) {
        QCOMPARE(inv.dataDirOption, dataDir);
        QCOMPARE(inv.needsGui(), gui);
    }
}

void TestInvocation::dataDirPrecedence()
{
    QCOMPARE(resolveDataDir("/opt", "/env", "/def"), QStringLiteral("/opt"));
    QCOMPARE(resolveDataDir("", "/env", "/def"), QStringLiteral("/env"));
    QCOMPARE(resolveDataDir("", "", "/def"), QStringLiteral("/def"));
}

void TestInvocation::keepsTheLinkAsGiven()
{
    const QString link = QStringLiteral("aftercare:session?v=1&therapist=Zo%C3%AB&duration=0");
    const Invocation inv = parseInvocation({"--demo", link});
    QCOMPARE(inv.usageError, QString());
    QCOMPARE(inv.link, link); // checking it is the app's job: it says what is wrong
    QVERIFY(inv.demo);
    QCOMPARE(parseInvocation({}).link, QString());
}

QTEST_APPLESS_MAIN(TestInvocation)
#include "tst_invocation.moc"
