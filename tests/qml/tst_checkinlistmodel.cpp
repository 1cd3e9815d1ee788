// CheckInListModel's rows for the rest of the reaction (log v2): "entered later", the
// impact on the day, the other reactions and the good effects, each empty when not answered.
#include "checkinlistmodel.h"

#include "checkins.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace aftercare;
using testsupport::at;
using testsupport::checkIn;

namespace {
QVariant roleData(const QAbstractItemModel& model, int row, const QByteArray& roleName)
{
    const int role = model.roleNames().key(roleName, -1);
    return model.data(model.index(row, 0), role);
}
} // namespace

class TestCheckInListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void wholeReaction_data();
    void wholeReaction();
};

void TestCheckInListModel::wholeReaction_data()
{
    QTest::addColumn<QString>("recordedAt"); // empty: not given
    QTest::addColumn<QString>("impact");
    QTest::addColumn<QStringList>("reactions");
    QTest::addColumn<QStringList>("benefits");
    QTest::addColumn<bool>("enteredLater");
    QTest::addColumn<QString>("impactText");
    QTest::addColumn<QString>("reactionsText");
    QTest::addColumn<QString>("benefitsText");

    // The check-in is at 12:00Z.
    QTest::newRow("v1 check-in") << QString() << QString() << QStringList() << QStringList()
                                 << false << QString() << QString() << QString();
    QTest::newRow("entered at once")
        << "2026-11-21T12:05:00Z" << QString() << QStringList() << QStringList() << false
        << QString() << QString() << QString();
    QTest::newRow("exactly 2 h later")
        << "2026-11-21T14:00:00Z" << QString() << QStringList() << QStringList() << false
        << QString() << QString() << QString();
    QTest::newRow("entered later") << "2026-11-21T14:00:01Z" << QString() << QStringList()
                                   << QStringList() << true << QString() << QString() << QString();
    QTest::newRow("impact") << QString() << "a-lot" << QStringList() << QStringList() << false
                            << "Daily activities affected: A lot" << QString() << QString();
    QTest::newRow("no impact") << QString() << "none" << QStringList() << QStringList() << false
                               << "Daily activities affected: Not at all" << QString() << QString();
    QTest::newRow("reactions and benefits")
        << QString() << QString() << QStringList{"headache", "nausea"} << QStringList{"relaxed"}
        << false << QString() << "Other reactions: Headache, Feeling sick"
        << "Benefits: Relaxed";
}

void TestCheckInListModel::wholeReaction()
{
    QFETCH(QString, recordedAt);
    QFETCH(QString, impact);
    QFETCH(QStringList, reactions);
    QFETCH(QStringList, benefits);
    QFETCH(bool, enteredLater);
    QFETCH(QString, impactText);
    QFETCH(QString, reactionsText);
    QFETCH(QString, benefitsText);

    CheckInListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(at("2026-11-22T10:00:00Z").toDateTime());
    CheckIn c = checkIn("2026-11-21T12:00:00Z", {Symptom{QStringLiteral("lower-back"), 4, {}}});
    if (!recordedAt.isEmpty())
        c.recordedAt = at(recordedAt.toLatin1().constData());
    c.impact = impact;
    c.reactions = reactions;
    c.benefits = benefits;
    model.setRows({{c, 3.0, {}}});
    QCOMPARE(roleData(model, 0, "enteredLater").toBool(), enteredLater);
    QCOMPARE(roleData(model, 0, "impactText").toString(), impactText);
    QCOMPARE(roleData(model, 0, "reactionsText").toString(), reactionsText);
    QCOMPARE(roleData(model, 0, "benefitsText").toString(), benefitsText);
}

QTEST_MAIN(TestCheckInListModel)
#include "tst_checkinlistmodel.moc"
