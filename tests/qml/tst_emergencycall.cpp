// app/models/emergencycall: the emergency number by the locale's territory, and the
// urgent page's call through a dialer.
#include "dialer/fakedialer.h"
#include "emergencycall.h"

#include <QTest>

using namespace aftercare;

class TestEmergencyCall : public QObject
{
    Q_OBJECT
private slots:
    void numbersByTerritory_data();
    void numbersByTerritory();
    void callsTheNumberWhereTheDialerCan();
    void noCallWhereTheDialerCannot();
    void noCallWithoutADialer();
    void telUrls_data();
    void telUrls();
};

void TestEmergencyCall::numbersByTerritory_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("numbers");
    const auto locale = [](QLocale::Language language, QLocale::Territory territory) {
        return QLocale(language, territory);
    };
    // North America: 911.
    QTest::newRow("en_US") << locale(QLocale::English, QLocale::UnitedStates) << QStringList{"911"};
    QTest::newRow("es_US") << locale(QLocale::Spanish, QLocale::UnitedStates) << QStringList{"911"};
    QTest::newRow("en_CA") << locale(QLocale::English, QLocale::Canada) << QStringList{"911"};
    QTest::newRow("fr_CA") << locale(QLocale::French, QLocale::Canada) << QStringList{"911"};
    QTest::newRow("es_MX") << locale(QLocale::Spanish, QLocale::Mexico) << QStringList{"911"};
    // The United Kingdom: 999, and 112 works too.
    QTest::newRow("en_GB") << locale(QLocale::English, QLocale::UnitedKingdom)
                           << QStringList{"999", "112"};
    QTest::newRow("cy_GB") << locale(QLocale::Welsh, QLocale::UnitedKingdom)
                           << QStringList{"999", "112"};
    // Europe: 112, whatever the language.
    QTest::newRow("de_DE") << locale(QLocale::German, QLocale::Germany) << QStringList{"112"};
    QTest::newRow("de_AT") << locale(QLocale::German, QLocale::Austria) << QStringList{"112"};
    QTest::newRow("fr_FR") << locale(QLocale::French, QLocale::France) << QStringList{"112"};
    QTest::newRow("en_IE") << locale(QLocale::English, QLocale::Ireland) << QStringList{"112"};
    QTest::newRow("es_ES") << locale(QLocale::Spanish, QLocale::Spain) << QStringList{"112"};
    QTest::newRow("en_MT") << locale(QLocale::English, QLocale::Malta) << QStringList{"112"};
    QTest::newRow("nb_NO") << locale(QLocale::NorwegianBokmal, QLocale::Norway)
                           << QStringList{"112"};
    // The territory decides, not the language: English in Germany, Spanish in the US (a
    // pair Qt has no data for, such as German in the US, falls back to the language's
    // main country).
    QTest::newRow("en_DE") << locale(QLocale::English, QLocale::Germany) << QStringList{"112"};
    // No territory, or one not in the table: the fallback 112.
    QTest::newRow("C") << QLocale::c() << QStringList{"112"};
    QTest::newRow("ja_JP (not in the table)")
        << locale(QLocale::Japanese, QLocale::Japan) << QStringList{"112"};
}

void TestEmergencyCall::numbersByTerritory()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, numbers);
    QCOMPARE(emergencyNumbers(locale), numbers);
    const EmergencyCall call(nullptr, locale);
    QCOMPARE(call.number(), numbers.at(0));
    QCOMPARE(call.otherNumber(), numbers.value(1));
}

void TestEmergencyCall::callsTheNumberWhereTheDialerCan()
{
    platform::FakeDialer dialer(true);
    EmergencyCall call(&dialer, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(call.canCall());
    QVERIFY(call.call());
    QCOMPARE(dialer.calls(), QStringList{"999"});
}

void TestEmergencyCall::noCallWhereTheDialerCannot()
{
    platform::FakeDialer dialer(false);
    EmergencyCall call(&dialer, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!call.canCall());
    QVERIFY(!call.call());
    QVERIFY(dialer.calls().isEmpty());
}

void TestEmergencyCall::noCallWithoutADialer()
{
    EmergencyCall call(nullptr, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!call.canCall());
    QVERIFY(!call.call());
    QCOMPARE(call.number(), QStringLiteral("112"));
}

void TestEmergencyCall::telUrls_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("url"); // empty: refused
    QTest::newRow("112") << "112"
                         << "tel:112";
    QTest::newRow("international") << "+4930123"
                                   << "tel:+4930123";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("plus alone") << "+"
                                << "";
    QTest::newRow("plus inside") << "1+12"
                                 << "";
    QTest::newRow("letters") << "112abc"
                             << "";
    QTest::newRow("a second scheme") << "112;tel:999"
                                     << "";
    QTest::newRow("space") << "1 12"
                           << "";
}

void TestEmergencyCall::telUrls()
{
    QFETCH(QString, number);
    QFETCH(QString, url);
    QCOMPARE(platform::telUrl(number).toString(), url);
}

QTEST_GUILESS_MAIN(TestEmergencyCall)
#include "tst_emergencycall.moc"
