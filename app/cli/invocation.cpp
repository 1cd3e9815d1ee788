#include "cli/invocation.h"

#include "cli/cardrequest.h"

namespace aftercare::cli {

namespace {
const QStringList commands{QStringLiteral("import"), QStringLiteral("export"),
                           QStringLiteral("analyze"), QStringLiteral("reminders"),
                           QStringLiteral("card")};
}

bool Invocation::needsGui() const
{
    if (command.isEmpty())
        return !help && !version && usageError.isEmpty();
    if (command == QLatin1String("card")) {
        // A PNG needs QtGui; a link, a check or an SVG do not.
        CardRequest request;
        return parseCardRequest(commandArgs, &request).isEmpty() && request.writesPng();
    }
    if (command != QLatin1String("export"))
        return false;
    for (int i = 0; i < commandArgs.size(); ++i) {
        const QString& arg = commandArgs.at(i);
        if (arg == QLatin1String("--format=pdf"))
            return true;
        if (arg == QLatin1String("--format") && i + 1 < commandArgs.size() &&
            commandArgs.at(i + 1) == QLatin1String("pdf"))
            return true;
    }
    return false;
}

Invocation parseInvocation(const QStringList& arguments)
{
    Invocation inv;
    const auto valueOf = [&](int& i, const QString& name) -> QString {
        const QString arg = arguments.at(i);
        const QString prefix = name + QLatin1Char('=');
        if (arg.startsWith(prefix))
            return arg.mid(prefix.size());
        if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
            inv.usageError = QStringLiteral("%1 needs a value").arg(name);
            return {};
        }
        return arguments.at(++i);
    };
    const auto is = [](const QString& arg, const char* name) {
        const QLatin1String n(name);
        return arg == n || arg.startsWith(n + QLatin1Char('='));
    };

    for (int i = 0; i < arguments.size() && inv.usageError.isEmpty(); ++i) {
        const QString& arg = arguments.at(i);
        if (!inv.command.isEmpty()) {
            // --data-dir may also follow the command.
            if (is(arg, "--data-dir"))
                inv.dataDirOption = valueOf(i, QStringLiteral("--data-dir"));
            else
                inv.commandArgs << arg;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            inv.help = true;
        } else if (arg == QLatin1String("--version")) {
            inv.version = true;
        } else if (is(arg, "--data-dir")) {
            inv.dataDirOption = valueOf(i, QStringLiteral("--data-dir"));
        } else if (arg == QLatin1String("--demo")) {
            inv.demo = true;
        } else if (is(arg, "--check-in")) {
            inv.checkInSession = valueOf(i, QStringLiteral("--check-in"));
        } else if (is(arg, "--screenshots")) {
            inv.screenshotsDir = valueOf(i, QStringLiteral("--screenshots"));
        } else if (arg == QLatin1String("--quit-after-first-frame")) {
            inv.quitAfterFirstFrame = true;
        } else if (commands.contains(arg)) {
            inv.command = arg;
        } else if (arg.startsWith(QLatin1String("aftercare:"), Qt::CaseInsensitive)) {
            if (!inv.link.isEmpty())
                inv.usageError = QStringLiteral("only one LINK can be opened at a time");
            inv.link = arg;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            inv.usageError = QStringLiteral("unknown option %1").arg(arg);
        } else {
            inv.usageError = QStringLiteral("unknown command \"%1\"").arg(arg);
        }
    }
    if (inv.usageError.isEmpty() && !inv.command.isEmpty() &&
        (inv.demo || inv.quitAfterFirstFrame || !inv.checkInSession.isEmpty() ||
         !inv.screenshotsDir.isEmpty() || !inv.link.isEmpty()))
        inv.usageError = QStringLiteral("app options (--demo, --check-in, --screenshots, "
                                        "--quit-after-first-frame, LINK) cannot be used with "
                                        "\"%1\"")
                             .arg(inv.command);
    return inv;
}

QString resolveDataDir(const QString& option, const QString& environment,
                       const QString& platformDefault)
{
    if (!option.isEmpty())
        return option;
    if (!environment.isEmpty())
        return environment;
    return platformDefault;
}

QString usageText()
{
    return QStringLiteral(
        "Usage:\n"
        "  aftercare [--data-dir DIR] [--demo] [--check-in SESSION_ID]\n"
        "            [--screenshots DIR] [--quit-after-first-frame] [LINK]\n"
        "  aftercare [--data-dir DIR] import FILE|-\n"
        "  aftercare [--data-dir DIR] export --format json|csv|fhir|pdf [--session ID] -o FILE|-\n"
        "  aftercare analyze FILE|-\n"
        "  aftercare [--data-dir DIR] reminders list\n"
        "  aftercare [--data-dir DIR] reminders run\n"
        "  aftercare card [--start TIME] [--duration MIN] [--technique ID] [--pressure ID]\n"
        "                 [--areas ID,ID…] [--therapist TEXT] [--advice TEXT]\n"
        "                 [-o FILE.png|FILE.svg]\n"
        "  aftercare card --read LINK\n"
        "  aftercare --version | --help\n"
        "\n"
        "Without a command, starts the app. The data folder can also be set with\n"
        "AFTERCARE_DATA_DIR; --data-dir wins.\n"
        "Exit status: 0 success, 1 unexpected error, 2 bad input or usage,\n"
        "3 the database cannot be used (the file is left untouched).\n");
}

} // namespace aftercare::cli
