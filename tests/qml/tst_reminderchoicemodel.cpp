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
    const auto both = [](const char* name, Kind kind, int value, const char* en, const char* de) {
        QTest::newRow(qPrintable(QStringLiteral("%1, en").arg(QLatin1String(name))))
            << QStringLiteral("en") << kind << value << QString::fromUtf8(en);
        QTest::newRow(qPrintable(QStringLiteral("%1, de").arg(QLatin1String(name))))
            << QStringLiteral("de") << kind << value << QString::fromUtf8(de);
    };
    both("first: 15 min", Kind::FirstPrompt, 15, "15 minutes after the session",
         "15 Minuten nach der Sitzung");
    both("first: 1 h", Kind::FirstPrompt, 60, "1 hour after the session",
         "1 Stunde nach der Sitzung");
    both("first: 2 h", Kind::FirstPrompt, 120, "2 hours after the session",
         "2 Stunden nach der Sitzung");
    both("every 30 min", Kind::Interval, 30, "Every 30 minutes", "Alle 30 Minuten");
    both("every hour", Kind::Interval, 60, "Every hour", "Jede Stunde");
    both("every 90 min", Kind::Interval, 90, "Every 1 h 30 min", "Alle 1 h 30 min");
    both("every 4 hours", Kind::Interval, 240, "Every 4 hours", "Alle 4 Stunden");
    both("daily", Kind::Interval, 1440, "Daily", "Täglich");
    both("every 2 days", Kind::Interval, 2880, "Every 2 days", "Alle 2 Tage");
    both("until 24 h", Kind::Until, 24, "Until 24 hours after the session",
         "Bis 24 Stunden nach der Sitzung");
    both("until 3 days", Kind::Until, 72, "Until 3 days after the session",
         "Bis 3 Tage nach der Sitzung");
    both("until 36 h", Kind::Until, 36, "Until 36 hours after the session",
         "Bis 36 Stunden nach der Sitzung");
    both("no hourly phase", Kind::Until, 0, "Not at all", "Gar nicht");
    both("stop after 1 day", Kind::StopAfter, 24, "Stop after 1 day", "Nach 1 Tag aufhören");
    both("stop after 7 days", Kind::StopAfter, 168, "Stop after 7 days", "Nach 7 Tagen aufhören");
    both("stop after 30 h", Kind::StopAfter, 30, "Stop after 30 hours", "Nach 30 Stunden aufhören");
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
    QTemporaryDir dir;
    AppController app(dir.path() + QStringLiteral("/data"));
    QVERIFY(app.open().ok());
    platform::FakeNotifier notifier;
    platform::FakeReminderSetup setup;
    ReminderPanel panel(&app, &notifier, &setup);

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
    QTemporaryDir dir;
    AppController app(dir.path() + QStringLiteral("/data"));
    QVERIFY(app.open().ok());
    QVERIFY(app.repository().setSetting(QString::fromLatin1(schedule::keys::hourlyIntervalMinutes),
                                        QStringLiteral("45")));
    platform::FakeNotifier notifier;
    platform::FakeReminderSetup setup;
    ReminderPanel panel(&app, &notifier, &setup);
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
    QTemporaryDir dir;
    AppController app(dir.path() + QStringLiteral("/data"));
    QVERIFY(app.open().ok());
    platform::FakeNotifier notifier;
    platform::FakeReminderSetup setup;
    ReminderPanel panel(&app, &notifier, &setup);
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
