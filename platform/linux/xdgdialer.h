#pragma once
// Calling on a Linux desktop: a tel: link handed to the desktop's opener
// (QDesktopServices, which runs xdg-open), shown only where an installed application
// says it opens tel: links.

#include "dialer/dialer.h"

#include <QStringList>

namespace aftercare::platform {

// Where the XDG Base Directory specification looks, most important first.
struct XdgDirs
{
    QStringList dataDirs;   // $XDG_DATA_HOME (~/.local/share), then $XDG_DATA_DIRS
    QStringList configDirs; // $XDG_CONFIG_HOME (~/.config), then $XDG_CONFIG_DIRS
    QStringList desktops;   // $XDG_CURRENT_DESKTOP, lower case ("kde", "gnome")

    // From the environment, with the specification's defaults for unset variables;
    // relative paths are ignored, as the specification says.
    static XdgDirs fromEnvironment();
};

// The desktop-file ids ("org.example.Phone.desktop") of the installed applications that
// open `scheme` links (x-scheme-handler/<scheme>), defaults first:
// - the [Default Applications] of every mimeapps.list (config dirs, then each data dir's
//   applications/; "<desktop>-mimeapps.list" before "mimeapps.list"),
// - the [Added Associations] of those files and every entry under a data dir's
//   applications/ whose MimeType lists it, less the [Removed Associations].
// An entry counts only where it is installed and usable: Type=Application, not Hidden,
// an Exec line (or DBusActivatable), and its TryExec program found. The first data dir
// that has an id wins, so a user's Hidden=true copy hides the system's entry.
// mimeinfo.cache (update-desktop-database) indexes the same MimeType lines; the entries
// themselves are read, so a stale or missing cache does not matter.
QStringList schemeHandlers(const QString& scheme, const XdgDirs& dirs);

class XdgDialer final : public Dialer
{
    Q_OBJECT
public:
    using Dialer::Dialer;

    // Some application opens tel: links (schemeHandlers, from the environment).
    bool canCall() const override;
    // QDesktopServices::openUrl(tel:NUMBER). Needs a QGuiApplication.
    bool call(const QString& number) override;
};

} // namespace aftercare::platform
