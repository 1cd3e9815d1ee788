// SessionDetails' texts for the whole reaction (issue 23): the grade in words, what was done
// and whether it helped, the other reactions and good effects, and the explanation each
// screening answer carries.
#include "sessiondetails.h"
#include "termlistmodel.h"

#include "checkins.h"
#include "model/vocabulary.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace aftercare;
using testsupport::at;
using testsupport::checkIn;

Q_DECLARE_METATYPE(std::optional<aftercare::analysis::Grade>)

class TestSessionDetails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void gradeInWords_data();
    void gradeInWords();
    void selfCareInWords_data();
    void selfCareInWords();
    void reportInWords_data();
    void reportInWords();
    void everyScreeningAnswerIsExplained();
    void noSessionNoTallies();
};

void TestSessionDetails::gradeInWords_data()
{
    QTest::addColumn<std::optional<analysis::Grade>>("grade");
    QTest::addColumn<QString>("text");
    QTest::newRow("no check-ins") << std::optional<analysis::Grade>() << QString();
    QTest::newRow("none") << std::optional(analysis::Grade::None)
                          << "No reaction: nothing you logged points to a reaction to this "
                             "massage.";
    QTest::newRow("mild") << std::optional(analysis::Grade::Mild)
                          << "Mild reaction: some soreness or other effects that did not stop "
                             "your day.";
    QTest::newRow("moderate") << std::optional(analysis::Grade::Moderate)
                              << "Moderate reaction: it got in the way of your day, or a doctor "
                                 "should look at it.";
    QTest::newRow("severe") << std::optional(analysis::Grade::Severe)
                            << "Severe reaction: it needs medical care soon.";
}

void TestSessionDetails::gradeInWords()
{
    QFETCH(std::optional<analysis::Grade>, grade);
    QFETCH(QString, text);
    QCOMPARE(SessionDetails::describeGrade(grade), text);
}

void TestSessionDetails::selfCareInWords_data()
{
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("yes");
    QTest::addColumn<int>("aLittle");
    QTest::addColumn<int>("no");
    QTest::addColumn<int>("notSure");
    QTest::addColumn<QString>("text");
    QTest::newRow("never answered")
        << 2 << 0 << 0 << 0 << 0 << "done 2 times, not said whether it helped";
    QTest::newRow("once, helped") << 1 << 1 << 0 << 0 << 0 << "done 1 time, helped 1 time";
    QTest::newRow("a little counts") << 3 << 1 << 1 << 1 << 0 << "done 3 times, helped 2 times";
    QTest::newRow("did not help") << 2 << 0 << 0 << 1 << 1 << "done 2 times, did not help";
    QTest::newRow("only not sure")
        << 2 << 0 << 0 << 0 << 2 << "done 2 times, not sure whether it helped";
}

void TestSessionDetails::selfCareInWords()
{
    QFETCH(int, times);
    QFETCH(int, yes);
    QFETCH(int, aLittle);
    QFETCH(int, no);
    QFETCH(int, notSure);
    QFETCH(QString, text);
    const analysis::SelfCareTally tally{QStringLiteral("heat"), times, yes, aLittle, no, notSure};
    QCOMPARE(SessionDetails::describeSelfCare(tally), text);
}

void TestSessionDetails::reportInWords_data()
{
    QTest::addColumn<int>("checkIns");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("text");
    // The session ends at 10:00Z.
    QTest::newRow("one") << 1 << "2026-11-20T15:00:00Z"
                         << "1 check-in, first 5 h after the session";
    QTest::newRow("several") << 3 << "2026-11-22T13:00:00Z"
                             << "3 check-ins, first 2 days 3 h after the session";
    QTest::newRow("during") << 2 << "2026-11-20T09:30:00Z"
                            << "2 check-ins, first during the session";
}

void TestSessionDetails::reportInWords()
{
    QFETCH(int, checkIns);
    QFETCH(QString, first);
    QFETCH(QString, text);
    Session session;
    session.start = at("2026-11-20T09:00:00Z");
    session.durationMinutes = 60;
    const analysis::ReportTally tally{QStringLiteral("headache"), checkIns,
                                      at(first.toLatin1().constData())};
    QCOMPARE(SessionDetails::describeReport(session, tally), text);
}

// Each screening answer the page can show carries its plain explanation.
void TestSessionDetails::everyScreeningAnswerIsExplained()
{
    SessionDetails details(nullptr, QStringLiteral("none"));
    TermListModel* screening = details.screening();
    QCOMPARE(screening->rowCount(), int(vocabulary::screening().size()));
    const int detailRole = screening->roleNames().key("detail");
    for (int row = 0; row < screening->rowCount(); ++row) {
        const QString id = screening->idAt(row);
        const QString detail = screening->data(screening->index(row), detailRole).toString();
        QVERIFY2(!detail.isEmpty(), qPrintable(id));
        QCOMPARE(detail, vocabulary::screeningAdvice(id));
        QVERIFY2(detail != screening->labelAt(row), qPrintable(id));
    }
}

void TestSessionDetails::noSessionNoTallies()
{
    SessionDetails details(nullptr, QStringLiteral("none"));
    QAbstractItemModelTester tester(details.selfCare(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!details.exists());
    QCOMPARE(details.grade(), QString());
    QCOMPARE(details.gradeText(), QString());
    QCOMPARE(details.selfCare()->rowCount(), 0);
    QCOMPARE(details.reactions()->rowCount(), 0);
    QCOMPARE(details.benefits()->rowCount(), 0);
}

QTEST_MAIN(TestSessionDetails)
#include "tst_sessiondetails.moc"
