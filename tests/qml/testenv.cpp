#include "testenv.h"

#include "analysis/analysis.h"
#include "dialer/fakedialer.h"
#include "formatting.h"
#include "notifications/fakenotifier.h"
#include "promptwatcher.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQmlEngine>
#include <QtQml/qqml.h>

namespace aftercare::test {

TestEnv::TestEnv(QObject* parent)
    : QObject(parent)
{}

TestEnv::~TestEnv()
{
    // Controllers (children) close their databases before the folders go.
    qDeleteAll(findChildren<AppController*>(Qt::FindDirectChildrenOnly));
}

void TestEnv::registerForQml()
{
    qmlRegisterSingletonType<TestEnv>(
        "AftercareTest", 1, 0, "TestEnv",
        [](QQmlEngine*, QJSEngine*) -> QObject* { return new TestEnv; });
}

AppController* TestEnv::make(bool open)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        qFatal("cannot create a temporary folder");
    auto* controller = new AppController(dir->path() + QStringLiteral("/data"), this);
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    controller->setAnimations(false);
    auto setup = std::make_unique<platform::FakeReminderSetup>();
    auto* notifier = new platform::FakeNotifier(controller);
    controller->setReminderServices([notifier, setup = setup.get()] {
        return AppController::ReminderServices{notifier, setup};
    });
    m_setups[controller] = std::move(setup);
    m_dirs.push_back(std::move(dir));
    if (open && !controller->open().ok())
        qFatal("cannot open a fresh database");
    return controller;
}

QObject* TestEnv::fakeDialer(AppController* controller, bool canCall)
{
    auto* dialer = new platform::FakeDialer(canCall, this);
    QQmlEngine::setObjectOwnership(dialer, QQmlEngine::CppOwnership);
    controller->setDialer(dialer);
    return dialer;
}

QVariantList TestEnv::reminderSetupCalls(AppController* controller) const
{
    QVariantList calls;
    const auto it = m_setups.find(controller);
    if (it == m_setups.end())
        return calls;
    for (const platform::AgentCommand& c : it->second->calls())
        calls << QVariant(c.arguments);
    return calls;
}

AppController* TestEnv::newController()
{
    return make(true);
}

AppController* TestEnv::demoController()
{
    AppController* controller = make(true);
    QString error;
    if (!controller->addDemoSessionIfEmpty(&error))
        qFatal("cannot add the demo session: %s", qPrintable(error));
    return controller;
}

AppController* TestEnv::brokenController()
{
    AppController* controller = make(false);
    QDir().mkpath(controller->dataDir());
    QFile file(controller->databasePath());
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(QByteArray("This is not an SQLite database, just text. ").repeated(200));
    file.close();
    controller->open();
    return controller;
}

QString TestEnv::fileHash(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QUrl TestEnv::tempFileUrl(const QString& name)
{
    auto dir = std::make_unique<QTemporaryDir>();
    const QUrl url = QUrl::fromLocalFile(dir->filePath(name));
    m_dirs.push_back(std::move(dir));
    return url;
}

QString TestEnv::tempFolder(const QStringList& subfolders)
{
    auto dir = std::make_unique<QTemporaryDir>();
    const QString path = dir->path();
    for (const QString& sub : subfolders)
        QDir(path).mkpath(sub);
    m_dirs.push_back(std::move(dir));
    return path;
}

bool TestEnv::fileExists(const QString& path) const
{
    return QFileInfo(path).isFile();
}

QString TestEnv::fileStart(const QUrl& file, int length) const
{
    QFile f(file.toLocalFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(length));
}

void TestEnv::setStartCheckIn(AppController* controller, const QString& id)
{
    controller->setStartCheckInSession(id);
}

QString TestEnv::addSession(AppController* controller, int hoursAgo, int baseline,
                            const QVariantList& checkIns)
{
    static int counter = 0;
    Session s;
    const QDateTime start = QDateTime::currentDateTime().addSecs(-qint64(hoursAgo) * 3600);
    s.id = QStringLiteral("test-%1").arg(++counter);
    s.start = format::timestamp(start);
    s.durationMinutes = 60;
    s.technique = QStringLiteral("deep-tissue");
    s.areasWorked = {QStringLiteral("lower-back")};
    if (baseline > 0)
        s.baseline = {{QStringLiteral("lower-back"), baseline}};
    const QDateTime end = start.addSecs(3600);
    for (const QVariant& entry : checkIns) {
        const QVariantMap m = entry.toMap();
        CheckIn c;
        c.at = format::timestamp(
            end.addSecs(qint64(m.value(QStringLiteral("hours")).toDouble() * 3600)));
        c.symptoms = {Symptom{QStringLiteral("lower-back"),
                              m.value(QStringLiteral("intensity")).toInt(),
                              {QStringLiteral("aching")}}};
        // Log v2, when given: entered at `recordedHours` after the end, and the rest of
        // the reaction.
        if (m.contains(QStringLiteral("recordedHours")))
            c.recordedAt = format::timestamp(
                end.addSecs(qint64(m.value(QStringLiteral("recordedHours")).toDouble() * 3600)));
        c.impact = m.value(QStringLiteral("impact")).toString();
        c.reactions = m.value(QStringLiteral("reactions")).toStringList();
        c.benefits = m.value(QStringLiteral("benefits")).toStringList();
        for (const QVariant& care : m.value(QStringLiteral("selfCare")).toList()) {
            const QVariantMap sc = care.toMap();
            c.selfCare << SelfCare{sc.value(QStringLiteral("kind")).toString(),
                                   sc.value(QStringLiteral("helped")).toString()};
        }
        s.checkIns << c;
    }
    if (const auto added = controller->repository().addSession(s); !added)
        qFatal("cannot add a session: %s", qPrintable(added.message));
    controller->notifyContentChanged();
    return s.id;
}

QVariantMap TestEnv::storedSession(AppController* controller, const QString& sessionId) const
{
    const std::optional<Session> s = controller->repository().session(sessionId).value;
    if (!s)
        return {};
    QVariantMap baseline;
    for (const BaselineEntry& b : s->baseline)
        baseline.insert(b.region, b.intensity);
    QVariantList checkIns;
    for (const CheckIn& c : s->checkIns) {
        QVariantList symptoms;
        for (const Symptom& sym : c.symptoms)
            symptoms << QVariantMap{{QStringLiteral("region"), sym.region},
                                    {QStringLiteral("intensity"), sym.intensity},
                                    {QStringLiteral("qualities"), sym.qualities}};
        QVariantList selfCare;
        for (const SelfCare& done : c.selfCare)
            selfCare << QVariantMap{{QStringLiteral("kind"), done.kind},
                                    {QStringLiteral("helped"), done.helped}};
        checkIns << QVariantMap{
            {QStringLiteral("at"), c.at.text},
            {QStringLiteral("recordedAt"), c.recordedAt ? c.recordedAt->text : QString()},
            {QStringLiteral("symptoms"), symptoms},
            {QStringLiteral("redFlags"), c.redFlags},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("impact"), c.impact},
            {QStringLiteral("reactions"), c.reactions},
            {QStringLiteral("benefits"), c.benefits},
            {QStringLiteral("selfCare"), selfCare}};
    }
    return {{QStringLiteral("id"), s->id},
            {QStringLiteral("start"), s->start.text},
            {QStringLiteral("technique"), s->technique},
            {QStringLiteral("pressure"), s->pressure},
            {QStringLiteral("durationMinutes"), s->durationMinutes},
            {QStringLiteral("therapist"), s->therapist},
            {QStringLiteral("notes"), s->notes},
            {QStringLiteral("areasWorked"), s->areasWorked},
            {QStringLiteral("baseline"), baseline},
            {QStringLiteral("screening"), s->screening},
            {QStringLiteral("advice"), s->advice},
            {QStringLiteral("source"), s->source},
            {QStringLiteral("checkIns"), checkIns}};
}

QString TestEnv::storedStatus(AppController* controller, const QString& sessionId) const
{
    const std::optional<Session> s = controller->repository().session(sessionId).value;
    return s ? analysis::statusId(analysis::analyze(*s).status) : QString();
}

QString TestEnv::setting(AppController* controller, const QString& key) const
{
    return controller->repository().setting(key).value;
}

void TestEnv::setSetting(AppController* controller, const QString& key, const QString& value)
{
    if (const auto stored = controller->repository().setSetting(key, value); !stored)
        qFatal("cannot store a setting: %s", qPrintable(stored.message));
    controller->prompts()->refresh();
}

QString TestEnv::statusTitle(const QString& statusId) const
{
    using analysis::Status;
    for (Status status :
         {Status::Emergency, Status::SeeDoctorToday, Status::SeeDoctor, Status::ContactTherapist,
          Status::Watch, Status::OnTrack, Status::Resolved, Status::InsufficientData}) {
        if (analysis::statusId(status) == statusId)
            return analysis::statusTitle(status);
    }
    return {};
}

} // namespace aftercare::test
