// One agent per data folder: the bus name and lock file it claims.
#include "reminders/agentidentity.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare::reminders;

class TestAgentIdentity : public QObject
{
    Q_OBJECT

private slots:
    void busName_data();
    void busName();
    void appBusNameFollowsTheFolder();
    void lockFileInTheFolder();
};

void TestAgentIdentity::busName_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("sameAs"); // another spelling of the folder, or empty
    QTest::addColumn<bool>("isDefault");

    QTest::newRow("the default folder") << "default"
                                        << "default/." << true;
    QTest::newRow("another folder") << "other"
                                    << "other/../other/" << false;
}

void TestAgentIdentity::busName()
{
    QFETCH(QString, dir);
    QFETCH(QString, sameAs);
    QFETCH(bool, isDefault);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("default")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("other")));
    const QString defaultDir = root.filePath(QStringLiteral("default"));

    const QString name = agentBusName(root.filePath(dir), defaultDir);
    if (isDefault) {
        QCOMPARE(name, QStringLiteral("org.aftercare.Aftercare.Reminders"));
    } else {
        static const QRegularExpression pattern(
            QStringLiteral("^org\\.aftercare\\.Aftercare\\.Reminders\\.d[0-9a-f]{16}$"));
        QVERIFY2(pattern.match(name).hasMatch(), qPrintable(name));
    }
    QCOMPARE(agentBusName(root.filePath(sameAs), defaultDir), name);
    // Two different folders never share a name.
    QVERIFY(agentBusName(root.filePath(QStringLiteral("default")), defaultDir) !=
            agentBusName(root.filePath(QStringLiteral("other")), defaultDir));
}

void TestAgentIdentity::appBusNameFollowsTheFolder()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("default")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("other")));
    const QString defaultDir = root.filePath(QStringLiteral("default"));
    QCOMPARE(appBusName(root.filePath(QStringLiteral("default/.")), defaultDir),
             QStringLiteral("org.aftercare.Aftercare"));
    const QString other = appBusName(root.filePath(QStringLiteral("other")), defaultDir);
    static const QRegularExpression pattern(
        QStringLiteral("^org\\.aftercare\\.Aftercare\\.d[0-9a-f]{16}$"));
    QVERIFY2(pattern.match(other).hasMatch(), qPrintable(other));
    // The app and the agent of one folder have names of their own.
    QVERIFY(other != agentBusName(root.filePath(QStringLiteral("other")), defaultDir));
}

void TestAgentIdentity::lockFileInTheFolder()
{
    QCOMPARE(agentLockFilePath(QStringLiteral("/data/x")),
             QStringLiteral("/data/x/reminders.lock"));
}

QTEST_APPLESS_MAIN(TestAgentIdentity)
#include "tst_agentidentity.moc"
