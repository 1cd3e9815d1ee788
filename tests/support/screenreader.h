#pragma once

// Reads a running app's window the way a screen reader does: over AT-SPI, the Linux
// accessibility bus (at-spi2-core). The end-to-end tests find what the app shows, and
// where on the screen, by the names a person hears.
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QList>
#include <QProcessEnvironment>
#include <QRect>
#include <QString>

#include <memory>
#include <optional>

namespace testsupport {

// An AT-SPI object reference: the bus name of its application and its path.
struct AccessibleRef
{
    QString service;
    QDBusObjectPath path;
};

// What one accessible object shows.
struct Shown
{
    AccessibleRef ref;
    QString name;
    QString text;   // the Text interface's content (text fields), else empty
    QString role;   // AT-SPI role name ("push button", "check box", …)
    QRect onScreen; // its extents in screen coordinates
    bool checked = false;
};

class ScreenReader
{
public:
    // Connects to this session's accessibility bus, started on demand in `runtimeDir`
    // (its socket goes there; give each test its own). Null with `error` set when the bus
    // cannot be reached.
    static std::unique_ptr<ScreenReader> connect(const QString& runtimeDir, QString* error);
    explicit ScreenReader(const QDBusConnection& bus);

    QList<AccessibleRef> children(const AccessibleRef& of) const;
    // The applications registered with the accessibility registry.
    QList<AccessibleRef> applications() const;
    // The process behind an application on the accessibility bus; 0 when it has gone.
    qint64 processOf(const AccessibleRef& application) const;
    // The live processes that have an accessible application.
    QList<qint64> processes() const;
    std::optional<AccessibleRef> applicationOf(qint64 pid) const;
    // Does what a screen reader's "activate" does: the object's first action (press).
    bool press(const AccessibleRef& ref) const;
    // Everything showing under `root` (visible pages, not the ones stacked below).
    QList<Shown> showing(const AccessibleRef& root) const;

private:
    QString property(const AccessibleRef& ref, const QString& name) const;
    uint states(const AccessibleRef& ref) const;
    QString roleName(const AccessibleRef& ref) const;
    QRect extents(const AccessibleRef& ref) const;
    QString text(const AccessibleRef& ref) const;

    QDBusConnection m_bus;
};

bool anyNamed(const QList<Shown>& shown, const QString& name);
bool anyNameContains(const QList<Shown>& shown, const QString& part);
bool anyText(const QList<Shown>& shown, const QString& text);
// The first shown object with this name (and role, when given).
std::optional<Shown> named(const QList<Shown>& shown, const QString& name,
                           const QString& role = {});
// The environment for a real app window read over AT-SPI: the xcb platform with
// accessibility on, a window of 360×640, this test's runtime folder, no data folder from
// outside. In the sanitizer pass it lets libxkbcommon-x11 (the xcb keymap) call strndup on
// X atom names that end without a NUL, which strict_string_checks reports as a read past
// the buffer inside that system library, not in Aftercare.
QProcessEnvironment appWindowEnvironment(const QString& runtimeDir);
// One line per object, for failure messages.
QString describe(const QList<Shown>& shown);

} // namespace testsupport
