#include "storage/settingsstore.h"

#include "storagetestdata.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::storage;
using namespace aftercare::storage::testing;

class TestSettingsStore : public QObject
{
    Q_OBJECT
private slots:
    void settings();
};

void TestSettingsStore::settings()
{
    QTemporaryDir folder;
    {
        Database database;
        QVERIFY(database.open(folder.path()).ok());
        SettingsStore settings(database);
        QCOMPARE(settings.setting("reminders/quiet-start").value, QString());
        QCOMPARE(settings.setting("reminders/quiet-start", "22:00").value, QStringLiteral("22:00"));
        QCOMPARE(settings.setSetting("reminders/quiet-start", "21:30").message, QString());
        QVERIFY(settings.setSetting("reminders/quiet-start", "23:00"));
        QVERIFY(settings.setSetting("language", ""));
        QCOMPARE(settings.setting("reminders/quiet-start", "22:00").value, QStringLiteral("23:00"));
        // Stored empty is not missing.
        QCOMPARE(settings.setting("language", "en").value, QString());
    }
    Database database;
    QVERIFY(database.open(folder.path()).ok());
    SettingsStore settings(database);
    QCOMPARE(settings.setting("reminders/quiet-start").value, QStringLiteral("23:00"));
    QCOMPARE(rowCount(database, "settings"), 2);
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
