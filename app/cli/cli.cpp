#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/exitcode.h"
#include "cli/invocation.h"
#include "exchange/logreader.h"
#include "gui/guientry.h"
#include "i18n/translations.h"
#include "paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QScopeGuard>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aftercare::cli {

namespace {

bool standardInputClosed = false;
bool standardOutputClosed = false;

// Waits until `fd` (a descriptor someone made non-blocking) is ready.
void waitFor(int fd, short events)
{
    pollfd ready{fd, events, 0};
    while (::poll(&ready, 1, -1) < 0 && errno == EINTR) {
    }
}

} // namespace

void guardStandardStreams()
{
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        // Opened read-only on standard output too: writes fail (EBADF) and are reported.
        const int held = ::open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY);
        if (held >= 0 && held != fd) {
            ::dup2(held, fd);
            ::close(held);
        }
        if (fd == STDIN_FILENO)
            standardInputClosed = true;
        else if (fd == STDOUT_FILENO)
            standardOutputClosed = true;
    }
}

QString writeErrorText(int errorNumber)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(errorNumber));
    if (errorNumber == ENOSPC || errorNumber == EDQUOT || errorNumber == EFBIG)
        return QStringLiteral("the disk is full (%1)").arg(reason);
    return reason;
}

void printError(const QString& message)
{
    const QByteArray line = QStringLiteral("aftercare: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool writeOut(const QByteArray& data)
{
    // Straight to the descriptor: every byte is accounted for, no stdio buffer hides an error.
    const char* next = data.constData();
    qsizetype left = data.size();
    int failure = standardOutputClosed ? EBADF : 0;
    while (left > 0 && failure == 0) {
        const ssize_t written = ::write(STDOUT_FILENO, next, size_t(left));
        if (written >= 0) {
            next += written;
            left -= written;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            waitFor(STDOUT_FILENO, POLLOUT);
        } else if (errno != EINTR) {
            failure = errno;
        }
    }
    // A regular file (or a full one, as /dev/full) may refuse only when it is flushed.
    struct stat target
    {
    };
    if (failure == 0 && ::fstat(STDOUT_FILENO, &target) == 0 && S_ISREG(target.st_mode) &&
        ::fsync(STDOUT_FILENO) != 0 && errno != EINVAL && errno != EROFS)
        failure = errno;
    if (failure == 0)
        return true;
    printError(QStringLiteral("cannot write to standard output: %1%2")
                   .arg(failure == EBADF ? QStringLiteral("it is closed") : writeErrorText(failure),
                        left > 0 ? QStringLiteral("; what was written is incomplete") : QString()));
    return false;
}

QString inputName(const QString& path)
{
    return path == QLatin1String("-") ? QStringLiteral("standard input") : path;
}

bool readInput(const QString& path, QByteArray* data, QString* error)
{
    const bool standardInput = path == QLatin1String("-");
    const QString name = inputName(path);
    const auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1: cannot read: %2").arg(name, why);
        return false;
    };
    if (standardInput && standardInputClosed)
        return fail(QStringLiteral("it is closed"));
    const int fd = standardInput
                       ? STDIN_FILENO
                       : ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    const auto closeFile = qScopeGuard([&] {
        if (!standardInput)
            ::close(fd);
    });
    const QString tooLarge = QStringLiteral("it is larger than %1 MiB, the most Aftercare reads")
                                 .arg(maxInputBytes >> 20);
    struct stat info
    {
    };
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > maxInputBytes) {
        *error = QStringLiteral("%1: %2").arg(name, tooLarge);
        return false;
    }
    QByteArray bytes;
    if (S_ISREG(info.st_mode) && info.st_size > 0)
        bytes.reserve(qsizetype(info.st_size) + 1);
    char chunk[1 << 16];
    for (;;) {
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got > 0) {
            if (bytes.size() + got > maxInputBytes) {
                *error = QStringLiteral("%1: %2").arg(name, tooLarge);
                return false;
            }
            bytes.append(chunk, got);
        } else if (got == 0) {
            break;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            waitFor(fd, POLLIN); // a non-blocking descriptor: wait as a blocking read would
        } else if (errno != EINTR) {
            return fail(QString::fromLocal8Bit(std::strerror(errno)));
        }
    }
    *data = std::move(bytes);
    return true;
}

std::optional<Log> readLogInput(const QString& path)
{
    QByteArray bytes;
    QString readError;
    if (!readInput(path, &bytes, &readError)) {
        printError(readError);
        return std::nullopt;
    }
    exchange::LogReadResult read = exchange::readLog(bytes);
    if (!read.ok()) {
        printError(QStringLiteral("%1: %2").arg(inputName(path), read.error.toString()));
        return std::nullopt;
    }
    return std::move(read.log);
}

CommandOption splitOption(const QString& arg)
{
    if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('=')))
        return {arg.section(QLatin1Char('='), 0, 0), arg.section(QLatin1Char('='), 1)};
    return {arg, std::nullopt};
}

QString CommandOption::takeValue(const QStringList& args, int& i) const
{
    if (inlineValue)
        return *inlineValue;
    if (i + 1 < args.size())
        return args.at(++i);
    return {};
}

QString unexpectedArgument(const char* command, const QString& arg)
{
    if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-"))
        return QStringLiteral("%1: unknown option %2").arg(QLatin1String(command), arg);
    return QStringLiteral("%1: unexpected argument \"%2\"").arg(QLatin1String(command), arg);
}

namespace {

QString executablePath(char** argv)
{
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists())
        return self.canonicalFilePath();
    return QFileInfo(QString::fromLocal8Bit(argv[0])).absoluteFilePath();
}

// The GUI lives in a module next to the executable (build tree) or in the
// installed library folder.
int runGui(int argc, char** argv, const Invocation& invocation)
{
    const QString exeDir = QFileInfo(executablePath(argv)).absolutePath();
    const QStringList candidates{exeDir + QStringLiteral("/aftercare-gui"),
                                 exeDir + QStringLiteral("/../") +
                                     QStringLiteral(CMAKE_INSTALL_LIBDIR_NAME) +
                                     QStringLiteral("/aftercare/aftercare-gui"),
                                 QStringLiteral(AFTERCARE_GUI_MODULE_DIR "/aftercare-gui")};
    QString errors;
    for (const QString& candidate : candidates) {
        QLibrary module(candidate);
#if !defined(__SANITIZE_ADDRESS__)
        // The module's libraries (Qt Gui, Quick, Qml…) find each other's symbols in its
        // own scope first instead of after every library this executable loaded: about
        // a third of the symbol lookups' time at startup. (Not under ASan, whose
        // allocator must come first.)
        module.setLoadHints(QLibrary::DeepBindHint);
#endif
        if (!module.load()) {
            errors += QStringLiteral("\n  ") + module.errorString();
            continue;
        }
        auto entry = reinterpret_cast<GuiEntryFunction>(module.resolve(guiEntrySymbol));
        if (!entry) {
            errors += QStringLiteral("\n  %1: no entry point").arg(candidate);
            continue;
        }
        return entry(argc, argv, &invocation);
    }
    printError(QStringLiteral("cannot load the app's interface module:%1").arg(errors));
    return Unexpected;
}

} // namespace

int run(int argc, char** argv)
{
    guardStandardStreams();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Invocation invocation = parseInvocation(arguments);

    if (!invocation.usageError.isEmpty()) {
        printError(invocation.usageError + QStringLiteral("\n\n") + usageText());
        return BadInput;
    }
    if (invocation.help)
        return writeOut(usageText().toUtf8()) ? Success : Unexpected;
    if (invocation.version)
        return writeOut(QByteArrayLiteral("aftercare " AFTERCARE_VERSION "\n")) ? Success
                                                                                : Unexpected;
    if (invocation.needsGui())
        return runGui(argc, argv, invocation);

    QCoreApplication app(argc, argv);
    i18n::installTranslations();
    platform::setApplicationIdentity();
    CommandContext context;
    context.dataDir =
        resolveDataDir(invocation.dataDirOption, qEnvironmentVariable("AFTERCARE_DATA_DIR"),
                       platform::defaultDataDir());
    context.args = invocation.commandArgs;
    if (invocation.command == QLatin1String("import"))
        return runImport(context);
    if (invocation.command == QLatin1String("export"))
        return runExport(context);
    if (invocation.command == QLatin1String("analyze"))
        return runAnalyze(context);
    if (invocation.command == QLatin1String("card"))
        return runCard(context);
    return runReminders(context);
}

} // namespace aftercare::cli
