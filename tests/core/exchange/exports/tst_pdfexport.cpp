// `aftercare export --format pdf`: the command line path of the PDF report, run as a user
// would, on a database filled through the storage API.
#include "processrun.h"
#include "sampledata.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace aftercare;

namespace {

using Run = testsupport::ProcessRun;

mode_t modeOf(const QString& path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportsEverySessionOwnerOnly();
    void exportsOneSession();
    void replacesAWorldReadableFile();
    void writesToStandardOutput();
    void worksWithoutADisplay();
    void unknownSessionIsBadInput();
    void usageErrors_data();
    void usageErrors();
    void unusableDatabase();

private:
    Run aftercare(const QStringList& args, const QProcessEnvironment& env = {});
    QString pdfText(const QString& pdf);

    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_pdftotext;
};

void TestPdfExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(AFTERCARE_EXECUTABLE)), AFTERCARE_EXECUTABLE);
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY(!m_pdftotext.isEmpty());

    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    storage::Database database;
    const storage::OpenResult opened = database.open(m_dataDir);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    storage::Repository repository(database);
    Log log;
    log.sessions = {testdata::shortSession(), testdata::weekLog()};
    const auto imported = repository.importLog(log);
    const auto& outcome = imported.value;
    const QString& error = imported.message;
    QVERIFY2(imported.ok(), qPrintable(error));
    QCOMPARE(outcome.newSessions, 2);
}

Run TestPdfExport::aftercare(const QStringList& args, const QProcessEnvironment& env)
{
    return testsupport::runToEnd(QStringLiteral(AFTERCARE_EXECUTABLE), args, env);
}

QString TestPdfExport::pdfText(const QString& pdf)
{
    QProcess process;
    process.start(m_pdftotext, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestPdfExport::exportsEverySessionOwnerOnly()
{
    const QString out = m_dir.filePath(QStringLiteral("all.pdf"));
    const Run r =
        aftercare({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("export"),
                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(modeOf(out), mode_t(0600));
    const QString text = pdfText(out);
    QVERIFY(text.contains(QStringLiteral("s-2026-11-20")));
    QVERIFY(text.contains(QStringLiteral("week-2026-03-27")));
    QVERIFY(text.contains(QStringLiteral("2026-04-03 20:30"))); // the week's last check-in
    QVERIFY(text.contains(QStringLiteral("Aftercare " AFTERCARE_VERSION " · generated")));
}

void TestPdfExport::exportsOneSession()
{
    const QString out = m_dir.filePath(QStringLiteral("one.pdf"));
    const Run r = aftercare({QStringLiteral("export"), QStringLiteral("--format=pdf"),
                             QStringLiteral("--session"), QStringLiteral("s-2026-11-20"),
                             QStringLiteral("-o"), out, QStringLiteral("--data-dir"), m_dataDir});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = pdfText(out);
    QVERIFY(text.contains(QStringLiteral("s-2026-11-20")));
    QVERIFY(!text.contains(QStringLiteral("week-2026-03-27")));
    // The one-page summary, then the appendix: the last page says it is the last.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Page (\\d+) of \\1"))));
    QVERIFY(text.contains(QStringLiteral("Appendix: the session in full")));
}

void TestPdfExport::replacesAWorldReadableFile()
{
    const QString out = m_dir.filePath(QStringLiteral("old.pdf"));
    {
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
    }
    QVERIFY(::chmod(QFile::encodeName(out).constData(), 0644) == 0);
    const Run r =
        aftercare({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("export"),
                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--session"),
                   QStringLiteral("s-2026-11-20"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(modeOf(out), mode_t(0600));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(5), QByteArray("%PDF-"));
}

void TestPdfExport::writesToStandardOutput()
{
    const Run r =
        aftercare({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("export"),
                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--session"),
                   QStringLiteral("s-2026-11-20"), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("%PDF-"));
    QVERIFY(r.out.trimmed().endsWith("%%EOF"));
}

void TestPdfExport::worksWithoutADisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("AFTERCARE_DATA_DIR"), m_dataDir); // instead of --data-dir
    const QString out = m_dir.filePath(QStringLiteral("headless.pdf"));
    const Run r = aftercare({QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("pdf"), QStringLiteral("-o"), out},
                            env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(pdfText(out).contains(QStringLiteral("week-2026-03-27")));
}

void TestPdfExport::unknownSessionIsBadInput()
{
    const QString out = m_dir.filePath(QStringLiteral("none.pdf"));
    const Run r =
        aftercare({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("export"),
                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--session"),
                   QStringLiteral("no-such-session"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no-such-session"), r.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestPdfExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{"export", "--format", "pdf"} << "-o FILE";
    QTest::newRow("unknown option")
        << QStringList{"export", "--format", "pdf", "--colour", "red", "-o", "x.pdf"} << "--colour";
    QTest::newRow("session without id")
        << QStringList{"export", "--format", "pdf", "-o", "x.pdf", "--session"} << "--session";
    QTest::newRow("output twice") << QStringList{"export", "--format", "pdf",  "-o",
                                                 "a.pdf",  "-o",       "b.pdf"}
                                  << "twice";
}

void TestPdfExport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = aftercare(QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestPdfExport::unusableDatabase()
{
    const QString dir = m_dir.filePath(QStringLiteral("corrupt"));
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/aftercare.sqlite");
    const QByteArray garbage(8192, 'x');
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    const QString out = m_dir.filePath(QStringLiteral("corrupt.pdf"));
    const Run r =
        aftercare({QStringLiteral("--data-dir"), dir, QStringLiteral("export"),
                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(out));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage); // left untouched
}

QTEST_GUILESS_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
