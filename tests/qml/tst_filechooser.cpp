#include "filechooser.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;

// The app's own file chooser over a real folder: what it lists, where it goes, and what
// it says stands in the way of a name.
class TestFileChooser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsFoldersThenFilesOfTheSuffix();
    void goesIntoAFolderAndUp();
    void problemWithAName_data();
    void problemWithAName();
    void addsTheSuffixAndAsksBeforeReplacing();
    void opensOnlyAFileThatIsThere();

private:
    void touch(const QString& name)
    {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFileChooser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("b-reports")));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("A-old")));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral(".hidden")));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("kept.pdf")));
    touch(QStringLiteral("backup.json"));
    touch(QStringLiteral("notes.txt"));
}

void TestFileChooser::listsFoldersThenFilesOfTheSuffix()
{
    FileChooser chooser;
    chooser.setSuffix(QStringLiteral("json"));
    chooser.setFolder(m_dir->path());
    QStringList names;
    for (int row = 0; row < chooser.rowCount(); ++row)
        names << chooser.index(row).data(FileChooser::NameRole).toString();
    // Folders by name (case aside), no hidden ones; then only .json files.
    QCOMPARE(names, QStringList({"A-old", "b-reports", "kept.pdf", "backup.json"}));
    QVERIFY(chooser.index(0).data(FileChooser::IsFolderRole).toBool());
    QVERIFY(!chooser.index(3).data(FileChooser::IsFolderRole).toBool());
    QVERIFY(
        chooser.index(3).data(FileChooser::DetailRole).toString().contains(QLatin1String("bytes")));
}

void TestFileChooser::goesIntoAFolderAndUp()
{
    FileChooser chooser;
    chooser.setSuffix(QStringLiteral("pdf"));
    chooser.setFolder(m_dir->path());
    QSignalSpy moved(&chooser, &FileChooser::folderChanged);
    chooser.choose(1); // b-reports
    QCOMPARE(chooser.folderName(), QStringLiteral("b-reports"));
    QCOMPARE(chooser.rowCount(), 0);
    chooser.goUp();
    QCOMPARE(chooser.folder(), QDir(m_dir->path()).canonicalPath());
    QCOMPARE(moved.count(), 2);
    chooser.setFolder(m_dir->filePath(QStringLiteral("missing"))); // ignored
    QCOMPARE(chooser.folder(), QDir(m_dir->path()).canonicalPath());
}

void TestFileChooser::problemWithAName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << "report"
                          << "";
    QTest::newRow("empty") << "  "
                           << "Give the file a name.";
    QTest::newRow("a slash") << "a/b"
                             << "A file name cannot contain “/”.";
    QTest::newRow("a folder's name") << "kept"
                                     << "“kept.pdf” is a folder.";
    QTest::newRow("a folder's name, other suffix") << "A-old"
                                                   << "";
}

void TestFileChooser::problemWithAName()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    FileChooser chooser;
    chooser.setSuffix(QStringLiteral("pdf"));
    chooser.setFolder(m_dir->path());
    chooser.setFileName(name);
    QCOMPARE(chooser.problem(), problem);
    QCOMPARE(chooser.chosenFile().isEmpty(), !problem.isEmpty());
}

void TestFileChooser::addsTheSuffixAndAsksBeforeReplacing()
{
    FileChooser chooser;
    chooser.setSuffix(QStringLiteral("json"));
    chooser.setFolder(m_dir->path());
    chooser.setFileName(QStringLiteral("my-report"));
    QCOMPARE(chooser.chosenFile(),
             QUrl::fromLocalFile(QDir(chooser.folder()).filePath("my-report.json")));
    QVERIFY(!chooser.replaces());
    chooser.setFileName(QStringLiteral("backup"));
    QVERIFY(chooser.replaces());
    chooser.setFileName(QStringLiteral("Backup.JSON")); // the suffix in any case is kept
    QCOMPARE(chooser.chosenFile().fileName(), QStringLiteral("Backup.JSON"));
}

void TestFileChooser::opensOnlyAFileThatIsThere()
{
    FileChooser chooser;
    chooser.setSaving(false);
    chooser.setSuffix(QStringLiteral("json"));
    chooser.setFolder(m_dir->path());
    QCOMPARE(chooser.problem(), QStringLiteral("Choose a file."));
    chooser.setFileName(QStringLiteral("other.json"));
    QCOMPARE(chooser.problem(), QStringLiteral("There is no file “other.json” here."));
    chooser.choose(3); // backup.json
    QCOMPARE(chooser.fileName(), QStringLiteral("backup.json"));
    QCOMPARE(chooser.problem(), QString());
    QVERIFY(!chooser.replaces());
}

QTEST_GUILESS_MAIN(TestFileChooser)
#include "tst_filechooser.moc"
