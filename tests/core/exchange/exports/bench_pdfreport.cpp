#include "exchange/report/pdfreport.h"

#include "sampledata.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QTest>

using namespace aftercare;

// How long the 7-day hourly report (170 check-ins) takes to lay out and write (target:
// under 300 ms). Written to memory, so the disk does not count.
class BenchPdfReport : public QObject
{
    Q_OBJECT
private slots:
    void weekLog();
    void shortSession();

private:
    void render(const Session& session);
};

void BenchPdfReport::render(const Session& session)
{
    report::ReportOptions options;
    options.generatedAt = testdata::at("2026-11-22T09:15:00+01:00");
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QList<Session> sessions{session};
    int pages = 0;
    qint64 bytes = 0;
    QBENCHMARK
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(report::renderPdfReport(sessions, &buffer, options, &error, &pages),
                 qPrintable(error));
        bytes = buffer.size();
    }
    QVERIFY(pages >= 1);
    QVERIFY(bytes > 1000);
    qInfo("%d pages, %lld bytes", pages, bytes);
}

void BenchPdfReport::weekLog()
{
    render(testdata::weekLog());
}

void BenchPdfReport::shortSession()
{
    render(testdata::shortSession());
}

QTEST_MAIN(BenchPdfReport)
#include "bench_pdfreport.moc"
