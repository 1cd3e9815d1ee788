#include "demodata.h"

#include "formatting.h"

#include <QCoreApplication>

namespace aftercare::demo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DemoData", text);
}

Symptom symptom(const char* region, int intensity, QStringList qualities)
{
    return Symptom{QString::fromLatin1(region), intensity, std::move(qualities)};
}
} // namespace

Session demoSession(const QDateTime& now)
{
    // The last check-in lands about an hour before `now`.
    constexpr int lastCheckInHours = 25;
    Session session;
    session.durationMinutes = 60;
    const QDateTime end = now.addSecs(-qint64(lastCheckInHours + 1) * 3600);
    const QDateTime start = end.addSecs(-session.durationMinutes * 60);
    session.start = format::timestamp(start);
    session.id = QStringLiteral("demo-") + start.toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    session.technique = QStringLiteral("deep-tissue");
    session.pressure = QStringLiteral("firm");
    session.areasWorked = {QStringLiteral("lower-back"), QStringLiteral("gluteal-left"),
                           QStringLiteral("gluteal-right"), QStringLiteral("upper-back")};
    session.baseline = {{QStringLiteral("lower-back"), 3}};
    session.notes = tr("Demo session added by aftercare --demo: not your own data.");

    const auto at = [&](int hoursAfterEnd) {
        return format::timestamp(end.addSecs(qint64(hoursAfterEnd) * 3600));
    };
    const QString aching = QStringLiteral("aching");
    const QString stiff = QStringLiteral("stiff");
    const QString tender = QStringLiteral("tender");

    session.checkIns = {
        CheckIn{at(2), {symptom("lower-back", 3, {stiff})}, {}, {}},
        CheckIn{at(6), {symptom("lower-back", 4, {aching, stiff})}, {}, {}},
        CheckIn{at(10),
                {symptom("lower-back", 5, {aching, stiff}), symptom("gluteal-left", 3, {tender})},
                {},
                tr("Stiff getting up from the sofa.")},
        CheckIn{at(20),
                {symptom("lower-back", 6, {aching, stiff}), symptom("gluteal-left", 4, {tender})},
                {},
                tr("Worst in the morning; easier after a short walk.")},
        CheckIn{at(lastCheckInHours),
                {symptom("lower-back", 5, {aching}), symptom("gluteal-left", 2, {tender})},
                {},
                {}},
    };
    return session;
}

bool addDemoSession(storage::Repository& repository, const QDateTime& now, QString* error)
{
    // One transaction: the session with all its check-ins, or nothing.
    return repository.addSession(demoSession(now), error);
}

} // namespace aftercare::demo
