#include "demodata.h"

#include "formatting.h"

#include <QCoreApplication>

namespace aftercare::demo {

namespace {
// This file's texts. Named as its translation context, which lupdate files them under.
struct DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};

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
    session.notes = DemoData::tr("Demo session added by aftercare --demo: not your own data.");
    session.advice =
        DemoData::tr("Drink water, keep moving gently and put heat on the lower back tonight.");

    const auto at = [&](int hoursAfterEnd) {
        return format::timestamp(end.addSecs(qint64(hoursAfterEnd) * 3600));
    };
    const QString aching = QStringLiteral("aching");
    const QString stiff = QStringLiteral("stiff");
    const QString tender = QStringLiteral("tender");

    // Entered as they were felt, as the app records them (log v2 recordedAt).
    const auto checkIn = [&](int hours, QList<Symptom> symptoms, const QString& note) {
        CheckIn c;
        c.at = at(hours);
        c.recordedAt = c.at;
        c.symptoms = std::move(symptoms);
        c.note = note;
        return c;
    };
    session.checkIns = {
        checkIn(2, {symptom("lower-back", 3, {stiff})}, {}),
        checkIn(6, {symptom("lower-back", 4, {aching, stiff})}, {}),
        checkIn(10,
                {symptom("lower-back", 5, {aching, stiff}), symptom("gluteal-left", 3, {tender})},
                DemoData::tr("Stiff getting up from the sofa.")),
        checkIn(20,
                {symptom("lower-back", 6, {aching, stiff}), symptom("gluteal-left", 4, {tender})},
                DemoData::tr("Worst in the morning; easier after a short walk.")),
        checkIn(lastCheckInHours,
                {symptom("lower-back", 5, {aching}), symptom("gluteal-left", 2, {tender})}, {}),
    };
    // The whole reaction (log v2): how the day went, other reactions and benefits, and what
    // was done for the soreness and whether it helped. The session page and Home show them.
    const auto selfCare = [](const char* kind, const char* helped) {
        return SelfCare{QString::fromLatin1(kind), QString::fromLatin1(helped)};
    };
    QList<CheckIn>& c = session.checkIns;
    c[0].benefits = {QStringLiteral("relaxed")};
    c[1].impact = QStringLiteral("none");
    c[1].reactions = {QStringLiteral("tiredness")};
    c[1].selfCare = {selfCare("walk", "yes")};
    c[2].impact = QStringLiteral("a-little");
    c[2].selfCare = {selfCare("heat", "yes"), selfCare("walk", "a-little")};
    // Written down the next morning.
    c[2].recordedAt = format::timestamp(end.addSecs(qint64(13) * 3600));
    c[3].impact = QStringLiteral("a-little");
    c[3].reactions = {QStringLiteral("tiredness")};
    c[3].selfCare = {selfCare("heat", "yes"), selfCare("stretching", "not-sure")};
    c[4].impact = QStringLiteral("none");
    c[4].benefits = {QStringLiteral("moving-more-easily")};
    c[4].selfCare = {selfCare("walk", "yes")};
    return session;
}

storage::StoreResult addDemoSession(storage::Repository& repository, const QDateTime& now)
{
    // One transaction: the session with all its check-ins, or nothing.
    return repository.addSession(demoSession(now));
}

} // namespace aftercare::demo
