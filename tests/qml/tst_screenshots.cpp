// Runs `aftercare --demo --screenshots DIR --data-dir TMP` (offscreen) and
// checks that every main page was written as a PNG with real content, and
// that the theme and window size can be fixed from the environment.
#include <QDateTime>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QStringList pages{QStringLiteral("home"),         QStringLiteral("new-session"),
                        QStringLiteral("check-in"),     QStringLiteral("session"),
                        QStringLiteral("export"),       QStringLiteral("file-chooser"),
                        QStringLiteral("settings"),     QStringLiteral("backup"),
                        QStringLiteral("session-card"), QStringLiteral("session-card-code"),
                        QStringLiteral("urgent")};

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

double meanLightness(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            sum += line[x];
    }
    return sum / (double(grey.width()) * grey.height() * 255.0);
}
} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void everyPage_data();
    void everyPage();
    void firstFrameIsReported();
};

// `--quit-after-first-frame` prints when its first frame was on screen (the startup
// benchmark's clock) and exits cleanly.
void TestScreenshots::firstFrameIsReported()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QProcess app;
    app.start(QStringLiteral(AFTERCARE_EXECUTABLE),
              {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--demo"),
               QStringLiteral("--quit-after-first-frame")});
    QVERIFY(app.waitForFinished(120000));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QList<QByteArray> words = app.readAllStandardOutput().trimmed().split(' ');
    QCOMPARE(words.size(), 2);
    QCOMPARE(words.at(0), QByteArray("first-frame-ns"));
    bool ok = false;
    const qint64 ms = words.at(1).toLongLong(&ok) / 1000000;
    QVERIFY(ok);
    QVERIFY2(ms >= before && ms <= after, words.at(1).constData());
}

void TestScreenshots::everyPage_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("expectedSize");
    QTest::newRow("default") << QString() << QString() << QSize(412, 915);
    QTest::newRow("dark, small phone") << "dark"
                                       << "360x640" << QSize(360, 640);
    QTest::newRow("light") << "light" << QString() << QSize(412, 915);
}

void TestScreenshots::everyPage()
{
    QFETCH(QString, theme);
    QFETCH(QString, size);
    QFETCH(QSize, expectedSize);
    QTemporaryDir data;
    QTemporaryDir shots;
    QVERIFY(data.isValid() && shots.isValid());

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("AFTERCARE_DATA_DIR"));
    env.remove(QStringLiteral("AFTERCARE_THEME"));
    env.remove(QStringLiteral("AFTERCARE_WINDOW_SIZE"));
    if (!theme.isEmpty())
        env.insert(QStringLiteral("AFTERCARE_THEME"), theme);
    if (!size.isEmpty())
        env.insert(QStringLiteral("AFTERCARE_WINDOW_SIZE"), size);
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(AFTERCARE_EXECUTABLE),
              {QStringLiteral("--demo"), QStringLiteral("--screenshots"), shots.path(),
               QStringLiteral("--data-dir"), data.path()});
    QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
    QVERIFY2(app.waitForFinished(120000), "the app did not quit after the screenshots");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);

    for (const QString& page : pages) {
        const QString path = shots.filePath(page + QStringLiteral(".png"));
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path + QStringLiteral(" is missing or unreadable")));
        QCOMPARE(image.size(), expectedSize);
        const int colours = distinctColours(image);
        QVERIFY2(colours > 24,
                 qPrintable(QStringLiteral("%1 looks blank: %2 colours").arg(page).arg(colours)));
        // A session card's code is black on white in either theme: readers need it.
        const bool alwaysLight = page == QLatin1String("session-card-code");
        if (theme == QLatin1String("dark") && !alwaysLight)
            QVERIFY2(meanLightness(image) < 0.4, qPrintable(page + QStringLiteral(" is not dark")));
        if (theme == QLatin1String("light") || alwaysLight)
            QVERIFY2(meanLightness(image) > 0.6,
                     qPrintable(page + QStringLiteral(" is not light")));
    }
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
