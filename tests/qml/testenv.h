#pragma once

#include "appcontroller.h"
#include "autostart/fakeremindersetup.h"

#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>

#include <map>
#include <memory>
#include <vector>

class QQmlEngine;
class QJSEngine;

namespace aftercare::test {

// What the QML tests need around the real app: controllers over fresh data
// folders (real SQLite files), sessions to start from, and a look at what
// was stored. Registered for QML as the singleton AftercareTest.TestEnv.
class TestEnv : public QObject
{
    Q_OBJECT
public:
    explicit TestEnv(QObject* parent = nullptr);
    ~TestEnv() override;

    static void registerForQml();

    // An empty log in a fresh temporary folder, opened; no animations.
    Q_INVOKABLE aftercare::AppController* newController();
    // The same with the --demo session in it.
    Q_INVOKABLE aftercare::AppController* demoController();
    // A folder whose aftercare.sqlite is not a database.
    Q_INVOKABLE aftercare::AppController* brokenController();
    Q_INVOKABLE QString fileHash(const QString& path) const;
    // A file URL in a fresh temporary folder, and the start of a file's text.
    Q_INVOKABLE QUrl tempFileUrl(const QString& name);
    Q_INVOKABLE QString fileStart(const QUrl& file, int length) const;
    // A new empty folder that lives as long as the test environment; `subfolders` made in it.
    Q_INVOKABLE QString tempFolder(const QStringList& subfolders = {});
    Q_INVOKABLE bool fileExists(const QString& path) const;
    // Hands `controller` a fake dialer (as the app shell hands in the platform's) that can
    // or cannot call; its `calls` lists the numbers it was asked to call.
    Q_INVOKABLE QObject* fakeDialer(aftercare::AppController* controller, bool canCall);
    // As `--check-in ID` does before the window loads.
    Q_INVOKABLE void setStartCheckIn(aftercare::AppController* controller, const QString& id);

    // A deep-tissue session that started `hoursAgo` hours ago (60 min), lower
    // back worked with baseline `baseline`, and check-ins at the given hours
    // after its end, each "lower back <intensity>". A check-in may also give log v2's
    // impact, reactions, benefits, selfCare [{kind, helped}] and recordedHours (when it was
    // entered, hours after the end). Returns its id.
    Q_INVOKABLE QString addSession(aftercare::AppController* controller, int hoursAgo, int baseline,
                                   const QVariantList& checkIns = {});

    // The stored session as plain data: technique, durationMinutes, therapist,
    // areasWorked, baseline {region: n}, screening, checkIns [{symptoms
    // [{region, intensity, qualities}], redFlags, note, at}] (oldest first).
    Q_INVOKABLE QVariantMap storedSession(aftercare::AppController* controller,
                                          const QString& sessionId) const;
    Q_INVOKABLE QString storedStatus(aftercare::AppController* controller,
                                     const QString& sessionId) const;
    // A stored setting (Repository::setting), and writing one as the command
    // line would (the app's prompts are computed again).
    Q_INVOKABLE QString setting(aftercare::AppController* controller, const QString& key) const;
    Q_INVOKABLE void setSetting(aftercare::AppController* controller, const QString& key,
                                const QString& value);
    // What the fake reminder setup of `controller` was asked: the agent's arguments,
    // one list per "Turn reminders on".
    Q_INVOKABLE QVariantList reminderSetupCalls(aftercare::AppController* controller) const;
    // The analysis' title for a status id, e.g. "contact-therapist".
    Q_INVOKABLE QString statusTitle(const QString& statusId) const;

private:
    aftercare::AppController* make(bool open);
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    // No test turns on a real agent: each controller gets a fake.
    std::map<const aftercare::AppController*, std::unique_ptr<platform::FakeReminderSetup>>
        m_setups;
};

} // namespace aftercare::test
