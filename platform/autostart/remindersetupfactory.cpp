// The one place that chooses the reminder setup backend. CMake defines at most one
// AFTERCARE_REMINDERSETUP_* and builds that backend's sources.
#include "autostart/remindersetup.h"

#if defined(AFTERCARE_REMINDERSETUP_LINUX)

#include "linux/linuxremindersetup.h"

namespace aftercare::platform {

std::unique_ptr<ReminderSetup> createReminderSetup()
{
    return std::make_unique<LinuxReminderSetup>();
}

} // namespace aftercare::platform

#else

namespace aftercare::platform {

namespace {

// Where no backend is built: says so.
class NoReminderSetup final : public ReminderSetup
{
public:
    ReminderSetupResult turnOn(const AgentCommand&) override
    {
        return {ReminderSetupResult::Way::None,
                {},
                QStringLiteral("reminders cannot be started on this platform")};
    }
};

} // namespace

std::unique_ptr<ReminderSetup> createReminderSetup()
{
    return std::make_unique<NoReminderSetup>();
}

} // namespace aftercare::platform

#endif
