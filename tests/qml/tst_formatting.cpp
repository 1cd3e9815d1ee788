// app/models/formatting: the texts the pages show for times.
#include "formatting.h"

#include <QTest>

using namespace aftercare;

class TestFormatting : public QObject
{
    Q_OBJECT
private slots:
    void withoutSeconds_data();
    void withoutSeconds();
    void clockTimeHasNoSeconds();
};

void TestFormatting::withoutSeconds_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("24 h with seconds") << "HH:mm:ss"
                                       << "HH:mm";
    QTest::newRow("dots, one-digit seconds") << "h.mm.s"
                                             << "h.mm";
    QTest::newRow("12 h with seconds") << "h:mm:ss AP"
                                       << "h:mm AP";
    QTest::newRow("no seconds") << "HH:mm"
                                << "HH:mm";
    QTest::newRow("seconds twice") << "mm:ss:ss"
                                   << "mm";
    QTest::newRow("an s not after a separator stays") << "s HH:mm"
                                                      << "s HH:mm";
    QTest::newRow("empty") << ""
                           << "";
}

void TestFormatting::withoutSeconds()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QCOMPARE(format::withoutSeconds(format), expected);
}

void TestFormatting::clockTimeHasNoSeconds()
{
    const QLocale previous;
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::German, QLocale::Germany),
                                  QLocale(QLocale::Finnish, QLocale::Finland)}) {
        QLocale::setDefault(locale);
        const QString text = format::clockTime(QTime(14, 5, 37));
        QVERIFY2(!text.contains(QStringLiteral("37")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("05")), qPrintable(text));
    }
    QLocale::setDefault(previous);
}

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
