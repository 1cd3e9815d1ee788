#include "screenreader.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusVariant>
#include <QMap>

#include <algorithm>

Q_DECLARE_METATYPE(testsupport::AccessibleRef)
Q_DECLARE_METATYPE(QList<testsupport::AccessibleRef>)

QDBusArgument& operator<<(QDBusArgument& argument, const testsupport::AccessibleRef& ref)
{
    argument.beginStructure();
    argument << ref.service << ref.path;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, testsupport::AccessibleRef& ref)
{
    argument.beginStructure();
    argument >> ref.service >> ref.path;
    argument.endStructure();
    return argument;
}

namespace testsupport {

namespace {
constexpr int callTimeoutMs = 5000;
constexpr int stateChecked = 4;  // ATSPI_STATE_CHECKED
constexpr int stateShowing = 25; // ATSPI_STATE_SHOWING
} // namespace

std::unique_ptr<ScreenReader> ScreenReader::connect(const QString& runtimeDir, QString* error)
{
    // The bus daemon starts the accessibility bus with its own environment: give it this
    // test's folder, so that test runs side by side never share an accessibility bus.
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage update = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("UpdateActivationEnvironment"));
    update << QVariant::fromValue(
        QMap<QString, QString>{{QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir}});
    const QDBusMessage updated =
        QDBusConnection::sessionBus().call(update, QDBus::Block, callTimeoutMs);
    if (updated.type() != QDBusMessage::ReplyMessage) {
        *error = updated.errorMessage();
        return nullptr;
    }
    qRegisterMetaType<AccessibleRef>();
    qDBusRegisterMetaType<AccessibleRef>();
    qDBusRegisterMetaType<QList<AccessibleRef>>();
    const QDBusMessage reply = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(
            QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
            QStringLiteral("org.a11y.Bus"), QStringLiteral("GetAddress")),
        QDBus::Block, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        *error = QStringLiteral("no accessibility bus (at-spi2-core): ") + reply.errorMessage();
        return nullptr;
    }
    const QString address = reply.arguments().constFirst().toString();
    const QDBusConnection a11y = QDBusConnection::connectToBus(address, QStringLiteral("a11y"));
    if (!a11y.isConnected()) {
        *error = QStringLiteral("cannot connect to the accessibility bus at ") + address;
        return nullptr;
    }
    return std::make_unique<ScreenReader>(a11y);
}

ScreenReader::ScreenReader(const QDBusConnection& bus)
    : m_bus(bus)
{}

QList<AccessibleRef> ScreenReader::children(const AccessibleRef& of) const
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        of.service, of.path.path(), QStringLiteral("org.a11y.atspi.Accessible"),
        QStringLiteral("GetChildren"));
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, callTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return qdbus_cast<QList<AccessibleRef>>(reply.arguments().constFirst());
}

QList<AccessibleRef> ScreenReader::applications() const
{
    return children({QStringLiteral("org.a11y.atspi.Registry"),
                     QDBusObjectPath(QStringLiteral("/org/a11y/atspi/accessible/root"))});
}

qint64 ScreenReader::processOf(const AccessibleRef& application) const
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionUnixProcessID"));
    call << application.service;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, callTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return 0;
    return reply.arguments().constFirst().toLongLong();
}

QList<qint64> ScreenReader::processes() const
{
    QList<qint64> result;
    for (const AccessibleRef& app : applications()) {
        if (const qint64 pid = processOf(app))
            result << pid;
    }
    return result;
}

std::optional<AccessibleRef> ScreenReader::applicationOf(qint64 pid) const
{
    for (const AccessibleRef& app : applications()) {
        if (processOf(app) == pid)
            return app;
    }
    return std::nullopt;
}

QList<Shown> ScreenReader::showing(const AccessibleRef& root) const
{
    QList<Shown> result;
    QList<AccessibleRef> pending{root};
    while (!pending.isEmpty() && result.size() < 5000) {
        const AccessibleRef ref = pending.takeFirst();
        const uint bits = states(ref);
        if (!(bits & (1u << stateShowing)))
            continue;
        result << Shown{ref,          property(ref, QStringLiteral("Name")),
                        text(ref),    roleName(ref),
                        extents(ref), bool(bits & (1u << stateChecked))};
        pending << children(ref);
    }
    return result;
}

bool ScreenReader::press(const AccessibleRef& ref) const
{
    // The index of the action named "Press" (Qt lists "SetFocus" and others beside it).
    const QDBusMessage names =
        m_bus.call(QDBusMessage::createMethodCall(ref.service, ref.path.path(),
                                                  QStringLiteral("org.a11y.atspi.Action"),
                                                  QStringLiteral("GetActions")),
                   QDBus::Block, callTimeoutMs);
    if (names.type() != QDBusMessage::ReplyMessage || names.arguments().isEmpty())
        return false;
    const QDBusArgument list = names.arguments().constFirst().value<QDBusArgument>();
    int index = -1;
    list.beginArray();
    for (int i = 0; !list.atEnd(); ++i) {
        QString name, description, keys;
        list.beginStructure();
        list >> name >> description >> keys;
        list.endStructure();
        if (index < 0 && name.compare(QLatin1String("Press"), Qt::CaseInsensitive) == 0)
            index = i;
    }
    list.endArray();
    if (index < 0)
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(ref.service, ref.path.path(),
                                                       QStringLiteral("org.a11y.atspi.Action"),
                                                       QStringLiteral("DoAction"));
    call << index;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, callTimeoutMs);
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() &&
           reply.arguments().constFirst().toBool();
}

QString ScreenReader::property(const AccessibleRef& ref, const QString& name) const
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        ref.service, ref.path.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    call << QStringLiteral("org.a11y.atspi.Accessible") << name;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, callTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toString();
}

uint ScreenReader::states(const AccessibleRef& ref) const
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        ref.service, ref.path.path(), QStringLiteral("org.a11y.atspi.Accessible"),
        QStringLiteral("GetState"));
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, callTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return 0;
    const QList<uint> bits = qdbus_cast<QList<uint>>(reply.arguments().constFirst());
    return bits.isEmpty() ? 0 : bits.constFirst();
}

QString ScreenReader::roleName(const AccessibleRef& ref) const
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        ref.service, ref.path.path(), QStringLiteral("org.a11y.atspi.Accessible"),
        QStringLiteral("GetRoleName"));
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, callTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().toString();
}

QRect ScreenReader::extents(const AccessibleRef& ref) const
{
    QDBusMessage call = QDBusMessage::createMethodCall(ref.service, ref.path.path(),
                                                       QStringLiteral("org.a11y.atspi.Component"),
                                                       QStringLiteral("GetExtents"));
    call << uint(0); // ATSPI_COORD_TYPE_SCREEN
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, callTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    const QDBusArgument box = reply.arguments().constFirst().value<QDBusArgument>();
    int x = 0, y = 0, width = 0, height = 0;
    box.beginStructure();
    box >> x >> y >> width >> height;
    box.endStructure();
    return QRect(x, y, width, height);
}

QString ScreenReader::text(const AccessibleRef& ref) const
{
    QDBusMessage call = QDBusMessage::createMethodCall(ref.service, ref.path.path(),
                                                       QStringLiteral("org.a11y.atspi.Text"),
                                                       QStringLiteral("GetText"));
    call << 0 << -1;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, callTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().toString();
}

bool anyNamed(const QList<Shown>& shown, const QString& name)
{
    return std::any_of(shown.begin(), shown.end(), [&](const Shown& s) { return s.name == name; });
}

bool anyNameContains(const QList<Shown>& shown, const QString& part)
{
    return std::any_of(shown.begin(), shown.end(),
                       [&](const Shown& s) { return s.name.contains(part); });
}

bool anyText(const QList<Shown>& shown, const QString& text)
{
    return std::any_of(shown.begin(), shown.end(), [&](const Shown& s) { return s.text == text; });
}

std::optional<Shown> named(const QList<Shown>& shown, const QString& name, const QString& role)
{
    for (const Shown& s : shown) {
        if (s.name == name && (role.isEmpty() || s.role == role))
            return s;
    }
    return std::nullopt;
}

QProcessEnvironment appWindowEnvironment(const QString& runtimeDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("1"));
    env.insert(QStringLiteral("AFTERCARE_WINDOW_SIZE"), QStringLiteral("360x640"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.remove(QStringLiteral("AFTERCARE_DATA_DIR"));
    if (env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                       QStringLiteral(":strict_string_checks=0"));
    return env;
}

QString describe(const QList<Shown>& shown)
{
    QStringList lines;
    for (const Shown& s : shown)
        lines << (s.text.isEmpty() ? s.name : s.name + QStringLiteral(" = ") + s.text) +
                     QStringLiteral(" [%1 at %2,%3 %4×%5]")
                         .arg(s.role)
                         .arg(s.onScreen.x())
                         .arg(s.onScreen.y())
                         .arg(s.onScreen.width())
                         .arg(s.onScreen.height());
    return lines.join(QStringLiteral(" | "));
}

} // namespace testsupport
