#pragma once
// A reminder setup for tests: remembers what it was asked to start and answers
// with the result the test chose.

#include "autostart/remindersetup.h"

#include <QList>

namespace aftercare::platform {

class FakeReminderSetup final : public ReminderSetup
{
public:
    ReminderSetupResult turnOn(const AgentCommand& command) override
    {
        m_calls << command;
        return m_result;
    }

    // Test controls.
    void setResult(const ReminderSetupResult& result) { m_result = result; }
    const QList<AgentCommand>& calls() const { return m_calls; }

private:
    ReminderSetupResult m_result{ReminderSetupResult::Way::SystemdUser, {}, {}};
    QList<AgentCommand> m_calls;
};

} // namespace aftercare::platform
