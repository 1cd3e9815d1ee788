#include "cli/exportrequest.h"

#include "cli/commands.h"
#include "cli/exitcode.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aftercare::cli {

namespace {

// Collects a producer's pieces into blocks of about 1 MiB and hands each block on.
bool inBlocks(const ExportProducer& produce, const std::function<bool(const QByteArray&)>& write)
{
    constexpr qsizetype blockSize = 1 << 20;
    QByteArray block;
    const bool produced = produce([&](const QByteArray& piece) {
        block += piece;
        if (block.size() < blockSize)
            return true;
        const bool written = write(block);
        block.clear();
        return written;
    });
    return produced && (block.isEmpty() || write(block));
}

// Writes all of `bytes` to `fd`; 0 or the errno of the failure.
int writeAll(int fd, const QByteArray& bytes)
{
    const char* next = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, size_t(left));
        if (written >= 0) {
            next += written;
            left -= written;
        } else if (errno != EINTR) {
            return errno;
        }
    }
    return 0;
}

// Errors of opening a path that say the path itself cannot be written: bad input.
bool isPathProblem(int errorNumber)
{
    switch (errorNumber) {
    case ENOENT:
    case ENOTDIR:
    case EISDIR:
    case EACCES:
    case EPERM:
    case EROFS:
    case ENAMETOOLONG:
    case ELOOP:
    case ENXIO:
        return true;
    default:
        return false;
    }
}

int cannotWrite(const QString& output, int errorNumber, bool whileWriting)
{
    printError(QStringLiteral("%1: cannot write: %2").arg(output, writeErrorText(errorNumber)));
    return !whileWriting && isPathProblem(errorNumber) ? BadInput : Unexpected;
}

// A device, FIFO or socket: opened as it is (a FIFO waits for its reader), never replaced.
int writeInPlace(const QString& output, const ExportProducer& produce)
{
    const int fd = ::open(QFile::encodeName(output).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return cannotWrite(output, errno, false);
    int failure = 0;
    inBlocks(produce,
             [&](const QByteArray& block) { return (failure = writeAll(fd, block)) == 0; });
    if (::close(fd) != 0 && failure == 0 && errno != EINTR)
        failure = errno;
    return failure == 0 ? Success : cannotWrite(output, failure, true);
}

// Written beside `target` and renamed over it: readers see the old file or the new one.
int replaceFile(const QString& output, const QString& target, std::optional<mode_t> keptMode,
                const ExportProducer& produce)
{
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists() || !folderInfo.isDir()) {
        printError(
            QStringLiteral("%1: cannot write: the folder %2 does not exist").arg(output, folder));
        return BadInput;
    }
    QByteArray temporary = QFile::encodeName(folder + QStringLiteral("/.") + info.fileName() +
                                             QStringLiteral(".XXXXXX"));
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return cannotWrite(output, errno, false);
    bool renamed = false;
    const auto cleanUp = qScopeGuard([&] {
        if (!renamed)
            ::unlink(temporary.constData());
    });
    int failure = 0;
    inBlocks(produce,
             [&](const QByteArray& block) { return (failure = writeAll(fd, block)) == 0; });
    if (failure == 0 && keptMode && ::fchmod(fd, *keptMode) != 0)
        failure = errno;
    if (failure == 0 && ::fsync(fd) != 0)
        failure = errno;
    if (::close(fd) != 0 && failure == 0 && errno != EINTR)
        failure = errno;
    if (failure != 0)
        return cannotWrite(output, failure, true);
    if (::rename(temporary.constData(), QFile::encodeName(target).constData()) != 0)
        return cannotWrite(output, errno, false);
    renamed = true;
    return Success;
}

} // namespace

int writeExport(const QString& output, const QByteArray& bytes)
{
    return writeExport(output, [&bytes](const exchange::ExportSink& sink) { return sink(bytes); });
}

int writeExport(const QString& output, const ExportProducer& bytes)
{
    if (output == QLatin1String("-") || output == QLatin1String("/dev/stdout"))
        return inBlocks(bytes, [](const QByteArray& block) { return writeOut(block); })
                   ? Success
                   : Unexpected;
    struct stat followed
    {
    };
    if (::stat(QFile::encodeName(output).constData(), &followed) == 0) {
        if (S_ISDIR(followed.st_mode)) {
            printError(QStringLiteral("%1: cannot write: it is a folder").arg(output));
            return BadInput;
        }
        if (!S_ISREG(followed.st_mode))
            return writeInPlace(output, bytes);
    }
    // A symbolic link (or a chain of them) is followed to the file it names, which is
    // replaced keeping its mode; the link stays as it was.
    QFileInfo link(output);
    int hops = 0;
    while (link.isSymLink() && ++hops < 40)
        link.setFile(link.symLinkTarget());
    // A file its owner made read-only is not replaced behind their back.
    if (QFileInfo::exists(link.filePath()) &&
        ::access(QFile::encodeName(link.filePath()).constData(), W_OK) != 0)
        return cannotWrite(output, errno, false);
    if (hops == 0)
        return replaceFile(output, output, std::nullopt, bytes);
    std::optional<mode_t> keptMode;
    if (::stat(QFile::encodeName(link.filePath()).constData(), &followed) == 0)
        keptMode = followed.st_mode & 07777;
    return replaceFile(output, link.filePath(), keptMode, bytes);
}

QString parseExportRequest(const QStringList& args, ExportRequest* request)
{
    bool haveFormat = false;
    bool haveOutput = false;
    for (int i = 0; i < args.size(); ++i) {
        const CommandOption option = splitOption(args.at(i));
        const QString& name = option.name;
        const bool isFormat = name == QLatin1String("--format");
        const bool isSession = name == QLatin1String("--session");
        const bool isOutput = name == QLatin1String("-o") || name == QLatin1String("--output");
        if (!isFormat && !isSession && !isOutput)
            return unexpectedArgument("export", args.at(i));
        const QString value = option.takeValue(args, i);
        // `--session -o -` must not take "-o" as the session's id: a value that looks like
        // an option is given with "=" (--session=-x); "-" alone is standard output.
        const bool looksLikeOption =
            !option.inlineValue && value.size() > 1 && value.startsWith(QLatin1Char('-'));
        if (value.isEmpty() || looksLikeOption)
            return QStringLiteral("export: %1 needs a value (write %1=VALUE for one that "
                                  "starts with \"-\")")
                .arg(name);
        if ((isFormat && haveFormat) || (isOutput && haveOutput) ||
            (isSession && request->sessionId))
            return QStringLiteral("export: %1 is given twice").arg(name);
        if (isFormat) {
            request->format = value;
            haveFormat = true;
        } else if (isSession) {
            request->sessionId = value;
        } else {
            request->output = value;
            haveOutput = true;
        }
    }
    if (!haveFormat)
        return QStringLiteral("export needs --format %1").arg(exportFormatNames());
    if (!haveOutput)
        return QStringLiteral("export needs -o FILE (or -o - for standard output)");
    return {};
}

int loadExportSessions(const QString& dataDir, const ExportRequest& request,
                       QList<Session>* sessions)
{
    storage::Database database;
    // Reads only: creates nothing (a mistyped --data-dir is bad input) and takes no
    // write lock.
    const storage::OpenResult opened = database.open(dataDir, storage::Access::ReadOnly);
    if (!opened.ok()) {
        printError(opened.message);
        return opened.error == storage::OpenError::NoData ? BadInput : DatabaseUnusable;
    }
    const storage::Repository repository(database);
    storage::StoreResult read;
    if (request.sessionId) {
        const storage::StoreValue<std::optional<Session>> one =
            repository.session(*request.sessionId);
        read = one;
        if (one.ok() && !one.value) {
            printError(QStringLiteral("--session: no session \"%1\" is stored in %2")
                           .arg(*request.sessionId, database.filePath()));
            return BadInput;
        }
        if (one.value)
            *sessions << *one.value;
    } else {
        const storage::StoreValue<QList<Session>> all = repository.allSessions();
        read = all;
        *sessions = all.value;
    }
    if (!read) {
        printError(read.message);
        return DatabaseUnusable;
    }
    return Success;
}

} // namespace aftercare::cli
