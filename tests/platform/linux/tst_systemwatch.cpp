// Where no timedated runs, a zone change shows as /etc/localtime changing: a
// symbolic link replaced as a whole (as `ln -sf` and timedated do). Here a link
// in a folder of the test's own stands for it.
#include "linux/systemwatch.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using aftercare::platform::SystemWatch;

class TestSystemWatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void localtimeLinkReplacedIsAZoneChange();
    void anotherFileInTheFolderIsNot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_localtime;
    std::unique_ptr<SystemWatch> m_watch;

    // Replaces `link` by a new link to `target`, atomically (a rename).
    static bool relink(const QString& link, const QString& target);
};

bool TestSystemWatch::relink(const QString& link, const QString& target)
{
    const QString temporary = link + QStringLiteral(".new");
    QFile::remove(temporary);
    return QFile::link(target, temporary) && ::rename(QFile::encodeName(temporary).constData(),
                                                      QFile::encodeName(link).constData()) == 0;
}

void TestSystemWatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_localtime = QDir(m_dir->path()).filePath(QStringLiteral("localtime"));
    QVERIFY(relink(m_localtime, QStringLiteral("/usr/share/zoneinfo/Europe/Berlin")));
    m_watch = std::make_unique<SystemWatch>(QDBusConnection(QStringLiteral("no bus")), m_localtime);
}

void TestSystemWatch::cleanup()
{
    m_watch.reset();
    m_dir.reset();
}

void TestSystemWatch::localtimeLinkReplacedIsAZoneChange()
{
    QSignalSpy changed(m_watch.get(), &SystemWatch::timeZoneChanged);
    QVERIFY(relink(m_localtime, QStringLiteral("/usr/share/zoneinfo/Asia/Tokyo")));
    QVERIFY2(changed.wait(5000), "the new link is a zone change");
    QCOMPARE(changed.size(), 1);
}

void TestSystemWatch::anotherFileInTheFolderIsNot()
{
    QSignalSpy changed(m_watch.get(), &SystemWatch::timeZoneChanged);
    QFile other(QDir(m_dir->path()).filePath(QStringLiteral("hostname")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("phone\n");
    other.close();
    // The same link written again: the zone is the same.
    QVERIFY(relink(m_localtime, QStringLiteral("/usr/share/zoneinfo/Europe/Berlin")));
    QVERIFY2(!changed.wait(1000), "no zone change");
}

QTEST_GUILESS_MAIN(TestSystemWatch)
#include "tst_systemwatch.moc"
