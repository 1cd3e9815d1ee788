#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/exitcode.h"
#include "cli/invocation.h"
#include "gui/guientry.h"
#include "i18n/translations.h"
#include "paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QSaveFile>

#include <cstdio>

namespace aftercare::cli {

void printError(const QString& message)
{
    const QByteArray line = QStringLiteral("aftercare: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void writeOut(const QByteArray& data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

bool readInput(const QString& path, QByteArray* data, QString* error)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    return true;
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

bool writeOutput(const QString& path, const QByteArray& bytes, QString* error)
{
    if (path == QLatin1String("-")) {
        writeOut(bytes);
        return true;
    }
    // Written beside the target and renamed over it, readable by the owner only.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
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
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Invocation invocation = parseInvocation(arguments);

    if (!invocation.usageError.isEmpty()) {
        printError(invocation.usageError + QStringLiteral("\n\n") + usageText());
        return BadInput;
    }
    if (invocation.help) {
        writeOut(usageText().toUtf8());
        return Success;
    }
    if (invocation.version) {
        writeOut(QByteArrayLiteral("aftercare " AFTERCARE_VERSION "\n"));
        return Success;
    }
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
