// Writes a benchmark log: aftercare_bench_loggen CHECK_INS FILE [CHECK_INS_PER_SESSION]
#include "loggenerator.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool countOk = false;
    bool perSessionOk = true;
    const int checkIns = args.value(1).toInt(&countOk);
    const int perSession = args.size() > 3 ? args.at(3).toInt(&perSessionOk) : 10;
    if (args.size() < 3 || !countOk || checkIns < 0 || !perSessionOk || perSession < 1) {
        std::fputs("usage: aftercare_bench_loggen CHECK_INS FILE [CHECK_INS_PER_SESSION]\n",
                   stderr);
        return 2;
    }
    const QByteArray log = aftercare::bench::generateLogFile(checkIns, perSession);
    QFile file(args.at(2));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(log) != log.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
