// app/models/reminderchoicemodel: the reminder settings in words, English and German,
// and the Settings page's choices driven through ReminderPanel over a real database.
#include "appcontroller.h"
#include "autostart/fakeremindersetup.h"
#include "i18n/translations.h"
#include "notifications/fakenotifier.h"
#include "reminderchoicemodel.h"
#include "reminderpanel.h"

#include "schedule/settings.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;
using Kind = ReminderChoiceModel::Kind;

namespace {

const QString buildTranslations =
    QStringLiteral(AFTERCARE_BINARY_DIR "/share/aftercare/translations");

// Switches the app's language for one scope.
struct Language
{
    explicit Language(const QString& language)
    {
        const QLocale locale = language == QLatin1String("de")
                                   ? QLocale(QLocale::German, QLocale::Germany)
                                   : QLocale(QLocale::English, QLocale::UnitedStates);
        loaded = i18n::installTranslations(locale, buildTranslations);
    }
    ~Language() { i18n::installTranslations(QLocale(QLocale::English), buildTranslations); }
    QString loaded;
};

// A reminder value in words, English and German.
struct Words
{
    int value;
    const char* en;
    const char* de;
};

// The app on a fresh data folder, and the fake platform services a ReminderPanel needs.
struct AppWithFakes
{
    QTemporaryDir dir;
    AppController app{dir.path() + QStringLiteral("/data")};
    platform::FakeNotifier notifier;
    platform::FakeReminderSetup setup;
};

} // namespace

class TestReminderChoiceModel : public QObject
{
    Q_OBJECT
private slots:
    void words_data();
    void words();
    void panelShowsAndStoresChoices_data();
    void panelShowsAndStoresChoices();
    void unusualStoredValueStaysChoosable();
    void refusedChoiceShowsTheStoredOne();
    void modelIsSound();
};

void TestReminderChoiceModel::words_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("text");
    // The words for each value of `kind`, English and German: rows "<kind> <value>, en"
    // and "<kind> <value>, de".
    const auto addWords = [](Kind kind, std::initializer_list<Words> choices) {
        const char* kindName = QMetaEnum::fromType<Kind>().valueToKey(int(kind));
        for (const Words& choice : choices) {
            for (const auto& [language, text] :
                 {std::pair{"en", choice.en}, std::pair{"de", choice.de}}) {
                QTest::addRow("%s %d, %s", kindName, choice.value, language)
                    << QString::fromLatin1(language) << kind << choice.value
                    << QString::fromUtf8(text);
            }
        }
    };
    addWords(Kind::FirstPrompt,
             {
                 {15, "15 minutes after the session", "15 Minuten nach der Sitzung"},
                 {60, "1 hour after the session", "1 Stunde nach der Sitzung"},
                 {120, "2 hours after the session", "2 Stunden nach der Sitzung"},
             });
    addWords(Kind::Interval, {
                                 {30, "Every 30 minutes", "Alle 30 Minuten"},
                                 {60, "Every hour", "Jede Stunde"},
                                 {90, "Every 1 h 30 min", "Alle 1 h 30 min"},
                                 {240, "Every 4 hours", "Alle 4 Stunden"},
                                 {1440, "Daily", "Täglich"},
                                 {2880, "Every 2 days", "Alle 2 Tage"},
                             });
    addWords(Kind::Until,
             {
                 {24, "Until 24 hours after the session", "Bis 24 Stunden nach der Sitzung"},
                 {72, "Until 3 days after the session", "Bis 3 Tage nach der Sitzung"},
                 {36, "Until 36 hours after the session", "Bis 36 Stunden nach der Sitzung"},
                 {0, "Not at all", "Gar nicht"}, // no hourly phase
             });
    addWords(Kind::StopAfter, {
                                  {24, "Stop after 1 day", "Nach 1 Tag aufhören"},
                                  {168, "Stop after 7 days", "Nach 7 Tagen aufhören"},
                                  {30, "Stop after 30 hours", "Nach 30 Stunden aufhören"},
                              });
}

void TestReminderChoiceModel::words()
{
    QFETCH(QString, language);
    QFETCH(Kind, kind);
    QFETCH(int, value);
    QFETCH(QString, text);
    Language lang(language);
    if (language == QLatin1String("de"))
        QCOMPARE(lang.loaded, QStringLiteral("de"));
    QCOMPARE(ReminderChoiceModel::text(kind, value), text);
}

void TestReminderChoiceModel::panelShowsAndStoresChoices_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hourly");
    QTest::addColumn<QString>("everyTwoHours");
    QTest::addColumn<QString>("daily");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("stopTen");
    QTest::newRow("English") << "en"
                             << "Every hour"
                             << "Every 2 hours"
                             << "Daily"
                             << "Stop after 7 days"
                             << "Stop after 10 days";
    QTest::newRow("German") << "de"
                            << "Jede Stunde"
                            << "Alle 2 Stunden"
                            << "Täglich"
                            << "Nach 7 Tagen aufhören"
                            << "Nach 10 Tagen aufhören";
}

void TestReminderChoiceModel::panelShowsAndStoresChoices()
{
    QFETCH(QString, language);
    QFETCH(QString, hourly);
    QFETCH(QString, everyTwoHours);
    QFETCH(QString, daily);
    QFETCH(QString, stop);
    QFETCH(QString, stopTen);
    Language lang(language);
    AppWithFakes fixture;
    AppController& app = fixture.app;
    QVERIFY(app.open().ok());
    ReminderPanel panel(&app, &fixture.notifier, &fixture.setup);

    ReminderChoiceModel* interval = panel.hourlyIntervalChoices();
    QCOMPARE(interval->currentText(), hourly);
    QCOMPARE(
        interval->data(interval->index(interval->currentIndex()), ReminderChoiceModel::TextRole)
            .toString(),
        hourly);
    QCOMPARE(panel.dailyIntervalChoices()->currentText(), daily);
    QCOMPARE(panel.stopAfterChoices()->currentText(), stop);

    // Choose "every 2 hours" as the combo box does: by row.
    int row = -1;
    for (int i = 0; i < interval->rowCount(); ++i) {
        if (interval->data(interval->index(i), ReminderChoiceModel::TextRole).toString() ==
            everyTwoHours)
            row = i;
    }
    QVERIFY(row >= 0);
    interval->choose(row);
    QCOMPARE(panel.hourlyIntervalMinutes(), 120);
    QCOMPARE(
        app.repository().setting(QString::fromLatin1(schedule::keys::hourlyIntervalMinutes)).value,
        QStringLiteral("120"));
    QCOMPARE(interval->currentText(), everyTwoHours);

    ReminderChoiceModel* stopAfter = panel.stopAfterChoices();
    stopAfter->choose(stopAfter->currentIndex() + 1);
    QCOMPARE(app.repository().setting(QString::fromLatin1(schedule::keys::stopAfterHours)).value,
             QStringLiteral("240"));
    QCOMPARE(stopAfter->currentText(), stopTen);
}

// A value set on the command line (say every 45 minutes) is shown and kept in the list.
void TestReminderChoiceModel::unusualStoredValueStaysChoosable()
{
    AppWithFakes fixture;
    AppController& app = fixture.app;
    QVERIFY(app.open().ok());
    QVERIFY(app.repository().setSetting(QString::fromLatin1(schedule::keys::hourlyIntervalMinutes),
                                        QStringLiteral("45")));
    ReminderPanel panel(&app, &fixture.notifier, &fixture.setup);
    ReminderChoiceModel* interval = panel.hourlyIntervalChoices();
    QCOMPARE(interval->currentText(), QStringLiteral("Every 45 minutes"));
    QVERIFY(interval->currentIndex() >= 0);
    QCOMPARE(
        interval->data(interval->index(interval->currentIndex()), ReminderChoiceModel::ValueRole),
        QVariant(45));
    // In order, between 30 and 60.
    QCOMPARE(interval->data(interval->index(interval->currentIndex() - 1),
                            ReminderChoiceModel::ValueRole),
             QVariant(30));
}

void TestReminderChoiceModel::refusedChoiceShowsTheStoredOne()
{
    AppWithFakes fixture;
    AppController& app = fixture.app;
    QVERIFY(app.open().ok());
    ReminderPanel panel(&app, &fixture.notifier, &fixture.setup);
    ReminderChoiceModel* until = panel.hourlyUntilChoices();
    QSignalSpy current(until, &ReminderChoiceModel::currentChanged);
    const int before = until->currentIndex();
    until->choose(until->rowCount() - 1); // 120 h: after the taper's 72 h
    QVERIFY(!panel.error().isEmpty());
    QCOMPARE(until->currentIndex(), before);
    QCOMPARE(until->currentText(), QStringLiteral("Until 24 hours after the session"));
    QVERIFY(current.count() >= 1); // a combo box that moved is told to go back
}

void TestReminderChoiceModel::modelIsSound()
{
    ReminderChoiceModel model(Kind::Interval, {15, 60, 240});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValue(60);
    model.setValue(90);
    QCOMPARE(model.rowCount(), 4);
    model.setValue(15);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.roleNames().value(ReminderChoiceModel::TextRole), QByteArray("text"));
}

QTEST_MAIN(TestReminderChoiceModel)
#include "tst_reminderchoicemodel.moc"
