#pragma once

#include <QString>
#include <QStringList>

namespace aftercare::cli {

// What the command line asked for, before anything runs.
struct Invocation
{
    QString dataDirOption; // --data-dir, empty when not given
    QString command;       // empty: start the app; else import|export|analyze|reminders|card
    QStringList commandArgs;

    // App options (no command).
    bool demo = false;
    QString checkInSession;
    QString screenshotsDir;
    bool quitAfterFirstFrame = false;
    // A session-card link (`aftercare:session?v=1&…`), as a desktop entry's %u hands it over;
    // not checked here: the app says what is wrong with it.
    QString link;

    bool help = false;
    bool version = false;
    QString usageError; // non-empty: print it and exit 2

    // The app, `export --format pdf` and `card -o FILE.png` need the GUI module.
    bool needsGui() const;
};

// Parses argv (without the program name). Pure: no I/O.
Invocation parseInvocation(const QStringList& arguments);

// --data-dir wins over AFTERCARE_DATA_DIR, which wins over the platform default.
QString resolveDataDir(const QString& option, const QString& environment,
                       const QString& platformDefault);

QString usageText();

} // namespace aftercare::cli
