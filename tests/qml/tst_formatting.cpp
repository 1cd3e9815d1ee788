// app/models/formatting: the texts the pages show for times.
#include "formatting.h"
#include "i18n/translations.h"

#include <QTest>

using namespace aftercare;

class TestFormatting : public QObject
{
    Q_OBJECT
private slots:
    void withoutSeconds_data();
    void withoutSeconds();
    void clockTimeHasNoSeconds();
    void when_data();
    void when();
    void whenReadsNoClock();
    void cleanupTestCase();
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

namespace {
const QString translations = QStringLiteral(AFTERCARE_BINARY_DIR "/share/aftercare/translations");
} // namespace

void TestFormatting::cleanupTestCase()
{
    i18n::installTranslations(QLocale(QLocale::English), translations);
}

// One form for every moment near now: yesterday, today and tomorrow by name, any other day
// as the locale's short date. Local times in December (no daylight saving change near).
void TestFormatting::when_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");
    const QDateTime evening(QDate(2026, 12, 6), QTime(23, 8));
    const QDateTime morning(QDate(2026, 12, 7), QTime(0, 30));
    const auto at = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute));
    };
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        const bool de = language == QLatin1String("de");
        const auto row = [&](const char* name) -> QTestData& {
            return QTest::addRow("%s: %s", qPrintable(language), name);
        };
        row("now") << language << evening << evening << (de ? "Heute, 23:08" : "Today, 23:08");
        row("earlier today") << language << evening << at(6, 0, 0)
                             << (de ? "Heute, 00:00" : "Today, 00:00");
        row("next check-in tomorrow")
            << language << evening << at(7, 8, 0) << (de ? "Morgen, 08:00" : "Tomorrow, 08:00");
        row("tomorrow, just after midnight")
            << language << evening << at(7, 0, 1) << (de ? "Morgen, 00:01" : "Tomorrow, 00:01");
        row("yesterday") << language << evening << at(5, 9, 0)
                         << (de ? "Gestern, 09:00" : "Yesterday, 09:00");
        row("just after midnight, the evening before")
            << language << morning << evening << (de ? "Gestern, 23:08" : "Yesterday, 23:08");
        row("just after midnight, the morning ahead")
            << language << morning << at(7, 8, 0) << (de ? "Heute, 08:00" : "Today, 08:00");
        row("in two days") << language << evening << at(8, 8, 0)
                           << (de ? "08.12.26, 08:00" : "08/12/2026, 08:00");
        row("two days ago") << language << evening << at(4, 21, 15)
                            << (de ? "04.12.26, 21:15" : "04/12/2026, 21:15");
        row("a year on, same day")
            << language << evening << QDateTime(QDate(2027, 12, 6), QTime(10, 0))
            << (de ? "06.12.27, 10:00" : "06/12/2027, 10:00");
    }
}

void TestFormatting::when()
{
    QFETCH(QString, language);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    // British English: 24-hour times, as in German.
    const QLocale locale = language == QLatin1String("de")
                               ? QLocale(QLocale::German, QLocale::Germany)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(i18n::installTranslations(locale, translations),
             language == QLatin1String("de") ? QStringLiteral("de") : QString());
    QCOMPARE(format::when(at, now, locale), expected);
    // The timestamp overload says the same.
    QCOMPARE(
        format::when(Timestamp::fromUtcMicros(at.toMSecsSinceEpoch() * 1000, at.offsetFromUtc()),
                     now, locale),
        format::when(at, now, locale));
}

// The day is the caller's `now`, not the machine's: a moment far from today still reads
// "Tomorrow" when `now` is the day before it.
void TestFormatting::whenReadsNoClock()
{
    i18n::installTranslations(QLocale(QLocale::English), translations);
    const QDateTime now(QDate(2001, 2, 3), QTime(12, 0));
    QCOMPARE(format::when(now.addDays(1), now, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("Tomorrow, 12:00"));
}

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
