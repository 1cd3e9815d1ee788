#include "storage/writetransaction.h"

#include "storagetestdata.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::storage;
using namespace aftercare::storage::testing;

// The one write path every store uses: all of a write or none of it.
class TestWriteTransaction : public QObject
{
    Q_OBJECT
private slots:
    void commitsWhatSucceeded();
    void rollsBackWhatFailed();
    void discardsWithoutCommitting();
    void saysWhenItCannotBegin();
    void readsThatFailSaySo();
};

namespace {

StoreResult insertSetting(Database& database, const QString& key)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'v')"));
    query.addBindValue(key);
    return query.exec() ? StoreResult::success() : sqlFailure(database, query.lastError());
}

// Two inserts in one transaction: the second fails when both keys are the same.
StoreResult insertTwo(Database& database, const QString& first, const QString& second)
{
    return writeTransaction(database, [&] {
        if (StoreResult inserted = insertSetting(database, first); !inserted)
            return inserted;
        return insertSetting(database, second);
    });
}

} // namespace

void TestWriteTransaction::commitsWhatSucceeded()
{
    Stores stores;
    QVERIFY(stores.open());
    const qint64 counter = stores.database.changeCounter().value;
    const StoreResult result = insertTwo(stores.database, "a", "b");
    QCOMPARE(result.message, QString());
    QVERIFY(result.ok());
    QCOMPARE(rowCount(stores.database, "settings"), 2);
    QVERIFY(stores.database.changeCounter().value != counter);
}

void TestWriteTransaction::rollsBackWhatFailed()
{
    Stores stores;
    QVERIFY(stores.open());
    const qint64 counter = stores.database.changeCounter().value;
    // The first insert succeeds, the second breaks the key's uniqueness: neither stays.
    const StoreResult result = insertTwo(stores.database, "a", "a");
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(stores.database.filePath()), qPrintable(result.message));
    QVERIFY2(result.message.contains("UNIQUE constraint failed"), qPrintable(result.message));
    QCOMPARE(rowCount(stores.database, "settings"), 0);
    QCOMPARE(stores.database.changeCounter().value, counter);
    // A refusal of the work's own is passed on as it is, and nothing stays either.
    const StoreResult refused = writeTransaction(stores.database, [&] {
        insertSetting(stores.database, "b");
        return StoreResult::failure("sessions[0]: refused");
    });
    QCOMPARE(refused.message, QStringLiteral("sessions[0]: refused"));
    QCOMPARE(rowCount(stores.database, "settings"), 0);
    // The connection is usable again: no transaction was left open.
    QVERIFY(writeTransaction(stores.database, [&] { return insertSetting(stores.database, "c"); }));
    QCOMPARE(rowCount(stores.database, "settings"), 1);
}

void TestWriteTransaction::discardsWithoutCommitting()
{
    Stores stores;
    QVERIFY(stores.open());
    const qint64 counter = stores.database.changeCounter().value;
    bool discard = false;
    const StoreResult result = writeTransaction(
        stores.database,
        [&] {
            discard = true; // e.g. an import that finds nothing new
            return insertSetting(stores.database, "a");
        },
        &discard);
    QVERIFY(result.ok());
    QCOMPARE(rowCount(stores.database, "settings"), 0);
    QCOMPARE(stores.database.changeCounter().value, counter);
}

void TestWriteTransaction::saysWhenItCannotBegin()
{
    Stores stores;
    QVERIFY(stores.open());
    Database other;
    QVERIFY(other.open(stores.folder.path()).ok());
    QSqlQuery lock(other.connection());
    QVERIFY(lock.exec("BEGIN IMMEDIATE"));
    bool ran = false;
    const StoreResult result = writeTransaction(stores.database, [&] {
        ran = true;
        return StoreResult::success();
    });
    QVERIFY(!result.ok());
    QVERIFY(!ran);
    QVERIFY2(result.message.contains(stores.database.filePath()), qPrintable(result.message));
    QVERIFY(lock.exec("ROLLBACK"));
}

// A read that fails is told apart from "nothing stored", and says where.
void TestWriteTransaction::readsThatFailSaySo()
{
    Stores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.prompts.promptEvents().ok());
    QSqlQuery drop(stores.database.connection());
    QVERIFY(drop.exec("DROP TABLE prompt_events"));
    const StoreValue<QList<PromptEvent>> events = stores.prompts.promptEvents();
    QVERIFY(!events.ok());
    QVERIFY(events.value.isEmpty());
    QVERIFY2(events.message.contains(stores.database.filePath()), qPrintable(events.message));
    QTest::ignoreMessage(QtWarningMsg, qPrintable(events.message));
    QVERIFY(events.orEmpty().isEmpty());
}

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
