// TechniqueHistoryModel's "what helped most" (issue 23): the self-care kind with the most
// "helped" answers after a technique's sessions, read from the store's totals with the
// averages, never by loading the sessions.
#include "appcontroller.h"
#include "techniquehistorymodel.h"

#include "analysis/history.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;
using storage::SelfCareHelp;

Q_DECLARE_METATYPE(QList<aftercare::storage::SelfCareHelp>)

class TestTechniqueHistoryModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void helpedMost_data();
    void helpedMost();
    void cardForHelpAlone();
    void demoHistory();
};

void TestTechniqueHistoryModel::helpedMost_data()
{
    QTest::addColumn<QList<SelfCareHelp>>("help");
    QTest::addColumn<QString>("text");
    const QString dt = QStringLiteral("deep-tissue");
    QTest::newRow("nothing answered") << QList<SelfCareHelp>{} << QString();
    QTest::newRow("answered, never helped") << QList<SelfCareHelp>{{dt, "heat", 3, 0}} << QString();
    QTest::newRow("once") << QList<SelfCareHelp>{{dt, "heat", 1, 1}}
                          << "What helped most: Heat (it helped the one time you said)";
    QTest::newRow("most helped wins") << QList<SelfCareHelp>{{dt, "walk", 2, 2}, {dt, "heat", 5, 4}}
                                      << "What helped most: Heat (helped 4 of 5 times)";
    QTest::newRow("tie: better share")
        << QList<SelfCareHelp>{{dt, "heat", 5, 2}, {dt, "cold", 2, 2}}
        << "What helped most: Cold (helped 2 of 2 times)";
    QTest::newRow("tie: vocabulary order")
        << QList<SelfCareHelp>{{dt, "heat", 3, 2}, {dt, "walk", 3, 2}}
        << "What helped most: Gentle walk (helped 2 of 3 times)";
    QTest::newRow("other techniques skipped")
        << QList<SelfCareHelp>{{"swedish", "heat", 9, 9}, {dt, "bath", 4, 1}}
        << "What helped most: Bath (helped 1 of 4 times)";
}

void TestTechniqueHistoryModel::helpedMost()
{
    QFETCH(QList<SelfCareHelp>, help);
    QFETCH(QString, text);
    QCOMPARE(TechniqueHistoryModel::describeHelp(help, QStringLiteral("deep-tissue")), text);
}

// A technique without onset or resolution still gets a card when something helped.
void TestTechniqueHistoryModel::cardForHelpAlone()
{
    TechniqueHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    analysis::GroupAverage swedish;
    swedish.key = QStringLiteral("swedish");
    swedish.sessionCount = 2;
    model.setAverages({swedish});
    QCOMPARE(model.rowCount(), 0);
    model.setAverages({swedish}, {{QStringLiteral("swedish"), QStringLiteral("heat"), 2, 1}});
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex i = model.index(0);
    QCOMPARE(i.data(TechniqueHistoryModel::SummaryRole).toString(), QStringLiteral("Swedish"));
    QCOMPARE(i.data(TechniqueHistoryModel::HelpedTextRole).toString(),
             QStringLiteral("What helped most: Heat (helped 1 of 2 times)"));
    QCOMPARE(model.roleNames().value(TechniqueHistoryModel::HelpedTextRole),
             QByteArray("helpedText"));
}

// Through AppController: the demo session's answers, read on the first ask.
void TestTechniqueHistoryModel::demoHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppController controller(dir.path());
    QVERIFY(controller.open().ok());
    QVERIFY(controller.addDemoSessionIfEmpty());
    TechniqueHistoryModel* model = controller.techniques();
    QVERIFY(!model->isLoaded());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(TechniqueHistoryModel::HelpedTextRole).toString(),
             QStringLiteral("What helped most: Gentle walk (helped 3 of 3 times)"));
}

QTEST_GUILESS_MAIN(TestTechniqueHistoryModel)
#include "tst_techniquehistorymodel.moc"
