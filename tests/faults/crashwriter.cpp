// Test helper for tst_crash_safety: adds check-ins to one session in a loop, one transaction
// each through Repository::addCheckIn, and reports each one on standard output only once its
// commit has returned. It never stops by itself; the test kills it.
//
//   crashwriter DATA_DIR
//
// Output lines: "ready <next index>" once the database is open, then "saved <index> <instant>".

#include "crashdata.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void say(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString& what)
{
    std::fprintf(stderr, "crashwriter: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return fail(QStringLiteral("usage: crashwriter DATA_DIR"));

    aftercare::storage::Database database;
    const aftercare::storage::OpenResult opened = database.open(QString::fromLocal8Bit(argv[1]));
    if (!opened.ok())
        return fail(opened.message);
    aftercare::storage::Repository repository(database);

    const auto read = repository.session(faults::crash::sessionId);
    if (!read.ok())
        return fail(read.message);
    std::optional<aftercare::Session> stored = read.value;
    if (!stored) {
        if (const auto added = repository.addSession(faults::crash::session()); !added)
            return fail(added.message);
        stored = faults::crash::session();
    }
    // Check-ins are numbered from 0 without gaps, so the next number is the count.
    int next = int(stored->checkIns.size());
    say("ready " + QByteArray::number(next) + '\n');
    for (;; ++next) {
        const aftercare::CheckIn checkIn = faults::crash::checkIn(next);
        if (const auto added = repository.addCheckIn(faults::crash::sessionId, checkIn); !added)
            return fail(added.message);
        say("saved " + QByteArray::number(next) + ' ' + checkIn.at.text.toUtf8() + '\n');
    }
}
