// AppController and the page controllers over a real SQLite file: opening,
// the demo session, refusing an unusable database, and every intent method
// the pages call (save a session, save a check-in, edit, delete and undo).
#include "appcontroller.h"
#include "autostart/fakeremindersetup.h"
#include "checkinform.h"
#include "checkinlistmodel.h"
#include "demodata.h"
#include "exportform.h"
#include "flaglistmodel.h"
#include "formatting.h"
#include "newsessionform.h"
#include "notifications/fakenotifier.h"
#include "promptwatcher.h"
#include "regionlistmodel.h"
#include "reminderpanel.h"
#include "selfcareanswermodel.h"
#include "sessiondetails.h"
#include "sessionlistmodel.h"
#include "termlistmodel.h"

#include "analysis/analysis.h"
#include "exchange/logreader.h"
#include "schedule/schedule.h"

#include "checkins.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace aftercare;
using testsupport::checkIn;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestForms : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void opensAnEmptyLog();
    void demoSessionIsRealisticAndAddedOnce();
    void demoNeverTouchesALogWithData();
    void unusableDatabase_data();
    void unusableDatabase();
    void newSessionIsSaved();
    void newSessionRules_data();
    void newSessionRules();
    void newSessionIdsAreUnique();
    void newSessionHasJustEnded();
    void editSessionKeepsCheckInsAndAnalysesAgain();
    void editedSessionCannotStartAfterItsCheckIns();
    void deletedSessionStaysUntilTheUndoTimeIsOver();
    void closingTheAppEndsTheUndoTime();
    void sessionCardFillsTheForm();
    void sessionCardWithoutStartHasJustEnded();
    void badSessionCard_data();
    void badSessionCard();
    void checkInIsSavedAndAnalysed();
    void checkInRules();
    void unratedRegionIsRefused();
    void redFlagIsUrgent();
    void previewSavesNothing();
    void noSorenessAndSameAsLastTime();
    void editReplacesTheCheckIn();
    void deleteAndUndo();
    void checkInKnowsWhenItHasAnswers();
    void checkInRecordsTheWholeReaction();
    void checkInAsksOnceWhetherSelfCareHelped();
    void editKeepsTheWholeReaction();
    void sameAsLastCarriesTheImpact();
    void noSorenessKeepsTheOtherAnswers();
    void noSorenessOffersUndoAndTheWarningSigns();
    void sessionDetailsFollowWrites();
    void exportFormats_data();
    void exportFormats();
    void exportRefusals();
    void reminderPanelWritesSettings();
    void reminderPanelRefusesUnorderedTaper();
    void reminderPanelHealth();
    void reminderPanelDoesNotWaitForTheServer();
    void duePromptAndNextCheckIn();

private:
    AppController* open();
    QString addSession(int hoursAgo, const QList<CheckIn>& checkIns = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_app;
};

void TestForms::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestForms::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

AppController* TestForms::open()
{
    m_app = std::make_unique<AppController>(m_dir->path() + QStringLiteral("/data"));
    m_app->open();
    return m_app.get();
}

QString TestForms::addSession(int hoursAgo, const QList<CheckIn>& checkIns)
{
    static int n = 0;
    Session s;
    s.id = QStringLiteral("s%1").arg(++n);
    s.start = format::timestamp(QDateTime::currentDateTime().addSecs(-qint64(hoursAgo) * 3600));
    s.technique = QStringLiteral("swedish");
    s.areasWorked = {QStringLiteral("lower-back")};
    s.baseline = {{QStringLiteral("lower-back"), 2}};
    s.checkIns = checkIns;
    if (const auto added = m_app->repository().addSession(s); !added)
        qWarning("%s", qPrintable(added.message));
    m_app->notifyContentChanged();
    return s.id;
}

void TestForms::opensAnEmptyLog()
{
    AppController* app = open();
    QVERIFY(app->isReady());
    QVERIFY(QFile::exists(app->databasePath()));
    QCOMPARE(app->sessions()->rowCount(), 0);
    QCOMPARE(app->newestSessionId(), QString());
    QVERIFY(app->problemTitle().isEmpty());
}

void TestForms::demoSessionIsRealisticAndAddedOnce()
{
    AppController* app = open();
    QVERIFY(app->addDemoSessionIfEmpty());
    QVERIFY(!app->addDemoSessionIfEmpty());
    QCOMPARE(app->sessions()->rowCount(), 1);

    const std::optional<Session> s = app->repository().session(app->newestSessionId()).value;
    QVERIFY(s);
    QCOMPARE(s->technique, QStringLiteral("deep-tissue"));
    QCOMPARE(s->durationMinutes, 60);
    QCOMPARE(s->baselineFor(QStringLiteral("lower-back")), 3);
    QVERIFY(s->notes.contains(QStringLiteral("Demo")));
    QVERIFY(s->checkIns.size() >= 4);
    // Lower back rises to 6 at about 20 h after the end, then eases.
    int peak = 0;
    double peakHours = 0;
    for (const CheckIn& c : s->checkIns) {
        for (const Symptom& sym : c.symptoms) {
            if (sym.region == QLatin1String("lower-back") && sym.intensity > peak) {
                peak = sym.intensity;
                peakHours = analysis::hoursSinceEnd(*s, c.at.utcMicros);
            }
        }
    }
    QCOMPARE(peak, 6);
    QVERIFY(peakHours >= 18 && peakHours <= 22);
    const CheckIn& last = s->checkIns.constLast();
    QVERIFY(last.at.utcMicros <= QDateTime::currentMSecsSinceEpoch() * 1000);
    QCOMPARE(analysis::analyze(*s).status, analysis::Status::OnTrack);
}

void TestForms::demoNeverTouchesALogWithData()
{
    AppController* app = open();
    const QString id = addSession(5);
    QVERIFY(!app->addDemoSessionIfEmpty());
    QCOMPARE(app->sessions()->rowCount(), 1);
    QCOMPARE(app->newestSessionId(), id);
}

void TestForms::unusableDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not a database") << "garbage";
    QTest::newRow("newer version") << "newer";
}

void TestForms::unusableDatabase()
{
    QFETCH(QString, kind);
    const QString dataDir = m_dir->path() + QStringLiteral("/data");
    QVERIFY(QDir().mkpath(dataDir));
    const QString path = dataDir + QStringLiteral("/aftercare.sqlite");
    if (kind == QLatin1String("garbage")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a database at all ").repeated(300));
    } else {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future(x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }
    const QByteArray before = fileHash(path);

    AppController* app = open();
    QSignalSpy ready(app, &AppController::readyChanged);
    QVERIFY(!app->isReady());
    QVERIFY(!app->problemTitle().isEmpty());
    QVERIFY(!app->problemMessage().isEmpty());
    QVERIFY(!app->problemAdvice().isEmpty());
    QCOMPARE(app->databasePath(), path);
    QVERIFY(!app->retryOpen());
    QVERIFY(!app->addDemoSessionIfEmpty());
    QCOMPARE(app->sessions()->rowCount(), 0);

    std::unique_ptr<NewSessionForm> form(app->newSessionForm());
    QVERIFY(!form->save());
    QVERIFY(!form->error().isEmpty());
    std::unique_ptr<SessionDetails> details(app->sessionDetails(QStringLiteral("x")));
    QVERIFY(!details->exists());
    QCOMPARE(fileHash(path), before);
}

void TestForms::newSessionIsSaved()
{
    AppController* app = open();
    std::unique_ptr<NewSessionForm> form(app->newSessionForm());
    QSignalSpy saved(form.get(), &NewSessionForm::savedChanged);
    const QDateTime start = QDateTime::currentDateTime().addSecs(-7200);
    form->setStart(start);
    form->setDurationMinutes(75);
    form->setTechnique(QStringLiteral("sports"));
    form->setPressure(QStringLiteral("medium"));
    form->setTherapist(QStringLiteral("  Robin  "));
    form->setNotes(QStringLiteral("left side worse"));
    form->selectRegion(QStringLiteral("calf-left"));
    QVERIFY(form->selectedWorked());
    form->setSelectedBaseline(4);
    form->selectRegion(QStringLiteral("neck"));
    form->setSelectedWorked(false);
    form->setSelectedBaseline(2); // pain before, not worked on
    form->selectRegion(QStringLiteral("thigh-back-left"));
    form->setSelectedBaseline(0);
    form->setScreeningAnswer(QStringLiteral("pregnancy"), true);
    form->setScreeningAnswer(QStringLiteral("fever-or-infection"), true);
    form->setScreeningAnswer(QStringLiteral("fever-or-infection"), false);
    QVERIFY2(form->save(), qPrintable(form->error()));
    QCOMPARE(saved.count(), 1);

    const std::optional<Session> s = app->repository().session(form->savedSessionId()).value;
    QVERIFY(s);
    QVERIFY(s->id.startsWith(QStringLiteral("s-")));
    QCOMPARE(s->start, format::timestamp(start));
    QCOMPARE(s->durationMinutes, 75);
    QCOMPARE(s->technique, QStringLiteral("sports"));
    QCOMPARE(s->pressure, QStringLiteral("medium"));
    QCOMPARE(s->therapist, QStringLiteral("Robin"));
    QCOMPARE(s->notes, QStringLiteral("left side worse"));
    QCOMPARE(s->areasWorked,
             (QStringList{QStringLiteral("thigh-back-left"), QStringLiteral("calf-left")}));
    QCOMPARE(s->baseline,
             (QList<BaselineEntry>{{QStringLiteral("neck"), 2}, {QStringLiteral("calf-left"), 4}}));
    QCOMPARE(s->screening, QStringList{QStringLiteral("pregnancy")});
    QCOMPARE(app->sessions()->rowCount(), 1);
}

void TestForms::newSessionRules_data()
{
    QTest::addColumn<int>("duration");
    QTest::addColumn<int>("startInHours");
    QTest::addColumn<QString>("technique");
    QTest::addColumn<int>("notesLength");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fine") << 60 << -1 << "swedish" << 10 << true;
    QTest::newRow("shortest") << 1 << 0 << "other" << 0 << true;
    QTest::newRow("longest") << 600 << -12 << "myofascial" << 4000 << true;
    QTest::newRow("zero minutes") << 0 << -1 << "swedish" << 0 << false;
    QTest::newRow("too long") << 601 << -1 << "swedish" << 0 << false;
    QTest::newRow("in the future") << 60 << 2 << "swedish" << 0 << false;
    QTest::newRow("unknown technique") << 60 << -1 << "shiatsu" << 0 << false;
    QTest::newRow("notes too long") << 60 << -1 << "swedish" << 4001 << false;
}

void TestForms::newSessionRules()
{
    QFETCH(int, duration);
    QFETCH(int, startInHours);
    QFETCH(QString, technique);
    QFETCH(int, notesLength);
    QFETCH(bool, ok);
    AppController* app = open();
    std::unique_ptr<NewSessionForm> form(app->newSessionForm());
    form->setDurationMinutes(duration);
    form->setStart(QDateTime::currentDateTime().addSecs(qint64(startInHours) * 3600));
    form->setTechnique(technique);
    form->setNotes(QString(notesLength, QLatin1Char('x')));
    QCOMPARE(form->save(), ok);
    QCOMPARE(form->error().isEmpty(), ok);
    QCOMPARE(app->sessions()->rowCount(), ok ? 1 : 0);
}

void TestForms::newSessionIdsAreUnique()
{
    AppController* app = open();
    const QDateTime start = QDateTime::currentDateTime().addSecs(-600);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<NewSessionForm> form(app->newSessionForm());
        form->setStart(start);
        QVERIFY2(form->save(), qPrintable(form->error()));
        ids << form->savedSessionId();
    }
    QCOMPARE(ids.size(), 3);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 3);
    QCOMPARE(app->sessions()->rowCount(), 3);
}

void TestForms::newSessionHasJustEnded()
{
    AppController* app = open();
    std::unique_ptr<NewSessionForm> form(app->newSessionForm());
    const QDateTime now = QDateTime::currentDateTime();
    form->setNow(now);
    QSignalSpy startMoved(form.get(), &NewSessionForm::startChanged);
    QCOMPARE(form->start(), now.addSecs(-60 * 60));
    QVERIFY(form->startText().contains(QStringLiteral("ended just now")));
    form->setDurationMinutes(90);
    QCOMPARE(startMoved.count(), 1);
    QCOMPARE(form->start(), now.addSecs(-90 * 60));
    QVERIFY2(form->save(), qPrintable(form->error()));
    QCOMPARE(app->repository().session(form->savedSessionId()).value->start,
             format::timestamp(now.addSecs(-90 * 60)));

    // A time the person picks stays, whatever the duration.
    std::unique_ptr<NewSessionForm> picked(app->newSessionForm());
    picked->setNow(now);
    picked->setStart(now.addSecs(-5 * 3600));
    picked->setDurationMinutes(30);
    QCOMPARE(picked->start(), now.addSecs(-5 * 3600));
    QVERIFY(!picked->startText().contains(QStringLiteral("ended just now")));
}

void TestForms::editSessionKeepsCheckInsAndAnalysesAgain()
{
    AppController* app = open();
    const QDateTime now = QDateTime::currentDateTime();
    const QString id = addSession(12, {checkIn(format::timestamp(now.addSecs(-3600)),
                                               {Symptom{QStringLiteral("lower-back"), 4, {}}})});
    QCOMPARE(app->sessions()->data(app->sessions()->index(0), SessionListModel::StatusRole),
             QStringLiteral("on-track"));
    QVERIFY(!app->editSessionForm(QStringLiteral("unknown")));
    std::unique_ptr<NewSessionForm> form(app->editSessionForm(id));
    QVERIFY(form);
    QVERIFY(form->editing());
    QCOMPARE(form->technique(), QStringLiteral("swedish"));
    QVERIFY(!form->startText().contains(QStringLiteral("ended just now")));
    form->setTechnique(QStringLiteral("deep-tissue"));
    form->setDurationMinutes(45);
    form->setScreeningAnswer(QStringLiteral("fever-or-infection"), true);
    QVERIFY2(form->save(), qPrintable(form->error()));
    QCOMPARE(form->savedSessionId(), id);

    const std::optional<Session> s = app->repository().session(id).value;
    QVERIFY(s);
    QCOMPARE(app->repository().sessionCount().value, 1);
    QCOMPARE(s->technique, QStringLiteral("deep-tissue"));
    QCOMPARE(s->durationMinutes, 45);
    QCOMPARE(s->areasWorked, QStringList{QStringLiteral("lower-back")});
    QCOMPARE(s->baseline, (QList<BaselineEntry>{{QStringLiteral("lower-back"), 2}}));
    QCOMPARE(s->screening, QStringList{QStringLiteral("fever-or-infection")});
    QCOMPARE(s->checkIns.size(), 1);
    QCOMPARE(s->checkIns.constFirst().symptoms.constFirst().intensity, 4);
    // The stored summary (the home list) and the session page follow the new answers.
    QCOMPARE(app->sessions()->data(app->sessions()->index(0), SessionListModel::StatusRole),
             QStringLiteral("see-doctor-today"));
    std::unique_ptr<SessionDetails> details(app->sessionDetails(id));
    QCOMPARE(details->status(), QStringLiteral("see-doctor-today"));
}

void TestForms::editedSessionCannotStartAfterItsCheckIns()
{
    AppController* app = open();
    const QDateTime now = QDateTime::currentDateTime();
    const QString id = addSession(12, {checkIn(format::timestamp(now.addSecs(-10 * 3600)),
                                               {Symptom{QStringLiteral("lower-back"), 4, {}}})});
    std::unique_ptr<NewSessionForm> form(app->editSessionForm(id));
    QVERIFY(form);
    form->setStart(now.addSecs(-9 * 3600));
    QVERIFY(!form->save());
    QVERIFY2(form->error().contains(QStringLiteral("first check-in")), qPrintable(form->error()));
    QCOMPARE(app->repository().session(id).value->start.utcMicros,
             format::timestamp(now.addSecs(-12 * 3600)).utcMicros);
}

void TestForms::deletedSessionStaysUntilTheUndoTimeIsOver()
{
    AppController* app = open();
    const QString older = addSession(30);
    const QString newer = addSession(5);
    QCOMPARE(app->sessions()->rowCount(), 2);
    QSignalSpy removal(app, &AppController::removalChanged);
    QVERIFY(!app->removeSession(QStringLiteral("unknown")));

    QVERIFY(app->removeSession(newer));
    QVERIFY(app->removalText().contains(QStringLiteral("deleted")));
    QCOMPARE(app->sessions()->rowCount(), 1);
    QCOMPARE(app->newestSessionId(), older);
    QVERIFY(app->repository().hasSession(newer).value); // not yet final
    QVERIFY(app->undoRemoval());
    QCOMPARE(app->sessions()->rowCount(), 2);
    QVERIFY(app->removalText().isEmpty());
    QVERIFY(!app->undoRemoval());

    QVERIFY(app->removeSession(newer));
    QVERIFY(app->finishRemoval()); // the Undo time is over
    QVERIFY(!app->repository().hasSession(newer).value);
    QCOMPARE(app->sessions()->rowCount(), 1);
    QVERIFY(!app->undoRemoval());

    // A second delete within the Undo time makes the first one final.
    const QString third = addSession(2);
    QVERIFY(app->removeSession(third));
    QVERIFY(app->removeSession(older));
    QVERIFY(!app->repository().hasSession(third).value);
    QVERIFY(app->repository().hasSession(older).value);
    QCOMPARE(app->sessions()->rowCount(), 0);
    QVERIFY(app->undoRemoval());
    QCOMPARE(app->sessions()->rowCount(), 1);
    QVERIFY(removal.count() >= 6);
}

void TestForms::closingTheAppEndsTheUndoTime()
{
    AppController* app = open();
    const QString id = addSession(5);
    QVERIFY(app->removeSession(id));
    m_app.reset(); // the app closes within the Undo time
    app = open();
    QVERIFY(!app->repository().hasSession(id).value);
    QCOMPARE(app->sessions()->rowCount(), 0);
}

void TestForms::sessionCardFillsTheForm()
{
    AppController* app = open();
    std::unique_ptr<NewSessionForm> form(app->newSessionForm());
    QSignalSpy card(form.get(), &NewSessionForm::cardChanged);
    QVERIFY(!form->fromCard());
    // The example of core/exchange/README.md, with a start in the past of any test run.
    QVERIFY(form->applyLink(QStringLiteral(
        "aftercare:session?v=1&start=2026-11-20T15%3A00%3A00%2B01%3A00&duration=60"
        "&technique=deep-tissue&pressure=firm&areas=lower-back,gluteal-left"
        "&therapist=Anna%20K.&advice=Heat%20tonight%3B%20no%20heavy%20lifting%20for%2024%20h")));
    QCOMPARE(card.count(), 1);
    QVERIFY(form->fromCard());
    QVERIFY(form->linkProblem().isEmpty());
    QCOMPARE(form->start(),
             QDateTime::fromString(QStringLiteral("2026-11-20T15:00:00+01:00"), Qt::ISODate));
    QCOMPARE(form->durationMinutes(), 60);
    QCOMPARE(form->technique(), QStringLiteral("deep-tissue"));
    QCOMPARE(form->pressure(), QStringLiteral("firm"));
    QCOMPARE(form->therapist(), QStringLiteral("Anna K."));
    QCOMPARE(form->advice(), QStringLiteral("Heat tonight; no heavy lifting for 24 h"));
    // Opening a link saves nothing.
    QCOMPARE(app->repository().sessionCount().value, 0);
    QCOMPARE(app->sessions()->rowCount(), 0);

    // The person adds the pain before and the screening, and saves.
    form->selectRegion(QStringLiteral("lower-back"));
    form->setSelectedBaseline(3);
    form->setScreeningAnswer(QStringLiteral("disc-herniation"), true);
    form->setNow(QDateTime::fromString(QStringLiteral("2026-11-20T18:00:00+01:00"), Qt::ISODate));
    QVERIFY2(form->save(), qPrintable(form->error()));
    const std::optional<Session> s = app->repository().session(form->savedSessionId()).value;
    QVERIFY(s);
    QCOMPARE(s->source, QStringLiteral("session-card"));
    QCOMPARE(s->advice, QStringLiteral("Heat tonight; no heavy lifting for 24 h"));
    QCOMPARE(s->start.utcMicros,
             format::timestamp(
                 QDateTime::fromString(QStringLiteral("2026-11-20T14:00:00Z"), Qt::ISODate))
                 .utcMicros);
    QCOMPARE(s->areasWorked,
             (QStringList{QStringLiteral("lower-back"), QStringLiteral("gluteal-left")}));
    QCOMPARE(s->baseline, (QList<BaselineEntry>{{QStringLiteral("lower-back"), 3}}));
    QCOMPARE(s->screening, QStringList{QStringLiteral("disc-herniation")});

    // The session page shows the advice; a session typed in by hand has none.
    std::unique_ptr<SessionDetails> details(app->sessionDetails(s->id));
    QCOMPARE(details->advice(), QStringLiteral("Heat tonight; no heavy lifting for 24 h"));
    std::unique_ptr<NewSessionForm> manual(app->newSessionForm());
    manual->setStart(QDateTime::currentDateTime().addSecs(-600));
    QVERIFY2(manual->save(), qPrintable(manual->error()));
    const std::optional<Session> typed = app->repository().session(manual->savedSessionId()).value;
    QVERIFY(typed);
    QVERIFY(typed->source.isEmpty());
    QVERIFY(typed->advice.isEmpty());
    std::unique_ptr<SessionDetails> typedDetails(app->sessionDetails(typed->id));
    QVERIFY(typedDetails->advice().isEmpty());
}

void TestForms::sessionCardWithoutStartHasJustEnded()
{
    AppController* app = open();
    std::unique_ptr<NewSessionForm> form(app->newSessionForm());
    const QDateTime now = QDateTime::currentDateTime();
    form->setNow(now);
    // Areas the person had marked before the link arrived give way to the card's.
    form->selectRegion(QStringLiteral("neck"));
    form->clearSelection();
    QVERIFY(form->applyLink(QStringLiteral("aftercare:session?v=1&duration=45&areas=calf-left")));
    QCOMPARE(form->durationMinutes(), 45);
    QCOMPARE(form->start(), now.addSecs(-45 * 60));
    QCOMPARE(form->technique(), QStringLiteral("other"));
    QVERIFY(form->advice().isEmpty());
    QVERIFY(form->fromCard());
    QCOMPARE(form->session().areasWorked, QStringList{QStringLiteral("calf-left")});
    QCOMPARE(form->session().source, QStringLiteral("session-card"));
    QCOMPARE(app->repository().sessionCount().value, 0);
}

void TestForms::badSessionCard_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("plain");  // a part of the plain words
    QTest::addColumn<QString>("detail"); // the located error
    QTest::newRow("not a card") << "https://example.invalid/"
                                << "The link is damaged"
                                << "link: ";
    QTest::newRow("no version") << "aftercare:session?duration=60"
                                << "another version"
                                << "v: missing";
    QTest::newRow("newer version") << "aftercare:session?v=2"
                                   << "another version"
                                   << "v: ";
    QTest::newRow("start") << "aftercare:session?v=1&start=yesterday"
                           << "started"
                           << "start: ";
    QTest::newRow("duration") << "aftercare:session?v=1&duration=0"
                              << "1 to 600 minutes"
                              << "duration: \"0\" is outside 1..600";
    QTest::newRow("twice") << "aftercare:session?v=1&duration=30&duration=60"
                           << "1 to 600 minutes"
                           << "duration: given twice";
    QTest::newRow("technique") << "aftercare:session?v=1&technique=shiatsu"
                               << "technique"
                               << "technique: unknown technique";
    QTest::newRow("pressure") << "aftercare:session?v=1&pressure=hard"
                              << "pressure"
                              << "pressure: unknown pressure";
    QTest::newRow("areas") << "aftercare:session?v=1&areas=neck,tail"
                           << "body area"
                           << "areas: unknown region";
    QTest::newRow("therapist") << "aftercare:session?v=1&therapist=" + QString(201, u'x') << "name"
                               << "therapist: the text has 201 characters";
    QTest::newRow("advice") << "aftercare:session?v=1&advice=" + QString(1001, u'x') << "advice"
                            << "advice: the text has 1,001 characters";
    QTest::newRow("raw space") << "aftercare:session?v=1&therapist=Anna K."
                               << "name"
                               << "therapist: a space must be percent-encoded";
    QTest::newRow("bad escape") << "aftercare:session?v=1&advice=100%"
                                << "advice"
                                << "advice: \"%\" is not a valid percent escape";
    QTest::newRow("too long") << "aftercare:session?v=1&x=" + QString(2000, u'a') << "cut off"
                              << "link: the link is 2,024 bytes";
}

void TestForms::badSessionCard()
{
    QFETCH(QString, link);
    QFETCH(QString, plain);
    QFETCH(QString, detail);
    AppController* app = open();
    std::unique_ptr<NewSessionForm> form(app->newSessionForm());
    form->setTherapist(QStringLiteral("Robin"));
    const Session before = form->session();
    QVERIFY(!form->applyLink(link));
    QVERIFY2(form->linkProblem().contains(plain), qPrintable(form->linkProblem()));
    QVERIFY(form->linkProblem().contains(QStringLiteral("Nothing was saved")));
    QVERIFY2(form->linkProblemDetail().startsWith(detail), qPrintable(form->linkProblemDetail()));
    // Refused whole: the form is as it was, and nothing is written.
    QVERIFY(!form->fromCard());
    QCOMPARE(form->session().therapist, before.therapist);
    QCOMPARE(form->session().durationMinutes, before.durationMinutes);
    QCOMPARE(app->repository().sessionCount().value, 0);
    // A good link afterwards clears the problem.
    QVERIFY(form->applyLink(QStringLiteral("aftercare:session?v=1")));
    QVERIFY(form->linkProblem().isEmpty());
}

void TestForms::checkInIsSavedAndAnalysed()
{
    AppController* app = open();
    const QString id = addSession(12);
    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    QVERIFY(form->sessionExists());
    QVERIFY(!form->hasLast());
    QCOMPARE(form->atText(), QStringLiteral("Now"));
    form->selectRegion(QStringLiteral("lower-back"));
    QCOMPARE(form->selectedIntensity(), -1);
    form->setIntensity(7);
    form->toggleQuality(QStringLiteral("aching"));
    form->toggleQuality(QStringLiteral("burning"));
    form->toggleQuality(QStringLiteral("aching"));
    QCOMPARE(form->qualities()->checkedIds(), QStringList{QStringLiteral("burning")});
    form->selectRegion(QStringLiteral("hip-right"));
    QCOMPARE(form->qualities()->checkedCount(), 0); // chips follow the selection
    form->setIntensity(2);
    form->setNote(QStringLiteral("  after a walk "));
    QVERIFY2(form->save(), qPrintable(form->error()));

    const std::optional<Session> s = app->repository().session(id).value;
    QCOMPARE(s->checkIns.size(), 1);
    const CheckIn& c = s->checkIns.constFirst();
    QCOMPARE(c.symptoms.size(), 2);
    QCOMPARE(c.symptoms.at(0),
             (Symptom{QStringLiteral("lower-back"), 7, {QStringLiteral("burning")}}));
    QCOMPARE(c.symptoms.at(1), (Symptom{QStringLiteral("hip-right"), 2, {}}));
    QCOMPARE(c.note, QStringLiteral("after a walk"));
    // Every check-in the app saves says when it was entered (log v2), not before `at`.
    QVERIFY(c.recordedAt.has_value());
    QVERIFY(c.recordedAt->utcMicros >= c.at.utcMicros);
    QVERIFY(qAbs(c.recordedAt->utcMicros / 1000 - QDateTime::currentMSecsSinceEpoch()) < 120000);
    QVERIFY(qAbs(c.at.utcMicros / 1000000 - QDateTime::currentSecsSinceEpoch()) < 60);
    // Burning is nerve-type: tell the therapist.
    QCOMPARE(form->resultStatus(), QStringLiteral("contact-therapist"));
    QVERIFY(!form->resultUrgent());
    QCOMPARE(
        app->sessions()->data(app->sessions()->index(0), SessionListModel::StatusRole).toString(),
        QStringLiteral("contact-therapist"));
}

void TestForms::checkInRules()
{
    AppController* app = open();
    const QString id =
        addSession(12, {checkIn(format::timestamp(QDateTime::currentDateTime().addSecs(-3600)))});
    const std::optional<Session> s = app->repository().session(id).value;

    std::unique_ptr<CheckInForm> early(app->checkInForm(id));
    early->setAt(s->start.toDateTime().addSecs(-60));
    QVERIFY(!early->saveNoSoreness());
    QVERIFY(early->error().contains(QStringLiteral("before the session")));

    std::unique_ptr<CheckInForm> future(app->checkInForm(id));
    future->setAt(QDateTime::currentDateTime().addSecs(3600));
    QVERIFY(!future->saveNoSoreness());

    std::unique_ptr<CheckInForm> same(app->checkInForm(id));
    same->setAt(s->checkIns.constFirst().at.toDateTime());
    QVERIFY(!same->saveNoSoreness());
    QVERIFY(same->error().contains(QStringLiteral("already")));

    std::unique_ptr<CheckInForm> longNote(app->checkInForm(id));
    longNote->setNote(QString(4001, QLatin1Char('n')));
    QVERIFY(!longNote->save());

    QCOMPARE(app->repository().session(id).value->checkIns.size(), 1);

    std::unique_ptr<CheckInForm> unknown(app->checkInForm(QStringLiteral("nope")));
    QVERIFY(!unknown->sessionExists());
    QVERIFY(!unknown->saveNoSoreness());
}

void TestForms::unratedRegionIsRefused()
{
    AppController* app = open();
    const QString id = addSession(12);
    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    form->selectRegion(QStringLiteral("chest"));
    QVERIFY(!form->save());
    QVERIFY(form->error().contains(QStringLiteral("Chest")));
    form->removeRegion(QStringLiteral("chest"));
    QCOMPARE(form->regions()->markedCount(), 0);
    QVERIFY(form->save());
}

void TestForms::redFlagIsUrgent()
{
    AppController* app = open();
    const QString id = addSession(12);
    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    form->setRedFlag(QStringLiteral("saddle-numbness"), true);
    QVERIFY(form->save());
    QVERIFY(form->resultUrgent());
    QCOMPARE(form->resultStatus(), QStringLiteral("emergency"));
    QCOMPARE(form->resultTitle(), analysis::statusTitle(analysis::Status::Emergency));
    QVERIFY(!form->resultMessages().isEmpty());
    QCOMPARE(app->repository().session(id).value->checkIns.constFirst().redFlags,
             QStringList{QStringLiteral("saddle-numbness")});
}

// The screenshot tour's urgent page: the result a save would give, and nothing written.
void TestForms::previewSavesNothing()
{
    AppController* app = open();
    const QString id = addSession(12);
    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    form->setRedFlag(QStringLiteral("saddle-numbness"), true);
    QSignalSpy content(app, &AppController::contentChanged);
    QVERIFY(form->preview());
    QVERIFY(form->resultUrgent());
    QCOMPARE(form->resultStatus(), QStringLiteral("emergency"));
    QCOMPARE(form->resultMessages(),
             QStringList{analysis::flagMessage(analysis::FlagCode::CaudaEquina)});
    QVERIFY(!form->saved());
    QCOMPARE(content.count(), 0);
    QVERIFY(app->repository().session(id).value->checkIns.isEmpty());
}

void TestForms::noSorenessAndSameAsLastTime()
{
    AppController* app = open();
    const QString id = addSession(12);
    std::unique_ptr<CheckInForm> first(app->checkInForm(id));
    first->setAt(QDateTime::currentDateTime().addSecs(-7200));
    first->selectRegion(QStringLiteral("neck"));
    first->setIntensity(3);
    first->toggleQuality(QStringLiteral("stiff"));
    QVERIFY(first->save());

    std::unique_ptr<CheckInForm> second(app->checkInForm(id));
    QVERIFY(second->hasLast());
    QCOMPARE(second->regions()->entry(QStringLiteral("neck"))->previous, 3);
    QVERIFY(second->repeatLast());
    QVERIFY(second->save());

    std::unique_ptr<CheckInForm> third(app->checkInForm(id));
    third->setAt(QDateTime::currentDateTime().addSecs(-3600));
    QVERIFY(third->saveNoSoreness());

    const QList<CheckIn> checkIns = app->repository().session(id).value->checkIns;
    QCOMPARE(checkIns.size(), 3);
    QCOMPARE(checkIns.at(2).symptoms, checkIns.at(0).symptoms); // ordered by instant
    QVERIFY(checkIns.at(1).symptoms.isEmpty());
}

void TestForms::editReplacesTheCheckIn()
{
    AppController* app = open();
    const Timestamp at = format::timestamp(QDateTime::currentDateTime().addSecs(-3600));
    const QString id = addSession(
        12, {checkIn(at, {Symptom{QStringLiteral("neck"), 4, {}}}, {}, QStringLiteral("n"))});
    std::unique_ptr<SessionDetails> details(app->sessionDetails(id));
    std::unique_ptr<CheckInForm> form(details->editForm(0));
    QVERIFY(form);
    QVERIFY(form->editing());
    QCOMPARE(form->note(), QStringLiteral("n"));
    QCOMPARE(form->regions()->entry(QStringLiteral("neck"))->value, 4);
    form->selectRegion(QStringLiteral("neck"));
    form->setIntensity(1);
    form->setRedFlag(QStringLiteral("fever"), true);
    QVERIFY2(form->save(), qPrintable(form->error()));
    const QList<CheckIn> checkIns = app->repository().session(id).value->checkIns;
    QCOMPARE(checkIns.size(), 1);
    QCOMPARE(checkIns.constFirst().at, at);
    // An edited check-in is entered again: recorded now, after its own time.
    QVERIFY(checkIns.constFirst().recordedAt.has_value());
    QVERIFY(checkIns.constFirst().recordedAt->utcMicros >= at.utcMicros);
    QCOMPARE(checkIns.constFirst().symptoms.constFirst().intensity, 1);
    QCOMPARE(checkIns.constFirst().redFlags, QStringList{QStringLiteral("fever")});
    QVERIFY(form->resultUrgent()); // fever: see a doctor today
    QCOMPARE(details->status(), QStringLiteral("see-doctor-today"));
}

void TestForms::deleteAndUndo()
{
    AppController* app = open();
    const QDateTime now = QDateTime::currentDateTime();
    const QString id = addSession(12, {checkIn(format::timestamp(now.addSecs(-7200))),
                                       checkIn(format::timestamp(now.addSecs(-3600)),
                                               {Symptom{QStringLiteral("neck"), 5, {}}})});
    std::unique_ptr<SessionDetails> details(app->sessionDetails(id));
    QCOMPARE(details->checkIns()->rowCount(), 2);
    QSignalSpy undo(details.get(), &SessionDetails::undoChanged);
    QVERIFY(details->removeCheckIn(0)); // newest first: the neck one
    QVERIFY(details->canUndo());
    QVERIFY(details->undoText().contains(QStringLiteral("deleted")));
    QCOMPARE(details->checkIns()->rowCount(), 1);
    QCOMPARE(app->repository().session(id).value->checkIns.size(), 1);
    QVERIFY(details->undoRemove());
    QVERIFY(!details->canUndo());
    QCOMPARE(undo.count(), 2);
    const QList<CheckIn> checkIns = app->repository().session(id).value->checkIns;
    QCOMPARE(checkIns.size(), 2);
    QCOMPARE(checkIns.at(1).symptoms.constFirst().region, QStringLiteral("neck"));
    QVERIFY(!details->undoRemove());

    QVERIFY(details->removeCheckIn(1));
    details->discardUndo();
    QVERIFY(!details->canUndo());
    QCOMPARE(app->repository().session(id).value->checkIns.size(), 1);
    QVERIFY(!details->removeCheckIn(7));
    QVERIFY(!details->error().isEmpty());
}

void TestForms::checkInKnowsWhenItHasAnswers()
{
    AppController* app = open();
    const QDateTime now = QDateTime::currentDateTime();
    const QString id = addSession(12, {checkIn(format::timestamp(now.addSecs(-3600)),
                                               {Symptom{QStringLiteral("neck"), 5, {}}})});
    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    QVERIFY(!form->hasChanges());
    form->selectRegion(QStringLiteral("calf-left"));
    QVERIFY(form->hasChanges()); // marked sore, even before it is rated
    form->removeRegion(QStringLiteral("calf-left"));
    QVERIFY(!form->hasChanges());
    form->setRedFlag(QStringLiteral("calf-swelling"), true);
    QVERIFY(form->hasChanges());
    form->setRedFlag(QStringLiteral("calf-swelling"), false);
    form->setNote(QStringLiteral("tired"));
    QVERIFY(form->hasChanges());
    QVERIFY2(form->save(), qPrintable(form->error()));
    QVERIFY(!form->hasChanges()); // saved: nothing to lose

    // Opening a check-in to edit it is not a change; moving its time is.
    std::unique_ptr<SessionDetails> details(app->sessionDetails(id));
    std::unique_ptr<CheckInForm> edit(details->editForm(1));
    QVERIFY(edit && edit->editing());
    QVERIFY(!edit->hasChanges());
    edit->setAt(edit->at().addSecs(-600));
    QVERIFY(edit->hasChanges());
}

void TestForms::checkInRecordsTheWholeReaction()
{
    AppController* app = open();
    const QString id = addSession(12);
    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    QCOMPARE(form->moreText(), QString());
    QCOMPARE(form->earlierSelfCare()->rowCount(), 0); // nothing earlier to ask about
    QSignalSpy answers(form.get(), &CheckInForm::answersChanged);
    form->setImpact(QStringLiteral("a-little"));
    form->setImpact(QStringLiteral("a-lot"));     // one answer at most
    form->setImpact(QStringLiteral("sometimes")); // not an impact: ignored
    form->reactions()->toggle(QStringLiteral("headache"));
    form->reactions()->toggle(QStringLiteral("tiredness"));
    form->reactions()->toggle(QStringLiteral("headache"));
    form->benefits()->toggle(QStringLiteral("relaxed"));
    form->selfCare()->toggle(QStringLiteral("heat"));
    form->selfCare()->toggle(QStringLiteral("water"));
    QVERIFY(answers.count() >= 7);
    QCOMPARE(form->moreText(), QStringLiteral("In the way of usual activities: A lot, Tiredness, "
                                              "Relaxed, Drank water, Heat"));
    QVERIFY(form->hasChanges());
    QVERIFY2(form->save(), qPrintable(form->error()));

    const CheckIn c = app->repository().session(id).value->checkIns.constFirst();
    QCOMPARE(c.impact, QStringLiteral("a-lot"));
    QCOMPARE(c.reactions, QStringList{QStringLiteral("tiredness")});
    QCOMPARE(c.benefits, QStringList{QStringLiteral("relaxed")});
    QCOMPARE(c.selfCare,
             (QList<SelfCare>{{QStringLiteral("water"), {}}, {QStringLiteral("heat"), {}}}));

    // Tapping the chosen impact again takes the answer back.
    std::unique_ptr<CheckInForm> next(app->checkInForm(id));
    next->setImpact(QStringLiteral("none"));
    next->setImpact(QStringLiteral("none"));
    QCOMPARE(next->checkIn().impact, QString());
}

void TestForms::checkInAsksOnceWhetherSelfCareHelped()
{
    AppController* app = open();
    const QDateTime now = QDateTime::currentDateTime();
    CheckIn earlier = checkIn(format::timestamp(now.addSecs(-3 * 3600)));
    earlier.selfCare = {{QStringLiteral("walk"), QStringLiteral("no")},
                        {QStringLiteral("heat"), {}},
                        {QStringLiteral("bath"), {}}};
    const QString id = addSession(12, {earlier});

    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    // Only what was not answered yet is asked.
    SelfCareAnswerModel* asked = form->earlierSelfCare();
    QCOMPARE(asked->rowCount(), 2);
    QCOMPARE(asked->data(asked->index(0), SelfCareAnswerModel::KindRole).toString(),
             QStringLiteral("heat"));
    QCOMPARE(asked->data(asked->index(1), SelfCareAnswerModel::LabelRole).toString(),
             QStringLiteral("Bath"));
    QVERIFY(form->earlierSelfCareText().contains(QStringLiteral("Did it help?")));
    QVERIFY(!form->hasChanges());
    form->answerEarlierSelfCare(QStringLiteral("heat"), QStringLiteral("a-little"));
    form->answerEarlierSelfCare(QStringLiteral("bath"), QStringLiteral("perhaps")); // unknown
    form->answerEarlierSelfCare(QStringLiteral("rest"), QStringLiteral("yes"));     // not asked
    QCOMPARE(asked->data(asked->index(0), SelfCareAnswerModel::AnswerRole).toString(),
             QStringLiteral("a-little"));
    QCOMPARE(asked->data(asked->index(1), SelfCareAnswerModel::AnswerRole).toString(), QString());
    QVERIFY(form->hasChanges());
    QVERIFY(form->saveNoSoreness());

    const std::optional<Session> s = app->repository().session(id).value;
    QCOMPARE(s->checkIns.size(), 2);
    QCOMPARE(s->checkIns.constFirst().selfCare,
             (QList<SelfCare>{{QStringLiteral("walk"), QStringLiteral("no")},
                              {QStringLiteral("heat"), QStringLiteral("a-little")},
                              {QStringLiteral("bath"), {}}}));
    // The next check-in asks about the latest one (which noted nothing): not again.
    std::unique_ptr<CheckInForm> next(app->checkInForm(id));
    QCOMPARE(next->earlierSelfCare()->rowCount(), 0);
    QCOMPARE(next->earlierSelfCareText(), QString());
}

void TestForms::editKeepsTheWholeReaction()
{
    AppController* app = open();
    const QDateTime now = QDateTime::currentDateTime();
    CheckIn stored = checkIn(format::timestamp(now.addSecs(-3600)),
                             {Symptom{QStringLiteral("neck"), 3, {}}}, {}, QStringLiteral("note"));
    stored.impact = QStringLiteral("a-little");
    stored.reactions = {QStringLiteral("headache")};
    stored.benefits = {QStringLiteral("slept-better")};
    stored.selfCare = {{QStringLiteral("heat"), QStringLiteral("yes")},
                       {QStringLiteral("rest"), {}}};
    const QString id = addSession(12, {stored});
    std::unique_ptr<SessionDetails> details(app->sessionDetails(id));
    std::unique_ptr<CheckInForm> edit(details->editForm(0));
    QVERIFY(edit && edit->editing());
    QVERIFY(!edit->hasChanges());
    QCOMPARE(edit->earlierSelfCare()->rowCount(), 0); // an edit asks nothing about before
    edit->setIntensity(4);                            // no region selected: nothing
    edit->selectRegion(QStringLiteral("neck"));
    edit->setIntensity(4);
    edit->selfCare()->toggle(QStringLiteral("rest"));
    QVERIFY2(edit->save(), qPrintable(edit->error()));

    const CheckIn c = app->repository().session(id).value->checkIns.constFirst();
    QCOMPARE(c.symptoms.constFirst().intensity, 4);
    QCOMPARE(c.impact, stored.impact);
    QCOMPARE(c.reactions, stored.reactions);
    QCOMPARE(c.benefits, stored.benefits);
    // Heat keeps its "it helped"; rest was taken off.
    QCOMPARE(c.selfCare, (QList<SelfCare>{{QStringLiteral("heat"), QStringLiteral("yes")}}));
}

void TestForms::sameAsLastCarriesTheImpact()
{
    AppController* app = open();
    const QDateTime now = QDateTime::currentDateTime();
    CheckIn last = checkIn(format::timestamp(now.addSecs(-3600)),
                           {Symptom{QStringLiteral("neck"), 3, {QStringLiteral("stiff")}}});
    last.impact = QStringLiteral("a-lot");
    last.reactions = {QStringLiteral("headache")};
    const QString id = addSession(12, {last});
    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    QVERIFY(form->repeatLast());
    QVERIFY(form->save());
    const CheckIn c = app->repository().session(id).value->checkIns.constLast();
    QCOMPARE(c.symptoms, last.symptoms);
    QCOMPARE(c.impact, QStringLiteral("a-lot"));
    QCOMPARE(c.reactions, QStringList()); // felt since the last check-in: asked afresh
}

void TestForms::noSorenessKeepsTheOtherAnswers()
{
    AppController* app = open();
    const QString id = addSession(12);
    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    form->selectRegion(QStringLiteral("neck"));
    form->setIntensity(2);
    form->reactions()->toggle(QStringLiteral("tiredness"));
    form->setRedFlag(QStringLiteral("fever"), true);
    QVERIFY(form->saveNoSoreness());
    const CheckIn c = app->repository().session(id).value->checkIns.constFirst();
    QCOMPARE(c.symptoms, QList<Symptom>());
    QCOMPARE(c.reactions, QStringList{QStringLiteral("tiredness")});
    QCOMPARE(c.redFlags, QStringList{QStringLiteral("fever")});
}

void TestForms::noSorenessOffersUndoAndTheWarningSigns()
{
    AppController* app = open();
    const QString id = addSession(12);
    std::unique_ptr<SessionDetails> details(app->sessionDetails(id));

    std::unique_ptr<CheckInForm> quick(app->checkInForm(id));
    QVERIFY(quick->saveNoSoreness());
    QVERIFY(quick->savedNoSoreness());
    details->offerUndoOfSave(quick.get());
    QVERIFY(details->canUndo());
    QVERIFY(details->undoAsksWarningSigns());
    QVERIFY(details->undoText().startsWith(QStringLiteral("No soreness saved (")));
    QVERIFY(details->undoRemove());
    QCOMPARE(app->repository().session(id).value->checkIns.size(), 0);
    QVERIFY(!details->canUndo());

    // Tap to answer the warning signs: the same check-in opens for editing.
    std::unique_ptr<CheckInForm> again(app->checkInForm(id));
    QVERIFY(again->saveNoSoreness());
    details->offerUndoOfSave(again.get());
    std::unique_ptr<CheckInForm> signs(details->justSavedForm());
    QVERIFY(signs);
    QVERIFY(signs->editing());
    QCOMPARE(format::timestamp(signs->at()).utcMicros, *again->savedAtUtcMicros());
    QVERIFY(!details->canUndo());
    signs->setRedFlag(QStringLiteral("calf-swelling"), true);
    QVERIFY2(signs->save(), qPrintable(signs->error()));
    const QList<CheckIn> stored = app->repository().session(id).value->checkIns;
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().redFlags, QStringList{QStringLiteral("calf-swelling")});

    // A full check-in is not offered as a "No soreness" one.
    std::unique_ptr<CheckInForm> full(app->checkInForm(id));
    full->setAt(QDateTime::currentDateTime().addSecs(-600));
    full->selectRegion(QStringLiteral("neck"));
    full->setIntensity(3);
    QVERIFY2(full->save(), qPrintable(full->error()));
    QVERIFY(!full->savedNoSoreness());
    details->offerUndoOfSave(full.get());
    QVERIFY(!details->undoAsksWarningSigns());
}

void TestForms::sessionDetailsFollowWrites()
{
    AppController* app = open();
    const QString id = addSession(30);
    std::unique_ptr<SessionDetails> details(app->sessionDetails(id));
    QVERIFY(details->exists());
    QCOMPARE(details->status(), QStringLiteral("insufficient-data"));
    QCOMPARE(details->notADiagnosis(), analysis::notADiagnosis());
    QCOMPARE(details->baselineText(), QStringLiteral("Lower back 2"));
    QSignalSpy changed(details.get(), &SessionDetails::changed);
    std::unique_ptr<CheckInForm> form(app->checkInForm(id));
    form->selectRegion(QStringLiteral("lower-back"));
    form->setIntensity(6);
    form->toggleQuality(QStringLiteral("sharp"));
    QVERIFY(form->save());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(details->status(), QStringLiteral("contact-therapist"));
    QCOMPARE(details->checkIns()->rowCount(), 1);
    QVERIFY(details->flags()->rowCount() >= 1);
    QCOMPARE(details->latestRegions()->entry(QStringLiteral("lower-back"))->value, 6);

    std::unique_ptr<SessionDetails> missing(app->sessionDetails(QStringLiteral("gone")));
    QVERIFY(!missing->exists());
    QVERIFY(!missing->statusTitle().isEmpty());
}

void TestForms::exportFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("all");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf, one") << "pdf" << false << QByteArray("%PDF");
    QTest::newRow("json, one") << "json" << false << QByteArray("{");
    QTest::newRow("json, all") << "json" << true << QByteArray("{");
    QTest::newRow("csv, all") << "csv" << true << QByteArray();
    QTest::newRow("fhir, one") << "fhir" << false << QByteArray("{");
}

void TestForms::exportFormats()
{
    QFETCH(QString, format);
    QFETCH(bool, all);
    QFETCH(QByteArray, start);
    AppController* app = open();
    QVERIFY(app->addDemoSessionIfEmpty());
    const QString other =
        addSession(40, {checkIn(format::timestamp(QDateTime::currentDateTime().addSecs(-3600)))});
    // Newest first: the demo session started 26 h ago, the other one 40 h ago.
    const QString demo = app->sessions()->sessionIdAt(0);
    QCOMPARE(app->sessions()->sessionIdAt(1), other);
    QVERIFY(demo.startsWith(QStringLiteral("demo-")));

    std::unique_ptr<ExportForm> form(app->exportForm(demo));
    form->setFormat(format);
    form->setAllSessions(all);
    QCOMPARE(form->sessionCount(), all ? 2 : 1);
    QVERIFY(form->suggestedFileName().startsWith(QStringLiteral("aftercare-")));
    const QString path = m_dir->filePath(QStringLiteral("out.") + format);
    QVERIFY2(form->exportTo(QUrl::fromLocalFile(path)), qPrintable(form->error()));
    QVERIFY(form->savedText().contains(QStringLiteral("out.")));
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(start));
    if (format == QLatin1String("json")) {
        const exchange::LogReadResult read = exchange::readLog(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(read.log->sessions.size(), all ? 2 : 1);
        for (const Session& s : read.log->sessions)
            QCOMPARE(s, *app->repository().session(s.id).value);
    } else if (format == QLatin1String("csv")) {
        QVERIFY(bytes.contains(demo.toUtf8()));
        QCOMPARE(bytes.contains(other.toUtf8()), all);
    } else if (format == QLatin1String("fhir")) {
        QVERIFY(bytes.contains("\"resourceType\""));
        QVERIFY(bytes.contains("Bundle"));
    }
}

void TestForms::exportRefusals()
{
    AppController* app = open();
    std::unique_ptr<ExportForm> empty(app->exportForm({}));
    QCOMPARE(empty->sessionCount(), 0);
    QVERIFY(!empty->exportTo(QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("x.pdf")))));
    QVERIFY(!empty->error().isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.pdf"))));

    const QString id = addSession(5);
    std::unique_ptr<ExportForm> form(app->exportForm(id));
    QVERIFY(!form->exportTo(QUrl(QStringLiteral("https://example.org/x.pdf"))));
    form->setFormat(QStringLiteral("json"));
    QVERIFY(!form->exportTo(
        QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("missing/folder/x.json")))));
    QVERIFY(form->error().contains(QStringLiteral("could not be written")));
    form->setFormat(QStringLiteral("docx")); // unknown: ignored
    QCOMPARE(form->format(), QStringLiteral("json"));
}

void TestForms::reminderPanelWritesSettings()
{
    AppController* app = open();
    platform::FakeNotifier notifier;
    platform::FakeReminderSetup setup;
    ReminderPanel panel(app, &notifier, &setup);
    QSignalSpy changed(&panel, &ReminderPanel::settingsChanged);
    QCOMPARE(panel.quietStart(), QStringLiteral("22:00"));

    panel.setQuietStart(QStringLiteral("21:30"));
    panel.setQuietEnd(QStringLiteral("07:00"));
    QCOMPARE(app->repository().setting(QString::fromLatin1(schedule::keys::quietStart)).value,
             QStringLiteral("21:30"));
    QCOMPARE(app->repository().setting(QString::fromLatin1(schedule::keys::quietEnd)).value,
             QStringLiteral("07:00"));
    QVERIFY(changed.count() >= 2);
    QCOMPARE(panel.quietStartIndex(), int(panel.timeChoices().indexOf(QStringLiteral("21:30"))));
    QVERIFY(panel.quietHoursText().contains(QStringLiteral("21:30")));

    panel.setQuietHoursEnabled(false);
    QCOMPARE(
        app->repository().setting(QString::fromLatin1(schedule::keys::quietHoursEnabled)).value,
        QStringLiteral("false"));
    panel.setSnoozeMinutes(15);
    QCOMPARE(app->repository().setting(QString::fromLatin1(schedule::keys::snoozeMinutes)).value,
             QStringLiteral("15"));
    panel.setSnoozeMinutes(20); // not one of 15, 30, 60
    QCOMPARE(app->repository().setting(QString::fromLatin1(schedule::keys::snoozeMinutes)).value,
             QStringLiteral("15"));
    QVERIFY(!panel.error().isEmpty());
    panel.setTaperIntervalMinutes(180);
    QVERIFY(panel.error().isEmpty());
    QCOMPARE(
        app->repository().setting(QString::fromLatin1(schedule::keys::taperIntervalMinutes)).value,
        QStringLiteral("180"));

    // What the agent reads back is what was set.
    ReminderPanel again(app, &notifier, &setup);
    QCOMPARE(again.quietStart(), QStringLiteral("21:30"));
    QCOMPARE(again.quietHoursEnabled(), false);
    QCOMPARE(again.snoozeMinutes(), 15);
    QCOMPARE(again.taperIntervalMinutes(), 180);
}

void TestForms::reminderPanelRefusesUnorderedTaper()
{
    AppController* app = open();
    platform::FakeNotifier notifier;
    platform::FakeReminderSetup setup;
    ReminderPanel panel(app, &notifier, &setup);
    panel.setHourlyUntilHours(100); // after the taper's end (72 h)
    QVERIFY(!panel.error().isEmpty());
    QCOMPARE(panel.hourlyUntilHours(), 24);
    QVERIFY(app->repository()
                .setting(QString::fromLatin1(schedule::keys::hourlyUntilHours))
                .value.isEmpty());
}

void TestForms::reminderPanelHealth()
{
    AppController* app = open();
    QVERIFY(app->addDemoSessionIfEmpty());
    platform::FakeNotifier notifier;
    notifier.setCapabilities({QStringLiteral("body")});
    platform::FakeReminderSetup setup;
    ReminderPanel panel(app, &notifier, &setup);
    QTRY_VERIFY(!panel.checkingServer());
    QVERIFY(panel.serverFound());
    QCOMPARE(panel.serverText(), QStringLiteral("Notification server: fake"));
    QVERIFY(!panel.actionsSupported());
    QVERIFY(panel.actionsText().contains(QStringLiteral("Open Aftercare to log how you feel")));
    QVERIFY(!panel.agentRunning());
    QCOMPARE(panel.agentText(),
             QStringLiteral("Reminders are not running: nothing will remind you to check in."));
    QVERIFY(panel.canTurnOn());
    // Words for a person, not a command to type.
    QVERIFY(!panel.agentAdvice().contains(QStringLiteral("aftercare reminders run")));
    // No Plasma power management here: Settings says reminders may wait.
    QVERIFY(!panel.wakeServiceFound());
    QCOMPARE(panel.wakeText(),
             QStringLiteral("No wake-up service found: on a phone that is asleep, "
                            "a reminder may wait until the phone is woken."));
    QCOMPARE(panel.recentText(), QStringLiteral("None yet"));
    QVERIFY(!panel.nextPromptText().isEmpty());
    QVERIFY(panel.nextPromptText() != QStringLiteral("None planned"));

    storage::PromptEvent delivered{app->newestSessionId(), 1'700'000'000'000'000, "hourly",
                                   schedule::event::delivered, 1'700'000'000'000'000};
    QCOMPARE(app->repository().recordPromptEvent(delivered).message, QString());
    notifier.setAvailable(false);
    QSignalSpy health(&panel, &ReminderPanel::healthChanged);
    panel.refresh();
    QCOMPARE(health.count(), 1);
    // The server found before is still shown until the new answer comes.
    QVERIFY(panel.checkingServer());
    QVERIFY(panel.serverFound());
    QTRY_COMPARE(health.count(), 2);
    QVERIFY(!panel.checkingServer());
    QVERIFY(!panel.serverFound());
    QVERIFY(panel.serverText().startsWith(QStringLiteral("No notification server")));
    QCOMPARE(panel.recentText(), format::when(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000),
                                              QDateTime::currentDateTime()));
}

// The page shows the agent and the prompts at once, and the server when it answers.
void TestForms::reminderPanelDoesNotWaitForTheServer()
{
    AppController* app = open();
    QVERIFY(app->addDemoSessionIfEmpty());
    platform::FakeNotifier notifier;
    notifier.setHoldsQueries(true);
    platform::FakeReminderSetup setup;
    ReminderPanel panel(app, &notifier, &setup);
    QCOMPARE(notifier.heldQueries(), 1);
    QVERIFY(panel.checkingServer());
    QVERIFY(!panel.serverFound());
    QCOMPARE(panel.serverText(), QStringLiteral("Looking for the notification server…"));
    QCOMPARE(panel.actionsText(), QString());
    QCOMPARE(panel.agentText(),
             QStringLiteral("Reminders are not running: nothing will remind you to check in."));
    QCOMPARE(panel.recentText(), QStringLiteral("None yet"));
    QVERIFY(panel.nextPromptText() != QStringLiteral("None planned"));

    // Two refreshes waiting: checking until both are answered.
    panel.refresh();
    QCOMPARE(notifier.heldQueries(), 2);
    QSignalSpy health(&panel, &ReminderPanel::healthChanged);
    notifier.answerHeldQueries();
    QTRY_COMPARE(health.count(), 2);
    QVERIFY(!panel.checkingServer());
    QVERIFY(panel.serverFound());
    QVERIFY(panel.actionsSupported());
    QCOMPARE(panel.serverText(), QStringLiteral("Notification server: fake"));
}

void TestForms::duePromptAndNextCheckIn()
{
    AppController* app = open();
    QVERIFY(app->repository().setSetting(QString::fromLatin1(schedule::keys::quietHoursEnabled),
                                         QStringLiteral("false")));
    const QString due = addSession(4);   // ended 3 h ago, no check-ins: a prompt is due
    const QString fresh = addSession(0); // ends in an hour: first prompt 1 h after
    PromptWatcher* prompts = app->prompts();
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
    qint64 clock = now;
    QSignalSpy changed(prompts, &PromptWatcher::changed);
    prompts->setClock([&] { return clock; }, QTimeZone::utc());

    QVERIFY(prompts->isDue(due));
    QVERIFY(!prompts->isDue(fresh));
    QCOMPARE(prompts->dueSessionIds(), QStringList{due});
    QVERIFY(prompts->dueSessionText().startsWith(QStringLiteral("Swedish massage, ")));
    QCOMPARE(prompts->nextCheckInTexts().value(due).toString(), QStringLiteral("Check-in due now"));
    QVERIFY(prompts->nextCheckInTexts().value(fresh).toString().startsWith(
        QStringLiteral("Next check-in: ")));
    // The timer wakes when the fresh session's first prompt comes due, not before.
    const std::optional<Session> freshSession = app->repository().session(fresh).value;
    QVERIFY(freshSession);
    const qint64 freshFirst = freshSession->start.utcMicros + qint64(2) * 3600 * 1000 * 1000;
    QVERIFY(prompts->nextWakeUtcMicros() <= freshFirst);
    QVERIFY(prompts->nextWakeUtcMicros() > now);

    SessionDetails details(app, due);
    QVERIFY(details.promptDue());
    QSignalSpy dueChanged(&details, &SessionDetails::promptDueChanged);

    // At that instant the fresh session is due too.
    clock = freshFirst + 1000;
    prompts->refresh();
    QVERIFY(prompts->isDue(fresh));

    // A check-in answers the prompt.
    CheckIn c;
    c.at = format::timestamp(QDateTime::fromMSecsSinceEpoch(clock / 1000));
    c.symptoms = {Symptom{QStringLiteral("lower-back"), 3, {QStringLiteral("aching")}}};
    QCOMPARE(app->repository().addCheckIn(due, c).message, QString());
    app->notifyContentChanged();
    QVERIFY(!prompts->isDue(due));
    QVERIFY(!details.promptDue());
    QVERIFY(dueChanged.count() >= 1);
    QVERIFY(changed.count() >= 2);
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
