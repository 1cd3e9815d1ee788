// The list models QML sees, each under QAbstractItemModelTester.
#include "appcontroller.h"
#include "checkinlistmodel.h"
#include "flaglistmodel.h"
#include "regionlistmodel.h"
#include "selfcareanswermodel.h"
#include "sessionlistmodel.h"
#include "techniquehistorymodel.h"
#include "termlistmodel.h"
#include "timestamps.h"

#include "model/vocabulary.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;
using testsupport::at;

namespace {
storage::SessionSummary summary(const char* id, const char* start, int checkIns,
                                std::optional<Timestamp> last = std::nullopt)
{
    storage::SessionSummary s;
    s.id = QString::fromLatin1(id);
    s.start = at(start);
    s.durationMinutes = 60;
    s.technique = QStringLiteral("deep-tissue");
    s.pressure = QStringLiteral("firm");
    s.checkInCount = checkIns;
    s.lastCheckInAt = last;
    return s;
}

QVariant roleData(const QAbstractItemModel& model, int row, const QByteArray& roleName)
{
    const int role = model.roleNames().key(roleName, -1);
    return model.data(model.index(row, 0), role);
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void sessionList();
    void sessionListPages();
    void sessionListEmpty();
    void techniqueHistory();
    void techniqueHistoryReadsOnFirstAsk();
    void techniqueWording_data();
    void techniqueWording();
    void regionList();
    void termList();
    void checkInList();
    void flagList();
    void selfCareAnswersCount();
};

void TestModels::sessionList()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(at("2026-11-22T10:00:00Z").toDateTime());
    QSignalSpy countSpy(&model, &SessionListModel::countChanged);

    // The repository gives them newest first; the model keeps that order.
    model.setRows({{summary("b", "2026-11-21T15:00:00Z", 2, at("2026-11-22T08:30:00Z")),
                    QStringLiteral("watch"), QStringLiteral("Keep an eye on it")},
                   {summary("a", "2026-11-10T09:00:00Z", 0), QStringLiteral("insufficient-data"),
                    QStringLiteral("No check-ins yet")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(countSpy.count(), 1);
    QCOMPARE(roleData(model, 0, "sessionId").toString(), QStringLiteral("b"));
    QCOMPARE(roleData(model, 1, "sessionId").toString(), QStringLiteral("a"));
    QCOMPARE(roleData(model, 0, "title").toString(), QStringLiteral("Deep tissue massage"));
    QCOMPARE(roleData(model, 0, "details").toString(), QStringLiteral("60 min · firm pressure"));
    QVERIFY(roleData(model, 0, "startText").toString().startsWith(QStringLiteral("Yesterday, ")));
    QCOMPARE(roleData(model, 0, "checkInsText").toString().left(18),
             QStringLiteral("2 check-ins, last "));
    QCOMPARE(roleData(model, 1, "checkInsText").toString(), QStringLiteral("No check-ins yet"));
    QCOMPARE(roleData(model, 0, "status").toString(), QStringLiteral("watch"));
    QCOMPARE(roleData(model, 1, "statusTitle").toString(), QStringLiteral("No check-ins yet"));
    QCOMPARE(roleData(model, 0, "start").toDateTime(), at("2026-11-21T15:00:00Z").toDateTime());
    QCOMPARE(roleData(model, 0, "checkInCount").toInt(), 2);
    QCOMPARE(model.indexOf(QStringLiteral("a")), 1);
    QCOMPARE(model.indexOf(QStringLiteral("zzz")), -1);
    QCOMPARE(model.sessionIdAt(0), QStringLiteral("b"));
    QCOMPARE(model.sessionIdAt(5), QString());

    // Reloading with one row fewer.
    model.setRows({{summary("a", "2026-11-10T09:00:00Z", 0), {}, {}}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(countSpy.count(), 2);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!model.data(model.index(3, 0), Qt::DisplayRole).isValid());
}

// Rows come a page at a time from the loader, as the list scrolls.
void TestModels::sessionListPages()
{
    QList<storage::SessionSummary> stored;
    for (int i = 0; i < 2 * SessionListModel::pageSize + 5; ++i)
        stored << summary(qPrintable(QStringLiteral("s%1").arg(i)), "2026-11-10T09:00:00Z", 0);
    QList<std::pair<int, int>> asked;
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageLoader([&](int offset, int count) {
        asked << std::pair(offset, count);
        return stored.mid(offset, count);
    });
    QVERIFY(!model.hasMore());
    model.reload();
    QCOMPARE(model.rowCount(), SessionListModel::pageSize);
    QVERIFY(model.hasMore());
    // Views must not page by themselves (Qt Quick would read everything).
    QVERIFY(!model.canFetchMore({}));
    model.loadMore();
    QCOMPARE(model.rowCount(), 2 * SessionListModel::pageSize);
    model.loadMore();
    QCOMPARE(model.rowCount(), int(stored.size()));
    QVERIFY(!model.hasMore());
    model.loadMore();
    // Each read asks for one row more than a page, to know whether more follow.
    QCOMPARE(asked.size(), 3);
    QCOMPARE(asked.last(),
             std::pair(2 * SessionListModel::pageSize, SessionListModel::pageSize + 1));
    QCOMPARE(model.sessionIdAt(int(stored.size()) - 1), stored.last().id);

    // A reload starts again from the first page.
    stored.remove(0, stored.size() - 10);
    model.reload();
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(!model.hasMore());
    QCOMPARE(model.sessionIdAt(0), stored.first().id);

    // Exactly one page: nothing more to read, known without reading an empty page.
    stored.clear();
    for (int i = 0; i < SessionListModel::pageSize; ++i)
        stored << summary(qPrintable(QStringLiteral("t%1").arg(i)), "2026-11-10T09:00:00Z", 0);
    asked.clear();
    model.reload();
    QCOMPARE(model.rowCount(), SessionListModel::pageSize);
    QVERIFY(!model.hasMore());
    QCOMPARE(asked.size(), 1);

    // Sessions deleted after the first page was read: the next page is empty, and
    // hasMore turns false and says so.
    stored << summary("t-extra", "2026-11-10T09:00:00Z", 0);
    model.reload();
    QVERIFY(model.hasMore());
    stored.removeLast();
    stored.removeLast();
    QSignalSpy changed(&model, &SessionListModel::countChanged);
    model.loadMore();
    QCOMPARE(model.rowCount(), SessionListModel::pageSize);
    QVERIFY(!model.hasMore());
    QCOMPARE(changed.count(), 1);
}

void TestModels::sessionListEmpty()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.sessionIdAt(0), QString());
}

void TestModels::regionList()
{
    RegionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(vocabulary::regions().size()));
    QCOMPARE(model.rowCount(), 25);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy marked(&model, &RegionListModel::markedCountChanged);

    model.setMarked(QStringLiteral("lower-back"), true);
    model.setValue(QStringLiteral("lower-back"), 6);
    model.setQualities(QStringLiteral("lower-back"),
                       {QStringLiteral("aching"), QStringLiteral("stiff")});
    model.setPrevious(QStringLiteral("lower-back"), 4);
    model.setValue(QStringLiteral("no-such-region"), 3);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(marked.count(), 1);
    QCOMPARE(model.markedCount(), 1);
    const int row = model.indexOf(QStringLiteral("lower-back"));
    QCOMPARE(roleData(model, row, "value").toInt(), 6);
    QCOMPARE(roleData(model, row, "previous").toInt(), 4);
    QCOMPARE(roleData(model, row, "marked").toBool(), true);
    QCOMPARE(roleData(model, row, "summary").toString(),
             QStringLiteral("Lower back: 6, aching, stiff"));
    QCOMPARE(model.labelOf(QStringLiteral("gluteal-left")), QStringLiteral("Left buttock"));

    model.clearAnswers();
    QCOMPARE(model.markedCount(), 0);
    QCOMPARE(roleData(model, row, "value").toInt(), -1);
    QCOMPARE(roleData(model, row, "previous").toInt(), 4); // last time stays
    QCOMPARE(roleData(model, row, "summary").toString(), QStringLiteral("Lower back"));
}

void TestModels::termList()
{
    TermListModel model(vocabulary::screening());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDetails(&vocabulary::screeningAdvice);
    QCOMPARE(model.rowCount(), 8);
    QSignalSpy checked(&model, &TermListModel::checkedChanged);
    model.setChecked(QStringLiteral("pregnancy"), true);
    model.setChecked(QStringLiteral("disc-herniation"), true);
    model.setChecked(QStringLiteral("pregnancy"), true); // no change
    QCOMPARE(checked.count(), 2);
    // Vocabulary order, not the order of answers.
    QCOMPARE(model.checkedIds(),
             (QStringList{QStringLiteral("disc-herniation"), QStringLiteral("pregnancy")}));
    const int row = model.indexOf(QStringLiteral("disc-herniation"));
    QCOMPARE(roleData(model, row, "chosen").toBool(), true);
    QCOMPARE(roleData(model, row, "detail").toString(),
             vocabulary::screeningAdvice(QStringLiteral("disc-herniation")));
    model.setCheckedIds({});
    QCOMPARE(model.checkedCount(), 0);

    TermListModel pressures(vocabulary::pressures());
    QAbstractItemModelTester pressureTester(&pressures,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    pressures.insertFirst(QString(), QStringLiteral("Not noted"));
    QCOMPARE(pressures.rowCount(), 5);
    QCOMPARE(pressures.idAt(0), QString());
    QCOMPARE(pressures.labelAt(1), QStringLiteral("Light"));
}

void TestModels::checkInList()
{
    CheckInListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(at("2026-11-22T10:00:00Z").toDateTime());
    CheckIn late;
    late.at = at("2026-11-21T20:00:00Z");
    late.symptoms = {Symptom{QStringLiteral("lower-back"), 6, {QStringLiteral("aching")}},
                     Symptom{QStringLiteral("calf-left"), 2, {}}};
    late.redFlags = {QStringLiteral("calf-swelling")};
    late.note = QStringLiteral("stairs hurt");
    CheckIn early;
    early.at = at("2026-11-21T17:00:00Z");
    model.setRows({{late, 4.0, {QStringLiteral("See a doctor today")}}, {early, 1.0, {}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(roleData(model, 0, "summary").toString(),
             QStringLiteral("Lower back 6 (aching) · Left calf 2"));
    QCOMPARE(roleData(model, 1, "summary").toString(), QStringLiteral("No soreness"));
    QCOMPARE(roleData(model, 0, "maxIntensity").toInt(), 6);
    QCOMPARE(roleData(model, 0, "hoursText").toString(), QStringLiteral("4 h after the session"));
    QCOMPARE(roleData(model, 0, "redFlagsText").toString(),
             vocabulary::label(vocabulary::redFlags(), QStringLiteral("calf-swelling")));
    QCOMPARE(roleData(model, 0, "note").toString(), QStringLiteral("stairs hurt"));
    QCOMPARE(roleData(model, 0, "flagsText").toString(), QStringLiteral("See a doctor today"));
    QVERIFY(model.row(0));
    QVERIFY(!model.row(2));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::flagList()
{
    FlagListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    analysis::Flag flag{analysis::FlagCode::NerveIrritation,
                        analysis::Severity::ContactTherapist,
                        at("2026-11-21T19:00:00Z"),
                        3.0,
                        0,
                        QStringLiteral("Tell your therapist")};
    model.setFlags({flag});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(roleData(model, 0, "code").toString(), QStringLiteral("nerve-irritation"));
    QCOMPARE(roleData(model, 0, "severity").toString(), QStringLiteral("contact-therapist"));
    QCOMPARE(roleData(model, 0, "hoursText").toString(), QStringLiteral("3 h after the session"));
    QCOMPARE(roleData(model, 0, "message").toString(), QStringLiteral("Tell your therapist"));
}

// The kinds asked about change with each check-in: QML's `count` must follow them.
void TestModels::selfCareAnswersCount()
{
    SelfCareAnswerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy countChanged(&model, &SelfCareAnswerModel::countChanged);
    const QList<SelfCare> earlier{{QStringLiteral("heat"), {}},
                                  {QStringLiteral("stretching"), QStringLiteral("yes")},
                                  {QStringLiteral("rest"), {}}};
    model.askAbout(earlier);
    QCOMPARE(model.property("count").toInt(), 2); // the answered kind is not asked again
    QCOMPARE(countChanged.size(), 1);
    QCOMPARE(roleData(model, 1, "kind").toString(), QStringLiteral("rest"));
    QVERIFY(!model.data(model.index(2), SelfCareAnswerModel::KindRole).isValid());

    model.askAbout(earlier);
    QCOMPARE(countChanged.size(), 1); // the same number of rows: no change to tell

    model.askAbout({});
    QCOMPARE(model.property("count").toInt(), 0);
    QCOMPARE(countChanged.size(), 2);
}

namespace {
analysis::SessionSummary history(const char* technique, std::optional<double> onset,
                                 std::optional<double> resolved)
{
    analysis::SessionSummary s;
    s.technique = QString::fromLatin1(technique);
    s.onsetHours = onset;
    s.resolvedHours = resolved;
    return s;
}
} // namespace

void TestModels::techniqueHistory()
{
    TechniqueHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy count(&model, &TechniqueHistoryModel::countChanged);
    QCOMPARE(model.rowCount(), 0);

    // Swedish has no onset or resolution anywhere: no card.
    model.setSummaries({history("deep-tissue", 6.0, 30.0), history("swedish", {}, {}),
                        history("deep-tissue", 4.0, 50.0), history("deep-tissue", {}, 40.0)});
    QCOMPARE(count.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex i = model.index(0);
    QCOMPARE(i.data(TechniqueHistoryModel::TechniqueRole).toString(),
             QStringLiteral("deep-tissue"));
    QCOMPARE(i.data(TechniqueHistoryModel::TitleRole).toString(), QStringLiteral("Deep tissue"));
    QCOMPARE(i.data(TechniqueHistoryModel::SessionCountRole).toInt(), 3);
    QCOMPARE(i.data(TechniqueHistoryModel::SummaryRole).toString(),
             QStringLiteral("Deep tissue: soreness gone after 40 h on average (3 sessions); "
                            "soreness began 5 h after the session on average (2 sessions)"));
    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(TechniqueHistoryModel::SummaryRole), QByteArray("summary"));
    QCOMPARE(roles.value(TechniqueHistoryModel::TechniqueRole), QByteArray("technique"));

    model.setSummaries({history("swedish", {}, {})});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(count.count(), 2);
}

// Home's technique cards come after the last page of sessions: the averages are read
// when the model is first asked for rows, and again on changes only after that.
void TestModels::techniqueHistoryReadsOnFirstAsk()
{
    TechniqueHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int reads = 0;
    QList<analysis::SessionSummary> summaries{history("deep-tissue", 6.0, 30.0)};
    model.setAveragesLoader([&] {
        ++reads;
        return analysis::averagesByTechnique(summaries);
    });
    model.reload();
    QCOMPARE(reads, 0);
    QVERIFY(!model.isLoaded());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(reads, 1);
    QVERIFY(model.isLoaded());
    QCOMPARE(model.index(0).data(TechniqueHistoryModel::TechniqueRole).toString(),
             QStringLiteral("deep-tissue"));
    QCOMPARE(reads, 1);
    QCOMPARE(reset.count(), 0);

    summaries << history("swedish", 3.0, 20.0);
    model.reload();
    QCOMPARE(reads, 2);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);

    // At start, AppController leaves the totals for the first ask.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppController controller(dir.path());
    QVERIFY(controller.open().ok());
    QVERIFY(controller.addDemoSessionIfEmpty());
    QVERIFY(!controller.techniques()->isLoaded());
    QCOMPARE(controller.techniques()->rowCount(), 1);
}

void TestModels::techniqueWording_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("onsetCount");
    QTest::addColumn<double>("onset");
    QTest::addColumn<int>("resolvedCount");
    QTest::addColumn<double>("resolved");
    QTest::addColumn<QString>("text");

    QTest::newRow("resolved, several")
        << 3 << 0 << 0.0 << 3 << 40.2
        << QStringLiteral("Deep tissue: soreness gone after 40 h on average (3 sessions)");
    QTest::newRow("resolved, single")
        << 1 << 0 << 0.0 << 1 << 26.0
        << QStringLiteral("Deep tissue: soreness gone after 26 h (a single session so far)");
    QTest::newRow("onset only, single")
        << 2 << 1 << 0.5 << 0 << 0.0
        << QStringLiteral(
               "Deep tissue: soreness began 30 min after the session (a single session so far)");
    QTest::newRow("both") << 4 << 2 << 7.6 << 3 << 48.0
                          << QStringLiteral(
                                 "Deep tissue: soreness gone after 48 h on average (3 sessions); "
                                 "soreness began 8 h after the session on average (2 sessions)");
    QTest::newRow("neither") << 2 << 0 << 0.0 << 0 << 0.0 << QString();
}

void TestModels::techniqueWording()
{
    QFETCH(int, sessions);
    QFETCH(int, onsetCount);
    QFETCH(double, onset);
    QFETCH(int, resolvedCount);
    QFETCH(double, resolved);
    QFETCH(QString, text);
    analysis::GroupAverage a;
    a.key = QStringLiteral("deep-tissue");
    a.sessionCount = sessions;
    a.onsetCount = onsetCount;
    a.resolvedCount = resolvedCount;
    if (onsetCount > 0)
        a.meanOnsetHours = onset;
    if (resolvedCount > 0)
        a.meanResolvedHours = resolved;
    QCOMPARE(TechniqueHistoryModel::describe(a, QStringLiteral("Deep tissue")), text);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
